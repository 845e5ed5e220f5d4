"""Actors: who is named in an article, found by the model, the gazetteers and rules.

`find_actors(doc, text)` returns the article's actors and every mention of them with
its span, method and rule. People come only from the model and from rules (titles,
appositions, surnames); no list of names is consulted for them.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon
from .model import Actor, Mention
from .nlp import common_nouns, get_matchers, verb_forms
from .text import fold, slug

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
class _Candidate:
    tok_start: int
    tok_end: int
    actor: Actor
    method: str
    rule: str
    priority: int


# ---------------------------------------------------------------- helpers


def _trim(doc, start: int, end: int) -> tuple[int, int]:
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


def _span_text(text: str, doc, start: int, end: int) -> str:
    return text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]


def _is_demonym(tok) -> str:
    _codes, _names, demonyms = lexicon.countries()
    # the small model tags some demonyms as verbs ("ministre portugais")
    if tok.text.islower():  # "lituanien" tagged as an adverb is still one
        return demonyms.get(fold(tok.text), "")
    return demonyms.get(fold(tok.text), "") if tok.pos_ in {"ADJ", "NOUN", "PROPN"} else ""


# ---------------------------------------------------------------- candidates


def _gazetteer(doc, text) -> list[_Candidate]:
    m = get_matchers()
    codes, _names, _dem = lexicon.countries()
    orgs = {o.id: o for o in lexicon.organizations()}
    out = []
    for match_id, start, end in m.names(doc):
        label = doc.vocab.strings[match_id]
        if label.startswith("place:"):
            actor = Actor(label, _span_text(text, doc, start, end), "place")
            out.append(_Candidate(start, end, actor, "lexicon", "region", 3))
            continue
        if label.startswith("country:"):
            if _geographic(doc, start) or _first_name(doc, start, end):
                continue
            code = label.split(":", 1)[1]
            actor = Actor(label, codes[code].name, "country", country=code)
            out.append(_Candidate(start, end, actor, "lexicon", "country-name", 3))
        else:
            org = orgs[label]
            actor = Actor(org.id, org.name, "organization", country=org.country)
            out.append(_Candidate(start, end, actor, "lexicon", "organization-alias", 3))
    # "l'Union" alone is the European Union ("l'Union africaine" is matched whole above)
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if (
            tok.text == "Union"
            and doc[tok.i - 1].lower_ == "l'"
            and not nxt.text[:1].isupper()
            and nxt.pos_ != "ADJ"
            and not nxt.lower_.startswith(("européen", "soviétique", "africain"))
        ):
            actor = Actor("org:ue", orgs["org:ue"].name, "organization")
            out.append(_Candidate(tok.i, tok.i + 1, actor, "lexicon", "eu-short", 3))
    # "Les Allemands, quant à eux, misent sur…": a people standing for its state
    _c, _n, demonyms = lexicon.countries()
    found = {s: doc.vocab.strings[c] for c, s, e in m.demonyms(doc) if e - s == 1 and s > 0}
    for i, code in found.items():
        tok = doc[i]
        if (
            tok.text[:1].isupper()
            and tok.lower_.endswith("s")
            and doc[tok.i - 1].lower_ in {"les", "des", "aux"}
        ):
            actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
            out.append(_Candidate(tok.i, tok.i + 1, actor, "lexicon", "demonym-people", 3))
    # "le président sud-coréen", "les autorités chinoises": a state organ makes it present
    organs = lexicon.state_organs()
    for i, code in found.items():
        tok = doc[i]
        if not tok.text.islower():
            continue
        prev = [doc[j] for j in range(max(0, tok.i - 2), tok.i)]
        # "les ministres chiliens et péruviens", "les présidents letton, estonien et
        # lituanien": demonyms listed after an organ share it
        head = tok.head if tok.dep_ == "conj" and demonyms.get(fold(tok.head.text)) else tok
        k = tok.i - 1
        while k > 0 and (doc[k].text in {",", "et"} or demonyms.get(fold(doc[k].text))):
            k -= 1
        listed = k < tok.i - 2 and lexicon.key(doc[k].lemma_ or doc[k].lower_) in organs
        before = doc[head.i - 1] if head.i > 0 else head
        if (
            any(lexicon.key(w.lemma_ or w.lower_) in organs for w in prev[-1:])
            or len(prev) == 2
            and prev[1].pos_ == "ADJ"
            and lexicon.key(prev[0].lemma_) in organs
            or head is not tok
            and lexicon.key(before.lemma_ or before.lower_) in organs
            or listed
        ):
            actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
            out.append(_Candidate(tok.i, tok.i + 1, actor, "lexicon", "demonym-organ", 3))
    return out


def _first_name(doc, start: int, end: int) -> bool:
    """'Dominique Laurier', 'Jordan Meyer': a one-word country name opening a person's
    name the model found."""
    return (
        end - start == 1
        and end < len(doc)
        and doc[start].ent_type_ == "PER"
        and doc[end].ent_type_ == "PER"
        and doc[end].ent_iob_ == "I"
        and doc[end].text[:1].isupper()
    )


def _geographic(doc, start: int) -> bool:
    """'mer de Chine méridionale', 'golfe du Mexique': a place named after a country."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"de", "du", "des", "d'", "la", "l'", "le"}:
        k -= 1
    return k >= 0 and k < start - 1 and doc[k].lower_ in lexicon.geography_heads()


def _government_bodies(doc, text) -> list[_Candidate]:
    """'ministère japonais de la Défense', 'ministère de l’Économie, du Commerce et de
    l’Industrie' (one body: commas and 'et' inside a name do not split it)."""
    heads = {h for h in lexicon.knowledge().people["bodies"]["heads"] if " " not in h}
    out = []
    for tok in doc:
        if tok.lower_ not in heads or tok.i + 2 >= len(doc):
            continue
        i = tok.i + 1
        country = ""
        if _is_demonym(doc[i]):
            country = _is_demonym(doc[i])
            i += 1
        last = _capitalised_chain(doc, i) or _portfolio_chain(doc, i)
        if last is None:
            continue
        # "ministère de la Défense du Japon": the country closes the name.
        j = last
        if j + 1 < len(doc) and doc[j].lower_ in DE_FORMS and doc[j].lower_ != "des":
            nxt = (
                doc[j + 1]
                if doc[j + 1].lower_ not in {"la", "l'"}
                else doc[min(j + 2, len(doc) - 1)]
            )
            code = lexicon.countries()[1].get(nxt.text)
            if code and not country:
                country = code
        name = _span_text(text, doc, tok.i, last)
        out.append(
            _Candidate(
                tok.i,
                last,
                Actor("", name, "organization", country=country),
                "rule",
                "government-body",
                4,
            )
        )
    return out


def _portfolio_chain(doc, i: int) -> int | None:
    """'ministère chilien de la défense', 'ministère des affaires étrangères': a portfolio
    written in lower case closes the name."""
    j = _skip(doc, i, len(doc), LINKS, most=3)
    if j == i:
        return None
    for size in (3, 2, 1):
        words = fold(" ".join(t.text for t in doc[j : j + size]))
        if words in lexicon.portfolios():
            return j + size
    return None


