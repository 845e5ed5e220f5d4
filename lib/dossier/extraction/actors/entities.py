"""The model's entities, checked: a PER that is a title or a company, an ORG that is a
portfolio, a LOC that is a country or a tiny namesake, each given its kind and id."""

from __future__ import annotations

import functools

from ...base.text import fold, slug
from .. import lexicon
from ..model import Actor
from ..nlp import common_nouns, infinitive, is_infinitive, verb_forms
from .base import (
    LINKS,
    NOT_PERSON_POS,
    Candidate,
    display,
    is_demonym,
    name_particles,
    span_text,
    title_after_name,
    trim_span,
)
from .companies import company_word
from .places import after_region_word, notable_city, of_a_place, placed

# how speech opens after a speaker's label (« LE PRÉSIDENT – Bonjour », « M. X – Je… »)
_SPEECH_OPENERS = {
    "je",
    "j'",
    "j’",
    "nous",
    "bonjour",
    "bonsoir",
    "merci",
    "monsieur",
    "madame",
    "oui",
    "non",
    "eh",
}


def _spaced_dash(tok) -> bool:
    """A dash written apart from the words around it and followed by the opening of
    speech (« LE PRÉSIDENT – Bonjour », « M. DUPONT – Je »): a speaker's label ends
    there. Not the hyphen of a name (« Jean-Yves »), nor « Conseil – Coopération »."""
    doc = tok.doc
    return (
        tok.text in {"-", "–", "—"}
        and bool(tok.whitespace_)
        and 0 < tok.i < len(doc) - 1
        and bool(doc[tok.i - 1].whitespace_)
        and doc[tok.i + 1].lower_ in _SPEECH_OPENERS
    )


# honorifics that only ever open a person's name: never inside another name
_NAME_OPENERS = frozenset({"M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle"})


def _body_head(tok) -> bool:
    """A capitalised noun that opens the names of bodies (« Agence », « Office »)."""
    return (
        tok.text[:1].isupper()
        and lexicon.key(tok.lemma_ or tok.lower_) in lexicon.institution_heads()
    )


