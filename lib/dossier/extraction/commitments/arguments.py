"""Who a commitment binds: its sides from the clause (subject, passive agent,
coordinated names, 'avec', 'entre'), its speaker, its counterpart and beneficiary."""

from __future__ import annotations

import functools

from .. import lexicon
from ..actors import DETERMINERS
from ..clauses import clause_of, impersonal, phrase_head
from ..clauses import preposition as clause_preposition
from ..model import PLACES, Commitment
from ..nlp import tokens_with
from ..quotes import PREPOSITIONS, in_role_char, subject_mentions
from ..references import FIRST_PERSON, POSSESSIVE_FIRST
from .context import PARTY_KINDS, Context, acting_nouns, lexicon_keys, party_of, someone
from .references import (
    anaphoric,
    counted,
    instrument_head,
    instrument_parties,
    instrument_pronoun,
    named_under,
    stands_for,
    topic_parties,
)
from .triggers import clause_break, inside_quote, inverted, negated, quote_for, sides_after

# ---------------------------------------------------------------- arguments


# what a speaker does by speaking: in a transcript, theirs when no one else is named
_SPOKEN = {"assessment", "declaration", "call"}


def fill_arguments(
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
    ctx: Context,
    k,
):
    roles: dict[str, str] = {}

    def add(aid: str, role: str):
        if aid and aid not in roles:
            roles[aid] = role

    quote = quote_for(doc, quotes, c, sent)
    if quote is not None:
        c.quote = text[quote.start : quote.end]
        c.speaker_id = quote.speaker_id
    report_before = [s for _, s, _ in reports if s < c.tok and clause_break(doc, s, c.tok)]
    report_after = [s for _, s, _ in reports if s > c.tok and inverted(doc, s, sent)]
    reporter_ids: dict[str, None] = {}  # in text order: the rows' order is the same each run
    judges: set[str] = set()  # reporters the sentence says speak: they judge what they say
    if report_after:
        for m in mentions:
            if m.tok_start > min(report_after):
                if actors.actors[m.actor_id].kind == "person":
                    c.speaker_id = c.speaker_id or m.actor_id
                elif actors.actors[m.actor_id].kind in PARTY_KINDS and not _venue(
                    doc, actors, m, sent
                ):
                    reporter_ids[m.actor_id] = None
                    judges.add(m.actor_id)
    if inverted(doc, c.tok, sent):  # the trigger is the attribution: ', a estimé X'
        for m in mentions:
            if m.tok_start > c.tok and actors.actors[m.actor_id].kind == "person":
                c.speaker_id = c.speaker_id or m.actor_id
    # "X, voisin de Y, a annoncé qu'il…": who reports is the speech verb's subject
    reporting = [
        a
        for r in report_before[:1]
        for h in clause_of(doc[r]).subjects
        for a in named_under(doc, actors, doc[h], sent)
    ]
    view = (
        _perspective(doc, actors, sent, clause_of(doc[c.tok]))
        if c.kind == "assessment" and quote is None and not report_before and not report_after
        else range(0)
    )
    for m in mentions:
        kind = actors.actors[m.actor_id].kind
        prev = preposition_before(doc, m.tok_start, sent.start)
        if m.tok_start in view:
            prev = "selon"  # « Pour le Chili, il s'agit d'un instrument important »
        before_report = bool(report_before) and m.tok_start < min(report_before)
        if reporting and before_report and m.actor_id not in reporting:
            continue
        if kind == "person" and (prev in {"selon", "d'après"} or before_report):
            c.speaker_id = c.speaker_id or m.actor_id  # a person speaks; their body is a party
        elif prev in {"selon", "d'après"} or before_report and not inside_quote(quotes, m.start):
            reporter_ids[m.actor_id] = None
            if kind in PARTY_KINDS and (prev in {"selon", "d'après"} or m.actor_id in reporting):
                judges.add(m.actor_id)
    cl = clause_of(doc[c.tok])
    if ctx.voiced is None:
        ctx.voiced = _speaks_in_first_person(doc, quotes)
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
        if kind in PLACES or m.tok_start not in cl.tokens or m.actor_id in sides:
            continue
        if m.tok_start in view:
            continue  # « Pour X, … »: whose view it is, no beneficiary
        prep = preposition_before(doc, m.tok_start, sent.start)
        if prep in k["roles"]["counterpart"]:
            add(party_of(actors, m.actor_id) or m.actor_id, "counterpart")
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
    if cl.passive and (not sides or from_context) and not between:
        # « (l'accord a été) signé entre les délégués des deux pays »: those the
        # phrase stands for, rather than what the context gave
        for t in sorted(cl.tokens):
            if doc[t].pos_ == "NOUN" and clause_preposition(doc[t]) == "entre":
                found = stands_for(doc, actors, doc[t], c.kind, quote, ctx)
                if len(found) >= 2:
                    sides = found
                break
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
    if (
        c.kind in _SPOKEN
        and quote is None
        and not c.speaker_id
        and "party" not in roles.values()
        and ctx.discourse is not None
        and not _others_speak(doc, cl)
        and (turn := ctx.discourse.turn_at(c.tok))
    ):
        # a transcript: what the one whose turn it is judges, declares or calls for is
        # theirs when the clause names no one (what they report others did is not)
        add(actors.actors[turn].affiliation_id or turn, "party")
    explicit = len(roles)
    if not any(r == "party" for r in roles.values()):
        if anaphora and any(s < c.tok + 8 for _, s, _ in anaphora):  # "lors des discussions"
            for aid in ctx.meeting.parties if ctx.meeting is not None else ctx.last_parties:
                add(aid, "party")
        elif instrument and not (c.kind == "assessment" and judges):
            # (« Ce contrat est une étape majeure », estime X: X judges it, below; not a
            # place or a state only named before « le ministre a déclaré »)
            for aid in ctx.instrument_parties or ctx.last_parties:
                add(aid, "party")
    if not any(r == "party" for r in roles.values()):
        for aid in reporter_ids:
            add(aid, "party")
    held = any(r == "party" for r in roles.values())
    if not held and not c.speaker_id and ctx.voiced and doc[c.tok].lemma_ == "falloir":
        # "il faut que…" in a speech or a statement: the text's own call, not a journalist's
        # ("il faut coopérer avec l'Italie": the Italy it names is the other side)
        for aid in ctx.discourse.first_person(doc[c.tok]) if ctx.discourse else []:
            add(aid, "party")
    if (
        not roles
        and not c.speaker_id
        and ctx.voiced
        and c.kind in {"assessment", "call"}
        and quote is None
        and not _named_subject(doc, cl)
        and ctx.discourse is not None
    ):
        for aid in ctx.discourse.first_person(doc[c.tok]):
            add(aid, "party")
    if (
        not any(r == "party" for r in roles.values())
        and not c.speaker_id
        and c.rule.startswith("trigger")  # a reported statement with no one stays no one's
        and not _named_subject(doc, cl)
        and not _impersonal_clause(doc, c.tok)  # 'il faut…' is the journalist's voice
        # a clause naming only for whom or with whom: not when denied (« Aucun Rafale ne
        # sera livré à X »)
        and not (roles and negated(doc[c.tok]))
    ):
        # 'Un approfondissement de la coopération est prévu', 'Ce cadre reste ouvert aux
        # pays…': a commitment whose clause names no one is held by the sides the article
        # is about at that point (marked +context). So is one that names only for whom or
        # with whom (« (X a signé un contrat avec la Pologne.) Les chars seront livrés à la
        # Pologne »), never by the one it names (`add` keeps its role); a side that acted
        # against them can be taken too (« La Russie a frappé Kiev. Des missiles seront
        # livrés à l'Ukraine »)
        for aid in topic_parties(ctx, c.tok):
            add(aid, "party")
    from_context = from_context or len(roles) > explicit
    for aid in reporter_ids:
        c.actors.append((aid, "reporter"))
    for pid in dict.fromkeys([c.speaker_id, *persons]):
        if pid and roles.get(pid) != "party":
            c.actors.append((pid, "speaker"))
    c.actors.extend((aid, role) for aid, role in roles.items())
    c.rule += "+context" if from_context else ""
    ctx.last_subject = list(dict.fromkeys(sides))


