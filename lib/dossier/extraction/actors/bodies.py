"""Bodies named in the text: state organs ('le ministère japonais de la Défense'), names
that go on in lower case, armed forces, and acronyms defined beside their full name."""

from __future__ import annotations

import functools
import itertools

from ...base.text import fold, slug
from .. import lexicon
from ..model import Actor
from ..nlp import PARTICIPLE_ENDINGS, common_nouns, infinitive, tokens_with, verb_forms
from .base import (
    ARTICLES,
    DE_FORMS,
    LINKS,
    ROLE_LINKS,
    ActorResult,
    Candidate,
    add,
    is_demonym,
    span_text,
)


def _state_at(doc, i: int) -> tuple[str, int]:
    """The state named from doc[i], an article first or not (« la Chine », « États-Unis »,
    « Côte d'Ivoire »): (code, end), or ("", i)."""
    n = len(doc)
    j = i + 1 if i < n and doc[i].lower_ in {"la", "l'", "l’", "le", "les"} else i
    names = lexicon.countries()[1]
    for k in (3, 2, 1):
        if j + k <= n:
            code = names.get(doc[j : j + k].text.replace(" - ", "-"))
            if code:
                return code, j + k
    return "", i


_EMBASSY = frozenset({"ambassade"})
# "reçu à l'ambassade de France": where a meeting is, not who acts
_VENUE_BEFORE = frozenset(
    {"à", "dans", "devant", "depuis", "vers", "chez", "locaux", "enceinte", "résidence"}
)


def embassies(doc, text) -> list[Candidate]:
    """« l'ambassade de France au Liban », « l'ambassade des États-Unis », « l'ambassade
    américaine »: the sending state's mission, named with its host when the text gives
    it (« au Liban », « en Algérie »)."""
    out = []
    n = len(doc)
    for tok in tokens_with(doc, "LOWER", _EMBASSY):
        if tok.i + 2 >= n:
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in {"l'", "l’", "la", "les"}:
            k -= 1
        if k >= 0 and doc[k].lower_ in _VENUE_BEFORE:
            continue  # "reçu à l'ambassade de France": where, not who; its state stays
        code = is_demonym(doc[tok.i + 1])
        end = tok.i + 2
        if not code and doc[tok.i + 1].lower_ in DE_FORMS:
            code, end = _state_at(doc, tok.i + 2)
        if not code:
            continue
        named_to = end
        if end < n and doc[end].lower_ in {"au", "aux", "en"}:
            host, stop = _state_at(doc, end + 1)
            named_to = stop if host else end
        # the name says where it is; the mention stops before the host, who stays a state
        name = span_text(text, doc, tok.i, named_to)
        name = name[:1].upper() + name[1:]
        # one embassy of a state per article: « l'ambassade de France » later is the one
        # first named with its host
        actor = Actor(f"org:ambassade-{code.lower()}", name, "organization", country=code)
        out.append(Candidate(tok.i, end, actor, "rule", "embassy", 3))
    return out


def government_bodies(doc, text) -> list[Candidate]:
    """'ministère japonais de la Défense', 'ministère de l’Économie, du Commerce et de
    l’Industrie' (one body: commas and 'et' inside a name do not split it)."""
    heads = _single_heads()
    out = embassies(doc, text)
    for tok in tokens_with(doc, "LOWER", heads | _plurals(heads)):
        if tok.lower_.endswith("s") and tok.lower_[:-1] in heads:
            out += _bodies_of_each(doc, text, tok)
            continue
        if tok.lower_ not in heads or tok.i + 2 >= len(doc):
            continue
        i = tok.i + 1
        country = ""
        if is_demonym(doc[i]):
            country = is_demonym(doc[i])
            i += 1
        elif (  # "ministère fédéral de la Défense", "ministère congolais" (two Congos);
            # not a capitalised name ("Agence européenne de défense", a body of its own)
            tok.lower_ in {"ministère", "ministry"}
            and tok.text.islower()
            and doc[i].pos_ in {"ADJ", "VERB"}
            and doc[i].text.islower()
            and doc[i + 1].lower_ in DE_FORMS
        ):
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
        name = span_text(text, doc, tok.i, last)
        out.append(
            Candidate(
                tok.i,
                last,
                Actor("", name, "organization", country=country),
                "rule",
                "government-body",
                4,
            )
        )
    return out


