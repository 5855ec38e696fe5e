"""What every store does, in SQL common to SQLite and PostgreSQL.

Raw input is kept as it came, so nothing is ever lost; each article is written in one
transaction, so an interrupted run leaves no half article. Subclasses supply the
connection and the few words where the dialects differ.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from ..errors import NotInStore, StoreError
from ..model import Article, Document, Story
from .migrations import MIGRATIONS
from .records import annotations_from, document_from_row


def _load(value: Any) -> Any:
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """The same article text, whatever its spacing or case, has the same hash."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()


class Store:
    """A database of inputs, articles and stories."""

    dialect: dict[str, str] = {}
    placeholder = "?"

    def __init__(self, conn: Any, *, url: str) -> None:
        self.conn = conn
        self.url = url
        self.migrate()

    # -- plumbing -------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.placeholder) if self.placeholder != "?" else sql

    def _exec(self, sql: str, params: tuple = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), params)
        return cur

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            yield
        except Exception:
            self.conn.rollback()
            raise
        else:
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    # -- schema ---------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        with self.transaction():
            self._exec("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in self._exec("SELECT name FROM migrations").fetchall()}
        applied = []
        for name, statements in MIGRATIONS:
            if name in done:
                continue
            try:
                with self.transaction():
                    for statement in statements:
                        self._exec(statement.format(**self.dialect))
                    self._exec("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now()))
            except Exception as exc:  # any driver error: the store is unusable as it is
                raise StoreError(self.url, f"migration {name} failed: {exc}") from exc
            applied.append(name)
        return applied

    def migrations(self) -> list[str]:
        return [r[0] for r in self._exec("SELECT name FROM migrations ORDER BY name").fetchall()]

    # -- writing --------------------------------------------------------------
    def save_input(self, article: Article) -> int:
        """Keep the raw input (once per distinct content); return its row id."""
        sha = hashlib.sha256(article.raw).hexdigest()
        given = json.dumps({k: v for k, v in article.given.items() if not k.startswith("_")})
        with self.transaction():
            row = self._exec("SELECT id FROM inputs WHERE sha256 = ?", (sha,)).fetchone()
            if row:
                return int(row[0])
            self._exec("INSERT INTO inputs (source, sha256, kind, given, raw, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                       (article.source, sha, article.kind, given, article.raw, now()))
            return int(self._exec("SELECT id FROM inputs WHERE sha256 = ?", (sha,)).fetchone()[0])

    def save_document(self, doc: Document, *, input_id: int | None = None) -> str:
        """Insert or update ``doc``; the same URL or the same content updates, never duplicates.

        Returns the id under which the article is stored (an earlier copy's id if any).
        """
        chash = content_hash(doc.text)
        values = (doc.source, doc.url, chash, doc.title, doc.outlet, doc.author, doc.published, doc.language,
                  doc.text, json.dumps([r.to_dict() for r in doc.removed]), doc.copy_of, doc.story,
                  json.dumps(annotations_from(doc)), json.dumps(doc.meta, default=str), now())
        with self.transaction():
            same_content = self._exec("SELECT id FROM articles WHERE content_hash = ?", (chash,)).fetchone()
            same_key = self._exec("SELECT id FROM articles WHERE id = ? OR url = ?", (doc.id, doc.url)).fetchone()
            if same_content and (not same_key or same_content[0] != same_key[0]):
                return str(same_content[0])  # this text is stored already: keep that row as it is
            if same_key:
                self._exec("""UPDATE articles SET source=?, url=?, content_hash=?, title=?, outlet=?, author=?,
                              published=?, language=?, text=?, removed=?, copy_of=?, story=?, annotations=?,
                              meta=?, analysed_at=?, input_id=COALESCE(?, input_id) WHERE id=?""",
                           (*values, input_id, same_key[0]))
                return str(same_key[0])
            self._exec("""INSERT INTO articles (source, url, content_hash, title, outlet, author, published,
                          language, text, removed, copy_of, story, annotations, meta, analysed_at, input_id, id)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                       (*values, input_id, doc.id))
            return doc.id

    def replace_stories(self, stories: list[tuple[Story, dict[str, Any]]]) -> None:
        """Store the current grouping, in one transaction: stories that merged away go."""
        with self.transaction():
            self._exec("DELETE FROM stories")
            for story, data in stories:
                self._exec("INSERT INTO stories (id, title, data, updated_at) VALUES (?, ?, ?, ?)",
                           (story.id, story.title, json.dumps(data), now()))

    def save_stories(self, stories: list[tuple[Story, dict[str, Any]]], *, gone: tuple[str, ...] = ()) -> None:
        """Insert or update these stories and delete the ``gone`` ones (merged into others),
        in one transaction; the other stories stay as they are."""
        with self.transaction():
            for story_id in gone:
                self._exec("DELETE FROM stories WHERE id = ?", (story_id,))
            for story, data in stories:
                self._exec("DELETE FROM stories WHERE id = ?", (story.id,))
                self._exec("INSERT INTO stories (id, title, data, updated_at) VALUES (?, ?, ?, ?)",
                           (story.id, story.title, json.dumps(data), now()))

    def stories(self) -> list[dict[str, Any]]:
        """Every story's record (its dossier entry without article texts), newest first."""
        rows = self._exec("SELECT id, title, data FROM stories").fetchall()
        out = [{**_load(data), "id": sid, "title": title} for sid, title, data in rows]
        return sorted(out, key=lambda s: (s.get("last_seen") or "", s["id"]), reverse=True)

    def story(self, story_id: str) -> dict[str, Any]:
        row = self._exec("SELECT id, title, data FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotInStore(f"story {story_id}")
        return {**_load(row[2]), "id": row[0], "title": row[1]}

    # -- reading --------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("inputs", "articles", "stories"):
            raise StoreError(self.url, f"no table {table}")
        return int(self._exec(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    _ARTICLE_COLUMNS = ("id, source, url, title, outlet, author, published, language, text, removed, copy_of, "
                        "story, annotations, meta")

    def article(self, article_id: str) -> Document:
        row = self._exec(f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotInStore(f"article {article_id}")
        return document_from_row(row)

    def documents(self, *, story: str | None = None) -> list[Document]:
        sql = f"SELECT {self._ARTICLE_COLUMNS} FROM articles"
        rows = (self._exec(sql + " WHERE story = ? ORDER BY published, id", (story,)) if story
                else self._exec(sql + " ORDER BY published, id"))
        return [document_from_row(r) for r in rows.fetchall()]

    def documents_between(self, start: str | None, end: str | None = None) -> list[Document]:
        """Articles published from ``start`` to ``end`` (ISO strings; None: unbounded), and
        the undated ones: what a new article may share a story with."""
        sql = f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE published IS NULL OR (published >= ?"
        params: tuple = (start or "",)
        if end:
            sql += " AND published <= ?"
            params += (end,)
        rows = self._exec(sql + ") ORDER BY published, id", params)
        return [document_from_row(r) for r in rows.fetchall()]

    def documents_by_id(self, ids: list[str]) -> list[Document]:
        out = []
        for start in range(0, len(ids), 500):  # bounded IN lists for every driver
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._exec(f"SELECT {self._ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", tuple(chunk))
            out += [document_from_row(r) for r in rows.fetchall()]
        return out

    def raw_input(self, input_id: int) -> bytes:
        row = self._exec("SELECT raw FROM inputs WHERE id = ?", (input_id,)).fetchone()
        if row is None:
            raise NotInStore(f"input {input_id}")
        return bytes(row[0])

    # -- browsing (web app and API) -------------------------------------------
    def version(self) -> tuple:
        """Changes whenever articles or stories change: a key for caches of derived views."""
        articles = self._exec("SELECT COUNT(*), MAX(analysed_at) FROM articles").fetchone()
        stories = self._exec("SELECT COUNT(*), MAX(updated_at) FROM stories").fetchone()
        return (*articles, *stories)

    def story_version(self, story_id: str) -> str:
        """When ``story_id`` was last regrouped; NotInStore when there is no such story."""
        row = self._exec("SELECT updated_at FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotInStore(f"story {story_id}")
        return str(row[0])

    def stories_matching(self, words: str) -> set[str]:
        """Ids of the stories whose title, or an article's title or text, contains ``words``."""
        like = f"%{words.lower()}%"
        found = self._exec("SELECT DISTINCT story FROM articles WHERE story IS NOT NULL AND "
                           "(LOWER(title) LIKE ? OR LOWER(text) LIKE ? OR LOWER(outlet) LIKE ?)",
                           (like, like, like)).fetchall()
        titled = self._exec("SELECT id FROM stories WHERE LOWER(title) LIKE ?", (like,)).fetchall()
        return {r[0] for r in found} | {r[0] for r in titled}

    _SUMMARY_COLUMNS = "id, source, url, title, outlet, author, published, language, story, copy_of, LENGTH(text)"

    def article_page(self, *, story: str | None = None, outlet: str | None = None, language: str | None = None,
                     words: str | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """One page of article summaries (no text), newest first, and how many match in all."""
        where, params = [], []
        for column, value in (("story", story), ("outlet", outlet), ("language", language)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if words:
            where.append("(LOWER(title) LIKE ? OR LOWER(text) LIKE ?)")
            params += [f"%{words.lower()}%"] * 2
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        total = int(self._exec("SELECT COUNT(*) FROM articles" + clause, tuple(params)).fetchone()[0])
        rows = self._exec(f"SELECT {self._SUMMARY_COLUMNS} FROM articles{clause} "
                          "ORDER BY COALESCE(published, '') DESC, id LIMIT ? OFFSET ?",
                          (*params, int(limit), int(offset))).fetchall()
        keys = ("id", "source", "url", "title", "outlet", "author", "published", "language", "story", "copy_of", "length")
        return total, [dict(zip(keys, row, strict=True)) for row in rows]

    def outlets(self) -> list[str]:
        rows = self._exec("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet").fetchall()
        return [r[0] for r in rows]

    def annotated(self, *, story: str | None = None) -> list[dict[str, Any]]:
        """Every article's id, story, outlet, title, date and annotations (mentions, quotes, times),
        without the text: what the entity and quote views are computed from."""
        sql = "SELECT id, story, outlet, title, published, language, annotations FROM articles"
        rows = (self._exec(sql + " WHERE story = ? ORDER BY published, id", (story,)) if story
                else self._exec(sql + " ORDER BY published, id")).fetchall()
        keys = ("id", "story", "outlet", "title", "published", "language")
        return [{**dict(zip(keys, row[:6], strict=True)), "annotations": _load(row[6])} for row in rows]
