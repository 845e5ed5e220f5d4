"""People the model missed or split: names beside titles, after honorifics,
coordinated with a person; surnames linked to the full name given before."""

from __future__ import annotations

import re

from ...base.text import fold, slug
from ...reading.dates import calendar_words
from .. import lexicon
from ..model import Actor
from ..nlp import get_matchers, tokens_with
from .base import (
    ActorResult,
    Candidate,
    add,
    name_particles,
    span_text,
    title_after_name,
)
from .companies import company_word
from .entities import ADDRESSES, looks_like_person
from .titles import after_people_word, common_word, role_extent, surname_at


def _name_end(doc, start: int) -> int:
    """End of a bare name of two to four capitalised words starting at `start` ('Kalev
    Tammsaar', 'Vaidas Kasperaitis-Rimkus', 'Omar ben Khalid'), or `start` if none."""
    particles = name_particles()
    n, end, words = len(doc), start, 0
    while end < n and words < 4 and not (end > start and doc[end].is_sent_start):
        t = doc[end]
        if t.text[:1].isupper() and t.is_alpha:
            end, words = end + 1, words + 1
        elif t.text == "-" and not doc[end - 1].whitespace_ and end + 1 < n and end > start:
            end += 1  # "Kasperaitis-Rimkus" split by the tokenizer
        elif t.lower_ in particles and words and _capital_after_particles(doc, end, particles):
            end += 1  # "von der Aue", "de La Fontaine"
        else:
            break
    if not 2 <= words <= 4 or end < n and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return start
    if doc[end - 1].text == "-" or company_word(doc[end - 1]):
        return start
    if any(t.text in ADDRESSES for t in doc[start:end]):
        return start  # « Bonjour Mesdames, bonjour Messieurs »: an address, no one's name
    words = lexicon.title_words() | lexicon.institution_words()
    if any(
        (fold(t.text) in words or t.text in words)
        # « De Smet »: a capitalised particle opening the name
        and not (t.i == start and t.lower_ in particles and t.text[:1].isupper())
        for t in doc[start:end]
    ):
        return start  # "Directeur Général de X Council": a title and a body, not a name
    return end


def _capital_after_particles(doc, i: int, particles) -> bool:
    """Whether a capitalised word follows the particles from i ('von der Aue')."""
    j = i
    while j < len(doc) and j - i < 3 and doc[j].lower_ in particles:
        j += 1
    return j < len(doc) and j > i and doc[j].text[:1].isupper()


_ARTICLES = {"le", "la", "l'", "l’", "du", "au"}


_COMMA = frozenset({","})


def people_beside_titles(doc, text, model, persons, gaz_starts: dict) -> list[Candidate]:
    """'Le ministre indien de la Défense, Arjun Vashisht, …', 'le ministre estonien de la
    Défense Kalev Tammsaar', '…, le Letton Andris Kalnins': right after a title (and
    a comma, or a demonym for a people), two to four capitalised words are a person,
    whatever the model called them (ORG, MISC or nothing)."""
    found = []
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    names = lexicon.countries()[1]
    starts: set[int] = set()
    direct: set[int] = set()  # right after the title, no comma: "le président Tchaka"
    titles = get_matchers(doc.vocab).titles(doc)  # once: the loops below read it again
    for _, s, e in titles:
        sent = doc[s].sent
        end, aff, _c = role_extent(doc, s, e, sent.end, gaz_starts)
        body_end = gaz_starts.get(aff, sent.end) if aff is not None else sent.end
        if body_end < sent.end and not common_word(doc[body_end]):
            # « le secrétaire général de l'OTAN Jan Berg »: the name after the body's (not
            # the rest of a longer body's name: « d'ONU Femmes X »)
            end = body_end
        for i in (end, end + 1):  # "le ministre … Kalev Tammsaar", "le ministre …, Kalev Tammsaar"
            if i < sent.end and (i == end or doc[end].text == ","):
                starts.add(after_people_word(doc, i))
        if end < sent.end and doc[s - 1 : s].text.lower() in _ARTICLES:
            direct.add(end)
    for comma in tokens_with(doc, "ORTH", _COMMA):
        # "…, Arjun Vashisht, ministre indien" is handled by the roles
        near = [s for _, s, e in titles if e <= comma.i and comma.i - e <= 9]
        if comma.i + 2 < len(doc) and near:  # its sentence looked up only then
            sent = comma.sent
            if any(sent.start <= s for s in near):
                starts.add(after_people_word(doc, comma.i + 1))
    for start in sorted(starts):
        end = _name_end(doc, start)
        if end == start and start in direct:
            end = start + 1 if surname_at(doc, start) else start  # « le président Tchaka a reçu »
        if end == start or start in taken:
            continue
        if end < len(doc) and not (
            doc[end].is_punct
            or doc[end].pos_ in {"VERB", "AUX", "CCONJ", "ADP"}
            or doc[end].lower_ in {"et", "a", "ont"}
        ):
            continue  # the capitals run on: not a bare name
        name = span_text(text, doc, start, end)
        # `surname_at` checked it; « le Premier ministre De Smet »: its particles before it
        particles = name_particles()
        surname = (
            start in direct
            and (
                end - start == 1
                # « le Premier ministre De Smet »; not « Le Président Du Faso », a title in
                # capitals whose own preposition the particle is
                or doc[start - 1].text.islower()
                and all(t.lower_ in particles for t in doc[start : end - 1])
                and surname_at(doc, end - 1)
            )
        )
        if names.get(name) or not surname and not looks_like_person(doc, start, end):
            continue
        for cand in [c for c in model if c.tok_start < end and start < c.tok_end]:
            if cand.actor.kind != "person":
                model.remove(cand)  # the model's ORG/LOC reading gives way
        found.append(
            Candidate(
                start,
                end,
                Actor(f"person:{slug(name)}", name, "person"),
                "rule",
                "title-apposition",
                2,
            )
        )
        taken.update(range(start, end))
    return found


