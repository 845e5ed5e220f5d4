"""Companies named after a company noun ('le groupe sud-coréen X', 'le fabricant de
drones X') and the words that end a company's name."""

from __future__ import annotations

from ...base.text import fold, slug
from .. import lexicon
from ..model import Actor
from ..nlp import tokens_with
from .base import LINKS, Candidate, is_demonym, keys_of, names_something_else, span_text


def cued_companies(doc, text) -> list[Candidate]:
    """'le groupe sud-coréen Dalmi', 'le missilier européen Arcam', 'l'entreprise polonaise
    WZ Group', 'le géant brésilien du BTP Construra': a company noun, its
    adjectives and complement, then a name -> that name is a company, whatever the model
    called it."""
    heads = keys_of(tuple(lexicon.knowledge().triggers["context"]["company_heads"]))
    out, n = [], len(doc)
    for tok in doc:
        if lexicon.key(tok.lemma_ or tok.lower_) not in heads or tok.text[:1].isupper():
            continue
        j = tok.i + 1
        while (
            j < n
            and j - tok.i <= 5
            and (
                doc[j].pos_ == "ADJ"
                and doc[j].text.islower()
                or is_demonym(doc[j])
                and doc[j].text.islower()
                or doc[j].lower_ in LINKS
                or doc[j].text.islower()  # "de drones", tagged anyhow
                and doc[j].is_alpha
                and doc[j].pos_ not in {"VERB", "AUX"}
                and doc[j - 1].lower_ in LINKS
            )
        ):
            j += 1
        start = end = j
        while (
            end < n
            and end - start < 4
            and not doc[end].is_sent_start
            and (
                doc[end].text[:1].isupper()
                and (doc[end].is_alpha or "-" in doc[end].text)
                or doc[end].text in {"&"}
                and end > start
            )
        ):
            end += 1
        if end == start or fold(doc[start].text) in lexicon.title_words():
            continue
        name = span_text(text, doc, start, end)
        if lexicon.countries()[1].get(name) or fold(name) in lexicon.media():
            continue
        actor = Actor(f"org:{slug(name)}", name, "organization")
        # the noun before says what it is: above the model's label ("le fabricant
        # américain Lockheed Martin" read as a person)
        out.append(Candidate(start, end, actor, "rule", "company-cue", 3))
    return out


def product_makers(doc, text, known: set[int]) -> list[Candidate]:
    """'le système de navigation inertielle de Valcor', 'le missile Orage de Kestrel': the
    one capitalised name after « de » that ends a product's phrase is its maker, a company
    (not a state, a place, a people, a title or a body the lexicons know)."""
    heads = lexicon.product_heads()
    out, n = [], len(doc)
    # the words whose key (their NORM, set by nlp.ensure_norms) is a product's head
    for tok in tokens_with(doc, "NORM", heads):
        if tok.pos_ != "NOUN":
            continue
        j = tok.i + 1
        while j < n and j - tok.i <= 8:  # its complement: "de navigation inertielle", "Orage"
            t = doc[j]
            if t.lower_ in {"de", "d'"} and j + 1 < n and doc[j + 1].text[:1].isupper():
                start = j + 1
                end = start + 1
                boundary = end >= n or doc[end].text in {",", ".", ";", ")", "et"}
                name = span_text(text, doc, start, end)
                if (
                    boundary
                    and doc[start].is_alpha
                    and start not in known
                    and not names_something_else(name)
                    and fold(name) not in lexicon.media()
                ):
                    actor = Actor(f"org:{slug(name)}", name, "organization")
                    out.append(Candidate(start, end, actor, "rule", "product-maker", 3))
                break
            if not (t.text.islower() and t.is_alpha or t.text[:1].isupper() and t.is_alpha):
                break
            j += 1
    return out


def company_word(tok) -> bool:
    return tok.text in lexicon.company_words()


def listed_with_bodies(doc, text, chosen: list[Candidate]) -> list[Candidate]:
    """'Airbus Helicopters, Thales et MBDA': a capitalised name the model left out, in a
    list whose other items are organisations, is one too, before or after them ('(Safran
    et General Electric)'), but not a country, a people, a title or a place: 'Thales et
    Paris' stays as it is."""
    used = {i for c in chosen for i in range(c.tok_start, c.tok_end)}
    orgs = sorted((c for c in chosen if c.actor.kind == "organization"), key=lambda c: c.tok_start)
    out, n = [], len(doc)
    for c in orgs:
        i = c.tok_end
        while i + 1 < n and doc[i].text in {",", "et"}:
            j = i + 1
            if doc[i].text == "," and doc[j].lower_ == "et":
                j += 1
            end = j
            while (
                end < n
                and end - j < 3
                and end not in used
                and not doc[end].is_sent_start
                and doc[end].text[:1].isupper()
                and (doc[end].is_alpha or "-" in doc[end].text)
            ):
                end += 1
            if end == j or doc[j].text in lexicon.honorifics():
                break  # « …, Madame X »: a person in apposition, not a body listed
            name = span_text(text, doc, j, end)
            if names_something_else(name) or fold(doc[j].text) in lexicon.title_words():
                break
            actor = Actor(f"org:{slug(name)}", name, "organization")
            out.append(Candidate(j, end, actor, "rule", "listed-with-bodies", 1))
            used |= set(range(j, end))
            i = end
        # before it: '(Safran et General Electric)', 'de Safran et de Thales'
        k = c.tok_start - 1
        if k > 0 and doc[k].lower_ in {"de", "d'"} and doc[k - 1].lower_ == "et":
            k -= 1
        if k < 1 or doc[k].lower_ != "et":  # not "Mardi, Thales a annoncé"
            continue
        start = end = k
        while (
            start > 0
            and end - start < 3
            and start - 1 not in used
            and doc[start - 1].text[:1].isupper()
            and (doc[start - 1].is_alpha or "-" in doc[start - 1].text)
            and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN")
        ):
            start -= 1
        if start == end:
            continue
        name = span_text(text, doc, start, end)
        if names_something_else(name) or fold(doc[start].text) in lexicon.title_words():
            continue
        actor = Actor(f"org:{slug(name)}", name, "organization")
        out.append(Candidate(start, end, actor, "rule", "listed-with-bodies", 1))
        used |= set(range(start, end))
    return out
