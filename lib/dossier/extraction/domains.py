"""Domains: capability, technology, industrial and policy areas named in a sentence.

The taxonomy's phrases are found by the PhraseMatcher (`nlp.Matchers.domains`). Three
rules from `domains.toml` shape what counts and where a mention starts and ends:

- `[qualified]`: a head that names a domain only with a demonym or a regional adjective
  right after it ("industrie ukrainienne", "contenus indiens"; bare "industrie" is not one);
- `[phrase] nouns_only`: a word that is a domain as a noun, not when it qualifies the
  noun before it ("les sous-marins", not "un câble sous-marin");
- `[phrase] heads`: a mention grows to the noun phrase an analyst would quote: the
  activity or means noun before it ("production de missiles", "acquisition conjointe
  des frégates", "capacités de défense aérienne") and the adjectives or bare "de" noun
  after it ("munitions lourdes", "sous-marins d'attaque").

Growth never crosses a sentence start, a name or title, or another mention, and only
visits the few tokens next to each mention.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

from ..base.text import fold
from ..reading.dates import calendar_words
from . import lexicon
from .clauses import preposition
from .model import DomainMention
from .nlp import PhraseSet, common_nouns, get_matchers, language_of, tokens_with

_NOUNS = {"NOUN", "PROPN"}
# a mention starting with one of these is no object of an activity noun before it
_NOT_NOMINAL = {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "PUNCT"}
_DE = {"de", "d'", "des", "du"}
_MAX_GAP = 3  # determiners, numbers, adjectives between "de" and the mention
_MAX_ADJ = 2  # adjectives after a head or a mention
_ADJ_CHILDREN = {"advmod", "punct", "cc", "conj", "amod"}
_INFINITIVE = ("er", "ir", "re")
_HYPHENS = {"-", "‑", "–"}
_OPENERS = {"«", '"', ":", "(", "-", "–", "—", "\n"}


@functools.cache
def _config() -> dict:
    text = resources.files("dossier.extraction.data").joinpath("domains.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {
        "phrase": data.get("phrase", {}),
        "qualified": data.get("qualified", {}),
        "frames": data.get("frames", {}),
    }


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in _config()["phrase"].get("heads", []))


@functools.cache
def _nouns_only() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in _config()["phrase"].get("nouns_only", []))


@functools.cache
def _not_adjectives() -> frozenset[str]:
    words = _config()["phrase"].get("not_adjectives", [])
    return frozenset(lexicon.key(f) for w in words for f in lexicon.inflections(w))


@functools.cache
def _qualified(nlp) -> tuple[PhraseSet | None, frozenset[str]]:
    """Matcher of the heads that need a qualifier, and every folded form of a qualifier."""
    q = _config()["qualified"]
    heads = {f"domain:{d}": words for d, words in q.get("heads", {}).items()}
    if not heads:
        return None, frozenset()
    _codes, _names, demonyms = lexicon.countries()
    adjectives = {fold(f) for a in q.get("adjectives", []) for f in lexicon.inflections(a)}
    return PhraseSet(nlp, heads), frozenset(adjectives | set(demonyms))


def _qualified_matches(doc) -> list[tuple[int, int, int]]:
    matcher, qualifiers = _qualified(language_of(doc.vocab))
    if matcher is None:
        return []
    regional = {
        doc.vocab.strings[f"domain:{d}"] for d in _config()["qualified"].get("regional_heads", [])
    }
    out = []
    for label, start, end in matcher(doc):
        if end >= len(doc) or doc[end].is_sent_start:
            continue
        nxt = doc[end]
        if label in regional:
            # « la sécurité africaine »: the security of a region itself, not « les forces
            # de sécurité maliennes », « en sécurité », « sa sécurité », « la sécurité
            # nationale »
            if not _the_area_itself(doc, start, end):
                continue
            if _regional_feminine(nxt):
                out.append((label, start, end + 1))
        elif fold(nxt.text) in qualifiers or fold(nxt.lemma_) in qualifiers:
            out.append((label, start, end + 1))
    return out


def _the_area_itself(doc, start: int, end: int) -> bool:
    """« la sécurité … » after a definite article, and not what someone is in charge of
    (« le chef de la sécurité malienne »; « l'approche de la sécurité européenne » is the
    area)."""
    if start == 0 or doc[start - 1].lower_ not in {"la", "l'", "l’"}:
        return False
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return not (head.dep_ == "nmod" and fold(head.head.lemma_) in _people_heads())


@functools.cache
def _people_heads() -> frozenset[str]:
    """Folded titles and words for people (« responsable », « chef », « agent »)."""
    people = lexicon.knowledge().triggers["context"]["people"]
    return lexicon.title_words() | {fold(w.split()[-1]) for w in people}


@functools.cache
def _regional_qualifiers() -> frozenset[str]:
    """Folded feminine singular forms of the demonyms and regional adjectives."""
    _codes, _names, demonyms = lexicon.countries()
    words = _config()["qualified"].get("regional", [])
    forms = {fold(f) for a in words for f in lexicon.inflections(a)} | set(demonyms)
    return frozenset(f for f in forms if f.endswith("e"))


def _regional_feminine(tok) -> bool:
    """A demonym or regional adjective in the feminine singular (« africaine »,
    « européenne »): it agrees with « sécurité », not with a plural noun before it."""
    return fold(tok.text) in _regional_qualifiers()


@functools.cache
def _frames(nlp) -> tuple[PhraseSet | None, frozenset[str]]:
    """Matcher of the phrases that introduce an area in the text's own words, and the
    objects too general to be one alone."""
    f = _config()["frames"]
    groups = {k: f[k] for k in ("area", "against") if f.get(k)}
    generic = frozenset(lexicon.key(w) for w in f.get("generic", []))
    return (PhraseSet(nlp, groups) if groups else None), generic


AREA = "area:"  # id prefix of an area the taxonomy does not know


def _area_id(span) -> str:
    """'area:' and the keys of the words that name it (no article, preposition or
    punctuation), so that 'énergie nucléaire' and 'énergies nucléaires' are one area."""
    words = (lexicon.key(t.text) for t in span if not (t.is_punct or t.pos_ in {"DET", "ADP"}))
    return AREA + "-".join(words)


def _object_noun(doc, i: int, end_sent: int) -> int | None:
    """The noun a frame introduces at doc[i], after its determiner, number or leading
    adjectives ("de la santé", "des nouvelles technologies")."""
    while i < end_sent and doc[i].pos_ in {"DET", "ADJ", "NUM"}:
        i += 1
    return i if i < end_sent and doc[i].pos_ in _NOUNS else None


def _next_in_list(doc, e: int, end_sent: int) -> int | None:
    """The next noun of a list of frame objects after doc[e]: ", de la santé", "et de
    l'agriculture", "et la piraterie" (after a comma only with its "de": ", les deux
    pays" starts a clause). The small model rarely links such lists as conjuncts."""
    j = e
    comma = j < end_sent and doc[j].text == ","
    if comma:
        j += 1
    if j < end_sent and doc[j].lower_ in ("et", "ou"):
        j, comma = j + 1, False
    elif not comma:
        return None
    if j < end_sent and doc[j].lower_ in _DE:
        j += 1
    elif comma:
        return None
    return _object_noun(doc, j, end_sent)


