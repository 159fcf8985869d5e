# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make run    install, migrate, load the demo, serve at http://127.0.0.1:8000
#   make test   install test dependencies, lint, run the whole suite
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-fast lint format messages install install-dev fault-test bench api-conformance

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
	$(MANAGE) compile_translations

# The Nu HTML checker for the test suite; without npm its test is skipped with a message.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund && touch $@; \
	else echo "npm not found: the HTML checker test will be skipped (install Node.js and npm to run it)"; fi

install-dev: $(VENV)/.installed-dev node_modules/.installed
	$(MANAGE) compile_translations

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --office karawang
	$(MANAGE) load_demo --office tangerang
	$(MANAGE) load_demo --office samarinda
	$(MANAGE) create_demo_admin
	@# The background worker (outreach delivery, scheduled publishing) runs beside the web server.
	$(MANAGE) run_worker --interval 2 & trap 'kill $$!' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:8000

# On both cores (pytest-xdist) by default; .ci/run runs SQLite and PostgreSQL side by side,
# one process each (TEST_WORKERS=0).
TEST_WORKERS ?= 2
test: install-dev
	$(BIN)/ruff check --no-cache .
	$(BIN)/lint-imports --no-cache
	@# Needs no database; the warning that CI's database does not exist yet (pytest makes its own) is noise.
	$(BIN)/python -W ignore::RuntimeWarning manage.py makemigrations --check --dry-run
	@# The slowest tests and set-ups are printed, so CI's log says where its time went.
	$(BIN)/pytest -n $(TEST_WORKERS) --durations=25

# Both APIs against their OpenAPI files with Schemathesis (its own virtualenv); part of CI.
api-conformance: install-dev
	.ci/api-conformance

# While working: everything but the tests that start a browser, a server or a process.
test-fast: install-dev
	$(BIN)/pytest -m "not slow"

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the catalogues after changing UI strings (needs gettext, for developers only).
messages: install-dev
	$(MANAGE) makemessages -l id -l en --ignore=.venv --ignore=tests --ignore=staticfiles --no-obsolete
	$(MANAGE) compile_translations

# Outreach delivery under fire: 1,000 requests, a flaky booking system, workers killed
# and restarted. Not part of `make test`; use PostgreSQL (DATABASE_URL=postgres://...).
fault-test: install-dev
	$(MANAGE) migrate --noinput
	$(MANAGE) outreach_fault_test --count 1000

# Throughput, latency, page weight, worker memory and the nginx edge under gunicorn, on
# SQLite and then on PostgreSQL; then search at
# 5,000 and 50,000 pages on SQLite and on PostgreSQL (docs/benchmarks.md). Takes an hour.
BENCH_PG ?= postgres://postgres@127.0.0.1:5432
# A new, empty PostgreSQL database for one benchmark: $(call fresh_pg,name)
fresh_pg = $(BIN)/python -c "import psycopg; c = psycopg.connect('$(BENCH_PG)/postgres', autocommit=True); \
	  c.execute('DROP DATABASE IF EXISTS $(1) WITH (FORCE)'); c.execute('CREATE DATABASE $(1)')"
bench: install-dev
	env -u DATABASE_URL $(MANAGE) bench
	$(call fresh_pg,kanim_bench)
	DATABASE_URL=$(BENCH_PG)/kanim_bench $(MANAGE) bench
	env -u DATABASE_URL $(MANAGE) bench_search --sizes 5000 50000
	$(MANAGE) bench_images
	$(call fresh_pg,kanim_bench_search)
	DATABASE_URL=$(BENCH_PG)/kanim_bench_search $(MANAGE) bench_search --sizes 5000 50000
