"""Errors only the web layer raises; like every rassegna error they carry code and HTTP status."""

from __future__ import annotations

from ..errors import AuthError, RassegnaError


class WebError(RassegnaError):
    code = "E500"
    status = 400


class BadRequestBody(WebError):
    code = "E501"
    status = 422
    template = "bad request: {detail}"


class PageNotFound(WebError):
    code = "E502"
    status = 404
    template = "no such page{detail}"


class MethodNotAllowed(WebError):
    code = "E503"
    status = 405
    template = "method not allowed{detail}"


class BodyTooLarge(WebError):
    code = "E504"
    status = 413
    template = "the request body is over the {limit:,}-byte limit{detail}"


class JobNotFound(WebError):
    code = "E505"
    status = 404
    template = "no such ingestion job{detail}"


class InternalError(WebError):
    """What a client sees of an unexpected failure: no trace, no detail."""

    code = "E599"
    status = 500
    template = "internal error; the server log has the details{detail}"


class Forbidden(AuthError):
    code = "E401"
    status = 403
    template = "{detail}"


def from_http(status: int, detail: str = "") -> RassegnaError:
    """The catalogue error for a bare HTTP status raised by the framework (404, 405, ...)."""
    if status == 404:
        return PageNotFound()
    if status == 405:
        return MethodNotAllowed()
    if status == 413:
        return BodyTooLarge(limit=0)
    error = WebError(detail=detail or f"HTTP {status}")
    error.status = status
    return error