def _perspective(doc, actors, sent, cl) -> range:
    """« Pour X, … » (« Pour X, Y et Z, … ») opening the sentence and hanging on the
    judgement's own clause: the words of whose view it is, as « selon X » (« pour X » inside
    the clause stays a beneficiary). An empty range when the sentence opens otherwise."""
    opener = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if opener is None or opener.lower_ != "pour" or opener.head.i not in cl.tokens:
        return range(0)
    j = opener.i + 1
    while j < sent.end and j - opener.i <= 16:
        t = doc[j]
        if t.text == ",":
            # « Pour la France, l'Allemagne et l'Italie, il s'agit… »: a name after the
            # comma goes on with the list; anything else opens the clause
            k = j + 1
            while k < sent.end and doc[k].pos_ == "DET":
                k += 1
            if k >= sent.end or actors.mention_at(k) is None:
                return range(opener.i + 1, j)
        elif t.pos_ in {"VERB", "AUX"}:
            return range(0)  # « Pour le Mali, qui dépend… »: a clause, no view
        j += 1
    return range(0)


def _others_speak(doc, cl) -> bool:
    """Whether the clause says who judges or speaks, though no name the tables know: an
    agent (« jugée préoccupante par les experts »), someone or people as the subject
    (« ses adversaires jugent », « le gouvernement estime »)."""
    return bool(cl.agents) or any(
        someone(doc[h]) or doc[h].pos_ == "NOUN" and "Plur" in doc[h].morph.get("Number")
        for h in cl.subjects
    )


