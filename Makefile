# integrationsnetz: `make run` serves the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true

.PHONY: run test lint format bench lock install install-dev clean docs-screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs exactly the locked versions (hashes checked); re-runs when a lock changes.
$(VENV)/.installed-base: requirements/base.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/base.txt
	touch $@

$(VENV)/.installed-dev: requirements/dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed-base
install-dev: $(VENV)/.installed-dev

run: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	$(DEV_ENV) $(BIN)/python manage.py ensure_dev_admin
	@echo "Website: http://127.0.0.1:8000/"
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: install-dev node_modules/.installed
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

clean:
	rm -rf $(VENV) node_modules staticfiles tests/.media

# Response time and queries per page type against the demo content (targets in bench_pages.py).
BENCH_ENV := DEBUG=false LOG_LEVEL=ERROR SECRET_KEY=bench ALLOWED_HOSTS=testserver,localhost STATIC_MANIFEST=false SERVE_MEDIA=true DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/bench.sqlite3}
bench: install
	$(BENCH_ENV) $(BIN)/python manage.py migrate --no-input -v0
	$(BENCH_ENV) $(BIN)/python manage.py load_demo -v0
	$(BENCH_ENV) $(BIN)/python manage.py bench_pages

# Re-resolve the lock files after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements/dev.txt

# Screenshots of the real admin for docs/redaktion.md, taken in Debian's Chromium.
docs-screenshots: install-dev
	$(BIN)/python docs/screenshots.py
