"""What the article has said so far, as commitments read it sentence by sentence: the
meeting under way, the instrument named, the last parties and subjects, the sides."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .. import lexicon
from ..model import Actor, Event
from ..references import Discourse

PARTY_KINDS = {"organization", "country", "group"}


@dataclass
class Context:
    """What the article is talking about so far."""

    meeting: Event | None = None
    last_event: Event | None = None
    summit: Event | None = None  # the last summit whose sides are known, for « le Sommet »
    instrument: str = ""
    instrument_parties: list[str] = field(default_factory=list)
    instrument_issuer: list[str] = field(default_factory=list)  # « la résolution du Conseil »
    last_parties: list[str] = field(default_factory=list)
    last_holders: list[str] = field(default_factory=list)  # the last commitment's, any number
    last_subject: list[str] = field(default_factory=list)  # for 'il', 'elle'
    sides: list[str] = field(default_factory=list)  # parties of commitments and events so far
    seen: list[str] = field(default_factory=list)  # states and bodies named so far
    discourse: Discourse | None = None  # salience, for a subject that names no one
    voiced: bool | None = None  # the text speaks as « nous » or « je » (outside quotes)

    def recent(self, actors, count: int, states_only: bool, earlier=(), exclude=()) -> list[str]:
        """'les deux pays': the last `count` sides, those of earlier commitments first, then
        the states and bodies named before (in this sentence, then in earlier ones); never
        one of `exclude` (the clause's own subject: 'X salue la volonté des deux pays')."""
        out: list[str] = list(exclude)
        here = [m.actor_id for m in earlier if m.actor_id not in self.seen]
        for aid in [*reversed(self.sides), *reversed(here), *reversed(self.seen)]:
            kind = actors.actors[aid].kind if aid in actors.actors else ""
            if aid in out or kind not in PARTY_KINDS or states_only and kind != "country":
                continue
            out.append(aid)
            if len(out) == count + len(exclude):
                break
        return out[len(exclude) :]


def last_of(actors, mentions, wanted) -> str:
    """The actor of the latest of these mentions that satisfies `wanted`."""
    for m in reversed(mentions):
        if wanted(actors.actors[m.actor_id]):
            return m.actor_id
    return ""


@functools.cache
def _keys_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in words)


def lexicon_keys(words) -> frozenset[str]:
    return _keys_of(tuple(words))


def capital_country(place) -> str:
    """'Washington', 'Kiev', 'Paris' heading a clause: the government, not the city."""
    code = lexicon.capitals().get(place.name)
    return f"country:{code}" if code and code == place.country else ""


def ensure_country(actors, code: str) -> str:
    aid = f"country:{code}"
    if aid not in actors.actors:
        codes, _n, _d = lexicon.countries()
        actors.actors[aid] = Actor(aid, codes[code].name, "country", country=code)
    return aid


def party_of(actors, actor_id: str) -> str:
    """A body, state or group is its own party; a person stands for their affiliation."""
    actor = actors.actors[actor_id]
    if actor.kind in PARTY_KINDS:
        return actor_id
    return actor.affiliation_id if actor.kind == "person" else ""


def parties_of(actors, actor_ids) -> list[str]:
    """The distinct parties those actors stand for, in order."""
    return list(dict.fromkeys(p for p in (party_of(actors, a) for a in actor_ids) if p))


def someone(tok) -> bool:
    """A noun for a person or a body, though not one the text names: a name, a title, an
    organ of a state, a collective or a body's head ('la Conférence', 'le gouvernement',
    'le ministre', 'son homologue', 'les alliés')."""
    if tok.pos_ == "PROPN":
        return _named_someone(tok)
    if tok.text[:1].isupper() and _named_someone(tok):
        return True  # a state's name the model tagged as a noun ('entre le Mali et…')
    key = lexicon.key(tok.lemma_ or tok.lower_)
    return tok.pos_ == "NOUN" and (
        key in acting_nouns()
        or key in lexicon.title_keys()
        or key in lexicon.state_organs()
        or key in _body_heads()
    )


def _named_someone(tok) -> bool:
    """A name that is a state, a capital, a known body or a person's (first and last
    names), not a place, a product or a document (« le Sahel », « le Rafale »)."""
    return (
        bool(lexicon.countries()[1].get(tok.text))
        or tok.text in lexicon.capitals()
        or tok.text in _body_names()
        or tok.dep_ == "flat:name"
        or any(c.dep_ == "flat:name" for c in tok.children)
    )


@functools.cache
def _body_names() -> frozenset[str]:
    return frozenset(n for o in lexicon.organizations() for n in (o.name, *o.aliases))


@functools.cache
def _body_heads() -> frozenset[str]:
    """Heads of a body's name ('Conseil', 'Conférence', 'Commission')."""
    bodies = lexicon.knowledge().people["bodies"]
    return lexicon_keys([*bodies["named_heads"], *bodies["heads"], "conférence"])


@functools.cache
def acting_nouns() -> frozenset[str]:
    """Nouns that name someone who may judge ('les deux pays', 'le groupe', 'les alliés')."""
    ctx = lexicon.knowledge().triggers["context"]
    words = [*ctx["collective"], *ctx["people"], *ctx["company_heads"], *ctx["body_nouns"]]
    return lexicon_keys(words)
