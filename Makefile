# One command to run the service here, one to test it. Both set everything up themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run stop test lint unit integration schema eval diy clean tools asyncapi deploy-check bench ner

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
	$(BIN)/ruff check service tests eval bench scripts/build_towns.py scripts/build_name_genders.py scripts/train_ner.py
	$(BIN)/ruff format --check service tests eval bench scripts/build_towns.py scripts/build_name_genders.py scripts/train_ner.py
	$(BIN)/mypy service tests eval bench scripts/build_towns.py scripts/build_name_genders.py scripts/train_ner.py

test: tools lint  ## everything CI runs: lint, types, unit and integration tests on a real broker
	$(BIN)/pytest

unit: setup
	$(BIN)/pytest tests/unit

integration: setup
	$(BIN)/pytest tests/integration

schema: setup
	$(BIN)/enricher schema --write service/schemas

tools: setup  ## what the deployment checks run: promtool and prometheus, node validators, linters
	scripts/install-tools

ner: setup  ## retrain the news NER weights (service/models/news_ner) on seeds/ and corpus/dev/, about 10 minutes
	$(BIN)/python scripts/train_ner.py

asyncapi: setup  ## regenerate docs/asyncapi.yaml from the event models
	$(BIN)/python -m service.asyncapi --write docs/asyncapi.yaml

deploy-check: tools  ## the deployment checks only (tests/deploy), on a real broker
	$(BIN)/pytest tests/deploy

eval: setup  ## the service's scores on the dev and test splits
	$(BIN)/enricher evaluate seeds/gold.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-2.jsonl corpus/dev/articles-2.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-3.jsonl corpus/dev/articles-3.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-4.jsonl corpus/dev/articles-4.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-5.jsonl corpus/dev/articles-5.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-6.jsonl corpus/dev/articles-6.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-7.jsonl corpus/dev/articles-7.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-8.jsonl corpus/dev/articles-8.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-9.jsonl corpus/dev/articles-9.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-10.jsonl corpus/dev/articles-10.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-11.jsonl corpus/dev/articles-11.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-12.jsonl corpus/dev/articles-12.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-13.jsonl corpus/dev/articles-13.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-14.jsonl corpus/dev/articles-14.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-15.jsonl corpus/dev/articles-15.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-16.jsonl corpus/dev/articles-16.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-17.jsonl corpus/dev/articles-17.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-18.jsonl corpus/dev/articles-18.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-19.jsonl corpus/dev/articles-19.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-20.jsonl corpus/dev/articles-20.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-21.jsonl corpus/dev/articles-21.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-22.jsonl corpus/dev/articles-22.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-23.jsonl corpus/dev/articles-23.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-24.jsonl corpus/dev/articles-24.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-25.jsonl corpus/dev/articles-25.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-26.jsonl corpus/dev/articles-26.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-27.jsonl corpus/dev/articles-27.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-28.jsonl corpus/dev/articles-28.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-29.jsonl corpus/dev/articles-29.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-30.jsonl corpus/dev/articles-30.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-31.jsonl corpus/dev/articles-31.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-32.jsonl corpus/dev/articles-32.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-33.jsonl corpus/dev/articles-33.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-34.jsonl corpus/dev/articles-34.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-35.jsonl corpus/dev/articles-35.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-36.jsonl corpus/dev/articles-36.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-37.jsonl corpus/dev/articles-37.jsonl
	$(BIN)/enricher evaluate corpus/dev/gold-38.jsonl corpus/dev/articles-38.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-39.jsonl corpus/fresh/articles-39.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-40.jsonl corpus/fresh/articles-40.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-41.jsonl corpus/fresh/articles-41.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-42.jsonl corpus/fresh/articles-42.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-43.jsonl corpus/fresh/articles-43.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-44.jsonl corpus/fresh/articles-44.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-45.jsonl corpus/fresh/articles-45.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-46.jsonl corpus/fresh/articles-46.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-47.jsonl corpus/fresh/articles-47.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-48.jsonl corpus/fresh/articles-48.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-49.jsonl corpus/fresh/articles-49.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-50.jsonl corpus/fresh/articles-50.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-51.jsonl corpus/fresh/articles-51.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-52.jsonl corpus/fresh/articles-52.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-53.jsonl corpus/fresh/articles-53.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-54.jsonl corpus/fresh/articles-54.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-55.jsonl corpus/fresh/articles-55.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-56.jsonl corpus/fresh/articles-56.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-57.jsonl corpus/fresh/articles-57.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-58.jsonl corpus/fresh/articles-58.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-59.jsonl corpus/fresh/articles-59.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-60.jsonl corpus/fresh/articles-60.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-61.jsonl corpus/fresh/articles-61.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-62.jsonl corpus/fresh/articles-62.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-63.jsonl corpus/fresh/articles-63.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-64.jsonl corpus/fresh/articles-64.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-65.jsonl corpus/fresh/articles-65.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-66.jsonl corpus/fresh/articles-66.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-67.jsonl corpus/fresh/articles-67.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-68.jsonl corpus/fresh/articles-68.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-69.jsonl corpus/fresh/articles-69.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-70.jsonl corpus/fresh/articles-70.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-71.jsonl corpus/fresh/articles-71.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-72.jsonl corpus/fresh/articles-72.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-73.jsonl corpus/fresh/articles-73.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-74.jsonl corpus/fresh/articles-74.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-75.jsonl corpus/fresh/articles-75.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-76.jsonl corpus/fresh/articles-76.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-77.jsonl corpus/fresh/articles-77.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-78.jsonl corpus/fresh/articles-78.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-79.jsonl corpus/fresh/articles-79.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-80.jsonl corpus/fresh/articles-80.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-81.jsonl corpus/fresh/articles-81.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-82.jsonl corpus/fresh/articles-82.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-83.jsonl corpus/fresh/articles-83.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-84.jsonl corpus/fresh/articles-84.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-85.jsonl corpus/fresh/articles-85.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-86.jsonl corpus/fresh/articles-86.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-87.jsonl corpus/fresh/articles-87.jsonl
	$(BIN)/enricher evaluate corpus/fresh/gold-88.jsonl corpus/fresh/articles-88.jsonl
	$(BIN)/enricher evaluate corpus/test/gold.jsonl

