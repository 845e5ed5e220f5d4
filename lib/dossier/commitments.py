"""Commitments (who agrees, intends, explores, prioritises, calls for, declares or
assesses what) and events (meetings, summits, signings, visits), sentence by sentence.

Arguments come from mentions around the trigger: the clause's subject (a person speaks
for their affiliation), 'avec'/'auprès de' (counterparts), 'selon' or a reporting verb
(reporter), the quote's speaker, and, for 'les discussions'/'la déclaration', the
parties of the meeting or instrument the article is talking about.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from . import lexicon
from .actors import DETERMINERS, ActorResult, _is_demonym
from .clauses import attached, clause_of, impersonal, phrase_head
from .clauses import preposition as clause_preposition
from .dates import find_dates
from .model import Actor, Commitment, DomainMention, Event, Quote
from .nlp import get_matchers, longest, prospective
from .quotes import PREPOSITIONS, _in_role_char, subject_mentions
from .text import fold

DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
PARTY_KINDS = {"organization", "country", "group"}
EVENT_NOUNS = {
    "meeting": "rencontre",
    "summit": "sommet",
    "signing": "signature",
    "visit": "visite",
}


@dataclass
class _Context:
    """What the article is talking about so far."""

    meeting: Event | None = None
    last_event: Event | None = None
    instrument: str = ""
    instrument_parties: list[str] = field(default_factory=list)
    last_parties: list[str] = field(default_factory=list)
    last_subject: list[str] = field(default_factory=list)  # for 'il', 'elle'
    sides: list[str] = field(default_factory=list)  # parties of commitments and events so far
    seen: list[str] = field(default_factory=list)  # states and bodies named so far

    def recent(self, actors, count: int, states_only: bool, earlier=()) -> list[str]:
        """'les deux pays': the last `count` sides, those of earlier commitments first, then
        the states and bodies named before (in this sentence, then in earlier ones)."""
        out: list[str] = []
        here = [m.actor_id for m in earlier if m.actor_id not in self.seen]
        for aid in [*reversed(self.sides), *reversed(here), *reversed(self.seen)]:
            kind = actors.actors[aid].kind if aid in actors.actors else ""
            if aid in out or kind not in PARTY_KINDS or states_only and kind != "country":
                continue
            out.append(aid)
            if len(out) == count:
                break
        return out


def _by_sentence(matches, sents) -> dict[int, list[tuple[str, int, int]]]:
    out: dict[int, list] = {}
    starts = [s.start for s in sents]
    for label, s, e in matches:
        out.setdefault(bisect.bisect_right(starts, s) - 1, []).append((label, s, e))
    return out


def _labelled(doc, matcher):
    return [(doc.vocab.strings[m], s, e) for m, s, e in matcher(doc)]


def find_commitments(
    doc,
    text: str,
    actors: ActorResult,
    domains: list[DomainMention],
    quotes: list[Quote],
    published,
) -> tuple[list[Commitment], list[Event]]:
    m = get_matchers()
    sents = list(doc.sents)
    trig = _by_sentence(longest(_labelled(doc, m.triggers) + _labelled(doc, m.frames)), sents)
    report = _by_sentence(_labelled(doc, m.reporting), sents)
    inst = _by_sentence(longest(_labelled(doc, m.instruments)), sents)
    evs = _by_sentence(longest(_labelled(doc, m.events)), sents)
    happen = _by_sentence(_labelled(doc, m.happen), sents)
    anaphora = _by_sentence(_labelled(doc, m.meeting_anaphora), sents)
    k = lexicon.knowledge().triggers
    ctx = _Context()
    commitments: list[Commitment] = []
    events: list[Event] = []
    for si, sent in enumerate(sents):
        mentions = [mm for mm in actors.in_sentence(sent)]
        dates = find_dates(text, sent.start_char, sent.end_char, published)
        place = _place(doc, actors, mentions)
        instrument = _instrument(doc, text, inst.get(si, []), ctx)
        sent_events = _events(
            doc,
            text,
            actors,
            si,
            sent,
            evs.get(si, []),
            happen.get(si, []),
            instrument,
            dates,
            place,
            ctx,
            events,
        )
        kinds = _select_triggers(doc, trig.get(si, []), report.get(si, []))
        reported = [] if kinds else _reported(doc, sent, si, report.get(si, []), quotes)
        mark = len(ctx.sides)
        for kind, s, e in kinds or reported:
            c = Commitment(
                si,
                kind,
                text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])],
                s,
                rule=f"trigger:{kind}" if kinds else "reported",
            )
            _arguments(
                doc,
                text,
                actors,
                c,
                sent,
                mentions,
                report.get(si, []),
                quotes,
                anaphora.get(si, []),
                instrument,
                ctx,
                k,
            )
            c.domains = list(
                dict.fromkeys(d.domain_id for d in domains if sent.start <= d.tok_start < sent.end)
            )
            c.date = _nearest(dates, doc[s].idx)
            c.place_id = place or next((ev.place_id for ev in sent_events if ev.place_id), "")
            c.instrument = instrument
            c.negated = _negated(doc, s, sent, k)
            c.conditional = _conditional(doc, s, sent, k)
            c.confidence = _confidence(c)
            if reported and not c.speaker_id and not c.actors:
                continue  # "des experts notent que…": nobody the tables know
            if doc[s].lemma_ == "falloir" and not c.actors and not c.quote:
                continue  # "Il faut préciser que…": the journalist's
            parties = [a for a, role in c.actors if role in {"party", "counterpart"}]
            if len(parties) >= 2:
                ctx.last_parties = parties
            if instrument and parties:
                ctx.instrument_parties = ctx.instrument_parties or parties
            ctx.sides += parties
            commitments.append(c)
        agreed = [c for c in commitments if c.sent == si and c.kind == "agreement"]
        for ev in sent_events:
            if ev.kind == "signing" and agreed:  # the signing is the sentence's agreement
                stale = set(ev.parties)
                ev.parties = [a for a, r in agreed[0].actors if r in {"party", "counterpart"}]
                rest = [a for a in ev.participants if a not in stale]
                ev.participants = list(dict.fromkeys(ev.parties + rest))
            ctx.sides[mark:mark] = ev.parties  # this sentence's commitments are newer
            if len(ev.parties) >= 2 and not kinds:  # "Ils ont convenu…" after "X a reçu Y"
                ctx.last_parties = list(ev.parties)
        if instrument and not ctx.instrument_parties and ctx.last_parties:
            ctx.instrument_parties = ctx.last_parties
        ctx.seen += [
            mm.actor_id for mm in mentions if actors.actors[mm.actor_id].kind in PARTY_KINDS
        ]
    return commitments, events


# ---------------------------------------------------------------- triggers


def _select_triggers(doc, matches, reports) -> list[tuple[str, int, int]]:
    """One row per kind per sentence. A trigger inside another's complement ('convenu
    « d'explorer »') folds into it; a past participle describing a noun ('signée en juin')
    is an event, not a commitment, unless its agent is named ('confirmée par X'); a noun
    that only dates or qualifies something else ('après la cérémonie de signature') is none;
    plain speech verbs ('a déclaré', 'a précisé') count only when nothing else does."""
    plain = {doc[s].i for _, s, _ in reports if doc[s].norm_ in _plain_speech()}
    kept: list[tuple[str, int, int]] = []
    for kind, s, e in matches:
        tok = doc[s]
        kind = _kind_in_context(tok, kind)
        if not kind or _describes_a_noun(tok) or _adjunct_noun(tok) or _elaboration(tok, kind):
            continue
        if any(_governs(doc, (ps, pe), s) for _, ps, pe in kept):
            continue
        kept.append((kind, s, e))
    others = [t for t in kept if t[0] != "declaration"]
    if others:
        kept = others + [t for t in kept if t[0] == "declaration" and t[1] not in plain]
    out, seen = [], set()
    for kind, s, e in kept:
        if kind in seen:
            continue
        seen.add(kind)
        out.append((kind, s, e))
    return out


@functools.cache
def _plain_speech() -> frozenset[str]:
    return frozenset(lexicon.key(v) for v in lexicon.knowledge().triggers["reporting"]["plain"])


def _describes_a_noun(tok) -> bool:
    """'signée en juin', 'projets visant à': a participle that qualifies a noun. Not 'Paris
    plaidant pour…', ', estimant que…' (a present participle with the clause's subject) nor
    'une hausse approuvée par X' (its agent is named)."""
    if "Part" not in tok.morph.get("VerbForm") or _has_aux(tok.doc, tok.i):
        return False
    present = "Pres" in tok.morph.get("Tense") or tok.lower_.endswith("ant")
    if present:
        return tok.dep_ in {"acl", "amod"}
    return not any(clause_preposition(c) == "par" for c in tok.children)


def _elaboration(tok, kind: str) -> bool:
    """', renforçant l'engagement de X': a present participle that only draws a consequence.
    Kept: one that voices a position (', estimant que', ', insistant sur') or that has a
    subject of its own ('le Chili cherchant à réduire')."""
    if "Part" not in tok.morph.get("VerbForm") or _has_aux(tok.doc, tok.i):
        return False
    if not ("Pres" in tok.morph.get("Tense") or tok.lower_.endswith("ant")):
        return False
    own_subject = any(c.dep_ in {"nsubj", "nsubj:pass"} for c in tok.children)
    return not own_subject and kind not in {"call", "declaration", "assessment"}


_ADJUNCT_PREPOSITIONS = {
    "après",
    "avant",
    "lors de",
    "lors du",
    "lors des",
    "depuis",
    "pendant",
    "dès",
    "en marge de",
    "en marge du",
    "en marge des",
}


def _adjunct_noun(tok) -> bool:
    """'la cérémonie de signature', 'après la signature': a noun trigger that only names
    another noun's kind or a moment."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and clause_preposition(tok) in {"de", "d'"}:
        return True
    return clause_preposition(tok) in _ADJUNCT_PREPOSITIONS


