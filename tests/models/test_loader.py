import socket

import pytest
import spacy

from rassegna import models
from rassegna.models import available_models, load, model_path


def test_load_it_is_a_full_pipeline(nlp_it):
    assert isinstance(nlp_it, spacy.language.Language)
    assert nlp_it.lang == "it"
    for pipe in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert pipe in nlp_it.pipe_names
    assert set(nlp_it.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


def test_load_is_cached(nlp_it):
    assert load("it") is nlp_it
    assert load("IT") is nlp_it


def test_model_is_inside_the_package():
    path = model_path("it")
    assert path.parent == models.MODELS_DIR
    assert (path / "config.cfg").exists()
    assert (path / "MODEL_CARD.md").exists()


def test_load_works_offline(monkeypatch):
    """Loading must not touch the network: any socket connection fails the test."""

    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted while loading a model")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(models, "_CACHE", {})  # force a real load, restore cache afterwards
    nlp = load("it")
    doc = nlp("Il governo ha approvato la legge.")
    assert len(doc) == 7


def test_plain_spacy_load_works():
    """The shipped directory is a normal spaCy pipeline."""
    nlp = spacy.load(model_path("it"))
    assert [t.text for t in nlp("Il sen. Rossi.")] == ["Il", "sen.", "Rossi", "."]


@pytest.mark.parametrize("lang", ["fr", "xx", "", "italian", None])
def test_unknown_language_raises(lang):
    with pytest.raises(ValueError, match="no spaCy pipeline"):
        load(lang)


def test_load_en(nlp_en):
    assert nlp_en.lang == "en"
    assert "parser" in nlp_en.pipe_names
    assert load("en") is nlp_en


def test_available_models_lists_both():
    infos = {m["lang"]: m for m in available_models()}
    assert set(infos) == {"it", "en"}
    assert "ner" in infos["it"]["pipeline"]
    assert "non-commercial" in str(infos["it"]["license"]).lower()
    assert 0 < infos["it"]["size_bytes"] < 30_000_000
