"""What every actor rule shares: the article's result (actors, mentions, titles, group
members), a candidate mention, the small words of names and the helpers that trim them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ...base.text import fold
from .. import lexicon
from ..model import Actor, Mention

ELIDED = {"l'", "d'", "s'", "qu'", "n'", "j'", "m'", "t'", "c'", "jusqu'", "lorsqu'", "puisqu'"}
DETERMINERS = {
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "au",
    "aux",
    "ce",
    "cette",
    "ces",
    "cet",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
}
DE_FORMS = {"de", "du", "des", "d'"}
ARTICLES = {"le", "la", "les", "l'"}
LINKS = DE_FORMS | ARTICLES  # the small words inside names: "de l'", "du", "des"
CAPITAL_CONNECTORS = LINKS | {"et", ","}
NOT_PERSON_POS = {"NOUN", "VERB", "ADJ", "AUX", "NUM"}
TRAILING = DE_FORMS | ARTICLES | {"of", "the", "and", "et", "à", "au", "aux"}
# words after which a capitalised word still belongs to a title ("de la Défense", "aux
# Anciens combattants", "chargé de l'Europe"), not to a name
ROLE_STOPS = {
    "avec",
    "lors",
    "dans",
    "sur",
    "contre",
    "selon",
    "parmi",
    "entre",
    "depuis",
    "après",
    "avant",
    "qui",
    "que",
    "qu'",
    "dont",
    "où",
    "ainsi",
}
ROLE_LINKS = LINKS | {"-", "à", "au", "aux", "pour", "en", "et", ",", "chargé", "chargée", "auprès"}


@dataclass
class ActorResult:
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # char spans of titles
    members: list[tuple[str, str, int]] = field(default_factory=list)  # group, member, token

    _index: dict[int, Mention] = field(default_factory=dict)
    _indexed: int = -1

    def forget_index(self) -> None:
        """Rebuild the lookups at the next call (a mention was taken away)."""
        self._indexed = self._bucketed = -1

    def mention_at(self, tok_i: int) -> Mention | None:
        if self._indexed != len(self.mentions):  # mentions only grow; rebuild when they do
            self._index = {i: m for m in self.mentions for i in range(m.tok_start, m.tok_end)}
            self._indexed = len(self.mentions)
        return self._index.get(tok_i)

    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    _bucketed: int = -1

    def in_sentence(self, sent) -> list[Mention]:
        """Mentions whose first token is in the sentence, in text order."""
        if self._bucketed != len(self.mentions):
            import bisect

            starts = [s.start for s in sent.doc.sents]
            self._by_sentence = {}
            for m in sorted(self.mentions, key=lambda m: m.tok_start):
                key = starts[bisect.bisect_right(starts, m.tok_start) - 1]
                self._by_sentence.setdefault(key, []).append(m)
            self._bucketed = len(self.mentions)
        return self._by_sentence.get(sent.start, [])


@dataclass
class Candidate:
    tok_start: int
    tok_end: int
    actor: Actor
    method: str
    rule: str
    priority: int


# ---------------------------------------------------------------- helpers


def trim_span(doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles/elisions and trailing punctuation from a token range.
    A capitalised article inside a sentence belongs to the name ("à La Haye")."""
    while start < end and (
        doc[start].lower_ in DETERMINERS
        or doc[start].lower_ in ELIDED
        or doc[start].is_punct
        or doc[start].is_space
    ):
        t = doc[start]
        if t.text in {"La", "Le", "Les"} and not t.is_sent_start and end - start > 1:
            break
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in TRAILING
    ):
        end -= 1  # "Groupe de contact sur la défense de l'", "Signing of the"
    return start, end


def span_text(text: str, doc, start: int, end: int) -> str:
    return text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]


def is_demonym(tok) -> str:
    _codes, _names, demonyms = lexicon.countries()
    abbreviated = lexicon.demonym_abbreviations().get(tok.text)
    if abbreviated and tok.i > 0 and tok.doc[tok.i - 1].is_lower:
        return abbreviated  # « l'ambassade US »
    # the small model tags some demonyms as verbs ("ministre portugais")
    if tok.text.islower():  # "lituanien" tagged as an adverb is still one
        return demonyms.get(fold(tok.text), "")
    return demonyms.get(fold(tok.text), "") if tok.pos_ in {"ADJ", "NOUN", "PROPN"} else ""


# what an office's holder is now, was or will be: no part of the title
TIME_ADJECTIVES = {
    "nouveau",
    "nouvel",
    "nouvelle",
    "ancien",
    "ancienne",
    "actuel",
    "actuelle",
    "futur",
    "future",
    "précédent",
    "précédente",
    "prochain",
    "prochaine",
    "éphémère",
}