def _reported(doc, sent, si, reports, quotes) -> list[tuple[str, int, int]]:
    """A sentence with no trigger that reports what someone said ('X a précisé que…',
    '« … », a-t-il expliqué', or a quote whose speaker is known) is that speaker's
    declaration."""
    for _, s, e in reports:
        if doc[s].pos_ in {"VERB", "AUX"} and not _describes_a_noun(doc[s]):
            return [("declaration", s, e)]
    for q in quotes:
        if q.sent == si and q.speaker_id:
            inside = [t for t in doc[sent.start : sent.end] if q.start <= t.idx < q.end]
            verb = next((t for t in inside if t.pos_ in {"VERB", "AUX"}), None)
            if verb is not None:
                return [("declaration", verb.i, verb.i + 1)]
    return []


def _purpose(tok) -> bool:
    """'afin de parvenir à', 'en vue d'aboutir', 'pour conclure': what is aimed at."""
    if "Inf" not in tok.morph.get("VerbForm"):
        return False
    before = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    return (
        tok.head.lower_ in {"afin", "vue"}
        or "pour" in before[-2:]
        or "afin" in before
        or ("vue" in before)
    )


def _kind_in_context(tok, kind: str) -> str:
    """'vont signer', 'signera', 'devrait conclure': an agreement still ahead is an intent;
    'doit', 'il faut' is a call when its subject voices it ('nous devons') or when it is
    reported ('a estimé que X doivent'), otherwise an intent ('la France doit livrer')."""
    first_person = any(
        c.dep_ in {"nsubj", "expl:subj"} and c.lower_ in {"nous", "je", "j'", "on"}
        for c in tok.children
    )
    if kind == "plan":  # "nous allons doubler la production": a plan; "ça va durer": nothing
        return "intent" if first_person else ""
    if kind == "obligation":
        first_person = first_person or any(
            c.dep_ in {"nsubj", "expl:subj"} and c.lower_ == "il" for c in tok.children
        )
        return (
            "call" if first_person or tok.dep_ == "ccomp" or tok.lemma_ == "falloir" else "intent"
        )
    if kind == "agreement" and prospective(tok):
        return "intent"
    if kind in {"agreement", "exploration"} and _purpose(tok):
        return "intent"  # "en vue d'aboutir à une commande": the aim, not the deal
    return kind


