"""Places and their states: datelines, venues, capitals standing for governments,
compound demonyms ('franco-indien') and the country of each place."""

from __future__ import annotations

import functools
import re

from ...base.text import fold, slug
from ...reading.dates import month_alternation
from .. import lexicon
from ..model import Actor
from ..nlp import common_nouns, get_matchers
from .base import ActorResult, Candidate, add, ensure_country, span_text


def notable_city(name: str) -> bool:
    """A capital, or a city of 100,000 people or more: named alone, it is that city."""
    pops = lexicon.place_populations().get(name, {})
    return name in lexicon.capitals() or max(pops.values(), default=0) >= 100_000


def find_datelines(doc, text) -> list[Candidate]:
    """'NEW DELHI, 3 mars (AFP) –', 'Bruxelles –': the city opening a dispatch is a place,
    even in capitals the model does not read."""
    out, n = [], len(doc)
    for line in re.finditer(r"(?m)^\s*(?=[A-ZÉ])", text):  # where paragraphs start
        span = doc.char_span(line.end(), line.end() + 1, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        end = tok.i
        while end < n and end - tok.i < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end == tok.i or end >= n or doc[end].text not in {",", "-", "–", "—", "("}:
            continue
        name = span_text(text, doc, tok.i, end)
        shown = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
        codes = lexicon.places().get(shown)
        if codes:
            out.append(_dated_place(tok.i, end, shown, codes))
    # "Communiqué – Paris, le 3 mars 2024", "… Addis Abeba, le 5 février 2019 :": a place
    # dated as a letter or a release is, anywhere in a line (the shortest known ending of
    # the capitalised words: "Déclaration commune Paris, le 3 mars")
    for found in _dated_place_pattern().finditer(text):
        words = found.group(1).split(" ")
        for k in range(len(words)):
            shown = " ".join(words[k:])
            codes = lexicon.places().get(shown)
            start = found.end(1) - len(shown)
            span = doc.char_span(start, found.end(1), alignment_mode="expand")
            if codes and span is not None:
                out.append(_dated_place(span.start, span.end, shown, codes))
                break
    return out


def _dated_place(start: int, end: int, shown: str, codes) -> Candidate:
    actor = Actor(f"place:{slug(shown)}", shown, "place", codes[0], alternatives=tuple(codes))
    return Candidate(start, end, actor, "rule", "dateline", 3)


@functools.cache
def _dated_place_pattern() -> re.Pattern:
    months = month_alternation()
    return re.compile(
        r"([A-ZÉ][\w'’-]+(?: [A-ZÉ][\w'’-]+){0,3}), le (?:1er|\d{1,2}) (?:" + months + r")\b"
    )


# « au Darfour », « en Crimée »: before a region rather than a city
REGION_BEFORE = frozenset({"au", "aux", "en"})


def after_region_word(doc, start: int) -> bool:
    """The name stands after « au », « aux » or « en » (its article stepped over)."""
    k = _before_article(doc, start)
    return k >= 0 and doc[k].lower_ in REGION_BEFORE


def placed(doc, start: int) -> bool:
    """'à Ecouen', 'au Darfour', 'près de Kernavé', 'dans l'État de Sarenza', 'la base de
    Port-Tavel', 'l'usine de Valmora': a name the model calls a place stands where places
    stand."""
    k = _before_article(doc, start)
    if k < 0:
        return False
    before = doc[k].lower_
    if before in {"à", "dans", "vers", "depuis"}:
        return True  # "à Ecouen"
    if before in REGION_BEFORE:
        # "au Darfour", "en Crimée"; not a common noun capitalised ("en Bourse", "au Point")
        return doc[start].lower_ not in common_nouns() or (
            start + 1 < len(doc) and doc[start + 1].text[:1].isupper()
        )
    if before in {"de", "d'"} and k > 0:
        # "près de X", "la base (navale) de X", "l'usine de X"
        nouns = [doc[j] for j in range(max(0, k - 2), k) if doc[j].pos_ in {"NOUN", "ADJ"}]
        if doc[k - 1].lower_ == "près" or any(
            lexicon.key(t.lemma_) in lexicon.place_nouns() for t in nouns
        ):
            return True
    return lexicon.key(doc[start].lemma_ or doc[start].lower_) in lexicon.place_nouns()


# nouns that announce a place's name and nothing else ('le camp de X' may be a faction,
# 'le capital de X' money): what a person's name never follows
NAMING_PLACE_NOUNS = {
    "ville",
    "village",
    "localité",
    "commune",
    "région",
    "province",
    "district",
    "département",
    "base",
    "port",
    "aéroport",
    "île",
    "préfecture",
    "comté",
    "oblast",
    "gouvernorat",
    "wilaya",
    "garnison",
    "arsenal",
    "quartier",
    "cité",
}


def _before_article(doc, start: int) -> int:
    """The token before a name and its article ('à', 'de' in « de la X »), or -1."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"l'", "la", "le", "les"}:
        k -= 1
    return k


def of_a_place(doc, start: int) -> bool:
    """'la ville de X', 'la base navale de X', 'la province de l'X': the name a noun of a
    kind of place announces, whatever the model took it for."""
    k = _before_article(doc, start)
    if k < 1 or doc[k].lower_ not in {"de", "d'"}:
        return False
    nouns = [doc[j] for j in range(max(0, k - 2), k) if doc[j].pos_ in {"NOUN", "ADJ"}]
    return any((t.lemma_ or t.lower_).lower() in NAMING_PLACE_NOUNS for t in nouns)


def place_countries(result: ActorResult) -> None:
    """Brest is in France when the article is about France (and in Belarus otherwise); Paris
    stays in France when the article names the United States: a namesake counts only when
    it is a city of comparable size (a tenth of the largest at least)."""
    named = {a.country for a in result.actors.values() if a.kind == "country"}
    for a in result.actors.values():
        pops = lexicon.place_populations().get(a.name, {})
        top = max(pops.values(), default=0)
        preferred = next(
            (c for c in a.alternatives if c in named and pops.get(c, 0) * 10 >= top), None
        )
        if preferred:
            a.country = preferred


def capital_metonymy(result: ActorResult, doc) -> None:
    """'Washington a annoncé', 'selon Tokyo', ', a indiqué Kiev': a capital that speaks or
    acts is its government, a country, not a place."""
    capitals = lexicon.capitals()
    reporting = {doc[s].i for _, s, _ in get_matchers(doc.vocab).reporting(doc)}
    converted_end = -1
    for m in sorted(result.mentions, key=lambda m: m.tok_start):
        place = result.actors[m.actor_id]
        code = capitals.get(place.name) if place.kind == "place" else None
        if not code or code not in (place.country, *place.alternatives):
            continue
        head = doc[m.tok_start]
        k = m.tok_start - 1
        while k >= 0 and doc[k].pos_ in {"DET", "AUX"}:
            k -= 1
        before = doc[k].lower_ if k >= 0 else ""
        if before in LOCATIVE or _dateline(doc, m):
            continue  # "à Paris", "le sommet de Paris", "PARIS, 3 mars (AFP) –": the city
        acting = head.dep_ in {"nsubj", "nsubj:pass", "obj", "iobj"} and head.head.pos_ in {
            "VERB",
            "AUX",
        }
        source = before in {"selon", "d'après"} or k in reporting
        # "négociait avec Paris", "entre Paris et Washington", "accusé Paris"
        relation = before in {"avec", "entre", "contre", "par", "pour", "envers"} or (
            before == "et" and converted_end >= k - 1
        )
        if acting or source or relation:
            m.actor_id, m.method, m.rule = f"country:{code}", "rule", "capital-metonymy"
            ensure_country(result, code)
            converted_end = m.tok_end
    used = {m.actor_id for m in result.mentions}
    for aid in [a for a, actor in result.actors.items() if actor.kind == "place"]:
        if aid not in used:
            del result.actors[aid]


LOCATIVE = {
    "à",
    "au",
    "aux",
    "dans",
    "depuis",
    "vers",
    "de",
    "d'",
    "du",
    "près",
    "en",
    "jusqu'",
    "via",
    "sur",
    "hors",
}


def _dateline(doc, m) -> bool:
    """'PARIS, 3 mars (AFP) –', 'Bruxelles –': a city opening its paragraph."""
    first = m.tok_start == 0 or "\n" in doc[m.tok_start - 1].text + doc[m.tok_start - 1].whitespace_
    nxt = doc[m.tok_end].text if m.tok_end < len(doc) else ""
    return first and nxt in {",", "-", "–", "—", "("}


_COMPOUND = re.compile(r"\b((?:[a-zéèêëîïôûç]+-){1,3}[a-zéèêëîïôûç]+)\b", re.I)


def compound_demonyms(result: ActorResult, doc, text: str) -> None:
    """'un accord franco-indien', 'la coopération germano-polonaise', 'un chantier
    polono-sud-coréen': every state of the compound is named there."""
    combining = lexicon.combining_forms()
    _c, _n, demonyms = lexicon.countries()
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    for found in _COMPOUND.finditer(text):
        parts = fold(found.group()).split("-")
        if parts[0] not in combining:
            continue
        codes, rest = [], parts
        while rest and rest[0] in combining:
            codes.append(combining[rest[0]])
            rest = rest[1:]
        last = demonyms.get("-".join(rest))
        if not last or not rest:
            continue
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        for code in dict.fromkeys([*codes, last]):
            ensure_country(result, code)
            add(result, doc, span.start, span.end, f"country:{code}", "lexicon", "compound-demonym")
