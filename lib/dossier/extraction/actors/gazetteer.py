"""Names the lexicons know: countries, international and governmental bodies, regions
(spaCy PhraseMatcher over the data files), with the checks that keep a namesake out."""

from __future__ import annotations

import functools

from ...base.text import fold
from .. import lexicon
from ..model import Actor
from ..nlp import common_nouns, get_matchers, in_capitals, tokens_with, verb_forms
from .base import Candidate, is_demonym, span_text

# names of legislatures that are also a town's or a person's: only with their article
_BARE_LEGISLATURES = {"org:douma", "org:rada", "org:diete"}
_DETERMINING = {"la", "le", "l'", "l’", "du", "au"}

# ---------------------------------------------------------------- candidates


_UNION = frozenset({"Union"})


def find_known_names(doc, text) -> list[Candidate]:
    m = get_matchers(doc.vocab)
    codes, _names, _dem = lexicon.countries()
    orgs = lexicon.organizations_by_id()
    out = []
    for match_id, start, end in m.names(doc):
        label = doc.vocab.strings[match_id]
        if label.startswith(("place:", "region:")):
            kind = label.split(":", 1)[0]  # a region is larger than a state: where, not who
            actor = Actor(label, span_text(text, doc, start, end), kind)
            out.append(Candidate(start, end, actor, "lexicon", "region", 3))
            continue
        if label.startswith("country:"):
            if (
                _geographic(doc, start)
                or _in_person_name(doc, start, end)
                or _common(doc, start, end)
            ):
                continue
            code = label.split(":", 1)[1]
            actor = Actor(label, codes[code].name, "country", country=code)
            out.append(Candidate(start, end, actor, "lexicon", "country-name", 3))
        else:
            org = orgs[label]
            if end - start == 1 and _word_in_capitals(doc[start]):
                continue  # « ILS ONT EU DES ENTRETIENS »: a French word, not « EU »
            if end - start == 1 and not doc[start].text.isupper():
                before = doc[start - 1].lower_ if start > 0 else ""
                if _in_person_name(doc, start, end):
                    continue  # "Rada Ivanova": someone's name
                if label in _BARE_LEGISLATURES and before not in _DETERMINING:
                    continue  # "l'attaque de Douma": the Syrian town, not « la Douma »
                if org.country and end < len(doc):
                    code = is_demonym(doc[end])
                    if code and code != org.country:
                        continue  # "la Diète polonaise": another state's
                    if doc[end].lower_ in {"de", "d'"}:
                        continue  # "la Diète de Pologne"
            actor = Actor(org.id, org.name, "organization", country=org.country)
            out.append(Candidate(start, end, actor, "lexicon", "organization-alias", 3))
    out += _countries_in_capitals(doc, text, {c.tok_start for c in out})
    covered = {i for c in out for i in range(c.tok_start, c.tok_end)}
    out += _countries_spelled_otherwise(doc, text, covered)
    # "l'Union" alone is the European Union ("l'Union africaine" is matched whole above)
    for tok in tokens_with(doc, "ORTH", _UNION, 1, -1):
        nxt = doc[tok.i + 1]
        if (
            doc[tok.i - 1].lower_ == "l'"
            and not nxt.text[:1].isupper()
            and nxt.pos_ != "ADJ"
            and not nxt.lower_.startswith(("européen", "soviétique", "africain"))
        ):
            actor = Actor("org:ue", orgs["org:ue"].name, "organization")
            out.append(Candidate(tok.i, tok.i + 1, actor, "lexicon", "eu-short", 3))
    # "Les Allemands, quant à eux, misent sur…": a people standing for its state
    _c, _n, demonyms = lexicon.countries()
    found = {s: doc.vocab.strings[c] for c, s, e in m.demonyms(doc) if e - s == 1}
    peoples = {i for i in found if doc[i].text[:1].isupper() and doc[i].lower_.endswith("s")}
    for i, code in found.items():
        tok = doc[i]
        # "les Allemands"; "Français et Britanniques veulent…": two peoples paired bare
        paired = (
            i + 2 in peoples
            and doc[i + 1].lower_ == "et"
            or (i - 2 in peoples and doc[i - 1].lower_ == "et")
        )
        if i in peoples and (i > 0 and doc[i - 1].lower_ in {"les", "des", "aux"} or paired):
            actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
            out.append(Candidate(tok.i, tok.i + 1, actor, "lexicon", "demonym-people", 3))
    # "le président sud-coréen", "les autorités chinoises": a state organ makes it present
    organs = lexicon.state_organs() | lexicon.state_acts()
    for i, code in found.items():
        tok = doc[i]
        # "L'ÉCRASANT ALLIÉ AMÉRICAIN": a headline in capitals keeps its adjectives
        shouted = tok.text.isupper() and i > 0 and doc[i - 1].text.isupper()
        if not tok.text.islower() and not shouted:
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
        if _side(doc, tok):
            actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
            out.append(Candidate(tok.i, tok.i + 1, actor, "lexicon", "demonym-side", 3))
            continue
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
            out.append(Candidate(tok.i, tok.i + 1, actor, "lexicon", "demonym-organ", 3))
    return out


def _countries_in_capitals(doc, text, taken: set[int]) -> list[Candidate]:
    """« VISITE OFFICIELLE AU KOWEIT », « LA COTE D'IVOIRE »: a state's name in a run of
    capitals, written without its accents, matched on its folded letters (one to four
    words: « ETATS-UNIS », « COTE D'IVOIRE »)."""
    codes = lexicon.countries()[0]
    folded = _folded_country_names()
    out = []
    past = 0  # the end of the last state found
    # only the words in capitals, from the doc's attribute column (no Token for the others)
    for i in doc.to_array("IS_UPPER").nonzero()[0].tolist():
        tok = doc[i]
        word = tok.text.replace("-", "")
        if i < past or not (word.isalpha() and i not in taken and in_capitals(tok)):
            continue
        for end in range(min(i + 4, len(doc)), i, -1):
            code = folded.get(fold(doc[i:end].text))
            if code and doc[end - 1].is_upper:
                actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
                out.append(Candidate(i, end, actor, "lexicon", "country-name", 3))
                past = end
                break
    return out


