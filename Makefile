# integrationsnetz: `make run` serves the site, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DEBUG=true

.PHONY: run test lint format bench loadtest lighthouse lock install install-dev clean docs-screenshots compose-check

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
	@echo "Website: http://localhost:8000/ (zweites Demo-Zentrum: http://musterstadt.localhost:8000/)"
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Two processes on two cores (pytest-xdist; TEST_WORKERS=0 runs them in one); prints the 15
# slowest tests at the end (docs/messungen.md, "Testsuite").
TEST_WORKERS ?= 2
test: install-dev node_modules/.installed
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --durations=15

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

# Can deploy/compose.yaml and the Dockerfile run here? Validates both with the engines' own
# parsers where podman cannot run containers (docs/betrieb.md, "Container").
compose-check:
	deploy/compose-check.sh

clean:
	rm -rf $(VENV) node_modules staticfiles tests/.media

# The bench, load test and Lighthouse targets run the development tools (devtools/, see
# docs/werkzeuge.md) with DEBUG off: DEVTOOLS=true installs them; the servers they start run
# without them, as production does.
#
# Side-by-side benchmark on 127.0.0.1 (devtools/management/commands/run_bench.py): our pages
# uncached and cached against a stock `wagtail start` project and a one-line Django view, served
# by gunicorn the production way. Own PostgreSQL databases and Redis database 14; < 10 minutes.
BENCH_DB ?= integrationsnetz_bench
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/$(BENCH_DB)
BENCH_CACHE_URL ?= redis://127.0.0.1:6379/14
BENCH_ENV := DEVTOOLS=true DEBUG=false LOG_LEVEL=WARNING SECRET_KEY=bench-only-key EMAIL_URL=dummymail:// ALLOWED_HOSTS=127.0.0.1,localhost,testserver STATIC_MANIFEST=true SERVE_MEDIA=true SECURE_SSL_REDIRECT=false SECURE_COOKIES=false DATABASE_URL=$(BENCH_DATABASE_URL) CACHE_URL=$(BENCH_CACHE_URL)
# `make bench CENTRES=33`: instead, in a fresh database of its own, one centre with 300 articles,
# 100 events and 20 contacts is measured alone and again among 33 such centres (bench_pages).
# SQLite by default; BENCH_CENTRES_PG=<name> uses (drops and re-creates) that PostgreSQL database.
BENCH_CENTRES_ENV := DEVTOOLS=true DEBUG=false LOG_LEVEL=ERROR SECRET_KEY=bench EMAIL_URL=dummymail:// SECURE_SSL_REDIRECT=false ALLOWED_HOSTS=testserver,localhost,.localhost STATIC_MANIFEST=false SERVE_MEDIA=true
BENCH_CENTRES_DATABASE := $(CURDIR)/bench-centres.sqlite3
BENCH_CENTRES_URL = $(if $(BENCH_CENTRES_PG),postgres://postgres@127.0.0.1:5432/$(BENCH_CENTRES_PG),sqlite:///$(BENCH_CENTRES_DATABASE))
bench: install
ifdef CENTRES
	rm -f $(BENCH_CENTRES_DATABASE)
	$(if $(BENCH_CENTRES_PG),dropdb -h 127.0.0.1 -U postgres --if-exists $(BENCH_CENTRES_PG) && createdb -h 127.0.0.1 -U postgres $(BENCH_CENTRES_PG))
	$(BENCH_CENTRES_ENV) DATABASE_URL=$(BENCH_CENTRES_URL) $(BIN)/python manage.py migrate --no-input -v0
	$(BENCH_CENTRES_ENV) DATABASE_URL=$(BENCH_CENTRES_URL) $(BIN)/python manage.py load_demo -v0 >/dev/null
	$(BENCH_CENTRES_ENV) DATABASE_URL=$(BENCH_CENTRES_URL) $(BIN)/python manage.py bench_pages --centres $(CENTRES) --requests 20
else
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	@test -x /usr/sbin/varnishd || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null)
	createdb -h 127.0.0.1 -U postgres $(BENCH_DB) 2>/dev/null || true
	# The bench owns its Redis database: nothing another run left there (e.g. Wagtail's site
	# root paths of another database) may leak into this one.
	$(BENCH_ENV) DJANGO_SETTINGS_MODULE=integrationsnetz.settings $(BIN)/python -c "import django; django.setup(); from django.core.cache import cache; cache.clear()"
	$(BENCH_ENV) $(BIN)/python manage.py migrate --no-input -v0
	$(BENCH_ENV) $(BIN)/python manage.py load_demo -v0 >/dev/null
	$(BENCH_ENV) $(BIN)/python manage.py bench_data
	$(BENCH_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	$(BENCH_ENV) timeout 600 $(BIN)/python manage.py run_bench $(BENCH_ARGS)
endif

# Load and fault test of the production set-up on 127.0.0.1 (gunicorn, nginx, PostgreSQL, Redis;
# devtools/management/commands/run_loadtest.py). Own PostgreSQL database, Redis database 6; < 5 min.
LOADTEST_DB ?= integrationsnetz_loadtest
LOADTEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/$(LOADTEST_DB)
LOADTEST_REDIS_URL ?= redis://127.0.0.1:6379/6
LOADTEST_ENV := DEVTOOLS=true DEBUG=false LOG_LEVEL=WARNING SECRET_KEY=loadtest-only-key EMAIL_URL=dummymail:// ALLOWED_HOSTS=127.0.0.1,localhost STATIC_MANIFEST=false SERVE_MEDIA=true SECURE_SSL_REDIRECT=false SECURE_COOKIES=false DATABASE_URL=$(LOADTEST_DATABASE_URL)
loadtest: install
	createdb -h 127.0.0.1 -U postgres $(LOADTEST_DB) 2>/dev/null || true
	$(LOADTEST_ENV) $(BIN)/python manage.py migrate --no-input -v0
	$(LOADTEST_ENV) $(BIN)/python manage.py load_demo -v0
	$(LOADTEST_ENV) timeout 300 $(BIN)/python manage.py run_loadtest --redis $(LOADTEST_REDIS_URL)

# Lighthouse (npm, pinned in package.json) with Debian's Chromium on a phone profile against
# gunicorn with DEBUG off and hashed, compressed static files; prints four scores per page.
LIGHTHOUSE_ENV := DEVTOOLS=true DEBUG=false LOG_LEVEL=ERROR SECRET_KEY=lighthouse-only-key EMAIL_URL=dummymail:// SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0 ALLOWED_HOSTS=127.0.0.1,localhost STATIC_MANIFEST=true STATIC_ROOT=$(CURDIR)/staticfiles SERVE_MEDIA=true DATABASE_URL=sqlite:///$(CURDIR)/lighthouse.sqlite3 CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium}
lighthouse: install-dev node_modules/.installed
	rm -f lighthouse.sqlite3
	$(LIGHTHOUSE_ENV) $(BIN)/python manage.py migrate --no-input -v0
	$(LIGHTHOUSE_ENV) $(BIN)/python manage.py load_demo -v0
	$(LIGHTHOUSE_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	$(LIGHTHOUSE_ENV) $(BIN)/python manage.py run_lighthouse

# Re-resolve the lock files after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -o requirements/base.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements/dev.txt

# Screenshots of the real admin for docs/redaktion.md, taken in Debian's Chromium.
docs-screenshots: install-dev
	$(BIN)/python docs/screenshots.py
