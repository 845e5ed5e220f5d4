"""Titles and roles: a title's extent ('ministre marocain délégué à la Défense'), the
person it belongs to (forward first, lists in parallel order) and the body it keeps."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from ...base.text import fold, slug
from ...reading.dates import calendar_words
from .. import lexicon
from ..model import Actor
from ..nlp import common_nouns, get_matchers, participle_on_noun
from .base import (
    ARTICLES,
    CAPITAL_CONNECTORS,
    DE_FORMS,
    LINKS,
    ROLE_LINKS,
    ROLE_STOPS,
    ActorResult,
    Candidate,
    ensure_country,
    is_demonym,
    name_particles,
    names_something_else,
    span_text,
)
from .bodies import body_words, skip
from .groups import count_at, count_before, determined

# ---------------------------------------------------------------- roles


@dataclass
class _Role:
    tok_start: int
    tok_end: int
    scope: str  # org | state
    person_tok: int | None = None
    country: str = ""
    affiliation_tok: int | None = None
    title_end: int = 0  # where the title's own words end ('ministres de la Défense')
    text: str = ""  # the holder's own title, when not the words from start to end


def role_extent(
    doc, start: int, title_end: int, sent_end: int, gaz_starts: dict[int, int] | set[int]
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
        demonym = is_demonym(t)
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
            j = skip(doc, i + 1, sent_end, LINKS | {"sein"})
            if j < sent_end:
                affiliation = j
            break
        if t.lower_ in DE_FORMS:
            j = skip(doc, i + 1, sent_end, ARTICLES)
            if j in gaz_starts and not _portfolio_at(doc, j, sent_end):  # "de l'Europe et des…"
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
        if i == title_end and (_two_name_words(doc, i, sent_end) or surname_at(doc, i)):
            break  # « l'ambassadrice Ana Lund, … », « a dit le Premier ministre Lund. »
        # "le ministre estonien de la Défense Kalev Tammsaar": a capital after a complete
        # title, with no linking word before it, starts a name
        if (
            i > title_end
            and t.text[:1].isupper()
            and doc[i - 1].lower_ not in ROLE_LINKS
            and not doc[i - 1].like_num  # "les ministres de 23 États membres"
            and (not doc[i - 1].text[:1].isupper() or fold(doc[i - 1].text) in lexicon.portfolios())
            and not is_demonym(t)
        ):
            break
        if t.text == "et" and i + 1 < sent_end and doc[i + 1].lower_ in _COMPLEMENT_STARTS:
            i += 1  # "commissaire à la paix et à la sécurité": a second complement
            end = i
            continue
        if (
            t.text == "et"
            and i + 1 < sent_end
            and doc[i - 1].pos_ == "NOUN"
            and doc[i - 1].text.islower()
            and doc[i + 1].pos_ == "NOUN"
            and doc[i + 1].text.islower()
            and lexicon.key(doc[i + 1].lemma_ or doc[i + 1].lower_) not in lexicon.title_keys()
        ):
            i += 2  # "…des industries de la défense et sécurité": two nouns, one complement
            end = i
            continue
        if (
            t.text in {",", "et"}
            and i + 1 < sent_end
            and is_demonym(doc[i - 1])
            and is_demonym(doc[i + 1])
            and doc[i + 1].text.islower()
        ):
            i += 1  # "les ministres français et japonais de la Défense": both states
            continue
        if (
            t.text == "et"
            and i + 1 < sent_end
            and doc[i - 1].pos_ == "ADJ"
            and _agreeing_adjective(doc[i + 1], doc[i - 1])
        ):
            i += 1  # "chargé des Affaires maghrébines et africaines": two adjectives
            continue
        if t.text in {",", "et"}:
            j = skip(doc, i + 1, sent_end, ROLE_LINKS - {",", "et"})
            if t.text == "," and _where_after(doc, i + 1, j, sent_end):
                break  # « ministre des Affaires étrangères, à Paris »: where, not a title
            # ", l'Innovation et l'Armement" continues a title; ", Arjun Vashisht" ends it
            if (
                j < sent_end
                # "… et anciens combattants": a portfolio needs no article
                and (j > i + 1 or t.text == "et" and _portfolio_at(doc, j, sent_end))
                and (doc[j].text[:1].isupper() or _portfolio_at(doc, j, sent_end))
                and doc[j].ent_type_ != "PER"
                and j not in gaz_starts
                and not is_demonym(doc[j])  # ", le Lituanien X" introduces the person
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


_COMPLEMENT_STARTS = {"à", "au", "aux"}


def _where_after(doc, i: int, j: int, sent_end: int) -> bool:
    """« , à Paris », « , à La Haye », « , en Lituanie »: a preposition of place, then a
    place or a state the lexicon knows (not the model's places: it reads « à la Mer », « aux
    Mines » as such, portfolios of a title)."""
    if i >= j or doc[i].lower_ not in {"à", "au", "aux", "en"} or j >= sent_end:
        return False
    places, countries = lexicon.places(), lexicon.countries()[1]
    for end in range(j + 1, min(j + 4, sent_end + 1)):  # « à New York », « à Abou Dhabi »
        name = doc[i + 1 : end].text if doc[i + 1].lower_ in {"la", "le", "l'"} else doc[j:end].text
        if places.get(name) or countries.get(name):
            return True
    return False


def surname_at(doc, i: int) -> bool:
    """One capitalised word that closes its phrase right after 'le président', 'la
    ministre', 'le Premier ministre': a surname, unless it is a country, a people, a place,
    a title, a month or a common word ('le président Tchaka a reçu', 'a dit le Premier
    ministre Lund.'; not 'le ministre Défense', 'le général Mars')."""
    t = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not (t.is_title and t.is_alpha and len(t) > 2) or t.is_sent_start:
        return False
    if nxt is not None and not (
        nxt.is_punct or nxt.pos_ in {"VERB", "AUX", "CCONJ", "ADP"} or nxt.lower_ in {"et", "a"}
    ):
        return False
    return not (common_word(t) or names_something_else(t.text) or t.lower_ in calendar_words())


def common_word(t) -> bool:
    """A word of titles, bodies or portfolios, a people, or a common noun or adjective in
    any of its forms, whatever its case or tag (« Technique », « Congolaise »,
    « Renaissance »): no one's name."""
    if fold(t.text) in _not_name_words() or t.text in _not_name_words():
        return True
    w = t.lower_
    forms = {w, w.removesuffix("s"), w.removesuffix("e"), w.removesuffix("es")}
    return bool(forms & common_nouns()) or fold(t.text) in lexicon.countries()[2]


@functools.cache
def _not_name_words() -> frozenset[str]:
    return frozenset(lexicon.title_words() | lexicon.institution_words() | lexicon.portfolios())


def _two_name_words(doc, i: int, sent_end: int) -> bool:
    """Two capitalised words right after a title that the model saw no person in, neither
    a title word, a function word nor a people: a name all the same (« l'ambassadrice Ana
    Lund » read as a place, « le Premier ministre De Smet »). Where the model sees a person
    (« le Conseiller Technique Jean X ») the title stops at that person."""
    if i + 1 >= sent_end or any(t.ent_type_ == "PER" for t in doc[i : i + 2]):
        return False
    first, second = doc[i], doc[i + 1]
    # a particle opens a name after a title in lower case, not in « Le Président Du Faso »
    particle = first.lower_ in name_particles() and doc[i - 1].text.islower()
    return (
        all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in (first, second))
        and (particle or fold(first.text) not in _not_name_words())
        and (particle or first.lower_ not in lexicon.FUNCTION_WORDS)
        and second.lower_ not in lexicon.FUNCTION_WORDS
        and second.pos_ not in {"ADP", "DET", "CCONJ", "PRON"}
        and not any(fold(t.text) in lexicon.countries()[2] for t in (first, second))
        and fold(second.text) not in _not_name_words()
    )


