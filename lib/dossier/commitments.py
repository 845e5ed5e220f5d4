"""Commitments (who agrees, intends, explores, prioritises, calls for, declares or
assesses what) and events (meetings, summits, signings, visits), sentence by sentence.

Arguments come from mentions around the trigger: the clause's subject (a person speaks
for their affiliation), 'avec'/'auprès de' (counterparts), 'selon' or a reporting verb
(reporter), the quote's speaker, and, for 'les discussions'/'la déclaration', the
parties of the meeting or instrument the article is talking about.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from . import lexicon
from .actors import DETERMINERS, ActorResult
from .dates import find_dates
from .model import Commitment, DomainMention, Event, Quote
from .nlp import get_matchers, longest
from .quotes import PREPOSITIONS, subject_mentions

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
    trig = _by_sentence(longest(_labelled(doc, m.triggers)), sents)
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
        for kind, s, e in kinds:
            c = Commitment(
                si,
                kind,
                text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])],
                s,
                rule=f"trigger:{kind}",
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
            parties = [a for a, role in c.actors if role == "party"]
            if len(parties) >= 2:
                ctx.last_parties = parties
            if instrument and parties:
                ctx.instrument_parties = ctx.instrument_parties or parties
            commitments.append(c)
        if instrument and not ctx.instrument_parties and ctx.last_parties:
            ctx.instrument_parties = ctx.last_parties
    return commitments, events


# ---------------------------------------------------------------- triggers


def _select_triggers(doc, matches, reports) -> list[tuple[str, int, int]]:
    """One row per kind per sentence. A trigger inside another's complement ('convenu
    « d'explorer »') folds into it; a participle describing an instrument ('signée en
    juin') is an event, not a commitment; 'déclarer' etc. count only when nothing else does."""
    report_toks = {s for _, s, _ in reports}
    kept: list[tuple[str, int, int]] = []
    for kind, s, e in matches:
        tok = doc[s]
        # 'signée en juin', 'projets visant à': a participle describing a noun
        if "Part" in tok.morph.get("VerbForm") and not _has_aux(doc, s):
            continue
        if any(_governs(doc, ps, s) for _, ps, _ in kept):
            continue
        kept.append((kind, s, e))
    others = [t for t in kept if t[0] != "declaration"]
    if others:
        kept = others + [t for t in kept if t[0] == "declaration" and t[1] not in report_toks]
    out, seen = [], set()
    for kind, s, e in kept:
        if kind in seen:
            continue
        seen.add(kind)
        out.append((kind, s, e))
    return out


def _has_aux(doc, i: int) -> bool:
    return any(doc[j].pos_ == "AUX" for j in range(max(0, i - 3), i))


def _governs(doc, outer: int, inner: int) -> bool:
    """'convenu « d'explorer': the inner trigger is an infinitive right after the outer one."""
    if inner <= outer or inner - outer > 5:
        return False
    tok = doc[inner]
    between = doc[outer + 1 : inner]
    return "Inf" in tok.morph.get("VerbForm") and all(
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
    for m in mentions:
        kind = actors.actors[m.actor_id].kind
        prev = _preposition_before(doc, m.tok_start, sent.start)
        if kind == "person" and (
            prev in {"selon", "d'après"} or report_before and m.tok_start < min(report_before)
        ):
            c.speaker_id = c.speaker_id or m.actor_id  # a person speaks; their body is a party
        elif (
            prev in {"selon", "d'après"}
            or report_before
            and m.tok_start < min(report_before)
            and not _inside(quotes, m.start)
        ):
            reporter_ids.add(m.actor_id)
    subjects = subject_mentions(doc, actors, sent, c.tok)
    passive = _passive(doc, c.tok)
    signatories: list[str] = []  # people heading the clause, or its agents in the passive
    agents: list[str] = []
    for m in mentions:
        kind = actors.actors[m.actor_id].kind
        if (
            kind == "place"
            or m.actor_id in reporter_ids
            and not _inside_clause(m, c, report_before)
        ):
            continue
        if report_after and m.tok_start > min(report_after):
            continue
        prev = _preposition_before(doc, m.tok_start, sent.start)
        if prev == "par" and m.tok_start < c.tok:
            continue  # "la reprise du Haut-Karabakh par l'Azerbaïdjan": another act's agent
        if prev in {"avec", "auprès"}:
            add(m.actor_id, "counterpart")
        elif kind == "person":
            agent = passive and m.tok_start > c.tok and (prev == "par" or prev == "et" and agents)
            if agent:
                agents.append(m.actor_id)
            if m in subjects or (quote is not None and m.actor_id == quote.speaker_id) or agent:
                c.speaker_id = c.speaker_id or m.actor_id
                signatories.append(m.actor_id)
        else:
            add(m.actor_id, "party")
    # "X, ministre arménien…, et Y, ministre israélien…, ont signé" / "signé par X et Y":
    # each person speaks for their side, and their sides are the parties
    for pid in dict.fromkeys([c.speaker_id, *signatories]):
        person = actors.actors.get(pid)
        if person is None or not person.affiliation_id:
            continue
        if roles.get(person.affiliation_id) == "counterpart":
            del roles[person.affiliation_id]  # the speaker's own side is a party
        add(person.affiliation_id, "party")
    explicit = len(roles)
    plural_pronoun = any(
        t.lower_ in {"ils", "elles"} and t.pos_ == "PRON"
        for t in doc[max(sent.start, c.tok - 6) : c.tok]
    )
    if plural_pronoun:  # "Ils ont convenu de…": the sides named before
        anaphora = anaphora or [("pronoun", c.tok, c.tok)]
    if anaphora and any(s < c.tok + 8 for _, s, _ in anaphora):
        for aid in ctx.meeting.parties if ctx.meeting is not None else ctx.last_parties:
            add(aid, "party")
    if instrument and not any(r == "party" for r in roles.values()):
        for aid in ctx.instrument_parties or ctx.last_parties:
            add(aid, "party")
    from_context = len(roles) > explicit
    if not any(r == "party" for r in roles.values()):
        for aid in reporter_ids:
            add(aid, "party")
    for aid in reporter_ids:
        c.actors.append((aid, "reporter"))
    if c.speaker_id:
        c.actors.append((c.speaker_id, "speaker"))
    c.actors.extend((aid, role) for aid, role in roles.items())
    c.rule += "+context" if from_context else ""


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
    word = doc[k].lower_
    if word in {"de", "du", "des", "d'"} and k - 1 >= floor and doc[k - 1].lower_ == "auprès":
        return "auprès"
    return word


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
    words = set(k["modality"]["negations"])
    window = doc[max(sent.start, i - 4) : min(sent.end, i + 3)]
    has_ne = any(t.lower_ in {"ne", "n'"} for t in window)
    has_pas = any(t.lower_ in words - {"ne", "n'"} for t in window)
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
        tok = doc[s]
        participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
        if kind in done or participle and kind != "signing" and not _has_aux(doc, s):
            continue
        done.add(kind)
        det = _determiner(doc, s)
        participants = [
            m.actor_id
            for m in actors.in_sentence(sent)
            if actors.actors[m.actor_id].kind != "place"
        ]
        if kind == "signing":
            if not instrument:
                continue
            ev = Event("signing", si, instrument, s)
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
        elif kind == "meeting" and (happen_toks or tok.pos_ == "VERB"):
            if tok.pos_ != "VERB" and not any(abs(h - s) <= 6 for h in happen_toks):
                continue
            ev = Event(
                kind, si, "" if tok.pos_ == "VERB" else _event_name(doc, text, s, e, sent), s
            )
        else:
            continue
        ev.date = _nearest(dates, tok.idx)
        ev.place_id = place
        if not ev.parties and tok.pos_ == "VERB":
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
        if not ev.parties:
            subj = subject_mentions(doc, actors, sent, s)
            ev.parties = _parties(actors, [m.actor_id for m in subj])
            if not ev.parties:
                ev.parties = [a for a in participants if actors.actors[a].kind in PARTY_KINDS]
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