def people_coordinated(doc, text, model, persons) -> list[Candidate]:
    """'Ilze Berzina et Andris Kalnins', 'X, Y et Z': a bare name joined to a person by
    'et' or a comma is a person too, whatever the model called it."""
    found = []
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    names = lexicon.countries()[1]
    for c in sorted(persons, key=lambda c: c.tok_start):
        i = c.tok_end
        if i >= len(doc) or doc[i].lower_ not in {"et", ","}:
            continue
        start = i + 1
        end = _name_end(doc, start)
        if end == start or start in taken or doc[start].is_sent_start:
            continue
        name = span_text(text, doc, start, end)
        if names.get(name) or not looks_like_person(doc, start, end):
            continue
        if any(
            c2.tok_start < end
            and start < c2.tok_end
            and c2.actor.kind == "organization"
            and c2.method == "lexicon"
            for c2 in model
        ):
            continue
        for cand in [m for m in model if m.tok_start < end and start < m.tok_end]:
            model.remove(cand)
        found.append(
            Candidate(
                start,
                end,
                Actor(f"person:{slug(name)}", name, "person"),
                "rule",
                "coordinated-name",
                2,
            )
        )
        taken.update(range(start, end))
    return found


# words that end a name written in capitals (every word is capitalised there)
_CAPITALS_BREAK = frozenset(
    {"au", "aux", "à", "a", "en", "et", "pour", "sur", "dans", "avec", "par", "chez", "vers"}
    | {"ont", "est", "sont", "se", "qui", "lors"}
)


def people_after_honorifics(doc, text, model, persons) -> list[Candidate]:
    """'M. Papikyan', 'Son Excellence Marc Étienne Dossou': the capitalised words right
    after an honorific are a person, whatever the model called them (MISC, ORG or
    nothing). Name particles ('bin', 'de', 'Al') may stand inside."""
    honorifics = lexicon.honorifics()
    particles = name_particles()
    names = lexicon.countries()[1]
    taken = {i for c in persons for i in range(c.tok_start, c.tok_end)}
    found = []
    for tok in tokens_with(doc, "ORTH", honorifics, 0, -1):
        if tok.i + 1 in taken:
            continue
        start = end = tok.i + 1
        while end < len(doc) and end - start < 7 and not doc[end].is_sent_start:
            word = doc[end]
            capital = (  # 'Jean-Paul': a compound first name is a name's word too
                word.text[:1].isupper()
                and word.text.replace("-", "").isalpha()
                and word.text not in honorifics
            )
            particle = (
                word.lower_ in particles and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            )
            if not (capital or particle):
                break
            if end - start >= 2 and title_after_name(doc, end):
                break  # « MONSIEUR PAUL DURAND PRESIDENT DE LA REPUBLIQUE »: the title
            if word.is_upper and word.lower_ in _CAPITALS_BREAK:
                break  # « M. PAUL DURAND AU GHANA »: in capitals, the words go on
            end += 1
        if end == start or doc[end - 1].lower_ in particles:
            continue
        name = span_text(text, doc, start, end)
        if (
            names.get(name)
            or fold(doc[start].text) in lexicon.title_words()
            or doc[start].lower_ in {"le", "la"}
            and fold(doc[start + 1].text) in lexicon.title_words()
        ):
            continue  # "M. le ministre", "Monsieur Le Président", a country: not a name
        if (
            tok.text in ADDRESSES
            and tok.i > 0
            and doc[tok.i - 1].pos_ in {"DET", "NOUN", "PROPN"}
            and not doc[tok.i - 1].is_sent_start
        ):
            continue  # « l'enseigne Monsieur Bricolage », « le Monsieur Sécurité »: a name
            # of something, not a form of address
        for cand in [c for c in model if c.tok_start < end and start < c.tok_end]:
            model.remove(cand)  # the model's reading of these words gives way
        found.append(
            Candidate(
                start, end, Actor(f"person:{slug(name)}", name, "person"), "rule", "honorific", 2
            )
        )
    return found