def _named_bodies(doc, text, known: dict[int, int]) -> list[_Candidate]:
    """'le Conseil d'évaluation de l'armement indien': a capitalised head whose name goes
    on in lower case, up to a demonym (its country) or the end of the phrase; 'la Marine
    chilienne', 'l'armée péruvienne', 'la Marine nationale': a state's armed force."""
    heads, forces = _body_words()
    out, n = [], len(doc)
    for tok in doc:
        quoted = tok.i > 0 and doc[tok.i - 1].text in {
            "«",
            '"',
        }  # "la « coalition des volontaires »"
        head = tok.text in heads or quoted and tok.text.capitalize() in heads
        if head and (not tok.is_sent_start or quoted) and tok.i + 2 < n:
            j, country = tok.i + 1, ""
            while (
                j < n
                and j - tok.i <= 10
                and doc[j].pos_ not in {"VERB", "AUX"}
                and (
                    doc[j].lower_ in LINKS
                    or doc[j].is_alpha
                    and doc[j - 1].lower_ in LINKS | {"et"}
                    or doc[j].text.islower()
                    and doc[j].pos_ in {"NOUN", "ADJ"}
                    and doc[j].lower_ not in verb_forms()  # "… se réunissent ce mardi"
                )
            ):
                code = _is_demonym(doc[j])
                if code:
                    country, j = code, j + 1
                    break
                j += 1
            while j > tok.i + 1 and doc[j - 1].lower_ in LINKS:
                j -= 1
            if known.get(tok.i, 0) >= j:
                continue  # the gazetteer knows it, as long: "Conseil de sécurité de l'ONU"
            if j - tok.i >= 3 and doc[tok.i + 1].lower_ in DE_FORMS | {
                "pour",
                "des",
                "national",
                "nationale",
            }:
                name = _span_text(text, doc, tok.i, j - (1 if country else 0))
                name = name[:1].upper() + name[1:]
                actor = Actor("", name, "organization", country=country)
                out.append(_Candidate(tok.i, j, actor, "rule", "government-body", 3))
                continue
        for words in forces.get(tok.lower_, ()):
            end = tok.i + len(words)
            if end >= n or [t.lower_ for t in doc[tok.i : end]] != words:
                continue
            qualifier = doc[end]
            code = _is_demonym(qualifier)
            if not code and qualifier.lower_ not in {"nationale", "national"}:
                break
            stop = end + 1
            if not code and stop < n and _is_demonym(doc[stop]):
                code = _is_demonym(doc[stop])  # "la Marine nationale chilienne"
            name = _span_text(text, doc, tok.i, end + 1)
            name = name[:1].upper() + name[1:]
            actor = Actor(f"org:{slug(name)}", name, "organization", country=code)
            out.append(
                _Candidate(
                    tok.i,
                    stop + (1 if stop < n and _is_demonym(doc[stop]) else 0),
                    actor,
                    "rule",
                    "armed-force",
                    4,
                )
            )
            break
    return out


@functools.cache
def _body_words() -> tuple[frozenset[str], dict[str, list[list[str]]]]:
    """(capitalised body heads, armed-force phrases by their first word, longest first)."""
    people = lexicon.knowledge().people["bodies"]
    forces: dict[str, list[list[str]]] = {}
    for f in sorted((f.split() for f in people["forces"]), key=len, reverse=True):
        forces.setdefault(f[0], []).append(f)
    return frozenset(people["named_heads"]), forces


def _skip(doc, i: int, end: int, words: set[str], most: int = 10**6) -> int:
    """The first index from i (before end, at most `most` steps) whose word is not in words."""
    stop = min(end, i + most)
    while i < stop and doc[i].lower_ in words:
        i += 1
    return i


def _capitalised_chain(doc, i: int) -> int | None:
    """From a 'de|du|des' at i, the end (exclusive) of 'de la Défense', 'de l'Économie, du
    Commerce et de l'Industrie', 'des Affaires étrangères'. None if no capital follows."""
    end = None
    n = len(doc)
    while i < n and doc[i].lower_ in LINKS:
        # one 'de (la|l')? Capital [lower-case adjectives]' unit
        j = _skip(doc, i, n, LINKS, most=3)
        if j >= n or not doc[j].text[:1].isupper() or doc[j].ent_type_ == "PER":
            break
        if lexicon.countries()[1].get(doc[j].text):
            break  # a country after the name is its owner, not part of it
        j += 1
        while j < n and doc[j].pos_ == "ADJ" and doc[j].text.islower() and not _is_demonym(doc[j]):
            j += 1
        end = j
        # continue through ", du Commerce" and "et de l'Industrie"
        k = j
        if k < n and doc[k].text == ",":
            k += 1
        if k < n and doc[k].lower_ == "et":
            k += 1
        if k == j or k >= n or doc[k].lower_ not in LINKS:
            break
        # only when a capital word follows the connector
        look = _skip(doc, k, n, LINKS, most=3)
        if look >= n or not doc[look].text[:1].isupper():
            break
        i = k
    return end


