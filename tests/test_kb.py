"""The bundled knowledge base (resources/kb.jsonl) and its list of ambiguous surfaces."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest

from rassegna.extract.names import key

ROOT = Path(__file__).resolve().parents[1]
RES = resources.files("rassegna.resources")
TYPES = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"country", "capital", "city", "region", "international-body", "government-body", "association", "company", "agency",
         "outlet", "party", "armed-group", "person", "event", "law"}
REQUIRED = {"id": str, "type": str, "kind": str, "name": dict, "aliases": list, "country": (str, type(None)),
            "roles": list, "wikidata": type(None)}
ID = re.compile(r"^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$")


def _lines() -> list[str]:
    return RES.joinpath("kb.jsonl").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def kb() -> list[dict]:
    return [json.loads(line) for line in _lines()]


@pytest.fixture(scope="module")
def ambiguous() -> dict[str, dict]:
    return json.loads(RES.joinpath("kb_ambiguous.json").read_text(encoding="utf-8"))["surfaces"]


def _surfaces(entry: dict) -> set[str]:
    return {*entry["name"].values(), *entry["aliases"]}


def _casefold(surface: str) -> str:
    return " ".join(unicodedata.normalize("NFC", surface).casefold().split())


def test_every_line_is_a_json_object():
    lines = _lines()
    assert len(lines) > 800
    for number, line in enumerate(lines, 1):
        assert line.strip(), f"blank line {number}"
        assert isinstance(json.loads(line), dict), f"line {number}"


def test_fields(kb):
    for e in kb:
        for name, kind in REQUIRED.items():
            assert isinstance(e.get(name), kind), f"{e.get('id')}: field {name}"
        assert ID.match(e["id"]), e["id"]
        assert e["type"] in TYPES, e["id"]
        assert e["kind"] in KINDS, e["id"]
        assert set(e["name"]) == {"it", "en"} and all(e["name"].values()), e["id"]
        assert e["country"] is None or re.fullmatch(r"[A-Z]{2}", e["country"]), e["id"]
        assert e["wikidata"] is None, f"{e['id']}: wikidata ids are not verified offline, leave null"
        for s in (*e["name"].values(), *e["aliases"], *e["roles"]):
            assert isinstance(s, str) and s == " ".join(s.split()) and s, f"{e['id']}: {s!r}"
        assert len(e["aliases"]) == len(set(e["aliases"])), e["id"]
        assert not set(e["aliases"]) & set(e["name"].values()), f"{e['id']}: an alias repeats a name"
        assert ("note" not in e) or (isinstance(e["note"], str) and e["note"]), e["id"]
        assert set(e) <= {*REQUIRED, "note"}, e["id"]


def test_types_match_kinds(kb):
    expected = {"country": "LOC", "capital": "LOC", "city": "LOC", "region": "LOC", "person": "PER",
                "event": "MISC", "law": "MISC"}
    for e in kb:
        assert e["type"] == expected.get(e["kind"], "ORG"), e["id"]
        if e["kind"] == "person":
            assert e["roles"], f"{e['id']}: a person needs a role"
        else:
            assert not e["roles"], e["id"]


def test_ids_are_unique(kb):
    ids = [e["id"] for e in kb]
    assert len(ids) == len(set(ids))


def test_countries(kb):
    countries = {e["country"]: e for e in kb if e["kind"] == "country"}
    assert len(countries) == sum(e["kind"] == "country" for e in kb) == 197  # 193 UN members + VA, PS, XK, TW
    for code in ("KP", "KR", "US", "GB", "PS", "XK", "TW", "VA", "IT", "RU", "UA", "CN"):
        assert code in countries
    assert {"Corea del Nord", "Nord Corea", "North Korea", "DPRK", "RPDC"} <= _surfaces(countries["KP"])
    assert {"Stati Uniti", "Usa", "USA", "United States", "US", "U.S."} <= _surfaces(countries["US"])
    assert {"Regno Unito", "Gran Bretagna", "UK", "Britain"} <= _surfaces(countries["GB"])


def test_every_capital_has_its_country(kb):
    countries = {e["country"] for e in kb if e["kind"] == "country"}
    capitals = [e for e in kb if e["kind"] == "capital"]
    assert len(capitals) > 180
    for e in capitals:
        assert e["country"] in countries, e["id"]
        assert e["id"].startswith("city:"), e["id"]


def _shared(kb, normalise) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for e in kb:
        for s in _surfaces(e):
            index[normalise(s)].add(e["id"])
    return {k: ids for k, ids in index.items() if len(ids) > 1}


@pytest.mark.parametrize("normalise", [_casefold, key], ids=["casefold", "name-key"])
def test_no_shared_alias_unless_listed_as_ambiguous(kb, ambiguous, normalise):
    listed = {normalise(s): set(v["ids"]) for s, v in ambiguous.items()}
    problems = {k: sorted(ids) for k, ids in _shared(kb, normalise).items() if not ids <= listed.get(k, set())}
    assert not problems, f"surfaces shared by entries, not listed in kb_ambiguous.json: {problems}"


def test_ambiguous_list_names_real_entries(kb, ambiguous):
    ids = {e["id"] for e in kb}
    assert ambiguous
    for surface, item in ambiguous.items():
        assert item["ids"] and set(item["ids"]) <= ids, surface
        assert item.get("note"), surface


def test_security_councils_are_distinct(kb):
    by_id = {e["id"]: e for e in kb}
    councils = ["org:un-security-council", "gov:us-national-security-council", "gov:russia-security-council"]
    for i, a in enumerate(councils):
        for b in councils[i + 1:]:
            shared = {key(s) for s in _surfaces(by_id[a])} & {key(s) for s in _surfaces(by_id[b])}
            assert not shared, (a, b, shared)
    assert by_id["org:council-of-europe"]["name"]["it"] == "Consiglio d'Europa"
    assert not {key(s) for s in _surfaces(by_id["org:council-of-europe"])} & \
        {key(s) for s in _surfaces(by_id["org:european-council"])}


def test_kim_family_are_separate_persons(kb):
    by_id = {e["id"]: e for e in kb}
    for pid in ("person:kim-jong-un", "person:kim-jong-il", "person:kim-il-sung"):
        assert by_id[pid]["kind"] == "person"


def test_a_generic_name_many_countries_use_is_no_alias():
    from rassegna.kb import knowledge_base

    for surface in ("Consiglio di sicurezza nazionale", "National Security Council", "NSC"):
        assert knowledge_base().lookup(surface) == [], surface


@pytest.mark.parametrize("surface,expected", [
    ("Kim Jong Un", "person:kim-jong-un"), ("Kim Jong-un", "person:kim-jong-un"),
    ("Kim Joung-un", "person:kim-jong-un"), ("Kim Jong-il", "person:kim-jong-il"),
    ("Kim Il-sung", "person:kim-il-sung"), ("ONU", "org:un"), ("Onu", "org:un"), ("Nazioni Unite", "org:un"),
    ("United Nations", "org:un"), ("Kcna", "agency:kcna"), ("Korean Central News Agency", "agency:kcna"),
    ("Agenzia centrale di stampa coreana", "agency:kcna"), ("Mosca", "city:moscow"), ("Moscow", "city:moscow"),
    ("Pechino", "city:beijing"), ("Peking", "city:beijing"), ("Kiev", "city:kyiv"), ("Kyiv", "city:kyiv"),
    ("Pyong Yang", "city:pyongyang"), ("Seul", "city:seoul"), ("Ha Noi", "city:hanoi"),
    ("Serghei Lavrov", "person:sergei-lavrov"), ("Sergei Lavrov", "person:sergei-lavrov"),
    ("Sergej Lavrov", "person:sergei-lavrov"), ("Dmytro Kouleba", "person:dmytro-kuleba"),
    ("Dmytro Kuleba", "person:dmytro-kuleba"), ("Kouléba", "person:dmytro-kuleba"),
    ("Zelenskyy", "person:volodymyr-zelensky"), ("Zelens'kyj", "person:volodymyr-zelensky"),
    ("Erdogan", "person:recep-tayyip-erdogan"), ("Netanyahou", "person:benjamin-netanyahu"),
    ("Alleanza Atlantica", "org:nato"), ("Nato", "org:nato"), ("Ue", "org:eu"),
    ("Consiglio d'Europa", "org:council-of-europe"),
    ("Consiglio di sicurezza nazionale Usa", "gov:us-national-security-council"),
    ("US National Security Council", "gov:us-national-security-council"),
    ("Consiglio di sicurezza dell'Onu", "org:un-security-council"),
    ("Cremlino", "gov:kremlin"), ("Tass", "agency:tass"), ("Nord Corea", "country:kp"), ("RPDC", "country:kp"),
    ("Stati Uniti d'America", "country:us"), ("Gran Bretagna", "country:gb"),
])
def test_lookup(surface, expected):
    from rassegna.kb import knowledge_base

    found = [e.id for e in knowledge_base().lookup(surface)]
    assert found == [expected], surface


def test_loads_into_the_knowledge_base(kb):
    from rassegna.kb import knowledge_base

    assert len(knowledge_base().entries) == len(kb)


def test_shipped_file_is_what_the_build_script_writes():
    pytest.importorskip("babel")
    script = ROOT / "training" / "kb" / "build_kb.py"
    if not script.is_file():
        pytest.skip("training/kb/build_kb.py not present")
    sys.path.insert(0, str(script.parent))
    try:
        import build_kb
    finally:
        sys.path.remove(str(script.parent))
    assert build_kb.render(build_kb.build()) == "\n".join(_lines()) + "\n"
