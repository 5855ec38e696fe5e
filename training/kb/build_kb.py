"""Build src/rassegna/resources/kb.jsonl, the bundled knowledge base of recurring names.

Sources:
- country base names (Italian and English): CLDR, through Babel (``Locale(lang).territories``);
  CLDR data is under the Unicode licence;
- everything else (variants, capitals, cities, regions, bodies, outlets, persons, events):
  the hand-written files in training/kb/data/, written for rassegna from general knowledge,
  as of 2026.

Data file format (UTF-8, one entry a line, ``#`` starts a comment line):

    @ type=LOC kind=city                     sets type and kind for the lines that follow
    id | it name | en name | country | alias; alias; ... | role; role; ... | note

Trailing fields may be left out.  countries.txt uses its own short form:

    CC | it name | en name | alias; alias; ... | note

where an empty it/en name means "CLDR's name"; CLDR's own names are always kept as aliases
(except CLDR's disambiguation forms such as "Congo - Kinshasa" or "Myanmar (Birmania)").

Usage: python training/kb/build_kb.py [--check]   (--check: fail if the shipped file differs)
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
OUT = ROOT / "src/rassegna/resources/kb.jsonl"

# 193 UN member states, then the two observer states and Kosovo, Taiwan (ISO 3166-1 alpha-2; XK is the
# user-assigned code in general use for Kosovo).
UN_MEMBERS = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL
CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS
IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME
MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI
SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW""".split()
OTHER_STATES = ["VA", "PS", "XK", "TW"]

TYPES = ("PER", "ORG", "LOC", "MISC")
KINDS = ("country", "capital", "city", "region", "international-body", "government-body", "association", "company",
         "agency", "outlet", "party", "armed-group", "person", "event", "law")
FILES = ["capitals.txt", "places.txt", "orgs.txt", "persons.txt", "events.txt"]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    return " ".join(text.split())


def _split(field: str) -> list[str]:
    return [_clean(x) for x in field.split(";") if x.strip()]


def _lines(path: Path):
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def _entry(id_: str, type_: str, kind: str, it: str, en: str, country: str | None, aliases: list[str],
           roles: list[str], note: str) -> dict:
    names = {"it": _clean(it), "en": _clean(en)}
    seen = {names["it"], names["en"]}
    kept = []
    for alias in aliases:
        if alias not in seen:
            seen.add(alias)
            kept.append(alias)
    entry = {"id": id_, "type": type_, "kind": kind, "name": names, "aliases": kept,
             "country": country or None, "roles": roles, "wikidata": None}
    if note:
        entry["note"] = _clean(note)
    return entry


def _cldr_usable(name: str) -> bool:
    return " - " not in name and "(" not in name


def countries() -> list[dict]:
    it_names, en_names = Locale("it").territories, Locale("en").territories
    extra: dict[str, list[str]] = {}
    for number, line in _lines(DATA / "countries.txt"):
        fields = [f.strip() for f in line.split("|")] + [""] * 5
        code = fields[0]
        if code in extra:
            raise SystemExit(f"countries.txt:{number}: {code} twice")
        extra[code] = fields[1:5]
    out = []
    for code in UN_MEMBERS + OTHER_STATES:
        it, en, aliases, note = extra.get(code, ["", "", "", ""])
        cldr = [_clean(it_names[code]), _clean(en_names[code])]
        names = [it or cldr[0], en or cldr[1]]
        all_aliases = _split(aliases) + [c for c in cldr if _cldr_usable(c)]
        out.append(_entry(f"country:{code.lower()}", "LOC", "country", names[0], names[1], code, all_aliases, [],
                          note))
    unknown = set(extra) - set(UN_MEMBERS + OTHER_STATES)
    if unknown:
        raise SystemExit(f"countries.txt: codes not in the list of states: {sorted(unknown)}")
    return out


def entries(path: Path) -> list[dict]:
    out, type_, kind = [], None, None
    for number, line in _lines(path):
        if line.startswith("@"):
            settings = dict(part.split("=", 1) for part in line[1:].split())
            type_, kind = settings["type"], settings["kind"]
            if type_ not in TYPES or kind not in KINDS:
                raise SystemExit(f"{path.name}:{number}: bad type/kind {type_}/{kind}")
            continue
        if type_ is None:
            raise SystemExit(f"{path.name}:{number}: no '@ type=… kind=…' line before the first entry")
        fields = [f.strip() for f in line.split("|")]
        if len(fields) < 3 or len(fields) > 7:
            raise SystemExit(f"{path.name}:{number}: expected 3 to 7 fields, got {len(fields)}")
        fields += [""] * (7 - len(fields))
        id_, it, en, country, aliases, roles, note = fields
        if not (id_ and it and en):
            raise SystemExit(f"{path.name}:{number}: id, it and en names are required")
        out.append(_entry(id_, type_, kind, it, en, country, _split(aliases), _split(roles), note))
    return out


def build() -> list[dict]:
    kb = countries()
    for name in FILES:
        kb.extend(entries(DATA / name))
    ids = [e["id"] for e in kb]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    return kb


def render(kb: list[dict]) -> str:
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in kb)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the shipped file is up to date")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is out of date: run python training/kb/build_kb.py")
        print("kb.jsonl is up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for e in json.loads("[" + ",".join(text.splitlines()) + "]"):
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    print(f"wrote {OUT.relative_to(ROOT)}: {sum(counts.values())} entries", counts)


if __name__ == "__main__":
    main()
