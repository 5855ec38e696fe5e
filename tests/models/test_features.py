"""The lexicon features of the Italian NER embedding (rassegna.models.features)."""

import numpy
import pytest

from rassegna.models.features import N_FEATURES, TYPES, lexicon, lexicon_embed

LOC_B, LOC_I = 2 * TYPES.index("LOC"), 2 * TYPES.index("LOC") + 1
PER_B, PER_I = 2 * TYPES.index("PER"), 2 * TYPES.index("PER") + 1
FIRST = N_FEATURES - 1


@pytest.fixture(scope="module")
def feats():
    lex = lexicon("it")
    return lambda words: lex.features(words)


def test_a_multiword_place_is_marked_begin_and_inside(feats):
    words = "Sono arrivati negli Stati Uniti ieri".split()
    f = feats(words)
    assert f[3, LOC_B] == 1 and f[4, LOC_I] == 1
    assert f[:3].sum() == 0 and f[5].sum() == 0


def test_case_matters_only_for_names(feats):
    # "Roma" the city, "ROMA" in a headline; "roma" lower-case is not a name
    assert feats(["Roma"])[0, LOC_B] == 1
    assert feats(["ROMA"])[0, LOC_B] == 1
    assert feats(["roma"]).sum() == 0


def test_first_names_and_known_people(feats):
    f = feats("ha parlato Giovanni Bianchetti".split())
    assert f[2, FIRST] == 1 and f[3].sum() == 0


def test_the_embedding_layer_adds_the_columns_and_keeps_width():
    import spacy

    nlp = spacy.blank("it")
    model = lexicon_embed(width=32, attrs=["NORM", "SHAPE"], rows=[100, 50], lang="it")
    docs = [nlp("Il sindaco di Milano parla."), nlp("Roma")]
    model.initialize(X=docs)
    ys = model.predict(docs)
    assert [y.shape for y in ys] == [(6, 32), (1, 32)]
    assert all(numpy.isfinite(y).all() for y in ys)


def test_version_two_adds_towns_and_world_cities_as_their_own_columns():
    from rassegna.models.features import n_features

    lex = lexicon("it", 2)
    assert n_features(2) == n_features(1) + 4
    f = lex.features("da Sendai a Milano".split())
    town_b, city_b = 2 * 3, 2 * 4
    assert f[1, city_b] == 1 and f[1, :town_b].sum() == 0  # a world city, not in the main lists
    assert f[3, 0] == 1  # Milano stays in the main place list