def holds_title(tok, role: str) -> bool:
    """Whether a written-out role ('secrétaire général de l'OTAN') holds the title a bare
    noun names ('le secrétaire général'): its noun and its adjectives other than a
    nationality. 'Le secrétaire général' is not the 'secrétaire d'État'; « le chef de
    l'État » is held by a president or a king, not by a 'chef d'état-major'."""
    office = _office(tok)
    if office:
        demonyms = lexicon.countries()[2]
        return " ".join(w for w in lexicon.office_key(role).split() if w not in demonyms) in office
    held = {lexicon.key(w) for w in role.replace("'", " ").replace("’", " ").split()}
    held |= _office_titles(role)  # « chef de la diplomatie » holds « le ministre »
    keys = {lexicon.key(tok.lemma_ or tok.lower_), lexicon.key(tok.lower_)}
    qualifiers = {
        lexicon.key(ch.lower_)
        for ch in tok.children
        # 'général', 'premier'; not a word of time ('le nouveau ministre')
        if ch.dep_ == "amod"
        and ch.pos_ == "ADJ"
        and ch.lower_ not in TIME_ADJECTIVES
        and not is_demonym(ch)
    }
    return bool(keys & held) and qualifiers <= held


@functools.cache
def _office_titles(role: str) -> frozenset[str]:
    """The words of the titles that hold the office a role is written as (« chef de la
    diplomatie française » -> ministre, affaires, étrangères…)."""
    demonyms = lexicon.countries()[2]
    written = " ".join(w for w in lexicon.office_key(role).split() if w not in demonyms)
    return frozenset(
        lexicon.key(w)
        for office, titles in lexicon.offices().items()
        if written == office
        for t in titles
        for w in t.replace("'", " ").split()
    )


def _office(tok) -> frozenset[str]:
    """The titles that hold the office a description names in other words (people.toml's
    [offices]): « le chef de l'État » -> président, roi, émir…; empty for a plain title."""
    offices = lexicon.offices()
    doc = tok.doc
    for ch in tok.children:
        if ch.dep_ == "nmod" and ch.i > tok.i and ch.i - tok.i <= 4:
            if ch.i + 1 < len(doc) and doc[ch.i + 1].text in {"-", "‑"}:
                continue  # « chef d'état-major », cut « état » « - » « major »: no head of state
            found = offices.get(lexicon.office_key(doc[tok.i : ch.i + 1].text))
            if found:
                return found
    return frozenset()


def office_states(tok) -> set[str]:
    """The states an office's complement names (« le chef de l'État français »: FRA)."""
    if not _office(tok):
        return set()
    return {
        is_demonym(a)
        for ch in tok.children
        if ch.dep_ == "nmod" and ch.i > tok.i
        for a in ch.children
        if a.dep_ == "amod" and is_demonym(a)
    }


def names_something_else(name: str) -> bool:
    """A country, a people, a title or a place: not the name of a new person or body."""
    _codes, names, demonyms = lexicon.countries()
    folded = fold(name)
    return (
        bool(names.get(name))
        or folded in demonyms
        or folded in lexicon.title_words()
        or name in lexicon.places()
    )


def display(name: str) -> str:
    """'Anne-Sophie Le GALL' -> 'Anne-Sophie Le Gall': a name as it reads in prose."""

    def word(w: str) -> str:
        return "-".join(p.capitalize() if p.isupper() and len(p) > 2 else p for p in w.split("-"))

    return " ".join(word(w) for w in name.split(" "))


@functools.cache
def keys_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in words)


def select(cands: list[Candidate]) -> list[Candidate]:
    """Greedy: higher priority, then longer, wins each overlap."""
    chosen: list[Candidate] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.tok_end - c.tok_start), c.tok_start)):
        span = set(range(c.tok_start, c.tok_end))
        if span & used:
            continue
        used |= span
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.tok_start)


def add(result: ActorResult, doc, start: int, end: int, aid: str, method: str, rule: str):
    result.mentions.append(
        Mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), aid, method, rule, start, end)
    )


def ensure_country(result: ActorResult, code: str):
    aid = f"country:{code}"
    if aid not in result.actors:
        codes, _n, _d = lexicon.countries()
        result.actors[aid] = Actor(aid, codes[code].name, "country", country=code)


@functools.cache
def name_particles() -> frozenset[str]:
    """The lower-case words allowed inside a person's name (« de », « van », « ben »…)."""
    return frozenset(lexicon.knowledge().people["name_particles"])


@functools.cache
def _content_title_words() -> frozenset[str]:
    """The folded title words that are no function word or name particle (« president »,
    « ministre », « secretaire »; not « de », « la », « et »)."""
    particles = {fold(p) for p in name_particles()}
    small = set(lexicon.FUNCTION_WORDS) | particles | {"a", "et", "aux", "en", "pour", "sur"}
    return frozenset(w for w in lexicon.title_words() if w.isalpha() and w not in small)


def title_after_name(doc, i: int) -> bool:
    """Whether a title starts at token `i` inside what was read as a name (« PAUL DURAND
    PRESIDENT DE LA REPUBLIQUE »): a title word written as titles are around it (in
    capitals in a run of capitals, else in lower case), that a title's next word follows
    (« de », another title word, a demonym). « Jean de La Fontaine », « Ahmed Ould Sultan
    Bouh » are names."""
    tok = doc[i]
    if fold(tok.text) not in _content_title_words() or i + 1 >= len(doc):
        return False
    if not (tok.is_lower or tok.is_upper and doc[i - 1].is_upper):
        return False
    nxt = doc[i + 1]
    return (
        nxt.lower_ in {"de", "du", "des", "d'", "d’"}
        or fold(nxt.text) in _content_title_words()
        or bool(is_demonym(nxt))
    )
