"""The command line: a thin layer over the library. Errors become one line on stderr."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from . import __version__
from .analyze import analyze as run_analysis
from .errors import RassegnaError
from .ingest import IngestOptions
from .ingest.decode import DEFAULT_MAX_BYTES
from .report import build, write_all
from .store import default_path, open_store

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2
PROGRESS_AFTER = 5  # inputs: below this a progress bar is noise

db_option = click.option(
    "--db", "db", metavar="PATH|URL|none", default=None,
    help=f"Store for articles and raw inputs: a SQLite path, sqlite:///PATH, postgresql://… or 'none' "
         f"[default: {default_path()}].")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="rassegna")
def main() -> None:
    """rassegna: from many outlets' news to a dossier with evidence for every item."""


def input_options(command):
    """Options every command that reads inputs shares, declared once."""
    command = click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")(command)
    command = click.option("--workers", type=click.IntRange(min=1), default=None,
                           help="Processes for the per-article analysis [default: every core; "
                                "small runs use one].")(command)
    command = click.option("--allow-private", is_flag=True,
                           help="Allow URLs on private, loopback and link-local addresses (intranets, tests).")(command)
    command = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                           help="Refuse inputs larger than this many bytes.")(command)
    return db_option(command)


@main.command(epilog="""\b
Examples:
  rassegna analyze --sample --out report
  rassegna analyze articles/ https://example.org/news.html --out out
  rassegna analyze feed.xml records.jsonl --db none --out out
  cat article.txt | rassegna analyze - --out out

\b
Exit codes:
  0  every input analysed
  1  some inputs skipped (each named on stderr with the reason); dossier written for the rest
  2  nothing analysed, or a usage error""")
@click.argument("inputs", nargs=-1, metavar="PATH_OR_URL...")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("rassegna-out"),
              show_default=True, help="Folder for dossier.json, report.html and report.md.")
@click.option("--sample", is_flag=True, help="Analyse the built-in sample corpus (works offline).")
@input_options
def analyze(inputs: tuple[str, ...], out: Path, db: str | None, sample: bool, max_bytes: int,
            allow_private: bool, quiet: bool, workers: int | None) -> None:
    """Analyse news articles and write a dossier.

    PATH_OR_URL may be .txt or .html files, folders (searched recursively), http(s) URLs,
    RSS/Atom feeds (file or URL), JSON-lines files of article records, or - for standard input.
    """
    names = list(inputs) + ([str(sample_path())] if sample else [])
    if not names:
        raise click.UsageError("give at least one PATH_OR_URL, or --sample")
    result = _run(names, db=db, max_bytes=max_bytes, allow_private=allow_private, quiet=quiet, workers=workers)
    paths = write_all(build(result.corpus), out)
    if not quiet:
        c = result.corpus
        click.echo(f"{len(c.documents)} articles, {len(c.stories)} stories → {paths['html']}")
    sys.exit(EXIT_PARTIAL if result.errors else EXIT_OK)


@main.command(epilog="""\b
Examples:
  rassegna ingest today/ https://example.org/feed.xml
  rassegna ingest --db team.db new-articles.jsonl
  rassegna stories --db team.db""")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@input_options
def ingest(inputs: tuple[str, ...], db: str | None, max_bytes: int, allow_private: bool, quiet: bool,
           workers: int | None) -> None:
    """Analyse articles into the store; new articles join the stories already there.

    Exit codes as for analyze: 0 all stored, 1 some skipped, 2 nothing stored.
    """
    if db is not None and db.lower() == "none":
        raise click.UsageError("ingest needs a store: give --db PATH|URL")
    result = _run(list(inputs), db=db, max_bytes=max_bytes, allow_private=allow_private, quiet=quiet,
                  workers=workers)
    if not quiet:
        click.echo(f"{len(result.corpus.documents)} articles stored")
    sys.exit(EXIT_PARTIAL if result.errors else EXIT_OK)


