# Set-up and everyday commands. Every target installs what it needs into .venv first,
# from PyPI only, so a fresh machine needs nothing but python3 (>= 3.11) and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: ingest the bundled sample corpus into ./strikewatch.db and list its events
demo: $(STAMP)
	$(BIN)/strikewatch ingest samples/articles --db strikewatch.db
	$(BIN)/strikewatch events --db strikewatch.db --format table

## test: linters, type checks and the test suite (what CI runs)
test: $(STAMP) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

## evaluate: score on the shared dev corpus with the missed and extra facts listed
evaluate: $(STAMP)
	$(BIN)/strikewatch evaluate --gold ../shared/corpus/dev/gold --articles ../shared/corpus/dev/articles

## bench: throughput and peak memory of extraction and ingest (figures printed, not asserted)
bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py 5000

clean:
	rm -f strikewatch.db strikewatch.db-wal strikewatch.db-shm
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