def model_entities(doc, text) -> list[Candidate]:
    out = []
    for ent in doc.ents:
        label = ent.label_
        # a name the model called MISC (or a place it knows nowhere) that acts: the subject
        # of a verb or its agent ('X mobilisera ses usines', 'signé par X')
        unknown_place = not lexicon.places().get(ent.text) and not placed(doc, ent.start)
        if (label == "MISC" or label == "LOC" and unknown_place) and _acts(doc, ent):
            label = "ORG"
        elif label == "MISC" and len(ent) > 1 and company_word(ent[-1]):
            label = "ORG"  # 'Vestra Helicopters', wherever it stands: a company's name
        if label not in {"PER", "LOC", "ORG"}:
            continue
        start, end = trim_span(doc, ent.start, ent.end)
        # 'LE PRÉSIDENT – Bonjour', 'M. DUPONT – Je': a dash between spaces ends a name
        cut = next((t.i for t in doc[start:end] if _spaced_dash(t)), None)
        if cut is not None:
            start, end = trim_span(doc, start, cut)
        # 'à Rio M. Jean Dupont': a place's span run over the honorific of the person after
        cut = next((t.i for t in doc[start + 1 : end] if t.text in _NAME_OPENERS), None)
        if cut is not None:
            start, end = trim_span(doc, start, cut)
        if start >= end or "\n" in doc[start:end].text:
            continue
        if label != "PER" and _state_form(doc, start, end):
            continue  # « en République fédérale du Nigéria »: the state, found by its name
        if _document_part(doc, start, end):
            continue  # « le Chapitre VII de la Charte », « l'Article 5 »: a text's part
        first = doc[start]
        if not first.text[:1].isupper() or end - start > 8:
            continue
        if all(t.text in lexicon.honorifics() or t.lower_ == "et" for t in doc[start:end]):
            continue  # "MONSIEUR", "MESDAMES ET MESSIEURS": an address, nobody named
        if any(
            t.text in {"«", "»", '"'}
            or t.pos_ in {"VERB", "AUX"}
            and not (t.text[:1].isupper() and not t.is_sent_start)
            # « l'Agence coréenne de défense »: an adjective the parse tags as a verb, hung
            # on a noun of the name, is no verb when no verb has that form (« La
            # Secrétaire générale rappelle… » has one)
            and not (
                t.dep_ == "amod"
                and start <= t.head.i < end
                and t.head.i != t.i
                and t.lower_ not in verb_forms()
                and not infinitive(t.lower_)
            )
            for t in doc[start:end]
        ):
            continue  # a verb inside is no name (a capitalised word inside one is no verb)
        name = span_text(text, doc, start, end)
        if sum(ch.isalpha() for ch in name) < 2:
            continue  # « R- D'abord… », « Q- »: a transcript's question and answer marks
        company = next((k for k in range(start, end) if company_word(doc[k])), None)
        while (  # "Nordvik Defence and Space": the name runs over "and" and its capitals
            company is not None
            and company + 1 < end
            and (company_word(doc[company + 1]) or doc[company + 1].lower_ in {"and", "&"})
        ):
            company += 2 if doc[company + 1].lower_ in {"and", "&"} else 1
        if company is not None and company + 1 < end and label != "PER":
            # "Defense Security Cooperation Agency": a company word inside a longer name,
            # unless a title says a person follows ("le président de X Group Jonas Y")
            titled = any(
                fold(doc[k].text) in lexicon.title_words() for k in range(max(0, start - 3), start)
            )
            if not titled or any(
                doc[k].text in lexicon.institution_words() for k in range(company + 1, end)
            ):
                company = None
        if company is not None and (company > start or start > 0 and doc[start - 1].is_title):
            # "Baltic Group Jonas Petraitis", "Kestrel Dock Shipbuilders" (PER), "Orsa
            # Ammo" (LOC): the name up to its company word is a company, the rest a person
            first = start
            while (
                first > 0
                and doc[first - 1].text[:1].isupper()
                and doc[first - 1].is_alpha
                and not doc[first].is_sent_start
                and fold(doc[first - 1].text) not in lexicon.title_words()
            ):
                first -= 1
            org = span_text(text, doc, first, company + 1)
            out.append(
                Candidate(
                    first,
                    company + 1,
                    Actor(f"org:{slug(org)}", org, "organization"),
                    "model",
                    "company-name",
                    2,
                )
            )
            if end - company - 1 < 2:
                continue
            start, label = company + 1, "PER"
            name = span_text(text, doc, start, end)
        if label == "PER" and any(t.text in lexicon.institution_words() for t in doc[start:end]):
            # "Général de Saranac Economic Council": an institution the model took for a person
            start, end = _strip_titles(doc, start, end)
            while start < end and doc[start].lower_ in LINKS:
                start += 1
            label, name = "ORG", span_text(text, doc, start, end)
        if label == "PER":
            start, end = _strip_titles(doc, start, end)
            if start >= end:
                continue
            while (  # "Vaidas Kasperaitis" + "-Rimkus": the model stops at the hyphen
                end + 1 < len(doc)
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].text[:1].isupper()
            ):
                end += 2
            if not looks_like_person(doc, start, end):
                name = span_text(text, doc, start, end)
                codes = lexicon.places().get(name) if notable_city(name) else None
                if codes:  # "Washington", "Abou Dhabi" taken for people: known places
                    actor = Actor(
                        f"place:{slug(name)}", name, "place", codes[0], alternatives=tuple(codes)
                    )
                    out.append(Candidate(start, end, actor, "model", "ner-per-place", 1))
                continue
            if of_a_place(doc, start):  # "la ville de Zarnowo Wielkie": a place, not someone
                name = span_text(text, doc, start, end)
                actor = Actor(f"place:{slug(name)}", name, "place")
                out.append(Candidate(start, end, actor, "model", "ner-per-place", 1))
                continue
            name = display(span_text(text, doc, start, end))
            out.append(
                Candidate(
                    start, end, Actor(f"person:{slug(name)}", name, "person"), "model", "ner-per", 2
                )
            )
        elif label == "LOC":
            # A place is a known city, or at least stands after "à" ("à Ecouen");
            # "Le Brexit est venu…" is not a place.
            codes = lexicon.places().get(name)
            if len(name) < 3 or codes is None and not any(t.pos_ == "PROPN" for t in ent):
                continue  # "États membres": a common noun the model capitalised
            if not placed(doc, start) and not notable_city(name):
                continue  # "Liberty", "Union": small towns somewhere, words here
            if codes and after_region_word(doc, start) and not notable_city(name):
                codes = None  # "en Floride", "au Darfour": a region, not a namesake town
            actor = Actor(
                f"place:{slug(name)}",
                name,
                "place",
                country=(codes or [""])[0],
                alternatives=tuple(codes or ()),
            )
            out.append(Candidate(start, end, actor, "model", "ner-loc", 1))
        elif start < end:
            span_end = end
            body = _body_head(first)
            if body and not any(t.text[:1].isupper() for t in doc[start + 1 : end]):
                # « l'Agence spatiale canadienne », « la Corporation commerciale
                # canadienne »: the nationality ends the body's name, also when the model
                # left it out (tagged as a verb)
                while (
                    end < len(doc)
                    and end - start < 8
                    and doc[end].text.islower()
                    and doc[end].dep_ == "amod"
                    and start <= doc[end].head.i < end
                    and is_demonym(doc[end])
                ):
                    end += 1
            else:
                # "les Orage français", "les Orage version Marine": a product, its variant
                while end - start > 1 and (
                    is_demonym(doc[end - 1]) or doc[end - 1].lower_ == "version"
                ):
                    end -= 1
            cut = next((k for k in range(start + 1, end) if doc[k].lower_ == "version"), end)
            start, end = start, cut
            name = span_text(text, doc, start, end)
            common = common_nouns()
            if (
                end - start == 1
                and not first.text.isupper()
                and (
                    first.lower_ in common
                    or first.lemma_.lower() in common
                    or first.lower_.endswith("s")
                    and first.lower_[:-1] in common  # « Contacts » (the lemma kept the s)
                    or is_infinitive(first.text)
                )
            ):
                continue  # a capitalised common noun ("Commerce", "Partis") or verb
                # ("Investir", a headline's first word), not a body
            if fold(name) in lexicon.portfolios():
                continue  # "Affaires étrangères" left from a title, not a body
            rest = doc[start + 1 : end]
            if (
                lexicon.key(first.lemma_ or first.lower_) in lexicon.title_keys()
                and not any(t.text[:1].isupper() for t in rest)
                # « le Haut commandement militaire »: an adjective before a body's noun
                and not (
                    first.pos_ == "ADJ"
                    and any(lexicon.key(t.lower_) in lexicon.institution_heads() for t in rest)
                )
            ):
                continue  # « La Secrétaire générale rappelle… »: a title, no body
            # « l'Agence spatiale canadienne », « la Force Épervier française »: the state's
            words = list(doc[start + 1 : end])
            if span_end < len(doc) and doc[span_end].dep_ == "amod":
                words.append(doc[span_end])  # outside the name, still its state
            state = next((is_demonym(t) for t in words if is_demonym(t)), "")
            out.append(
                Candidate(
                    start,
                    end,
                    Actor(
                        f"org:{slug(name)}",
                        name,
                        "organization",
                        country=state if body else "",
                    ),
                    "model",
                    "ner-org",
                    1,
                )
            )
    return out


