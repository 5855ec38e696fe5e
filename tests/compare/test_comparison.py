"""Outlet comparison on small articles written for these tests (issue #8)."""

from __future__ import annotations

from rassegna.compare.claims import build_claims
from rassegna.compare.disagreements import story_disagreements
from rassegna.compare.framing import doc_framing, framing_table
from rassegna.compare.sentences import split
from rassegna.compare.shared import shared_passages
from rassegna.compare.summary import build_summary
from rassegna.extract.numbers import FigureTagger
from rassegna.model import Corpus, Document, Entity, Mention, Story


def _doc(doc_id: str, text: str, outlet: str, lang: str = "it") -> Document:
    return FigureTagger()(Document(id=doc_id, source=doc_id, text=text, outlet=outlet, language=lang))


def _corpus(*docs: Document) -> Corpus:
    return Corpus(documents=list(docs), stories=[Story("s1", "test", [d.id for d in docs])])


def _kind(found, kind):
    return [d for d in found if d["kind"] == kind]


def test_same_figure_in_other_words_is_rounding_not_contradiction():
    a = _doc("a", "Secondo l'intelligence, la Corea del Nord ha fornito alla Russia 11.000 container di armi.", "Uno")
    b = _doc("b", "La Corea del Nord ha fornito alla Russia oltre 11mila contenitori di munizioni.", "Due")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "number")
    assert len(found) == 1
    assert {v["text"] for v in found[0]["variants"]} == {"11.000 container", "oltre 11mila contenitori"}
    assert found[0]["contradiction"] is False
    assert "rounding/wording" in found[0]["explanation"]


def test_different_counts_of_the_same_thing_are_a_contradiction():
    a = _doc("a", "Dopo l'alluvione di Pieve Ardenga ci sono due dispersi nella valle del torrente.", "Uno")
    b = _doc("b", "Dopo l'alluvione di Pieve Ardenga ci sono tre dispersi nella valle, dice la prefettura.", "Due")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "number")
    assert len(found) == 1
    assert [v["text"] for v in found[0]["variants"]] == ["due dispersi", "tre dispersi"]
    assert found[0]["contradiction"] is True


def test_qualified_english_figure_within_range_is_consistent():
    a = _doc("a", "Floods in the valley forced about 1,200 people from their homes on Monday.", "One", "en")
    b = _doc("b", "Floods in the valley forced 1,250 people from their homes on Monday night.", "Two", "en")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "number")
    assert len(found) == 1 and found[0]["contradiction"] is False


def test_name_spelled_differently_by_two_outlets():
    a = _doc("a", "Il ministro Dmytro Kuleba ha parlato a Kiev.", "Uno")
    b = _doc("b", "Il ministro Dmytro Kouleba ha parlato a Kiev.", "Due")
    ma, mb = a.span(12, 25), b.span(12, 26)
    a.mentions = [Mention(ma, "PER", entity="e1")]
    b.mentions = [Mention(mb, "PER", entity="e1")]
    corpus = _corpus(a, b)
    corpus.entities = [Entity("e1", "Dmytro Kuleba", "PER", mentions=[ma, mb])]
    found = _kind(story_disagreements(corpus, [a, b]), "name")
    assert len(found) == 1
    assert [v["text"] for v in found[0]["variants"]] == ["Dmytro Kuleba", "Dmytro Kouleba"]
    assert found[0]["contradiction"] is False


def test_framing_voice_outlet_quoted_and_scare_quoted():
    text = ("Il dittatore Kim ha accolto Putin nel ‘regno eremita’. "
            "“Il regime di Washington vuole la guerra di aggressione”, ha detto Kim.")
    doc = _doc("a", text, "Uno")
    items = {(i["term"], i["voice"]) for i in doc_framing(doc, {})}
    assert ("dittatore", "outlet") in items
    assert ("regno eremita", "outlet") in items
    assert ("regime", "quoted") in items and ("guerra di aggressione", "quoted") in items
    scare = [i for i in doc_framing(doc, {}) if i["term"] == "regno eremita"][0]
    assert scare["scare_quoted"] is True and text[scare["start"]:scare["end"]] == "regno eremita"
    table = framing_table(doc_framing(doc, {}))
    assert table == {"Uno": {"leader_label": ["dittatore"], "epithet": ["regno eremita"]}}