def _frame_matches(doc, taken, is_blocked) -> list[tuple[str, int, int]]:
    """Areas the text names after a frame ("en matière de X", "dans les domaines de X et
    de Y"; "la lutte contre X" with its frame): (domain id, start, end) of each noun
    phrase no taxonomy match covers (its id: `_area_id`)."""
    matcher, generic = _frames(language_of(doc.vocab))
    if matcher is None:
        return []
    out = []
    for label, start, end in matcher(doc):
        kind = doc.vocab.strings[label]
        sent_end = doc[start].sent.end
        head = _object_noun(doc, end, sent_end)
        while head is not None:
            tok = doc[head]

            def free(j, lo=head, hi=sent_end):
                return lo <= j < hi and j not in taken and not (doc[j].is_punct or doc[j].is_space)

            s, e = _grow(doc, head, head + 1, free)
            if tok.text[:1].isupper():
                while e < sent_end and doc[e].text[:1].isupper() and free(e):
                    e += 1  # "la lutte contre Boko Haram"
            nxt = _next_in_list(doc, e, sent_end)
            if kind == "against":
                s = start  # "la lutte contre le narcotrafic": a name after it is welcome
                ok = not is_blocked(start, end)
            else:
                # a name after "en matière de" is a title or a body, not an area
                named = tok.is_title and not tok.is_sent_start or tok.like_num
                fight = e < sent_end and doc[e].lower_ == "contre"  # the "against" frame's
                ok = not (named or fight or e - s == 1 and tok.norm_ in generic or is_blocked(s, e))
            if ok and not any(j in taken for j in range(s, e)):
                out.append((_area_id(doc[s:e]), s, e))
            head = nxt
    return out