def _has_aux(doc, i: int) -> bool:
    return any(doc[j].pos_ == "AUX" for j in range(max(0, i - 3), i))


def _governs(doc, outer: tuple[int, int], inner: int) -> bool:
    """'convenu « d'explorer', 'appelé les États membres à investir': the inner trigger is
    an infinitive the outer one governs, or that right after it."""
    start, end = outer
    tok = doc[inner]
    if inner <= start or "Inf" not in tok.morph.get("VerbForm"):
        return False
    if tok.head.i in range(start, end) and tok.dep_ in {"xcomp", "ccomp", "acl", "obl:arg"}:
        return True
    between = doc[end:inner] if inner >= end else []
    return inner - end <= 3 and all(
        t.lower_ in {"de", "d'", "à", "«", '"', "que", "ensemble"} or t.is_space for t in between
    )


# ---------------------------------------------------------------- arguments


def _arguments(
    doc,
    text,
    actors,
    c: Commitment,
    sent,
    mentions,
    reports,
    quotes,
    anaphora,
    instrument,
    ctx: _Context,
    k,
):
    roles: dict[str, str] = {}

    def add(aid: str, role: str):
        if aid and aid not in roles:
            roles[aid] = role

    quote = _quote_for(doc, quotes, c, sent)
    if quote is not None:
        c.quote = text[quote.start : quote.end]
        c.speaker_id = quote.speaker_id
    report_before = [s for _, s, _ in reports if s < c.tok and _clause_break(doc, s, c.tok)]
    report_after = [s for _, s, _ in reports if s > c.tok and _inverted(doc, s, sent)]
    reporter_ids: set[str] = set()
    if report_after:
        for m in mentions:
            if m.tok_start > min(report_after):
                if actors.actors[m.actor_id].kind == "person":
                    c.speaker_id = c.speaker_id or m.actor_id
                elif actors.actors[m.actor_id].kind in PARTY_KINDS:
                    reporter_ids.add(m.actor_id)
    if _inverted(doc, c.tok, sent):  # the trigger is the attribution: ', a estimé X'
        for m in mentions:
            if m.tok_start > c.tok and actors.actors[m.actor_id].kind == "person":
                c.speaker_id = c.speaker_id or m.actor_id
    # "X, voisin de Y, a annoncé qu'il…": who reports is the speech verb's subject
    reporting = [
        a
        for r in report_before[:1]
        for h in clause_of(doc[r]).subjects
        for a in _named_under(doc, actors, doc[h], sent)
    ]
    for m in mentions:
        kind = actors.actors[m.actor_id].kind
        prev = _preposition_before(doc, m.tok_start, sent.start)
        before_report = bool(report_before) and m.tok_start < min(report_before)
        if reporting and before_report and m.actor_id not in reporting:
            continue
        if kind == "person" and (prev in {"selon", "d'après"} or before_report):
            c.speaker_id = c.speaker_id or m.actor_id  # a person speaks; their body is a party
        elif prev in {"selon", "d'après"} or before_report and not _inside(quotes, m.start):
            reporter_ids.add(m.actor_id)
    cl = clause_of(doc[c.tok])
    sides, from_context = _clause_sides(doc, actors, cl, c, sent, quote, ctx)
    if not sides and not cl.subjects and not cl.agents:
        # no subject in the parse (a broken parse, a headline): the actors heading it
        sides = [
            m.actor_id
            for m in subject_mentions(doc, actors, sent, c.tok)
            if m.actor_id not in reporter_ids
        ]
    sides += _coordinated(doc, actors, sides, sent, c.tok if cl.passive else -1)
    between = []
    for m in mentions:  # 'avec X' (counterpart), 'à X', 'pour X' (beneficiary), 'entre X et Y'
        kind = actors.actors[m.actor_id].kind
        if kind == "place" or m.tok_start not in cl.tokens or m.actor_id in sides:
            continue
        prep = _preposition_before(doc, m.tok_start, sent.start)
        if prep in k["roles"]["counterpart"]:
            add(_party_of(actors, m.actor_id) or m.actor_id, "counterpart")
        elif prep in k["roles"]["beneficiary"] and kind in PARTY_KINDS:
            if prep in {"à", "au", "aux"} and not _giving(doc, cl, m):
                continue  # "a indiqué à l'AFP", "reçu à l'Élysée": not for whom
            add(m.actor_id, "beneficiary")
        elif prep == "entre":
            between.append(m.actor_id)
    if not sides and (cl.passive or not cl.subjects):
        # "un compromis a été trouvé entre X et Y": both sides hold it (not "X a salué la
        # coopération entre Y et Z": that is what X judges)
        sides = between + _coordinated(doc, actors, between, sent)
    # each person speaks for their side, and their side is a party ("X, ministre arménien…,
    # et Y, ministre israélien…, ont signé"); a person whose side is unknown is one
    persons = []
    for aid in dict.fromkeys(sides):
        a = actors.actors[aid]
        if a.kind == "person":
            persons.append(aid)
            c.speaker_id = c.speaker_id or aid
            if a.affiliation_id:
                roles.pop(a.affiliation_id, None)  # the speaker's own side is no counterpart
                add(a.affiliation_id, "party")
            else:
                roles.pop(aid, None)
                add(aid, "party")
        elif a.kind in PARTY_KINDS:
            roles.pop(aid, None)
            add(aid, "party")
    speaker = actors.actors.get(c.speaker_id)
    if (
        speaker is not None
        and speaker.kind == "person"
        and not any(r == "party" for r in roles.values())
    ):  # "« … », a déclaré X": X's side holds it
        add(speaker.affiliation_id or c.speaker_id, "party")
    explicit = len(roles)
    if not any(r == "party" for r in roles.values()):
        if anaphora and any(s < c.tok + 8 for _, s, _ in anaphora):  # "lors des discussions"
            for aid in ctx.meeting.parties if ctx.meeting is not None else ctx.last_parties:
                add(aid, "party")
        elif instrument:
            for aid in ctx.instrument_parties or ctx.last_parties:
                add(aid, "party")
    from_context = from_context or len(roles) > explicit
    if not any(r == "party" for r in roles.values()):
        for aid in reporter_ids:
            add(aid, "party")
    for aid in reporter_ids:
        c.actors.append((aid, "reporter"))
    for pid in dict.fromkeys([c.speaker_id, *persons]):
        if pid and roles.get(pid) != "party":
            c.actors.append((pid, "speaker"))
    c.actors.extend((aid, role) for aid, role in roles.items())
    c.rule += "+context" if from_context else ""
    ctx.last_subject = list(dict.fromkeys(sides))