def test_framing_in_english():
    doc = _doc("a", 'The dictator met the president. "This is a special military operation," he said.', "One", "en")
    items = {(i["term"], i["voice"]) for i in doc_framing(doc, {})}
    assert ("dictator", "outlet") in items and ("special military operation", "quoted") in items


def test_shared_passage_between_two_articles():
    common = "la protezione civile ha chiuso le scuole di tutta la valle fino a lunedì"
    a = _doc("a", f"Alluvione a Pieve. Ieri {common}, dice il sindaco.", "Uno")
    b = _doc("b", f"Secondo l'Ansa {common}. Nessun ferito.", "Due")
    found = shared_passages([a, b])
    assert len(found) == 1 and found[0]["words"] == 14
    assert [s["text"] for s in found[0]["sources"]] == [common, common]


def test_same_fact_in_other_words_is_one_claim():
    a = _doc("a", "Il fiume Arda è esondato nella notte a Pieve Ardenga. Il sindaco ha chiuso le scuole.", "Uno")
    b = _doc("b", "Nella notte l'Arda è esondata a Pieve Ardenga, allagando il centro. Piove ancora.", "Due")
    claims = build_claims([a, b], "s1")
    shared = [c for c in claims if not c["only"]]
    assert len(shared) == 1
    assert sorted(s["article"] for s in shared[0]["sources"]) == ["a", "b"]
    assert shared[0]["text"] in (a.text + b.text)


def test_summary_sentences_are_cited_with_exact_spans():
    a = _doc("a", "Il fiume Arda è esondato nella notte a Pieve Ardenga, allagando il centro storico. "
                  "Il sindaco Paolo Rinaldi ha chiuso tutte le scuole del comune fino a lunedì prossimo.", "Uno")
    b = _doc("b", "Nella notte l'Arda è esondata a Pieve Ardenga, allagando tutto il centro storico. "
                  "Duecento persone sono state evacuate dalle case vicine al fiume durante la notte.", "Due")
    docs = {d.id: d for d in (a, b)}
    summary = build_summary([a, b])
    assert 2 <= len(summary) <= 8
    for item in summary:
        assert item["sources"] and item["sources"][0]["text"] == item["text"]
        for s in item["sources"]:
            assert docs[s["article"]].text[s["start"]:s["end"]] == s["text"]


def test_splitter_keeps_abbreviations_and_thousands():
    doc = Document(id="a", source="a", language="it", text="Il sen. Rossi ha contato 11.000 voti. Poi è partito.")
    assert [doc.text[s:e] for s, e in split(doc)] == ["Il sen. Rossi ha contato 11.000 voti.", "Poi è partito."]


def test_status_of_an_agreement_differs():
    a = _doc("a", "Secondo il Cremlino, la Russia sta valutando la possibilità di firmare un trattato con Pyongyang.", "Uno")
    b = _doc("b", "Russia e Corea del Nord hanno firmato oggi un trattato di partenariato strategico.", "Due")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "status")
    assert len(found) == 1 and found[0]["contradiction"] is True
    assert [v["text"] for v in found[0]["variants"]] == [
        "sta valutando la possibilità di firmare un trattato", "hanno firmato oggi un trattato"]


