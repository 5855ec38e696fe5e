"""The HTML report: every citation link lands on an anchor, and article text survives whole."""

import html
import re

from rassegna.report.render import segments


def test_segments_keep_the_text_and_anchor_every_span():
    text = "Il ministro ha detto: «Domani si vota». Poi è partito per Roma."
    quote = {"article": "a", "start": 23, "end": 37, "text": text[23:37]}
    time = {"article": "a", "start": 23, "end": 29, "text": text[23:29]}  # inside the quote: not marked
    cited = {"article": "a", "start": 0, "end": 40, "text": text[:40]}
    pieces = segments(text, [(quote, "quote"), (time, "time")], [cited, time])
    assert "".join(p for p, _, _ in pieces) == text
    anchors = {a for _, cls, a in pieces if a}
    assert {"a-23-37", "a-23-29", "a-0-40"} <= anchors


def test_every_link_in_the_seed_report_has_a_target(tmp_path):
    from ..conftest import seeds_or_skip
    from ..test_cli import run

    files = seeds_or_skip()
    run("analyze", *map(str, files), "--out", str(tmp_path), "--db", "none", "-q")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([^"]+)"', page))
    links = re.findall(r'href="#([^"]+)"', page)
    assert links and all(html.unescape(link) in ids for link in links)