def _agreeing_adjective(t, adj) -> bool:
    """A lower-case word after « et » that agrees with the adjective before it: a second
    adjective of the same noun (the small model may tag it as a noun: « africaines »)."""
    return (
        t.text.islower()
        and t.pos_ in {"ADJ", "NOUN"}
        and not any(c.pos_ == "DET" for c in t.children)
        and t.morph.get("Number") == adj.morph.get("Number")
        # the model's gender is not to be trusted on such a word: the same ending
        and (t.pos_ == "ADJ" or t.lower_[-2:] == adj.lower_[-2:])
    )


def coordinated_states(doc, start: int, end: int) -> list[str]:
    """The states of demonyms coordinated in a title ('les ministres français et
    japonais', 'les présidents letton, estonien et lituanien'), in order; [] unless two or
    more are ('les ministres chargés du dossier ukrainien': one, and not the holders')."""
    return [is_demonym(doc[i]) for i in _coordinated_demonyms(doc, start, end)]


def _coordinated_demonyms(doc, start: int, end: int) -> list[int]:
    """The tokens of those demonyms (two or more, else none)."""
    i = next((t.i for t in doc[start:end] if is_demonym(t)), end)
    out = []
    while i < end and is_demonym(doc[i]):
        out.append(i)
        if i + 2 < end and doc[i + 1].text in {",", "et"} and is_demonym(doc[i + 2]):
            i += 2
        else:
            break
    return out if len(out) >= 2 else []