def _impersonal_clause(doc, i: int) -> bool:
    """'Il faut préciser…' is the journalist's voice; 'Il s'agit de présenter…' states the
    aim of what the text is about, so it is not."""
    verb = doc[i]
    if verb.lemma_ == "agir":
        return False
    return verb.lemma_ == "falloir" or any(impersonal(c) for c in verb.children if c.lower_ == "il")


def _named_subject(doc, cl) -> bool:
    """Whether the clause's subject is a noun phrase of its own that names nobody known
    ('la réunion', 'les experts'): then it holds the plan, not the article's sides."""
    return any(doc[h].pos_ in {"PROPN"} for h in cl.subjects)


def _giving(doc, cl, m) -> bool:
    """Whether 'à X' is for whom: after a verb or a noun of giving ('livrer à', 'le soutien
    à', 'l'aide à'), not a place or an addressee ('à l'Élysée', 'à l'AFP')."""
    roles = lexicon.knowledge().triggers["roles"]
    verbs, nouns = lexicon_keys(roles["giving_verbs"]), lexicon_keys(roles["giving_nouns"])
    head = phrase_head(doc, m.tok_start, m.tok_end).head
    if lexicon.key(head.lemma_ or head.lower_) in nouns:
        return True
    verb = doc[cl.verb] if cl.verb is not None else None
    return verb is not None and lexicon.key(verb.lemma_ or verb.lower_) in verbs


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
        i, joined, pending = edge, False, []
        while 0 <= i + step < len(mentions):
            a, b = (mentions[i], mentions[i + step])[::step]
            gap = doc[a.tok_end : b.tok_start]
            if not all(_joining(actors, t) for t in gap):
                if step == 1 and _list_goes_on(actors, gap):
                    out += pending  # 'X, Y et l'Armée de …': the last one the tables lack
                break
            joined = joined or any(t.lower_ == "et" for t in gap)
            m = mentions[i + step]
            if m.tok_start > after and actors.actors[m.actor_id].kind not in PLACES:
                pending.append(m.actor_id)
            if joined:  # 'X, Y et Z': the names before the 'et' are in the list too
                out += pending
                pending = []
            i += step
        else:  # no name after the last one found: the list may still end on an unknown
            tail = doc[mentions[i].tok_end : sent.end]
            if step == 1 and pending and _list_goes_on(actors, tail):
                out += pending
    return out


