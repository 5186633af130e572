# Voelspriet — every install step lives here (CI runs `make test` on a clean clone).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test bench clean translations

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) main.py

test: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build *.egg-info

# Refresh the Dutch translation: collect the source texts, fill in resources/translations/dutch.py
# (it names any text still untranslated), compile the .qm the app loads.
TS := resources/translations/voelspriet_nl.ts
translations: $(STAMP_RUN)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find workbench -name '*.py') -ts $(TS)
	$(PY) resources/translations/dutch.py $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm resources/translations/voelspriet_nl.qm
