"""The REST API (issue #9): records in, stories, dossiers, entities, quotes, articles out,
pages with totals, JSON errors with codes."""

from .conftest import AUTH, check_dossier, post_sample

RECORD = {"text": "Il sindaco di Pieve Ardenga, Marta Ferri, ha detto ieri che l'argine sarà ricostruito "
                  "entro l'estate. «Non lasceremo sola la città», ha dichiarato la sindaca.",
          "title": "L'argine sarà ricostruito", "outlet": "Gazzetta di Prova", "published": "2024-03-14",
          "url": "https://gazzetta.example/argine"}


def test_one_record_is_stored_and_read_back(client):
    response = client.post("/api/articles", json=RECORD, headers=AUTH)
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["status"] == "done" and len(job["articles"]) == 1 and len(job["stories"]) == 1
    article = client.get(f"/api/articles/{job['articles'][0]}").json()
    assert article["title"] == RECORD["title"] and article["outlet"] == "Gazzetta di Prova"
    assert article["url"] == RECORD["url"] and article["text"].startswith("Il sindaco")
    assert client.get(f"/api/jobs/{job['id']}").json()["status"] == "done"


def test_sample_gives_stories_with_valid_dossiers(client, tmp_path):
    post_sample(client)
    stories = client.get("/api/stories").json()
    assert stories["total"] >= 2 and all("counts" in s for s in stories["items"])
    for story in stories["items"]:
        dossier = client.get(f"/api/stories/{story['id']}").json()
        assert dossier["schema"] == "rassegna/dossier@1" and dossier["stories"][0]["id"] == story["id"]
        assert sorted(a["id"] for a in dossier["articles"]) == sorted(story["articles"])
        check_dossier(dossier, tmp_path)


def test_pagination_has_totals(client):
    post_sample(client)
    everything = client.get("/api/articles?limit=200").json()
    first, second = (client.get(f"/api/articles?limit=3&offset={o}").json() for o in (0, 3))
    assert first["total"] == everything["total"] >= 6 and len(first["items"]) == 3
    assert [a["id"] for a in first["items"] + second["items"]] == [a["id"] for a in everything["items"][:6]]
    entities = client.get("/api/entities?limit=2").json()
    assert entities["total"] > 2 and len(entities["items"]) == 2
    assert client.get("/api/stories?limit=1&offset=1").json()["offset"] == 1


def test_filters(client):
    post_sample(client)
    english = client.get("/api/stories?language=en").json()["items"]
    assert english and all("en" in s["languages"] for s in english)
    assert client.get("/api/stories?q=traghetti").json()["total"] == 1
    assert client.get("/api/stories?outlet=No+Such+Outlet").json()["total"] == 0
    assert client.get("/api/stories?since=2100-01-01").json()["total"] == 0
    entity = client.get("/api/entities?type=LOC").json()["items"][0]
    assert entity["type"] == "LOC" and client.get(f"/api/entities/{entity['id']}").json()["name"] == entity["name"]
    having = client.get(f"/api/stories?entity={entity['id']}").json()
    assert having["total"] >= 1 and {s["id"] for s in having["items"]} == set(entity["stories"])
    quotes = client.get("/api/quotes").json()
    assert quotes["total"] == len(quotes["items"]) or quotes["total"] > quotes["limit"]


def test_errors_are_json_with_codes(client):
    for path in ("/api/stories/nope", "/api/articles/nope", "/api/entities/nope", "/api/jobs/nope"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["code"].startswith("E"), path
    bad = [({"title": "no text"}, 422), ([], 422), ({"text": ""}, 422), ("[1, 2]", 422), ("{broken", 422)]
    for body, status in bad:
        kwargs = {"content": body} if isinstance(body, str) else {"json": body}
        response = client.post("/api/articles", headers={**AUTH, "content-type": "application/json"}, **kwargs)
        assert response.status_code == status and response.json()["code"] == "E501", (body, response.text)
    assert client.get("/api/stories?limit=0").status_code == 422
    assert client.get("/api/nothing-here").json()["code"] == "E502"
    assert client.delete("/api/stories").status_code == 405


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/stories", "/api/stories/{story_id}", "/api/entities", "/api/quotes",
                 "/api/articles/{article_id}"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]


def test_unexpected_failures_answer_a_generic_500(client, monkeypatch):
    from rassegna.store.base import Store

    def broken(self):
        raise RuntimeError("secret internal detail at /very/private/path.py line 42")

    monkeypatch.setattr(Store, "stories", broken)
    for path, accept in (("/api/stories", "application/json"), ("/stories", "text/html")):
        response = client.get(path, headers={"accept": accept})
        assert response.status_code == 500
        assert "secret" not in response.text and "Traceback" not in response.text and "E599" in response.text


def test_json_lines_and_plain_text_bodies(client):
    import json

    lines = "\n".join(json.dumps({"text": f"Articolo {i} sul porto di Livorno: arrivano le navi, con dettagli {i}.",
                                  "outlet": f"Testata {i}"}) for i in range(3))
    response = client.post("/api/articles", content=lines, headers={**AUTH, "content-type": "application/x-ndjson"})
    assert response.status_code == 201 and len(response.json()["articles"]) == 3
    plain = "Un articolo in testo semplice sul consiglio comunale di Pieve, riunito ieri sera per il bilancio."
    response = client.post("/api/articles", content=plain, headers={**AUTH, "content-type": "text/plain"})
    assert response.status_code == 201
    assert client.get(f"/api/articles/{response.json()['articles'][0]}").json()["text"] == plain


def test_entity_filter_takes_an_id_or_a_spelling(client):
    post_sample(client)
    entity = client.get("/api/entities?type=PER").json()["items"][0]
    by_id = client.get(f"/api/stories?entity={entity['id']}").json()["total"]
    by_name = client.get("/api/stories", params={"entity": entity["variants"][0].upper()}).json()["total"]
    assert by_id >= 1 and by_name >= by_id
    assert client.get("/api/stories?entity=nobody-at-all").json()["total"] == 0


def test_entity_names_are_the_resolvers_canonical_names(client):
    """A name the knowledge base knows is shown under the knowledge base's name, even when the
    articles only give a surname (the dossier's entity list does the same)."""
    text = ("Il presidente russo ha parlato ieri sera in televisione. Putin ha detto che il "
            "negoziato continuerà nelle prossime settimane, secondo quanto riferito da Mosca.")
    response = client.post("/api/articles", json=[{"text": text, "outlet": "Prova", "title": "Una prova"}],
                           headers=AUTH)
    assert response.status_code == 201, response.text
    names = {e["name"] for e in client.get("/api/entities?type=PER").json()["items"]}
    assert "Vladimir Putin" in names, names
