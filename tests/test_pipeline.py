"""The stage registry: names, declared needs and gives, and failures that name the stage."""

import pytest

from rassegna.errors import UnknownStage, UsageError
from rassegna.model import Corpus, Document
from rassegna.pipeline import DEFAULT_STAGES, Pipeline, registered, stage


def test_default_stages_are_registered_and_ordered_by_needs():
    pipe = Pipeline.from_names(DEFAULT_STAGES)
    assert pipe.names[0] == "rassegna.clean.v1"
    assert set(DEFAULT_STAGES) <= set(registered())


def test_every_stage_declares_what_it_gives():
    for name, info in registered().items():
        assert name.startswith("rassegna.") and name.rsplit(".", 1)[1].startswith("v"), name
        assert info.gives, name
        assert info.scope in ("doc", "corpus")


def test_unknown_stage_is_named():
    with pytest.raises(UnknownStage, match="rassegna.nope.v1"):
        Pipeline.from_names(["rassegna.nope.v1"])


def test_a_stage_whose_needs_nothing_gives_is_refused():
    @stage("rassegna.test_needs_claims.v1", needs=("claims",), gives=("framing",))
    def make():
        return lambda doc: doc

    with pytest.raises(UsageError, match="needs claims"):
        Pipeline.from_names(["rassegna.test_needs_claims.v1"])


def test_a_failing_article_yields_its_error_and_the_others_go_on():
    from rassegna.errors import InputError

    @stage("rassegna.test_fails_on_x.v1", gives=("nothing",))
    def make():
        def run(doc):
            if doc.text == "x":
                raise InputError(doc.source, "cannot analyse")
            return doc
        return run

    pipe = Pipeline.from_names(["rassegna.test_fails_on_x.v1"])
    out = list(pipe.run_docs([Document("1", "one", "x"), Document("2", "two", "y")]))
    assert isinstance(out[0], InputError) and out[1].id == "2"
    assert pipe.run_corpus(Corpus()).documents == []
