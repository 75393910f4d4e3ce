"""Tests for strikewatch.sources.files (and the readers it calls): every input format, every
error path, stdin modes."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.errors import InputError
from strikewatch.models import Article
from strikewatch.sources import files as readers
from strikewatch.sources.files import MAX_BYTES, article_from_dict, parse_date, read_inputs

MAY_1 = dt.date(2024, 5, 1)
JUNE_3 = dt.date(2024, 6, 3)

REPORT = (
    "ODESA, June 3 (Wire) - Russia attacked Ukraine overnight with 18 drones and "
    "three cruise missiles, the Ukrainian air force said on Monday.\n"
    "Air defence units shot down 15 drones and all three missiles over the Odesa "
    "and Mykolaiv regions, it said.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drones target Kharkiv overnight | Example Wire</title>
<meta property="og:title" content="Drones target Kharkiv overnight">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-05-01T06:00:00Z">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/europe">Europe</a></li></ul></nav>
<article>
<h1>Drones target Kharkiv overnight</h1>
<p>KHARKIV, May 1 (Example Wire) - Russia launched 24 attack drones and two ballistic
missiles at Ukraine overnight, the Ukrainian air force said on Wednesday morning.</p>
<p>Air defence units destroyed 21 of the drones over the Kharkiv, Poltava and Sumy
regions, the air force said in a statement on the Telegram messaging app.</p>
<p>Regional governor Oleh Syniehubov said three people were injured in Kharkiv when
debris fell on a residential street, damaging several houses and a power line.</p>
<p>Moscow did not immediately comment. Russia denies targeting civilians.</p>
</article>
<footer><p>Subscribe to our newsletter for the latest headlines.</p>
<p>Copyright 2024 Example Wire.</p></footer>
</body>
</html>
"""


def read_all(*paths: str | Path, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only_article(*paths: str | Path, **kwargs: object) -> Article:
    items = read_all(*paths, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(*paths: str | Path, **kwargs: object) -> InputError:
    items = read_all(*paths, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def from_stdin(data: bytes, **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs(["-"], stdin=io.BytesIO(data), **kwargs))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01", MAY_1),
        ("2024-05-01T06:00:00", MAY_1),
        ("2024-05-01T06:00:00Z", MAY_1),
        ("2024-05-01T23:30:00-05:00", MAY_1),  # the date as written, not converted to UTC
        ("2024-05-01 06:00", MAY_1),
        (" 2024-05-01 ", MAY_1),
        (None, None),
        ("", None),
        (MAY_1, MAY_1),
        (dt.datetime(2024, 5, 1, 6, 0), MAY_1),
    ],
)
def test_parse_date_accepts_iso(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "01/05/2024", "2024-13-01", 20240501, True, []])
def test_parse_date_rejects_the_rest(value: object) -> None:
    with pytest.raises(ValueError, match="not an ISO date"):
        parse_date(value)


# --------------------------------------------------------------------------- article_from_dict


def test_article_from_dict_full_record() -> None:
    article = article_from_dict(
        {
            "id": "wire-1",
            "url": "https://example.org/a",
            "source": "Wire",
            "title": "Drones over Odesa",
            "published": "2024-06-03T07:15:00Z",
            "text": REPORT,
            "extra": "ignored",
        },
        default_id="fallback",
    )
    assert article == Article(
        text=REPORT,
        id="wire-1",
        url="https://example.org/a",
        source="Wire",
        title="Drones over Odesa",
        published=JUNE_3,
    )


def test_article_from_dict_defaults_and_int_id() -> None:
    assert article_from_dict({"text": REPORT}, default_id="d").id == "d"
    assert article_from_dict({"text": REPORT, "id": None}, default_id="d").id == "d"
    assert article_from_dict({"text": REPORT, "id": 42}, default_id="d").id == "42"
    nulls = article_from_dict(
        {"text": REPORT, "url": None, "source": None, "title": None, "published": None},
        default_id="d",
    )
    assert (nulls.url, nulls.source, nulls.title, nulls.published) == (None, None, None, None)


