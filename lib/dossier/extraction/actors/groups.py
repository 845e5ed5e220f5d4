"""Collectives named by what they are ('les alliés', '19 pays', 'les Vingt-Sept') and
the members a text lists for them."""

from __future__ import annotations

import functools

from ...base.text import fold, slug
from .. import lexicon
from ..model import Actor
from .base import ARTICLES, DE_FORMS, DETERMINERS, ActorResult, Candidate, span_text
from .bodies import skip


def find_groups(doc, text, known: dict[int, int] | None = None) -> list[Candidate]:
    """'les partenaires indo-pacifiques' -> group:indo-pacifique; '17 pays', 'les États
    membres', 'les pays signataires', 'les alliés', 'les Vingt-Sept' -> their own group.
    A generic 'des pays africains' is no actor; 'les deux pays' points back to two states
    (commitments resolve it) and makes no group."""
    heads, regions, counted, qualifiers, alone = _group_words()
    known = known or {}
    out = []
    for tok in doc[:-1]:
        lower = tok.lower_
        if not (  # what none of the branches below reads: most words, told cheaply
            lower in heads
            or lower in _ALLIES
            or lower == "membres"
            or tok.norm_ in heads
            or fold(tok.norm_) in counted
            or fold(tok.text) in alone
        ):
            continue
        if tok.lower_ == "membres":
            count = count_before(doc, tok.i)  # "les deux membres du Conseil" point back
            last = _of_body(doc, tok.i + 1, known)
            # "les membres du Conseil de sécurité", "… de l'Alliance", "les 15 membres du …"
            if count != 2 and last > tok.i + 1 and determined(doc, tok.i, allow_count=True):
                first = count_at(doc, tok.i) if count else tok.i
                name = span_text(text, doc, first, last)
                actor = Actor(f"group:{slug(name)}", name, "group")
                out.append(Candidate(tok.i, tok.i + 1, actor, "rule", "group-members", 3))
                continue
        collective = (
            fold(tok.text) in alone
            and not tok.is_sent_start
            or (tok.lower_ in _ALLIES and determined(doc, tok.i))
        )
        # "les Vingt-Sept", "les alliés" (not "les alliés européens": a region below)
        if collective and not regions.get(fold(doc[tok.i + 1].text)):
            name = span_text(text, doc, tok.i, _of_body(doc, tok.i + 1, known))
            out.append(
                Candidate(
                    tok.i,
                    tok.i + 1,
                    Actor(f"group:{slug(name)}", name, "group"),
                    "rule",
                    "group-collective",
                    3,
                )
            )
            continue
        nxt = doc[tok.i + 1]
        regional = bool(regions.get(fold(nxt.text)))  # "quatre partenaires indo-pacifiques"
        # "Etats membres": a capital's accent is often left out
        head_counted = fold(tok.norm_) in counted
        qualified = lexicon.key(nxt.lemma_ or nxt.lower_) in qualifiers
        quantified = _quantified(doc, tok.i) if head_counted and not regional else None
        if quantified is not None:
            # "de nombreux pays", "un certain nombre de pays": a set the text does not count
            end = tok.i + 2 if qualified else tok.i + 1  # "plusieurs États membres"
            name = span_text(text, doc, quantified, end)
            actor = Actor(f"group:{slug(name)}", name, "group")
            out.append(Candidate(quantified, end, actor, "rule", "group-quantified", 3))
            continue
        if (head_counted or tok.lower_ in heads) and not regional:
            count = number = count_before(doc, tok.i)
            at = count_at(doc, tok.i)
            if number and at > 0 and doc[at - 1].lower_ in {"les", "ces", "ses", "leurs"}:
                number = 0  # "les trois pays" points back to three states: no new group
            if number >= 3 or qualified and determined(doc, tok.i, allow_count=True):
                end = tok.i + 2 if qualified else tok.i + 1
                if (
                    qualified
                    and end + 1 < len(doc)
                    and doc[end].lower_ in {"de", "d'"}
                    and doc[end + 1].pos_ == "NOUN"
                    and doc[end + 1].text.islower()
                ):
                    end += 2  # "les pays contributeurs de troupes": a bare noun completes it
                # "six autres pays", "les cinq pays concernés": the count is in the name
                first = at if count >= 3 else tok.i
                name = span_text(text, doc, first, _of_body(doc, end, known))
                gid = slug(name)
                out.append(
                    Candidate(
                        first,
                        end,
                        Actor(f"group:{gid}", name, "group"),
                        "rule",
                        "group-collective",
                        3,
                    )
                )
                continue
        if tok.norm_ not in heads and tok.lower_ not in heads:
            continue
        gid = regions.get(fold(nxt.text))
        if not gid or tok.tag_ == "PROPN" and tok.text.isupper():
            continue
        if "Sing" in tok.morph.get("Number") and tok.lower_ not in {"pays"}:
            continue
        rule = "group-region"
        if not determined(doc, tok.i):
            # "des pays africains": any of them, no actor; "plusieurs pays européens" is a
            # set the text speaks of, as "plusieurs pays" is (and, as it, no antecedent),
            # unless it only says where ("présent dans de nombreux pays africains")
            first = _quantified(doc, tok.i)
            if first is None:
                continue
            k = first - 1 if first > 0 and doc[first - 1].lower_ in {"de", "d'"} else first
            if k > 0 and doc[k - 1].lower_ in _WHERE:
                continue
            rule = "group-quantified"
        name = span_text(text, doc, tok.i, tok.i + 2)
        out.append(
            Candidate(tok.i, tok.i + 2, Actor(f"group:{gid}", name, "group"), "rule", rule, 3)
        )
    return out


