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
	@echo "Installing presslib and its dependencies into $(VENV)/ (first run only; pip shows each download)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --progress-bar on pip
	$(BIN)/python -m pip install --progress-bar on -e ".[dev]"
	@touch $(STAMP)
	@echo "Installed into $(VENV)/."

report: $(STAMP)  ## execute every notebook, write reports/
	$(BIN)/presslib report

student: $(STAMP)  ## student copies of the notebooks (solutions removed) in student/
	$(BIN)/presslib student

test: $(STAMP)  ## the whole test suite, notebooks included
	$(BIN)/python -m pytest

test-fast: $(STAMP)  ## the suite without the slow tests (notebook runs, the wheel): for the edit loop
	$(BIN)/python -m pytest -m "not slow"

# The project folder, so notebooks/, student/ and data/ are all in reach; as root (containers,
# CI, many lab machines) JupyterLab refuses to start unless told --allow-root.
lab: $(STAMP)  ## JupyterLab on the project: notebooks/, student/ (after make student), data/
	$(BIN)/jupyter lab --ServerApp.root_dir=. --ServerApp.default_url=/lab/tree/notebooks \
	  $$(test "$$(id -u)" = 0 && echo --allow-root) $(LAB_ARGS)

bench: $(STAMP)  ## speed figures: parse throughput, import time, corpus across conventions, report time
	$(BIN)/python bench/run.py

clean:
	rm -rf reports student data/processed .pytest_cache .hypothesis build $(STAMP)