def _title_with(doc, start: int, end: int, lo: int, hi: int, word: str = "") -> str:
    """The title's words from `start` to `end` with those from `lo` to `hi` (inclusive)
    replaced by `word` (none: left out). 'présidents letton et estonien' said of the
    second holder: 'présidents estonien' (made singular when applied); 'ministres
    français de la Défense' said of a holder of another state: 'ministres de la Défense'."""
    before = span_text(doc.text, doc, start, lo) if lo > start else ""
    after = span_text(doc.text, doc, hi + 1, end) if hi + 1 < end else ""
    return " ".join(w for w in (before, word, after) if w)


def _coordinated_portfolios(doc, start: int, end: int) -> list[tuple[int, int]]:
    """'ministres de la Défense et des Affaires étrangères': the (first, last) token of
    each portfolio joined by « et », in order; [] unless two or more are."""
    cuts = [
        i
        for i in range(start + 1, end)
        if doc[i].lower_ in DE_FORMS
        and (i == start + 1 or doc[i - 1].lower_ == "et" or is_demonym(doc[i - 1]))
        and _portfolio_at(doc, skip(doc, i + 1, end, ARTICLES), end)
    ]
    if len(cuts) < 2 or not all(doc[c - 1].lower_ == "et" for c in cuts[1:]):
        return []
    bounds = [*cuts[1:], end + 1]
    return [(c, b - 2) for c, b in zip(cuts, bounds, strict=True)]


def _portfolio_at(doc, j: int, sent_end: int) -> bool:
    """', et des affaires étrangères': a portfolio, even in lower case; 'de l'Europe et
    des Affaires étrangères': Europe is one when another portfolio follows."""
    names = lexicon.portfolios()
    if (
        fold(doc[j].text) in lexicon.leading_portfolios()
        and j + 2 < sent_end
        and doc[j + 1].lower_ == "et"
    ):
        return _portfolio_at(doc, skip(doc, j + 2, sent_end, LINKS), sent_end)
    if doc[j].lower_ == "affaires" and j + 1 < sent_end and doc[j + 1].pos_ == "ADJ":
        return True  # « des Affaires maghrébines », « des Affaires sociales »: any area
    return any(fold(doc[j : min(k, sent_end)].text) in names for k in (j + 1, j + 2, j + 3))


def _title_participle(doc, i: int, sent_end: int) -> bool:
    """'ministre délégué à la Défense', 'secrétaire d'État chargée des Anciens combattants':
    a participle followed by its complement belongs to the title."""
    t = doc[i]
    return (
        "Part" in t.morph.get("VerbForm")
        and i + 1 < sent_end
        and doc[i + 1].lower_ in {"à", "au", "aux", "de", "du", "des", "d'", "d’"}
    )


