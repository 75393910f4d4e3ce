"""Docs that a test keeps honest: the README's set-up commands, exit codes, layout and the
names docs/extraction.md refers to."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from click.testing import CliRunner

from strikewatch import cli
from strikewatch.lang import load_pack

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXTRACTION = (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8")


def test_readme_opens_with_exactly_two_setup_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert [c for c in commands if c] == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_exit_codes_in_readme_match_the_cli() -> None:
    table = dict(re.findall(r"^\| (\d) \| (.+) \|$", README, re.M))
    assert set(table) == {str(cli.EXIT_OK), str(cli.EXIT_INPUT), str(cli.EXIT_FATAL)}
    assert "could not be read" in table[str(cli.EXIT_INPUT)]
    assert "usage" in table[str(cli.EXIT_FATAL)]


def test_commands_in_readme_exist() -> None:
    help_text = CliRunner().invoke(cli.main, ["--help"]).output
    for command in set(re.findall(r"(?:bin/|`)strikewatch (\w+)", README)):
        assert command in help_text, command


def test_layout_paths_exist() -> None:
    layout = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    assert layout.count("\n| `") >= 10
    for path in re.findall(r"^\| `([^`]+)`", layout, re.M):
        for part in path.split("`, `"):
            assert (ROOT / part).exists(), part


def test_pattern_tables_named_in_docs_exist() -> None:
    names = set(re.findall(r"`en\.([A-Z_]{2,})`", EXTRACTION + README))
    assert len(names) >= 10
    for name in names:
        assert hasattr(load_pack("en"), name), name
    assert "patterns." not in EXTRACTION  # the rule tables moved to the language packs


def test_extraction_doc_names_what_exists() -> None:
    from strikewatch.extraction import figures, rules

    for name in re.findall(r"`(_\w+)`", EXTRACTION.split("named handlers", 1)[1][:600]):
        assert getattr(figures, name) in figures.HANDLERS, name
    for name in re.findall(r"`rules\.(\w+)`", EXTRACTION):
        assert hasattr(rules, name), name
    for path in re.findall(r"`(extraction/\w+\.py)`", EXTRACTION):
        assert (ROOT / "src" / "strikewatch" / path).exists(), path


def test_speed_section_names_what_exists() -> None:
    from strikewatch.extraction import fastre

    speed = EXTRACTION.split("## Speed", 1)[1]
    names = set(re.findall(r"`fastre\.(\w+)`", speed))
    assert names >= {"KeyScan", "Anchored"}
    for name in names:
        assert hasattr(fastre, name), name
    for path in re.findall(r"`(tests/[\w/]+\.py)`", speed):
        assert (ROOT / path).exists(), path


def test_speed_section_names_the_compiled_modules() -> None:
    from tools.benchmark import COMPILED_MODULES

    speed = EXTRACTION.split("## Speed", 1)[1]
    listed = re.search(r"The per-article modules \(([^)]*)\)", speed)
    assert listed is not None
    assert re.findall(r"`([\w.]+)`", listed.group(1)) == list(COMPILED_MODULES)


def test_changelog_has_unreleased_section() -> None:
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_events_doc_names_and_qualifier_table_match_the_code() -> None:
    from strikewatch.events import reconcile
    from strikewatch.store import schema

    doc = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    for name in re.findall(r"reconcile\.([A-Z_]+)", doc):
        assert hasattr(reconcile, name), name
    # `store.MODULE.NAME`: the module of the store package that holds NAME
    named = re.findall(r"store\.(\w+)\.([A-Z_]+)", doc)
    assert named and len(named) == len(re.findall(r"store\.[\w.]*[A-Z]", doc))
    for module, name in named:
        assert hasattr(importlib.import_module(f"strikewatch.store.{module}"), name), name
    assert "at least 20" in doc and reconcile.interval(20, "at_least")[0] == 20
    assert f"± {round(reconcile.ABOUT_SHARE * 100)} %" in doc
    for table in ("articles", "reports", "figures", "events", "event_figures", "pending_keys"):
        assert f"`{table}`" in doc and table in schema.metadata.tables


def test_batch_size_default_is_one_number_in_code_cli_and_docs() -> None:
    from strikewatch.events import reconcile
    from strikewatch.store import ingest, rebuild

    option = next(p for p in cli.main.commands["ingest"].params if p.name == "batch_size")
    assert option.default == ingest.BATCH_SIZE
    doc = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    assert f"(`--batch-size`, {ingest.BATCH_SIZE:,} by default)" in doc
    assert f"at most\n{reconcile.CONFLICT_PAIRS} pairs" in doc
    assert f"`store.rebuild.REBUILD_BATCH` ({rebuild.REBUILD_BATCH})" in doc


def test_web_doc_routes_exist() -> None:
    from strikewatch.web import create_app

    doc = (ROOT / "docs" / "web.md").read_text(encoding="utf-8") + README
    app = create_app("sqlite://")
    paths = {getattr(r, "path", "") for r in app.routes}
    for route in set(re.findall(r"`(/(?:api|feed|events|map|articles)[^`\s]*)`", doc)):
        route = route.split("?")[0]
        assert (
            route in paths
            or route.replace("{id}", "{article_id}").replace("{slug}", "{ref}") in paths
        ), route


def test_every_test_file_and_folder_the_docs_name_exists() -> None:
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for doc in docs:
        for path in re.findall(r"`(tests/[\w/.-]+)`", doc.read_text(encoding="utf-8")):
            assert (ROOT / path).exists(), f"{doc.name}: {path}"


def test_tests_mirror_the_packages() -> None:
    """Each package of src/strikewatch has its folder of tests."""
    package = ROOT / "src" / "strikewatch"
    for sub in sorted(p for p in package.iterdir() if (p / "__init__.py").is_file()):
        assert (ROOT / "tests" / sub.name).is_dir(), sub.name
