"""The local batch engine (issue #7): the same stories, entities and spans as `rassegna analyze`,
bad records as rows of the errors table, Parquet in as well as JSON lines."""

from __future__ import annotations

import json

from click.testing import CliRunner

from rassegna.analyze import analyze
from rassegna.batch import run_batch
from rassegna.cli import main
from rassegna.report.dossier import build

from .helpers import check_spans, read, spans, stories


def test_local_engine_matches_analyze(records, tmp_path):
    run_batch(str(records), str(tmp_path), engine="local")
    tables = read(tmp_path)
    dossier = build(analyze([str(records)]).corpus)
    assert stories(tables) == stories(dossier)
    assert spans(tables) == spans(dossier)
    by_id = {a["id"]: a for a in tables["articles"]}
    assert {(a["id"], a["story"], a["copy_of"]) for a in dossier["articles"]} == \
        {(i, a["story"], a["copy_of"]) for i, a in by_id.items()}
    assert by_id["ponte-copy"]["copy_of"] == "ponte-1"
    assert len({by_id[i]["story"] for i in ("ponte-1", "ponte-2", "ponte-en", "ponte-undated")}) == 1
    assert check_spans(tables) > 20


def test_bad_records_become_error_rows(records, tmp_path):
    result = run_batch(str(records), str(tmp_path), engine="local")
    errors = read(tmp_path)["errors"]
    assert [(e["source"].rsplit("#", 1)[1], e["code"]) for e in errors] == [("10", "E105"), ("11", "E105"), ("12", "E105")]
    assert result.articles == 7 and result.counts["repeated"] == 1  # ponte-1 given twice: analysed once


def test_undated_article_is_dated_from_its_story(records, tmp_path):
    run_batch(str(records), str(tmp_path), engine="local")
    undated = [t for t in read(tmp_path)["times"] if t["article"] == "ponte-undated"]
    assert undated and all(not t["anchored"] for t in undated)
    assert {"2025-05-06"} <= {t["value"] for t in undated}


def test_parquet_input_and_workers_give_the_same_tables(records, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for line in records.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    rows = [r for r in rows if isinstance(r, dict)]
    columns = sorted({k for r in rows for k in r})  # from_pylist would take the first row's keys only
    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in columns} for r in rows]), tmp_path / "records.parquet")
    run_batch(str(records), str(tmp_path / "jsonl"), engine="local")
    run_batch(str(tmp_path / "records.parquet"), str(tmp_path / "parquet"), engine="local", workers=2)
    a, b = read(tmp_path / "jsonl"), read(tmp_path / "parquet")
    assert stories(a) == stories(b) and spans(a) == spans(b)
    assert len(b["errors"]) == 1  # the record with a blank text


def test_cli_batch(records, tmp_path):
    result = CliRunner().invoke(main, ["batch", str(records), str(tmp_path / "out")])
    assert result.exit_code == 1, result.output  # some records failed, the rest written
    assert "7 articles, 2 stories" in result.output and "3 records failed" in result.stderr
    assert (tmp_path / "out" / "stories" / "part-00000.parquet").is_file()
    missing = CliRunner().invoke(main, ["batch", str(tmp_path / "nope.jsonl"), str(tmp_path / "o")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
