"""Every input kind, against files written for the tests and a real local HTTP server."""

import io
from pathlib import Path

import pytest

from rassegna.errors import BadFeed, BadRecord, BinaryInput, BlockedURL, EmptyInput, FetchError, InputError, NotFound
from rassegna.ingest import IngestOptions, collect, to_document
from rassegna.ingest.fetch import check_url
from rassegna.model import Article

from ..conftest import DATA

LOCAL = IngestOptions(allow_private=True)


def docs(inputs, options=IngestOptions(), stdin=None):
    found, errors = [], []
    for item in collect(inputs, options=options, stdin=stdin):
        if not isinstance(item, Article):
            errors.append(item)
            continue
        try:
            found.append(to_document(item, max_bytes=options.max_bytes))
        except InputError as exc:
            errors.append(exc)
    return found, errors


def test_text_file_and_folder_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Primo articolo di prova con un testo abbastanza lungo.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Secondo articolo, in una cartella interna.", encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG\r\n")  # not an article suffix: not taken
    found, errors = docs([str(tmp_path)])
    assert [Path(d.source).name for d in found] == ["a.txt", "b.txt"] and errors == []


def test_missing_path_is_named():
    found, errors = docs(["/no/such/file.txt"])
    assert found == [] and isinstance(errors[0], NotFound) and "/no/such/file.txt" in str(errors[0])


def test_html_page_gives_text_and_metadata():
    (doc,), _ = docs([str(DATA / "html" / "it_news_meta_jsonld.html")])
    assert doc.title and doc.outlet and doc.published and doc.published.startswith("20")
    assert doc.author
    assert "<" not in doc.text and len(doc.text) > 200


def test_windows_1252_page_decodes_right():
    (doc,), _ = docs([str(DATA / "html" / "it_windows1252_quotes.html")])
    assert "“" in doc.text and "€" in doc.text and "Ã" not in doc.text


def test_json_lines_records_fields_win_and_bad_lines_are_named():
    found, errors = docs([str(DATA / "records.jsonl")])
    assert len(found) == 3 and len(errors) == 2
    assert all(isinstance(e, BadRecord) for e in errors)
    assert {str(e).split(":")[0].rsplit("#", 1)[1] for e in errors} == {"3", "5"}
    first = found[0]
    assert first.id == "rec-001" and first.outlet == "Valmorena Oggi" and first.source.startswith("https://")
    assert first.meta["provenance"]["outlet"] == "given"


def test_record_without_url_is_sourced_by_file_and_line(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Un testo senza indirizzo, ma con parole."}\n', encoding="utf-8")
    (doc,), _ = docs([str(path)])
    assert doc.source == f"{path}#1"


def test_stdin_text():
    (doc,), _ = docs(["-"], stdin=io.BytesIO("Testo dallo standard input, con accenti: è così.".encode()))
    assert doc.source == "-" and "è così" in doc.text


def test_rss_with_full_text_needs_no_fetching():
    found, errors = docs([str(DATA / "feeds" / "rss_full_text.xml")])
    assert len(found) == 3 and errors == []
    assert all(d.title and d.published and d.url for d in found)


def test_atom_feed_by_url_fetches_each_item_page(http_server):
    feed = (DATA / "feeds" / "atom_summary_links.xml").read_text(encoding="utf-8").replace("{base}", http_server.url)
    for name in ("article1.html", "article2.html"):
        http_server.route(f"/{name}", (DATA / "feeds" / name).read_bytes())
    url = http_server.route("/feed.atom", feed.encode(), "application/atom+xml")
    found, errors = docs([url], options=LOCAL)
    assert errors == [] and len(found) == 2
    assert {d.source for d in found} == {f"{http_server.url}/article1.html", f"{http_server.url}/article2.html"}
    assert all(len(d.text) > 100 for d in found)


def test_url_page(http_server):
    url = http_server.route("/news.html", (DATA / "html" / "en_title_only_byline.html").read_bytes())
    (doc,), errors = docs([url], options=LOCAL)
    assert errors == [] and doc.source == url and doc.url == url and doc.title


def test_redirects_are_followed_and_bounded(http_server):
    page = http_server.route("/final.html", (DATA / "html" / "en_title_only_byline.html").read_bytes())
    http_server.route("/r1", b"", status=302, headers={"Location": "/final.html"})
    (doc,), _ = docs([http_server.url + "/r1"], options=LOCAL)
    assert doc.url == http_server.url + "/r1" and page.endswith("/final.html")
    for i in range(8):
        http_server.route(f"/loop{i}", b"", status=302, headers={"Location": f"/loop{i + 1}"})
    _, errors = docs([http_server.url + "/loop0"], options=LOCAL)
    assert isinstance(errors[0], FetchError) and "redirects" in str(errors[0])


def test_wrong_content_type_and_http_errors_are_named(http_server):
    image = http_server.route("/x.png", b"\x89PNG....", "image/png")
    _, errors = docs([image, http_server.url + "/missing"], options=LOCAL)
    assert "content type image/png" in str(errors[0]) and "HTTP 404" in str(errors[1])


def test_size_cap_applies_to_urls(http_server):
    url = http_server.route("/big.txt", b"parola " * 1000, "text/plain")
    _, errors = docs([url], options=IngestOptions(allow_private=True, max_bytes=500))
    assert "over the 500-byte limit" in str(errors[0])


def test_private_addresses_are_refused_by_default(http_server):
    url = http_server.route("/p.html", b"<html><body><p>x</p></body></html>")
    _, errors = docs([url])
    assert isinstance(errors[0], BlockedURL) and "non-public address 127.0.0.1" in str(errors[0])


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "http://169.254.169.254/latest",
                                 "http://10.0.0.1/", "http://[::1]/", "http://0.0.0.0/"])
def test_guard_refuses_other_schemes_and_private_ranges(url):
    with pytest.raises(BlockedURL):
        check_url(url)


def test_bad_inputs_do_not_stop_the_others(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_bytes("Città di Pisa: è tornato il sole, dicono più fonti.".encode("latin-1"))
    (tmp_path / "bad.xml").write_bytes(b"<rss><channel><title>x</title>")
    found, errors = docs([str(tmp_path / n) for n in ("empty.txt", "blob.txt", "good.txt")])
    assert [d.text for d in found] == ["Città di Pisa: è tornato il sole, dicono più fonti."]
    kinds = [type(e) for e in errors]
    assert EmptyInput in kinds and BinaryInput in kinds
    _, feed_errors = docs([str(tmp_path / "bad.xml")])
    assert isinstance(feed_errors[0], BadFeed)
