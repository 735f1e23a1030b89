# The two commands: `make run` and `make test`. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint unit bench translations screens clean

setup:
	@scripts/setup.sh

run: setup
	@scripts/run.sh

test: setup
	@scripts/test.sh

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

bench: setup
	@scripts/bench.sh

screens: setup
	@QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screens

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .coverage htmlcov
