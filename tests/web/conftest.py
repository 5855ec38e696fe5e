"""Fixtures for the web app: an app over a temp store (in-process client), and helpers to
check dossiers and to start a real server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx
import jsonschema
import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to act on
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from rassegna.web import Settings, create_app

from ..conftest import ROOT, SCHEMA, SHARED

TOKEN = "test-token-1234"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SAMPLE = ROOT / "src" / "rassegna" / "sample"
OUTPUT = ROOT / "tests" / "output"


def make_client(db: str, **settings) -> TestClient:
    app = create_app(Settings(db=db, token=settings.pop("token", TOKEN), **settings))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def client(tmp_path):
    with make_client(str(tmp_path / "web.db")) as c:
        yield c


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLE.rglob("*") if p.suffix in (".txt", ".html", ".jsonl") and p.name != "README.md")


def post_sample(c: TestClient) -> dict:
    """The built-in sample through the API: each file as one record (the .jsonl's own records as they are)."""
    records = []
    for path in sample_files():
        if path.suffix == ".jsonl":
            records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        else:
            records.append({"html" if path.suffix == ".html" else "text": path.read_text(encoding="utf-8")})
    response = c.post("/api/articles", json=records, headers=AUTH)
    assert response.status_code == 201, response.text
    return response.json()


def check_dossier(dossier: dict, tmp_path: Path) -> None:
    """The contract's schema and the shared checker, when ../shared is there."""
    if SCHEMA.exists():
        jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text())).validate(dossier)
    checker = SHARED / "tools" / "check-dossier"
    if checker.exists():
        path = tmp_path / "dossier.json"
        path.write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([sys.executable, str(checker), str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``rassegna serve`` in a subprocess on 127.0.0.1, stopped by its pid."""

    def __init__(self, db: str, *extra: str, token: str = TOKEN) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        code = "import sys; from rassegna.cli import main; sys.exit(main())"
        self.proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", db, "--port", str(self.port),
                                      "--token", token, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stdout.read().decode()}")
            try:
                httpx.get(self.url + "/stories", timeout=2)
                return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("server did not start in 60 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
