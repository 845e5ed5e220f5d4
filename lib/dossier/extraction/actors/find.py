"""Actors of one article: every mechanism's candidates, the best of each overlap, then
roles, acronyms, demonyms, places' states, surnames and group members."""

from __future__ import annotations

from dataclasses import replace

from ...base.text import fold, slug
from .. import lexicon
from ..nlp import common_nouns
from .base import ActorResult, Candidate, add, ensure_country, select, span_text
from .bodies import (
    find_acronyms,
    find_named_bodies,
    government_bodies,
    short_bodies,
    strip_demonym,
)
from .companies import cued_companies, listed_with_bodies, product_makers
from .credits import credit_spans, not_an_actor
from .entities import model_entities
from .gazetteer import find_known_names
from .groups import find_groups, find_members, link_collectives
from .people import (
    link_surnames,
    merge_short_names,
    people_after_honorifics,
    people_beside_titles,
    people_coordinated,
)
from .places import capital_metonymy, compound_demonyms, find_datelines, place_countries
from .titles import apply_roles, coordinated_states, find_roles, title_groups


def find_actors(doc, text: str) -> ActorResult:
    """All actor mentions of one parsed article."""
    gaz = find_known_names(doc, text)
    bodies = government_bodies(doc, text)
    known = {c.tok_start: c.tok_end for c in gaz}
    named_bodies = find_named_bodies(doc, text, known)
    forces = [c for c in named_bodies if c.rule == "armed-force"]
    bodies += [c for c in named_bodies if c.rule != "armed-force"]
    bodies = [_through_known_name(doc, text, c, gaz) for c in bodies]
    model = model_entities(doc, text)
    groups = find_groups(doc, text, known)
    persons = [c for c in model if c.actor.kind == "person"]
    honoured = people_after_honorifics(doc, text, model, persons)
    persons += honoured
    model += honoured
    # where each name the gazetteer or a company rule found starts, and where it ends
    named = {c.tok_start: c.tok_end for c in gaz} | {
        c.tok_start: c.tok_end for c in model if c.rule == "company-name"
    }
    beside = people_beside_titles(doc, text, model, persons, named)
    persons += beside
    model += beside
    joined = people_coordinated(doc, text, model, persons)
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
    gaz_named = {c.tok_start: c.tok_end for c in bodies_named}
    roles = find_roles(doc, persons, gaz_named)
    # a group's office ends where a body the rules named begins ("les dirigeants de la
    # Coalition des bâtisseurs"), as a title ends on a known one
    offices = title_groups(
        doc, text, roles, gaz_named | {c.tok_start: c.tok_end for c in bodies + forces}
    )
    role_toks = {
        i for r in roles if r.person_tok is not None for i in range(r.tok_start, r.tok_end)
    }
    role_toks |= {i for c in offices for i in range(c.tok_start, c.tok_end)}

    # Inside a title, only gazetteer names stay actors ("pour l'Industrie de la Défense").
    cands = [
        c
        for c in model + bodies
        if c.actor.kind == "person" or not set(range(c.tok_start, c.tok_end)) & role_toks
    ]
    cands += gaz + groups + offices + forces + cued_companies(doc, text) + find_datelines(doc, text)
    cands += product_makers(doc, text, {i for s, e in known.items() for i in range(s, e)})
    credits = credit_spans(text)
    cands = [c for c in cands if not not_an_actor(doc, c, credits)]
    chosen = select(cands)
    chosen = sorted(chosen + listed_with_bodies(doc, text, chosen), key=lambda c: c.tok_start)

    result = ActorResult()
    result.role_spans = [
        (doc[r.tok_start].idx, doc[r.tok_end - 1].idx + len(doc[r.tok_end - 1])) for r in roles
    ]

    # Bodies: country from a demonym, else from a coordinated body ("du ministère japonais
    # de la Défense et du ministère de l'Économie…").
    for c in chosen:
        if c.rule in {"armed-force", "government-body", "embassy"} and c.actor.country:
            ensure_country(result, c.actor.country)  # "ministère chilien de la Défense"
        if c.rule == "group-office":  # "les ministres français et japonais": both states
            for code in dict.fromkeys(coordinated_states(doc, c.tok_start, c.tok_end)):
                ensure_country(result, code)
                result.members.append((c.actor.actor_id, f"country:{code}", c.tok_start))
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
        if c.actor.actor_id:
            continue  # named for each state already ('les ministères X et Y de la Défense')
        base = strip_demonym(doc, c)
        key = f"{c.actor.country.lower()}-{slug(base)}" if c.actor.country else slug(base)
        c.actor.actor_id = f"org:{key}"

    for c in chosen:
        aid = c.actor.actor_id
        if aid not in result.actors:
            result.actors[aid] = c.actor
        add(result, doc, c.tok_start, c.tok_end, aid, c.method, c.rule)

    apply_roles(result, doc, text, roles)
    find_acronyms(result, doc, text)
    short_bodies(result, doc, text)
    compound_demonyms(result, doc, text)
    merge_short_names(result)
    place_countries(result)
    capital_metonymy(result, doc)
    link_surnames(result, doc, text)
    link_collectives(result)
    find_members(result, doc)
    result.mentions.sort(key=lambda m: m.start)
    return result


def _through_known_name(doc, text, c: Candidate, known: list[Candidate]) -> Candidate:
    """« l'Assemblée de l'Union africaine »: a body's name the rules end inside a name the
    gazetteer knows (« Union africaine ») runs to that name's end."""
    for g in known:
        if c.tok_start < g.tok_start < c.tok_end < g.tok_end:
            name = span_text(text, doc, c.tok_start, g.tok_end)
            return replace(c, tok_end=g.tok_end, actor=replace(c.actor, name=name))
    return c
