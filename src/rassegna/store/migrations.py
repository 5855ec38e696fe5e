"""Named schema migrations, applied in order and recorded in the ``migrations`` table.

Each is (name, statements); ``{blob}``, ``{serial}`` and ``{json}`` are filled per database.
A migration is never edited once released: changes come as a new, later migration.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_inputs_articles_stories", [
        """CREATE TABLE inputs (
            id {serial},
            source TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            given {json} NOT NULL,
            raw {blob} NOT NULL,
            received_at TEXT NOT NULL
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            input_id INTEGER REFERENCES inputs(id),
            source TEXT NOT NULL,
            url TEXT UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            outlet TEXT,
            author TEXT,
            published TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            removed {json} NOT NULL,
            copy_of TEXT,
            story TEXT,
            annotations {json} NOT NULL,
            meta {json} NOT NULL,
            analysed_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_story ON articles(story)",
        "CREATE INDEX articles_published ON articles(published)",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            data {json} NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    ]),
]
