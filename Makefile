# afterview: every target sets up what it needs itself (a .venv from pyproject.toml).
# Needs only Python 3.11+ and make; browser tests also need Chromium (found or installed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Silences Material's notice about MkDocs 2 (we pin mkdocs<2).
export NO_MKDOCS_2_WARNING := 1

# The system Chromium that Playwright drives (it cannot download its own browser here).
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome || true)

.PHONY: help setup serve build test test-unit test-build test-browser lint chromium bench pdf clean

help:
	@echo "make serve   set up and serve the site at http://$(HOST):$(PORT) (reloads on edits)"
	@echo "make test    set up and run every test: ruff, unit, build and browser"
	@echo "make build   build the site into site/ (fails on any problem)"
	@echo "make bench   measure build time and asset sizes (numbers for BENCHMARKS.md)"
	@echo "make pdf     write blank PDFs of the printable checklists (A4, Letter) into pdf/"
	@echo "make clean   remove site/, caches and .venv"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "afterview needs Python 3.11 or newer, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

build: $(STAMP)
	$(BIN)/mkdocs build --strict

lint: $(STAMP)
	$(BIN)/ruff check macros hooks scripts tests benchmarks

test: lint test-unit test-build test-browser

test-unit: $(STAMP)
	$(BIN)/pytest -m unit

test-build: $(STAMP)
	$(BIN)/pytest -m build

test-browser: $(STAMP) chromium
	CHROMIUM="$(or $(CHROMIUM),$(shell command -v chromium))" $(BIN)/pytest -m browser

# Finds Chromium, or installs Debian's package when running as root with apt-get.
chromium:
	@if [ -n "$(CHROMIUM)" ]; then echo "Chromium: $(CHROMIUM)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "Chromium not found: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM=/path/to/chromium" >&2; exit 1; fi

clean:
	rm -rf site .pytest_cache .ruff_cache $(VENV)

# Blank PDFs of the printable checklists (A4 and Letter) into pdf/, for career centres.
pdf: $(STAMP) chromium
	CHROMIUM="$(or $(CHROMIUM),$(shell command -v chromium))" $(BIN)/python scripts/make_pdf.py

bench: $(STAMP)
	$(BIN)/python benchmarks/measure.py
