#!/usr/bin/env bash
# The quality gates and the whole test suite, headless. Called by `make test` after setup.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
V=.venv/bin

echo "== ruff (lint)"
$V/ruff check .
echo "== mypy (strict)"
$V/mypy
echo "== import-linter (layers)"
$V/lint-imports --no-cache
echo "== pytest"
$V/pytest --cov --cov-report=term:skip-covered --durations=10 "$@"
