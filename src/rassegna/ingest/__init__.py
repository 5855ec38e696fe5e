"""Ingestion: inputs of every kind to Articles, and Articles to Documents."""

from .document import to_document
from .sources import IngestOptions, collect

__all__ = ["IngestOptions", "collect", "to_document"]
