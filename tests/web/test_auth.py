"""Writes need the token; --no-auth only on loopback (issue #9)."""

import pytest
from click.testing import CliRunner

from rassegna.cli import main
from rassegna.web import is_loopback

from .conftest import AUTH, TOKEN, make_client

RECORD = {"text": "Un breve articolo di prova sul consiglio comunale di Pieve Ardenga, riunito ieri sera."}


def test_writes_without_the_token_are_refused(client):
    assert client.post("/api/articles", json=RECORD).status_code == 401
    assert client.post("/api/articles", json=RECORD, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/articles", json=RECORD, headers={"Authorization": "Basic " + TOKEN}).status_code == 401
    assert client.post("/api/urls", json={"url": "https://example.org/"}).status_code == 401
    assert client.post("/ingest/text", data={"text": "x"}, follow_redirects=False).status_code == 401
    assert client.post("/ingest/text", data={"text": "x", "token": "wrong"}, follow_redirects=False).status_code == 403
    assert client.get("/api/articles").json()["total"] == 0


def test_writes_with_the_token_are_accepted(client):
    assert client.post("/api/articles", json=RECORD, headers=AUTH).status_code == 201
    done = client.post("/ingest/text", data={"text": RECORD["text"] + " Seconda copia, altro testo.", "token": TOKEN},
                       follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/jobs/")


def test_no_auth_server_accepts_writes(tmp_path):
    with make_client(str(tmp_path / "open.db"), token=None, auth=False) as c:
        assert c.post("/api/articles", json=RECORD).status_code == 201


@pytest.mark.parametrize("host, ok", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                      ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)])
def test_loopback(host, ok):
    assert is_loopback(host) is ok


def test_serve_refuses_no_auth_off_loopback(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0", "--no-auth"])
    assert result.exit_code == 2 and "loopback" in result.output
    result = CliRunner().invoke(main, ["serve", "--db", "none"])
    assert result.exit_code == 2


def test_serve_has_help():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0 and "--no-auth" in result.output and "Examples" in result.output