def test_article_from_dict_published_fallback_vs_explicit() -> None:
    without = article_from_dict({"text": REPORT}, default_id="d", published=MAY_1)
    assert without.published == MAY_1
    null = article_from_dict({"text": REPORT, "published": None}, default_id="d", published=MAY_1)
    assert null.published == MAY_1
    explicit = article_from_dict(
        {"text": REPORT, "published": "2024-06-03"}, default_id="d", published=MAY_1
    )
    assert explicit.published == JUNE_3


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([{"text": "x"}], "expected a JSON object, got array"),
        ("just text", "expected a JSON object, got string"),
        ({"title": "No body"}, 'no "text" field'),
        ({"text": 12}, '"text" is not a string (got number)'),
        ({"text": "  \n "}, '"text" is empty'),
        ({"text": "x", "id": 1.5}, '"id" must be a string or an integer (got number)'),
        ({"text": "x", "id": True}, '"id" must be a string or an integer (got boolean)'),
        ({"text": "x", "url": ["a"]}, '"url" must be a string or null (got array)'),
        ({"text": "x", "title": {}}, '"title" must be a string or null (got object)'),
        ({"text": "x", "published": "last Tuesday"}, '"published" is not an ISO date: \'last'),
        ({"text": "x", "published": 2024}, '"published" is not an ISO date: 2024'),
    ],
)
def test_article_from_dict_rejects(obj: object, message: str) -> None:
    with pytest.raises(InputError) as info:
        article_from_dict(obj, default_id="d")
    assert info.value.message.startswith(message)


# --------------------------------------------------------------------------- valid formats


def test_txt_whole_file_is_text_with_stem_id(tmp_path: Path) -> None:
    text = "  " + REPORT + "\n\n"  # surrounding whitespace is kept: offsets refer to it
    article = only_article(write(tmp_path / "odesa-0603.txt", text))
    assert article == Article(text=text, id="odesa-0603")


def test_txt_crlf_is_normalised_but_nothing_else(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Line one.\r\nLine two.\rStill two.\u00a0 Kyiv\r\n")
    assert only_article(path).text == "Line one.\nLine two.\rStill two.\u00a0 Kyiv\n"


def test_txt_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + REPORT.encode())
    assert only_article(path).text == REPORT


def test_txt_published_fallback(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", REPORT)
    assert only_article(path).published is None
    assert only_article(path, published=JUNE_3).published == JUNE_3


def test_json_single_object(tmp_path: Path) -> None:
    record = {"url": "https://example.org/x", "title": "Odesa attack", "text": REPORT}
    article = only_article(write(tmp_path / "odesa.json", json.dumps(record, indent=2)))
    assert article == Article(
        text=REPORT, id="odesa", url="https://example.org/x", title="Odesa attack"
    )


def test_json_text_is_not_normalised(tmp_path: Path) -> None:
    record = {"id": "crlf", "text": "First line.\r\nSecond line."}
    path = write(tmp_path / "a.json", json.dumps(record).replace("\n", "\r\n") + "\r\n")
    assert only_article(path).text == "First line.\r\nSecond line."


def test_json_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", codecs.BOM_UTF8 + json.dumps({"text": REPORT}).encode())
    assert only_article(path).text == REPORT


def test_json_published_fallback_vs_explicit(tmp_path: Path) -> None:
    bare = write(tmp_path / "bare.json", json.dumps({"text": REPORT}))
    dated = write(tmp_path / "dated.json", json.dumps({"text": REPORT, "published": "2024-06-03"}))
    assert only_article(bare, published=MAY_1).published == MAY_1
    assert only_article(dated, published=MAY_1).published == JUNE_3


def test_jsonl_one_article_a_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Kyiv was attacked overnight.", "published": "2024-06-03"}),
        "",
        "   ",
        json.dumps({"text": "Kharkiv was attacked overnight."}),
    ]
    items = read_all(write(tmp_path / "corpus.jsonl", "\n".join(lines) + "\n"), published=MAY_1)
    assert items == [
        Article(text="Kyiv was attacked overnight.", id="a", published=JUNE_3),
        Article(text="Kharkiv was attacked overnight.", id="corpus:4", published=MAY_1),
    ]