def _list_goes_on(actors, gap) -> bool:
    """Whether the words after a listed name join it to a last one the tables do not know
    ('…, le Front uni (FU) et la faction de X'): joining words up to an « et »."""
    for t in gap:
        if t.lower_ == "et":
            return True
        if not _joining(actors, t):
            return False
    return False


def _joining(actors, t) -> bool:
    """Words that may stand between coordinated names: 'et', commas, articles, titles, the
    brackets around an acronym ('le Front pour l'alternance (FPA) et l'Union…')."""
    return (
        t.lower_ in DETERMINERS | {"et", ",", "(", ")"}
        or t.is_space
        or t.text in lexicon.honorifics()
        or in_role_char(actors, t.idx)
    )


def _clause_sides(doc, actors, cl, c, sent, quote, ctx) -> tuple[list[str], bool]:
    """The actors holding the commitment, and whether they came from the context rather
    than from names: the trigger noun's own 'de X' / 'entre X et Y' ('les engagements
    pris entre X et Y'), else the clause's subject (in the passive, its agent)."""
    trigger = doc[c.tok]
    if c.kind == "assessment" and _judged_thing(doc, actors, trigger):
        # the names in a thing judged are what is judged: the judge is who speaks (the
        # quote's speaker, found later), or the text when it speaks as « nous »
        if quote is None and ctx.voiced and ctx.discourse is not None:
            return ctx.discourse.first_person(trigger), True
        return [], False
    if cl.verb != c.tok and trigger.pos_ in {"NOUN", "PROPN"}:
        named = named_under(doc, actors, trigger, sent, exclude_head=True)
        if not named and c.kind == "agreement":
            named = _sides_between(doc, actors, trigger, sent)
        if named or cl.verb is None:
            return named, False
        # "illustre la volonté de nos deux pays de…": the noun's own holder, though it
        # names no one, comes before the clause's subject
        subjects = [  # named there, not a pronoun ('Il illustre la volonté de nos deux pays')
            a
            for h in cl.subjects
            if doc[h].pos_ != "PRON"
            for a in named_under(doc, actors, doc[h], sent)
        ]
        held = _holder_standing_for(doc, actors, trigger, c.kind, quote, ctx, subjects)
        if held:
            return held, True
    heads = cl.agents or cl.subjects
    if cl.verb is not None and not cl.passive and _opened_by_a_subordinate(doc, doc[cl.verb], sent):
        heads = _names_right_before(doc, doc[cl.verb], sent, actors, after_clause=True) or heads
    if (
        c.kind == "assessment"
        and cl.passive
        and cl.subjects
        and _feeling(doc[cl.verb] if cl.verb is not None else trigger)
    ):
        heads = cl.subjects  # « X, préoccupé par Y »: X feels, Y is the cause
    if heads and _quote_as_subject(doc, trigger, heads, sent):
        # « « X et Y signeront… », a annoncé le gouvernement burkinabè »: the parse made the
        # quote the verb's subject; who speaks is the phrase after the verb
        heads = [ch.i for ch in trigger.children if ch.i > trigger.i and ch.dep_ in _POSTPOSED]
    if cl.passive and cl.agents and all(_instrument_phrase(doc[h]) for h in cl.agents):
        # « la coopération entre X et Y est régie par un accord »: the instrument binds
        # the sides the subject names
        heads = cl.subjects or heads
    if not heads and cl.verb is not None:
        heads = _subject_before(doc, doc[cl.verb], sent, actors)
    out, from_context = [], False
    verb = doc[cl.verb] if cl.verb is not None else None
    for h in heads:
        # « Le Secrétaire général salue … » parsed with the verb as the noun's adjunct: what
        # the verb's clause names is not in the subject
        misread = verb is not None and verb.dep_ == "acl" and verb.head.i == h and h < verb.i
        named = named_under(doc, actors, doc[h], sent, upto=verb.i if misread else None)
        count = counted(doc[h])
        if (
            named
            and anaphoric(doc[h])
            and (
                all(actors.actors[a].kind == "group" for a in named)
                or len(named) < count
                and doc[h].pos_ == "NOUN"
            )
        ):
            # "les trois pays": the three states named before, when they were; "les deux
            # pays du G7": the two named before, not the one body their complement names
            resolved = stands_for(doc, actors, doc[h], c.kind, quote, ctx)
            if len(resolved) >= 2 and (not count or len(resolved) == count):
                out += resolved
                from_context = True
                continue
        if named:
            out += named
            continue
        if cl.passive and not cl.agents and doc[h].pos_ != "PRON":
            # "le contrat a été signé": the subject is what was signed; its parties are
            # those of the instrument ('le document signé contient…'), unless the clause
            # names them ('l'accord conclu entre X et Y', 'a été signé entre X et Y')
            between = (
                _sides_between(doc, actors, verb, sent)
                if verb is not None and c.kind == "agreement"
                else []
            )
            if between:
                out += between
                continue
            if instrument_head(doc[h]) and c.kind not in {"assessment", "declaration"}:
                out += instrument_parties(ctx, h)
                from_context = True
            continue
        if instrument_pronoun(doc[h], actors) and c.kind not in {"assessment", "declaration"}:
            # "L'accord a été signé lundi. Il permettra…": the instrument's parties
            out += instrument_parties(ctx, h)
            from_context = True
            continue
        resolved = stands_for(doc, actors, doc[h], c.kind, quote, ctx)
        if resolved:
            out += resolved
            from_context = True
    if not out and cl.verb is not None:
        # "Cela témoigne de l'engagement de la Suède…", "a redit le soutien de la Suède":
        # with no one in the subject, whose engagement, support or will it is (not whom
        # someone unnamed addresses: « la Conférence exhorte les autorités maliennes »)
        addressed = any(someone(doc[h]) for h in heads)
        for obj in (ch for ch in doc[cl.verb].children if ch.dep_ in {"obj", "obl:arg"}):
            if clause_preposition(obj) == "entre" or addressed and someone(obj):
                continue  # 'signé entre X et Y': both are sides, read with « entre »
            out += named_under(doc, actors, obj, sent, exclude_head=True)
    return list(dict.fromkeys(out)), from_context


