# Samenspraak: `make run` serves the app with a demo, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages the tests need: a real browser, a PostgreSQL server, emoji for screenshots,
# LibreOffice to check that the Word documents open, nginx in front of several processes.
SYSTEM_PACKAGES := chromium postgresql fonts-noto-color-emoji libreoffice-writer-nogui nginx

.PHONY: run test install install-test system-deps lock clean screenshots serve-cluster

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Pinned: constraints.txt is the lock file (refresh it with `make lock`).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/samenspraak check
	$(BIN)/samenspraak migrate
	$(BIN)/samenspraak demo --if-empty
	@echo ""
	@echo "  Samenspraak draait op http://localhost:$(PORT)"
	@echo "  Demo-login (als de demo geladen is): gebruiker 'demo', wachtwoord 'demo-samenspraak'"
	@echo ""
	$(BIN)/streamlit run serve.py --server.port $(PORT)

# PostgreSQL, two app processes and nginx on http://localhost:8080 (deploy/README.md); Ctrl+C stops all.
# CLUSTER_DATA=DIR keeps the PostgreSQL data between runs.
serve-cluster: install system-deps
	$(BIN)/python deploy/cluster.py serve --port 8080 --processes 2 $(if $(CLUSTER_DATA),--data $(CLUSTER_DATA))

system-deps:
	@if ! dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing Debian packages: $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	fi

test: install-test system-deps
	$(BIN)/ruff check .
	$(BIN)/pytest

# The phone (390x844) and the beamer (1920x1080) from the demo, in headless Chromium: docs/screenshots/*.png
screenshots: install-test system-deps
	$(BIN)/python bench/screenshots.py

lock: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip freeze --exclude-editable | grep -v '^samenspraak' > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