def test_jsonl_crlf_lines_and_unicode_line_separators(tmp_path: Path) -> None:
    text = "Sumy\u2028region, with a line separator"
    content = json.dumps({"text": text}, ensure_ascii=False) + "\r\n" + '{"text": "b"}\r\n'
    items = read_all(write(tmp_path / "c.jsonl", content))
    assert [a.text for a in items if isinstance(a, Article)] == [text, "b"]


def test_jsonl_bad_line_in_the_middle_does_not_stop_the_others(tmp_path: Path) -> None:
    content = "\n".join(
        [
            json.dumps({"id": "first", "text": "Odesa port was hit."}),
            '{"id": "broken", "text": "Lviv was',
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "notext"}),
            json.dumps({"id": "last", "text": "Dnipro was hit."}),
        ]
    )
    path = write(tmp_path / "mixed.jsonl", content)
    items = read_all(path)
    assert [type(item).__name__ for item in items] == [
        "Article",
        "InputError",
        "InputError",
        "InputError",
        "Article",
    ]
    first, broken, array, notext, last = items
    assert isinstance(first, Article) and first.id == "first"
    assert isinstance(last, Article) and last.id == "last"
    assert isinstance(broken, InputError) and broken.where == f"{path}:2"
    assert broken.message.startswith("malformed JSON at column ")
    assert isinstance(array, InputError) and array.where == f"{path}:3"
    assert "not an object (got array)" in array.message
    assert isinstance(notext, InputError)
    assert str(notext).startswith(f'{path}:4: no "text" field')


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_main_text_title_and_date(tmp_path: Path, suffix: str) -> None:
    article = only_article(write(tmp_path / f"kharkiv{suffix}", HTML_PAGE), published=JUNE_3)
    assert article.id == "kharkiv"
    assert "Russia launched 24 attack drones and two ballistic" in article.text
    assert "destroyed 21 of the drones" in article.text
    assert "three people were injured in Kharkiv" in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Europe" not in article.text  # the navigation menu
    assert article.title == "Drones target Kharkiv overnight"
    assert article.published == MAY_1  # from the page, not the fallback


def test_html_without_date_uses_fallback(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2024-05-01T06:00:00Z">\n'
    assert meta in HTML_PAGE
    page = HTML_PAGE.replace(meta, "").replace("May 1 ", "")
    article = only_article(write(tmp_path / "undated.html", page), published=JUNE_3)
    assert article.published == JUNE_3


def test_html_crlf_is_normalised(tmp_path: Path) -> None:
    page = HTML_PAGE.replace("\n", "\r\n")
    assert "\r" not in only_article(write(tmp_path / "crlf.html", page)).text


def test_html_without_article_text(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav>"
        "<footer><p>Subscribe to our newsletter</p></footer></body></html>"
    )
    error = only_error(write(tmp_path / "menu.html", page))
    assert error.message == "no article text found in HTML"


def test_html_that_looks_like_a_url_is_never_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    error = only_error(write(tmp_path / "link.html", "https://example.org/2024/05/01/story"))
    assert error.message == "no article text found in HTML"


# --------------------------------------------------------------------------- directories


def test_directory_recursion_is_sorted_and_skips_hidden_and_others(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "b.txt", "Text b.")
    write(root / "a" / "z.json", json.dumps({"text": "Text z."}))
    write(root / "a" / "c.txt", "Text c.")
    write(root / "c.jsonl", json.dumps({"text": "Line 1."}) + "\n" + json.dumps({"text": "L2."}))
    write(root / "a" / "deeper" / "d.htm", HTML_PAGE)
    write(root / ".hidden" / "x.txt", "Hidden dir.")
    write(root / ".secret.txt", "Hidden file.")
    write(root / "notes.md", "Not an article.")
    write(root / "scan.pdf", b"%PDF-1.4")
    items = read_all(root)
    assert all(isinstance(item, Article) for item in items), items
    assert [item.id for item in items if isinstance(item, Article)] == [
        "c",
        "d",
        "z",
        "b",
        "c:1",
        "c:2",
    ]
    assert items == read_all(root)  # deterministic


def test_directory_errors_name_the_file_and_walk_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "")
    write(tmp_path / "b.txt", "Text b.")
    items = read_all(tmp_path)
    assert isinstance(items[0], InputError) and items[0].where == str(tmp_path / "a.txt")
    assert isinstance(items[1], Article) and items[1].id == "b"


