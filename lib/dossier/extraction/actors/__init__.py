"""Actors: who is named in an article, found by the model, the gazetteers and rules.

`find_actors(doc, text)` returns the article's actors and every mention of them with
its span, method and rule. One module per mechanism: the model's entities
(`entities`), the lexicons (`gazetteer`), state organs and named bodies (`bodies`),
companies, places, collectives (`groups`), titles and roles (`titles`), people the
model missed (`people`), and what is no actor (`credits`). People come only from the
model and from rules; no list of names is consulted for them.
"""

from .base import DE_FORMS, DETERMINERS, ActorResult, holds_title, is_demonym, office_states
from .find import find_actors

__all__ = [
    "DE_FORMS",
    "DETERMINERS",
    "ActorResult",
    "find_actors",
    "holds_title",
    "is_demonym",
    "office_states",
]