def _model_entities(doc, text) -> list[_Candidate]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"PER", "LOC", "ORG"}:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if start >= end or "\n" in doc[start:end].text:
            continue
        first = doc[start]
        if not first.text[:1].isupper() or end - start > 8:
            continue
        if any(t.text in {"«", "»", '"'} or t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
            continue
        name = _span_text(text, doc, start, end)
        label = ent.label_
        company = next((k for k in range(start, end) if _company_word(doc[k])), None)
        while (  # "Nordvik Defence and Space": the name runs over "and" and its capitals
            company is not None
            and company + 1 < end
            and (_company_word(doc[company + 1]) or doc[company + 1].lower_ in {"and", "&"})
        ):
            company += 2 if doc[company + 1].lower_ in {"and", "&"} else 1
        if company is not None and company + 1 < end and label != "PER":
            # "Defense Security Cooperation Agency": a company word inside a longer name,
            # unless a title says a person follows ("le président de X Group Jonas Y")
            titled = any(
                fold(doc[k].text) in lexicon.title_words() for k in range(max(0, start - 3), start)
            )
            if not titled or any(
                doc[k].text in lexicon.institution_words() for k in range(company + 1, end)
            ):
                company = None
        if company is not None and (company > start or start > 0 and doc[start - 1].is_title):
            # "Baltic Group Jonas Petraitis", "Kestrel Dock Shipbuilders" (PER), "Orsa
            # Ammo" (LOC): the name up to its company word is a company, the rest a person
            first = start
            while (
                first > 0
                and doc[first - 1].text[:1].isupper()
                and doc[first - 1].is_alpha
                and not doc[first].is_sent_start
                and fold(doc[first - 1].text) not in lexicon.title_words()
            ):
                first -= 1
            org = _span_text(text, doc, first, company + 1)
            out.append(
                _Candidate(
                    first,
                    company + 1,
                    Actor(f"org:{slug(org)}", org, "organization"),
                    "model",
                    "company-name",
                    2,
                )
            )
            if end - company - 1 < 2:
                continue
            start, label = company + 1, "PER"
            name = _span_text(text, doc, start, end)
        if label == "PER" and any(t.text in lexicon.institution_words() for t in doc[start:end]):
            # "Général de Saranac Economic Council": an institution the model took for a person
            start, end = _strip_titles(doc, start, end)
            while start < end and doc[start].lower_ in LINKS:
                start += 1
            label, name = "ORG", _span_text(text, doc, start, end)
        if label == "PER":
            start, end = _strip_titles(doc, start, end)
            if start >= end:
                continue
            while (  # "Vaidas Kasperaitis" + "-Rimkus": the model stops at the hyphen
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].text[:1].isupper()
            ):
                end += 2
            if not _looks_like_person(doc, start, end):
                name = _span_text(text, doc, start, end)
                codes = lexicon.places().get(name) if _notable_city(name) else None
                if codes:  # "Washington", "Abou Dhabi" taken for people: known places
                    actor = Actor(
                        f"place:{slug(name)}", name, "place", codes[0], alternatives=tuple(codes)
                    )
                    out.append(_Candidate(start, end, actor, "model", "ner-per-place", 1))
                continue
            name = _display(_span_text(text, doc, start, end))
            out.append(
                _Candidate(
                    start, end, Actor(f"person:{slug(name)}", name, "person"), "model", "ner-per", 2
                )
            )
        elif label == "LOC":
            # A place is a known city, or at least stands after "à" ("à Ecouen");
            # "Le Brexit est venu…" is not a place.
            codes = lexicon.places().get(name)
            if len(name) < 3 or codes is None and not any(t.pos_ == "PROPN" for t in ent):
                continue  # "États membres": a common noun the model capitalised
            if not _placed(doc, start) and not _notable_city(name):
                continue  # "Liberty", "Union": small towns somewhere, words here
            actor = Actor(
                f"place:{slug(name)}",
                name,
                "place",
                country=(codes or [""])[0],
                alternatives=tuple(codes or ()),
            )
            out.append(_Candidate(start, end, actor, "model", "ner-loc", 1))
        elif start < end:
            # "les Orage français", "les Orage version Marine": a product and its variant
            while end - start > 1 and (
                _is_demonym(doc[end - 1]) or doc[end - 1].lower_ == "version"
            ):
                end -= 1
            cut = next((k for k in range(start + 1, end) if doc[k].lower_ == "version"), end)
            start, end = start, cut
            name = _span_text(text, doc, start, end)
            common = common_nouns()
            if (
                end - start == 1
                and not first.text.isupper()
                and (first.lower_ in common or first.lemma_.lower() in common)
            ):
                continue  # a capitalised common noun ("Commerce", "Partis"), not a body
            if fold(name) in lexicon.portfolios():
                continue  # "Affaires étrangères" left from a title, not a body
            out.append(
                _Candidate(
                    start,
                    end,
                    Actor(f"org:{slug(name)}", name, "organization"),
                    "model",
                    "ner-org",
                    1,
                )
            )
    return out


def _notable_city(name: str) -> bool:
    """A capital, or a city of 100,000 people or more: named alone, it is that city."""
    pops = lexicon.place_populations().get(name, {})
    return name in lexicon.capitals() or max(pops.values(), default=0) >= 100_000


def _cued_companies(doc, text) -> list[_Candidate]:
    """'le groupe sud-coréen Dalmi', 'le missilier européen Arcam', 'l'entreprise polonaise
    WZ Group', 'le géant brésilien du BTP Construra': a company noun, its
    adjectives and complement, then a name -> that name is a company, whatever the model
    called it."""
    heads = _keys_of(tuple(lexicon.knowledge().triggers["context"]["company_heads"]))
    out, n = [], len(doc)
    for tok in doc:
        if lexicon.key(tok.lemma_ or tok.lower_) not in heads or tok.text[:1].isupper():
            continue
        j = tok.i + 1
        while (
            j < n
            and j - tok.i <= 5
            and (
                doc[j].pos_ == "ADJ"
                and doc[j].text.islower()
                or _is_demonym(doc[j])
                and doc[j].text.islower()
                or doc[j].lower_ in LINKS
                or doc[j].text.islower()  # "de drones", tagged anyhow
                and doc[j].is_alpha
                and doc[j].pos_ not in {"VERB", "AUX"}
                and doc[j - 1].lower_ in LINKS
            )
        ):
            j += 1
        start = end = j
        while (
            end < n
            and end - start < 4
            and not doc[end].is_sent_start
            and (
                doc[end].text[:1].isupper()
                and (doc[end].is_alpha or "-" in doc[end].text)
                or doc[end].text in {"&"}
                and end > start
            )
        ):
            end += 1
        if end == start or fold(doc[start].text) in lexicon.title_words():
            continue
        name = _span_text(text, doc, start, end)
        if lexicon.countries()[1].get(name) or fold(name) in lexicon.media():
            continue
        actor = Actor(f"org:{slug(name)}", name, "organization")
        out.append(_Candidate(start, end, actor, "rule", "company-cue", 2))
    return out


def _datelines(doc, text) -> list[_Candidate]:
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
        name = _span_text(text, doc, tok.i, end)
        shown = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
        codes = lexicon.places().get(shown)
        if codes:
            actor = Actor(
                f"place:{slug(shown)}", shown, "place", codes[0], alternatives=tuple(codes)
            )
            out.append(_Candidate(tok.i, end, actor, "rule", "dateline", 3))
    return out


