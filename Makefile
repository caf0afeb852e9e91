# Vluchteling zkt. woning – veelgebruikte opdrachten. Werkt op een nieuwe machine met Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install serve build check test test-browser bench clean

help:
	@echo "make serve   – de gids lokaal bekijken op http://127.0.0.1:8000 (herlaadt bij elke wijziging)"
	@echo "make test    – alle tests (build, PDF, gegevens, browser)"
	@echo "make build   – site + PDF in site/"
	@echo "make check   – alleen de gegevensbestanden in data/ controleren (snel)"
	@echo "make bench   – metingen: buildtijd, paginagewicht, PDF, Lighthouse"

$(BIN)/mkdocs: requirements.txt requirements-test.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-test.txt
	@touch $@

install: $(BIN)/mkdocs

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: install
	$(BIN)/mkdocs build --strict

check: install
	@$(BIN)/python -m draaiboek.check

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test: install node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest

test-browser: install node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest tests/browser

# Lighthouse alleen voor de benchmark, vastgepind; niet in package.json zodat CI het niet downloadt.
LIGHTHOUSE_VERSIE := 12.8.2

bench: install node_modules/axe-core/axe.min.js
	test -x node_modules/.bin/lighthouse || npm install --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSIE)
	$(BIN)/python bench/bench.py

clean:
	rm -rf site .pytest_cache