def find_roles(doc, persons: list[Candidate], gaz: dict[int, int]) -> list[_Role]:
    """Titles bound to people. A title binds forward first ('le ministre letton de la
    Défense, Ilze Berzina' even after 'Kalev Tammsaar,'), then backward ('X, secrétaire
    générale adjointe'); a plural title binds each person it lists ('les ministres de la
    Défense de la Croatie, A, de la Slovénie, B, et de la Serbie, C')."""
    m = get_matchers(doc.vocab)
    matches = sorted(m.titles(doc), key=lambda x: (x[1], -(x[2] - x[1])))
    by_start = {c.tok_start: c for c in persons}
    by_end = {c.tok_end: c for c in persons}
    roles, taken, bound = [], set(), set()
    ranked: set[int] = set()  # people bound by a grade alone, whose office may still follow
    # the comma after a title that found no holder -> its start and its state
    loose: dict[int, tuple[int, str]] = {}
    for match_id, start, end in matches:
        if start in taken or _representing(doc, start):
            continue
        scope = doc.vocab.strings[match_id].split("|", 1)[0]
        sent = doc[start].sent
        person_tok = None
        role_end, aff, country = role_extent(doc, start, end, sent.end, set(gaz))
        # Title before a person: "la secrétaire générale Claire Dubreuil", "…de l'OTAN, X",
        # "…, le Lituanien X"
        aff_end = role_end
        if aff is not None:
            aff_end = max(aff + 1, role_end, gaz.get(aff, 0))
        # « les ministres de la Défense du Togo et du Gabon, X et Y »: the states a plural
        # title lists, in the order its holders follow
        bodies, bodies_end = (
            _listed_bodies(doc, aff, gaz)
            if aff is not None and _plural_title(doc[start])
            else ([], 0)
        )
        if len(bodies) > 1:
            aff_end = max(aff_end, bodies_end)
        after = _past_posting(doc, aff_end, sent.end)
        # "M. X, ministre de …, M. Y, ministre de …": a title with no article right after
        # a name and its comma is that name's apposition, not the next name's title
        k = start - 1
        named = by_end.get(k) if k > sent.start and doc[k].text == "," else None
        # (« Le général X, vice-ministre de la Défense, et Mme Y, … »: the general's office)
        # (not a title that stands right before the next name: « du général X, ministre Y »)
        if named is not None and (
            named.tok_start not in bound
            or named.tok_start in ranked
            and role_end not in by_start
            and aff_end not in by_start
        ):
            person_tok = named.tok_start
            if _plural_title(doc[start]):  # « X et Y, ministres de … »: X first
                person_tok = _first_listed_before(doc, by_end, person_tok)
        for look in (
            ()
            if person_tok is not None
            else (
                role_end,
                aff_end,
                aff_end + 1,
                after_people_word(doc, aff_end + 1),
                _past_honorifics(doc, aff_end + 1, sent.end),
                _past_honorifics(doc, after + 1, sent.end),
                _past_rank(doc, aff_end + 1, sent.end),
                _past_rank(doc, after + 1, sent.end),  # "…(ANP), le général d'armée X"
                _past_respectively(doc, aff_end + 1, sent.end),  # « …, respectivement X et Y »
            )
        ):
            if look in by_start and look not in bound and not _complement(doc, start, look):
                person_tok = look
                break
        if person_tok is None:
            # Title after a person: "X, secrétaire générale adjointe pour …"
            k = start - 1
            while k >= sent.start and (
                doc[k].lower_ in {",", "le", "la", "l'", "respectivement"}
                # « X, C.P., c.r., député de … », « X, S.C., MP, Ministre … »: honours
                # and letters after a name
                or _postnominal(doc, k)
            ):
                k -= 1
            if k + 1 in by_end and doc[k + 1 : start].text.strip().startswith(","):
                person_tok = by_end[k + 1].tok_start
                if _plural_title(doc[start]):
                    # « X et Y, respectivement ministres de … du Togo et du Gabon »: the
                    # first of the people listed before holds the first place
                    person_tok = _first_listed_before(doc, by_end, person_tok)
            elif start in by_end and start - 1 >= sent.start and doc[start - 1].is_alpha:
                # « M. Paul Durand président de la République »: right after the name
                person_tok = by_end[start].tok_start
        if person_tok is None:
            listed = (
                aff_end < sent.end
                and doc[aff_end].text == ","
                and any(j in by_start for j in range(aff_end + 1, min(aff_end + 5, sent.end)))
            )  # "des ministres de la Défense du Mali, le général X, du Niger, …"
            if (
                _plural_title(doc[start])
                and not listed
                and _collective(doc, start, role_end, aff is not None)
            ):
                # "les ministres de la Défense de l'Alliance": a group named by its office
                taken.update(range(start, role_end))
                roles.append(_Role(start, role_end, scope, None, country, aff, end))
            elif _plural_title(doc[start]) and _of_two(doc, start, role_end):
                # "… des ministres de la Défense des deux pays. X et Y ont signé": the two
                # people the next sentence opens with hold the office
                pair = _pair_opening(doc, sent.end, by_start, bound)
                own = _before_the_two(doc, end, role_end)  # not "… des deux pays"
                for tok in pair:
                    bound.add(tok)
                    roles.append(_Role(start, own, scope, tok, "", None))
                if pair:
                    taken.update(range(start, role_end))
            elif role_end < sent.end and doc[role_end].text == ",":
                loose.setdefault(role_end, (start, country))  # the longest title there
            continue
        taken.update(range(start, role_end))
        bound.add(person_tok)
        if _rank(doc[start:role_end].text) and person_tok > start:
            ranked.add(person_tok)
        else:
            ranked.discard(person_tok)
        holders = [(person_tok, aff, "")]
        own_end = role_end
        if _plural_title(doc[start]):
            listed = _listed_people(doc, by_start, gaz, by_start[person_tok], sent.end)
            holders += [h for h in listed if h[0] not in bound]
            if len(bodies) > 1 and len(bodies) == len(holders):
                holders = [(tok, bodies[n], code) for n, (tok, _a, code) in enumerate(holders)]
            # « les ministres de la Défense des deux pays, X et Y »: each holds « ministre de
            # la Défense », not « … des deux pays »
            own_end = _before_the_two(doc, end, role_end)
        # "les présidents français et américain X et Y": each holder their state, in the
        # order given; no state when the counts differ
        run = _coordinated_demonyms(doc, start, role_end)
        states = [is_demonym(doc[i]) for i in run]
        # "les ministres de la Défense allemand X et autrichienne Y": each their demonym,
        # the first one's closing the title, which the others' role leaves out
        portfolios = _coordinated_portfolios(doc, start, role_end) if len(holders) > 1 else []
        first_demonym = next(
            (t.i for t in doc[start + 1 : role_end] if t.text.islower() and is_demonym(t)), None
        )
        for n, (tok, aff_tok, code) in enumerate(holders):
            bound.add(tok)
            own = country if not states else states[n] if len(states) == len(holders) else ""
            if code:
                # the title without the first holder's demonym, wherever it stands
                shared = (
                    _title_with(doc, start, role_end, first_demonym, first_demonym)
                    if first_demonym is not None
                    else ""
                )
                roles.append(_Role(start, role_end, scope, tok, code, aff_tok, text=shared))
                continue
            own_text = (
                _title_with(doc, start, role_end, run[0], run[-1], doc[run[n]].text)
                if own and run
                else ""
            )
            if not own_text and len(portfolios) == len(holders) > 1:
                # "les ministres de la Défense et des Affaires étrangères X et Y": each
                # their portfolio, in the order given
                lo, hi = portfolios[n]
                own_text = _title_with(doc, start, role_end, portfolios[0][0], portfolios[-1][1])
                own_text = f"{own_text} {span_text(doc.text, doc, lo, hi + 1)}"
            roles.append(_Role(start, own_end, scope, tok, own, aff_tok, text=own_text))
    for r in roles:
        # "le vice-premier ministre, ministre de la Défense, X": both titles are X's
        # (a title before its holder, nobody named inside the first one)
        first, state = loose.get(r.tok_start - 1, (None, ""))
        if (
            first is not None
            and r.person_tok is not None
            and r.person_tok > r.tok_start
            and not r.text
            and not any(first <= c.tok_start < r.tok_start for c in persons)
        ):
            r.tok_start = first
            r.country = r.country or state  # « le vice-premier ministre ivoirien, … »
    return roles