# words a sentence may open with before a name: "Ni M. Korhonen ni…", "Et Lindqvist…"
LEADING_WORDS = {
    "ni",
    "et",
    "mais",
    "or",
    "donc",
    "car",
    "selon",
    "pour",
    "avec",
    "par",
    "quant",
    "outre",
    "aussi",
    "puis",
    "dont",
    # a greeting or an address before a name: "Bonjour Jean Morel", "Merci Madame X"
    "bonjour",
    "bonsoir",
    "bienvenue",
    "merci",
    "cher",
    "chère",
    "chers",
}


# folded: « République », « Fédération »…
_STATE_FORMS = frozenset(
    {"republique", "royaume", "federation", "emirat", "sultanat", "principaute"}
)


def _state_form(doc, start: int, end: int) -> bool:
    """« République Fédérale » before « du Nigéria », « Royaume » before « du Maroc »: the
    form of a state's official name (the form and its adjectives, nothing else), whose
    state the name after it is."""
    if fold(doc[start].text) not in _STATE_FORMS or end + 1 >= len(doc):
        return False
    if end - start > 3 or any(t.pos_ in {"ADP", "DET"} or t.is_punct for t in doc[start:end]):
        return False  # « la Fédération nationale des anciens combattants du Mali »: a body
    if doc[end].lower_ not in {"de", "du", "d'", "des"}:
        return False
    j = end + 1
    if doc[j].lower_ in {"la", "l'", "le", "les"} and j + 1 < len(doc):
        j += 1
    folded = _folded_state_names()
    return any(fold(doc[j:k].text) in folded for k in range(j + 1, min(j + 4, len(doc) + 1)))


@functools.cache
def _folded_state_names() -> frozenset[str]:
    """Every state's name the lexicon knows, folded."""
    return frozenset(fold(n) for n in lexicon.countries()[1])


_DOCUMENT_PARTS = frozenset(
    {"chapitre", "article", "alinea", "paragraphe", "section", "annexe", "titre"}
)
_ROMAN = frozenset("IVXLC")