def merge_short_names(result: ActorResult) -> None:
    """'M. Le Gall' after 'Anne-Sophie Le Gall': the same person, not a second one; and
    'Mme Hoshino' after 'Hoshino Emi' (the family name first, as Japanese, Chinese and
    Korean names are often written) when one two-word name alone starts with it; and
    'Guy Mbala' after 'Guy Mbala Kitenge'."""
    people = sorted(
        (a for a in result.actors.values() if a.kind == "person"), key=lambda a: -len(a.name)
    )
    first_at: dict[str, int] = {}
    for m in result.mentions:
        first_at[m.actor_id] = min(first_at.get(m.actor_id, m.tok_start), m.tok_start)
    for short in list(people):
        people = [a for a in people if a.actor_id in result.actors]  # not those merged
        if short.actor_id not in result.actors:
            continue
        # « M. MOREL – » in a transcript is the « Paul Morel » named before: capitals aside
        # (two people of one surname: the first of the longest names, as before)
        full = next(
            (
                a
                for a in people
                if len(a.name) > len(short.name)
                and a.name.casefold().endswith(" " + short.name.casefold())
            ),
            None,
        )
        if full is None and " " not in short.name:
            first = [
                a
                for a in people
                if a.name.startswith(short.name + " ") and len(a.name.split()) == 2
            ]
            full = first[0] if len(first) == 1 else None
        if full is None and " " in short.name:
            # 'Guy Mbala' after 'Guy Mbala Kitenge': a name of two words or more
            # that begins one longer name alone is that person, the last names left out
            # (named after it, and not given another title: « le roi Juan Carlos » is not
            # « le président Juan Carlos Ortega »)
            longer = [a for a in people if a.name.startswith(short.name + " ")]
            full = longer[0] if len(longer) == 1 else None
            if full is not None and (
                first_at.get(full.actor_id, 0) > first_at.get(short.actor_id, 0)
                or short.role
                and full.role
                # another title: « roi » is not « président »; « vice-premier ministre
                # congolais » may be « vice-premier ministre, ministre de … »
                and short.role.split()[0].lower() != full.role.split()[0].lower()
            ):
                full = None
        if full is None:
            continue
        for m in result.mentions:
            if m.actor_id == short.actor_id:
                m.actor_id, m.rule = full.actor_id, "surname"
        full.role = full.role or short.role
        full.affiliation_id = full.affiliation_id or short.affiliation_id
        del result.actors[short.actor_id]