def _before_the_two(doc, end: int, role_end: int) -> int:
    """Where a plural title's « des deux pays » begins (`role_end` when it has none)."""
    return next(
        (
            t.i
            for t in doc[end:role_end]
            if t.lower_ in DE_FORMS
            and any(_two(u) for u in doc[t.i : t.i + 3])
            and any(fold(u.lemma_ or u.lower_) in _SIDES for u in doc[t.i + 1 : t.i + 4])
        ),
        role_end,
    )


# what « des deux … » counts when it names the sides (« des deux pays »), not a body's
# parts (« des deux chambres du Parlement »)
_SIDES = frozenset(
    {"pays", "etat", "nation", "partie", "gouvernement", "armee", "royaume", "republique"}
)


def _complement(doc, start: int, person: int) -> bool:
    """'le porte-parole de M. X', 'l'épouse du président X': the person after « de » is the
    title's complement (whose spokesperson), not its holder."""
    j = person - 1
    while j > start and (doc[j].text in lexicon.honorifics() or doc[j].text == "."):
        j -= 1
    return (
        j > start
        and doc[j].lower_ in {"de", "d'", "d’", "du"}
        and doc[j + 1].text in (lexicon.honorifics())
    )


def _plural_title(tok) -> bool:
    return tok.lower_.endswith(("s", "x")) and fold(tok.text[:-1]) in lexicon.title_words()


