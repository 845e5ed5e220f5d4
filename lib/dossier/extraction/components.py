"""dossier's extractor as spaCy components, each putting its results on the Doc.

    import spacy
    nlp = spacy.load("fr_core_news_sm")
    nlp.add_pipe("dossier_sentences", before="parser")   # optional: « … » and line breaks
    nlp.add_pipe("dossier_commitments")                  # actors, quotes, domains come with it
    doc = nlp("La Pologne et la Corée du Sud ont signé un mémorandum d'entente.")
    [(c.kind, c.actors) for c in doc._.commitments]

The factories are registered under spaCy's `spacy_factories` entry point, so `add_pipe`
finds them without importing dossier. Each component runs those it needs that did not
run before it, so any one of them can be added alone. Adding any of them also makes the
model read an opening « as the '"' it was trained on (`nlp.plain_opening_quote`).

| component | assigns |
|---|---|
| dossier_sentences | sentence starts after . ! ? … and at line breaks (before the parser) |
| dossier_norms | `token.norm_`: the matching key of the lemma |
| dossier_actors | `doc._.actors`: an `ActorResult` (actors, mentions, title spans, group members) |
| dossier_quotes | `doc._.quotes`: `Quote` records with their speakers |
| dossier_references | `doc._.coreferences`: who « nous », « il », « le ministre » stand for |
| dossier_domains | `doc._.domains`: `DomainMention` records |
| dossier_commitments | `doc._.commitments` and `doc._.events`: `Commitment` and `Event` records |

Set `doc._.published` (a date) before the pipeline runs to resolve relative dates
('vendredi'), and `doc._.stored_text` when the doc was made from a same-length copy of
the text (names are then taken as written).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .actors import find_actors
from .commitments import find_commitments
from .domains import find_domains
from .model import PLACES
from .nlp import ensure_norms, register, set_norms, set_sentence_starts
from .quotes import SpeakerTracker, find_quotes
from .references import resolve

EXTENSIONS = (
    "stored_text",
    "published",
    "actors",
    "quotes",
    "coreferences",
    "domains",
    "commitments",
    "events",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def text_of(doc) -> str:
    """The text as stored (curly quotes and all), or the doc's own."""
    return doc._.stored_text if doc._.stored_text is not None else doc.text


def actors_of(doc):
    if doc._.actors is None:
        ensure_norms(doc)
        doc._.actors = find_actors(doc, text_of(doc))
    return doc._.actors


def quotes_of(doc):
    if doc._.quotes is None:
        # quotes add the pronouns they resolve to the mentions ('Elle a ajouté')
        doc._.quotes = find_quotes(doc, text_of(doc), actors_of(doc), SpeakerTracker())
    return doc._.quotes


def coreferences_of(doc):
    if doc._.coreferences is None:
        # quotes first: a quote's speaker is who « nous » is inside it
        doc._.coreferences = resolve(doc, actors_of(doc), quotes_of(doc))
    return doc._.coreferences


def domains_of(doc):
    if doc._.domains is None:
        actors = actors_of(doc)
        # a domain word inside a title or a name is no domain ('ministère de la Défense')
        blocked = actors.role_spans + [
            (m.start, m.end)
            for m in actors.mentions
            if actors.actors[m.actor_id].kind in {"organization", "person"}
        ]
        places = [
            (m.start, m.end) for m in actors.mentions if actors.actors[m.actor_id].kind in PLACES
        ]
        doc._.domains = find_domains(doc, blocked, places)
    return doc._.domains


def commitments_of(doc):
    if doc._.commitments is None:
        actors, quotes = actors_of(doc), quotes_of(doc)
        coreferences_of(doc)  # the parties of « nous », « il », « le ministre »
        doc._.commitments, doc._.events = find_commitments(
            doc, text_of(doc), actors, domains_of(doc), quotes, doc._.published
        )
        # quotes and commitments add mentions (pronouns, 'les deux pays'): text order again
        actors.mentions.sort(key=lambda m: m.start)
    return doc._.commitments


class _Step:
    """A component that fills one extension (and those it needs first)."""

    def __init__(self, nlp, fill):
        register(nlp)
        self.fill = fill

    def __call__(self, doc):
        self.fill(doc)
        return doc


@Language.factory("dossier_sentences")
def make_sentences(nlp, name: str):
    """Sentence starts after . ! ? … (past closing quotes) and at every line break."""
    register(nlp)
    return set_sentence_starts


@Language.factory("dossier_norms")
def make_norms(nlp, name: str):
    """token.norm_ = the matching key of the lemma (what the lexicons match on)."""
    register(nlp)
    return set_norms


@Language.factory("dossier_actors", assigns=["doc._.actors"])
def make_actors(nlp, name: str):
    """doc._.actors: people, organisations, countries, groups and places, with mentions."""
    return _Step(nlp, actors_of)


@Language.factory("dossier_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp, name: str):
    """doc._.quotes: quotations and who said them."""
    return _Step(nlp, quotes_of)


@Language.factory("dossier_references", assigns=["doc._.coreferences"])
def make_references(nlp, name: str):
    """doc._.coreferences: who « nous », « il », « le ministre » stand for, added to the
    actors' mentions (method 'coreference')."""
    return _Step(nlp, coreferences_of)


@Language.factory("dossier_domains", assigns=["doc._.domains"])
def make_domains(nlp, name: str):
    """doc._.domains: capability, technology, industrial and policy areas named."""
    return _Step(nlp, domains_of)


@Language.factory("dossier_commitments", assigns=["doc._.commitments", "doc._.events"])
def make_commitments(nlp, name: str):
    """doc._.commitments and doc._.events: who commits to what, with whom, when; meetings."""
    return _Step(nlp, commitments_of)
