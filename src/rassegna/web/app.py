"""The web app: pages and the REST API over one store, behind the security middleware.

Every error, the library's or the framework's, goes through one handler that answers with
the error's status and ``to_dict()`` (JSON for the API, a page for the browser); an
unexpected failure is logged and answered with a generic 500, never a trace.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import RassegnaError
from ..ingest import IngestOptions
from . import api, pages
from .dossiers import Dossiers
from .errors import BadRequestBody, InternalError, from_http
from .jobs import Jobs
from .middleware import BodyLimit, SecurityHeaders
from .queries import Index
from .render import render
from .settings import Settings, Stores

log = logging.getLogger("rassegna.web")


def create_app(settings: Settings) -> FastAPI:
    """The ASGI app serving ``settings.db``; the store is opened (and migrated) right away."""
    stores = Stores(settings.db)
    stores.get()  # fail now, not on the first request, when the store cannot be opened
    writer = Stores(settings.db)
    options = IngestOptions(max_bytes=settings.max_body, allow_private=settings.allow_private)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        app.state.jobs.stop()
        stores.close_all()
        writer.close_all()

    app = FastAPI(title="rassegna", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Stories, entities, quotes and times from many outlets' news, with evidence "
                              "(article id and character span) for every item.")
    app.state.settings, app.state.stores = settings, stores
    app.state.jobs = Jobs(writer.get, options)
    app.state.index, app.state.dossiers = Index(), Dossiers()
    static = resources.files(__package__).joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(RassegnaError, handle_error)
    app.add_exception_handler(HTTPException, handle_http)
    app.add_exception_handler(RequestValidationError, handle_validation)
    app.add_exception_handler(Exception, handle_unexpected)
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json" or \
        "text/html" not in request.headers.get("accept", "")


async def handle_error(request: Request, exc: Exception) -> Response:
    """The one place errors become responses."""
    error = exc if isinstance(exc, RassegnaError) else InternalError()
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    if _wants_json(request):
        return JSONResponse(error.to_dict(), status_code=error.status, headers=headers)
    return HTMLResponse(render("error.html", error=error.to_dict(), status=error.status, nav=""),
                        status_code=error.status, headers=headers)


async def handle_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return await handle_error(request, from_http(exc.status_code, str(exc.detail)))


async def handle_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(dict.fromkeys(_problem(e) for e in exc.errors()[:5]))
    return await handle_error(request, BadRequestBody(detail=problems))


def _problem(error: dict) -> str:
    """'field: message', without pydantic's validator names in the path."""
    where = [str(p) for p in error.get("loc", ()) if isinstance(p, int) or "[" not in str(p)]
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{'.'.join(where)}: {message}" if where else message


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return await handle_error(request, InternalError())
