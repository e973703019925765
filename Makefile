# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test bench lint clean venv icons check-packaging bundle translations

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $@ $(STAMP)

venv: $(STAMP)

# The German and Chinese catalogs: compiled from resources/translations/*.ts, not kept in git.
translations: $(STAMP)
	$(PY) packaging/i18n/compile.py >/dev/null

run: $(STAMP) translations
	$(VENV)/bin/convivio $(ARGS)

test: $(TSTAMP) translations
	$(PY) -m ruff check app tests benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(ARGS)

lint: $(TSTAMP)
	$(PY) -m ruff check app tests benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

# Render the icon PNGs and the Windows .ico from resources/icons/*.svg.
icons: $(STAMP)
	$(PY) packaging/make_icons.py

# Validate the desktop entry, AppStream metainfo and icons (Debian: desktop-file-utils, appstream).
check-packaging:
	$(PYTHON) packaging/check_metadata.py

# Build dist/convivio/ with PyInstaller and smoke-test it without Python (1-2 minutes).
bundle:
	PYTHON=$(PYTHON) packaging/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