@functools.cache
def _field() -> tuple[frozenset[str], frozenset[str]]:
    f = _config()["frames"]
    adjectives = frozenset(
        lexicon.key(g) for a in f.get("field_adjectives", []) for g in lexicon.inflections(a)
    )
    return adjectives, frozenset(lexicon.key(w) for w in f.get("not_field_heads", []))


_NOUN = frozenset({"NOUN"})


def _field_matches(doc, taken, is_blocked) -> list[tuple[str, int, int]]:
    """A noun a field's adjective qualifies, in the text's own words ("manœuvres
    conjointes", "appui opérationnel", "posture militaire stratégique"), with the
    adjectives that follow it: (area id, start, end), where no taxonomy match is."""
    adjectives, not_heads = _field()
    out = []
    n = len(doc)
    for tok in tokens_with(doc, "POS", _NOUN):
        if not tok.text.islower() or tok.i in taken:
            continue
        if tok.norm_ in not_heads or lexicon.key(tok.lower_) in not_heads:
            continue
        e = tok.i + 1
        field = False
        while e < n and e - tok.i <= _MAX_ADJ + 1 and e not in taken and not doc[e].is_sent_start:
            nxt = doc[e]
            if not nxt.text.islower() or nxt.pos_ not in {"ADJ", "NOUN", "VERB"}:
                break
            k = lexicon.key(nxt.lower_)
            if k in adjectives:
                field = True
            elif not (nxt.pos_ == "ADJ" and _is_adjective(nxt, tok.i, e)):
                break
            e += 1
        if field and not is_blocked(tok.i, e):
            out.append((_area_id(doc[tok.i : e]), tok.i, e))
    return out


def _adjectival(doc, start: int, end: int) -> bool:
    """A one-word match of a nouns-only word that qualifies the noun before it."""
    return (
        end - start == 1
        and doc[start].norm_ in _nouns_only()
        and start > 0
        and doc[start - 1].pos_ == "NOUN"
        and not doc[start].is_sent_start
    )


def _in_a_name(doc, start: int, end: int) -> bool:
    """A capitalised word opening a match inside a sentence is part of a name the actor
    step may have missed ("Baltic Group", "Agence Spatiale", "la Force conjointe du…",
    "le Système de combat aérien du futur"), not a domain."""
    tok = doc[start]
    if end - start > 1 and tok.pos_ != "NOUN" and tok.lower_ not in common_nouns():
        return False  # "l'Europe de la défense": a place's name opens the phrase
    return (
        tok.is_title
        and len(tok) > 1
        and start > 0
        and not tok.is_sent_start
        and doc[start - 1].text not in _OPENERS
    )


def _is_adjective(tok, lo: int, hi: int) -> bool:
    """An adjective of the noun phrase doc[lo:hi], not one of another noun ("chantiers de
    coopération … lancés") nor one opening a complement of its own ("munitions capables
    d'abattre")."""
    if not lo <= tok.head.i < hi:
        return False
    if tok.norm_ in _not_adjectives() or lexicon.key(tok.lower_) in _not_adjectives():
        return False
    if tok.lower_ in calendar_words():
        return False  # "la coopération militaire lundi": a date, not a kind of cooperation
    # the small model also tags post-nominal adjectives as nouns or participles ("exercices
    # militaires conjoints": NOUN, acl)
    if tok.dep_ == "acl" and (tok.pos_ == "VERB" or tok.lemma_.endswith(_INFINITIVE)):
        return False  # a participle clause: "missiles commandés en 2022", "projets lancés"
    nominal = tok.pos_ == "ADJ" or tok.dep_ in {"amod", "acl"}
    return nominal and not any(c.i > tok.i and c.dep_ not in _ADJ_CHILDREN for c in tok.children)


