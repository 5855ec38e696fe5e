def sents(doc):
    return [s.text for s in doc.sents]


def test_sentences_split_at_periods(nlp_it):
    doc = nlp_it("Il governo ha approvato la manovra. L'opposizione ha votato contro.")
    assert sents(doc) == ["Il governo ha approvato la manovra.", "L'opposizione ha votato contro."]


def test_abbreviations_do_not_end_sentences(nlp_it):
    doc = nlp_it(
        "Ne ha parlato il sen. Rossi con il dott. Bianchi della Fiat S.p.A. ieri a Torino. La riunione è durata due ore."
    )
    assert len(list(doc.sents)) == 2
    assert sents(doc)[1] == "La riunione è durata due ore."


def test_quotes_keep_sentences_together(nlp_it):
    doc = nlp_it("«Non ci sono alternative», ha detto il ministro. La seduta è stata sospesa.")
    assert sents(doc) == ["«Non ci sono alternative», ha detto il ministro.", "La seduta è stata sospesa."]


def test_misused_closing_quote_starts_a_sentence(nlp_it):
    doc = nlp_it("Il vertice si è chiuso senza un accordo sull’Ucraina.”La Russia non si ritirerà”, ha detto il portavoce.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[0] == "Il"
    assert len(starts) == 2 and starts[1] in ("”", "La")


def test_ner_finds_per_loc_org(nlp_it):
    doc = nlp_it(
        "Il presidente Sergio Mattarella ha incontrato a Milano i dirigenti della Banca d'Italia "
        "e del Comune di Napoli."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Sergio Mattarella", "PER") in ents
    assert ("Milano", "LOC") in ents
    assert any(label == "ORG" and "Banca d'Italia" in text for text, label in ents)


def test_ner_in_news_text(nlp_it):
    doc = nlp_it("Giorgia Meloni è volata a Washington per incontrare i vertici della NATO.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Giorgia Meloni") == "PER"
    assert labels.get("Washington") == "LOC"
    assert labels.get("NATO") == "ORG"


def test_pos_and_lemmas(nlp_it):
    doc = nlp_it("I bambini sono andati a scuola e hanno mangiato le mele.")
    by = {t.text: t for t in doc}
    assert by["bambini"].pos_ == "NOUN" and by["bambini"].lemma_ == "bambino"
    assert by["sono"].pos_ == "AUX" and by["sono"].lemma_ == "essere"
    assert by["andati"].pos_ == "VERB" and by["andati"].lemma_ == "andare"
    assert by["hanno"].lemma_ == "avere"
    assert by["mangiato"].lemma_ == "mangiare"
    assert by["le"].pos_ == "DET" and by["le"].lemma_ == "il"
    assert by["andati"].morph.get("Number") == ["Plur"]
    doc = nlp_it("I ministri hanno discusso delle elezioni e delle nuove case nelle città.")
    by = {t.text: t for t in doc}
    assert by["ministri"].lemma_ == "ministro"
    assert by["elezioni"].lemma_ == "elezione"
    assert by["case"].lemma_ == "casa"
    assert by["nuove"].lemma_ == "nuovo" and by["nuove"].pos_ == "ADJ"
    assert by["discusso"].lemma_ == "discutere"


def test_contraction_is_one_token_with_merged_lemma(nlp_it):
    doc = nlp_it("Il sindaco della città.")
    della = doc[2]
    assert della.text == "della"
    assert della.pos_ == "ADP"
    assert della.lemma_ == "di il"


def test_dependency_parse(nlp_it):
    doc = nlp_it("Il ministro ha firmato il decreto.")
    root = [t for t in doc if t.dep_ == "ROOT"]
    assert [t.text for t in root] == ["firmato"]
    assert doc[1].dep_ == "nsubj" and doc[1].head.text == "firmato"
    assert doc[5].dep_ == "obj"
