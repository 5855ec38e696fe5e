#!/usr/bin/env bash
# Every check in one command: install into .venv (fresh machine friendly), lint, test.
# CI runs exactly this (.ci/run). Tests read ../shared (seeds, contract) when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
.venv/bin/ruff check src tests benchmarks training
# System packages for the tests, installed only when missing (one apt-get update, quiet): PostgreSQL (the store
# and web suites run on it too) and Chromium (browser tests via Playwright; never `playwright install`).
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >/dev/null 2>&1 \
        || echo "check: could not install ${missing[*]}; the tests that need them skip" >&2
fi
bash scripts/spark.sh >/dev/null
.venv/bin/python -m pytest -p no:cacheprovider "$@"
