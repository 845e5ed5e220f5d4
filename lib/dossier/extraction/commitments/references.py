"""Who a word that names nobody stands for: 'il', 'les deux pays', 'le ministre', 'nous'."""

from __future__ import annotations

import functools

from ...base.text import fold
from .. import lexicon
from ..actors import holds_title, is_demonym
from ..clauses import attached, impersonal, phrase_head
from ..clauses import preposition as clause_preposition
from ..model import PLACES
from ..references import bodies_by_head, continued_thing, is_company
from .context import capital_country, ensure_country, last_of, lexicon_keys


def holder_noun(tok) -> bool:
    """Nouns whose 'de X' says who holds something: people and bodies ('les ministres de X'),
    collectives ('les pays de l'OTAN'), commitments ('la volonté de X', 'l'accord entre X et
    Y'), meetings ('les discussions entre X et Y')."""
    return bool({lexicon.key(tok.lemma_ or tok.lower_), lexicon.key(tok.lower_)} & _holder_keys())


@functools.cache
def _holder_keys() -> frozenset[str]:
    k = lexicon.knowledge().triggers["context"]
    words = [*k["collective"], *k["people"], *k["meeting_anaphora"], *k["instrument_heads"]]
    words += [*k["company_heads"], *k["members"], *k["holder_nouns"]]
    return (
        frozenset(lexicon.key(w.split()[-1]) for w in words)
        | lexicon.state_organs()
        | (lexicon.title_keys())
    )


# inside a subject phrase, actors after these are still the subject's ('les ministres de
# Norvège'); after any other preposition they are something else ('la coopération avec X')
HOLDER_PREPOSITIONS = {"", "de", "du", "des", "d'", "entre", "par"}
TITLE_PREPOSITIONS = {"à", "au", "aux", "pour", "auprès", "chargé", "en"}


def named_under(
    doc, actors, head, sent, exclude_head: bool = False, upto: int | None = None
) -> list[str]:
    """Actors named in the phrase of `head`: 'les ministres de Croatie, de Slovénie…',
    'la France et l'Inde', 'le ministre japonais de la Défense, X' (not 'la coopération
    avec le Japon': that is the other side; not 'lors du sommet de l'OTAN'); with `upto`,
    only those named before that token."""
    out = []
    # "les ministres de Norvège", "la volonté de la France": holders; "l'annexion de X
    # par Y a marqué…": what the subject names holds nothing, its complements neither
    holder = exclude_head or actors.mention_at(head.i) is not None or holder_noun(head)
    allowed = HOLDER_PREPOSITIONS if holder else {""}
    if lexicon.key(head.lemma_ or head.lower_) in lexicon.title_keys():
        # 'le délégué général à l'Armement X', 'le ministre pour l'Industrie, X': a title's
        # own prepositions lead to the person who holds it
        allowed = allowed | TITLE_PREPOSITIONS
    for m in actors.in_sentence(sent):
        tok = phrase_head(doc, m.tok_start, m.tok_end)
        if exclude_head and tok.i == head.i or not attached(tok, head, allowed):
            continue
        if upto is not None and m.tok_start >= upto:
            continue
        a = actors.actors[m.actor_id]
        if a.kind in PLACES:
            country = capital_country(a)
            if country:
                out.append(ensure_country(actors, country.split(":", 1)[1]))
            continue
        out.append(m.actor_id)
    if not out and lexicon.key(head.lemma_ or head.lower_) in lexicon.state_organs():
        # "le ministre japonais", "les autorités chinoises": the state behind them; the
        # word right after the organ is its adjective wherever the parse hangs it
        after = doc[head.i + 1 : head.i + 2]
        words = [*(t for t in head.children if t.dep_ == "amod"), *after]
        for code in dict.fromkeys(is_demonym(t) for t in words):
            if code:
                out.append(ensure_country(actors, code))
    return out


