"""The store's read methods for the web app and API (issue #9), on SQLite and PostgreSQL."""

from rassegna.model import Document, Mention, Span, Story


def _doc(doc_id, text, *, story="s1", outlet="Uno", published="2024-03-12"):
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, language="it", story=story, outlet=outlet,
                   published=published, title=f"Titolo {doc_id}")
    doc.mentions = [Mention(Span(doc_id, 0, 5, text[:5]), "LOC", entity="e1")]
    return doc


def _fill(store):
    store.save_document(_doc("a1", "Pieve in piena, cede l'argine."))
    store.save_document(_doc("a2", "Pieve ancora sott'acqua oggi.", outlet="Due", published="2024-03-13"))
    store.save_document(_doc("a3", "Sciopero dei traghetti venerdì.", story="s2", published=None))
    store.replace_stories([(Story("s1", "Alluvione", ["a1", "a2"]), {"articles": ["a1", "a2"]}),
                           (Story("s2", "Sciopero", ["a3"]), {"articles": ["a3"]})])


def test_article_pages_filter_and_count(store):
    _fill(store)
    total, page = store.article_page(limit=2)
    assert total == 3 and [a["id"] for a in page] == ["a2", "a1"] and "text" not in page[0]
    assert store.article_page(limit=2, offset=2)[1][0]["id"] == "a3"
    assert store.article_page(story="s1", outlet="Due")[0] == 1
    assert store.article_page(words="TRAGHETTI")[1][0]["id"] == "a3"


def test_search_versions_and_annotations(store):
    _fill(store)
    assert store.stories_matching("argine") == {"s1"} and store.stories_matching("sciopero") == {"s2"}
    before = store.version()
    store.save_document(_doc("a4", "Un altro articolo, diverso.", story="s3"))
    assert store.version() != before
    assert store.story_version("s1")
    rows = store.annotated(story="s1")
    assert [r["id"] for r in rows] == ["a1", "a2"] and rows[0]["annotations"]["mentions"][0]["entity"] == "e1"
    assert store.outlets() == ["Due", "Uno"]
