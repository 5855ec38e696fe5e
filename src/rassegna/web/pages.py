"""The browser's pages: stories, a story, an article, entities, ingestion and its progress.
Each page renders from the same library calls as the API; every template autoescapes."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from ..errors import NotInStore
from .api import article_record, store_of
from .auth import check_token
from .ingest import Payload, records_payload, upload_payload
from .queries import StoryFilter, find_entities, find_quotes, find_stories, page
from .render import article_marks, nested, render
from .story_view import story_context

router = APIRouter(include_in_schema=False)
PAGE = 20  # stories or entities per page


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    return HTMLResponse(render(name, auth=settings.auth, **context), status_code=status)


def _pager(request: Request, result: dict[str, Any]) -> dict[str, Any]:
    """Links to the previous and next pages, keeping the filters."""
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}

    def link(offset: int) -> str:
        return "?" + urlencode({**params, "offset": offset})

    prev_at, next_at = result["offset"] - result["limit"], result["offset"] + result["limit"]
    return {"prev": link(max(prev_at, 0)) if result["offset"] > 0 else None,
            "next": link(next_at) if next_at < result["total"] else None,
            "first": result["offset"] + 1 if result["items"] else 0,
            "last": result["offset"] + len(result["items"]), "total": result["total"]}


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/stories", status_code=303)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, q: str = "", outlet: str = "", language: str = "", since: str = "",
                 until: str = "", entity: str = "", offset: int = 0) -> HTMLResponse:
    store = store_of(request)
    wanted = StoryFilter(q or None, outlet or None, language or None, since or None, until or None, entity or None)
    result = page(find_stories(store, request.app.state.index, wanted), PAGE, offset)
    entity_name = (request.app.state.index.entities(store).get(entity) or {}).get("name") if entity else None
    return _page(request, "stories.html", nav="stories", result=result, paging=_pager(request, result),
                 filters=wanted, outlets=store.outlets(), entity_name=entity_name)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    def make(dossier: dict[str, Any]) -> str:
        return render("story.html", nav="stories", auth=request.app.state.settings.auth, **story_context(dossier))

    return HTMLResponse(request.app.state.dossiers.made(store_of(request), story_id, "page", make))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    store = store_of(request)
    article = article_record(store, article_id)
    entities = request.app.state.index.entities(store)
    names = {m["entity"]: entities[m["entity"]]["name"] for m in article["mentions"] if m.get("entity") in entities}
    return _page(request, "article.html", nav="", a=article, tree=nested(article["text"], article_marks(article)),
                 names=names, quotes=find_quotes(request.app.state.index, store, article=article_id))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str = "", type: str = "", offset: int = 0) -> HTMLResponse:  # noqa: A002
    store = store_of(request)
    result = page(find_entities(request.app.state.index, store, q=q or None, type_=type or None), PAGE * 2, offset)
    return _page(request, "entities.html", nav="entities", result=result, paging=_pager(request, result), q=q,
                 type=type)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> HTMLResponse:
    store = store_of(request)
    entity = request.app.state.index.entities(store).get(entity_id)
    if entity is None:
        raise NotInStore(f"entity {entity_id}")
    titles = {s["id"]: s for s in store.stories() if s["id"] in entity["stories"]}
    quotes = find_quotes(request.app.state.index, store, speaker=entity_id)
    return _page(request, "entity.html", nav="entities", e=entity, stories=titles, quotes=quotes)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request) -> HTMLResponse:
    return _page(request, "ingest.html", nav="ingest", allow_private=request.app.state.settings.allow_private)


def _start(request: Request, payloads: list[Payload], token: str | None) -> RedirectResponse:
    check_token(request, token)
    job = request.app.state.jobs.submit(payloads)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.post("/ingest/text")
def ingest_text(request: Request, text: Annotated[str, Form(min_length=1)], title: Annotated[str, Form()] = "",
                outlet: Annotated[str, Form()] = "", url: Annotated[str, Form()] = "",
                token: Annotated[str, Form()] = "") -> RedirectResponse:
    record = {k: v for k, v in {"text": text, "title": title, "outlet": outlet, "url": url}.items() if v.strip()}
    return _start(request, [records_payload([record], "paste")], token)


@router.post("/ingest/files")
async def ingest_files(request: Request, files: Annotated[list[UploadFile], File()],
                       token: Annotated[str, Form()] = "") -> RedirectResponse:
    payloads = [upload_payload(f.filename or "upload", await f.read()) for f in files]
    return _start(request, payloads, token)


@router.post("/ingest/url")
def ingest_url(request: Request, url: Annotated[str, Form(min_length=1)],
               token: Annotated[str, Form()] = "") -> RedirectResponse:
    return _start(request, [Payload(url.strip(), url=url.strip())], token)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> HTMLResponse:
    job = request.app.state.jobs.get(job_id)
    store = store_of(request)
    stories = []
    for story_id in job.stories:
        try:
            stories.append(store.story(story_id))
        except NotInStore:  # regrouped since: the story merged into another
            continue
    return _page(request, "job.html", nav="ingest", job=job.to_dict(), stories=stories)