diy:  ## the do-it-yourself baseline (spaCy + textacy + dateparser), same scorer, same splits
	eval/run-diy seeds/gold.jsonl
	eval/run-diy corpus/dev/gold.jsonl
	eval/run-diy corpus/dev/gold-2.jsonl corpus/dev/articles-2.jsonl
	eval/run-diy corpus/dev/gold-3.jsonl corpus/dev/articles-3.jsonl
	eval/run-diy corpus/dev/gold-4.jsonl corpus/dev/articles-4.jsonl
	eval/run-diy corpus/dev/gold-5.jsonl corpus/dev/articles-5.jsonl
	eval/run-diy corpus/dev/gold-6.jsonl corpus/dev/articles-6.jsonl
	eval/run-diy corpus/dev/gold-7.jsonl corpus/dev/articles-7.jsonl
	eval/run-diy corpus/dev/gold-8.jsonl corpus/dev/articles-8.jsonl
	eval/run-diy corpus/dev/gold-9.jsonl corpus/dev/articles-9.jsonl
	eval/run-diy corpus/dev/gold-10.jsonl corpus/dev/articles-10.jsonl
	eval/run-diy corpus/dev/gold-11.jsonl corpus/dev/articles-11.jsonl
	eval/run-diy corpus/dev/gold-12.jsonl corpus/dev/articles-12.jsonl
	eval/run-diy corpus/dev/gold-13.jsonl corpus/dev/articles-13.jsonl
	eval/run-diy corpus/dev/gold-14.jsonl corpus/dev/articles-14.jsonl
	eval/run-diy corpus/dev/gold-15.jsonl corpus/dev/articles-15.jsonl
	eval/run-diy corpus/dev/gold-16.jsonl corpus/dev/articles-16.jsonl
	eval/run-diy corpus/dev/gold-17.jsonl corpus/dev/articles-17.jsonl
	eval/run-diy corpus/dev/gold-18.jsonl corpus/dev/articles-18.jsonl
	eval/run-diy corpus/dev/gold-19.jsonl corpus/dev/articles-19.jsonl
	eval/run-diy corpus/dev/gold-20.jsonl corpus/dev/articles-20.jsonl
	eval/run-diy corpus/dev/gold-21.jsonl corpus/dev/articles-21.jsonl
	eval/run-diy corpus/dev/gold-22.jsonl corpus/dev/articles-22.jsonl
	eval/run-diy corpus/dev/gold-23.jsonl corpus/dev/articles-23.jsonl
	eval/run-diy corpus/dev/gold-24.jsonl corpus/dev/articles-24.jsonl
	eval/run-diy corpus/dev/gold-25.jsonl corpus/dev/articles-25.jsonl
	eval/run-diy corpus/dev/gold-26.jsonl corpus/dev/articles-26.jsonl
	eval/run-diy corpus/dev/gold-27.jsonl corpus/dev/articles-27.jsonl
	eval/run-diy corpus/dev/gold-28.jsonl corpus/dev/articles-28.jsonl
	eval/run-diy corpus/dev/gold-29.jsonl corpus/dev/articles-29.jsonl
	eval/run-diy corpus/dev/gold-30.jsonl corpus/dev/articles-30.jsonl
	eval/run-diy corpus/dev/gold-31.jsonl corpus/dev/articles-31.jsonl
	eval/run-diy corpus/dev/gold-32.jsonl corpus/dev/articles-32.jsonl
	eval/run-diy corpus/dev/gold-33.jsonl corpus/dev/articles-33.jsonl
	eval/run-diy corpus/dev/gold-34.jsonl corpus/dev/articles-34.jsonl
	eval/run-diy corpus/dev/gold-35.jsonl corpus/dev/articles-35.jsonl
	eval/run-diy corpus/dev/gold-36.jsonl corpus/dev/articles-36.jsonl
	eval/run-diy corpus/dev/gold-37.jsonl corpus/dev/articles-37.jsonl
	eval/run-diy corpus/dev/gold-38.jsonl corpus/dev/articles-38.jsonl
	eval/run-diy corpus/fresh/gold-39.jsonl corpus/fresh/articles-39.jsonl
	eval/run-diy corpus/fresh/gold-40.jsonl corpus/fresh/articles-40.jsonl
	eval/run-diy corpus/fresh/gold-41.jsonl corpus/fresh/articles-41.jsonl
	eval/run-diy corpus/fresh/gold-42.jsonl corpus/fresh/articles-42.jsonl
	eval/run-diy corpus/fresh/gold-43.jsonl corpus/fresh/articles-43.jsonl
	eval/run-diy corpus/fresh/gold-44.jsonl corpus/fresh/articles-44.jsonl
	eval/run-diy corpus/fresh/gold-45.jsonl corpus/fresh/articles-45.jsonl
	eval/run-diy corpus/fresh/gold-46.jsonl corpus/fresh/articles-46.jsonl
	eval/run-diy corpus/fresh/gold-47.jsonl corpus/fresh/articles-47.jsonl
	eval/run-diy corpus/fresh/gold-48.jsonl corpus/fresh/articles-48.jsonl
	eval/run-diy corpus/fresh/gold-49.jsonl corpus/fresh/articles-49.jsonl
	eval/run-diy corpus/fresh/gold-50.jsonl corpus/fresh/articles-50.jsonl
	eval/run-diy corpus/fresh/gold-51.jsonl corpus/fresh/articles-51.jsonl
	eval/run-diy corpus/fresh/gold-52.jsonl corpus/fresh/articles-52.jsonl
	eval/run-diy corpus/fresh/gold-53.jsonl corpus/fresh/articles-53.jsonl
	eval/run-diy corpus/fresh/gold-54.jsonl corpus/fresh/articles-54.jsonl
	eval/run-diy corpus/fresh/gold-55.jsonl corpus/fresh/articles-55.jsonl
	eval/run-diy corpus/fresh/gold-56.jsonl corpus/fresh/articles-56.jsonl
	eval/run-diy corpus/fresh/gold-57.jsonl corpus/fresh/articles-57.jsonl
	eval/run-diy corpus/fresh/gold-58.jsonl corpus/fresh/articles-58.jsonl
	eval/run-diy corpus/fresh/gold-59.jsonl corpus/fresh/articles-59.jsonl
	eval/run-diy corpus/fresh/gold-60.jsonl corpus/fresh/articles-60.jsonl
	eval/run-diy corpus/fresh/gold-61.jsonl corpus/fresh/articles-61.jsonl
	eval/run-diy corpus/fresh/gold-62.jsonl corpus/fresh/articles-62.jsonl
	eval/run-diy corpus/fresh/gold-63.jsonl corpus/fresh/articles-63.jsonl
	eval/run-diy corpus/fresh/gold-64.jsonl corpus/fresh/articles-64.jsonl
	eval/run-diy corpus/fresh/gold-65.jsonl corpus/fresh/articles-65.jsonl
	eval/run-diy corpus/fresh/gold-66.jsonl corpus/fresh/articles-66.jsonl
	eval/run-diy corpus/fresh/gold-67.jsonl corpus/fresh/articles-67.jsonl
	eval/run-diy corpus/fresh/gold-68.jsonl corpus/fresh/articles-68.jsonl
	eval/run-diy corpus/fresh/gold-69.jsonl corpus/fresh/articles-69.jsonl
	eval/run-diy corpus/fresh/gold-70.jsonl corpus/fresh/articles-70.jsonl
	eval/run-diy corpus/fresh/gold-71.jsonl corpus/fresh/articles-71.jsonl
	eval/run-diy corpus/fresh/gold-72.jsonl corpus/fresh/articles-72.jsonl
	eval/run-diy corpus/fresh/gold-73.jsonl corpus/fresh/articles-73.jsonl
	eval/run-diy corpus/fresh/gold-74.jsonl corpus/fresh/articles-74.jsonl
	eval/run-diy corpus/fresh/gold-75.jsonl corpus/fresh/articles-75.jsonl
	eval/run-diy corpus/fresh/gold-76.jsonl corpus/fresh/articles-76.jsonl
	eval/run-diy corpus/fresh/gold-77.jsonl corpus/fresh/articles-77.jsonl
	eval/run-diy corpus/fresh/gold-78.jsonl corpus/fresh/articles-78.jsonl
	eval/run-diy corpus/fresh/gold-79.jsonl corpus/fresh/articles-79.jsonl
	eval/run-diy corpus/fresh/gold-80.jsonl corpus/fresh/articles-80.jsonl
	eval/run-diy corpus/fresh/gold-81.jsonl corpus/fresh/articles-81.jsonl
	eval/run-diy corpus/fresh/gold-82.jsonl corpus/fresh/articles-82.jsonl
	eval/run-diy corpus/fresh/gold-83.jsonl corpus/fresh/articles-83.jsonl
	eval/run-diy corpus/fresh/gold-84.jsonl corpus/fresh/articles-84.jsonl
	eval/run-diy corpus/fresh/gold-85.jsonl corpus/fresh/articles-85.jsonl
	eval/run-diy corpus/fresh/gold-86.jsonl corpus/fresh/articles-86.jsonl
	eval/run-diy corpus/fresh/gold-87.jsonl corpus/fresh/articles-87.jsonl
	eval/run-diy corpus/fresh/gold-88.jsonl corpus/fresh/articles-88.jsonl
	eval/run-diy corpus/test/gold.jsonl

bench: setup  ## the benchmark (bench/README.md); ARGS=--quick for a sanity run of a few minutes
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench.run $(ARGS)

clean:
	scripts/kafka-local stop || true
	rm -rf $(VENV) .venv-diy .kafka .cache