def link_surnames(result: ActorResult, doc, text: str):
    """A later 'Dubreuil' or 'M. Dubreuil' is the 'Claire Dubreuil' named earlier in the article."""
    surnames: dict[str, str] = {}
    firsts: dict[str, list[Actor]] = {}
    for aid, a in result.actors.items():
        if a.kind == "person" and " " in a.name:
            surnames.setdefault(a.name.split()[-1], aid)
            firsts.setdefault(a.name.split()[0], []).append(a)
    # 'Meng Qiao … a déclaré Meng': a name of two words written family name first is later
    # called by its first word; taken only where the model reads that word alone as a
    # person, and where one person alone starts with it (not « Guo Ping » and « Guo Lan »)
    family_first = {
        w: only[0].actor_id
        for w, only in firsts.items()
        if len(only) == 1 and len(only[0].name.split()) == 2 and w not in surnames
    }
    surnames.update(family_first)
    if not surnames:
        return
    taken = {i for m in result.mentions for i in range(m.tok_start, m.tok_end)}
    first_seen: dict[str, int] = {}
    for m in result.mentions:  # the first mention, not the last
        first_seen[m.actor_id] = min(first_seen.get(m.actor_id, m.tok_start), m.tok_start)
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surnames)) + r")(?!\w)")
    for found in words.finditer(text):  # a search of the text, not a walk over every token
        span = doc.char_span(found.start(), found.end())
        if span is None or len(span) != 1:
            continue
        aid, i = surnames[found.group()], span.start
        if found.group() in family_first and not _first_word_is_them(doc, i):
            continue
        if i <= first_seen.get(aid, 10**9):
            continue  # named before the person: someone or something else
        if i not in taken or _mention_is_surname(result, doc, i):
            add(result, doc, i, i + 1, aid, "rule", "surname")


def _first_word_is_them(doc, i: int) -> bool:
    """« a déclaré dimanche Meng », « M. Meng »: the first word of a name alone, read by the
    model as a person, with no title of its own before it (« le pape Léon », « le roi
    Karl » are someone else) and not introduced as someone new (« Thomas, député de la
    Moselle, … »)."""
    if not _alone_a_person(doc[i]):
        return False
    prev = doc[i - 1] if i else None
    if prev is not None and (
        fold(prev.text) in lexicon.title_words()
        or prev.is_lower
        and prev.pos_ == "NOUN"
        and prev.lower_ not in calendar_words() | _TIMES_OF_DAY
    ):
        return False  # « le pape Léon », « le porte-avions Paul »; not « mardi soir Meng »
    # « Thomas, député de la Moselle, … », « Thomas, le député … »: someone introduced
    k = i + 2
    if k < len(doc) and doc[i + 1].text == "," and doc[k].pos_ == "DET":
        k += 1
    return not (
        k < len(doc)
        and doc[i + 1].text == ","
        and doc[k].is_lower
        and doc[k].pos_ == "NOUN"
        and fold(doc[k].text) in lexicon.title_words()
    )


_TIMES_OF_DAY = frozenset({"soir", "matin", "midi", "après-midi", "soirée", "matinée", "nuit"})


def _alone_a_person(tok) -> bool:
    """The model reads this word alone as a person's name (a one-word PER entity)."""
    return (
        tok.ent_type_ == "PER"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    )


def _model_only_body(result: ActorResult, actor, doc, i: int) -> bool:
    """An organisation only the model saw, here and everywhere it is named (not « le groupe
    Vallourec … Vallourec a remporté », a company named so by the text), standing as a
    subject (« », a déclaré mardi Morel »)."""
    if actor.kind != "organization":
        return False
    if any(m.actor_id == actor.actor_id and m.rule != "ner-org" for m in result.mentions):
        return False
    return doc[i].dep_ in {"nsubj", "nsubj:pass"}


def _mention_is_surname(result: ActorResult, doc, i: int) -> bool:
    """« le sénateur Paul Lincoln … Lincoln a déclaré »: a one-word place the gazetteer found,
    or a one-word organisation only the model saw (« », a déclaré mardi Morel »), where a
    person named before is meant, when no preposition says it is a place (« à Lincoln »);
    the mention goes (and its actor, if nothing else names it)."""
    here = [m for m in result.mentions if m.tok_start <= i < m.tok_end]
    if len(here) != 1 or here[0].tok_end - here[0].tok_start != 1:
        return False
    place = result.actors.get(here[0].actor_id)
    if place is None or not (place.kind == "place" or _model_only_body(result, place, doc, i)):
        return False
    tok = doc[i]
    # the subject of a verb, alone (« Lincoln a déclaré »), not after a preposition, not
    # coordinated with another place (« Paris et Berlin », « entre Lincoln et Omaha »)
    if tok.dep_ not in {"nsubj", "nsubj:pass"} or i and doc[i - 1].pos_ == "ADP":
        return False
    if tok.dep_ == "conj" or any(c.dep_ in {"conj", "appos"} for c in tok.children):
        return False
    result.mentions.remove(here[0])
    if not any(m.actor_id == place.actor_id for m in result.mentions):
        del result.actors[place.actor_id]
    result.forget_index()  # a mention went and another comes: the counts stay the same
    return True