@functools.cache
def _single_heads() -> frozenset[str]:
    """The one-word heads of state organs ('ministère', 'agence')."""
    return frozenset(h for h in lexicon.knowledge().people["bodies"]["heads"] if " " not in h)


@functools.cache
def _plurals(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w + "s" for w in words)


def _bodies_of_each(doc, text, tok) -> list[Candidate]:
    """'les ministères vietnamien et russe de la Défense': one body for each state."""
    i, codes = tok.i + 1, []
    while i < len(doc) and is_demonym(doc[i]):
        codes.append((i, is_demonym(doc[i])))
        i += 1
        if i < len(doc) and doc[i].lower_ in {"et", ","}:
            i += 1
    last = _capitalised_chain(doc, i) or _portfolio_chain(doc, i) if len(codes) >= 2 else None
    if last is None:
        return []
    head = tok.text[:-1]
    rest = span_text(text, doc, i, last)
    out = []
    for n, (j, code) in enumerate(codes):
        start, end = (tok.i, j + 1) if n == 0 else (j, j + 1)
        name = f"{head} {doc[j].lower_.rstrip('s')} {rest}"
        name = name[:1].upper() + name[1:]
        actor = Actor(
            f"org:{code.lower()}-{slug(head + ' ' + rest)}", name, "organization", country=code
        )
        out.append(Candidate(start, end, actor, "rule", "government-body", 4))
    return out


def _portfolio_chain(doc, i: int) -> int | None:
    """'ministère chilien de la défense', 'ministère des affaires étrangères': a portfolio
    written in lower case closes the name."""
    j = skip(doc, i, len(doc), LINKS, most=3)
    if j == i:
        return None
    for size in (3, 2, 1):
        words = fold(" ".join(t.text for t in doc[j : j + size]))
        if words in lexicon.portfolios():
            return j + size
    return None


