"""The web app and API on PostgreSQL give what they give on SQLite (issue #9)."""

from ..store.pg import fresh_database
from .conftest import AUTH, check_dossier, make_client, post_sample


def test_api_on_postgresql(tmp_path):
    with make_client(fresh_database()) as c:
        post_sample(c)
        stories = c.get("/api/stories").json()
        assert stories["total"] >= 2
        biggest = max(stories["items"], key=lambda s: len(s["articles"]))
        check_dossier(c.get(f"/api/stories/{biggest['id']}").json(), tmp_path)
        assert c.get(f"/stories/{biggest['id']}").status_code == 200
        assert c.get("/api/entities").json()["total"] > 0
        assert c.get("/api/articles?limit=2").json()["total"] >= 6
        assert c.get("/api/stories?q=traghetti").json()["total"] == 1
        assert c.post("/api/articles", json={"text": "senza token"}).status_code == 401
        assert c.post("/api/articles", json={"title": "no text"}, headers=AUTH).status_code == 422
