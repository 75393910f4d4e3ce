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

## demo: extract the bundled sample corpus and score it against its gold reports
demo: $(STAMP)
	$(BIN)/strikewatch extract samples/articles --format table
	$(BIN)/strikewatch evaluate --gold samples/gold --articles samples/articles --no-diffs

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

## bench: throughput and peak memory of extraction (figures printed, not asserted)
bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