def find_named_bodies(doc, text, known: dict[int, int]) -> list[Candidate]:
    """'le Conseil d'évaluation de l'armement indien': a capitalised head whose name goes
    on in lower case, up to a demonym (its country) or the end of the phrase; 'la Marine
    chilienne', 'l'armée péruvienne', 'la Marine nationale': a state's armed force."""
    heads, forces = body_words()
    out, n = [], len(doc)
    # the words a name can begin on (the rest is passed over without a Token): a head, a
    # legislature, the first word of an armed force, any word after an opening quote
    starts = {t.i for t in tokens_with(doc, "ORTH", _named_starts())}
    starts |= {t.i for t in tokens_with(doc, "LOWER", _force_starts())}
    starts |= {t.i + 1 for t in tokens_with(doc, "ORTH", _OPENING_QUOTES) if t.i + 1 < n}
    for tok in (doc[i] for i in sorted(starts)):
        quoted = tok.i > 0 and doc[tok.i - 1].text in _OPENING_QUOTES
        # "la « coalition des volontaires »"
        if (
            tok.text in _LEGISLATURES
            and not tok.is_sent_start
            and tok.i + 1 < n
            and is_demonym(doc[tok.i + 1])
        ):  # "le Parlement marocain", "le Sénat américain": the state's own
            name = span_text(text, doc, tok.i, tok.i + 2)
            actor = Actor("", name, "organization", country=is_demonym(doc[tok.i + 1]))
            out.append(Candidate(tok.i, tok.i + 2, actor, "rule", "government-body", 3))
            continue
        head = tok.text in heads or quoted and tok.text.capitalize() in heads
        if head and (not tok.is_sent_start or quoted) and tok.i + 2 < n:
            j, country = tok.i + 1, ""
            while (
                j < n
                and j - tok.i <= 14
                and (
                    doc[j].pos_ not in {"VERB", "AUX"}
                    # "… et des forces armées": a participle inside a portfolio
                    or _ends_portfolio(doc, j)
                )
                # "la Conférence exhorte les autorités": a word with a subject is the
                # clause's predicate, whatever its tag, never a word of the name
                and not any(c.dep_.startswith("nsubj") for c in doc[j].children)
                and (
                    doc[j].lower_ in LINKS
                    # "… de défense et de sécurité", "… des Affaires étrangères et de la
                    # Défense", "…, de la défense et des forces armées": a second complement
                    or doc[j].lower_ == "et"
                    and j + 1 < n
                    and doc[j + 1].lower_ in DE_FORMS
                    and (_lower_after(doc, j + 2) or _portfolio_chain(doc, j + 1) is not None)
                    # not "… et de la CEDEAO"; after a comma, only a portfolio (not
                    # "le Conseil de défense, de nombreux soldats …")
                    or doc[j].text == ","
                    and j + 1 < n
                    and doc[j + 1].lower_ in DE_FORMS
                    and _portfolio_chain(doc, j + 1) is not None
                    or doc[j].lower_ == "en"  # "… de coopération en matière de défense"
                    and j + 2 < n
                    and doc[j + 1].lower_ == "matière"
                    and doc[j + 2].lower_ in DE_FORMS
                    or doc[j].lower_ == "matière"
                    and doc[j - 1].lower_ == "en"
                    or doc[j].is_alpha
                    and doc[j - 1].lower_ in LINKS | {"et"}
                    or doc[j].text.islower()
                    and doc[j].pos_ in {"NOUN", "ADJ"}
                    and doc[j].lower_ not in verb_forms()  # "… se réunissent ce mardi"
                    or _ends_portfolio(doc, j)
                    or is_demonym(doc[j])  # whatever the model tagged it
                )
            ):
                code = is_demonym(doc[j])
                if code:
                    country, j = code, j + 1
                    break
                j += 1
            while j > tok.i + 1 and doc[j - 1].lower_ in LINKS | {"et"}:
                j -= 1
            if not country:  # "le Comité de défense Chine-Afrique du Sud": both in its name
                j = _state_pair(doc, j) or j
            if known.get(tok.i, 0) >= j:
                continue  # the gazetteer knows it, as long: "Conseil de sécurité de l'ONU"
            if tok.i in known and _city_after(doc, known[tok.i]):
                continue  # "le Parlement européen de Strasbourg": a known name, then where
            second = doc[tok.i + 1]
            # "Conseil de …", "Office fédéral de l'armement", "Initiative européenne d'…"
            described = second.pos_ == "ADJ" and second.text.islower() and j - tok.i >= 4
            if j - tok.i >= 3 and (
                second.lower_ in DE_FORMS | {"pour", "des", "national", "nationale"} or described
            ):
                name = span_text(text, doc, tok.i, j - (1 if country else 0))
                name = name[:1].upper() + name[1:]
                actor = Actor("", name, "organization", country=country)
                out.append(Candidate(tok.i, j, actor, "rule", "government-body", 3))
                continue
        for words in forces.get(tok.lower_, ()):
            end = tok.i + len(words)
            if end >= n or [t.lower_ for t in doc[tok.i : end]] != words:
                continue
            qualifier = doc[end]
            code = is_demonym(qualifier)
            if not code and qualifier.lower_ not in {"nationale", "national"}:
                break
            stop = end + 1
            while stop < n and doc[stop].lower_ in _FORCE_NAME_WORDS:
                stop += 1  # "l'Armée nationale populaire": the rest of its name
            if not code and stop < n and is_demonym(doc[stop]):
                code = is_demonym(doc[stop])  # "la Marine nationale chilienne"
            name = span_text(text, doc, tok.i, stop)
            name = name[:1].upper() + name[1:]
            actor = Actor(f"org:{slug(name)}", name, "organization", country=code)
            out.append(
                Candidate(
                    tok.i,
                    stop + (1 if stop < n and is_demonym(doc[stop]) else 0),
                    actor,
                    "rule",
                    "armed-force",
                    4,
                )
            )
            break
    return out


