# Academy CMS: `make run` serves the demo academy, `make test` runs the whole suite.
# `make help` lists every target.

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
# The test suite runs against PostgreSQL; pytest-django creates test_<name>.
TEST_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/academy)

BIN := $(VENV)/bin
DEV := DJANGO_SETTINGS_MODULE=cms.settings.dev
MANAGE := $(DEV) $(BIN)/python manage.py
# compilemessages walks every folder named "locale"; these hold none of ours.
MESSAGE_IGNORES := --ignore=$(VENV) --ignore=var --ignore=media --ignore=static --ignore=node_modules

.PHONY: help run test venv venv-dev migrate demo accounts messages schema schema-check system-packages clean

help:
	@echo "make run           create .venv, migrate SQLite, load the demo, serve on 127.0.0.1:$(PORT)"
	@echo "make test          run the whole suite against PostgreSQL ($(TEST_DATABASE_URL))"
	@echo "make venv          create .venv and install requirements.txt"
	@echo "make venv-dev      also install requirements-dev.txt"
	@echo "make migrate       apply migrations to the development database"
	@echo "make demo          load the demo content (safe to repeat)"
	@echo "make accounts      create the development accounts (see README)"
	@echo "make messages      compile the translation catalogues (.po to .mo)"
	@echo "make schema        write frontend_schema/schema.graphql from the code"
	@echo "make schema-check  fail when frontend_schema/schema.graphql differs from the code"
	@echo "make clean         remove the development database, media and the virtualenv stamps"

# The virtualenv: reinstall only when a requirements file changes (stamp files).
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed-runtime

venv: $(VENV)/.installed-runtime

venv-dev: $(VENV)/.installed-dev

system-packages:
	scripts/ensure_system_packages.sh

migrate: venv
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

accounts: demo
	$(MANAGE) create_dev_accounts

# The compiled .mo files are committed, so run and test need no gettext. Run
# this after editing a .po file, and commit the .mo with it (CI compares them).
messages: venv
	@if find locale -name '*.po' 2>/dev/null | grep -q .; then \
		scripts/ensure_system_packages.sh gettext && \
		$(MANAGE) compilemessages $(MESSAGE_IGNORES) --verbosity 0; \
	fi

schema: venv
	$(MANAGE) export_graphql_schema

schema-check: venv
	$(MANAGE) export_graphql_schema --check

run: venv migrate demo accounts
	PORT=$(PORT) $(DEV) $(BIN)/python scripts/run_dev.py

# pytest exits 5 when it collected no tests; that counts as a failure here.
test: venv-dev
	scripts/ensure_system_packages.sh
	$(BIN)/python scripts/check_services.py "$(TEST_DATABASE_URL)"
	DATABASE_URL="$(TEST_DATABASE_URL)" $(BIN)/python -m pytest $(PYTEST_ARGS); \
	status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests; failing the run." >&2; exit 1; fi; \
	exit $$status

clean:
	rm -f db.sqlite3 $(VENV)/.installed-runtime $(VENV)/.installed-dev
	rm -rf media var static artifacts