def _placed(doc, start: int) -> bool:
    """'à Ecouen', 'près de Kernavé', 'dans l'État de Sarenza', 'la base de Port-Tavel', 'l'usine
    de Valmora': a name the model calls a place stands where places stand."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"l'", "la", "le", "les"}:
        k -= 1
    if k < 0:
        return False
    before = doc[k].lower_
    if before in {"à", "dans", "vers", "depuis"}:
        return True
    if before in {"de", "d'"} and k > 0:
        # "près de X", "la base (navale) de X", "l'usine de X"
        nouns = [doc[j] for j in range(max(0, k - 2), k) if doc[j].pos_ in {"NOUN", "ADJ"}]
        if doc[k - 1].lower_ == "près" or any(
            lexicon.key(t.lemma_) in lexicon.place_nouns() for t in nouns
        ):
            return True
    return lexicon.key(doc[start].lemma_ or doc[start].lower_) in lexicon.place_nouns()


# words a sentence may open with before a name: "Ni M. Korhonen ni…", "Et Lindqvist…"
LEADING_WORDS = {
    "ni",
    "et",
    "mais",
    "or",
    "donc",
    "car",
    "selon",
    "pour",
    "avec",
    "par",
    "quant",
    "outre",
    "aussi",
    "puis",
    "dont",
}


def _strip_titles(doc, start, end):
    honorifics, title_words = lexicon.honorifics(), lexicon.title_words()
    english = lexicon.english_titles()
    while start < end and (
        doc[start].text in honorifics
        or fold(doc[start].text) in title_words
        or doc[start].text in english
        or doc[start].lower_ in LEADING_WORDS
        and end - start > 1
        or _possessive_honorific(doc, start)
    ):
        start += 1
    return start, end


def _display(name: str) -> str:
    """'Anne-Sophie Le GALL' -> 'Anne-Sophie Le Gall': a name as it reads in prose."""

    def word(w: str) -> str:
        return "-".join(p.capitalize() if p.isupper() and len(p) > 2 else p for p in w.split("-"))

    return " ".join(word(w) for w in name.split(" "))


def _possessive_honorific(doc, i: int) -> bool:
    """'Son' / 'Sa' in 'Son Excellence', 'Sa Majesté': part of the honorific."""
    return (
        doc[i].lower_ in {"son", "sa"}
        and i + 1 < len(doc)
        and doc[i + 1].text in lexicon.honorifics()
    )


def _looks_like_person(doc, start, end) -> bool:
    particles = set(lexicon.knowledge().people["name_particles"])
    toks = [t for t in doc[start:end] if t.lower_ not in particles and not t.is_punct]
    if len(toks) < 2 and not _titled(doc, start):
        return False
    if any(not t.text[:1].isupper() for t in toks):
        return False
    if (
        lexicon.countries()[1].get(toks[-1].text)
        or len(toks) == 1
        and lexicon.countries()[1].get(toks[0].text)
    ):
        return False  # "Corée du Sud"; a first name such as "Dominique" is fine
    common = sum(1 for t in toks if t.pos_ in NOT_PERSON_POS)
    return common * 2 <= len(toks) or (len(toks) == 1 and _titled(doc, start))


def _titled(doc, start) -> bool:
    return start > 0 and doc[start - 1].text in lexicon.honorifics()


def _groups(doc, text) -> list[_Candidate]:
    """'les partenaires indo-pacifiques' -> group:indo-pacifique; '17 pays', 'les États
    membres', 'les pays signataires', 'les alliés', 'les Vingt-Sept' -> their own group.
    A generic 'des pays africains' is no actor; 'les deux pays' points back to two states
    (commitments resolve it) and makes no group."""
    heads, regions, counted, qualifiers, alone = _group_words()
    out = []
    for tok in doc[:-1]:
        collective = (
            fold(tok.text) in alone
            and not tok.is_sent_start
            or (tok.lower_ in {"alliés", "alliées"} and _determined(doc, tok.i))
        )
        # "les Vingt-Sept", "les alliés" (not "les alliés européens": a region below)
        if collective and not regions.get(fold(doc[tok.i + 1].text)):
            name = tok.text
            out.append(
                _Candidate(
                    tok.i,
                    tok.i + 1,
                    Actor(f"group:{slug(name)}", name, "group"),
                    "rule",
                    "group-collective",
                    3,
                )
            )
            continue
        nxt = doc[tok.i + 1]
        regional = bool(regions.get(fold(nxt.text)))  # "quatre partenaires indo-pacifiques"
        if (tok.norm_ in counted or tok.lower_ in heads) and not regional:
            number = _count_before(doc, tok.i)
            if number and tok.i > 1 and doc[tok.i - 2].lower_ in {"les", "ces", "ses", "leurs"}:
                number = 0  # "les trois pays" points back to three states: no new group
            qualified = lexicon.key(nxt.lemma_ or nxt.lower_) in qualifiers and nxt.i < len(doc)
            if number >= 3 or qualified and _determined(doc, tok.i, allow_count=True):
                end = tok.i + 2 if qualified else tok.i + 1
                first = tok.i - 1 if number >= 3 else tok.i
                name = _span_text(text, doc, first, end)
                gid = slug(name)
                out.append(
                    _Candidate(
                        first,
                        end,
                        Actor(f"group:{gid}", name, "group"),
                        "rule",
                        "group-collective",
                        3,
                    )
                )
                continue
        if tok.norm_ not in heads and tok.lower_ not in heads:
            continue
        gid = regions.get(fold(nxt.text))
        if not gid or tok.tag_ == "PROPN" and tok.text.isupper():
            continue
        if "Sing" in tok.morph.get("Number") and tok.lower_ not in {"pays"}:
            continue
        if not _determined(doc, tok.i):
            continue  # "des pays africains": any of them, no actor
        name = _span_text(text, doc, tok.i, tok.i + 2)
        out.append(
            _Candidate(
                tok.i, tok.i + 2, Actor(f"group:{gid}", name, "group"), "rule", "group-region", 3
            )
        )
    return out


@functools.cache
def _group_words():
    """(group heads, folded regional adjectives -> group id, counted heads, qualifiers, and
    collectives read alone), built once."""
    k = lexicon.knowledge().groups
    heads = frozenset(f for h in k["heads"] for f in lexicon.inflections(h))
    regions = {fold(f): gid for adj, gid in k["regions"].items() for f in lexicon.inflections(adj)}
    c = k["collectives"]
    counted = frozenset(lexicon.key(w) for w in c["counted"])
    qualifiers = frozenset(lexicon.key(w) for w in c["qualifiers"])
    alone = frozenset(fold(w) for w in c["alone"])
    return heads, regions, counted, qualifiers, alone


_DEFINITE = {"les", "aux", "ses", "leurs", "nos", "vos", "ces", "mes", "tes"}


def _determined(doc, i: int, allow_count: bool = False) -> bool:
    """'les pays nordiques', 'ses partenaires', 'entre alliés', 'des pays de l'OTAN' (of
    the): a definite set. 'des pays africains' at the head of a phrase: some of them."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ in {"ADJ", "NUM"} or allow_count and doc[k].like_num):
        k -= 1
    if k < 0:
        return False
    before = doc[k].lower_
    if before in _DEFINITE or before in {"entre", "tous", "toutes"}:
        return True
    # "le soutien des pays nordiques", "auprès des partenaires": 'des' after a noun or a
    # preposition built with 'de' is 'of the'
    return (
        before in {"des", "du"}
        and k > 0
        and (doc[k - 1].pos_ in {"NOUN", "PROPN"} or doc[k - 1].lower_ in _WITH_DE)
    )


_WITH_DE = {
    "auprès",
    "près",
    "lors",
    "autour",
    "sein",
    "part",
    "côtés",
    "côté",
    "faveur",
    "profit",
    "bénéfice",
    "compte",
    "nom",
    "égard",
    "adresse",
    "initiative",
}


def _count_before(doc, i: int) -> int:
    """'17 pays', 'les trois pays' -> 17, 3; anything else -> 0."""
    if i == 0:
        return 0
    t = doc[i - 1]
    if t.text.isdigit():
        return int(t.text)
    return {
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
    }.get(t.lower_, 0)


# ---------------------------------------------------------------- roles


@dataclass
class _Role:
    tok_start: int
    tok_end: int
    scope: str  # org | state
    person_tok: int | None = None
    country: str = ""
    affiliation_tok: int | None = None


