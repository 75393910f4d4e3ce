# Set-up and everyday commands. Every target installs what it needs into .venv first,
# from PyPI only, so a fresh machine needs nothing but python3 (>= 3.11) and make.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench evaluate compile clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	STRIKEWATCH_PURE=1 $(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The per-article modules compiled to C by mypyc (setup.py lists them), built in place next
# to their sources and rebuilt when any source changes (about a minute). With
# STRIKEWATCH_PURE=1, or without a C compiler, nothing is built and plain Python runs.
# An extension left up to date in build/ is copied with its old time: the `touch` gives it
# the build's, which the tests compare with its source's.
ifeq ($(STRIKEWATCH_PURE),1)
COMPILED := $(VENV)/.pure-stamp
$(COMPILED): $(STAMP)
	find src -name '*.so' -delete; rm -f $(VENV)/.compiled-stamp
	touch $(COMPILED)
else
COMPILED := $(VENV)/.compiled-stamp
$(COMPILED): $(STAMP) setup.py $(shell find src/strikewatch -name '*.py')
	find src -name '*.so' -delete; rm -f $(VENV)/.pure-stamp
	$(BIN)/python setup.py --quiet build_ext --inplace
	find src -name '*.so' -exec touch {} +
	touch $(COMPILED)
endif

## compile: build the compiled modules now (make demo, test and bench do it when needed)
compile: $(COMPILED)

# The dashboard's browser libraries (chart.js, topojson-client, world-atlas), from the npm
# registry at set-up; served from node_modules, never fetched at run time.
ASSETS := node_modules/.installed-stamp
$(ASSETS): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(ASSETS)

## demo: ingest the bundled sample corpus into ./strikewatch.db, list its events, serve it
demo: $(COMPILED) $(ASSETS)
	$(BIN)/strikewatch ingest samples/articles --db strikewatch.db
	$(BIN)/strikewatch events --db strikewatch.db --format table
	$(BIN)/strikewatch serve --db strikewatch.db

## test: linters, type checks and the test suite (what CI runs)
test: $(COMPILED) $(ASSETS) lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools setup.py
	$(BIN)/ruff format --check src tests bench tools setup.py
	$(BIN)/mypy

## evaluate: score on the shared dev corpus with the missed and extra facts listed
evaluate: $(COMPILED)
	$(BIN)/strikewatch evaluate --gold ../shared/corpus/dev/gold --articles ../shared/corpus/dev/articles

## bench: throughput and peak memory of extraction and ingest (figures printed, not asserted)
bench: $(COMPILED)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py 5000
	$(BIN)/python bench/bench_web.py 10000 300
	$(BIN)/python bench/bench_batch.py 10000 100000

clean:
	rm -f strikewatch.db strikewatch.db-wal strikewatch.db-shm
	find src -name '*.so' -delete
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
