"""Bytes to text: encoding detection and the refusal of binary, empty or oversized input."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, OversizedInput, UndecodableInput

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # 10 MB: far above any article, small enough for memory

# Signatures of common binary formats that can start with printable bytes.
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
          b"\x7fELF", b"MZ", b"OggS", b"RIFF", b"ID3", b"SQLite format 3")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_SHARE = 0.02
# Western text read as Windows-1252 has few non-ASCII letters (accents: under 10% even in
# Portuguese); Cyrillic, Greek or CJK bytes read as Windows-1252 are mostly such letters.
_MAX_NON_ASCII_LETTERS = 0.3
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def check_size(size: int, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse an input over ``max_bytes`` before reading it whole."""
    if size > max_bytes:
        raise OversizedInput(source, size=size, limit=max_bytes)


def decode(raw: bytes, source: str, *, declared: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode ``raw`` to normalised text (NFC, ``\\n`` newlines), refusing what is not text.

    ``declared`` is an encoding named by the transport (HTTP header); a charset declared
    inside HTML is honoured too. Without either, UTF-8/UTF-16/UTF-32 are recognised by BOM
    or shape, then charset detection decides, with Windows-1252 for Western text.
    """
    check_size(len(raw), source, max_bytes=max_bytes)
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyInput(source)
    if raw.startswith(_MAGIC):
        raise BinaryInput(source)
    text = _decode(raw, source, declared)
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise BinaryInput(source)
    text = normalise(text)
    if not text.strip():
        raise EmptyInput(source)
    return text


def normalise(text: str) -> str:
    """NFC, Unix newlines, no invisible characters: the form every later offset refers to."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text)


def _decode(raw: bytes, source: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw, encoding, source)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _strict(raw, utf16, source)
    if b"\x00" in raw:
        raise BinaryInput(source)
    for name in (declared, _html_charset(raw)):
        encoding = _known(name)
        if encoding:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to detection
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _guess(raw, source)


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL, as in BOM-less UTF-16 text."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _html_charset(raw: bytes) -> str | None:
    match = _HTML_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(raw: bytes, encoding: str, source: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(source, f" as {encoding} ({exc.reason} at byte {exc.start})") from exc


def _guess(raw: bytes, source: str) -> str:
    """Windows-1252 (a superset of Latin-1's text) unless the result cannot be Western text."""
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = raw.decode("latin-1")  # every byte is valid Latin-1
    letters = [c for c in western if c.isalpha()]
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    if not letters or non_ascii <= _MAX_NON_ASCII_LETTERS * len(letters):
        return western
    best = from_bytes(raw[:65536]).best()
    if best is None:
        raise UndecodableInput(source, ": no encoding fits")
    return str(best)