def stands_for(doc, actors, tok, kind: str, quote, ctx, depth: int = 0, exclude=()) -> list[str]:
    """Who a subject that names nobody stands for: 'nous' in a quote (the speaker), 'ils'
    (the sides named before), 'il'/'elle' (the last subject), 'les deux pays' (the last
    two states), 'les participants' (the meeting's sides), 'le ministre' (the minister
    named before), 'le groupe français' (the company named before), 'les députés' (the
    parliament named before), 'le souhait des deux États' (theirs), 'l'accord' (its parties)."""
    low = tok.lower_
    k = lexicon.knowledge().triggers["context"]
    if tok.pos_ == "PRON":
        # resolved before when the text said enough (references.resolve); « ils » left
        # unresolved are the sides that acted last (a meeting's: 'X a reçu Y. Ils…')
        return list(ctx.last_parties) if low in {"ils", "elles"} else []
    keys = {lexicon.key(tok.lemma_ or low), lexicon.key(low)}
    plural = "Plur" in tok.morph.get("Number") or low.endswith(("s", "x"))
    count = counted(tok)
    earlier = [m for m in actors.mentions if m.tok_end <= tok.i]
    if count > 1 and plural and any(c.lower_ == "les" for c in tok.children):
        # « les deux Conseils »: the two councils named before
        bodies = bodies_by_head(actors, earlier, tok, count)
        if bodies:
            return bodies
    if keys & lexicon_keys(k["members"]):  # "les députés": the parliament named before
        word = next(k["members"][w] for w in k["members"] if lexicon.key(w) in keys)
        body = last_of(actors, earlier, lambda a: word in fold(a.name) and a.kind != "person")
        if body:
            return [body]
    if keys & lexicon_keys(k["collective"]):
        if count and keys & lexicon_keys(k["people"]):
            # "les deux hommes", "les deux ministres": the last people named, when there are
            people = list(
                dict.fromkeys(
                    m.actor_id
                    for m in reversed(earlier)
                    if actors.actors[m.actor_id].kind == "person"
                )
            )
            if len(people) >= count:
                return people[:count]
        if count:
            states = bool(keys & lexicon_keys(k["states"]))
            found = ctx.recent(actors, count, states, earlier, exclude)
            if len(found) < count:
                # « L'accord a été signé entre les délégués des deux pays. Côté
                # ghanéen… Côté turc… »: the text names the others just after
                found += _named_next(actors, tok, count - len(found), states, [*found, *exclude])
            return found
        if plural and depth == 0 and keys & lexicon_keys(k["people"]):
            # « les délégués des deux pays », « les dirigeants des trois États »: those
            # of the states counted in their complement
            for ch in tok.children:
                if ch.dep_ == "nmod" and any(g.dep_ == "nummod" for g in ch.children):
                    found = stands_for(doc, actors, ch, kind, quote, ctx, depth + 1, exclude)
                    if found:
                        return found
        if plural:
            if keys & lexicon_keys(k["people"]) and _met_just_before(tok, ctx):
                # "X a rencontré Y. Les dirigeants ont…": the people who met (not « les
                # dirigeants russes », « les dirigeants de la junte »: others)
                met = [a for a in ctx.meeting.participants if actors.actors[a].kind == "person"]
                if len(met) >= 2:
                    return met
            parties = ctx.meeting.parties if ctx.meeting is not None else []
            return list(parties or ctx.last_parties)
    if not plural and _definite(tok):
        if keys & lexicon.title_keys():  # "a déclaré le ministre": the minister named before
            # its qualifiers too: « le secrétaire général » is not the « secrétaire d'État »
            person = last_of(
                actors, earlier, lambda a: a.kind == "person" and holds_title(tok, a.role)
            )
            if person:
                return [person]
            # "le diplomate français" after "le ministre français des Armées, X": the last
            # person of that nationality
            codes = {is_demonym(ch) for ch in tok.children if ch.dep_ == "amod"} - {""}
            person = last_of(
                actors,
                earlier,
                lambda a: (
                    a.kind == "person"
                    and (a.country in codes or a.affiliation_id.removeprefix("country:") in codes)
                ),
            )
            if codes and person:
                return [person]
        office = _office_holder(tok, keys, ctx)
        if office:
            return office
        if keys & lexicon_keys(
            k["company_heads"]
        ):  # "le groupe français": the company named before
            company = last_of(actors, earlier, is_company)
            if company:
                return [company]
    if depth == 0 and holder_noun(tok):  # "le souhait des deux États": who holds it
        for ch in tok.children:
            if ch.dep_ == "nmod" and clause_preposition(ch) in {"de", "du", "des", "d'"}:
                found = named_under(doc, actors, ch, ch.sent) or stands_for(
                    doc, actors, ch, kind, quote, ctx, depth + 1
                )
                if found:
                    return found
    if (
        kind != "assessment"
        and _definite(tok)
        and ctx.summit is not None
        and tok.dep_ == "nsubj"
        and is_summit_anaphor(tok)
    ):
        # « Le Sommet a renouvelé son engagement »: the summit told before decides, and so
        # its sides (« le sommet marque une étape » is judged, not judging)
        return list(ctx.summit.parties)
    if kind in {"assessment", "declaration"}:
        return []  # "cette rencontre marque une étape": what is judged, not who judges
    if keys & lexicon_keys(k["meeting_anaphora"]):
        return list(ctx.meeting.parties if ctx.meeting is not None else ctx.last_parties)
    if instrument_head(tok):
        return instrument_parties(ctx, tok.i)
    return []