def _giving(doc, cl, m) -> bool:
    """Whether 'à X' is for whom: after a verb or a noun of giving ('livrer à', 'le soutien
    à', 'l'aide à'), not a place or an addressee ('à l'Élysée', 'à l'AFP')."""
    roles = lexicon.knowledge().triggers["roles"]
    verbs, nouns = _keys(roles["giving_verbs"]), _keys(roles["giving_nouns"])
    head = phrase_head(doc, m.tok_start, m.tok_end).head
    if lexicon.key(head.lemma_ or head.lower_) in nouns:
        return True
    verb = doc[cl.verb] if cl.verb is not None else None
    return verb is not None and lexicon.key(verb.lemma_ or verb.lower_) in verbs


def _holds(tok) -> bool:
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


def _coordinated(doc, actors, sides, sent, after: int = -1) -> list[str]:
    """Actors joined by 'et' to those already found, which a wrong parse left out: '… par
    Son Excellence X, ministre sénégalais…, et M. Y, ministre estonien…', 'La Croatie et
    la Slovénie ont acté' read as 'Croatie' heading the sentence. With `after`, only those
    after that token (the agents of a passive)."""
    mentions = actors.in_sentence(sent)
    found = [i for i, m in enumerate(mentions) if m.actor_id in sides]
    if not found:
        return []
    out = []
    for step, edge in ((1, max(found)), (-1, min(found))):
        if step == -1 and after >= 0:
            break
        i, joined = edge, False
        while 0 <= i + step < len(mentions):
            a, b = (mentions[i], mentions[i + step])[::step]
            gap = doc[a.tok_end : b.tok_start]
            if not all(_joining(actors, t) for t in gap):
                break
            joined = joined or any(t.lower_ == "et" for t in gap)
            m = mentions[i + step]
            if joined and m.tok_start > after and actors.actors[m.actor_id].kind != "place":
                out.append(m.actor_id)
            i += step
    return out


def _joining(actors, t) -> bool:
    """Words that may stand between coordinated names: 'et', commas, articles, titles."""
    return (
        t.lower_ in DETERMINERS | {"et", ","}
        or t.is_space
        or t.text in lexicon.honorifics()
        or _in_role_char(actors, t.idx)
    )


