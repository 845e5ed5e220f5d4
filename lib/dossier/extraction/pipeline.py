"""dossier's spaCy pipeline: spaCy's French model with every dossier component, loaded
once per process, and the docs it reads (made from the stored text, published date
attached)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from ..base.text import for_parsing
from . import components  # noqa: F401  (registers the factories)
from .nlp import MODEL

# dossier's pipeline: spaCy's French model, then dossier's components (components.py)
PIPES = (
    "dossier_norms",
    "dossier_actors",
    "dossier_quotes",
    "dossier_references",
    "dossier_domains",
    "dossier_commitments",
)


@functools.cache
def get_nlp():
    """spaCy's French model with every dossier component: `nlp(text)` fills doc._.actors,
    doc._.quotes, doc._.domains, doc._.commitments and doc._.events."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp.add_pipe("dossier_sentences", before="parser")
    for name in PIPES:
        nlp.add_pipe(name, last=True)
    return nlp


def pipeline():
    """dossier's spaCy pipeline (loaded once per process): `pipeline()(text)._.commitments`."""
    return get_nlp()


def make_doc(text: str, published=None):
    """A doc of the stored text, ready for the pipeline: tokenised on a same-length copy
    (char offsets are shared), the text as written and the published date attached."""
    nlp = get_nlp()
    doc = nlp.make_doc(for_parsing(text))
    doc._.stored_text = text
    doc._.published = published
    return doc


def parse(text: str, published=None):
    """Stored text -> Doc with every dossier extension filled."""
    return get_nlp()(make_doc(text, published))


# the rule components: left out of batched parses, run per article where a failure can be
# told apart (rows.extract_rows fills the extensions they would have filled)
RULE_PIPES = PIPES[1:]


def parse_many(texts: Iterable[str], published=None, batch_size: int = 16) -> Iterator:
    """Parsed docs of many texts (`published`: their dates, in the same order, or None),
    the rule components not yet run: `components.actors_of(doc)` and the others run them."""
    dates = iter(published) if published is not None else None
    docs = (make_doc(t, next(dates) if dates else None) for t in texts)
    yield from get_nlp().pipe(docs, batch_size=batch_size, disable=list(RULE_PIPES))