def _grow(doc, start: int, end: int, free) -> tuple[int, int]:
    """The noun phrase around a mention: (start, end) grown left over "head [adj] de
    [det/num/adj]" and right over adjectives and a bare "de + noun"."""
    n = len(doc)
    if doc[end - 1].pos_ in _NOUNS or doc[end - 1].pos_ == "ADJ" and end - start > 1:
        e = end
        while e < n and e - end < _MAX_ADJ and free(e) and _is_adjective(doc[e], start, e):
            e += 1
        # "sous-marins d'attaque", "obus de précision": "de" and a noun, no determiner,
        # right after the noun
        if (
            e == end
            and doc[end - 1].pos_ in _NOUNS
            and e + 1 < n
            and doc[e].lower_ in ("de", "d'")
            and free(e)
            and free(e + 1)
            and doc[e + 1].pos_ == "NOUN"
            and doc[e + 1].text.islower()
            and (e + 2 >= n or doc[e + 2].pos_ not in {"PROPN", "NUM"} or doc[e + 2].is_sent_start)
        ):
            e += 2
            while e < n and e - end < _MAX_ADJ + 2 and free(e) and doc[e].pos_ == "ADJ":
                e += 1
        # never stop inside a hyphenated word ("sécuritaire algéro-nigérienne")
        while e > end and e < n and not doc[e - 1].whitespace_ and doc[e].text in _HYPHENS:
            e -= 1
        end = e
    if doc[start].pos_ not in _NOT_NOMINAL:
        j = start - 1
        while (
            j >= 0
            and start - j <= _MAX_GAP
            and free(j)
            and doc[j].lower_ not in _DE
            and doc[j].pos_ in {"DET", "NUM", "ADJ"}
        ):
            j -= 1
        if j > 0 and free(j) and doc[j].lower_ in _DE:
            k = j - 1
            while k >= 0 and j - k <= _MAX_ADJ and free(k) and _is_adjective(doc[k], 0, n):
                k -= 1
            if k >= 0 and free(k) and doc[k].pos_ == "NOUN" and doc[k].norm_ in _heads():
                start = k
    return start, end


def _mention(doc, s: int, e: int, domain_id: str) -> DomainMention:
    return DomainMention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), domain_id, s, e)


