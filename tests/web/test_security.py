"""Hostile article text never runs: every page and the API escape it; CSP forbids inline
script; bodies are capped; URL ingestion keeps the private-address guard (issue #9)."""

import re
from html.parser import HTMLParser

from .conftest import AUTH, make_client

PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(2)">clic</a>',
            '"><svg onload=alert(3)>', "<iframe src=javascript:alert(4)>"]
HOSTILE = {
    "text": "Roma, il ministro Mario Rossi ha detto: «Attenzione» " + " ".join(PAYLOADS) +
            " Il consiglio comunale di Roma si riunisce domani per discutere il bilancio della città.",
    "title": 'Titolo <script>alert("t")</script> <img src=x onerror=alert(5)>',
    "outlet": '<b onmouseover=alert(6)>Outlet</b>',
    "url": "javascript:alert(7)",
}
UNESCAPED = re.compile(r"<script>alert|<img src=x|<svg onload|<iframe|<b onmouseover|href=\"javascript:", re.IGNORECASE)


class Tags(HTMLParser):
    """Every tag a browser would build from the page, to look for what could run."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value}>")
        if tag == "script" and dict(attrs).get("src") != "/static/app.js":
            self.problems.append("inline or foreign <script>")
        if tag in ("iframe", "object", "embed", "img"):
            self.problems.append(f"<{tag}>")


def executable(html: str) -> list[str]:
    parser = Tags()
    parser.feed(html)
    return parser.problems


def _pages(c, job):
    story, article = job["stories"][0], job["articles"][0]
    entities = c.get("/api/entities").json()["items"]
    paths = ["/stories", f"/stories/{story}", f"/articles/{article}", "/entities", f"/jobs/{job['id']}", "/ingest",
             "/stories?q=" + "%3Cscript%3E", "/nope<script>alert(1)</script>"]
    return paths + [f"/entities/{e['id']}" for e in entities]


def test_hostile_markup_is_escaped_on_every_page(client):
    response = client.post("/api/articles", json=HOSTILE, headers=AUTH)
    assert response.status_code == 201, response.text
    job = response.json()
    for path in _pages(client, job):
        page = client.get(path, headers={"accept": "text/html"})
        assert page.status_code in (200, 404), path
        assert not UNESCAPED.search(page.text), f"unescaped markup on {path}"
        assert "&lt;script&gt;" in page.text or path in ("/ingest", "/entities") or page.status_code == 404 \
            or "/entities/" in path, path
        assert "script-src 'self'" in page.headers["content-security-policy"], path
        assert executable(page.text) == [], path


def test_the_api_serves_text_as_json_never_html(client):
    job = client.post("/api/articles", json=HOSTILE, headers=AUTH).json()
    for path in (f"/api/articles/{job['articles'][0]}", f"/api/stories/{job['stories'][0]}", "/api/stories"):
        response = client.get(path)
        assert response.headers["content-type"].startswith("application/json")
        assert response.headers["x-content-type-options"] == "nosniff"
    article = client.get(f"/api/articles/{job['articles'][0]}").json()
    assert '<script>alert("x")</script>' in article["text"]  # kept verbatim as data, escaped only when shown


def test_strict_headers_everywhere(client):
    for path in ("/stories", "/api/stories", "/static/style.css", "/openapi.json", "/missing"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
        assert headers["x-frame-options"] == "DENY"


def test_bodies_over_the_limit_get_413(tmp_path):
    with make_client(str(tmp_path / "small.db"), max_body=2048) as c:
        big = {"text": "parola " * 1000}
        response = c.post("/api/articles", json=big, headers=AUTH)
        assert response.status_code == 413 and response.json()["code"] == "E504"

        def chunks():  # no Content-Length: counted while read
            yield b'{"text": "'
            for _ in range(10):
                yield b"x" * 1000
            yield b'"}'

        streamed = c.post("/api/articles", content=chunks(), headers={**AUTH, "content-type": "application/json"})
        assert streamed.status_code == 413


def test_url_ingestion_keeps_the_private_address_guard(client, http_server):
    url = http_server.route("/a.txt", ("Un articolo servito da un indirizzo privato. " * 5).encode(), "text/plain")
    job = client.post("/api/urls", json={"url": url}, headers=AUTH).json()
    done = _wait(client, job["id"])
    assert done["articles"] == [] and done["errors"][0]["code"] == "E111"
    for bad in ("file:///etc/passwd", "javascript:alert(1)"):
        done = _wait(client, client.post("/api/urls", json={"url": bad}, headers=AUTH).json()["id"])
        assert done["articles"] == [] and done["errors"], bad


def test_allow_private_lets_tests_fetch_local_urls(tmp_path, http_server):
    url = http_server.route("/b.txt", ("Un articolo servito da un indirizzo privato, per i test. " * 5).encode(),
                            "text/plain")
    with make_client(str(tmp_path / "p.db"), allow_private=True) as c:
        done = _wait(c, c.post("/api/urls", json={"url": url}, headers=AUTH).json()["id"])
        assert len(done["articles"]) == 1 and c.get(f"/api/articles/{done['articles'][0]}").json()["url"] == url


def _wait(c, job_id, seconds=120):
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = c.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")