def test_directory_without_article_files(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "Nothing here.")
    error = only_error(tmp_path)
    assert error.where == str(tmp_path)
    assert "no article files" in error.message


# --------------------------------------------------------------------------- errors


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    error = only_error(missing)
    assert str(error) == f"{missing}: does not exist"


def test_errors_do_not_stop_later_inputs(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", REPORT)
    items = read_all(tmp_path / "missing.txt", good)
    assert isinstance(items[0], InputError)
    assert isinstance(items[1], Article) and items[1].id == "good"


def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", REPORT)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        error = only_error(path)
    finally:
        path.chmod(0o644)
    assert str(error) == f"{path}: permission denied"


def test_unreadable_file_oserror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path as permission denied, simulated so that it also runs as root."""
    path = write(tmp_path / "locked.txt", REPORT)
    other = write(tmp_path / "io.txt", REPORT)
    real_open = Path.open

    def fake_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        if self.name == "io.txt":
            raise OSError(5, "Input/output error", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", fake_open)
    assert str(only_error(path)) == f"{path}: permission denied"
    assert str(only_error(other)) == f"{other}: cannot be read: Input/output error"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8 + b"\n"])
@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html"])
def test_empty_file(tmp_path: Path, content: bytes, suffix: str) -> None:
    path = write(tmp_path / f"empty{suffix}", content)
    assert str(only_error(path)) == f"{path}: is empty"


def test_oversized_file_is_rejected_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 5 MB written to disk

    def no_open(self: Path, *args: object, **kwargs: object) -> object:
        raise AssertionError("an oversized file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    error = only_error(path)
    assert error.where == str(path)
    assert error.message.startswith("too large (5,242,881 bytes")


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "max.txt", b"a" * MAX_BYTES)
    assert len(only_article(path).text) == MAX_BYTES


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = only_error(path)
    assert str(error).startswith(f"{path}: is a binary file (contains NUL bytes)")


def test_utf16_file_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path / "utf16.txt", REPORT.encode("utf-16"))
    error = only_error(path)
    assert "binary" in error.message
    assert error.hint is not None and "UTF-16" in error.hint


def test_invalid_utf8_gives_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", "Kyiv caf\u00e9 hit".encode("latin-1"))
    error = only_error(path)
    assert error.message == "is not valid UTF-8 (byte 0xe9 at byte offset 8)"
    assert error.where == str(path)


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + b"ab\xff")
    assert "at byte offset 5" in only_error(path).message


def test_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", '{\n  "id": "x",\n  "text": "Kyiv" "more"\n}\n')
    error = only_error(path)
    assert error.where == str(path)
    assert error.message == "malformed JSON at line 3, column 18: Expecting ',' delimiter"


@pytest.mark.parametrize(
    ("content", "kind"), [('[{"text": "a"}]', "array"), ('"text"', "string"), ("7", "number")]
)
def test_json_that_is_not_an_object(tmp_path: Path, content: str, kind: str) -> None:
    path = write(tmp_path / "list.json", content)
    error = only_error(path)
    assert error.message == f"JSON is not an object (got {kind})"
    assert error.where == str(path)


def test_json_article_errors_name_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "nodate.json", json.dumps({"text": "x", "published": "soon"}))
    error = only_error(path)
    assert error.where == str(path)
    assert error.message == "\"published\" is not an ISO date: 'soon'"


def test_unsupported_suffix_given_explicitly(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", b"%PDF-1.4")
    assert str(only_error(path)) == (
        f'{path}: unsupported file type ".pdf" (expected .txt, .json, .jsonl, .html)'
    )
    bare = write(tmp_path / "README", "text")
    assert "no file suffix" in only_error(bare).message


# --------------------------------------------------------------------------- stdin


def test_stdin_json_object() -> None:
    data = json.dumps({"id": "s1", "text": REPORT, "published": "2024-06-03"}, indent=2)
    assert from_stdin(data.encode(), published=MAY_1) == [
        Article(text=REPORT, id="s1", published=JUNE_3)
    ]


def test_stdin_json_object_without_id_or_date() -> None:
    assert from_stdin(json.dumps({"text": REPORT}).encode(), published=MAY_1) == [
        Article(text=REPORT, id="stdin", published=MAY_1)
    ]


def test_stdin_jsonl() -> None:
    data = "\n".join(
        [json.dumps({"text": "Kyiv."}), "", json.dumps({"id": "k", "text": "Kharkiv."})]
    )
    assert from_stdin(data.encode()) == [
        Article(text="Kyiv.", id="stdin:1"),
        Article(text="Kharkiv.", id="k"),
    ]


def test_stdin_jsonl_bad_line_is_reported_and_others_kept() -> None:
    data = "\n".join([json.dumps({"text": "Kyiv."}), "{oops", json.dumps({"text": "Lviv."})])
    items = from_stdin(data.encode())
    assert isinstance(items[0], Article) and items[0].text == "Kyiv."
    assert isinstance(items[1], InputError) and items[1].where == "<stdin>:2"
    assert isinstance(items[2], Article) and items[2].text == "Lviv."


def test_stdin_plain_text() -> None:
    data = codecs.BOM_UTF8 + REPORT.replace("\n", "\r\n").encode()
    assert from_stdin(data, published=MAY_1) == [Article(text=REPORT, id="stdin", published=MAY_1)]


def test_stdin_plain_text_starting_with_bracket() -> None:
    text = "[Updated] KYIV - Drones hit the capital overnight."
    assert from_stdin(text.encode()) == [Article(text=text, id="stdin")]


def test_stdin_malformed_json_object_is_an_error() -> None:
    error = from_stdin(b'{\n  "text": "Kyiv",\n  oops\n}')
    assert len(error) == 1 and isinstance(error[0], InputError)
    assert error[0].where == "<stdin>"
    assert error[0].message.startswith("malformed JSON at line 3, column 3")


def test_stdin_json_array_is_an_error() -> None:
    [error] = from_stdin(json.dumps([{"text": "Kyiv."}]).encode())
    assert isinstance(error, InputError)
    assert error.message == "JSON is not an object (got array)"


def test_stdin_json_object_without_text() -> None:
    [error] = from_stdin(b'{"title": "Headline only"}')
    assert isinstance(error, InputError)
    assert str(error).startswith('<stdin>: no "text" field')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n", "is empty"),
        (b"abc\x00def", "is a binary file (contains NUL bytes)"),
        (b"Kyiv \xc3", "is not valid UTF-8 (byte 0xc3 at byte offset 5)"),
    ],
)
def test_stdin_bad_input(data: bytes, message: str) -> None:
    [error] = from_stdin(data)
    assert isinstance(error, InputError)
    assert error.where == "<stdin>"
    assert error.message == message


def test_stdin_oversized() -> None:
    [error] = from_stdin(b"a" * (MAX_BYTES + 1))
    assert isinstance(error, InputError)
    assert error.where == "<stdin>" and error.message.startswith("too large")


def test_stdin_read_at_most_max_plus_one() -> None:
    stream = io.BytesIO(b"a" * (MAX_BYTES + 100))
    list(read_inputs(["-"], stdin=stream))
    assert stream.tell() == MAX_BYTES + 1


def test_stdin_defaults_to_sys_stdin_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Kherson was shelled."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert list(read_inputs(["-"])) == [Article(text="Kherson was shelled.", id="stdin")]


def test_max_bytes_constant() -> None:
    assert readers.MAX_BYTES == 5 * 1024 * 1024


# --------------------------------------------------------------------------- properties

_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00\ufeff"),
    min_size=1,
).filter(lambda text: text.strip() != "")


@settings(max_examples=60, deadline=None)
@given(text=_TEXT)
def test_txt_round_trip(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    path = tmp_path_factory.mktemp("prop") / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    assert only_article(path).text == text.replace("\r\n", "\n")


@settings(max_examples=60, deadline=None)
@given(text=_TEXT, ascii_only=st.booleans())
def test_json_round_trip(
    tmp_path_factory: pytest.TempPathFactory, text: str, ascii_only: bool
) -> None:
    path = tmp_path_factory.mktemp("prop") / "t.jsonl"
    path.write_text(json.dumps({"text": text}, ensure_ascii=ascii_only) + "\n", encoding="utf-8")
    assert only_article(path).text == text


def test_jsonl_larger_than_the_limit_streams_and_limits_each_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from strikewatch.sources import files as readers

    monkeypatch.setattr(readers, "MAX_BYTES", 120)
    small = [json.dumps({"id": f"a{i}", "text": f"Story {i}."}) for i in range(20)]
    huge = json.dumps({"id": "big", "text": "x" * 500})
    path = write(tmp_path / "corpus.jsonl", "\n".join([*small[:10], huge, *small[10:]]) + "\n")
    assert path.stat().st_size > 120
    items = read_all(path)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in articles] == [f"a{i}" for i in range(20)]
    assert len(errors) == 1
    assert errors[0].where == f"{path}:11" and errors[0].message.startswith("too large (")


def test_jsonl_binary_file_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "blob.jsonl", b'{"text": "a"}\n\x00\x01\x02\n{"text": "b"}\n')
    items = read_all(path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].where == str(path)
    assert "binary" in items[1].message and len(items) == 2


# --------------------------------------------------------------------------- one JSONL reader


def test_jsonl_file_and_stdin_give_the_same_items(tmp_path: Path) -> None:
    content = "\n".join(
        [
            json.dumps({"text": "Kyiv."}),
            "{oops",
            json.dumps([1]),
            json.dumps({"id": 2.5, "text": "Lviv."}),
            "\u00a0\u2003",  # Unicode spaces only: a blank line
            "\ufeff" + json.dumps({"text": "Odesa."}),  # a byte order mark on a later line
        ]
    ).encode()
    path = write(tmp_path / "stdin.jsonl", content)

    def described(items: list[Article | InputError], where: str) -> list[str]:
        return [
            f"{i.where.replace(where, 'W')}: {i.message} ({i.hint})"
            if isinstance(i, InputError)
            else repr(i)
            for i in items
        ]

    from_file = described(read_all(path), str(path))
    assert described(from_stdin(content), "<stdin>") == from_file
    assert from_file == [
        repr(Article(text="Kyiv.", id="stdin:1")),
        "W:2: malformed JSON at column 2: Expecting property name enclosed in double quotes (None)",
        "W:3: JSON line is not an object (got array) (None)",
        'W:4: "id" must be a string or an integer (got number) (None)',
        repr(Article(text="Odesa.", id="stdin:6")),
    ]


def test_jsonl_with_one_oversized_line_gives_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_BYTES", 50)
    path = write(tmp_path / "big.jsonl", json.dumps({"text": "x" * 100}) + "\n")
    error = only_error(path)
    assert error.where == f"{path}:1" and error.message.startswith("too large (")
