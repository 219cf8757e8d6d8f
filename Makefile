# afterview: every target sets up what it needs itself (a .venv from pyproject.toml).
# Needs only Python 3.11+ and make; browser tests also need Chromium (found or installed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps in one .venv: STAMP for what serving and building need (pyproject.toml's
# dependencies), TEST_STAMP for the tests' tools on top (its `test` extra), so a `make test`
# after `make serve` adds them without starting again. Both are redone when pyproject.toml
# changes.
STAMP := $(VENV)/.installed-serve
TEST_STAMP := $(VENV)/.installed-test
# setuptools says "Editable installation ... be careful with folders in your working
# directory with the same name as your package" at every editable install; the project
# installs no package (pyproject.toml: py-modules = []), so there is nothing to be careful
# about. Editable, because a plain install leaves a build/ folder behind.
PIP_INSTALL := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet
HOST ?= 127.0.0.1
PORT ?= 8000
# Silences Material's notice about MkDocs 2 (we pin mkdocs<2).
export NO_MKDOCS_2_WARNING := 1

# The system Chromium that Playwright drives (it cannot download its own browser here).
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome || true)
# nginx and Apache for the hosting tests (Debian puts both in /usr/sbin, not on every
# user's PATH).
NGINX ?= $(shell command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
APACHE ?= $(shell command -v apache2 || ls /usr/sbin/apache2 2>/dev/null || true)
# Java runs the W3C Nu HTML checker (make vnu).
JAVA ?= $(shell command -v java || true)

# Where a recipe runs Chromium, nginx or Apache: found above, or where a prerequisite
# (make chromium, make nginx, make apache) has installed it. Expanded when the recipe runs.
WITH_CHROMIUM = CHROMIUM="$(or $(CHROMIUM),$(shell command -v chromium))"
WITH_NGINX = NGINX="$(or $(NGINX),$(shell command -v nginx || echo /usr/sbin/nginx))"
WITH_APACHE = APACHE="$(or $(APACHE),$(shell command -v apache2 || echo /usr/sbin/apache2))"

# $(call found-or-apt,NAME,PATH,DEBIAN PACKAGE,SETTING): say where NAME is when PATH is
# set; else install the Debian package when running as root with apt-get; else stop,
# telling how to install it (or which SETTING names its path).
found-or-apt = if [ -n "$(2)" ]; then echo "$(1): $(2)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(3) >/dev/null; \
	else echo "$(1) not found: install it (Debian/Ubuntu: apt-get install $(3))$(if $(4), or set $(4)=/path/to/$(3))" >&2; exit 1; fi

# The dev tools of package.json (locked in package-lock.json) into node_modules/, unless
# FILE is there: $(call npm-tools,FILE). --ignore-scripts: vnu-jar's install script would
# download a Java runtime from the internet; we use the system's.
npm-tools = if [ ! -e $(1) ]; then \
		command -v npm >/dev/null || { echo "npm not found: install Node.js (Debian/Ubuntu: apt-get install npm)" >&2; exit 1; }; \
		npm ci --ignore-scripts --no-audit --no-fund; fi

.PHONY: help setup serve build test test-unit test-build test-browser lint chromium bench pdf clean
.PHONY: test-hosting nginx apache offline publish rollback vnu lighthouse facts screenshots

help:
	@echo "make serve   set up and serve the site at http://$(HOST):$(PORT) (reloads on edits)"
	@echo "make test    set up and run every test: ruff, unit, build, browser and hosting"
	@echo "make test-unit | test-build | test-browser | test-hosting | lint   one layer of it"
	@echo "make build   build the site into site/ (fails on any problem)"
	@echo "make bench   measure build time, reload, page weight and script time against plain Material (BENCHMARKS.md)"
	@echo "make pdf     write blank PDFs of the printable checklists (A4, Letter) into pdf/"
	@echo "make facts   list every fact with the date it was checked; flag those due for a check"
	@echo "make screenshots  take the README's screenshots (readme/*.png) of the site as it is now"
	@echo "make clean   remove site/, caches and .venv"
	@echo "make offline                  write dist/afterview-offline.zip (works unpacked, from disk)"
	@echo "make publish DEST=/srv/www/x  build, then switch DEST to the new version atomically"
	@echo "make rollback DEST=/srv/www/x switch DEST back to the version before (HOSTING.md)"
	@echo ""
	@echo "Settings: HOST=$(HOST) PORT=$(PORT) for make serve, e.g. make serve HOST=0.0.0.0 PORT=8080;"
	@echo "CHROMIUM=/path/to/chromium for the browser and hosting tests, make pdf and make bench;"
	@echo "NGINX=/path/to/nginx and APACHE=/path/to/apache2 for the hosting tests;"
	@echo "KEEP=3 releases kept by make publish."

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "afterview needs Python 3.11 or newer, found " + sys.version.split()[0])'
	@echo "Installing into $(VENV) what building and serving the site needs (MkDocs, its plugins)"
	@if [ ! -x $(BIN)/python ]; then \
		$(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet --upgrade pip; fi
	@$(PIP_INSTALL) -e .
	@touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	@echo "Adding the test tools to $(VENV) (pytest, Playwright, ruff, ...: pyproject.toml's [test])"
	@$(PIP_INSTALL) -e '.[test]'
	@touch $(TEST_STAMP)

setup: $(STAMP) $(TEST_STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr $(HOST):$(PORT)

build: $(STAMP)
	$(BIN)/mkdocs build --strict

lint: $(TEST_STAMP)
	$(BIN)/ruff check macros hooks scripts tests benchmarks

test: lint test-unit test-build test-browser test-hosting

test-unit: $(TEST_STAMP)
	$(BIN)/pytest -m unit

test-build: $(TEST_STAMP) vnu
	$(BIN)/pytest -m build

# Two processes, a test file each at a time (pytest-xdist): each builds and serves the site
# once and drives its own Chromium; the layer takes about half as long on two cores.
BROWSER_WORKERS ?= 2
test-browser: $(TEST_STAMP) chromium
	$(WITH_CHROMIUM) $(BIN)/pytest -m browser -n $(BROWSER_WORKERS) --dist loadfile

# The site behind real nginx and real Apache with deploy/*/afterview.conf, the offline zip,
# publish.
test-hosting: $(TEST_STAMP) chromium nginx apache lighthouse
	$(WITH_CHROMIUM) $(WITH_NGINX) $(WITH_APACHE) $(BIN)/pytest -m hosting

# Find each tool, or install Debian's package when running as root with apt-get.
chromium:
	@$(call found-or-apt,Chromium,$(CHROMIUM),chromium,CHROMIUM)

nginx:
	@$(call found-or-apt,nginx,$(NGINX),nginx,NGINX)

apache:
	@$(call found-or-apt,Apache,$(APACHE),apache2,APACHE)

# The W3C Nu HTML checker for tests/build/test_html_valid.py: npm's vnu-jar, and a Java
# runtime to run it (Debian's openjdk-17-jre-headless).
vnu:
	@$(call npm-tools,node_modules/vnu-jar/build/dist/vnu.jar)
	@$(call found-or-apt,Java,$(JAVA),openjdk-17-jre-headless)

# Lighthouse 12 for tests/hosting/test_lighthouse.py; it drives the system Chromium.
lighthouse:
	@$(call npm-tools,node_modules/.bin/lighthouse)

clean:
	rm -rf site dist .pytest_cache .ruff_cache $(VENV)

# Blank PDFs of the printable checklists (A4 and Letter) into pdf/, for career centres.
pdf: $(TEST_STAMP) chromium
	$(WITH_CHROMIUM) $(BIN)/python scripts/make_pdf.py

# Every figure of BENCHMARKS.md next to a plain Material build, in one run (a few minutes),
# then the pages with 200 interviews stored (benchmarks/many_records.py).
bench: $(TEST_STAMP) chromium
	$(WITH_CHROMIUM) $(BIN)/python benchmarks/measure.py
	$(WITH_CHROMIUM) $(BIN)/python benchmarks/many_records.py

# The README's screenshots of today's site, desktop and phone, into readme/ (optimised PNGs).
screenshots: $(TEST_STAMP) chromium
	$(WITH_CHROMIUM) $(BIN)/python scripts/screenshots.py

# Every fact of data/facts/ and every guidance page with its checked date; flags what is due.
facts: $(STAMP)
	$(BIN)/python -m scripts.facts_report $(ARGS)

# The built site as one zip for a shared drive or a learning platform (HOSTING.md).
offline: $(STAMP)
	$(BIN)/python -m scripts.offline dist/afterview-offline.zip

# DEST and KEEP reach the script exactly as typed, through the environment: make never
# expands them ($(value): a `$` in a path stays a `$`) and the shell sees them only inside
# "$$DEST", so no quote or `;` in them can run a command. `override` because a setting on
# make's command line would otherwise win over this line, already expanded.
override DEST := $(value DEST)
override KEEP := $(value KEEP)
export DEST KEEP

# Build next to DEST and switch to it only if the build succeeded; keeps KEEP releases.
publish: $(STAMP)
	@if [ -z "$$DEST" ]; then echo "usage: make publish DEST=/srv/www/after-interview [KEEP=3]" >&2; exit 2; fi
	$(BIN)/python -m scripts.publish publish "$$DEST" $${KEEP:+--keep "$$KEEP"}

rollback: $(STAMP)
	@if [ -z "$$DEST" ]; then echo "usage: make rollback DEST=/srv/www/after-interview" >&2; exit 2; fi
	$(BIN)/python -m scripts.publish rollback "$$DEST"
