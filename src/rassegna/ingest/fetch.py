"""Fetching URLs safely: http(s) only, timeouts, a size cap, bounded redirects, a content-type
check, and no private, loopback or link-local addresses unless explicitly allowed."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import BlockedURL, FetchError
from .decode import DEFAULT_MAX_BYTES, check_size

TIMEOUT = 15.0  # seconds per request: a news page that takes longer is usually a dead host
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
                  "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
                  "application/json", "application/x-ndjson", "application/jsonlines")
USER_AGENT = f"rassegna/{__version__} (+news analysis; offline-first)"


@dataclass
class Fetched:
    url: str  # the final URL after redirects
    body: bytes
    content_type: str
    charset: str | None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and, unless allowed, hosts that resolve to non-public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedURL(url, "only http and https URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 0, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {parts.hostname}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise BlockedURL(url, f"{parts.hostname} resolves to non-public address {address}"
                                  " (use --allow-private for intranets and tests)")


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
          timeout: float = TIMEOUT) -> Fetched:
    """GET ``url`` following at most MAX_REDIRECTS redirects, each hop checked."""
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            check_url(url, allow_private=allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    return _read(url, response, max_bytes)
            except httpx.HTTPError as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
    raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")


def _read(url: str, response: httpx.Response, max_bytes: int) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(url, f"HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in ACCEPTED_TYPES:
        raise FetchError(url, f"content type {content_type} is not a page, text or feed")
    length = response.headers.get("content-length")
    if length and length.isdigit():
        check_size(int(length), url, max_bytes=max_bytes)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        check_size(size, url, max_bytes=max_bytes)
        chunks.append(chunk)
    return Fetched(url, b"".join(chunks), content_type, response.charset_encoding)
