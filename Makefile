# Two commands matter for a new user: `make run` and `make test`.
# Everything is installed into .venv from PyPI (pins in pyproject.toml, full lock in constraints.txt);
# system packages (WeasyPrint's libraries, Chromium, poppler) come from Debian via scripts/system-deps.sh.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=
# Extra pip options, e.g. PIP_ARGS='--extra-index-url https://download.pytorch.org/whl/cpu'
# for PyTorch's CPU build on a machine that has none locally.
PIP_ARGS ?=

.PHONY: run test lint typecheck unit bench system-deps clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt $(PIP_ARGS) -e '.[dev,reader]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/myotriage serve --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q $(PYTEST_ARGS)

test: system-deps $(STAMP) lint typecheck
	$(BIN)/pytest -q -n 2 $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/engine_speed.py
	$(BIN)/python benchmarks/interview_efficiency.py
	$(BIN)/python benchmarks/diary.py
	$(BIN)/python benchmarks/http_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
