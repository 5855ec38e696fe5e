"""ASGI middleware: security headers on every response, and a cap on request bodies."""

from __future__ import annotations

import json

from .errors import BodyTooLarge

# No inline script or style anywhere; scripts and styles only from /static; forms post here only.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin")]


class SecurityHeaders:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """413 for bodies over ``limit`` bytes: by Content-Length up front, else while reading."""

    def __init__(self, app, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers", [])).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            return await _refuse(send, self.limit)
        seen, too_big = 0, False

        async def counted():
            nonlocal seen, too_big
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                too_big = True
                raise BodyTooLarge(limit=self.limit)
            return message

        async def answer(message) -> None:
            # whatever the app made of the interrupted body (frameworks wrap it as a 400), it is a 413
            if not too_big:
                return await send(message)
            if message["type"] == "http.response.start":
                await _refuse(send, self.limit)

        await self.app(scope, counted, answer)


async def _refuse(send, limit: int) -> None:
    body = json.dumps(BodyTooLarge(limit=limit).to_dict()).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