_WHERE = {"dans", "en", "à", "vers", "depuis", "chez"}


@functools.cache
def _group_words():
    """(group heads, folded regional adjectives -> group id, counted heads, qualifiers, and
    collectives read alone), built once."""
    k = lexicon.knowledge().groups
    heads = frozenset(f for h in k["heads"] for f in lexicon.inflections(h))
    regions = {fold(f): gid for adj, gid in k["regions"].items() for f in lexicon.inflections(adj)}
    c = k["collectives"]
    counted = frozenset(fold(lexicon.key(w)) for w in c["counted"])
    qualifiers = frozenset(lexicon.key(w) for w in c["qualifiers"])
    alone = frozenset(fold(w) for w in c["alone"])
    return heads, regions, counted, qualifiers, alone


_ALLIES = {"alliés", "alliées"}
_DEFINITE = {"les", "aux", "ses", "leurs", "nos", "vos", "ces", "mes", "tes"}


def determined(doc, i: int, allow_count: bool = False) -> bool:
    """'les pays nordiques', 'ses partenaires', 'entre alliés', 'des pays de l'OTAN' (of
    the): a definite set. 'des pays africains' at the head of a phrase: some of them."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ in {"ADJ", "NUM"} or allow_count and doc[k].like_num):
        k -= 1
    if k < 0:
        return False
    before = doc[k].lower_
    if before in _DEFINITE or before in {"entre", "tous", "toutes"}:
        return True
    # "le soutien des pays nordiques", "auprès des partenaires": 'des' after a noun or a
    # preposition built with 'de' is 'of the'
    return (
        before in {"des", "du"}
        and k > 0
        and (doc[k - 1].pos_ in {"NOUN", "PROPN"} or doc[k - 1].lower_ in _WITH_DE)
    )


_WITH_DE = {
    "auprès",
    "près",
    "lors",
    "autour",
    "sein",
    "part",
    "côtés",
    "côté",
    "faveur",
    "profit",
    "bénéfice",
    "compte",
    "nom",
    "égard",
    "adresse",
    "initiative",
}


def _of_body(doc, end: int, known: dict[int, int]) -> int:
    """Where a collective's name ends: over the body it belongs to ('les États membres du
    G5 Sahel', 'les alliés de l'OTAN'); its mention stops before it, so that the body stays
    an actor of its own."""
    if end < len(doc) and doc[end].lower_ in DE_FORMS:
        k = skip(doc, end + 1, len(doc), ARTICLES)
        if k in known:
            return known[k]
    return end


def _quantified(doc, i: int) -> int | None:
    """Where the quantifier before token i starts ('de nombreux pays' -> 'nombreux', 'un
    certain nombre de pays' -> 'certain'), or None."""
    quantifiers = _quantifiers()
    longest = len(quantifiers[0]) if quantifiers else 0  # they come longest first
    before = tuple(fold(t.text) for t in doc[max(0, i - longest) : i])  # folded once for all
    for words in quantifiers:
        start = i - len(words)
        if start >= 0 and before[len(before) - len(words) :] == words:
            return start
    return None


@functools.cache
def _quantifiers() -> tuple[tuple[str, ...], ...]:
    """Folded quantifier phrases, longest first, with their feminine forms."""
    out = set()
    for q in lexicon.knowledge().groups["collectives"].get("quantifiers", []):
        first, *rest = fold(q).split()
        for form in lexicon.inflections(first):  # "nombreuses"
            out.add((fold(form), *rest))
    return tuple(sorted(out, key=len, reverse=True))


def count_before(doc, i: int) -> int:
    """'17 pays', 'les trois pays', 'six autres pays' -> 17, 3, 6; anything else -> 0."""
    at = count_at(doc, i)
    if at < 0:
        return 0
    t = doc[at]
    if t.text.isdigit():
        return int(t.text)
    return lexicon.number_word(t.lower_)


def count_at(doc, i: int) -> int:
    """Where the count before token i stands (past « autres »), or -1."""
    k = i - 1
    if k > 0 and doc[k].lower_ in {"autres"}:
        k -= 1
    return k if k >= 0 and (doc[k].text.isdigit() or lexicon.number_word(doc[k].lower_)) else -1


def link_collectives(result: ActorResult) -> None:
    """'les États membres de la CEDEAO … les États membres': the short name is the
    collective named in full in the same article, when only one has that beginning."""
    groups = {aid: a for aid, a in result.actors.items() if a.kind == "group"}
    for aid, a in list(groups.items()):
        short = fold(a.name)
        longer = [  # named over a body ("… de la CEDEAO"); not "alliés européens"
            other
            for other, b in groups.items()
            if other != aid
            and fold(b.name).startswith(short + " ")
            and fold(b.name)[len(short) + 1 :].startswith(("de ", "du ", "des ", "d'"))
        ]
        if len(longer) != 1:
            continue
        for m in result.mentions:
            if m.actor_id == aid:
                m.actor_id = longer[0]
        del result.actors[aid]
        del groups[aid]


def find_members(result: ActorResult, doc):
    """'ses quatre partenaires indo-pacifiques – l’Australie, le Japon, … –': members."""
    for m in [m for m in result.mentions if result.actors[m.actor_id].kind == "group"]:
        i = m.tok_end
        sent_end = doc[m.tok_start].sent.end
        if i + 1 >= sent_end or not (
            doc[i].text in {"–", "—", "-", ":", "(", ","}
            or doc[i].lower_ in {"dont", "soit", "tels", "telles"}
        ):
            continue
        closer = {"–": "–", "—": "—", "-": "-", "(": ")"}.get(doc[i].text)
        i += 1
        found = []
        while i < sent_end:
            t = doc[i]
            if closer and t.text == closer:
                break
            mm = result.mention_at(i)
            if mm is not None and result.actors[mm.actor_id].kind == "country":
                found.append(mm.actor_id)
                i = mm.tok_end
                continue
            if t.lower_ in DETERMINERS or t.text in {",", "et", "que", "ainsi"} or t.is_space:
                i += 1
                continue
            break
        for member in dict.fromkeys(found):
            result.members.append((m.actor_id, member, m.tok_start))