def _role_extent(
    doc, start: int, title_end: int, sent_end: int, gaz_starts: set[int]
) -> tuple[int, int | None, str]:
    """Extend a title rightwards over its complement; return (end, affiliation token, country).

    Stops at a verb, a quote, a person, 'ainsi que', a comma not followed by a capitalised
    coordinate, or an affiliation ('au sein de l'Alliance', 'de l'OTAN')."""
    country = ""
    i = title_end
    end = title_end
    affiliation = None
    while i < sent_end and i - start < 30:
        t = doc[i]
        demonym = _is_demonym(t)
        if demonym:
            country = country or demonym
            i += 1
            end = i
            continue
        if (
            t.lower_ in {"au", "auprès"}
            and i + 2 < sent_end
            and doc[i + 1].lower_ in {"sein", "de", "du", "des"}
        ):
            j = _skip(doc, i + 1, sent_end, LINKS | {"sein"})
            if j < sent_end:
                affiliation = j
            break
        if t.lower_ in DE_FORMS:
            j = _skip(doc, i + 1, sent_end, ARTICLES)
            if j in gaz_starts:
                affiliation = j
                break
        if t.text in {"«", "»", '"', "(", ")", ";", ":", ".", "!", "?", "…"} or t.is_space:
            break
        if t.lower_ in ROLE_STOPS:  # "les ministres japonais avec leurs homologues"
            break
        if t.pos_ in {"VERB", "AUX"} and not _title_participle(doc, i, sent_end):
            break
        if t.ent_type_ == "PER" and t.text[:1].isupper() and doc[i - 1].lower_ not in ROLE_LINKS:
            break  # a name; not "de la Défense" the model ran into a name
        # "le ministre estonien de la Défense Kalev Tammsaar": a capital after a complete
        # title, with no linking word before it, starts a name
        if (
            i > title_end
            and t.text[:1].isupper()
            and doc[i - 1].lower_ not in ROLE_LINKS
            and (not doc[i - 1].text[:1].isupper() or fold(doc[i - 1].text) in lexicon.portfolios())
            and not _is_demonym(t)
        ):
            break
        if t.text in {",", "et"}:
            j = _skip(doc, i + 1, sent_end, ROLE_LINKS - {",", "et"})
            # ", l'Innovation et l'Armement" continues a title; ", Arjun Vashisht" ends it
            if (
                j > i + 1
                and j < sent_end
                and doc[j].text[:1].isupper()
                and doc[j].ent_type_ != "PER"
                and j not in gaz_starts
                and not _is_demonym(doc[j])  # ", le Lituanien X" introduces the person
            ):
                i = j + 1
                end = i
                continue
            break
        i += 1
        end = i
    # do not end on a connector
    while end > title_end and doc[end - 1].lower_ in CAPITAL_CONNECTORS:
        end -= 1
    return end, affiliation, country


def _title_participle(doc, i: int, sent_end: int) -> bool:
    """'ministre délégué à la Défense', 'secrétaire d'État chargée des Anciens combattants':
    a participle followed by its complement belongs to the title."""
    t = doc[i]
    return (
        "Part" in t.morph.get("VerbForm")
        and i + 1 < sent_end
        and doc[i + 1].lower_ in {"à", "au", "aux", "de", "du", "des", "d'", "d’"}
    )


def _roles(doc, persons: list[_Candidate], gaz: dict[int, int]) -> list[_Role]:
    """Titles bound to people. A title binds forward first ('le ministre letton de la
    Défense, Ilze Berzina' even after 'Kalev Tammsaar,'), then backward ('X, secrétaire
    générale adjointe'); a plural title binds each person it lists ('les ministres de la
    Défense de la Croatie, A, de la Slovénie, B, et de la Serbie, C')."""
    m = get_matchers()
    matches = sorted(m.titles(doc), key=lambda x: (x[1], -(x[2] - x[1])))
    by_start = {c.tok_start: c for c in persons}
    by_end = {c.tok_end: c for c in persons}
    roles, taken, bound = [], set(), set()
    for match_id, start, end in matches:
        if start in taken:
            continue
        scope = doc.vocab.strings[match_id].split("|", 1)[0]
        sent = doc[start].sent
        person_tok = None
        role_end, aff, country = _role_extent(doc, start, end, sent.end, set(gaz))
        # Title before a person: "la secrétaire générale Claire Dubreuil", "…de l'OTAN, X",
        # "…, le Lituanien X"
        aff_end = role_end
        if aff is not None:
            aff_end = max(aff + 1, role_end, gaz.get(aff, 0))
        for look in (role_end, aff_end, aff_end + 1, _after_people_word(doc, aff_end + 1)):
            if look in by_start and look not in bound:
                person_tok = look
                break
        if person_tok is None:
            # Title after a person: "X, secrétaire générale adjointe pour …"
            k = start - 1
            while k >= sent.start and doc[k].lower_ in {",", "le", "la", "l'"}:
                k -= 1
            if k + 1 in by_end and doc[k + 1 : start].text.strip().startswith(","):
                person_tok = by_end[k + 1].tok_start
        if person_tok is None:
            continue
        taken.update(range(start, role_end))
        bound.add(person_tok)
        roles.append(_Role(start, role_end, scope, person_tok, country, aff))
        if _plural_title(doc[start]):
            for tok, aff_tok in _listed_people(doc, by_start, gaz, by_start[person_tok], sent.end):
                if tok not in bound:
                    bound.add(tok)
                    roles.append(_Role(start, role_end, scope, tok, country, aff_tok))
    return roles


def _plural_title(tok) -> bool:
    return tok.lower_.endswith(("s", "x")) and fold(tok.text[:-1]) in lexicon.title_words()


def _listed_people(doc, by_start, gaz, first, sent_end) -> list[tuple[int, int | None]]:
    """After the first person of a plural title, the others it lists, each with the body
    or state named just before them: ', de la Croatie, Ivo Maric, et de la Slovénie,
    Janez Kranjc', ' et Andris Kalnins'."""
    out, i = [], first.tok_end
    while i < sent_end:
        j = _skip(doc, i, sent_end, {",", "et"})
        if j == i:
            break
        aff = None
        if j < sent_end and doc[j].lower_ in DE_FORMS:
            k = _skip(doc, j + 1, sent_end, ARTICLES)
            if k not in gaz:
                break
            aff, j = k, _skip(doc, gaz[k], sent_end, {","})
        person = by_start.get(j)
        if person is None:
            break
        out.append((j, aff))
        i = person.tok_end
    return out