def _clause_sides(doc, actors, cl, c, sent, quote, ctx) -> tuple[list[str], bool]:
    """The actors holding the commitment, and whether they came from the context rather
    than from names: the trigger noun's own 'de X' / 'entre X et Y' ('les engagements
    pris entre X et Y'), else the clause's subject (in the passive, its agent)."""
    trigger = doc[c.tok]
    if cl.verb != c.tok and trigger.pos_ in {"NOUN", "PROPN"}:
        named = _named_under(doc, actors, trigger, sent, exclude_head=True)
        if named or cl.verb is None:
            return named, False
    heads = cl.agents or cl.subjects
    out, from_context = [], False
    for h in heads:
        named = _named_under(doc, actors, doc[h], sent)
        if named and _anaphoric(doc[h]) and all(actors.actors[a].kind == "group" for a in named):
            # "les trois pays": the three states named before, when they were
            resolved = _stands_for(doc, actors, doc[h], c.kind, quote, ctx)
            if len(resolved) >= 2:
                out += resolved
                from_context = True
                continue
        if named:
            out += named
            continue
        if cl.passive and not cl.agents and doc[h].pos_ != "PRON":
            continue  # "le contrat a été signé": the subject is what was signed
        resolved = _stands_for(doc, actors, doc[h], c.kind, quote, ctx)
        if resolved:
            out += resolved
            from_context = True
    if not out and cl.verb is not None:
        # "Cela témoigne de l'engagement de la Suède…", "a redit le soutien de la Suède":
        # with no one in the subject, whose engagement, support or will it is
        for obj in (ch for ch in doc[cl.verb].children if ch.dep_ in {"obj", "obl:arg"}):
            out += _named_under(doc, actors, obj, sent, exclude_head=True)
    return list(dict.fromkeys(out)), from_context


# inside a subject phrase, actors after these are still the subject's ('les ministres de
# Norvège'); after any other preposition they are something else ('la coopération avec X')
HOLDER_PREPOSITIONS = {"", "de", "du", "des", "d'", "entre", "par"}


def _named_under(doc, actors, head, sent, exclude_head: bool = False) -> list[str]:
    """Actors named in the phrase of `head`: 'les ministres de Croatie, de Slovénie…',
    'la France et l'Inde', 'le ministre japonais de la Défense, X' (not 'la coopération
    avec le Japon': that is the other side; not 'lors du sommet de l'OTAN')."""
    out = []
    # "les ministres de Norvège", "la volonté de la France": holders; "l'annexion de X
    # par Y a marqué…": what the subject names holds nothing, its complements neither
    holder = exclude_head or actors.mention_at(head.i) is not None or _holds(head)
    allowed = HOLDER_PREPOSITIONS if holder else {""}
    for m in actors.in_sentence(sent):
        tok = phrase_head(doc, m.tok_start, m.tok_end)
        if exclude_head and tok.i == head.i or not attached(tok, head, allowed):
            continue
        a = actors.actors[m.actor_id]
        if a.kind == "place":
            country = _capital_country(a)
            if country:
                out.append(_ensure_country(actors, country.split(":", 1)[1]))
            continue
        out.append(m.actor_id)
    if not out and lexicon.key(head.lemma_ or head.lower_) in lexicon.state_organs():
        # "le ministre japonais", "les autorités chinoises": the state behind them
        for t in head.children:
            code = _is_demonym(t) if t.dep_ == "amod" else ""
            if code:
                out.append(_ensure_country(actors, code))
    return out


NUMBERS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}


def _stands_for(doc, actors, tok, kind: str, quote, ctx, depth: int = 0) -> list[str]:
    """Who a subject that names nobody stands for: 'nous' in a quote (the speaker), 'ils'
    (the sides named before), 'il'/'elle' (the last subject), 'les deux pays' (the last
    two states), 'les participants' (the meeting's sides), 'le ministre' (the minister
    named before), 'le groupe français' (the company named before), 'les députés' (the
    parliament named before), 'le souhait des deux États' (theirs), 'l'accord' (its parties)."""
    low = tok.lower_
    k = lexicon.knowledge().triggers["context"]
    if tok.pos_ == "PRON":
        if low in {"nous", "on"} and quote is not None and quote.speaker_id:
            return [quote.speaker_id]
        if low in {"ils", "elles"}:
            return list(ctx.last_parties or ctx.last_subject)
        if low in {"il", "elle"}:
            if impersonal(tok):
                return []  # "il faut", "il s'agit de"
            people = [a for a in ctx.last_subject if actors.actors[a].kind == "person"]
            return people[:1] or (ctx.last_subject if len(ctx.last_subject) == 1 else [])
        return []
    keys = {lexicon.key(tok.lemma_ or low), lexicon.key(low)}
    plural = "Plur" in tok.morph.get("Number") or low.endswith(("s", "x"))
    count = next(
        (
            NUMBERS.get(ch.lower_) or (int(ch.text) if ch.text.isdigit() else 0)
            for ch in tok.children
            if ch.dep_ == "nummod"
        ),
        0,
    )
    earlier = [m for m in actors.mentions if m.tok_end <= tok.i]
    if keys & _keys(k["members"]):  # "les députés": the parliament named before
        word = next(k["members"][w] for w in k["members"] if lexicon.key(w) in keys)
        body = _last(actors, earlier, lambda a: word in fold(a.name) and a.kind != "person")
        if body:
            return [body]
    if keys & _keys(k["collective"]):
        if count and keys & _keys(k["people"]):
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
            return ctx.recent(actors, count, bool(keys & _keys(k["states"])), earlier)
        if plural:
            parties = ctx.meeting.parties if ctx.meeting is not None else []
            return list(parties or ctx.last_parties)
    if not plural and _definite(tok):
        if keys & lexicon.title_keys():  # "a déclaré le ministre": the minister named before
            person = _last(
                actors,
                earlier,
                lambda a: (
                    a.kind == "person" and bool(keys & {lexicon.key(w) for w in a.role.split()})
                ),
            )
            if person:
                return [person]
            # "le diplomate français" after "le ministre français des Armées, X": the last
            # person of that nationality
            codes = {_is_demonym(ch) for ch in tok.children if ch.dep_ == "amod"} - {""}
            person = _last(
                actors,
                earlier,
                lambda a: (
                    a.kind == "person"
                    and (a.country in codes or a.affiliation_id.removeprefix("country:") in codes)
                ),
            )
            if codes and person:
                return [person]
        if keys & _keys(k["company_heads"]):  # "le groupe français": the company named before
            company = _last(actors, earlier, _company)
            if company:
                return [company]
    if depth == 0 and _holds(tok):  # "le souhait des deux États": who holds it
        for ch in tok.children:
            if ch.dep_ == "nmod" and clause_preposition(ch) in {"de", "du", "des", "d'"}:
                found = _named_under(doc, actors, ch, ch.sent) or _stands_for(
                    doc, actors, ch, kind, quote, ctx, depth + 1
                )
                if found:
                    return found
    if kind in {"assessment", "declaration"}:
        return []  # "cette rencontre marque une étape": what is judged, not who judges
    if keys & _keys(k["meeting_anaphora"]):
        return list(ctx.meeting.parties if ctx.meeting is not None else ctx.last_parties)
    if keys & _keys(k["instrument_heads"]):
        return list(ctx.instrument_parties or ctx.last_parties)
    return []