def counted(tok) -> int:
    """How many « les deux pays » counts (0 when no figure counts it)."""
    return next(
        (
            lexicon.number_word(ch.lower_) or (int(ch.text) if ch.text.isdigit() else 0)
            for ch in tok.children
            if ch.dep_ == "nummod"
        ),
        0,
    )


def is_summit_anaphor(tok) -> bool:
    """A bare « le Sommet »: the noun, singular, with nothing after it that says which."""
    return (
        tok.lemma_.lower() == "sommet"
        and "Plur" not in tok.morph.get("Number")
        and not any(
            c.dep_ in {"nmod", "amod", "appos", "flat:name", "nummod"} for c in tok.children
        )
    )


def _named_next(actors, tok, wanted: int, states: bool, taken) -> list[str]:
    """The first `wanted` states (or bodies) the text introduces as a side after `tok`
    (« Côté russe, … », « du côté de la Russie »), in its sentence and the two after it, not
    `taken` yet; [] when fewer are. A state named after for anything else (« La Chine a
    critiqué l'accord », « avec la France ») is no side of theirs."""
    doc = tok.doc
    sent = tok.sent
    end = sent.end
    for _ in range(2):
        if end < len(doc):
            end = doc[end].sent.end
    out: list[str] = []
    for m in actors.mentions:
        if not tok.i < m.tok_start < end or m.actor_id in taken or m.actor_id in out:
            continue
        if not any(t.lower_ == "côté" for t in doc[max(m.tok_start - 3, 0) : m.tok_start]):
            continue
        kind = actors.actors[m.actor_id].kind
        if kind == "country" or not states and kind == "organization":
            out.append(m.actor_id)
    return out[:wanted] if len(out) >= wanted else []


def _met_just_before(tok, ctx) -> bool:
    """A meeting told in this sentence or the one before, and a noun with no word of its
    own that says whose it is (a demonym, a complement)."""
    if ctx.meeting is None or ctx.discourse is None:
        return False
    if any(c.dep_ in {"amod", "nmod"} and c.i > tok.i for c in tok.children):
        return False
    return ctx.discourse.sentence_of(tok.i) - ctx.meeting.sent <= 1


def _office_holder(tok, keys, ctx) -> list[str]:
    """« Le Secrétaire général salue… » with nobody named to the office: the organisation
    most salient at that point; « le gouvernement fédéral a approuvé… » with no demonym:
    the state most salient there."""
    if ctx.discourse is None:
        return []
    if _title_side(tok) == "org":
        kinds = {"organization"}
    elif keys & _GOVERNMENTS and not any(is_demonym(c) for c in tok.children):
        kinds = {"country"}
    else:
        return []
    return ctx.discourse.most_salient(tok.i, kinds, 1)


_GOVERNMENTS = {lexicon.key(w) for w in ("gouvernement", "exécutif")}


def _title_side(tok) -> str:
    """'org' or 'state' for the title of two words or more a noun and its adjectives
    spell (« secrétaire général », « haut représentant »: org); '' for one word alone
    (« le président », « le porte-parole »: of a state as often as of a body)."""
    sides = _title_sides()
    words = [tok.lower_] + [c.lower_ for c in tok.children if c.dep_ == "amod" and c.i > tok.i]
    for n in range(len(words), 1, -1):
        found = sides.get(fold(" ".join(words[:n])), set())
        if len(found) == 1:
            return next(iter(found))
    return ""


@functools.cache
def _title_sides() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for title, side in lexicon.titles():
        out.setdefault(fold(title), set()).add(side)
    return out


ADOPTING = frozenset(
    {
        "adopter",
        "voter",
        "approuver",
        "présenter",
        "proposer",
        "soumettre",
        "rédiger",
        "déposer",
        "entériner",
    }
)
_BODY_WORDS = frozenset(
    {
        "conseil",
        "assemblée",
        "commission",
        "parlement",
        "sommet",
        "union",
        "organisation",
        "nations",
        "comité",
        "conférence",
    }
)


