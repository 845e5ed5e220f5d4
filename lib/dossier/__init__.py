"""dossier: French defence and diplomacy articles into traceable pandas tables.

    import dossier
    corpus = dossier.load("seeds/")          # every article, cached
    tables = dossier.extract("L'OTAN et le Japon ont convenu …")
    dossier.set_language("en")               # charts, widgets and the deck in English

Importing dossier does not import spaCy: cached corpora load without it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "__version__",
    "briefing",
    "charts",
    "deck",
    "explore",
    "extract",
    "language",
    "load",
    "set_language",
]


def __getattr__(name):
    # Lazy: `import dossier` stays light (no spaCy, no matplotlib) until a name is used.
    if name in {"Corpus", "load", "extract"}:
        from . import corpus

        return getattr(corpus, name)
    if name in {"set_language", "language"}:
        from . import i18n

        return getattr(i18n, name)
    if name in {"briefing", "charts", "deck", "explore", "export", "i18n", "views"}:
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
