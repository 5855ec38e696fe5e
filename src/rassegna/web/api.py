"""The REST API under /api: JSON in and out, pages of results with totals, errors with codes."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import NotInStore
from ..model import Corpus
from ..report import build
from ..store import Store
from ..store.records import annotations_from
from .auth import require_token
from .errors import BadRequestBody
from .ingest import Payload, records_payload
from .queries import MAX_LIMIT, StoryFilter, find_entities, find_quotes, find_stories, page, story_summary

router = APIRouter(prefix="/api", tags=["api"])
SYNC_WAIT = 300.0  # seconds POST /api/articles waits for its job before answering 202 with the job id
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class ArticleRecord(BaseModel):
    """One article, as a line of the JSON-lines input of ``rassegna analyze``."""

    model_config = ConfigDict(extra="ignore")
    text: str | None = Field(None, description="the article's text (this or html is required)")
    html: str | None = Field(None, description="the article's HTML page")
    url: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    author: str | None = None
    language: str | None = Field(None, description="ISO 639-1 code, e.g. it, en")

    @field_validator("url", "id", "title", "outlet", "published", "author", "language", mode="before")
    @classmethod
    def _scalar_as_text(cls, value: Any) -> Any:
        """As ``rassegna analyze`` reads records: a number or boolean given for a field is its text."""
        return str(value) if isinstance(value, (int, float, bool)) else value

    @model_validator(mode="after")
    def _has_body(self) -> ArticleRecord:
        if not (self.text or "").strip() and not (self.html or "").strip():
            raise ValueError("a record needs a non-empty 'text' or 'html'")
        return self


class UrlRequest(BaseModel):
    url: str = Field(description="an http(s) page, feed or JSON-lines URL")


def store_of(request: Request) -> Store:
    return request.app.state.stores.get()


StoreDep = Annotated[Store, Depends(store_of)]


def _records_schema() -> dict[str, Any]:
    one = ArticleRecord.model_json_schema(ref_template="#/components/schemas/{model}")
    return {"oneOf": [one, {"type": "array", "items": one}]}


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)],
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": _records_schema()},
                 "application/x-ndjson": {"schema": {"type": "string", "description": "one record per line"}},
                 "text/plain": {"schema": {"type": "string", "description": "one article's text"}}}}},
             responses={202: {"description": "still running: poll /api/jobs/{id}"}, 401: {}, 403: {}, 413: {}, 422: {}})
async def post_articles(request: Request) -> JSONResponse:
    """Analyse and store one record, a list of records or JSON lines (the input format of
    ``rassegna analyze``; text/plain is one article's text); new articles join the stored stories."""
    rows = parse_records(await request.body(), request.headers.get("content-type", ""))
    job = request.app.state.jobs.submit([records_payload(rows)])
    if not await asyncio.to_thread(job.event.wait, SYNC_WAIT):
        return JSONResponse(job.to_dict(), status_code=202)
    status = 201 if job.articles else (500 if job.status == "failed" else 422)
    return JSONResponse(job.to_dict(), status_code=status)


def parse_records(body: bytes, content_type: str) -> list[dict[str, Any]]:
    """Records from a request body: a JSON object or array, JSON lines, or plain text; 422 otherwise."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequestBody(detail="the body is not UTF-8") from exc
    if content_type.startswith("text/plain"):
        found: Any = {"text": text}
    else:
        try:
            found = json.loads(text)
        except json.JSONDecodeError:
            found = _json_lines(text)
    found = found if isinstance(found, list) else [found]
    if not found:
        raise BadRequestBody(detail="no records")
    try:
        return [ArticleRecord.model_validate(r).model_dump(exclude_none=True) for r in found]
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise BadRequestBody(detail=str(problem.get("msg", "invalid record")).removeprefix("Value error, ")) from exc


def _json_lines(text: str) -> list[Any]:
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise BadRequestBody(detail=f"not JSON or JSON lines ({exc.msg} at line {exc.lineno})") from exc


@router.post("/urls", status_code=202, dependencies=[Depends(require_token)])
def post_url(request: Request, body: UrlRequest) -> JSONResponse:
    """Fetch a page or feed (through the private-address guard) and ingest it in the background."""
    job = request.app.state.jobs.submit([Payload(body.url, url=body.url)])
    return JSONResponse(job.to_dict(), status_code=202)


@router.get("/jobs/{job_id}")
def get_job(request: Request, job_id: str) -> dict[str, Any]:
    """An ingestion job's progress: status, articles seen and stored, stories, skipped inputs."""
    return request.app.state.jobs.get(job_id).to_dict()


@router.get("/stories")
def list_stories(request: Request, store: StoreDep, q: str | None = None, outlet: str | None = None,
                 language: str | None = None, since: str | None = None, until: str | None = None,
                 entity: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stories, newest first, filtered by words, outlet, language, dates (ISO) or entity id."""
    wanted = StoryFilter(q, outlet, language, since, until, entity)
    found = [story_summary(s) for s in find_stories(store, request.app.state.index, wanted)]
    return page(found, limit, offset)


@router.get("/stories/{story_id}", response_class=Response,
            responses={200: {"content": {"application/json": {}}, "description": "a rassegna/dossier@1 dossier"}})
def get_story(request: Request, store: StoreDep, story_id: str) -> Response:
    """The dossier (contract rassegna/dossier@1) of one story: its articles, entities, quotes, times."""
    body = request.app.state.dossiers.made(store, story_id, "json", lambda d: json.dumps(d, ensure_ascii=False).encode())
    return Response(body, media_type="application/json")


@router.get("/articles")
def list_articles(store: StoreDep, story: str | None = None, outlet: str | None = None, language: str | None = None,
                  q: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Article summaries (no text), newest first."""
    total, items = store.article_page(story=story, outlet=outlet, language=language, words=q, limit=limit,
                                      offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/articles/{article_id}")
def get_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """One article: clean text, metadata, what cleaning removed, and its spans."""
    return article_record(store, article_id)


@router.get("/entities")
def list_entities(request: Request, store: StoreDep, q: str | None = None,
                  type: str | None = Query(None, pattern="^(PER|ORG|LOC|MISC)$"),  # noqa: A002 - the API's word
                  story: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Entities across the store, most mentioned first."""
    return page(find_entities(request.app.state.index, store, q=q, type_=type, story=story), limit, offset)


@router.get("/entities/{entity_id}")
def get_entity(request: Request, store: StoreDep, entity_id: str) -> dict[str, Any]:
    entity = request.app.state.index.entities(store).get(entity_id)
    if entity is None:
        raise NotInStore(f"entity {entity_id}")
    return entity


@router.get("/quotes")
def list_quotes(request: Request, store: StoreDep, story: str | None = None, speaker: str | None = None,
                article: str | None = None, q: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Quotations with their speaker, cue, channel and span."""
    found = find_quotes(request.app.state.index, store, story=story, speaker=speaker, article=article, q=q)
    return page(found, limit, offset)


def article_record(store: Store, article_id: str) -> dict[str, Any]:
    """An article as the dossier shows it, with its mentions, quotes and times."""
    doc = store.article(article_id)
    return {**build(Corpus([doc]))["articles"][0], **annotations_from(doc)}