def _document_part(doc, start: int, end: int) -> bool:
    """« Chapitre VII », « Article 5 »: a part of a text and its number, no one."""
    if fold(doc[start].text) not in _DOCUMENT_PARTS or start + 1 >= len(doc):
        return False
    nxt = doc[start + 1].text
    return nxt.isdigit() or set(nxt.upper()) <= _ROMAN and end - start <= 2


def _acts(doc, ent) -> bool:
    """Whether an entity is the subject or the agent of a verb (directly or coordinated
    with one), and reads as a name of two words or more: capitals, no digits (not 'F-35',
    'Mk III'; not 'le Brexit a compliqué')."""
    if (
        len(ent) < 2
        or any(t.like_num or any(c.isdigit() for c in t.text) for t in ent)
        or not all(t.text[:1].isupper() or t.lower_ in LINKS for t in ent)
    ):
        return False
    head = ent.root
    while head.dep_ in {"conj", "flat:name"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"nsubj", "nsubj:pass", "obl:agent"}:
        return head.head.pos_ in {"VERB", "AUX"}
    return head.dep_.startswith("obl") and any(
        c.dep_ == "case" and c.lower_ == "par" for c in head.children
    )


# the honorifics that are also words of address: used as such, never inside a name
ADDRESSES = frozenset(
    {
        "Madame",
        "Monsieur",
        "Mademoiselle",
        "Mesdames",
        "Messieurs",
        "MADAME",
        "MONSIEUR",
        "MADEMOISELLE",
        "MESDAMES",
        "MESSIEURS",
    }
)


def _strip_titles(doc, start, end):
    if doc[start].text in ADDRESSES and start > 0 and doc[start - 1].pos_ in {"DET", "NOUN"}:
        return start, start  # « le magazine Madame X »: a title of something, no one named
    honorifics, title_words = lexicon.honorifics(), lexicon.title_words()
    english = lexicon.english_titles()
    while start < end and (
        doc[start].text in honorifics
        or fold(doc[start].text) in title_words
        or doc[start].text in english
        or doc[start].lower_ in LEADING_WORDS
        and end - start > 1
        or _possessive_honorific(doc, start)
    ):
        start += 1
    # « PAUL DURAND PRESIDENT DE LA REPUBLIQUE »: the model ran the name into the title
    # that follows it with no comma (a title word inside the name, something after it)
    cut = next((i for i in range(start + 2, end - 1) if title_after_name(doc, i)), end)
    return start, cut


def _possessive_honorific(doc, i: int) -> bool:
    """'Son' / 'Sa' in 'Son Excellence', 'Sa Majesté': part of the honorific."""
    return (
        doc[i].lower_ in {"son", "sa"}
        and i + 1 < len(doc)
        and doc[i + 1].text in lexicon.honorifics()
    )


def looks_like_person(doc, start, end) -> bool:
    particles = name_particles()
    toks = [t for t in doc[start:end] if t.lower_ not in particles and not t.is_punct]
    if len(toks) < 2 and not _titled(doc, start):
        return False
    if any(not t.text[:1].isupper() for t in toks):
        return False
    names = lexicon.countries()[1]
    if (
        names.get(toks[-1].text)
        and not _named_by_the_model(doc, start, end)
        or len(toks) == 1
        and names.get(toks[0].text)
    ):
        return False  # "Corée du Sud"; a first name such as "Dominique" is fine, and a
        # surname such as "Hollande" when the model read the whole as a person's name
    common = sum(1 for t in toks if t.pos_ in NOT_PERSON_POS)
    return common * 2 <= len(toks) or (len(toks) == 1 and _titled(doc, start))


def _named_by_the_model(doc, start, end) -> bool:
    """The words are one PER entity of the model: a given name (no common noun, country
    name or title word: 'Paul Hollande', not 'République de Corée' or 'Déclaration
    Canada-France'), then the country word right after it (not 'Barkhane du Mali')."""
    first = doc[start]
    return (
        end - start == 2
        and first.ent_type_ == "PER"
        and first.ent_iob_ == "B"
        and doc[start + 1].ent_iob_ == "I"
        and (end == len(doc) or doc[end].ent_iob_ != "I")
        and first.is_alpha
        and first.lower_ not in common_nouns()
        and not lexicon.countries()[1].get(first.text)
        and fold(first.text) not in lexicon.title_words()
    )


def _titled(doc, start) -> bool:
    return start > 0 and doc[start - 1].text in lexicon.honorifics()