def _anaphoric(tok) -> bool:
    """'les trois pays', 'ces pays': a definite plural that points back."""
    return any(c.dep_ == "det" and c.lower_ in {"les", "ces"} for c in tok.children)


def _definite(tok) -> bool:
    return any(
        c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "ce", "cet", "cette"}
        for c in tok.children
    )


def _last(actors, mentions, wanted) -> str:
    """The actor of the latest of these mentions that satisfies `wanted`."""
    for m in reversed(mentions):
        if wanted(actors.actors[m.actor_id]):
            return m.actor_id
    return ""


def _company(actor) -> bool:
    """A company rather than a state body: an organisation with no country of its own
    and no ministry or agency head word."""
    return actor.kind == "organization" and not actor.actor_id.startswith(
        ("org:ministere", "org:agence")
    )


@functools.cache
def _keys_of(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in words)


def _keys(words) -> frozenset[str]:
    return _keys_of(tuple(words))


def _capital_country(place) -> str:
    """'Washington', 'Kiev', 'Paris' heading a clause: the government, not the city."""
    code = lexicon.capitals().get(place.name)
    return f"country:{code}" if code and code == place.country else ""


def _ensure_country(actors, code: str) -> str:
    aid = f"country:{code}"
    if aid not in actors.actors:
        codes, _n, _d = lexicon.countries()
        actors.actors[aid] = Actor(aid, codes[code].name, "country", country=code)
    return aid


def _passive(doc, tok: int) -> bool:
    """'a été signé', 'ont été conclus': the trigger's agent comes after 'par'."""
    t = doc[tok]
    return any(ch.dep_ == "aux:pass" for ch in t.children) or any(
        w.lower_ in {"été", "est", "sont", "fut"} and w.pos_ == "AUX"
        for w in doc[max(t.sent.start, tok - 3) : tok]
    )


def _quote_for(doc, quotes, c, sent) -> Quote | None:
    t = doc[c.tok]
    for q in quotes:
        if q.start <= t.idx < q.end:
            return q
        # the quote is the trigger's complement: 'avaient convenu « d'explorer … »'
        if 0 <= q.start - (t.idx + len(t)) <= 8 and sent.start_char <= q.start < sent.end_char:
            return q
        # or the trigger attributes it: '« … », a déclaré X'
        if c.kind == "declaration" and 0 <= t.idx - q.end <= 10 and q.sent == c.sent:
            return q
    return None


def _inverted(doc, r: int, sent) -> bool:
    """', a indiqué le ministère' / ', a estimé le ministre': comma, auxiliary?, verb."""
    k = r - 1
    while k > sent.start and (doc[k].pos_ == "AUX" or doc[k].is_space):
        k -= 1
    return doc[k].text == "," and r + 1 < sent.end


def _inside(quotes, char: int) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def _clause_break(doc, report_tok: int, trigger_tok: int) -> bool:
    between = doc[report_tok:trigger_tok]
    return any(t.lower_ in {"que", "qu'", "«", ":"} for t in between)


def _inside_clause(m, c, report_before) -> bool:
    return bool(report_before) and m.tok_start > max(report_before)


