#!/usr/bin/env bash
# What the Spark engine (`rassegna batch --engine spark`, tests/batch) needs on this machine:
# Java 17+ (Debian's headless JRE, installed with apt-get only when missing and run as root) and
# the `spark` extra (pyspark, pyarrow) in the project's venv ($PYTHON, default .venv/bin/python)
# when that venv exists and lacks it. Prints JAVA_HOME. Idempotent; never fails the caller:
# without Java the Spark tests skip, saying why.
set -uo pipefail
cd "$(dirname "$0")/.."

java_major() {
    command -v java >/dev/null 2>&1 || { echo 0; return; }
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

if [ "$(java_major)" -lt 17 ] 2>/dev/null || [ -z "$(java_major)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null 2>&1
        pkg=openjdk-17-jre-headless
        apt-cache show "$pkg" >/dev/null 2>&1 || pkg=default-jre-headless
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null 2>&1 \
            || echo "spark.sh: could not install $pkg" >&2
    else
        echo "spark.sh: no Java 17+ and cannot install it (needs root and apt-get)" >&2
    fi
fi

python=${PYTHON:-.venv/bin/python}
if [ -x "$python" ] && ! "$python" -c 'import pyspark, pyarrow' >/dev/null 2>&1; then
    "$python" -m pip install --quiet -e '.[spark]' >/dev/null 2>&1 \
        || echo "spark.sh: could not install the spark extra" >&2
fi

if [ "$(java_major)" -ge 17 ] 2>/dev/null; then
    echo "JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
    echo "spark.sh: no Java 17+ here; the Spark engine and its tests are unavailable" >&2
fi
exit 0