def _name_end(doc, start: int) -> int:
    """End of a bare name of two to four capitalised words starting at `start` ('Kalev
    Tammsaar', 'Vaidas Kasperaitis-Rimkus', 'Omar ben Khalid'), or `start` if none."""
    particles = set(lexicon.knowledge().people["name_particles"])
    n, end, words = len(doc), start, 0
    while end < n and words < 4 and not (end > start and doc[end].is_sent_start):
        t = doc[end]
        if t.text[:1].isupper() and t.is_alpha:
            end, words = end + 1, words + 1
        elif t.text == "-" and not doc[end - 1].whitespace_ and end + 1 < n and end > start:
            end += 1  # "Kasperaitis-Rimkus" split by the tokenizer
        elif t.lower_ in particles and words and end + 1 < n and doc[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    if not 2 <= words <= 4 or end < n and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return start
    if doc[end - 1].text == "-" or _company_word(doc[end - 1]):
        return start
    words = lexicon.title_words() | lexicon.institution_words()
    if any(fold(t.text) in words or t.text in words for t in doc[start:end]):
        return start  # "Directeur Général de X Council": a title and a body, not a name
    return end


def _company_word(tok) -> bool:
    return tok.text in lexicon.company_words()


def _people_beside_titles(doc, text, model, persons, gaz_starts) -> list[_Candidate]:
    """'Le ministre indien de la Défense, Arjun Vashisht, …', 'le ministre estonien de la
    Défense Kalev Tammsaar', '…, le Letton Andris Kalnins': right after a title (and
    a comma, or a demonym for a people), two to four capitalised words are a person,
    whatever the model called them (ORG, MISC or nothing)."""
    found = []
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    names = lexicon.countries()[1]
    starts: set[int] = set()
    for _, s, e in get_matchers().titles(doc):
        sent = doc[s].sent
        end, _aff, _c = _role_extent(doc, s, e, sent.end, gaz_starts)
        for i in (end, end + 1):  # "le ministre … Kalev Tammsaar", "le ministre …, Kalev Tammsaar"
            if i < sent.end and (i == end or doc[end].text == ","):
                starts.add(_after_people_word(doc, i))
    for comma in doc:  # "…, Arjun Vashisht, ministre indien" is handled by the roles
        if comma.text == "," and comma.i + 2 < len(doc):
            sent = comma.sent
            if any(
                sent.start <= s and e <= comma.i and comma.i - e <= 9
                for _, s, e in get_matchers().titles(doc)
            ):
                starts.add(_after_people_word(doc, comma.i + 1))
    for start in sorted(starts):
        end = _name_end(doc, start)
        if end == start or start in taken:
            continue
        if end < len(doc) and not (
            doc[end].is_punct
            or doc[end].pos_ in {"VERB", "AUX", "CCONJ", "ADP"}
            or doc[end].lower_ in {"et", "a", "ont"}
        ):
            continue  # the capitals run on: not a bare name
        name = _span_text(text, doc, start, end)
        if names.get(name) or not _looks_like_person(doc, start, end):
            continue
        for cand in [c for c in model if c.tok_start < end and start < c.tok_end]:
            if cand.actor.kind != "person":
                model.remove(cand)  # the model's ORG/LOC reading gives way
        found.append(
            _Candidate(
                start,
                end,
                Actor(f"person:{slug(name)}", name, "person"),
                "rule",
                "title-apposition",
                2,
            )
        )
        taken.update(range(start, end))
    return found


def _after_people_word(doc, i: int) -> int:
    """'le Letton Andris Kalnins': past an article and a people's name."""
    if (
        i + 2 < len(doc)
        and doc[i].lower_ in {"le", "la", "l'"}
        and doc[i + 1].text[:1].isupper()
        and _is_demonym(doc[i + 1])
    ):
        return i + 2
    return i


def _people_coordinated(doc, text, model, persons) -> list[_Candidate]:
    """'Ilze Berzina et Andris Kalnins', 'X, Y et Z': a bare name joined to a person by
    'et' or a comma is a person too, whatever the model called it."""
    found = []
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    names = lexicon.countries()[1]
    for c in sorted(persons, key=lambda c: c.tok_start):
        i = c.tok_end
        if i >= len(doc) or doc[i].lower_ not in {"et", ","}:
            continue
        start = i + 1
        end = _name_end(doc, start)
        if end == start or start in taken or doc[start].is_sent_start:
            continue
        name = _span_text(text, doc, start, end)
        if names.get(name) or not _looks_like_person(doc, start, end):
            continue
        if any(
            c2.tok_start < end
            and start < c2.tok_end
            and c2.actor.kind == "organization"
            and c2.method == "lexicon"
            for c2 in model
        ):
            continue
        for cand in [m for m in model if m.tok_start < end and start < m.tok_end]:
            model.remove(cand)
        found.append(
            _Candidate(
                start,
                end,
                Actor(f"person:{slug(name)}", name, "person"),
                "rule",
                "coordinated-name",
                2,
            )
        )
        taken.update(range(start, end))
    return found


def _people_after_honorifics(doc, text, model, persons) -> list[_Candidate]:
    """'M. Papikyan', 'Son Excellence Alain Fortunet Nouatin': the capitalised words right
    after an honorific are a person, whatever the model called them (MISC, ORG or
    nothing). Name particles ('bin', 'de', 'Al') may stand inside."""
    honorifics = lexicon.honorifics()
    particles = set(lexicon.knowledge().people["name_particles"])
    names = lexicon.countries()[1]
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    found = []
    for tok in doc[:-1]:
        if tok.text not in honorifics or tok.i + 1 in taken:
            continue
        start = end = tok.i + 1
        while end < len(doc) and end - start < 7 and not doc[end].is_sent_start:
            word = doc[end]
            capital = word.text[:1].isupper() and word.is_alpha and word.text not in honorifics
            particle = (
                word.lower_ in particles and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            )
            if not (capital or particle):
                break
            end += 1
        if end == start or doc[end - 1].lower_ in particles:
            continue
        name = _span_text(text, doc, start, end)
        if names.get(name) or fold(doc[start].text) in lexicon.title_words():
            continue  # "M. le ministre", a country: not a name
        for cand in [c for c in model if c.tok_start < end and start < c.tok_end]:
            model.remove(cand)  # the model's reading of these words gives way
        found.append(
            _Candidate(
                start, end, Actor(f"person:{slug(name)}", name, "person"), "rule", "honorific", 2
            )
        )
    return found


def _place_countries(result: ActorResult) -> None:
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


def _capital_metonymy(result: ActorResult, doc) -> None:
    """'Washington a annoncé', 'selon Tokyo', ', a indiqué Kiev': a capital that speaks or
    acts is its government, a country, not a place."""
    capitals = lexicon.capitals()
    reporting = {doc[s].i for _, s, _ in get_matchers().reporting(doc)}
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
            _ensure_country(result, code)
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


def _merge_short_names(result: ActorResult) -> None:
    """'M. Le Gall' after 'Anne-Sophie Le Gall': the same person, not a second one."""
    people = sorted(
        (a for a in result.actors.values() if a.kind == "person"), key=lambda a: -len(a.name)
    )
    for short in people:
        full = next(
            (
                a
                for a in people
                if len(a.name) > len(short.name) and a.name.endswith(" " + short.name)
            ),
            None,
        )
        if full is None:
            continue
        for m in result.mentions:
            if m.actor_id == short.actor_id:
                m.actor_id, m.rule = full.actor_id, "surname"
        full.role = full.role or short.role
        full.affiliation_id = full.affiliation_id or short.affiliation_id
        del result.actors[short.actor_id]


# ---------------------------------------------------------------- resolution


_CREDIT_FROM = re.compile(
    r"(?:\b(?:photo|crédit|credit|illustration)\s*:|©|\b[A-Z]{2,}/[A-Z])", re.I
)
_CREDIT_PAREN = re.compile(r"\([^()\n]{0,80}/[^()\n]{0,80}\)|\((?:photo|crédit)[^()\n]*\)", re.I)
_CORRESPONDENT = re.compile(
    r"^\s*(?:de notre|par notre|notre)\s+(?:envoyée?|correspondante?)"
    r"\s+(?:spéciale?|permanente?)?[^\n]{0,80}$",
    re.I | re.M,
)
_BYLINE = re.compile(r"^\s*Par\s+[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){0,3}(?:\s+et\s+.*)?$", re.M)


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Where a page credits its photos and writers ('… Photo: REUTERS/X', '( AFP / X )',
    'Par X et Y', 'X, Y •'): names there are no actors of the news."""
    spans = [m.span() for m in _CREDIT_PAREN.finditer(text)]
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


def _not_an_actor(doc, c: _Candidate, credits) -> bool:
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
    heads, prefixes, words = lexicon.not_actors()
    if span[0].text in prefixes and len(span) > 1 or any(t.text in words for t in span):
        return True
    if len(span) == 1 and span[0].text.isupper() and span[0].lower_ in common_nouns():
        return True
    if c.method == "lexicon" or c.rule == "government-body":
        return False
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
    companies = _keys_of(tuple(lexicon.knowledge().triggers["context"]["company_heads"]))
    words = set()
    for j in range(k, max(-1, k - 5), -1):
        t = doc[j]
        if t.is_punct and t.text not in {"«", '"'} or t.pos_ in {"VERB", "AUX", "PRON"}:
            break
        words.add(lexicon.key(t.lemma_ or t.lower_))
    # "le fabricant de drones X" is a company; "le porte-avions X" a ship
    return not words & companies and bool(words & heads)


@functools.cache
def _keys_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in words)


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Greedy: higher priority, then longer, wins each overlap."""
    chosen: list[_Candidate] = []
    used: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.tok_end - c.tok_start), c.tok_start)):
        span = set(range(c.tok_start, c.tok_end))
        if span & used:
            continue
        used |= span
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.tok_start)