def _preposition_before(doc, i: int, floor: int) -> str:
    k = i - 1
    honorifics = lexicon.honorifics()
    while k >= floor and (
        doc[k].lower_ in DETERMINERS - PREPOSITIONS
        or doc[k].like_num
        or doc[k].is_space
        or doc[k].text in honorifics  # "par Son Excellence X", "avec M. X"
    ):
        k -= 1
    if k < floor:
        return ""
    for size in (4, 3, 2):  # "auprès du", "en faveur de", "aux côtés des"
        if k - size + 1 >= floor:
            words = tuple(doc[j].lower_ for j in range(k - size + 1, k + 1))
            if words in lexicon.multiword_prepositions():
                return lexicon.multiword_prepositions()[words]
    return doc[k].lower_


def _nearest(dates, char: int):
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - char))


def _place(doc, actors, mentions) -> str:
    places = [m for m in mentions if actors.actors[m.actor_id].kind == "place"]
    for m in places:
        if _preposition_before(doc, m.tok_start, 0) in {"à", "au", "aux", "en"}:
            return m.actor_id
    return places[0].actor_id if places else ""


def _negated(doc, i, sent, k) -> bool:
    """'n'ont pas signé', 'Aucun déploiement n'est envisagé', 'Ni X ni Y n'ont précisé',
    'a refusé de signer'."""
    words = set(k["modality"]["negations"]) - {"ne", "n'"}
    window = doc[max(sent.start, i - 4) : min(sent.end, i + 3)]
    verb = doc[i]
    has_ne = any(t.lower_ in {"ne", "n'"} for t in window) or any(
        c.lower_ in {"ne", "n'"} for c in verb.children
    )
    # the negative word may open the subject: "Aucun déploiement…", "Ni M. X ni…"
    subject = [t for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} for t in c.subtree]
    has_pas = any(t.lower_ in words for t in window) or any(t.lower_ in words for t in subject)
    refused = any(t.lemma_ in {"refuser", "rejeter"} for t in doc[max(sent.start, i - 3) : i])
    return (has_ne and has_pas) or refused


def _conditional(doc, i, sent, k) -> bool:
    tok = doc[i]
    if "Cnd" in tok.morph.get("Mood"):
        return True
    for t in doc[max(sent.start, i - 3) : i]:
        if "Cnd" in t.morph.get("Mood"):
            return True
    lowered = " " + doc[sent.start : sent.end].text.lower() + " "
    return any(
        f" {w} " in lowered or f" {w}'" in lowered for w in k["modality"]["conditional_words"]
    )


def _confidence(c: Commitment) -> float:
    score = 0.9
    if "+context" in c.rule:
        score -= 0.2
    if not any(r == "party" for _, r in c.actors):
        score -= 0.3
    if c.conditional:
        score -= 0.1
    return round(max(score, 0.1), 2)


# ---------------------------------------------------------------- instruments and events


def _instrument(doc, text, matches, ctx: _Context) -> str:
    for _label, s, e in matches:
        if _preposition_before(doc, s, 0) in {"selon", "d'après"}:
            continue  # 'selon un communiqué': a source, not the instrument
        det = doc[s - 1].lower_ if s > 0 else ""
        while s < e and doc[s].lower_ in DETERMINERS:
            s += 1
        name = text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
        if det in DEMONSTRATIVES and ctx.instrument:  # "cette déclaration": the one named
            return ctx.instrument
        if name != ctx.instrument:
            ctx.instrument_parties = []
        ctx.instrument = name
        return name
    return ""


