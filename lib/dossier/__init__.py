"""dossier: French defence and diplomacy articles into traceable pandas tables.

    import dossier
    corpus = dossier.load("seeds/")          # every article, cached
    tables = dossier.extract("L'OTAN et le Japon ont convenu …")

Importing dossier does not import spaCy: cached corpora load without it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Corpus", "__version__", "extract", "load"]


def __getattr__(name):
    if name in {"Corpus", "load", "extract"}:
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")
