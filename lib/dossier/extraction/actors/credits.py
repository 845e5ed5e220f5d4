"""What is no actor: credits, bylines, correspondents' lines, agencies and platforms,
ships, products and programmes named like bodies."""

from __future__ import annotations

import functools
import re

from ...base.text import fold, fold_many
from .. import lexicon
from ..nlp import common_nouns, infinitive, verb_forms
from .base import DE_FORMS, Candidate, keys_of
from .companies import company_word

# ---------------------------------------------------------------- resolution


_CREDIT_FROM = re.compile(
    r"(?:\b(?:photo|crédit|credit|illustration)\s*:|©|\b(?:photo\s+)?[A-Z]{2,}/ ?[A-Z])", re.I
)
_CREDIT_PAREN = re.compile(r"\([^()\n]{0,80}/[^()\n]{0,80}\)|\((?:photo|crédit)[^()\n]*\)", re.I)
_NAMES_SLASH = re.compile(r"(?<!\d)\s*/|/\s*(?!\d)|photo|crédit", re.I)
_CORRESPONDENT = re.compile(
    r"^\s*(?:de notre|par notre|notre)\s+(?:envoyée?|correspondante?)"
    r"\s+(?:spéciale?|permanente?)?[^\n]{0,80}$",
    re.I | re.M,
)
_BYLINE = re.compile(r"^\s*Par\s+[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){0,3}(?:\s+et\s+.*)?$", re.M)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where a page credits its photos and writers ('… Photo: REUTERS/X', '( AFP / X )',
    'Par X et Y', 'X, Y •'): names there are no actors of the news."""
    # « ( AFP / X ) », not « (Bruxelles, 22/03/2024) »: a slash between digits is a date's
    spans = [m.span() for m in _CREDIT_PAREN.finditer(text) if _NAMES_SLASH.search(m.group())]
    spans += [m.span() for m in _BYLINE.finditer(text)]
    spans += [m.span() for m in _CORRESPONDENT.finditer(text)]
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        credit = _CREDIT_FROM.search(line)
        if credit:  # from the credit to the end of its line
            spans.append((m.start() + credit.start(), m.end()))
        elif "•" in line and len(line) <= 80:  # "Bruno X, Valentin Y •"
            spans.append(m.span())
    return spans


def _described(span) -> bool:
    """« Accord d'acquisition et de services », « Traité sur les forces »: the name goes on
    in common words (not « Traité de l'Atlantique Nord », a name standing for a body)."""
    words = [
        t
        for t in span[1:]
        if t.is_alpha and t.lower_ not in DE_FORMS | {"sur", "le", "la", "les", "l'"}
    ]
    return bool(words) and words[0].text.islower()


def not_an_actor(doc, c: Candidate, credits) -> bool:
    """A credit, a press agency, or a thing named like an actor: 'le porte-avions Charles de
    Gaulle', 'HS Pelagos', '42 Orage', 'l'exercice Sable Rouge', 'Nordic Future
    Frigate', an all-capitals common word ('GRATUIT')."""
    if c.actor.kind in {"country", "group"}:
        return False
    start, end = doc[c.tok_start].idx, doc[c.tok_end - 1].idx + len(doc[c.tok_end - 1])
    if any(a <= start and end <= b for a, b in credits):
        return True
    span = doc[c.tok_start : c.tok_end]
    if fold(span.text) in lexicon.media() or fold(c.actor.name) in lexicon.media():
        return True
    if fold(c.actor.name).startswith(lexicon.media_heads()):
        return True  # « l'Agence de presse saoudienne »: a source
    heads, prefixes, words = lexicon.not_actors()
    if span[0].text in prefixes and len(span) > 1:
        return True
    if any(t.text in words for t in span) and not company_word(span[-1]):
        return True  # 'Multi-Role Helicopter' is a product; 'X Helicopter Engines' a company
    if len(span) == 1 and span[0].text.isupper() and span[0].lower_ in common_nouns():
        return True
    if c.method == "lexicon" or c.rule in {"government-body", "dateline"}:
        return False  # a dated place is one, whatever number stands before it
    if (
        c.actor.kind == "organization"
        and span[0].text[:1].isupper()
        and lexicon.key(span[0].lower_) in lexicon.instrument_names()
        and _described(span)
        and not (c.tok_start > 0 and doc[c.tok_start - 1].pos_ in {"NOUN", "PROPN"})
    ):
        return True  # « l'Accord d'acquisition et de services »: signed, not signing
    if _shouted_words(span):
        return True  # « A SIGNE », « DEUX », « REPUBLIQUE » in a text set in capitals
    # the noun phrase the name stands in: "12 avions de chasse Orage", "le navire « X »"
    k = c.tok_start - 1
    while k >= 0 and doc[k].text in {"«", '"', "'"}:
        k -= 1
    if k >= 0 and (
        doc[k].like_num
        and not doc[k].is_title
        or doc[k].lower_ in DE_FORMS | {"à", "avec", "par", "pour"}
    ):
        return doc[k].like_num  # "42 Orage" is a product; "de la Commission" a body
    companies = keys_of(tuple(lexicon.knowledge().triggers["context"]["company_heads"]))
    words = set()
    for j in range(k, max(-1, k - 5), -1):
        t = doc[j]
        if t.is_punct and t.text not in {"«", '"'} or t.pos_ in {"VERB", "AUX", "PRON"}:
            break
        words.add(lexicon.key(t.lemma_ or t.lower_))
    # "le fabricant de drones X" is a company; "le porte-avions X" a ship
    return not words & companies and bool(words & heads)


def _shouted_words(span) -> bool:
    """A span set in capitals whose every word is a common French word once lowered
    (a noun, an adjective, a verb form, a function word), accents or not: a line of a
    text typed in capitals, not a name. Names the lexicons know were kept before."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text.isupper() for t in words):
        return False
    if len(words) == 1:  # an acronym may spell a verb form (« FIAS »): nouns and stop words
        return _common_word(words[0], _common_folded(verbs=False))
    common = _common_folded()
    return all(_common_word(t, common) for t in words)


def _common_word(tok, common: frozenset[str]) -> bool:
    """The word lowered is in `common`, or a regular form of a verb spaCy knows (« SIGNE »,
    « SALUE »: the tables list only irregular forms)."""
    lower = tok.text.lower()
    return fold(lower) in common or bool(infinitive(lower))


@functools.cache
def _common_folded(verbs: bool = True) -> frozenset[str]:
    """Common French words, lowered and without accents: nouns and adjectives of spaCy's
    tables, stop words, function words, and (`verbs`) the verb forms of its tables."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    if verbs:  # the verb forms added to the other list, folded once
        return _common_folded(verbs=False) | frozenset(fold_many(w.lower() for w in verb_forms()))
    words = set(common_nouns()) | set(STOP_WORDS) | set(lexicon.FUNCTION_WORDS)
    return frozenset(fold_many(w.lower() for w in words))