def _events(
    doc,
    text,
    actors,
    si,
    sent,
    matches,
    happen,
    instrument,
    dates,
    place,
    ctx: _Context,
    events: list[Event],
) -> list[Event]:
    out = []
    happen_toks = {s for _, s, _ in happen}
    done: set[str] = set()
    for kind, s, e in matches:
        # "se rencontrer": the verb, not its pronoun
        s = next((j for j in range(s, e) if doc[j].lower_ not in {"se", "s'"}), s)
        tok = doc[s]
        verb = tok.pos_ == "VERB" or _bare_verb(tok)
        participle = verb and (
            "Part" in tok.morph.get("VerbForm")
            or tok.pos_ != "VERB"
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS)  # "Réunis"
        )
        adjunct = participle and tok.i == sent.start and kind == "meeting"  # "Réunis à X, …"
        if (
            kind in done
            or participle
            and kind != "signing"
            and not adjunct
            and not _has_aux(doc, s)
        ):
            continue
        done.add(kind)
        det = _determiner(doc, s)
        participants = [
            m.actor_id
            for m in actors.in_sentence(sent)
            if actors.actors[m.actor_id].kind != "place"
        ]
        if kind == "signing":
            named = instrument or _instrument_anaphor(doc, tok, ctx)
            if not named:
                continue
            ev = Event("signing", si, named, s)
            ev.parties = list(ctx.instrument_parties or ctx.last_parties)
        elif det in DEMONSTRATIVES and ctx.last_event is not None:
            ev = ctx.last_event  # 'Cette rencontre s'est déroulée vendredi…' completes it
            if ev.date is None and dates:
                ev.date = _nearest(dates, tok.idx)
            ev.place_id = ev.place_id or place
            ev.participants = list(dict.fromkeys(ev.participants + participants))
            continue
        elif kind == "summit" or kind == "visit" and tok.pos_ == "NOUN":
            ev = Event(kind, si, _event_name(doc, text, s, e, sent), s)
        elif kind == "meeting" and verb:
            ev = Event(kind, si, "", s)
        elif kind == "meeting":
            # a meeting noun is an event when something says it took place: a verb nearby
            # ("s'est tenue"), a word that makes it a moment ("lors d'une conférence"), or
            # those who met ("une rencontre des chefs d'état-major de X")
            near = any(abs(h - s) <= 6 for h in happen_toks)
            moment = _preposition_before(doc, s, sent.start) in _introducers()
            if not (near or moment or _with_participants(doc, actors, tok, sent)):
                continue
            ev = Event(kind, si, _event_name(doc, text, s, e, sent), s)
        else:
            continue
        ev.date = _nearest(dates, tok.idx)
        ev.place_id = place
        if not ev.parties and verb:
            # "X a reçu Y", "X a rencontré Y": both sides named take part; "X se sont
            # réunis à …", "X et Y se sont rencontrés": the sides come before the verb
            venue = {"à", "au", "aux", "dans", "chez", "en"}  # "au Pentagone" is where
            transitive = tok.lemma_ in HOSTING_VERBS and not _has_reflexive(doc, s)
            named = [
                m.actor_id
                for m in actors.in_sentence(sent)
                if (transitive or m.tok_start < s)
                and _preposition_before(doc, m.tok_start, sent.start) not in venue
            ]
            ev.parties = _parties(actors, named)
        if not ev.parties and not verb:
            # "une rencontre des chefs de X et de Y, avec A, B et C", "le sommet de
            # l'OTAN": those its own phrase names; the sentence's topic ("… du soutien à
            # l'Ukraine") is no side of it
            ev.parties = _parties(actors, _named_under(doc, actors, tok, sent, True))
        if not ev.parties and verb:
            # "Réunis à Vilnius, les ministres de X et de Y…": the clause's subject
            cl = clause_of(tok)
            named = [a for h in cl.subjects for a in _named_under(doc, actors, doc[h], sent)]
            ev.parties = _parties(actors, named)
        if not ev.parties:
            subj = subject_mentions(doc, actors, sent, s)
            ev.parties = _parties(actors, [m.actor_id for m in subj])

        ev.participants = list(dict.fromkeys(ev.parties + participants))
        if not ev.name:  # a verb ("se sont rencontrés"): name it by its sides
            sides = " – ".join(actors.actors[a].name for a in ev.parties) or "?"
            ev.name = f"{EVENT_NOUNS[kind]} {sides}"
        events.append(ev)
        out.append(ev)
        ctx.last_event = ev
        if kind == "meeting":
            ctx.meeting = ev
    return out


HOSTING_VERBS = {"recevoir", "rencontrer", "accueillir"}


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


def _bare_verb(tok) -> bool:
    """A verb form the model tagged otherwise ('Réunis' read as a name)."""
    from .nlp import verb_forms

    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "ADV"} and tok.lower_ in verb_forms()


@functools.cache
def _introducers() -> frozenset[str]:
    return frozenset(lexicon.knowledge().events["introducers"]["words"])


def _with_participants(doc, actors, tok, sent) -> bool:
    """'une rencontre des chefs d'état-major de la Croatie, de la Slovénie…': the
    meeting's own phrase names who takes part."""
    return any(
        actors.actors[m.actor_id].kind in {"person", "country", "organization", "group"}
        and attached(phrase_head(doc, m.tok_start, m.tok_end), tok, HOLDER_PREPOSITIONS | {"avec"})
        for m in actors.in_sentence(sent)
    )


def _instrument_anaphor(doc, tok, ctx) -> str:
    """'Il a été signé par X': the instrument named before, when a pronoun or a
    demonstrative stands for it."""
    if not ctx.instrument:
        return ""
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if any(c.pos_ == "PRON" or _determiner(doc, c.i) in DEMONSTRATIVES for c in subjects):
        return ctx.instrument
    return ""


def _has_reflexive(doc, i: int) -> bool:
    """'se sont rencontrés': the meeting's sides are its subject."""
    return any(t.lower_ in {"se", "s'"} for t in doc[max(0, i - 3) : i])


def _party_of(actors, actor_id: str) -> str:
    """A body, state or group is its own party; a person stands for their affiliation."""
    actor = actors.actors[actor_id]
    if actor.kind in PARTY_KINDS:
        return actor_id
    return actor.affiliation_id if actor.kind == "person" else ""


def _parties(actors, actor_ids) -> list[str]:
    """The distinct parties those actors stand for, in order."""
    return list(dict.fromkeys(p for p in (_party_of(actors, a) for a in actor_ids) if p))


def _determiner(doc, i: int) -> str:
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


def _event_name(doc, text, s, e, sent) -> str:
    """The event noun with its modifiers, cut at the first comma or verb."""
    tok = doc[s]
    left = s
    while left - 1 >= sent.start and doc[left - 1].pos_ == "ADJ":
        left -= 1
    right = e
    sub = [t.i for t in tok.subtree if t.i >= s]
    limit = max(sub) + 1 if sub else e
    for j in range(e, min(limit, sent.end, s + 25)):
        finite = doc[j].pos_ in {"VERB", "AUX"} and "Part" not in doc[j].morph.get("VerbForm")
        if doc[j].text in {",", ";", ":", "«", "»"} or finite:
            break
        right = j + 1
    while right > e and (doc[right - 1].is_punct or doc[right - 1].lower_ in DETERMINERS):
        right -= 1
    return text[doc[left].idx : doc[right - 1].idx + len(doc[right - 1])]
