"""Comparing the outlets on each story: timeline, quote groups, claims, disagreements,
framing, summary (Story -> comparison)."""

import importlib
import pkgutil

# Every module in this package registers its stage on import.
for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
