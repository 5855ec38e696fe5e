"""Ingestion jobs: one writer thread runs them in order (one writer at a time), and anyone can
follow a job's progress by its id."""

from __future__ import annotations

import logging
import queue
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..ingest import IngestOptions
from ..store import Store
from .errors import JobNotFound
from .ingest import Ingester, Payload

log = logging.getLogger("rassegna.web")
KEEP_JOBS = 500  # finished jobs remembered for their progress pages; older ones are forgotten


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    inputs: list[str]
    status: str = "queued"  # queued | running | done | failed
    step: str = "waiting for the writer"
    seen: int = 0
    articles: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    created: str = field(default_factory=_now)
    finished: str | None = None
    payloads: list[Payload] = field(default_factory=list, repr=False)
    event: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def finished_ok(self) -> bool:
        return self.status == "done"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "step": self.step, "inputs": self.inputs,
                "seen": self.seen, "articles": self.articles, "stories": self.stories, "errors": self.errors,
                "created": self.created, "finished": self.finished}


class Jobs:
    """A queue of ingestion jobs and the single thread that writes them into the store."""

    def __init__(self, open_writer_store: Callable[[], Store], options: IngestOptions,
                 on_change: Callable[[], None] = lambda: None) -> None:
        self._open_store = open_writer_store
        self._options = options
        self._on_change = on_change
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def submit(self, payloads: list[Payload]) -> Job:
        job = Job(secrets.token_hex(8), [p.url or p.name for p in payloads], payloads=payloads)
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[:-KEEP_JOBS]:
                del self._jobs[old]
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="rassegna-writer", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job:
        with self._lock:
            job = self._jobs.get(job_id)
        if job is None:
            raise JobNotFound(job_id)
        return job

    def stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=30)

    def _work(self) -> None:
        ingester = None
        while (job := self._queue.get()) is not None:
            job.status, job.step = "running", "loading the language pipelines"
            try:
                ingester = ingester or Ingester(self._open_store(), self._options)
                self._run(ingester, job)
            except Exception:  # any failure: the job says so, the writer goes on with the next one
                log.exception("ingestion job %s failed", job.id)
                job.status, job.step = "failed", "failed: internal error (see the server log)"
            finally:
                job.finished, job.payloads = _now(), []
                self._on_change()
                job.event.set()

    def _run(self, ingester: Ingester, job: Job) -> None:
        job.step = "reading and analysing articles"

        def seen(_name: str) -> None:
            job.seen += 1

        outcome = ingester.run(job.payloads, on_item=seen)
        job.articles, job.stories = outcome.articles, outcome.stories
        job.errors = [e.to_dict() for e in outcome.errors]
        job.status = "done"
        job.step = f"{len(job.articles)} articles stored, {len(job.errors)} skipped"
