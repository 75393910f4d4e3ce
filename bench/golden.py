"""Golden check: is the extractor's output byte-identical to a saved run?

A refactoring of the extractor (a module split, a new speed trick, rules moved into a
language pack) must not change a single byte of what it extracts. This script extracts every
article it can find and hashes the JSON output, corpus by corpus:

- ``../shared/corpus/dev`` and ``../shared/corpus/dev-ukru`` (when present), ``samples/``
  and every corpus under ``tests/corpora/``;
- generated articles (``tools/synth/``, 12,000 by default) and as many again with their
  sentences shuffled (numbers, places and cues land in unusual company).

Usage::

    python bench/golden.py --save /tmp/golden.json      # before the change
    python bench/golden.py --compare /tmp/golden.json   # after: exit 1 when a hash differs
    python bench/golden.py --compare /tmp/golden.json --pure   # the same in plain Python

``--pure`` runs the check on a copy of ``src`` without the compiled modules, so both builds
can be compared with one saved run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from strikewatch import Article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tools/ (the article generator)


def _corpus_dirs(shared: Path) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    for name in ("dev", "dev-ukru"):
        if (shared / name / "articles").is_dir():
            out.append((f"shared/{name}", shared / name / "articles"))
    out.append(("samples", ROOT / "samples" / "articles"))
    # tests/corpora/<lang>/<name>/articles (tests/<name>/articles before issue 13's layout),
    # named by <name> alone so that both layouts compare
    found = [
        *(ROOT / "tests" / "corpora").glob("*/*/articles"),
        *(ROOT / "tests").glob("corpus*/articles"),
    ]
    for articles in sorted(found, key=lambda p: p.parent.name):
        out.append((articles.parent.name, articles))
    return out


def _file_articles(folder: Path) -> Iterator[Article]:
    from strikewatch import read_inputs

    for item in read_inputs([str(folder)]):
        if isinstance(item, Article):
            yield item


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _generated(n: int, shuffled: bool) -> Iterator[Article]:
    try:
        from tools.synth import generate_articles
    except ImportError:  # a build from before the layout of issue 13
        from strikewatch.synth import generate_articles  # type: ignore[no-redef]

    for i, art in enumerate(generate_articles(n, seed=7 if shuffled else 0, relevant_share=0.8)):
        text = str(art["text"])
        if shuffled:
            parts = _SENTENCE.split(text)
            random.Random(i).shuffle(parts)
            text = " ".join(parts)
        published = dt.date.fromisoformat(str(art["published"]))
        yield Article(text=text, id=str(art["id"]), published=published)


def _hash(articles: Iterator[Article]) -> tuple[str, int]:
    from strikewatch import extract

    digest = hashlib.sha256()
    count = 0
    for article in articles:
        result = extract(article).to_dict()
        digest.update(json.dumps(result, sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return digest.hexdigest(), count


def run(generated: int, shared: Path) -> dict[str, str]:
    hashes: dict[str, str] = {}
    for name, folder in _corpus_dirs(shared):
        h, n = _hash(_file_articles(folder))
        hashes[name] = h
        print(f"{name:32} {n:6} articles  {h[:16]}", file=sys.stderr)
    for name, shuffled in (("generated", False), ("generated-shuffled", True)):
        h, n = _hash(_generated(generated, shuffled))
        hashes[name] = h
        print(f"{name:32} {n:6} articles  {h[:16]}", file=sys.stderr)
    return hashes


def store_hashes(shared: Path, generated: int) -> dict[str, str]:
    """Ingests the corpora and ``generated`` articles (a tenth undated) into a fresh SQLite
    store with ``strikewatch ingest`` and hashes each table row for row (sorted; the
    ``*_at`` time stamps left out)."""
    import sqlite3

    hashes: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "generated.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for i, art in enumerate(_generated(generated, False)):
                obj = {"id": art.id, "text": art.text, "title": None, "source": "Synthetic"}
                obj["published"] = None if i % 10 == 9 else str(art.published)
                out.write(json.dumps(obj) + "\n")
        db = Path(tmp) / "store.db"
        inputs = [str(folder) for _, folder in _corpus_dirs(shared)] + [str(jsonl)]
        cmd = [sys.executable, "-m", "strikewatch", "ingest", *inputs, "--db", str(db)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        con = sqlite3.connect(db)
        names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        for name in sorted(names):
            cols = [r[1] for r in con.execute(f'pragma table_info("{name}")')]
            keep = [c for c in cols if not c.endswith("_at")]
            rows = con.execute(f'select {", ".join(keep)} from "{name}"').fetchall()
            digest = hashlib.sha256()
            for row in sorted(rows, key=repr):
                digest.update(repr(row).encode() + b"\n")
            hashes[f"table {name}"] = digest.hexdigest()
            print(
                f"table {name:26} {len(rows):6} rows      {digest.hexdigest()[:16]}",
                file=sys.stderr,
            )
    return hashes


def _pure_rerun(argv: list[str]) -> int:
    """Runs this script again on a copy of src without compiled modules."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
        env = {**os.environ, "PYTHONPATH": str(src), "STRIKEWATCH_PURE": "1"}
        args = [a for a in argv if a != "--pure"]
        return subprocess.call([sys.executable, __file__, *args, "--in-pure-copy"], env=env)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, help="write the hashes to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare with hashes saved earlier")
    parser.add_argument("-n", "--generated", type=int, default=12000)
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared" / "corpus", help="shared corpora"
    )
    parser.add_argument(
        "--store", type=int, metavar="N", help="also compare store tables (N generated articles)"
    )
    parser.add_argument("--pure", action="store_true", help="check the plain-Python build")
    parser.add_argument("--in-pure-copy", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pure:
        return _pure_rerun(argv)
    import strikewatch

    engine = strikewatch.extract.__module__
    module = sys.modules[engine]

    build = "plain Python" if str(module.__file__).endswith(".py") else "compiled"
    print(f"build: {build} ({module.__file__})", file=sys.stderr)
    hashes = run(args.generated, args.shared)
    if args.store:
        hashes.update(store_hashes(args.shared, args.store))
    if args.save:
        args.save.write_text(json.dumps(hashes, indent=1) + "\n", encoding="utf-8")
    if args.compare:
        saved = json.loads(args.compare.read_text(encoding="utf-8"))
        diff = sorted(k for k in saved.keys() | hashes.keys() if saved.get(k) != hashes.get(k))
        for k in diff:
            print(f"DIFFERENT: {k}", file=sys.stderr)
        print("identical" if not diff else f"{len(diff)} corpora differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
