import pytest


def toks(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("l’arrivo", ["l’", "arrivo"]),
        ("l'arrivo", ["l'", "arrivo"]),
        ("dell’Occidente", ["dell’", "Occidente"]),
        ("c’è", ["c’", "è"]),
        ("C'è", ["C'", "è"]),
        ("quest’ultimo", ["quest’", "ultimo"]),
        ("all’80%", ["all’", "80", "%"]),
        ("un po’ di", ["un", "po’", "di"]),
    ],
)
def test_elisions(nlp_it, text, expected):
    assert toks(nlp_it, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("«Non è vero»", ["«", "Non", "è", "vero", "»"]),
        ("“basta”", ["“", "basta", "”"]),
        ("‘forse’", ["‘", "forse", "’"]),
        ('"sì"', ['"', "sì", '"']),
        # a closing ” used to open a quote, glued to the previous sentence
        ("in Ucraina.”La Russia", ["in", "Ucraina", ".", "”", "La", "Russia"]),
        ("in Ucraina”La Russia", ["in", "Ucraina", "”", "La", "Russia"]),
        ("ha detto:“Sì", ["ha", "detto", ":", "“", "Sì"]),
        ('Disse: "basta."Poi', ["Disse", ":", '"', "basta", ".", '"', "Poi"]),
        ("«Andiamo!»", ["«", "Andiamo", "!", "»"]),
    ],
)
def test_quotes(nlp_it, text, expected):
    assert toks(nlp_it, text) == expected


@pytest.mark.parametrize(
    "abbr", ["sen.", "Sen.", "on.", "dott.", "Dott.ssa", "S.p.A.", "S.r.l.", "n.", "ecc.", "art.", "prof.", "ott.", "D.Lgs."]
)
def test_abbreviations(nlp_it, abbr):
    assert toks(nlp_it, f"Il {abbr} Rossi") == ["Il", abbr, "Rossi"]


def test_abbreviations_in_context(nlp_it):
    assert toks(nlp_it, "la Fiat S.p.A., il n. 5, ecc.") == ["la", "Fiat", "S.p.A.", ",", "il", "n.", "5", ",", "ecc."]
    # a normal word before a period is still split
    assert toks(nlp_it, "È arrivato a Roma.") == ["È", "arrivato", "a", "Roma", "."]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("11.000", ["11.000"]),
        ("1.200,50 euro", ["1.200,50", "euro"]),
        ("11mila", ["11mila"]),
        ("il 19/06/2024", ["il", "19/06/2024"]),
        ("alle 11:50.", ["alle", "11:50", "."]),
        ("3,5%", ["3,5", "%"]),
        # documented choice: ranges are split around the hyphen
        ("1950-1953", ["1950", "-", "1953"]),
    ],
)
def test_numbers(nlp_it, text, expected):
    assert toks(nlp_it, text) == expected


def test_abbreviations_come_from_the_data_file():
    from rassegna.models.tokenizer import RESOURCES, abbreviations, read_list

    listed = read_list(RESOURCES / "it" / "abbreviations.txt")
    assert "sen." in listed and "S.p.A." in listed
    assert "Sen." in abbreviations("it")  # capitalised variant generated


def test_shipped_tokenizer_matches_resources(nlp_it):
    """The tokenizer serialised in the model agrees with the resource-built one."""
    import spacy

    from rassegna.models import model_path
    from rassegna.models.tokenizer import blank

    shipped = spacy.load(model_path("it"), exclude=["tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"])
    fresh = blank("it")
    text = "Il sen. Rossi, dell’Ulivo, disse:“Sì”.”La Fiat S.p.A. ha 11.000 dipendenti (dati 19/06/2024, ore 11:50)."
    assert toks(shipped, text) == toks(fresh, text)