def _feeling(verb) -> bool:
    return lexicon.key(verb.lemma_) in lexicon_keys(
        lexicon.knowledge().triggers["context"]["feeling_verbs"]
    )


_POSTPOSED = {"nsubj", "obj", "appos"}


def _quote_as_subject(doc, trigger, heads, sent) -> bool:
    """Whether the trigger is the attribution after a quote (« « … », a annoncé X ») and
    the subject the parse gives it is the quote itself: a closing quote mark stands
    between each subject and the verb."""
    if not inverted(doc, trigger.i, sent):
        return False
    return all(
        h < trigger.i and any(t.text in {"»", '"'} for t in doc[h + 1 : trigger.i]) for h in heads
    )


def _sides_between(doc, actors, trigger, sent) -> list[str]:
    """'la cérémonie de paraphe d'un accord entre X et Y', 'salue la signature, aujourd'hui,
    d'un accord entre X et Y': the sides of what is signed (`sides_after`)."""
    head = sides_after(trigger)
    out = named_under(doc, actors, head, sent) if head is not None else []
    return list(dict.fromkeys(out + _coordinated(doc, actors, out, sent, trigger.i)))


def _instrument_phrase(tok) -> bool:
    """'un accord', 'un échange de lettres': an instrument, or a noun of one."""
    return instrument_head(tok) or any(
        c.dep_ == "nmod" and instrument_head(c) for c in tok.children
    )