def _collective(doc, start: int, end: int, of_body: bool = False) -> bool:
    """'les ministres de la Défense', 'les quatre ministres', 'des chefs d'état-major de la
    région' after a noun: holders of one office, a definite set, told by more than the bare
    title ('les ministres' points back to ministers named before) and not two of them ('les
    deux ministres' are the two named). Not a grade ('les généraux') nor unnamed officials
    ('les responsables américains' make their state present, not a group)."""
    count = count_before(doc, start)
    if count == 2 or not (end - start >= 2 or count >= 3 or of_body):
        return False  # "les ministres de l'OTAN" are told by their body
    if any(lexicon.number_word(t.lower_) for t in doc[start + 1 : end]):
        return False  # "les ministres de la Défense des deux / trois pays": those named
    word = fold(doc[start].text[:-1])
    if word in _ranks() or word in _NOT_COLLECTIVE:
        return False
    k = start - 2 if start > 1 and doc[start - 1].lower_ in {"des", "de"} else -1
    if k >= 0 and fold(doc[k].text) in _body_heads():
        return False  # "le conseil des ministres": a body's name
    return determined(doc, start, allow_count=True)


@functools.cache
def _body_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in body_words()[0])


def _of_two(doc, start: int, end: int) -> bool:
    """'les ministres de la Défense des deux pays', 'les deux ministres'."""
    return count_before(doc, start) == 2 or any(_two(t) for t in doc[start:end])


def _two(tok) -> bool:
    return lexicon.number_word(tok.lower_) == 2