_LEGISLATURES = {"Parlement", "Sénat", "Congrès", "Assemblée"}
# words that continue an armed force's name after its qualifier ("Armée nationale
# populaire", "Marine nationale royale")
_FORCE_NAME_WORDS = {"populaire", "royale", "royal", "républicaine", "républicain"}
_OPENING_QUOTES = frozenset({"«", '"'})


@functools.cache
def _named_starts() -> frozenset[str]:
    return body_words()[0] | _LEGISLATURES


@functools.cache
def _force_starts() -> frozenset[str]:
    return frozenset(body_words()[1])


@functools.cache
def body_words() -> tuple[frozenset[str], dict[str, list[list[str]]]]:
    """(capitalised body heads, armed-force phrases by their first word, longest first)."""
    people = lexicon.knowledge().people["bodies"]
    forces: dict[str, list[list[str]]] = {}
    for f in sorted((f.split() for f in people["forces"]), key=len, reverse=True):
        forces.setdefault(f[0], []).append(f)
    return frozenset(people["named_heads"]), forces


def _country_at(doc, i: int) -> int | None:
    """The end of a country's name that starts at token i (« Chine », « Afrique du Sud »)."""
    names = lexicon.countries()[1]
    for k in range(min(len(doc), i + 4), i, -1):
        if doc[i:k].text in names:
            return k
    return None


def _state_pair(doc, j: int) -> int | None:
    """'Chine-Afrique du Sud', 'Mali-Niger-Tchad' at j: states joined by hyphens with no
    space; the end of the chain, which names the body (« Chambre de commerce
    France-Brésil »), or None."""
    end = _country_at(doc, j)
    count = 1
    while end is not None and end + 1 < len(doc) and doc[end].text in {"-", "–"}:
        if doc[end - 1].whitespace_ or doc[end].whitespace_:
            break
        nxt = _country_at(doc, end + 1)  # « Mali-Niger-Tchad »: as many as are joined
        if nxt is None:
            break
        end, count = nxt, count + 1
    return end if count >= 2 else None


def _ends_portfolio(doc, j: int) -> bool:
    """Token j closes a two-word portfolio ('forces armées', whatever the tag of 'armées')."""
    return fold(doc[j - 1 : j + 1].text) in lexicon.portfolios()


