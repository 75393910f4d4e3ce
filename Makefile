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

# The dashboard's browser libraries (chart.js, topojson-client, world-atlas), from the npm
# registry at set-up; served from node_modules, never fetched at run time.
ASSETS := node_modules/.installed-stamp
$(ASSETS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(ASSETS)

## demo: ingest the bundled sample corpus into ./strikewatch.db, list its events, serve it
demo: $(STAMP) $(ASSETS)
	$(BIN)/strikewatch ingest samples/articles --db strikewatch.db
	$(BIN)/strikewatch events --db strikewatch.db --format table
	$(BIN)/strikewatch serve --db strikewatch.db

## test: linters, type checks and the test suite (what CI runs)
test: $(STAMP) $(ASSETS) lint
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
	$(BIN)/python bench/bench_web.py 10000 300
	$(BIN)/python bench/bench_batch.py 10000 100000

clean:
	rm -f strikewatch.db strikewatch.db-wal strikewatch.db-shm
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
