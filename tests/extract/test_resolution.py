"""Entity resolution on mentions given directly (no language pipeline involved)."""

from rassegna.extract.resolution import resolve
from rassegna.model import Document, Mention


def doc_with(doc_id: str, names: list[tuple[str, str]], story: str = "s1", roles: dict | None = None) -> Document:
    text, mentions = "", []
    for surface, label in names:
        start = len(text)
        text += surface + ". "
        mentions.append((start, start + len(surface), label))
    doc = Document(id=doc_id, source=doc_id, text=text, language="it", story=story)
    doc.mentions = [Mention(doc.span(s, e), label, role=(roles or {}).get(text[s:e])) for s, e, label in mentions]
    return doc


def entity_of(docs, surface):
    for doc in docs:
        for m in doc.mentions:
            if m.span.text == surface:
                return m.entity
    raise AssertionError(surface)


def test_spelling_variants_meet_and_the_fullest_name_is_canonical():
    docs = [doc_with("a", [("Kim Jong Un", "PER"), ("Kim", "PER")]),
            doc_with("b", [("Kim Jong-un", "PER"), ("Kim Joung-un", "PER")]),
            doc_with("c", [("Kim Jong-Un", "PER")]),
            doc_with("d", [("Dmytro Kouleba", "PER"), ("Dmytro Kuleba", "PER")]),
            doc_with("e", [("Serghei Lavrov", "PER"), ("Sergei Lavrov", "PER"), ("Sergey Lavrov", "PER")])]
    entities = resolve(docs)
    kim = {entity_of(docs, s) for s in ("Kim Jong Un", "Kim", "Kim Jong-un", "Kim Joung-un", "Kim Jong-Un")}
    assert len(kim) == 1
    assert entity_of(docs, "Dmytro Kouleba") == entity_of(docs, "Dmytro Kuleba")
    assert len({entity_of(docs, s) for s in ("Serghei Lavrov", "Sergei Lavrov", "Sergey Lavrov")}) == 1
    (kim_entity,) = [e for e in entities if e.id in kim]
    assert set(kim_entity.variants) >= {"Kim Jong Un", "Kim Jong-un", "Kim Joung-un", "Kim Jong-Un", "Kim"}


def test_no_false_merges():
    docs = [doc_with("a", [("Corea del Nord", "LOC"), ("Corea del Sud", "LOC"),
                           ("Consiglio di sicurezza nazionale", "ORG"), ("Consiglio di sicurezza", "ORG"),
                           ("Austria", "LOC"), ("Australia", "LOC")])]
    resolve(docs)
    assert entity_of(docs, "Corea del Nord") != entity_of(docs, "Corea del Sud")
    assert entity_of(docs, "Consiglio di sicurezza nazionale") != entity_of(docs, "Consiglio di sicurezza")
    assert entity_of(docs, "Austria") != entity_of(docs, "Australia")


def test_surname_alone_joins_its_full_name_in_the_article_or_story_only():
    docs = [doc_with("a", [("Matthew Miller", "PER"), ("Miller", "PER")], story="s1"),
            doc_with("b", [("Miller", "PER")], story="s1"),
            doc_with("c", [("Miller", "PER")], story="s2"),
            doc_with("d", [("Glenn Miller", "PER")], story="s3")]
    resolve(docs)
    assert entity_of(docs[:1], "Miller") == entity_of(docs, "Matthew Miller")
    assert entity_of(docs[1:2], "Miller") == entity_of(docs, "Matthew Miller")
    assert entity_of(docs[2:3], "Miller") != entity_of(docs, "Matthew Miller")
    assert entity_of(docs, "Glenn Miller") != entity_of(docs, "Matthew Miller")


def test_two_full_names_sharing_a_surname_leave_the_surname_alone():
    docs = [doc_with("a", [("Kim Jong Un", "PER"), ("Kim Yo Jong", "PER"), ("Kim", "PER")])]
    resolve(docs)
    assert entity_of(docs, "Kim") not in (entity_of(docs, "Kim Jong Un"), entity_of(docs, "Kim Yo Jong"))


def test_acronym_meets_its_expansion():
    docs = [doc_with("a", [("Korean Central News Agency", "ORG"), ("Kcna", "ORG"), ("KCNA", "ORG")])]
    resolve(docs)
    assert entity_of(docs, "Kcna") == entity_of(docs, "Korean Central News Agency") == entity_of(docs, "KCNA")


def test_roles_are_normalised_and_deduplicated():
    roles = {"Jens Stoltenberg": "segretario generale della Nato"}
    docs = [doc_with("a", [("Jens Stoltenberg", "PER")], roles=roles),
            doc_with("b", [("Jens Stoltenberg", "PER")], roles={"Jens Stoltenberg": "Segretario generale"}),
            doc_with("c", [("Jens Stoltenberg", "PER")], roles={"Jens Stoltenberg": "segretario  generale della Nato"})]
    (entity,) = resolve(docs)
    assert entity.roles == ["segretario generale della Nato"]


def test_every_mention_gets_an_entity_and_spans_stay_exact():
    docs = [doc_with("a", [("Vladimir Putin", "PER"), ("Putin", "PER"), ("Mosca", "LOC")])]
    entities = resolve(docs)
    assert all(m.entity for m in docs[0].mentions)
    for e in entities:
        for span in e.mentions:
            assert docs[0].text[span.start:span.end] == span.text