@main.command()
@db_option
@click.option("--outlet", help="Only stories with an article from this outlet.")
@click.option("--language", help="Only stories with an article in this language (ISO 639-1).")
@click.option("--since", metavar="DATE", help="Only stories last seen on or after this ISO date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
def stories(db: str | None, outlet: str | None, language: str | None, since: str | None, as_json: bool) -> None:
    """List the stories in the store, newest first, with counts, outlets and dates."""
    store = _open(db)
    if store is None:
        raise click.UsageError("stories needs a store: give --db PATH|URL")
    try:
        found = store.stories()
    finally:
        store.close()
    for s in found:
        if (outlet and outlet not in s.get("outlets", [])) or (language and language not in s.get("languages", [])) \
                or (since and (s.get("last_seen") or "") < since):
            continue
        if as_json:
            click.echo(json.dumps(s, ensure_ascii=False))
        else:
            click.echo(f"{s['id']}  {len(s['articles']):>3} art.  {(s.get('first_seen') or '?')[:10]}–"
                       f"{(s.get('last_seen') or '?')[:10]}  {', '.join(s.get('outlets', []))[:40]:40}  {s['title'][:70]}")


def _open(db: str | None):
    try:
        return open_store(db)
    except RassegnaError as exc:
        _fail(exc)


def _run(names: list[str], *, db: str | None, max_bytes: int, allow_private: bool, quiet: bool,
         workers: int | None = None):
    """Analyse ``names`` (into the store), report skipped inputs; exit 2 when nothing is left."""
    store = _open(db)
    progress = _Progress(quiet)
    try:
        result = run_analysis(names, options=IngestOptions(max_bytes=max_bytes, allow_private=allow_private),
                              store=store, on_item=progress.step, workers=workers)
    except RassegnaError as exc:
        _fail(exc)
    finally:
        progress.close()
        if store is not None:
            store.close()
    for error in result.errors:
        click.echo(f"rassegna: skipped {error}", err=True)
    if not quiet:
        for note in result.notes:
            click.echo(f"rassegna: note: {note}", err=True)
    if not result.corpus.documents:
        click.echo("rassegna: nothing analysed", err=True)
        sys.exit(EXIT_NOTHING)
    return result


def sample_path() -> Path:
    """The built-in sample corpus shipped with the package."""
    return Path(str(resources.files("rassegna").joinpath("sample")))


def _fail(exc: RassegnaError) -> None:
    click.echo(f"rassegna: {exc}", err=True)
    sys.exit(EXIT_NOTHING)


class _Progress:
    """A progress bar on stderr, shown only once there are more than a handful of inputs."""

    def __init__(self, quiet: bool) -> None:
        self.quiet, self.count, self.bar = quiet, 0, None

    def step(self, _name: str) -> None:
        self.count += 1
        if self.quiet:
            return
        if self.bar is None and self.count > PROGRESS_AFTER:
            from tqdm import tqdm

            self.bar = tqdm(total=None, unit=" inputs", file=sys.stderr, initial=self.count - 1, leave=False)
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@main.command(epilog="""\b
Examples:
  RASSEGNA_TOKEN=s3cret rassegna serve --db team.db
  rassegna serve --db postgresql://rassegna@db.example/rassegna --host 0.0.0.0 --token s3cret
  rassegna serve --no-auth            (loopback only: writes need no token)

\b
Then open http://127.0.0.1:8000/ ; the API's description is at /openapi.json.
Writes (POST /api/articles, the ingestion forms) need the token: 'Authorization: Bearer TOKEN'.""")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="RASSEGNA_TOKEN", metavar="TOKEN",
              help="Token that writes need (default: $RASSEGNA_TOKEN; a random one is made and shown if unset).")
@click.option("--no-auth", is_flag=True, help="Let anyone write without a token; only allowed on a loopback host.")
@click.option("--allow-private", is_flag=True,
              help="Let URL ingestion reach private, loopback and link-local addresses (intranets, tests).")
@click.option("--max-body", type=click.IntRange(min=1024), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse request bodies larger than this many bytes (HTTP 413).")
def serve(db: str | None, host: str, port: int, token: str | None, no_auth: bool, allow_private: bool,
          max_body: int) -> None:
    """Serve the web app and the REST API over a store (SQLite or PostgreSQL)."""
    import secrets

    import uvicorn

    from .web import Settings, create_app, is_loopback

    if db is not None and db.lower() == "none":
        raise click.UsageError("serve needs a store: give --db PATH|URL")
    if no_auth and not is_loopback(host):
        raise click.UsageError(f"--no-auth is only allowed on a loopback host, not {host}")
    if not no_auth and not token:
        token = secrets.token_urlsafe(24)
        click.echo(f"rassegna: writes need this token (set RASSEGNA_TOKEN to choose one): {token}", err=True)
    settings = Settings(db=db, token=None if no_auth else token, auth=not no_auth, allow_private=allow_private,
                        max_body=max_body)
    try:
        app = create_app(settings)
    except RassegnaError as exc:
        _fail(exc)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False, server_header=False)


def _conf_pairs(_ctx, _param, values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not KEY=VALUE")
        pairs[key.strip()] = setting.strip()
    return pairs


@main.command(epilog="""\b
Examples:
  rassegna batch articles.jsonl out/
  rassegna batch --workers 4 records.parquet out/
  rassegna batch --engine spark --master 'local[*]' articles/ out/
  spark-submit $(python -c 'import rassegna.batch.submit as m; print(m.__file__)') IN OUT   (a cluster)

\b
Writes one Parquet dataset per table: OUTPUT/articles, entities, quotes, times, stories, errors.
Exit codes: 0 every record analysed; 1 some records failed (see OUTPUT/errors); 2 nothing
analysed, or a usage error.""")
@click.argument("source", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: pure Python on this machine; spark: a PySpark job (pip install 'rassegna[spark]').")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes for the per-article stages of the local engine.")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL for --engine spark.")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Repartition the records into this many Spark partitions (default: as read).")
@click.option("--conf", "conf", multiple=True, metavar="KEY=VALUE", callback=_conf_pairs,
              help="A Spark setting for --engine spark (repeatable), e.g. spark.driver.memory=4g.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse records larger than this many bytes.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def batch(source: str, output: str, engine: str, workers: int, master: str, partitions: int | None,
          conf: dict[str, str], max_bytes: int, quiet: bool) -> None:
    """Analyse a large corpus of JSON-lines or Parquet article records into Parquet tables.

    INPUT is a JSON-lines or Parquet file, or a folder of them; records as for analyze
    (text or html required; url, id, title, outlet, published, author, language optional).
    """
    from .batch import run_batch

    try:
        result = run_batch(source, output, engine=engine, workers=workers, master=master, partitions=partitions,
                           conf=conf, max_bytes=max_bytes)
    except RassegnaError as exc:
        _fail(exc)
    if result.errors:
        click.echo(f"rassegna: {result.errors} records failed; see {output}/errors", err=True)
    if not quiet:
        rate = result.articles / result.seconds if result.seconds else 0.0
        click.echo(f"{result.articles} articles, {result.counts.get('stories', 0)} stories, "
                   f"{result.counts.get('entities', 0)} entities in {result.seconds:.1f} s "
                   f"({rate:.1f} articles/s, {engine}) → {output}")
    if not result.articles:
        click.echo("rassegna: nothing analysed", err=True)
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_PARTIAL if result.errors else EXIT_OK)