def _city_after(doc, i: int) -> bool:
    """'de Strasbourg' at i: « de » and a city (where the body sits, not part of its name;
    « … de l'Afrique centrale » is)."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"de", "d'"}:
        return False
    return doc[i + 1].text in lexicon.places()


def _lower_after(doc, i: int) -> bool:
    """The first word from i past the articles is in lower case."""
    i = skip(doc, i, len(doc), ARTICLES, most=2)
    return i < len(doc) and doc[i].text.islower()


def skip(doc, i: int, end: int, words: set[str], most: int = 10**6) -> int:
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
        j = skip(doc, i, n, LINKS, most=3)
        if j >= n or not doc[j].text[:1].isupper() or doc[j].ent_type_ == "PER":
            break
        if lexicon.countries()[1].get(doc[j].text):
            break  # a country after the name is its owner, not part of it
        j += 1
        while j < n and doc[j].pos_ == "ADJ" and doc[j].text.islower() and not is_demonym(doc[j]):
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
        look = skip(doc, k, n, LINKS, most=3)
        if look >= n or not doc[look].text[:1].isupper():
            break
        i = k
    return end


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


def _short_name(tok, taken) -> bool:
    """« l'Agence de défense (Kado) … la Kado »: a word set in lower case after its
    capital, which some outlets write an acronym as, in brackets right after a body's name
    and used again after them; not a word of the language (« (Photos) », « (Voir) »), a
    press agency (« (Reuters) »), a person's name or a name found as something else
    (« (Paris) »)."""
    low = tok.lower_
    doc = tok.doc
    return (
        tok.is_alpha
        and tok.is_title
        and 3 <= len(tok.text) <= 8
        and tok.i not in taken
        and not tok.is_stop
        and low not in common_nouns()
        and not (low.endswith(("s", "x")) and low[:-1] in common_nouns())
        and low not in verb_forms()
        and not infinitive(low)
        and fold(low) not in lexicon.media()
        # used again, not always as a person's name (« (Moussa) … Moussa a dit »)
        and any(t.text == tok.text and t.ent_type_ != "PER" for t in doc[tok.i + 2 :])
    )


_OPENING = frozenset({"("})
# the small words inside a body's name: « Office … contre la drogue et le crime »,
# « Conférence … sur le commerce et le développement »
_NAME_LINKS = ROLE_LINKS | {"contre", "sur"}


def find_acronyms(result: ActorResult, doc, text: str) -> None:
    """'le Bureau de gestion de la cyberdéfense (CDMB)', 'l'Office des systèmes numériques de
    l'État (OSNE)': the acronym in parentheses is an alias of the name before it, which is
    an organisation even when nothing else said so; every later 'CDMB' is that body."""
    defs: dict[str, str] = {}
    n = len(doc)
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    ends = {m.tok_end: m for m in result.mentions}
    for tok in tokens_with(doc, "ORTH", _OPENING):
        if tok.i + 2 >= n or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1]
        if acr.text in defs:
            continue
        before = ends.get(tok.i)
        if (
            before is not None
            and result.actors[before.actor_id].kind in {"organization", "group"}
            and (_is_acronym(acr) or _short_name(acr, taken))
        ):
            defs[acr.text] = before.actor_id
            continue
        if not _is_acronym(acr):
            continue
        start = tok.i  # a name of capitals and linking words before the parenthesis
        while (
            start > 0
            # 'le Front révolutionnaire soudanais (FRS)': a nationality inside the name
            and (start - 1 not in taken or _demonym_mention(result, doc, start - 1))
            and tok.i - start < 10
            and (
                doc[start - 1].text[:1].isupper()
                or doc[start - 1].lower_ in _NAME_LINKS
                # 'révolutionnaire' is an adjective the small model may tag as a verb
                or doc[start - 1].pos_ in {"ADJ", "NOUN", "VERB"}
                and doc[start - 1].text.islower()
            )
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        walked = start
        start = _capital_from(doc, start, tok.i)
        verbs = [t.i for t in doc[walked : tok.i] if t.pos_ == "VERB"]
        if verbs and not _spells_from(doc, start, acr):
            # « Le Premier ministre soutient le Front patriotique (FP) »: a real verb is no
            # part of the name (« révolutionnaire », tagged a verb, may be)
            start = _capital_from(doc, verbs[-1] + 1, tok.i)
        if start == tok.i or not _spells_from(doc, start, acr):
            # 'Mouvement patriotique' found short of its nationality ('nigérien (MPN)'), or
            # 'Office des Nations' of its complement ('Unies contre … (ONUDC)'): the body
            # just before, when the whole spells the acronym and the rest alone does not
            cut = next(
                (
                    m
                    for m in result.mentions
                    if m.tok_end == walked
                    and result.actors[m.actor_id].kind == "organization"
                    and _spells_from(doc, m.tok_start, acr)
                ),
                None,
            )
            if cut is None or verbs:  # « La CEDEAO appuie la commission électorale (CE) »
                continue
            start = cut.tok_start
        if start < tok.i:
            name = span_text(text, doc, start, tok.i)
            aid = f"org:{slug(name)}"
            _absorb(result, doc, start, tok.i, aid, defs)
            # 'Front révolutionnaire soudanais' is of Sudan; not 'Comité de solidarité avec
            # le peuple malien': a nationality among the name's head words only
            head_words = list(itertools.takewhile(_qualifier, doc[start + 1 : tok.i]))
            codes = [is_demonym(t) for t in head_words if is_demonym(t)]
            country = codes[0] if codes else ""
            result.actors.setdefault(aid, Actor(aid, name, "organization", country=country))
            add(result, doc, start, tok.i, aid, "rule", "acronym-definition")
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
    for tok in tokens_with(doc, "ORTH", frozenset(defs)):
        if tok.i not in taken:
            add(result, doc, tok.i, tok.i + 1, defs[tok.text], "rule", "acronym")
    used = {m.actor_id for m in result.mentions}
    for old, new in moved.items():
        if old not in used:
            result.actors.pop(old, None)
        for a in result.actors.values():
            if a.affiliation_id == old:
                a.affiliation_id = new


def _absorb(result: ActorResult, doc, start: int, end: int, aid: str, defs: dict) -> None:
    """The mentions inside a name now found whole (a nationality, the name cut short)
    give way to it; the short name, wherever else it stands, is the whole body."""
    inside = [m for m in result.mentions if start <= m.tok_start < end]
    for m in inside:
        if result.actors[m.actor_id].kind == "organization":
            defs[doc[m.tok_start : m.tok_end].text] = aid
    result.mentions[:] = [m for m in result.mentions if m not in inside]
    for old in {m.actor_id for m in inside} - {m.actor_id for m in result.mentions}:
        if result.actors[old].kind == "organization":
            result.actors.pop(old)
            for a in result.actors.values():
                if a.affiliation_id == old:
                    a.affiliation_id = aid


def _spells_from(doc, start: int, acr) -> bool:
    """Whether the words from `start` up to the bracket before `acr` spell it."""
    return _spells([t.text for t in doc[start : acr.i - 1]], acr.text)


def _capital_from(doc, i: int, end: int) -> int:
    """The first capitalised word from i (end if none)."""
    while i < end and not doc[i].text[:1].isupper():
        i += 1
    return i


def _qualifier(t) -> bool:
    """A lower-case word qualifying the noun before it: an adjective, a nationality, or
    an adjective the small model tagged as a verb or a noun ('révolutionnaire')."""
    return (
        t.text.islower()
        and t.is_alpha
        and (t.pos_ in {"ADJ", "VERB"} or bool(is_demonym(t)) or t.dep_ == "amod")
    )


def _demonym_mention(result: ActorResult, doc, i: int) -> bool:
    """Token i is a nationality adjective standing alone as a country's mention."""
    return is_demonym(doc[i]) and any(
        m.tok_start == i and m.tok_end == i + 1 and m.actor_id.startswith("country:")
        for m in result.mentions
    )