def _judged_thing(doc, actors, trigger) -> bool:
    """'Le fonctionnement efficace de l'OSCE est essentiel', 'Ce qui s'est passé est
    inacceptable', 'Les mandats de X jouent un rôle crucial': a thing judged in the copula.
    Not 'L'OTAN est essentielle', 'La France est déçue', 'Les deux pays sont satisfaits':
    an actor or a collective in the subject may be the judge."""
    if trigger.lemma_ not in JUDGING_VERBS:
        return False
    pred = trigger.head if trigger.dep_ == "cop" else trigger
    subject = next((ch for ch in pred.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return False
    here = actors.mention_at(subject.i)
    if here is not None:
        # « Prague restera (comme) un sommet historique »: a city that is a noun in the
        # copula is where the thing judged happened, not the judge (not « Moscou est déçue »)
        return here.rule == "capital-metonymy" and _noun_predicate(pred)
    if subject.pos_ == "PRON":
        return subject.lower_ in {"ce", "cela", "ça", "ceci"}
    return subject.pos_ == "NOUN" and lexicon.key(subject.lemma_) not in acting_nouns()


JUDGING_VERBS = {"être", "rester", "demeurer", "sembler", "paraître", "jouer"}


def _noun_predicate(pred) -> bool:
    """The copula's predicate is a noun (« un sommet historique », « restera comme un
    sommet »), not an adjective and its complement (« satisfait de l'accord »)."""
    if pred.pos_ == "NOUN":
        return True
    return any(
        ch.pos_ == "NOUN" and any(g.dep_ == "case" and g.lower_ == "comme" for g in ch.children)
        for ch in pred.children
    )


def _speaks_in_first_person(doc, quotes) -> bool:
    """Whether the text itself speaks as « nous » or « je » (a statement, a speech), not
    only in the quotes it gives."""
    return any(not inside_quote(quotes, t.idx) for t in tokens_with(doc, "LOWER", _FIRST_WORDS))


def _venue(doc, actors, m, sent) -> bool:
    """« a déclaré X lors du forum à Singapour »: a state named as where one speaks
    (after « à », « en », « au », « dans ») reports nothing; « a déclaré X à l'AFP » is
    told to a body, which does."""
    if actors.actors[m.actor_id].kind != "country":
        return False
    return preposition_before(doc, m.tok_start, sent.start) in {"à", "au", "aux", "en", "dans"}


# « nous », « je », « notre »…; not « on », which is any reporter's
_FIRST_WORDS = frozenset((FIRST_PERSON - {"on"}) | POSSESSIVE_FIRST | {"j’"})


def _holder_standing_for(doc, actors, trigger, kind, quote, ctx, subjects) -> list[str]:
    """Who the 'de X' of a commitment noun stands for when X names no one ('la volonté
    des deux pays', 'la volonté de nos trois États'): the states or sides counted."""
    for ch in trigger.children:
        counted = any(g.dep_ == "nummod" for g in ch.children)
        if counted and ch.dep_ == "nmod" and clause_preposition(ch) in {"de", "du", "des", "d'"}:
            found = stands_for(doc, actors, ch, kind, quote, ctx, 1, subjects)
            if found:
                return found
    return []


def _subject_before(doc, verb, sent, actors) -> list[int]:
    """A finite verb the parse left without a subject ('Le document signé prévoit…' read
    with 'prévoit' hanging loose): the noun phrase that opens its sentence, when no
    preposition heads it and no other verb stands between."""
    tensed = any(c.dep_ == "aux:tense" and c.i < verb.i for c in verb.children)
    if "Fin" not in verb.morph.get("VerbForm") and not tensed:
        return []
    for t in doc[sent.start : verb.i]:
        if t.pos_ in {"PUNCT", "SPACE", "ADV", "CCONJ"} or t.dep_ in {"det", "amod", "nummod"}:
            continue
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and not any(c.dep_ == "case" for c in t.children):
            between = doc[t.i + 1 : verb.i]
            if not any(w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm") for w in between):
                return [t.i]
        break
    return _names_right_before(doc, verb, sent, actors)


def _names_right_before(doc, verb, sent, actors, after_clause=False) -> list[int]:
    """« Alors que la Russie s'isole, Paris et Athènes ont annoncé… » read with the names
    inside the clause that opens the sentence: the names the tables know (however the model
    tagged them) between the last comma and the verb (its auxiliary, a negation or a clitic
    between), when nothing else stands there (`after_clause`: only when a clause of other
    words stands before the list, as « Alors que … » does)."""
    j = verb.i - 1
    while j > sent.start and (
        doc[j].dep_.startswith("aux") or doc[j].lower_ in {"ne", "n'", "n’", "se", "s'", "s’"}
    ):
        j -= 1
    words = []
    while j >= sent.start and doc[j].text != ",":
        words.append(doc[j])
        j -= 1
    if j < sent.start or not words or any(t.pos_ in {"VERB", "ADP", "SCONJ"} for t in words):
        return []  # no comma: the sentence's opening phrase, read above
    # « Berlin, Paris et Varsovie financeront »: the names listed before, comma by comma
    while j > sent.start:
        k, item = j - 1, []
        while k >= sent.start and doc[k].text != ",":
            item.append(doc[k])
            k -= 1
        # (the subordinator opening the sentence: « Si la France, l'Allemagne et… »)
        item = [t for t in item if not (t.i <= sent.start + 1 and t.dep_ in {"mark", "fixed"})]
        named = [t for t in item if actors.mention_at(t.i) is not None]
        if not named or any(
            actors.mention_at(t.i) is None and t.lower_ not in DETERMINERS for t in item
        ):
            break
        words += item
        j = k
    if after_clause and j <= sent.start + 2:
        return []  # « Si la France, l'Allemagne et l'Italie signent »: the list is all
    heads = []
    for t in sorted(words, key=lambda t: t.i):
        m = actors.mention_at(t.i)
        if m is not None and m.tok_start == t.i:
            heads.append(phrase_head(doc, m.tok_start, m.tok_end).i)
    return heads


def _opened_by_a_subordinate(doc, verb, sent) -> bool:
    """The main verb carries the « alors que », « si », « comme » that opens the sentence:
    the parse may have taken the opening clause for the main one, and its subject too
    (`_names_right_before` tells: a clause before the names, not a list alone)."""
    opening = {sent.start, sent.start + 1}  # « Si… », « Même si… »
    return verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.i in opening for c in verb.children)


def _passive(doc, tok: int) -> bool:
    """'a été signé', 'ont été conclus': the trigger's agent comes after 'par'."""
    t = doc[tok]
    return any(ch.dep_ == "aux:pass" for ch in t.children) or any(
        w.lower_ in {"été", "est", "sont", "fut"} and w.pos_ == "AUX"
        for w in doc[max(t.sent.start, tok - 3) : tok]
    )


_SKIPPED_BEFORE = DETERMINERS - PREPOSITIONS


def preposition_before(doc, i: int, floor: int) -> str:
    k = i - 1
    honorifics = lexicon.honorifics()
    while k >= floor and (
        doc[k].lower_ in _SKIPPED_BEFORE
        or doc[k].like_num
        or doc[k].is_space
        or doc[k].text in honorifics  # "par Son Excellence X", "avec M. X"
    ):
        k -= 1
    if k < floor:
        return ""
    last = doc[k].lower_
    if last not in _multiword_ends():  # the words before are read only when they may be one
        return last
    multiword = lexicon.multiword_prepositions()
    for size in (4, 3, 2):  # "auprès du", "en faveur de", "aux côtés des"
        if k - size + 1 >= floor:
            words = tuple(doc[j].lower_ for j in range(k - size + 1, k + 1))
            if words in multiword:
                return multiword[words]
    return last


@functools.cache
def _multiword_ends() -> frozenset[str]:
    """The last words of the multiword prepositions ('du' of 'auprès du')."""
    return frozenset(words[-1] for words in lexicon.multiword_prepositions())
