"""Reports: the dossier JSON, Markdown and a self-contained HTML page."""

from .dossier import build, check_spans
from .render import html, markdown, write_all

__all__ = ["build", "check_spans", "html", "markdown", "write_all"]