def test_stage_keeps_the_timeline_date_disagreements():
    from rassegna.compare.disagreements import DisagreementFinder

    a = _doc("a", "La visita è cominciata martedì 18 giugno a Pyongyang.", "Uno")
    b = _doc("b", "La visita è cominciata il 19 giugno a Pyongyang.", "Due")
    corpus = _corpus(a, b)
    date = {"about": "visita", "kind": "date", "variants": [
        dict(a.span(24, 41).to_dict(), value="2024-06-18"), dict(b.span(26, 35).to_dict(), value="2024-06-19")]}
    corpus.stories[0].extra["disagreements"] = [date]
    out = DisagreementFinder()(corpus).stories[0].extra["disagreements"]
    assert out[0]["kind"] == "date" and out[0]["contradiction"] is True
    assert "2024-06-18 vs 2024-06-19" in out[0]["explanation"]


def test_status_of_a_law_and_of_a_meeting():
    a = _doc("a", "Il Parlamento di Vellaria ha approvato ieri la legge sulle cooperative agricole. "
                  "La riunione dei ministri è stata convocata per lunedì.", "Uno")
    b = _doc("b", "La legge sulle cooperative agricole è ancora in discussione in Parlamento, secondo un "
                  "comunicato firmato dai sindacati. I ministri si sono riuniti ieri in una riunione a porte chiuse.", "Due")
    found = {d["about"]: d for d in _kind(story_disagreements(_corpus(a, b), [a, b]), "status")}
    law = found["status of the law"]
    assert {v["status"] for v in law["variants"]} == {"approved", "under discussion"}  # not the signed statement
    assert law["contradiction"] is True
    assert {v["status"] for v in found["status of the meeting"]["variants"]} == {"convened", "held"}


def test_numbers_in_words_and_hedged_counts():
    a = _doc("a", "Il volo del razzo sperimentale è durato ottantasei minuti secondo l'agenzia spaziale.", "Uno")
    b = _doc("b", "Il volo del razzo sperimentale è durato 71 minuti secondo l'agenzia spaziale di Vellaria.", "Due")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "duration")  # minutes are a length of time
    assert len(found) == 1 and found[0]["contradiction"] is True
    assert "ottantasei minuti" in found[0]["explanation"]
    c = _doc("c", "Nell'incidente alla fabbrica di Borgo Tessa ci sono una trentina di feriti.", "Tre")
    d = _doc("d", "Nell'incidente alla fabbrica di Borgo Tessa ci sono 27 feriti, dice la prefettura.", "Quattro")
    found = _kind(story_disagreements(_corpus(c, d), [c, d]), "number")
    assert len(found) == 1 and found[0]["contradiction"] is False  # about 30 and 27 agree


def test_a_surname_spelled_differently_when_one_outlet_gives_it_alone():
    a = _doc("a", "Il presidente Volodymyr Zelensky ha parlato a Kiev.", "Uno")
    b = _doc("b", "Il presidente Zelenskyj ha parlato a Kiev.", "Due")
    ma, mb = a.span(14, 32), b.span(14, 23)
    a.mentions, b.mentions = [Mention(ma, "PER", entity="e1")], [Mention(mb, "PER", entity="e1")]
    corpus = _corpus(a, b)
    corpus.entities = [Entity("e1", "Volodymyr Zelensky", "PER", mentions=[ma, mb])]
    found = _kind(story_disagreements(corpus, [a, b]), "name")
    assert len(found) == 1 and {v["text"] for v in found[0]["variants"]} == {"Volodymyr Zelensky", "Zelenskyj"}


def test_tolls_keep_their_own_word_and_qualifiers_before_numbers_in_words():
    a = _doc("a", "Nell'esplosione al deposito di Borgo Tessa ci sono una trentina di feriti e almeno otto morti.", "Uno")
    b = _doc("b", "Nell'esplosione al deposito di Borgo Tessa ci sono 27 feriti e dodici morti.", "Due")
    found = _kind(story_disagreements(_corpus(a, b), [a, b]), "number")
    texts = [sorted(v["text"] for v in d["variants"]) for d in found]
    assert ["27 feriti", "una trentina di feriti"] in texts and ["almeno otto morti", "dodici morti"] in texts
    assert all(not d["contradiction"] for d in found)  # about 30 vs 27; at least 8 vs 12
