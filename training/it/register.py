"""Imported by `spacy train --code`: registers rassegna's architectures (LexiconEmbed)."""
import rassegna.models.features  # noqa: F401
