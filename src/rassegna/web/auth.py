"""Writes need ``Authorization: Bearer <token>`` (or, from the browser's forms, the token field)."""

from __future__ import annotations

import hmac

from fastapi import Request

from ..errors import AuthError
from .errors import Forbidden


def check_token(request: Request, given: str | None = None) -> None:
    """Raise AuthError (401) without a token, Forbidden (403) with a wrong one; pass when auth is off."""
    settings = request.app.state.settings
    if not settings.auth:
        return
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    token = value.strip() if scheme.lower() == "bearer" else (given or "").strip()
    if not token:
        raise AuthError(detail="this needs a token: send 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(token.encode(), (settings.token or "").encode()):
        raise Forbidden(detail="the token is not valid")


def require_token(request: Request) -> None:
    """A FastAPI dependency for the API's write routes."""
    check_token(request)
