"""`rassegna analyze` end to end: inputs of every kind, exit codes, the contract, escaping."""

import json
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner

from rassegna.cli import main

from .conftest import DATA, SCHEMA, SHARED, seeds_or_skip

LATIN1_TEXT = ("Pisa, il Comune riapre la biblioteca: è già piena di studenti. Il sindaco ha detto che "
               "l'orario sarà più lungo d'estate, e che la città ne è felice.")


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def dossier_of(out: Path) -> dict:
    return json.loads((out / "dossier.json").read_text(encoding="utf-8"))


def validate(out: Path) -> dict:
    dossier = dossier_of(out)
    if SCHEMA.exists():
        jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text())).validate(dossier)
    for article in dossier["articles"]:
        assert isinstance(article["text"], str)
    checker = SHARED / "tools" / "check-dossier"
    if checker.exists():
        done = subprocess.run([sys.executable, str(checker), str(out / "dossier.json")], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    return dossier


def test_sample_corpus_end_to_end(tmp_path):
    code, out, err = run("analyze", "--sample", "--out", str(tmp_path), "--db", "none")
    assert code == 0, err
    assert "report.html" in out
    dossier = validate(tmp_path)
    assert len(dossier["articles"]) >= 8
    assert any(a["copy_of"] for a in dossier["articles"]), "the sample has a wire copy"
    for name in ("report.html", "report.md"):
        assert (tmp_path / name).stat().st_size > 1000


def test_binary_and_empty_beside_latin1(tmp_path):
    (tmp_path / "blob.bin.txt").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    out = tmp_path / "out"
    code, _, err = run("analyze", *(str(tmp_path / n) for n in ("blob.bin.txt", "empty.txt", "latin1.txt")),
                       "--out", str(out), "--db", "none")
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("rassegna: skipped")]
    assert len(lines) == 2
    assert any("blob.bin.txt" in ln and "binary" in ln for ln in lines)
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    (article,) = validate(out)["articles"]
    assert article["text"] == LATIN1_TEXT and article["language"] == "it"


def test_nothing_analysed_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run("analyze", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o"), "--db", "none")
    assert code == 2 and "nothing analysed" in err
    assert not (tmp_path / "o" / "dossier.json").exists()


def test_usage_error_exits_2():
    code, _, _ = run("analyze")
    assert code == 2


def test_stdin_and_json_lines(tmp_path):
    code, _, err = run("analyze", "-", str(DATA / "records.jsonl"), "--out", str(tmp_path), "--db", "none", "-q",
                       input="Un articolo arrivato dallo standard input, con una frase intera e un punto.")
    assert code == 1  # records.jsonl has two bad lines, each named
    assert err.count("records.jsonl#") == 2
    sources = {a["source"] for a in validate(tmp_path)["articles"]}
    assert "-" in sources and any(s.startswith("https://") for s in sources)


def test_urls_and_feeds_from_a_local_server(tmp_path, http_server):
    page = http_server.route("/a.html", (DATA / "html" / "it_news_meta_jsonld.html").read_bytes())
    feed = (DATA / "feeds" / "atom_summary_links.xml").read_text(encoding="utf-8").replace("{base}", http_server.url)
    for name in ("article1.html", "article2.html"):
        http_server.route(f"/{name}", (DATA / "feeds" / name).read_bytes())
    feed_url = http_server.route("/feed.atom", feed.encode(), "application/atom+xml")
    code, _, err = run("analyze", page, feed_url, "--out", str(tmp_path), "--db", "none", "--allow-private")
    assert code == 0, err
    assert len(validate(tmp_path)["articles"]) == 3
    code, _, err = run("analyze", page, "--out", str(tmp_path / "x"), "--db", "none")
    assert code == 2 and "non-public address" in err


def test_hostile_markup_is_escaped_everywhere(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Titolo <script>alert(1)</script>\n\nUn testo con <img src=x onerror=alert(2)> e un "
                       "<a href=\"javascript:alert(3)\">collegamento</a> dentro, abbastanza lungo da restare corpo.",
                       encoding="utf-8")
    run("analyze", str(hostile), str(DATA / "html" / "hostile_markup.html"), "--out", str(tmp_path / "o"),
        "--db", "none")
    html = (tmp_path / "o" / "report.html").read_text(encoding="utf-8")
    md = (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "<script>alert" not in text and "<img src=x" not in text and 'href="javascript:' not in text
    assert "&lt;script&gt;" in html
    assert "<script" not in html.lower() and "<link" not in html.lower() and "src=\"http" not in html


def test_store_keeps_articles_once(tmp_path):
    db = tmp_path / "store.db"
    (tmp_path / "a.txt").write_text(LATIN1_TEXT, encoding="utf-8")
    for _ in range(2):
        code, _, _ = run("analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--db", str(db), "-q")
        assert code == 0
    from rassegna.store import open_store

    store = open_store(str(db))
    assert store.count("articles") == 1 and store.count("inputs") == 1
    store.close()


def test_version_and_help_with_examples():
    code, out, _ = run("--version")
    assert code == 0 and "rassegna" in out
    code, out, _ = run("analyze", "--help")
    assert "Examples:" in out and "Exit codes:" in out


def _commands(group):
    for name, command in group.commands.items():
        yield name, command
        if isinstance(command, click.Group):
            yield from _commands(command)


def test_every_command_and_option_has_help():
    for name, command in _commands(main):
        assert command.help, f"command {name} has no help"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help"


def test_seeds_through_the_cli(tmp_path):
    files = seeds_or_skip()
    code, _, err = run("analyze", *map(str, files), "--out", str(tmp_path), "--db", "none")
    assert code == 0, err
    dossier = validate(tmp_path)
    assert len(dossier["stories"]) == 1 and len(dossier["stories"][0]["articles"]) == 5


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_encodings_through_the_cli(tmp_path, encoding):
    text = "Perché “così” è già l’ultima città: più caffè per tutti, ha detto il sindaco ieri sera."
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    code, _, _ = run("analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--db", "none", "-q")
    assert code == 0 and dossier_of(tmp_path / "o")["articles"][0]["text"] == text


def test_ingest_joins_new_articles_to_stored_stories(tmp_path):
    files = seeds_or_skip()
    db = str(tmp_path / "team.db")
    assert run("ingest", str(files[0]), str(files[1]), "--db", db, "-q")[0] == 0
    assert run("ingest", *map(str, files[2:]), "--db", db, "-q")[0] == 0
    code, out, _ = run("stories", "--db", db, "--json")
    stories = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(stories) == 1 and len(stories[0]["articles"]) == 5
    assert run("stories", "--db", db, "--outlet", "No Such Outlet")[1] == ""
    assert run("ingest", str(files[0]), "--db", "none")[0] == 2


def test_one_by_one_ingestion_gives_the_batch_stories(tmp_path):
    from rassegna.cli import sample_path

    files = sorted(p for p in sample_path().rglob("*") if p.suffix in (".txt", ".html", ".jsonl"))
    db = str(tmp_path / "inc.db")
    for path in files:
        assert run("ingest", str(path), "--db", db, "-q")[0] == 0
    listing = run("stories", "--db", db, "--json")[1]
    incremental = sorted(sorted(json.loads(line)["articles"]) for line in listing.splitlines())
    run("analyze", "--sample", "--db", str(tmp_path / "batch.db"), "--out", str(tmp_path / "o"), "-q")
    batch = sorted(sorted(json.loads(line)["articles"]) for line in
                   run("stories", "--db", str(tmp_path / "batch.db"), "--json")[1].splitlines())
    assert incremental == batch
    assert sorted(map(len, batch)) == [1, 8]
