"""Issue #5: the same statement reported by different articles shares one quote group."""

from __future__ import annotations

import random
import time

import pytest

from rassegna.compare.quote_groups import QuoteGrouper
from rassegna.model import Corpus, Document, Quote
from rassegna.pipeline import Pipeline, registered


def make_doc(doc_id: str, *quotes: tuple[str, str | None], story: str | None = None) -> Document:
    """A document whose text is its quotes, one per line, each with its speaker text."""
    text = "\n".join(q for q, _ in quotes)
    doc = Document(id=doc_id, source="test", text=text, language="it", story=story)
    start = 0
    for quote, speaker in quotes:
        doc.quotes.append(Quote(span=doc.span(start, start + len(quote)), direct=True, speaker_text=speaker))
        start += len(quote) + 1
    return doc


def group(*docs: Document) -> list[Document]:
    QuoteGrouper()(Corpus(documents=list(docs)))
    return list(docs)


def test_ids_follow_the_article_and_every_quote_gets_a_group():
    a, b = group(make_doc("a1", ("Prima frase di prova", None), ("Seconda frase diversa", None)),
                 make_doc("b2", ("Altro", None)))
    assert [q.id for q in a.quotes] == ["a1-q1", "a1-q2"]
    assert b.quotes[0].id == "b2-q1"
    assert all(q.group for q in a.quotes + b.quotes)


def test_a_truncated_quote_joins_its_full_version():
    full = "Le relazioni tra i nostri paesi stanno entrando in un periodo di grande prosperità e di cooperazione strategica"
    cut = "stanno entrando in un periodo di grande prosperità"
    a, b = group(make_doc("a", (full, "Kim Jong-un")), make_doc("b", (cut, "Kim")))
    assert a.quotes[0].group == b.quotes[0].group


def test_a_reworded_quote_sharing_most_content_words_joins():
    first = "Sappiamo che i missili balistici nordcoreani vengono ancora utilizzati per colpire obiettivi ucraini"
    second = "Sappiamo che i missili nordcoreani sono utilizzati ancora per colpire gli obiettivi in Ucraina"
    a, b = group(make_doc("a", (first, "John Kirby")), make_doc("b", (second, "Kirby")))
    assert a.quotes[0].group == b.quotes[0].group


def test_the_same_short_phrase_joins_but_a_short_phrase_inside_another_statement_does_not():
    a, b, c = group(
        make_doc("a", ("il fermo sostegno", "leader russo")),
        make_doc("b", ("fermo sostegno", "Putin")),
        make_doc("c", ("un documento di fermo sostegno alla cooperazione economica tra i due governi", "Ministero")),
    )
    assert a.quotes[0].group == b.quotes[0].group
    assert c.quotes[0].group != a.quotes[0].group


def test_the_same_statement_in_another_language_joins_through_cognates_and_the_speaker():
    from rassegna.models import load

    italian = make_doc("it", ("Ci opporremo congiuntamente alle restrizioni unilaterali illegittime", "Vladimir Putin"))
    italian.nlp = load("it")(italian.text)  # its stop words ("alle") are left out
    english = make_doc("en", ("We will jointly oppose illegitimate unilateral restrictions", "Putin"))
    english.language = "en"
    a, b = group(italian, english)
    assert a.quotes[0].group == b.quotes[0].group


def test_different_statements_stay_apart():
    a, b = group(
        make_doc("a", ("Il ponte sarà pronto entro la fine dell'estate prossima", "Marco Ferri")),
        make_doc("b", ("La scuola riaprirà a settembre con nuovi laboratori", "Anna Riva")),
    )
    assert a.quotes[0].group != b.quotes[0].group


def test_different_speakers_need_near_identical_words():
    a, b = group(
        make_doc("a", ("La crisi energetica richiede investimenti rapidi nelle reti elettriche nazionali", "Mario Rossi")),
        make_doc("b", ("La crisi energetica richiede scelte coraggiose sul nucleare e sulle rinnovabili", "Luca Bianchi")),
    )
    assert a.quotes[0].group != b.quotes[0].group


def test_quotes_of_the_same_article_are_not_grouped_with_each_other():
    (a,) = group(make_doc("a", ("Nessun passo indietro sulla riforma delle pensioni", "Rossi"),
                          ("Nessun passo indietro sulla riforma delle pensioni adesso", "Rossi")))
    assert a.quotes[0].group != a.quotes[1].group


def test_only_articles_of_the_same_story_are_compared():
    words = "Il governo approverà la manovra entro la fine di ottobre senza nuove tasse"
    a, b, c = group(make_doc("a", (words, "Giorgetti"), story="s1"),
                    make_doc("b", (words, "Giorgetti"), story="s2"),
                    make_doc("c", (words, "Giorgetti"), story="s1"))
    assert a.quotes[0].group == c.quotes[0].group != b.quotes[0].group


def test_scales_by_index_not_by_pairs():
    rng = random.Random(5)
    vocab = [f"parola{n}" for n in range(5000)]
    docs = [make_doc(f"d{n}", *((" ".join(rng.sample(vocab, 12)), None) for _ in range(5))) for n in range(600)]
    start = time.perf_counter()
    group(*docs)
    assert time.perf_counter() - start < 5.0
    assert len({q.group for d in docs for q in d.quotes}) > 2900


def test_registered_as_a_corpus_stage_after_quotes():
    info = registered()["rassegna.quote_groups.v1"]
    assert info.scope == "corpus" and info.needs == ("quotes",)
    pipe = Pipeline.from_names(["rassegna.clean.v1", "rassegna.language.v1", "rassegna.nlp.v1",
                                "rassegna.quotes.v1", "rassegna.quote_groups.v1"])
    assert pipe.names[-1] == "rassegna.quote_groups.v1"


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single_corpora(n):
    docs = group(*[make_doc(f"d{i}", ("Una frase qualunque detta da qualcuno", None)) for i in range(n)])
    assert len(docs) == n
