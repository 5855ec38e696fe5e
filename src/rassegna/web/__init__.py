"""The web app and REST API (``rassegna serve``): a thin layer over the library and the store."""

from .app import create_app
from .settings import Settings, is_loopback

__all__ = ["Settings", "create_app", "is_loopback"]