def find_actors(doc, text: str) -> ActorResult:
    """All actor mentions of one parsed article."""
    gaz = _gazetteer(doc, text)
    bodies = _government_bodies(doc, text)
    named_bodies = _named_bodies(doc, text, {c.tok_start: c.tok_end for c in gaz})
    forces = [c for c in named_bodies if c.rule == "armed-force"]
    bodies += [c for c in named_bodies if c.rule != "armed-force"]
    model = _model_entities(doc, text)
    groups = _groups(doc, text)
    persons = [c for c in model if c.actor.kind == "person"]
    honoured = _people_after_honorifics(doc, text, model, persons)
    persons += honoured
    model += honoured
    named = {c.tok_start for c in gaz} | {c.tok_start for c in model if c.rule == "company-name"}
    beside = _people_beside_titles(doc, text, model, persons, named)
    persons += beside
    model += beside
    joined = _people_coordinated(doc, text, model, persons)
    persons += joined
    model += joined
    # bodies a title may end on ("le PDG de Saranac Economic Council"): the gazetteer's,
    # companies, and names of two words or more the model read as organisations
    bodies_named = gaz + [
        c
        for c in model
        if c.rule == "company-name"
        or c.actor.kind == "organization"
        and c.tok_end - c.tok_start >= 2
        and fold(doc[c.tok_start].text) not in lexicon.portfolios()
        and doc[c.tok_start].lower_ not in common_nouns()  # "l'Innovation et l'Armement"
    ]
    roles = _roles(doc, persons, {c.tok_start: c.tok_end for c in bodies_named})
    role_toks = {i for r in roles for i in range(r.tok_start, r.tok_end)}

    # Inside a title, only gazetteer names stay actors ("pour l'Industrie de la Défense").
    cands = [
        c
        for c in model + bodies
        if c.actor.kind == "person" or not set(range(c.tok_start, c.tok_end)) & role_toks
    ]
    cands += gaz + groups + forces + _cued_companies(doc, text) + _datelines(doc, text)
    credits = _credit_spans(text)
    cands = [c for c in cands if not _not_an_actor(doc, c, credits)]
    chosen = _select(cands)

    result = ActorResult()
    result.role_spans = [
        (doc[r.tok_start].idx, doc[r.tok_end - 1].idx + len(doc[r.tok_end - 1])) for r in roles
    ]

    # Bodies: country from a demonym, else from a coordinated body ("du ministère japonais
    # de la Défense et du ministère de l'Économie…").
    for c in chosen:
        if c.rule in {"armed-force", "government-body"} and c.actor.country:
            _ensure_country(result, c.actor.country)  # "ministère chilien de la Défense"
    body_list = [c for c in chosen if c.rule == "government-body"]
    for a, b in zip(body_list, body_list[1:], strict=False):
        between = doc[a.tok_end : b.tok_start]
        if len(between) <= 3 and any(t.lower_ == "et" for t in between):
            if a.actor.country and not b.actor.country:
                b.actor.country = a.actor.country
                b.rule = "government-body+coordination"
            elif b.actor.country and not a.actor.country:
                a.actor.country = b.actor.country
    for c in body_list:
        base = _strip_demonym(doc, c)
        key = f"{c.actor.country.lower()}-{slug(base)}" if c.actor.country else slug(base)
        c.actor.actor_id = f"org:{key}"

    for c in chosen:
        aid = c.actor.actor_id
        if aid not in result.actors:
            result.actors[aid] = c.actor
        _add(result, doc, c.tok_start, c.tok_end, aid, c.method, c.rule)

    _apply_roles(result, doc, text, roles)
    _acronyms(result, doc, text)
    _compound_demonyms(result, doc, text)
    _merge_short_names(result)
    _place_countries(result)
    _capital_metonymy(result, doc)
    _link_surnames(result, doc, text)
    _find_members(result, doc)
    result.mentions.sort(key=lambda m: m.start)
    return result


_COMPOUND = re.compile(r"\b((?:[a-zéèêëîïôûç]+-){1,3}[a-zéèêëîïôûç]+)\b", re.I)


def _compound_demonyms(result: ActorResult, doc, text: str) -> None:
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
            _ensure_country(result, code)
            _add(
                result, doc, span.start, span.end, f"country:{code}", "lexicon", "compound-demonym"
            )


