#!/usr/bin/env bash
# Every check in one command: install into .venv (fresh machine friendly), lint, test.
# CI runs exactly this (.ci/run). Tests read ../shared (seeds, contract) when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
.venv/bin/ruff check src tests benchmarks training
.venv/bin/python -m pytest -p no:cacheprovider "$@"
