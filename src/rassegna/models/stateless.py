"""What rule components with no trained state share: nothing to save, nothing to load
(their data ship with the package)."""

from __future__ import annotations

from pathlib import Path


class Stateless:
    """spaCy's serialisation hooks for a component whose data are package resources."""

    def to_disk(self, path, *, exclude=tuple()):
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        return self
