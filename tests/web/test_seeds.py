"""The five seeds posted through the API come back as one story of five, whose page renders
and whose dossier holds to the contract (issue #9 floors)."""

from ..conftest import seeds_or_skip
from .conftest import AUTH, check_dossier


def test_seeds_one_by_one_become_one_story_of_five(client, tmp_path):
    for path in seeds_or_skip():
        response = client.post("/api/articles", json={"text": path.read_text(encoding="utf-8")}, headers=AUTH)
        assert response.status_code == 201, response.text
    stories = client.get("/api/stories").json()
    assert stories["total"] == 1 and len(stories["items"][0]["articles"]) == 5
    story = stories["items"][0]["id"]
    page = client.get(f"/stories/{story}")
    assert page.status_code == 200 and 'id="timeline"' in page.text and 'id="quotes"' in page.text
    dossier = client.get(f"/api/stories/{story}").json()
    check_dossier(dossier, tmp_path)
    assert len(dossier["articles"]) == 5 and dossier["entities"]
    for article in dossier["articles"]:
        assert client.get(f"/articles/{article['id']}").status_code == 200


def test_seeds_as_one_list(client):
    records = [{"text": p.read_text(encoding="utf-8")} for p in seeds_or_skip()]
    assert client.post("/api/articles", json=records, headers=AUTH).status_code == 201
    items = client.get("/api/stories").json()["items"]
    assert len(items) == 1 and len(items[0]["articles"]) == 5