def _pair_opening(doc, i: int, by_start, bound) -> list[int]:
    """The two people a sentence starting at token i opens with ('X et Y ont signé'), or
    none."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    first = by_start.get(i)
    if first is None or first.tok_end + 1 >= len(doc) or doc[first.tok_end].lower_ != "et":
        return []
    second = by_start.get(first.tok_end + 1)
    if second is None or {first.tok_start, second.tok_start} & bound:
        return []
    return [first.tok_start, second.tok_start]


def _past_respectively(doc, i: int, sent_end: int) -> int:
    """Past « respectivement » at i (« …du Togo et du Gabon, respectivement X et Y »)."""
    return i + 1 if i < sent_end and doc[i].lower_ == "respectivement" else i


def _first_listed_before(doc, by_end, tok: int) -> int:
    """The first person of a list ending with the one at `tok` (« X, Y et Z »)."""
    first = tok
    while first - 1 >= 0 and doc[first - 1].text in {",", "et"} and first - 1 in by_end:
        first = by_end[first - 1].tok_start
    return first


def _listed_bodies(doc, i: int, gaz: dict[int, int]) -> tuple[list[int], int]:
    """The known names a title lists from token i (« du Togo et du Gabon », « de l'Estonie,
    de la Lettonie et de la Finlande »): their starts, and where the list ends."""
    starts, end = [], i
    while i in gaz:
        starts.append(i)
        end = gaz[i]
        j = skip(doc, end, len(doc), {",", "et"}, most=2)
        if j == end or j >= len(doc) or doc[j].lower_ not in DE_FORMS:
            break
        i = skip(doc, j + 1, len(doc), ARTICLES)
    return starts, end


def _listed_names(doc, i: int, gaz: dict[int, int]) -> int:
    """How many known names a list starting at token i gives ('de l'Estonie, de la Lettonie
    et de la Finlande' -> 3)."""
    count = 0
    while i in gaz:
        count += 1
        i = skip(doc, gaz[i], len(doc), {",", "et"} | DE_FORMS | ARTICLES, most=4)
    return count


_NOT_COLLECTIVE = {"responsable", "homologue"}
# prepositions that end a group's office: what follows says where, when or what for
_NOT_OF = {"à", "au", "aux", "en", "pour", "dans", "lors", "sur", "avec", "depuis", "pendant"}


def title_groups(doc, text: str, roles: list[_Role], gaz: dict[int, int]) -> list[Candidate]:
    """The groups of the plural titles no person holds. The name runs over the body they
    belong to ('ministres de la Défense des pays de l'Alliance'); the mention stops before
    it, so that the body stays an actor of its own."""
    out = []
    for r in roles:
        if r.person_tok is not None:
            continue
        first = count_at(doc, r.tok_start) if count_before(doc, r.tok_start) >= 3 else r.tok_start
        end = next(
            (
                t.i
                for t in doc[r.tok_start + 1 : r.tok_end]
                if t.lower_ in _NOT_OF
                and "Part" not in doc[t.i - 1].morph.get("VerbForm")
                or t.pos_ in {"PRON", "SCONJ", "ADV"}
                and doc[t.i - 1].whitespace_  # "état-majors" is one word
                # « les représentants réunis à Lyon le 3 mai »: where and when they met is
                # no part of their title (nor the place it names)
                or participle_on_noun(t)
            ),
            r.tok_end,
        )  # "les dirigeants alliés à Vilnius", "les ministres … se sont réunis"
        aff = r.affiliation_tok
        named = next(
            (
                t.i
                for t in doc[r.title_end : end]
                if (t.i in gaz or t.ent_iob_ == "B" and t.ent_type_ in {"ORG", "LOC"})
                and t.text[:1].isupper()
                and doc[t.i - 1].lower_ in DE_FORMS | ARTICLES
            ),
            None,
        )  # "… du BENELUX" the model read as a body, "… de la Coalition des bâtisseurs" the
        # rules named: the body the group belongs to
        if named is not None:
            ent_end = gaz.get(named) or next(
                (t.i for t in doc[named + 1 :] if t.ent_iob_ != "I"), len(doc)
            )
            if ent_end == end:
                gaz = {**gaz, named: ent_end}
                aff = named
            end = named
            while end > first + 1 and doc[end - 1].lower_ in DE_FORMS | ARTICLES:
                end -= 1
        last = end
        if aff is not None and gaz.get(aff) and (end == r.tok_end or aff == named):
            after = gaz[aff]
            # "… du Benelux": the body is in the name; "… d'Allemagne, d'Australie et …": a
            # list of states, the members, not one of them
            if after >= len(doc) or doc[after].text not in {",", "et"}:
                last = after
            elif _listed_names(doc, aff, gaz) == 2:
                continue  # "les ministres de l'Estonie et de la Finlande": the two states
        if last - first < 2:
            continue  # "les présidents à Moscou": the bare title points back
        name = span_text(text, doc, first, last)
        actor = Actor(f"group:{slug(name)}", name, "group", country=r.country)
        out.append(Candidate(first, end, actor, "rule", "group-office", 3))
    return out


def _listed_people(doc, by_start, gaz, first, sent_end) -> list[tuple[int, int | None, str]]:
    """After the first person of a plural title, the others it lists, each with the body
    or state named just before them: ', de la Croatie, Ivo Maric, et de la Slovénie,
    Janez Kranjc', ' et Andris Kalnins', ', et du Bénin, le colonel X', or the demonym
    before them (' et autrichienne Anna Huber': their state)."""
    out, i = [], first.tok_end
    while i < sent_end:
        i = _past_caption(doc, i, sent_end)  # "X (à gauche) et Y (au centre)"
        j = skip(doc, i, sent_end, {",", "et"})
        if j == i:
            break
        aff, code = None, ""
        if j < sent_end and doc[j].lower_ in DE_FORMS:
            k = skip(doc, j + 1, sent_end, ARTICLES)
            if k not in gaz:
                break
            aff, j = k, skip(doc, gaz[k], sent_end, {","})
        elif j < sent_end and doc[j].text.islower() and is_demonym(doc[j]):
            code, j = is_demonym(doc[j]), j + 1
        j = _past_rank(doc, j, sent_end)  # "…, et du Bénin, le colonel X"
        person = by_start.get(j)
        if person is None:
            break
        out.append((j, aff, code))
        i = person.tok_end
    return out


def _representing(doc, i: int) -> bool:
    """« X, représentant le ministre Y », « représentant S.E. Y »: the participle (acting for
    someone), not the title « représentant (spécial) de … »: an article, an honorific or a
    name right after it."""
    if doc[i].lower_ not in {"représentant", "représentante"} or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (
        nxt.lower_ in ARTICLES
        or nxt.text in lexicon.honorifics()
        or nxt.text[:1].isupper()
        and not nxt.is_sent_start
    )


def _postnominal(doc, k: int) -> bool:
    """Letters after a name between commas: « C.P. », « c.r. », « S.C. », « MP » (an
    abbreviation with its points, or two or three capitals), or the point ending one."""
    t = doc[k].text
    if t == ".":
        return k > 0 and _postnominal(doc, k - 1) and doc[k - 1].text != "."
    dotted = "." in t and len(t) <= 6 and all(ch.isalpha() or ch == "." for ch in t)
    capitals = t.isalpha() and t.isupper() and 2 <= len(t) <= 3
    return (dotted or capitals) and k > 0 and doc[k - 1].text in {",", "."}


def _past_caption(doc, i: int, sent_end: int) -> int:
    """Past a short aside in brackets after a name ('(à gauche)', '(au centre)'), when
    there is one at i and it holds no name."""
    if i >= sent_end or doc[i].text != "(":
        return i
    for j in range(i + 1, min(i + 6, sent_end)):
        if doc[j].text == ")":
            return j + 1
        if doc[j].text[:1].isupper():
            break
    return i


def _past_rank(doc, i: int, sent_end: int) -> int:
    """'le président de son pays, le général X': past the article and the rank the office
    holder also has (the office stands; a rank gives way to it)."""
    if not (
        i + 2 < sent_end
        and doc[i - 1].text == ","  # not "le ministre et le général X": two people
        and doc[i].lower_ in ARTICLES
        and fold(doc[i + 1].text) in _ranks()
    ):
        return i
    j = i + 2
    # "le général d'armée X", "le général de corps d'armée X": the rank's complements
    while j + 1 < min(i + 8, sent_end) and doc[j].lower_ in DE_FORMS:
        j += 2
    return j if j < sent_end and doc[j].text[:1].isupper() else i


def _past_honorifics(doc, i: int, sent_end: int) -> int:
    """'…de l'ONU, M. X': past the honorifics after the comma."""
    honorifics = lexicon.honorifics()
    while i < sent_end and doc[i].text in honorifics:
        i += 1
    return i


_POSTED = {"à", "au", "aux", "en", "auprès", "pour"}


def _past_posting(doc, i: int, sent_end: int) -> int:
    """'l'ambassadeur du Pérou au Chili, X', 'le représentant spécial de l'UE pour le
    Sahel, X': past the body's acronym in brackets and the short complement saying where
    or for what a title is posted, up to the comma before the name (six words at most)."""
    if (
        i + 2 < sent_end
        and doc[i].text == "("
        and doc[i + 2].text == ")"
        and doc[i + 1].text[:1].isupper()
        and sum(ch.isupper() for ch in doc[i + 1].text) >= 2
    ):
        i += 3  # "(ONUDC)", "(FAMa)"
    if i >= sent_end or doc[i].lower_ not in _POSTED:
        return i
    for j in range(i + 1, min(i + 7, sent_end)):
        if doc[j].text == ",":
            return j
        if not (
            doc[j].text[:1].isupper() or doc[j].pos_ in {"DET", "ADP"} or doc[j].lower_ == "et"
        ):
            break
    return i


def after_people_word(doc, i: int) -> int:
    """'le Letton Andris Kalnins': past an article and a people's name."""
    if (
        i + 2 < len(doc)
        and doc[i].lower_ in {"le", "la", "l'"}
        and doc[i + 1].text[:1].isupper()
        and is_demonym(doc[i + 1])
    ):
        return i + 2
    return i


def apply_roles(result: ActorResult, doc, text: str, roles: list[_Role]):
    # an unaffiliated "secrétaire général" belongs to the body the article is about, when
    # that is a known international body (not a company, a ministry or an agency named once)
    known = lexicon.organizations_by_id()
    orgs_count = Counter(m.actor_id for m in result.mentions if m.actor_id in known)
    main_org = orgs_count.most_common(1)[0][0] if orgs_count else ""
    for r in roles:
        if r.person_tok is None:
            continue  # a group's office (title_groups)
        pm = result.mention_at(r.person_tok)
        if pm is None or result.actors[pm.actor_id].kind != "person":
            continue
        person = result.actors[pm.actor_id]
        if person.role and not person.role.startswith("homologue") and not _rank(person.role):
            continue  # the first real title stands; "homologue" only says "the other side's"
        last = doc[r.tok_end - 1]
        title = r.text or text[doc[r.tok_start].idx : last.idx + len(last)]
        if _rank(person.role) and _rank(title):
            continue  # of two ranks, the first given stands; an office replaces a rank
        person.role = _singular_title(title)
        affiliation = ""
        if r.affiliation_tok is not None:
            am = result.mention_at(r.affiliation_tok)
            if am is not None and result.actors[am.actor_id].kind in {"organization", "country"}:
                affiliation = am.actor_id
        if not affiliation and r.country:
            affiliation = f"country:{r.country}"
            ensure_country(result, r.country)
        if not affiliation and r.scope == "org" and main_org:
            affiliation = main_org
        person.affiliation_id = affiliation
        aff = result.actors.get(affiliation)
        if aff is not None:
            person.country = aff.country


def _rank(role: str) -> bool:
    """'général', 'Général d'Armée', 'amiral': a grade alone, no office."""
    words = fold(role).split()
    return bool(words) and words[0] in _ranks()


@functools.cache
def _ranks() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.knowledge().people["titles"].get("ranks", []))


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