def strip_demonym(doc, c: Candidate) -> str:
    words = [t.text for t in doc[c.tok_start : c.tok_end] if not is_demonym(t)]
    return " ".join(words)


_SHORT_BEFORE = {"le", "la", "l'", "l’", "du", "au", "de", "des"}


def short_bodies(result: ActorResult, doc, text: str) -> None:
    """'le Conseil de sécurité …, les membres du Conseil', 'la Commission de l'Union
    africaine … la Commission': a body's first word alone, capitalised after an article,
    is the latest body named before that begins with it, or, when none was named yet
    ('les membres du Conseil' in a lead that names the Security Council further on), the
    one body of the text that does; not when a name or « de » follows ('le Conseil
    fédéral', 'la Commission de …': another body)."""
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    firsts: dict[str, str] = {}  # first word -> the latest body named with it
    bodies = {aid for aid, a in result.actors.items() if a.kind == "organization"}
    by_start = sorted(
        (m for m in result.mentions if m.actor_id in bodies and m.tok_end - m.tok_start >= 2),
        key=lambda m: m.tok_start,
    )
    later: dict[str, set[str]] = {}  # first word -> every body of the text named with it
    for m in by_start:
        later.setdefault(doc[m.tok_start].text, set()).add(m.actor_id)
    k = 0
    unnamed: dict[str, list[int]] = {}  # a deliberating body's word, never named in full
    for tok in doc:
        while k < len(by_start) and by_start[k].tok_end <= tok.i:
            m = by_start[k]
            firsts[doc[m.tok_start].text] = m.actor_id
            k += 1
        if (
            tok.i in taken
            or tok.i == 0
            or not tok.is_title
            or len(tok) < 4
            or tok.is_sent_start
            or doc[tok.i - 1].lower_ not in _SHORT_BEFORE
        ):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in DE_FORMS):
            continue  # "le Conseil fédéral", "la Commission de …": another name
        body = firsts.get(tok.text) or _only(later.get(tok.text, set()))
        if body:
            add(result, doc, tok.i, tok.i + 1, body, "rule", "short-name")
        elif (
            tok.text in _DELIBERATING
            and not later.get(tok.text)
            # « la Cour suprême », « le Conseil constitutionnel »: a name going on in lower
            # case, which the rules above did not take whole
            and not (
                nxt is not None
                and nxt.text.islower()
                and nxt.head.i == tok.i
                and (nxt.pos_ == "ADJ" or not nxt.lower_.endswith(PARTICIPLE_ENDINGS))
            )  # (« le Conseil réuni à Addis-Abeba » is the Council, a participle after it)
        ):
            unnamed.setdefault(tok.text, []).append(tok.i)
    _unnamed_bodies(result, doc, unnamed, bodies)