def _countries_spelled_otherwise(doc, text, covered: set[int]) -> list[Candidate]:
    """« du Nigéria », « la Sierra Léone »: a state's name written with
    accents or spaces the lexicon's spelling does not have, matched on its folded letters
    (one to three capitalised words, hyphens read as spaces), with the checks a name the
    lexicon spells gets (not a person's name or a surname after a rank, a sea, a common
    noun); only names the lexicon writes in letters, not acronyms (« EAU » is no « Eau »)."""
    codes = lexicon.countries()[0]
    folded = _folded_spelled_names()
    out = []
    past = 0
    for i in doc.to_array("IS_TITLE").nonzero()[0].tolist():
        tok = doc[i]
        if i < past or i in covered or not tok.is_alpha:
            continue
        if i > 0 and not tok.is_sent_start and doc[i - 1].pos_ not in _BEFORE_A_NAME:
            continue  # « le sergent Perou », « M. Benin »: a surname after its noun
        for end in range(min(i + 3, len(doc)), i, -1):
            words = doc[i:end]
            if any(j in covered for j in range(i, end)) or not words[-1].text[:1].isupper():
                continue
            key = fold(words.text)
            code = folded.get(key) or folded.get(key.replace("-", " "))
            code = code or folded.get(key.replace(" ", "-"))
            if not code or _geographic(doc, i) or _in_person_name(doc, i, end):
                continue
            if _common(doc, i, end):
                continue
            actor = Actor(f"country:{code}", codes[code].name, "country", country=code)
            out.append(Candidate(i, end, actor, "lexicon", "country-name", 3))
            past = end
            break
    return out


def _word_in_capitals(tok) -> bool:
    """An acronym's letters that are a French word, in a run of capitals."""
    lower = tok.lower_
    return tok.is_upper and (lower in verb_forms() or lower in common_nouns()) and in_capitals(tok)


@functools.cache
def _folded_country_names() -> dict[str, str]:
    """Folded name of a state -> its code, for the names no two states share."""
    out: dict[str, str] = {}
    clash = set()
    for name, code in lexicon.countries()[1].items():
        f = fold(name)
        if out.get(f, code) != code:
            clash.add(f)
        out[f] = code
    return {f: c for f, c in out.items() if f not in clash}


@functools.cache
def _folded_spelled_names() -> dict[str, str]:
    """`_folded_country_names` without the acronyms (« EAU », « RDC »)."""
    acronyms = {fold(n) for n in lexicon.countries()[1] if n.isupper()}
    return {f: c for f, c in _folded_country_names().items() if f not in acronyms}


# what a state's name follows (« du Nigéria », « la Sierra Léone », « et Libéria », « : »)
_BEFORE_A_NAME = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PUNCT"})


def _common(doc, start: int, end: int) -> bool:
    """'Circonstance : Réunion du conseil de défense': a country name that is also a common
    noun, with no article or preposition before it and a complement after it, is the noun
    ('La Réunion', 'à la Réunion', 'en Suisse' stay states)."""
    if end - start != 1 or end >= len(doc) or doc[end].lower_ not in {"de", "du", "des", "d'"}:
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    return doc[start].lower_ in common_nouns() and before not in _BEFORE_A_STATE


_BEFORE_A_STATE = {"la", "le", "l'", "les", "en", "à", "au", "aux", "de", "du", "d'", "des"}


def _in_person_name(doc, start: int, end: int) -> bool:
    """'Dominique Laurier', 'Jordan Meyer', 'Rémi Hollande': a one-word country name inside
    a person's name the model found, or that name's last word standing alone later
    ('Hollande a confirmé' after 'François Hollande')."""
    if end - start != 1:
        return False
    tok = doc[start]

    def named(ent) -> bool:  # capitalised words only: 'Barkhane du Mali' names no one
        words = [t for t in ent if not t.is_punct]  # 'Claude-France Arnould'
        return ent.label_ == "PER" and len(words) > 1 and all(t.text[:1].isupper() for t in words)

    if tok.ent_type_ == "PER":
        ent = next((e for e in doc.ents if e.start <= start < e.end), None)
        if ent is not None and named(ent):
            return True
    return any(e[-1].text == tok.text and e.start != start and named(e) for e in doc.ents)


def _geographic(doc, start: int) -> bool:
    """'mer de Chine méridionale', 'golfe du Mexique', 'le fleuve Niger', 'le lac Tchad':
    a place named after a country."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"de", "du", "des", "d'", "la", "l'", "le"}:
        k -= 1
    return k >= 0 and doc[k].lower_ in lexicon.geography_heads()


# the words for one side of a relation, read as written (« partie » keys as « parti »)
_SIDES = {"partie", "parties", "côté"}


def _side(doc, tok) -> bool:
    """« la partie russe », « les parties russe et ukrainienne », « côté malien »: one side
    of a relation, the state. Not a part of a place (« la partie française du tunnel »,
    « du côté italien de la frontière »): a complement follows."""
    demonyms = lexicon.countries()[2]
    k = tok.i - 1  # « les parties russe et ukrainienne »: past the demonyms listed before
    while k > 0 and (doc[k].text in {",", "et"} or demonyms.get(fold(doc[k].text))):
        k -= 1
    if k < 0 or doc[k].lower_ not in _SIDES:
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is None or after.lower_ not in {"de", "du", "des", "d'", "d’"}
