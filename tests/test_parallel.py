"""--workers: the per-article stages on several processes give the same analysis."""

import pickle

from rassegna.analyze import analyze
from rassegna.errors import OversizedInput

TEMPLATE = ("Il consiglio comunale di Borgoverde ha approvato ieri, {day} marzo, il bilancio numero {n}: "
            "lo ha detto il sindaco Anna Ferri durante una conferenza stampa. «È un passo avanti», ha aggiunto.")


def test_two_workers_give_what_one_gives(tmp_path):
    for n in range(18):
        (tmp_path / f"a{n:02}.txt").write_text(TEMPLATE.format(day=n % 9 + 1, n=n), encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    one = analyze([str(tmp_path)], workers=1)
    two = analyze([str(tmp_path)], workers=2)
    assert [d.id for d in one.corpus.documents] == [d.id for d in two.corpus.documents]
    for a, b in zip(one.corpus.documents, two.corpus.documents, strict=True):
        assert (a.text, [m.span for m in a.mentions], [t.value for t in a.times]) == \
               (b.text, [m.span for m in b.mentions], [t.value for t in b.times])
    assert [s.articles for s in one.corpus.stories] == [s.articles for s in two.corpus.stories]


def test_errors_survive_the_trip_between_processes():
    error = OversizedInput("big.txt", size=2000, limit=1000)
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is OversizedInput and str(back) == str(error)
