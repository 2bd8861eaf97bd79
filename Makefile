# One command to run the service here, one to test it. Both set everything up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run stop test lint unit integration schema clean

$(BIN)/enricher: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/enricher

run: setup  ## broker, worker, seeds in, enriched events out
	scripts/run-local

stop:
	scripts/run-local stop

lint: setup
	$(BIN)/ruff check service tests
	$(BIN)/ruff format --check service tests
	$(BIN)/mypy service tests

test: lint  ## everything CI runs: lint, types, unit and integration tests on a real broker
	$(BIN)/pytest

unit: setup
	$(BIN)/pytest tests/unit

integration: setup
	$(BIN)/pytest tests/integration

schema: setup
	$(BIN)/enricher schema --write service/schemas

clean:
	scripts/kafka-local stop || true
	rm -rf $(VENV) .kafka .cache
