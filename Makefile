# The Hub's two commands: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench messages clean cluster-check

# Suites that mostly wait on other processes (gunicorn, a worker, Chromium, PostgreSQL servers
# of their own, migrations from zero): `make test` runs them in a second pytest, beside the rest,
# with test databases of their own (tests/conftest.py), to stay within 15 minutes on two cores.
# Not tests/test_make_run.py: a command started in the background ignores Ctrl-C, which it sends.
SLOW_TESTS := tests/test_api_schema.py tests/test_production.py tests/test_outage.py \
	tests/test_chaos.py tests/test_import_jobs.py tests/test_migrations.py \
	tests/test_check_migrations.py tests/test_embedded_db.py tests/test_index_processes.py \
	tests/browser
# The operations' suites (real nginx, gunicorn, pg_dump and pg_restore): a third pytest, beside
# the two others, for the same reason.
OPS_TESTS := tests/test_metrics_processes.py tests/test_backups.py tests/test_cluster.py

$(BIN)/python:
	@echo "== Creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	@echo "== Installing the Hub's dependencies into $(VENV) with pip (a minute or two the first time)"
	$(BIN)/python -m pip install --quiet --group runtime
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	@echo "== Installing the Hub's dependencies and test tools into $(VENV) with pip (a few minutes the first time)"
	$(BIN)/python -m pip install --quiet --group dev
	touch $@ $(VENV)/.installed-runtime

# Demo content, a development server on http://$(HOST):$(PORT) and the worker that runs the
# background tasks (large imports). Ctrl-C, or a SIGTERM to the process group, stops both,
# and is a normal end: no "Error 130" from make (tests/test_make_run.py).
run: export DEBUG ?= 1
run: $(VENV)/.installed-runtime
	$(MANAGE) migrate --no-input
	HOST=$(HOST) PORT=$(PORT) $(MANAGE) seed_demo
	@$(MANAGE) db_worker --queue-name '*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker; exit 0' INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT); status=$$?; \
	kill $$worker 2>/dev/null; wait $$worker; exit $$status

# Lint (with the complexity cap), the declared layering (.importlinter), the core's types, Django's
# checks (the catalogues' declarations among them), migrations up to date, then the pytest suite.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DEBUG=1 $(BIN)/mypy
	DEBUG=1 $(MANAGE) check --fail-level WARNING
	DEBUG=1 $(MANAGE) makemigrations --check --dry-run
ifeq ($(strip $(PYTEST_ARGS)),)
	@mkdir -p var
	@TEST_DATABASE_SUFFIX=slow $(BIN)/python -m pytest -p no:cacheprovider $(SLOW_TESTS) \
		>var/slow-tests.log 2>&1 & slow=$$!; \
	TEST_DATABASE_SUFFIX=ops $(BIN)/python -m pytest -p no:cacheprovider $(OPS_TESTS) \
		>var/ops-tests.log 2>&1 & ops=$$!; \
	$(BIN)/python -m pytest $(addprefix --ignore=,$(SLOW_TESTS) $(OPS_TESTS)); main=$$?; \
	wait $$slow; slow_status=$$?; wait $$ops; ops_status=$$?; \
	echo "== the slow suites, run beside the others ($(SLOW_TESTS))"; cat var/slow-tests.log; \
	echo "== the operations' suites, run beside them ($(OPS_TESTS))"; cat var/ops-tests.log; \
	test $$main -eq 0 -a $$slow_status -eq 0 -a $$ops_status -eq 0
else
	$(BIN)/python -m pytest $(PYTEST_ARGS)
endif

# The production layout of deploy/ on this machine: Debian's nginx before two gunicorn servers
# and a task worker on one database (DATABASE_URL's server, or the embedded one); an edit through
# one seen on the other, one killed under load. Prints its figures (tests/test_cluster.py).
cluster-check: $(VENV)/.installed-dev
	@mkdir -p var
	@rm -f var/cluster-check.txt
	timeout -k 30 420 $(BIN)/python -m pytest -p no:cacheprovider tests/test_cluster.py
	@cat var/cluster-check.txt

# Speed and query budgets of the three listings at two sizes (up to 100,000 resources) and the
# import's speed (not part of `make test`). Production settings, on DATABASE_URL or else the
# embedded PostgreSQL, which DEBUG off only runs if asked.
bench: $(VENV)/.installed-dev
	DEBUG=0 SECRET_KEY=bench-only SECURE_SSL_REDIRECT=0 EMBEDDED_POSTGRES=1 $(BIN)/python -m bench.run

# Refresh the message catalogues after changing UI strings, then translate them
# (tests/test_catalogues.py fails on an entry left untranslated).
messages: $(VENV)/.installed-dev
	DEBUG=1 $(MANAGE) makemessages -l fr -l es -l pt -l de -l nl --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	DEBUG=1 $(MANAGE) compilemessages --ignore '.venv/*' --ignore 'var/*'
	DEBUG=1 $(MANAGE) compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) var/static
