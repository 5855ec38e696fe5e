import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
try:  # installed package (pip install -e .) or src on sys.path
    import rassegna.models  # noqa: F401
except ImportError:  # pragma: no cover - running from a bare checkout
    sys.path.insert(0, str(SRC))


@pytest.fixture(scope="session")
def nlp_it():
    from rassegna.models import load

    return load("it")


@pytest.fixture(scope="session")
def nlp_en():
    from rassegna.models import load

    return load("en")
