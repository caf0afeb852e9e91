# Vluchteling zkt. woning – veelgebruikte opdrachten. Werkt op een nieuwe machine met Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: help install lock serve build check verouderd test test-browser bench clean validatie

help:
	@echo "make serve   – de gids lokaal bekijken op http://127.0.0.1:8000 (herlaadt bij elke wijziging)"
	@echo "make test    – alle tests (build, PDF, gegevens, browser)"
	@echo "make build   – site + PDF in site/"
	@echo "make check   – alleen de gegevensbestanden in data/ controleren (snel)"
	@echo "make verouderd – wat opnieuw nagekeken moet worden: bedragen, initiatieven, pagina's"
	@echo "make bench   – metingen: buildtijd, paginagewicht, PDF, Lighthouse"
	@echo "make lock    – requirements*.lock opnieuw maken na een wijziging in requirements*.txt"
	@echo "make validatie – de schemacontrole van het bijdrageformulier opnieuw maken na een wijziging in data/*.schema.json"

# Alles komt uit het slot: elk pakket, ook onrechtstreekse, met exacte versie en hash.
# requirements*.txt zeggen wat we willen; requirements*.lock (pip-compile) wat er geïnstalleerd wordt.
LOCK ?= requirements-test.lock

$(BIN)/mkdocs: requirements.lock requirements-test.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r $(LOCK)
	@touch $@

install: $(BIN)/mkdocs

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: install
	$(BIN)/mkdocs build --strict

check: install
	@$(BIN)/python -m draaiboek.check

# Een rapport, geen controle: faalt nooit omdat de tijd verstrijkt (alleen bij onleesbare gegevens).
verouderd: install
	@$(BIN)/python -m draaiboek.verouderd

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

test: install node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest

# De controle van het bijdrageformulier: ajv (npm, devDependency) zet data/*.schema.json om in
# docs/assets/javascripts/formulier-schema-<soort>.min.js, één per schema (meegeleverd: build en
# serve hebben geen npm nodig).
validatie: node_modules/axe-core/axe.min.js
	node scripts/validatie.mjs

test-browser: install node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest tests/browser

# Lighthouse alleen voor de benchmark, vastgepind; niet in package.json zodat CI het niet downloadt.
LIGHTHOUSE_VERSIE := 12.8.2

bench: install node_modules/axe-core/axe.min.js
	test -x node_modules/.bin/lighthouse || npm install --no-save --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSIE)
	$(BIN)/python bench/bench.py

# pip-tools in een eigen, tijdelijke omgeving, zodat het niet in het slot zelf hoeft.
# Alleen PyPI zelf: de hashes moeten kloppen op elke machine, ook op CI.
PIP_TOOLS_VERSIE := 7.6.2
LOCK_VENV := $(or $(TMPDIR),/tmp)/draaiboek-pip-tools
PIP_COMPILE := PIP_CONFIG_FILE=/dev/null PIP_FIND_LINKS= $(LOCK_VENV)/bin/pip-compile --quiet \
	--generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links --index-url https://pypi.org/simple

lock:
	test -x $(LOCK_VENV)/bin/pip-compile || ($(PYTHON) -m venv $(LOCK_VENV) && \
		$(LOCK_VENV)/bin/pip install --quiet pip-tools==$(PIP_TOOLS_VERSIE))
	$(PIP_COMPILE) --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --output-file requirements-test.lock requirements-test.txt

clean:
	rm -rf site .pytest_cache
