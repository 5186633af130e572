# Voelspriet — every install step lives here (CI runs `make test` on a clean clone).
# The first Python 3.11 or newer found (3.11 first: the version tested here); override with
# `make PYTHON=/path/to/python3.12 run`.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3.14 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && echo $$p && break; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
STAMP_PACKAGE := $(VENV)/.installed-package

.PHONY: run test bench clean translations package icons

$(PY):
	@test -n "$(PYTHON)" || { echo "Voelspriet needs Python 3.11 or newer (with venv); none was found."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

# packaging/check_qt_libs.py: on Linux, the system libraries Qt's window needs; when one is
# missing it prints the one apt-get command that installs them and run stops there
# (instead of Qt's "could not load the Qt platform plugin xcb"). Not part of test.
run: $(STAMP_RUN)
	@$(PY) packaging/check_qt_libs.py
	$(PY) main.py

# One pytest worker per core (pytest-xdist). worksteal: each worker takes a run of the tests in
# order (a module's fixtures, such as a demo written once or the wheel built once, are made once)
# and one that runs out takes over the end of another's, so both finish together. Byte code is
# written (__pycache__, ignored by git) even where PYTHONDONTWRITEBYTECODE is set: otherwise
# every worker rewrites every test module's asserts and each CLI test's process compiles the app.
test: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n auto --dist worksteal

bench: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info

# The installable app (packaging/, README "Installing Voelspriet"): the one-folder bundle
# dist/Voelspriet/ for this machine and dist/Voelspriet-VERSION-linux-x86_64.tar.gz, built
# by PyInstaller. Its tools are pyproject.toml's `package` extra, installed here only (the
# pinned list read from pyproject.toml: one place). `make package DIST=… WORK=…` builds
# elsewhere (tests/test_packaging.py does).
DIST ?= dist
WORK ?= build
$(STAMP_PACKAGE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet $$($(PY) -c "import tomllib; print(' '.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['package']))")
	touch $@

package: $(STAMP_RUN) $(STAMP_PACKAGE)
	$(PY) packaging/make_package.py --dist $(DIST) --work $(WORK)

# After changing resources/icons/voelspriet.svg: render its PNGs again (Qt, no extra tools).
icons: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# Refresh the Dutch translation: collect the source texts, fill in resources/translations/dutch.py
# (it names any text still untranslated), compile the .qm the app loads.
TS := resources/translations/voelspriet_nl.ts
translations: $(STAMP_RUN)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find workbench -name '*.py') -ts $(TS)
	$(PY) resources/translations/dutch.py $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm resources/translations/voelspriet_nl.qm