def _is_acronym(tok) -> bool:
    t = tok.text
    return (
        2 <= len(t) <= 10
        and t[0].isupper()
        and sum(ch.isupper() for ch in t) >= 2
        and all(ch.isalnum() or ch in "&-" for ch in t)
    )


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the acronym's letters come, in order, from the words' initials: 'Office des
    systèmes numériques de l'État' spells OSNE."""
    initials = [fold(w)[0] for w in words if w[:1].isalpha()]
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    i = 0
    for ch in initials:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


def _acronyms(result: ActorResult, doc, text: str) -> None:
    """'le Bureau de gestion de la cyberdéfense (CDMB)', 'l'Office des systèmes numériques de
    l'État (OSNE)': the acronym in parentheses is an alias of the name before it, which is
    an organisation even when nothing else said so; every later 'CDMB' is that body."""
    defs: dict[str, str] = {}
    n = len(doc)
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    ends = {m.tok_end: m for m in result.mentions}
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= n or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1]
        if not _is_acronym(acr) or acr.text in defs:
            continue
        before = ends.get(tok.i)
        if before is not None and result.actors[before.actor_id].kind in {"organization", "group"}:
            defs[acr.text] = before.actor_id
            continue
        start = tok.i  # a name of capitals and linking words before the parenthesis
        while (
            start > 0
            and start - 1 not in taken
            and tok.i - start < 10
            and (
                doc[start - 1].text[:1].isupper()
                or doc[start - 1].lower_ in ROLE_LINKS
                or doc[start - 1].pos_ in {"ADJ", "NOUN"}
                and doc[start - 1].text.islower()
            )
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        while start < tok.i and not doc[start].text[:1].isupper():
            start += 1
        if start < tok.i:
            words = [t.text for t in doc[start : tok.i]]
            if not _spells(words, acr.text):
                continue
            name = _span_text(text, doc, start, tok.i)
            aid = f"org:{slug(name)}"
            result.actors.setdefault(aid, Actor(aid, name, "organization"))
            _add(result, doc, start, tok.i, aid, "rule", "acronym-definition")
            taken.update(range(start, tok.i))
            defs[acr.text] = aid
    if not defs:
        return
    moved: dict[str, str] = {}
    for m in result.mentions:
        target = defs.get(doc[m.tok_start : m.tok_end].text)
        if target and m.actor_id != target:
            moved[m.actor_id] = target
            m.actor_id, m.rule = target, "acronym"
    for tok in doc:
        if tok.text in defs and tok.i not in taken:
            _add(result, doc, tok.i, tok.i + 1, defs[tok.text], "rule", "acronym")
    used = {m.actor_id for m in result.mentions}
    for old, new in moved.items():
        if old not in used:
            result.actors.pop(old, None)
        for a in result.actors.values():
            if a.affiliation_id == old:
                a.affiliation_id = new


def _strip_demonym(doc, c: _Candidate) -> str:
    words = [t.text for t in doc[c.tok_start : c.tok_end] if not _is_demonym(t)]
    return " ".join(words)


def _add(result: ActorResult, doc, start: int, end: int, aid: str, method: str, rule: str):
    result.mentions.append(
        Mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), aid, method, rule, start, end)
    )


def _apply_roles(result: ActorResult, doc, text: str, roles: list[_Role]):
    # an unaffiliated "secrétaire général" belongs to the body the article is about, when
    # that is a known international body (not a company, a ministry or an agency named once)
    known = {o.id for o in lexicon.organizations()}
    orgs_count = Counter(m.actor_id for m in result.mentions if m.actor_id in known)
    main_org = orgs_count.most_common(1)[0][0] if orgs_count else ""
    for r in roles:
        pm = result.mention_at(r.person_tok)
        if pm is None or result.actors[pm.actor_id].kind != "person":
            continue
        person = result.actors[pm.actor_id]
        if person.role and not person.role.startswith("homologue"):
            continue  # the first real title stands; "homologue" only says "the other side's"
        person.role = _singular_title(
            text[doc[r.tok_start].idx : doc[r.tok_end - 1].idx + len(doc[r.tok_end - 1])]
        )
        affiliation = ""
        if r.affiliation_tok is not None:
            am = result.mention_at(r.affiliation_tok)
            if am is not None and result.actors[am.actor_id].kind in {"organization", "country"}:
                affiliation = am.actor_id
        if not affiliation and r.country:
            affiliation = f"country:{r.country}"
            _ensure_country(result, r.country)
        if not affiliation and r.scope == "org" and main_org:
            affiliation = main_org
        person.affiliation_id = affiliation
        aff = result.actors.get(affiliation)
        if aff is not None:
            person.country = aff.country


def _singular_title(role: str) -> str:
    """'ministres de la Défense' said of one of them: 'ministre de la Défense'."""
    words = role.split(" ")
    for plural, singular in (("aux", "al"), ("s", ""), ("x", "")):
        head = words[0]
        if head.endswith(plural) and fold(head[: len(head) - len(plural)] + singular) in (
            lexicon.title_words()
        ):
            words[0] = head[: len(head) - len(plural)] + singular
            _c, _n, demonyms = lexicon.countries()
            for i, w in enumerate(words[1:3], 1):  # "homologues philippins"
                plural = w.endswith("s") and not w.endswith(("ais", "ois"))  # japonais
                if plural and fold(w) in demonyms and fold(w[:-1]) in demonyms:
                    words[i] = w[:-1]
            return " ".join(words)
    return role


def _ensure_country(result: ActorResult, code: str):
    aid = f"country:{code}"
    if aid not in result.actors:
        codes, _n, _d = lexicon.countries()
        result.actors[aid] = Actor(aid, codes[code].name, "country", country=code)


def _link_surnames(result: ActorResult, doc, text: str):
    """A later 'Dubreuil' or 'M. Dubreuil' is the 'Claire Dubreuil' named earlier in the article."""
    surnames = {}
    for aid, a in result.actors.items():
        if a.kind == "person" and " " in a.name:
            surnames.setdefault(a.name.split()[-1], aid)
    if not surnames:
        return
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    first_seen = {m.actor_id: m.tok_start for m in result.mentions}
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surnames)) + r")(?!\w)")
    for found in words.finditer(text):  # a search of the text, not a walk over every token
        span = doc.char_span(found.start(), found.end())
        if span is None or len(span) != 1:
            continue
        aid, i = surnames[found.group()], span.start
        if i not in taken and i > first_seen.get(aid, 10**9):
            _add(result, doc, i, i + 1, aid, "rule", "surname")


def _find_members(result: ActorResult, doc):
    """'ses quatre partenaires indo-pacifiques – l’Australie, le Japon, … –': members."""
    for m in [m for m in result.mentions if result.actors[m.actor_id].kind == "group"]:
        i = m.tok_end
        sent_end = doc[m.tok_start].sent.end
        if i + 1 >= sent_end or not (
            doc[i].text in {"–", "—", "-", ":", "(", ","}
            or doc[i].lower_ in {"dont", "soit", "tels", "telles"}
        ):
            continue
        closer = {"–": "–", "—": "—", "-": "-", "(": ")"}.get(doc[i].text)
        i += 1
        found = []
        while i < sent_end:
            t = doc[i]
            if closer and t.text == closer:
                break
            mm = result.mention_at(i)
            if mm is not None and result.actors[mm.actor_id].kind == "country":
                found.append(mm.actor_id)
                i = mm.tok_end
                continue
            if t.lower_ in DETERMINERS or t.text in {",", "et", "que", "ainsi"} or t.is_space:
                i += 1
                continue
            break
        for member in dict.fromkeys(found):
            result.members.append((m.actor_id, member, m.tok_start))
