# presslib: the commands the README names. Everything installs into .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install report student test test-fast lab bench clean

install: $(STAMP)

# Reinstalled when the package's requirements change.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "presslib needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

report: $(STAMP)  ## execute every notebook, write reports/
	$(BIN)/presslib report

student: $(STAMP)  ## student copies of the notebooks (solutions removed) in student/
	$(BIN)/presslib student

test: $(STAMP)  ## the whole test suite, notebooks included
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## the suite without the slow tests (notebook runs, the wheel): for the edit loop
	$(BIN)/python -m pytest -m "not slow"

lab: $(STAMP)  ## JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP)  ## speed figures: parse throughput, import time, corpus across conventions, report time
	$(BIN)/python bench/run.py

clean:
	rm -rf reports student data/processed .pytest_cache .hypothesis build $(STAMP)
