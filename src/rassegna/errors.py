"""The catalogue of rassegna's errors.

Every error the library raises is a :class:`RassegnaError` with a stable code, a one-line
message naming the input and the problem, and the HTTP status the web app answers with.
Only the CLI and the web app translate them; the library never prints.
"""

from __future__ import annotations


class RassegnaError(Exception):
    """Base of every rassegna error: ``code`` is stable, ``status`` is the HTTP status."""

    code = "E000"
    status = 500
    template = "{detail}"

    def __init__(self, subject: str = "", detail: str = "", **kwargs: object) -> None:
        self.subject = subject
        self.detail = detail
        self.kwargs = kwargs
        message = self.template.format(detail=detail, **kwargs)
        super().__init__(f"{subject}: {message}" if subject else message)

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "error": type(self).__name__, "message": str(self)}

    def __reduce__(self):  # errors cross process boundaries (parallel workers) intact
        return _rebuild, (type(self), self.subject, self.detail, self.kwargs)


def _rebuild(cls: type[RassegnaError], subject: str, detail: str, kwargs: dict) -> RassegnaError:
    return cls(subject, detail, **kwargs)


class InputError(RassegnaError):
    """An input cannot be analysed; the others go on."""

    code = "E100"
    status = 422


class EmptyInput(InputError):
    code = "E101"
    template = "empty input{detail}"


class BinaryInput(InputError):
    code = "E102"
    template = "binary content, not text or HTML{detail}"


class OversizedInput(InputError):
    code = "E103"
    status = 413
    template = "{size:,} bytes is over the {limit:,}-byte limit{detail}"


class UndecodableInput(InputError):
    code = "E104"
    template = "cannot decode the text{detail}"


class BadRecord(InputError):
    code = "E105"
    template = "bad JSON record: {detail}"


class NotFound(InputError):
    code = "E106"
    status = 404
    template = "no such file or folder{detail}"


class NoText(InputError):
    code = "E107"
    template = "no article text found{detail}"


class FetchError(InputError):
    """A URL could not be fetched."""

    code = "E110"
    status = 502
    template = "{detail}"


class BlockedURL(FetchError):
    code = "E111"
    status = 403
    template = "refused: {detail}"


class BadFeed(InputError):
    code = "E112"
    template = "not a readable RSS/Atom feed{detail}"


class UsageError(RassegnaError):
    code = "E200"
    status = 400


class UnknownStage(UsageError):
    code = "E201"
    template = "no pipeline stage is registered under this name{detail}"


class UnknownLanguage(UsageError):
    code = "E202"
    template = "no language pipeline for this language{detail}"


class EngineUnavailable(UsageError):
    """A batch engine needs what is not installed here (PySpark, pyarrow, Java)."""

    code = "E210"
    template = "not available: {detail}"


class StoreError(RassegnaError):
    """The store cannot be opened, migrated or written."""

    code = "E300"
    status = 500


class BadStoreURL(StoreError):
    code = "E301"
    status = 400
    template = "not a store this version can open{detail}"


class NotInStore(StoreError):
    code = "E302"
    status = 404
    template = "not found in the store{detail}"


class AuthError(RassegnaError):
    code = "E400"
    status = 401
    template = "{detail}"
