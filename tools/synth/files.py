"""Synthetic articles on disk: JSON lines (``write_jsonl``) and shards of JSON lines or WARC
HTML records (``write_shards``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tools.synth.generator import generate_articles


def write_jsonl(path: Path, articles: Iterable[dict[str, Any]]) -> int:
    """Writes one JSON object a line to ``path`` and returns how many were written."""
    count = 0
    dumps = json.dumps
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(dumps(article, ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


def _html_page(article: dict[str, Any]) -> bytes:
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>\n" for p in article["text"].split("\n") if p.strip())
    title = escape(article["title"] or "")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        f"<meta property='article:published_time' content='{article['published']}'>"
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>\n{paras}</article>"
        "<footer>Subscribe to our newsletter</footer></body></html>"
    )
    return page.encode("utf-8")


def write_shards(
    directory: Path,
    n: int,
    *,
    shards: int,
    kind: str = "jsonl",
    seed: int = 0,
    relevant_share: float = 0.1,
) -> list[Path]:
    """Writes ``n`` synthetic articles into ``shards`` files of ``kind`` "jsonl", "jsonl.gz",
    "warc" or "warc.gz" (HTML response records) and returns their paths."""
    import gzip

    if kind not in ("jsonl", "jsonl.gz", "warc", "warc.gz"):
        raise ValueError(f"unknown shard kind {kind!r}")
    directory.mkdir(parents=True, exist_ok=True)
    articles = generate_articles(n, seed=seed, relevant_share=relevant_share)
    per = -(-n // shards) if shards else n
    paths: list[Path] = []
    for k in range(shards):
        chunk = [a for _, a in zip(range(per), articles, strict=False)]
        if not chunk:
            break
        path = directory / f"shard-{k:04d}.{kind}"
        if kind.startswith("jsonl"):
            opener = gzip.open if kind.endswith(".gz") else open
            with opener(path, "wt", encoding="utf-8") as out:
                for a in chunk:
                    out.write(json.dumps(a) + "\n")
        else:
            from io import BytesIO

            from warcio.statusandheaders import StatusAndHeaders
            from warcio.warcwriter import WARCWriter

            with path.open("wb") as raw:
                writer = WARCWriter(raw, gzip=kind.endswith(".gz"))
                for i, a in enumerate(chunk):
                    body = _html_page(a)
                    headers = StatusAndHeaders(
                        "200 OK",
                        [("Content-Type", "text/html; charset=utf-8")],
                        protocol="HTTP/1.1",
                    )
                    record = writer.create_warc_record(
                        f"https://news.example.org/{k}/{i}/{a['id']}",
                        "response",
                        payload=BytesIO(body),
                        http_headers=headers,
                    )
                    writer.write_record(record)
        paths.append(path)
    return paths
