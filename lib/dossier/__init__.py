"""dossier: French defence and diplomacy articles into traceable pandas tables.

    import dossier
    corpus = dossier.load("seeds/")          # every article, cached
    tables = dossier.extract("L'OTAN et le Japon ont convenu …")
    dossier.set_language("en")               # charts, widgets and the deck in English
    nlp = dossier.pipeline()                 # spaCy's French model with dossier's components

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
    "pipeline",
    "set_language",
]


# The floors, bottom to top (docs/architecture.md): a module imports only from its own
# floor and those below it.
FLOORS = ("base", "reading", "extraction", "corpus", "presentation")

# public names -> the module that defines them
_NAMES = {
    "Corpus": "corpus",
    "load": "corpus",
    "extract": "corpus",
    "set_language": "presentation.i18n",
    "language": "presentation.i18n",
    "pipeline": "extraction.pipeline",
}
_MODULES = {
    "briefing": "presentation.briefing",
    "charts": "presentation.charts",
    "deck": "presentation.deck",
    "explore": "presentation.explore",
    "export": "presentation.export",
    "i18n": "presentation.i18n",
    "slides": "presentation.slides",
    "views": "corpus.views",
}


def __getattr__(name):
    # Lazy: `import dossier` stays light (no spaCy, no matplotlib) until a name is used.
    import importlib

    if name in _NAMES:
        return getattr(importlib.import_module(f".{_NAMES[name]}", __name__), name)
    if name in _MODULES:
        return importlib.import_module(f".{_MODULES[name]}", __name__)
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