def _unnamed_bodies(result: ActorResult, doc, unnamed: dict[str, list[int]], bodies) -> None:
    """« la Conférence exhorte …, la Conférence instruit la Commission … »: a deliberating
    body the text never names in full, known by its word once it acts (a verb's subject);
    not when the text names another deliberating body, or a body by an acronym it does
    not spell out that may stand for it (« le Parlement européen … l'Assemblée », « la CPI
    … la Cour »: the word may be that body)."""
    known = lexicon.organizations_by_id()
    names = [
        n
        for aid in bodies
        for n in [result.actors[aid].name, *(known[aid].aliases if aid in known else ())]
        if n
    ]
    acronyms = [
        name
        for name in (result.actors[aid].name for aid in bodies if aid not in known)
        if name.isupper() and name.isalpha()
    ]
    if any((fold(n).split() or [""])[0] in _DELIBERATED for n in names):
        return
    for word, places in unnamed.items():
        if not any(doc[i].dep_ in {"nsubj", "nsubj:pass"} for i in places):
            continue
        folded = fold(word)
        if any(folded in fold(n).split() for n in names) or any(
            n[:1] == folded[:1].upper() for n in acronyms
        ):
            continue
        aid = f"org:{slug(word)}"
        # whose body it is: the one international organisation named before it (« le
        # sommet de la CEDEAO … la Conférence »), never a company or a national body; and a
        # state's chamber (« le Sénat », « l'Assemblée ») belongs to none
        before = {
            m.actor_id
            for m in result.mentions
            if m.tok_start < places[0] and m.actor_id in known and not known[m.actor_id].country
        }
        owner = _only(before) if word in _OF_BODIES else ""
        result.actors.setdefault(aid, Actor(aid, word, "organization", affiliation_id=owner))
        for i in places:
            add(result, doc, i, i + 1, aid, "rule", "short-name")


# the bodies that deliberate, decide and instruct, which a text may call by their word
# alone from the start ("la Conférence", "le Conseil")
_DELIBERATING = frozenset(
    {"Conseil", "Comité", "Commission", "Conférence", "Assemblée", "Sénat", "Cour", "Chambre"}
)
# those an international organisation has (its council, its commission, its court)
_OF_BODIES = frozenset({"Conseil", "Comité", "Commission", "Conférence", "Cour"})
# the first words of bodies that deliberate, folded: a text naming one may call it so
_DELIBERATED = frozenset(fold(w) for w in _DELIBERATING | {"Parlement", "Congrès"})


def _only(ids: set[str]) -> str:
    return next(iter(ids)) if len(ids) == 1 else ""
