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
# On several workers (pytest-xdist): about half the suite's time is waiting (loopback servers,
# pcscd, Qt timers, subprocesses), so two workers per core, at most 8. Card tests share the one
# pcscd + vpcd and run in one xdist group (tests/conftest.py). KIOSK_TEST_WORKERS=0: one process.
cores=$(nproc)
workers=${KIOSK_TEST_WORKERS:-$((cores * 2 > 8 ? 8 : cores * 2))}
$V/pytest -n "$workers" --dist loadgroup --cov --cov-report=term:skip-covered --durations=10 "$@"
