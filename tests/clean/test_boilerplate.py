"""Cleaning rules on pages written for the tests, and the evaluation gate on our dev and
test sets of pages imitating dozens of outlets (tests/data/clean)."""

import importlib.util

import pytest

from rassegna.clean import Cleaner
from rassegna.clean.boilerplate import clean
from rassegna.clean.rules import all_languages, ruleset
from rassegna.model import Document

from ..conftest import DATA, ROOT

RULES = ruleset(all_languages())


def cleaned(text: str, title: str | None = None):
    return clean(text, RULES, title=title)


def test_navigation_newsletter_related_and_continue_reading():
    page = "\n".join([
        "Salta al contenuto principale",
        "Home | Cronaca | Politica | Sport",
        "",
        "Chiude la fabbrica di bottoni di Valdorno, a casa quaranta operai",
        "",
        "Pubblicato il 3 marzo 2025 alle 18:20",
        "",
        "La fabbrica di bottoni di Valdorno chiuderà a fine mese: lo ha comunicato ieri la proprietà ai "
        "sindacati, che hanno proclamato uno sciopero per lunedì prossimo.",
        "Leggi anche: Crisi del tessile, altri due stabilimenti a rischio",
        "Iscriviti alla newsletter",
        "Le notizie della valle ogni mattina.",
        "Iscriviti",
        "",
        "I quaranta dipendenti saranno in cassa integrazione da aprile, ha spiegato il sindaco.",
        "",
        "Continua a leggere su Valdorno24.it",
    ])
    result = cleaned(page)
    reasons = [r.reason for r in result.removed]
    assert result.found == {"title": "Chiude la fabbrica di bottoni di Valdorno, a casa quaranta operai",
                            "published": "2025-03-03T18:20", "outlet": "Valdorno24.it"}
    assert reasons.count("promo") == 3 and "related-link" in reasons and "navigation" in reasons
    assert result.text.startswith("La fabbrica di bottoni") and result.text.endswith("ha spiegato il sindaco.")


def test_agency_prefix_and_dateline_cut_inline():
    result = cleaned("(ANSA) - ROMA, 12 MAR - Il governo ha approvato il decreto sulle bollette, con uno stanziamento.")
    assert result.found["outlet"] == "ANSA"
    assert result.text == "Il governo ha approvato il decreto sulle bollette, con uno stanziamento." or \
        result.text.startswith("ROMA")


def test_caption_with_credit_goes_but_a_sentence_in_parentheses_stays():
    text = ("Il sindaco durante il sopralluogo di ieri sul ponte. (Mario Bianchi, Agenzia Ponte)\n\n"
            "Il ponte resterà chiuso per almeno un mese (così ha deciso la prefettura).")
    result = cleaned(text)
    assert [r.reason for r in result.removed] == ["caption"]
    assert result.text == "Il ponte resterà chiuso per almeno un mese (così ha deciso la prefettura)."


def test_body_lines_that_look_like_debris_are_kept():
    text = ("Leggi e regolamenti cambiano spesso, ha osservato la ministra durante il convegno di ieri a Bari.\n"
            "La newsletter del Comune, ha aggiunto, sarà inviata a tutti i cittadini iscritti all'anagrafe.\n"
            "La pubblicità elettorale resterà vietata negli spazi comunali fino al voto di domenica prossima.")
    assert cleaned(text).text == text


def test_given_title_is_taken_off_the_top():
    text = "Il titolo dato\n\nPrimo paragrafo con abbastanza parole per essere il corpo del testo, come si vede."
    result = cleaned(text, title="Il titolo dato")
    assert result.removed[0].reason == "title" and result.text.startswith("Primo")


def test_english_page():
    page = "\n".join([
        "Skip to main content", "Menu  Search  Sign in", "",
        "Town council approves new cycle lanes after long debate", "",
        "By Jane Hollis", "Published 4 March 2025", "",
        "The council voted nine to four on Tuesday night to build three new cycle lanes through the town centre, "
        "ending a debate that lasted more than a year.", "",
        "Advertisement", "",
        "Work is expected to begin in the summer, the council said.", "",
        "Share this article", "Topics: transport, local politics",
    ])
    result = cleaned(page)
    assert result.found["title"].startswith("Town council") and result.found["author"] == "Jane Hollis"
    assert result.found["published"] == "2025-03-04"
    assert result.text.startswith("The council") and result.text.endswith("the council said.")


def test_repeated_box_lines_all_go():
    text = ("Un paragrafo di corpo abbastanza lungo da essere considerato testo vero dell'articolo, davvero.\n"
            "Offerta speciale per i lettori\nOfferta speciale per i lettori\n"
            "Un secondo paragrafo di corpo, anch'esso lungo a sufficienza per essere il testo dell'articolo.")
    result = cleaned(text)
    assert [r.reason for r in result.removed] == ["repeated", "repeated"]


def test_cleaner_fills_only_missing_fields():
    doc = Document(id="a", source="x", text="Testata Finta\nUn titolo di prova per il test\n\n" + "parola " * 30 + ".",
                   outlet="Data dal record")
    doc.meta["provenance"] = {"outlet": "given"}
    out = Cleaner()(doc)
    assert out.outlet == "Data dal record" and out.meta["provenance"]["title"] == "text"


def _evaluate(folder):
    spec = importlib.util.spec_from_file_location("clean_eval", ROOT / "benchmarks" / "clean_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(folder)


# The gate: scores measured when the rules last changed, less a small margin; a change
# that makes cleaning worse on pages we did not tune on fails here (issue #2).
GATE = {"dev": {"debris_removed": 0.83, "body_kept": 0.98, "title": 0.8},
        "test": {"debris_removed": 0.86, "body_kept": 0.98, "title": 0.65}}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_evaluation_gate(split):
    folder = DATA / "clean" / split
    scores = _evaluate(folder)
    assert scores["pages"] >= 10
    for key, floor in GATE[split].items():
        assert scores[key] >= floor, (key, scores)


def test_a_clause_that_goes_on_and_an_interviewer_label_are_text():
    text = ("Il sindaco ha incontrato i residenti nella sala del consiglio comunale "
            "per discutere il nuovo piano del traffico.\n"
            "Laura Conti:\nAbbiamo ascoltato tutti e cambieremo il progetto entro la fine del mese, come promesso.\n"
            "Laura Conti:\nNessuna decisione è stata presa senza i quartieri, e nessuna lo sarà in futuro.\n"
            "Al termine dell'incontro il sindaco ha dichiarato:\n"
            "Condividi")
    result = cleaned(text)
    assert result.text.count("Laura Conti:") == 2, result.removed
    assert "ha dichiarato:" in result.text
    assert [r.text for r in result.removed] == ["Condividi"]


def test_a_tokenized_corpus_keeps_its_short_and_repeated_sentences():
    text = "\n".join([
        "Alluvione in Liguria",
        "Genova , 4 novembre .",
        "La pioggia caduta nella notte ha allagato i quartieri bassi della città , secondo la Protezione civile .",
        "Alluvione in Liguria",
        "I soccorsi sono proseguiti per tutta la giornata , con decine di volontari arrivati dalle regioni vicine .",
        "Il prefetto ha detto :",
        "Situazione sotto controllo",
    ])
    result = cleaned(text)
    assert result.text == text, result.removed