def find_domains(
    doc, blocked: list[tuple[int, int]], places: list[tuple[int, int]] = ()
) -> list[DomainMention]:
    """Longest non-overlapping taxonomy matches, skipping names and titles
    ("pour l'Innovation" in a job title is not a discussion of innovation), each grown
    to its noun phrase. A place blocks a match that overlaps it, unless the taxonomy's
    own phrase holds the place whole ("l'Europe de la défense")."""
    matches = get_matchers(doc.vocab).domains(doc) + _qualified_matches(doc)

    def overlapping(start: int, end: int, spans) -> list[tuple[int, int]]:
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        return [(b, e) for b, e in spans if s_char < e and b < e_char]

    def is_blocked(start: int, end: int) -> bool:
        return bool(overlapping(start, end, [*blocked, *places]))

    def match_blocked(start: int, end: int) -> bool:
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        return bool(overlapping(start, end, blocked)) or any(
            not (s_char <= b and e < e_char) for b, e in overlapping(start, end, places)
        )

    chosen: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for match_id, start, end in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        span = set(range(start, end))
        if (
            span & used
            or _adjectival(doc, start, end)
            or _in_a_name(doc, start, end)
            or match_blocked(start, end)
        ):
            continue
        used |= span
        chosen.append((match_id, start, end))

    out: list[DomainMention] = []
    for match_id, start, end in sorted(chosen, key=lambda m: m[1]):
        first_sent = start
        while first_sent > 0 and not doc[first_sent].is_sent_start:
            first_sent -= 1
            if start - first_sent > _MAX_GAP + _MAX_ADJ + 2:
                break

        def free(i: int, s=start, e=end, floor=first_sent, used=used) -> bool:
            if s <= i < e:
                return True
            if i in used or i < floor or doc[i].is_space or doc[i].is_punct:
                return False
            # a token after the mention that starts a sentence is outside it
            return not (i >= e and doc[i].is_sent_start)

        s, e = _grow(doc, start, end, free)
        # growth that would swallow a name or a title falls back to the match itself
        if (s, e) != (start, end) and is_blocked(s, e):
            if not is_blocked(s, end):
                e = end
            elif not is_blocked(start, e):
                s = start
            else:
                s, e = start, end
        used |= set(range(s, e))
        out.append(_mention(doc, s, e, doc.vocab.strings[match_id]))
    # longest first: "en matière de lutte contre X" is one area
    frames = sorted(_frame_matches(doc, used, is_blocked), key=lambda m: (m[1] - m[2], m[1]))
    frames += _field_matches(doc, used, is_blocked)
    for domain_id, s, e in frames:
        if any(j in used for j in range(s, e)):
            continue  # two frames on one phrase ("en matière de lutte contre X")
        used |= set(range(s, e))
        out.append(_mention(doc, s, e, domain_id))
    for domain_id, s, e in _listed_with(doc, out, used, is_blocked):
        used |= set(range(s, e))
        out.append(_mention(doc, s, e, domain_id))
    return sorted(out, key=lambda d: d.start)


TRAINING = "domain:military-training"


@functools.cache
def _listed_training() -> frozenset[str]:
    """Bare training nouns that are the training area in a list of areas (domains.toml
    [frames] listed_training)."""
    return frozenset(lexicon.key(w) for w in _config()["frames"].get("listed_training", []))


def _listed_with(doc, found, used, is_blocked) -> list[tuple[str, int, int]]:
    """Noun phrases the parse coordinates with an area already found ("la cybersécurité et
    la protection sociale"): a list names things of one kind, so each common-noun member
    with its adjective or complement is an area in the text's own words (id `_area_id`), and
    a bare training noun is training (« la formation et le renseignement »).
    A member needs the same preposition as the area (the small model also joins nouns of
    other phrases to lists) and more than a bare noun ("le renseignement et les voisins")."""
    _, not_heads = _field()
    demonyms = lexicon.countries()[2]
    taken = set(used)
    out = []
    for m in found:
        span = doc[m.tok_start : m.tok_end]
        root = span.root
        for tok in root.conjuncts:
            i = tok.i
            if i in taken or tok.pos_ != "NOUN" or not tok.text.islower():
                continue
            if tok.sent.start != root.sent.start:
                continue
            if tok.norm_ in not_heads or lexicon.key(tok.lower_) in not_heads:
                continue
            if preposition(tok) != preposition(root):
                continue  # "cinq exemplaires et le navire de commandement et de soutien"

            def free(j, lo=i, hi=tok.sent.end, taken=taken):
                return lo <= j < hi and j not in taken and not (doc[j].is_punct or doc[j].is_space)

            s, e = _grow(doc, i, i + 1, free)
            bare = not any(c.dep_ == "nmod" for c in tok.children)  # not « la formation du… »
            if e - s == 1 and bare and tok.norm_ in _listed_training() and not is_blocked(s, e):
                taken.add(i)  # « la formation, le renseignement et … »: training
                out.append((TRAINING, s, e))
                continue
            if e - s == 1 or is_blocked(s, e):
                continue  # a bare noun in a list is too often a misparse ("la dignité")
            if any(fold(t.lower_) in demonyms for t in doc[s:e]):
                continue  # "le peuple malien", "la capitale malienne": people and places
            if any(j in taken for j in range(s, e)):
                continue
            taken.update(range(s, e))
            out.append((_area_id(doc[s:e]), s, e))
    return out
