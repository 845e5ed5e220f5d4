"""Commitments and events of one article, sentence by sentence."""

from __future__ import annotations

from ...reading.dates import find_dates
from .. import lexicon
from ..actors import ActorResult
from ..model import Commitment, DomainMention, Event, Quote
from ..nlp import get_matchers, longest
from ..references import Discourse
from .arguments import fill_arguments
from .context import PARTY_KINDS, Context
from .events import find_events
from .qualifiers import confidence, instrument_of, is_conditional, nearest, place_of
from .references import ADOPTING
from .triggers import (
    actor_acts,
    by_sentence,
    is_negated,
    labelled,
    misplaced,
    planned_actions,
    reported_statements,
    resolve_without_deed,
    select_triggers,
    stated_aims,
    stated_wills,
    will_of_no_deed,
)


def find_commitments(
    doc,
    text: str,
    actors: ActorResult,
    domains: list[DomainMention],
    quotes: list[Quote],
    published,
) -> tuple[list[Commitment], list[Event]]:
    m = get_matchers(doc.vocab)
    sents = list(doc.sents)
    # a frame (a verb with its object) says more than its verb alone: it wins a tie
    found = labelled(doc, m.frames) + labelled(doc, m.triggers)
    found = [
        f
        for f in found
        if not misplaced(doc, f[1])
        and not will_of_no_deed(doc, actors, *f[1:])
        and not resolve_without_deed(doc, *f[1:])
    ]
    found += [t for t in planned_actions(doc, actors, sents, quotes) if not _covered(t, found)]
    found += [t for t in stated_aims(doc) if not _covered(t, found)]
    found += [t for t in stated_wills(doc) if not _covered(t, found)]
    trig = by_sentence(longest(found), sents)
    report = by_sentence(labelled(doc, m.reporting), sents)
    inst = by_sentence(longest(labelled(doc, m.instruments)), sents)
    evs = by_sentence(longest(labelled(doc, m.events)), sents)
    happen = by_sentence(labelled(doc, m.happen), sents)
    anaphora = by_sentence(labelled(doc, m.meeting_anaphora), sents)
    k = lexicon.knowledge().triggers
    ctx = Context(discourse=Discourse(doc, actors))
    commitments: list[Commitment] = []
    events: list[Event] = []
    for si, sent in enumerate(sents):
        mentions = [mm for mm in actors.in_sentence(sent)]
        dates = find_dates(text, sent.start_char, sent.end_char, published)
        place = place_of(doc, actors, mentions)
        named_before = ctx.instrument
        instrument = instrument_of(doc, text, inst.get(si, []), ctx)
        if instrument:
            # « la résolution du Conseil de sécurité », « présentée par la France »: the body
            # whose text it is binds it, not whoever first speaks of it
            issuer = _issuer(doc, actors, inst.get(si, []))
            if issuer or instrument != named_before:
                ctx.instrument_issuer = issuer
        sent_events = find_events(
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
        kinds = select_triggers(doc, trig.get(si, []), report.get(si, []))
        reported = [] if kinds else reported_statements(doc, sent, si, report.get(si, []), quotes)
        acts = [] if kinds or reported else actor_acts(doc, actors, sent, sent_events)
        reported = reported or acts
        mark = len(ctx.sides)
        for kind, s, e in kinds or reported:
            c = Commitment(
                si,
                kind,
                text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])],
                s,
                rule=f"trigger:{kind}" if kinds else ("act" if acts else "reported"),
            )
            fill_arguments(
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
            c.date = nearest(dates, doc[s].idx, doc)
            c.place_id = place or next((ev.place_id for ev in sent_events if ev.place_id), "")
            c.instrument = instrument
            c.negated = is_negated(doc, s, sent, k)
            c.conditional = is_conditional(doc, s, sent, k)
            c.confidence = confidence(c)
            if reported and not c.speaker_id and not c.actors:
                continue  # "des experts notent que…": nobody the tables know
            if doc[s].lemma_ == "falloir" and not c.actors and not c.quote:
                continue  # "Il faut préciser que…": the journalist's
            parties = [a for a, role in c.actors if role in {"party", "counterpart"}]
            if len(parties) >= 2:
                ctx.last_parties = parties
            if parties and c.kind in {"agreement", "intent"}:
                ctx.last_holders = parties  # who acts, not who comments (« X a salué… »)
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


def _issuer(doc, actors, matches) -> list[str]:
    """The body an instrument's own « de » complement names (« la résolution du Conseil »),
    or who tabled it (« la résolution présentée par la France »)."""
    for _label, _s, e in matches[:1]:
        head = doc[e - 1]
        if actors.mention_at(head.i) is not None:
            return []  # « l'Organisation du traité de l'Atlantique Nord »: a name, no text
        for c in head.children:
            if c.dep_ == "nmod" and any(g.lower_ in {"de", "du", "d'"} for g in c.children):
                m = actors.mention_at(c.i)
                if m is not None and actors.actors[m.actor_id].kind == "organization":
                    return [m.actor_id]
            if c.dep_ == "acl" and c.lemma_ in ADOPTING:
                for a in c.children:
                    m = actors.mention_at(a.i) if a.dep_ == "obl:agent" else None
                    if m is not None and actors.actors[m.actor_id].kind in PARTY_KINDS:
                        return [m.actor_id]
    return []


def _covered(match, found) -> bool:
    """A planned action already read as a lexicon trigger ('signera' is an agreement ahead)."""
    _, s, e = match
    return any(a < e and s < b for _, a, b in found)
