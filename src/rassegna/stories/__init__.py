"""Stories: grouping articles that report the same event."""

from . import grouping  # noqa: F401  (registers the stage)