def resolving(tok) -> bool:
    """« résolution » in any sense but a body's text: the act of resolving (« la résolution
    de la crise »), resolve (« avec résolution », « la résolution de la France à… »), image
    sharpness (« à haute résolution »). A resolution is one with its number (« la
    résolution 2699 »), its body (« la résolution du Conseil de sécurité »), adopted or
    tabled (« a adopté une résolution de soutien », « la résolution présentée par… »), or
    « la résolution » standing alone, the one the text is about."""
    if tok.lemma_ != "résolution":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.like_num:
        return False
    verb = tok.head
    if tok.dep_ in {"obj", "nsubj:pass"} and verb.lemma_ in ADOPTING:
        return False
    if any(c.dep_ == "acl" and c.lemma_ in ADOPTING for c in tok.children):
        return False
    complements = [c for c in tok.children if c.dep_ in {"nmod", "amod"}]
    states = lexicon.countries()[1]
    if any(c.dep_ == "nmod" and c.text in states for c in complements):
        return True  # « la résolution de la France à soutenir… »: its resolve
    if any(
        c.dep_ == "nmod" and (c.text[:1].isupper() or c.lemma_.lower() in _BODY_WORDS)
        for c in complements
    ):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in {"la", "cette", "l'"} for c in tok.children)
    return not (definite and not complements)


def instrument_head(tok) -> bool:
    """'l'accord', 'ce programme', 'le document signé', 'un échange de lettres', 'la feuille
    de route': an instrument or plan."""
    keys = {lexicon.key(tok.lemma_ or tok.lower_), lexicon.key(tok.lower_)}
    single, double = _instrument_heads()
    if resolving(tok):
        return False  # « la résolution de la crise »
    if keys & single:
        return True
    wanted = {c for h, c in double if h in keys}
    return bool(wanted) and any(
        c.dep_ == "nmod" and lexicon.key(c.lemma_ or c.lower_) in wanted for c in tok.children
    )


def instrument_pronoun(tok, actors):
    """The instrument « il » or « elle » continues (`continued_thing`): it opens its
    sentence, and the reference step made it no one, or the instrument itself when that is a
    name (« L'Accord d'acquisition…, ou ACSA, a été signé. Il permettra… »); else None."""
    if tok.lower_ not in {"il", "elle"} or tok.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    if impersonal(tok):
        return None  # « Il s'agirait d'un gage… »: no one, nothing
    sent = tok.sent
    if any(t.pos_ not in {"PUNCT", "ADV", "CCONJ", "SPACE"} for t in tok.doc[sent.start : tok.i]):
        return None
    gender = "Masc" if tok.lower_ == "il" else "Fem"

    def instrument(t) -> bool:
        return instrument_head(t) and (gender in t.morph.get("Gender") or not t.morph.get("Gender"))

    found = continued_thing(tok, actors, gender, instrument)
    said = actors.mention_at(tok.i)
    if found is not None and said is not None:
        named = actors.mention_at(found.i)
        return found if named is not None and named.actor_id == said.actor_id else None
    return found


@functools.cache
def _instrument_heads() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Keys of one-word instrument heads, and (head, complement) keys of the others
    ('feuille de route' -> ('feuill', 'rout'))."""
    single, double = set(), set()
    for w in lexicon.knowledge().triggers["context"]["instrument_heads"]:
        words = w.replace("'", "' ").split()
        if len(words) == 1:
            single.add(lexicon.key(w))
        elif len(words) == 3 and words[1] in {"de", "d'"}:
            double.add((lexicon.key(words[0]), lexicon.key(words[2])))
    return frozenset(single), frozenset(double)


def instrument_parties(ctx, before: int, holders: bool = True) -> list[str]:
    """Who an instrument named before binds: with `holders` (the instrument is the clause's
    subject), the body whose text it is (« la résolution du Conseil », « présentée par
    X »); else the parties of the commitment that named it, else the sides that acted last
    (with `holders`, the last agreement's or intent's sides, however many: « Le Conseil a
    adopté une résolution. La résolution autorise… »), else the article's most salient
    state or body."""
    if holders and ctx.instrument_issuer:
        return list(ctx.instrument_issuer)
    found = ctx.instrument_parties or ctx.last_parties or holders and ctx.last_holders
    if not found and ctx.discourse is not None:
        found = ctx.discourse.topic(before)
    return list(found)


def anaphoric(tok) -> bool:
    """'les trois pays', 'ces pays': a definite plural that points back; not one its own
    complement counts ('les ministres de 23 États membres': a set the phrase describes)."""
    counted = any(  # a figure counting a noun of the complement; not « des trois pays »
        ch.dep_ == "nmod" and any(t.dep_ == "nummod" and t.text.isdigit() for t in ch.subtree)
        for ch in tok.children
    )
    return not counted and any(c.dep_ == "det" and c.lower_ in {"les", "ces"} for c in tok.children)


def _definite(tok) -> bool:
    return any(
        c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "ce", "cet", "cette"}
        for c in tok.children
    )


def topic_parties(ctx, before: int) -> list[str]:
    """The sides the article is about at `before`: those that acted last (a commitment's,
    a meeting's), else those of the instrument named, else its most salient state or body."""
    if ctx.last_parties:
        return list(ctx.last_parties)
    return instrument_parties(ctx, before, holders=False)
