"""The store, on SQLite and PostgreSQL: named migrations, raw inputs kept, no duplicates, atomic writes."""

import pytest

from rassegna.errors import BadStoreURL, NotInStore
from rassegna.model import Article, Document, Removal
from rassegna.store import open_store
from rassegna.store.migrations import MIGRATIONS


def make_doc(doc_id="a1", url=None, text="Un testo di prova per il negozio di articoli."):
    return Document(id=doc_id, source="x.txt", url=url, text=text, language="it", removed=[Removal("Menu", "navigation")])


def test_migrations_are_named_and_recorded_once(store_url, store):
    assert store.migrations() == [name for name, _ in MIGRATIONS]
    again = open_store(store_url)
    assert again.migrate() == [] and again.migrations() == store.migrations()
    again.close()


def test_raw_input_is_kept_byte_for_byte(store):
    raw = "Città".encode("latin-1") + b"\x00\xff"
    input_id = store.save_input(Article(source="in.txt", raw=raw))
    assert store.raw_input(input_id) == raw
    assert store.save_input(Article(source="other-name.txt", raw=raw)) == input_id
    assert store.count("inputs") == 1


def test_same_url_or_same_content_is_not_duplicated(store):
    assert store.save_document(make_doc("a1", url="https://x.example/1")) == "a1"
    assert store.save_document(make_doc("a1", url="https://x.example/1", text="Testo aggiornato della pagina.")) == "a1"
    assert store.save_document(make_doc("a2", url="https://y.example/copy", text="Testo  AGGIORNATO della pagina!")) == "a1"
    assert store.count("articles") == 1
    assert store.article("a1").text == "Testo aggiornato della pagina."


def test_document_round_trip(store):
    doc = make_doc()
    store.save_document(doc)
    back = store.article("a1")
    assert (back.text, back.language, back.removed[0].reason) == (doc.text, "it", "navigation")
    with pytest.raises(NotInStore):
        store.article("nope")


def test_a_failed_write_leaves_no_half_article(store, monkeypatch):
    store.save_document(make_doc("keep", text="Il primo articolo resta intatto."))
    original = store._exec

    def failing(sql, params=()):
        if sql.lstrip().startswith("INSERT INTO articles"):
            original(sql, params)
            raise OSError("disk I/O error (simulated after the insert)")
        return original(sql, params)

    monkeypatch.setattr(store, "_exec", failing)
    with pytest.raises(OSError):
        store.save_document(make_doc("broken", text="Un secondo articolo che non deve restare a metà."))
    monkeypatch.undo()
    assert store.count("articles") == 1 and store.article("keep").text == "Il primo articolo resta intatto."


def test_store_urls():
    assert open_store("none") is None
    with pytest.raises(BadStoreURL):
        open_store("mysql://somewhere/db")
    memory = open_store("sqlite:///:memory:")
    assert memory.count("articles") == 0
