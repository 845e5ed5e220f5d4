# dossier: `make lab` opens the notebooks, `make test` checks everything.
# Both create .venv and install the pinned requirements when they are missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PORT   ?= 8888
# Jupyter refuses to run as root (containers, CI machines) unless told to.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: setup lab briefing test lint bench build clean

setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $(STAMP)

lab: setup
	$(BIN)/jupyter lab --notebook-dir=. --port=$(PORT) $(ROOT_FLAG) notebooks/

briefing: setup
	$(BIN)/python -m dossier briefing $(if $(SINCE),--since $(SINCE))

build: setup
	$(BIN)/python -m dossier build seeds/ --out tables/

lint: setup
	$(BIN)/ruff check lib tests bench
	$(BIN)/ruff format --check lib tests bench

test: lint
	@command -v chromium >/dev/null 2>&1 || echo "*** Chromium not found: browser tests will be SKIPPED. Install it: sudo apt-get install chromium ***"
	$(BIN)/python -m pytest -q -rs

bench: setup
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/notebooks.py

clean:
	rm -rf .cache tables exports test-artifacts .pytest_cache
