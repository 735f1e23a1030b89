# The two commands: `make run` and `make test`. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup run test lint unit fuzz bench translations qm screens package repo clean

setup:
	@scripts/setup.sh

run: setup qm
	@scripts/run.sh

test: setup qm
	@scripts/test.sh

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The suite without the gates and coverage, on as many workers as `make test` (scripts/test.sh).
unit: setup qm
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n "$${KIOSK_TEST_WORKERS:-$$(( $$(nproc) * 2 > 8 ? 8 : $$(nproc) * 2 ))}" \
		--dist loadgroup

# The fuzz suite (tests/fuzz) with the deep hypothesis profile: 30x the examples of `make test`.
fuzz: setup qm
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:randomly \
		-o timeout=3600 -o faulthandler_timeout=3600 tests/fuzz

bench: setup
	@scripts/bench.sh

# Qt Linguist: lupdate over ui/ and kiosk/ into the committed ui/i18n/kiosk_<lang>.ts, the
# pseudo-locale xx from English, then lrelease into .qm. `qm` only compiles (.qm files are build
# outputs, gitignored): run/test/unit/screens depend on it so the app always finds fresh
# catalogues, and a test run never rewrites the committed .ts files.
translations: setup
	$(PY) -m ui.i18n.build update

qm: setup
	@$(PY) -m ui.i18n.build compile

screens: setup qm
	@QT_QPA_PLATFORM=offscreen $(PY) -m ui.screenshots docs/screens

# The Debian package: dist/ecitizen-kiosk_<version>_<arch>.deb, one complete release under
# /opt/ecitizen-kiosk/releases/<version> plus the system files (docs/packaging.md).
# KIOSK_PACKAGE_LIGHT=1: the kiosk without its dependencies (seconds; what the tests build).
package: setup qm
	@$(PY) scripts/release.py package

# Publish dist/'s package into the signed apt repository dist/repo (serve dist/repo/public);
# a demo release key is generated once into build/release-key (never committed).
repo: package
	@$(PY) scripts/release.py repo

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .coverage htmlcov
