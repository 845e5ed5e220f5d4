"""The clause around a trigger, read from spaCy's dependency parse.

`clause_of(tok)` answers, for a trigger token: which verb carries it, who is that verb's
subject (inverted, coordinated, reflexive, relative 'qui', shared by a coordinated or
controlling verb: 'a assuré avoir signé'), whether it is passive and who its agent is
('signé par X et Y'), and which prepositional phrases hang on it ('avec X', 'à X',
'entre X et Y'). Only tokens come out: commitments.py turns them into actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .nlp import adjective_with_subject, participle_on_noun

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
# verbs whose own subject is missing take the subject of the verb they depend on
CLIMB_DEPS = {"xcomp", "conj", "advcl"}
# the parts of a phrase or clause that are clauses of their own
CLAUSAL_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "dep"}
RELATIVE = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
# « voir X partir », « laisser X décider »: the infinitive's subject is the verb's object
PERCEPTION_VERBS = {"voir", "entendre", "regarder", "écouter", "sentir", "laisser", "faire"}


@dataclass
class Clause:
    verb: int | None  # the verb carrying the trigger (None: a headline or a bare noun)
    subjects: list[int] = field(default_factory=list)  # heads of the subject phrases
    agents: list[int] = field(default_factory=list)  # 'par X' of a passive verb
    passive: bool = False
    borrowed: bool = False  # the subject is that of a governing verb
    tokens: frozenset[int] = frozenset()  # the clause's own tokens, nested clauses left out


def clause_of(tok) -> Clause:
    """The trigger's clause. A noun trigger ('leur volonté de', 'la signature d'un
    accord') belongs to the verb that governs it, if any."""
    verb = predicate(tok)
    if verb is None:  # "Signature d'un accord franco-indien…": the noun is all there is
        return Clause(None, tokens=frozenset(t.i for t in tok.subtree))
    c = Clause(verb.i)
    c.passive = any(ch.dep_ in {"aux:pass", "nsubj:pass"} for ch in verb.children) or (
        # "une hausse approuvée par X": a past participle is passive
        "Part" in verb.morph.get("VerbForm")
        and "Pres" not in verb.morph.get("Tense")
        and not any(ch.dep_.startswith("aux") for ch in verb.children)
    )
    c.subjects, c.borrowed = _subjects(verb)
    own = _own_tokens(verb, keep_bare_clauses=True)
    if c.passive:  # 'signé jeudi à Dakar par X': the parse may hang the agent anywhere
        doc = tok.doc
        for i in own:
            if i > verb.i and preposition(doc[i]) == "par" and doc[i].pos_ in {"NOUN", "PROPN"}:
                c.agents += coordinated(doc[i])
                break
    c.tokens = frozenset(own)
    return c


def predicate(tok):
    """The verb a trigger token belongs to: itself, or the verb governing its noun."""
    t = tok
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"} or _verbal(t):
            return t
        if t.dep_ in SUBJECT_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _verbal(t) -> bool:
    """The small model tags some verbs as nouns or adjectives ('se sont dits'): a word
    heading both a subject and an auxiliary is a verb whatever its tag, and so is an
    'adjective' with a subject and no copula (`nlp.adjective_with_subject`)."""
    if adjective_with_subject(t):
        return True
    kids = {c.dep_ for c in t.children}
    verbish = any(d.startswith("aux") for d in kids) or "xcomp" in kids or t.dep_ == "ROOT"
    return bool(kids & SUBJECT_DEPS) and verbish


def _subjects(verb) -> tuple[list[int], bool]:
    v, borrowed = verb, False
    for _ in range(5):
        subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        # 'Il a salué' parsed with 'Il' under the auxiliary: the verb's subject all the same
        subs = subs or [
            c
            for a in v.children
            if a.dep_.startswith("aux")
            for c in a.children
            if c.dep_ in SUBJECT_DEPS
        ]
        if subs:
            out = []
            for s in subs:
                if s.lower_ in RELATIVE and v.dep_ == "acl:relcl":
                    s = _antecedent(v)  # 'la Slovénie, qui a signé': the antecedent
                out += coordinated(s)
            return list(dict.fromkeys(out)), borrowed
        opener = _subject_after_opener(v)
        if opener is not None:
            return coordinated(opener), borrowed
        absolute = absolute_subject(v)
        if absolute is not None:
            # '…, son homologue saluant le rôle joué…': the noun before the participle
            return coordinated(absolute), borrowed
        if _adjunct_participle(v):
            # ', soulignant la nécessité de…' hung on the noun before the comma: the
            # subject is the main clause's ('X a abordé la question…, soulignant…')
            up = v.head
            while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i:
                up = up.head
            if up.pos_ in {"VERB", "AUX"} and up.i != v.i:
                v, borrowed = up, True
                continue
        if _finite_after_participle(v):
            # 'X a salué les mesures prises et a appelé …': a finite verb the parse joined
            # to a participle describing a noun (or to an infinitive) shares the subject of
            # the finite verb above: past nouns, participles describing them, infinitives
            up = v.head.head
            while up.head.i != up.i and (
                up.pos_ not in {"VERB", "AUX"}
                or up.dep_ == "acl"
                or "Inf" in up.morph.get("VerbForm")
            ):
                up = up.head
            if up.pos_ in {"VERB", "AUX"} and up.i != v.i:
                v, borrowed = up, True
                continue
        if v.dep_ in {"acl", "acl:relcl"} and v.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # 'Réunis à Paris, les ministres…' is parsed as an adjunct of the noun
            return coordinated(v.head), True
        if v.head.i == v.i:
            break
        if v.dep_ in CLIMB_DEPS:
            v, borrowed = v.head, True
        elif "Inf" in v.morph.get("VerbForm") and v.dep_ not in {"csubj", "ccomp"}:
            # 'afin de réaffirmer', 'pour renforcer': the infinitive's subject is the verb's
            up = v.head
            while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i:
                up = up.head
            v, borrowed = up, True
        else:
            break
    return [], borrowed


def _subject_after_opener(v):
    """« De son côté, X, président de Y, a salué… », « Pour sa part, X a… »: the parse
    hangs the subject on the opening phrase, as its complement; a noun with no preposition,
    right after that phrase's comma, before a finite verb left without a subject, is it."""
    if (
        v.dep_ != "ROOT"
        or not any(c.dep_.startswith("aux") for c in v.children)
        and ("Fin" not in v.morph.get("VerbForm"))
    ):
        return None
    doc = v.doc
    for opening in v.children:
        if opening.i > v.i or not opening.dep_.startswith("obl"):
            continue
        for c in opening.children:
            if (
                c.dep_ in {"nmod", "appos"}
                and c.i > opening.i
                and c.pos_ in {"PROPN", "NOUN"}
                and doc[c.i - 1].text == ","
                and not any(g.dep_ == "case" for g in c.children)
                # nothing named between its phrase and the verb (« Au Niger, pays enclavé,
                # la France a promis… »: « pays » is the place's apposition)
                and not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[c.right_edge.i + 1 : v.i])
            ):
                return c
    return None


def _finite_after_participle(v) -> bool:
    """A verb with its own tense auxiliary ('a appelé') coordinated to a bare participle
    that describes a noun ('les mesures prises'): a misparse of two coordinated verbs."""
    head = v.head
    if v.dep_ != "conj" or not any(c.dep_ == "aux:tense" for c in v.children):
        return False
    if "Inf" in head.morph.get("VerbForm") and head.head.i != head.i:
        # '… les mesures prises pour enquêter et ont appelé …': not the infinitive's; but
        # '… a vu les représentants quitter la ville et ont …': the infinitive has its own
        # subject, the object of the verb it complements, and the « et » may be theirs
        governor = head.head if head.dep_ == "xcomp" else head.head.head
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in head.children) or (
            governor.lemma_ in PERCEPTION_VERBS
        )
        return not own_subject
    return (
        head.dep_ == "acl"
        and "Part" in head.morph.get("VerbForm")
        and not any(c.dep_.startswith("aux") for c in head.children)
    )


def _antecedent(relative_verb):
    """The noun a relative clause is about: the one it hangs on, or the noun that one
    complements when only that agrees in number ('des conventions de coopération qui
    visent': the conventions)."""
    noun = relative_verb.head
    number = relative_verb.morph.get("Number")
    if (
        number
        and noun.dep_ == "nmod"
        and noun.morph.get("Number")
        and noun.morph.get("Number") != number
        and noun.head.morph.get("Number") == number
    ):
        return noun.head
    return noun


def absolute_subject(v):
    """', son homologue saluant…', ', la France soutenant…': a present participle with a
    noun phrase of its own between a comma and itself (an absolute construction) has that
    noun as its subject, even when the parse hangs both elsewhere. A participle the parse
    gives to that noun ('les exercices visant à') is read by the caller as describing it."""
    doc = v.doc
    if "Part" not in v.morph.get("VerbForm") or not v.lower_.endswith("ant"):
        return None
    j = v.i - 1
    while j >= 0 and v.i - j <= 6 and doc[j].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}:
        j -= 1
    if j < 0 or j == v.i - 1 or doc[j].text != "," or doc[j + 1].pos_ not in {"DET", "PROPN"}:
        return None
    head = phrase_head(doc, j + 1, v.i)
    if head.pos_ not in {"NOUN", "PROPN"} or v.head.i == head.i or head.head.i == v.i:
        return None
    return head


def _adjunct_participle(v) -> bool:
    """', soulignant…', ', estimant que…': a present participle after a comma, set apart
    from the noun before it."""
    present = "Part" in v.morph.get("VerbForm") and (
        "Pres" in v.morph.get("Tense") or v.lower_.endswith("ant")
    )
    return present and v.dep_ in {"acl", "amod"} and v.i > 0 and v.doc[v.i - 1].text == ","


def coordinated(tok) -> list[int]:
    """A phrase head and the heads coordinated with it: 'X, Y et Z'."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop(0)
        out.append(t.i)
        todo += [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    return out


def phrase_tokens(head) -> list[int]:
    """The tokens of a noun phrase without its clauses ('les ministres, qui …')."""
    return _own_tokens(head)


def _own_tokens(head, keep_bare_clauses: bool = False) -> list[int]:
    """A head's tokens without the clauses it governs; with keep_bare_clauses, clauses
    with no subject of their own stay ('…, renforçant l'engagement de X auprès de Y')."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t.i)
        for c in t.children:
            bare = keep_bare_clauses and c.dep_ in {"advcl", "acl"} and not _has_subject(c)
            if _detached_predicate(t, c) and not bare:
                continue
            if c.dep_ not in CLAUSAL_DEPS or bare:
                todo.append(c)
    return sorted(out)


def _detached_predicate(head, child) -> bool:
    """« la Pologne, inquiète des ambitions de la Russie, » read as a noun coordinated with an
    adjective: what the adjective says of the noun, between commas, is no part of it."""
    return (
        child.dep_ == "conj"
        and child.pos_ in {"ADJ", "VERB"}
        and head.pos_ in {"PROPN", "NOUN"}
        and child.i > head.i
        and child.doc[child.i - 1].text == ","
    )


def _has_subject(tok) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def preposition(tok) -> str:
    """The preposition heading a phrase, as written ('avec', 'de', 'lors du'), or ''."""
    words = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    if not words:
        return ""
    out = []
    for w in words:
        out.append(w.lower_)
        out += [f.lower_ for f in w.children if f.dep_ == "fixed"]
    return " ".join(out)


def attached(tok, head, allowed: set[str]) -> bool:
    """Whether `tok` hangs from `head` through phrases headed only by the `allowed`
    prepositions (or none): 'les ministres de Norvège' yes, 'lors du sommet de X' no."""
    t, came = tok, None
    for _ in range(12):
        if t.i == head.i:
            return True
        if preposition(t) not in allowed or t.dep_ in CLAUSAL_DEPS - {"acl"}:
            return False
        if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i != tok.i:
            return False  # "la Roumanie, pays membre de l'OTAN,": a description, no holder
        if _detached_predicate(t.head, t):
            return False  # "la Pologne, inquiète des ambitions de la Russie,"
        if t.dep_ == "acl" and "Inf" in t.morph.get("VerbForm") and _complement(t):
            # « son souhait de voir la Norvège rejoindre »: what is willed or said (not
            # « la première réunion à rassembler les ministres de X »: who it gathered)
            return False
        if (
            came is not None
            and participle_on_noun(t)
            and preposition(came) in _WHERE_WHEN
            and came.lower_ != "sein"  # « réunis au sein du Conseil »: whose they are
        ):
            return False  # "les ministres réunis à Rome": where they met holds nothing
        if t.head.i == t.i:
            return False
        t, came = t.head, t
    return False


def _complement(inf) -> bool:
    """An infinitive that completes its noun with « de » (« le souhait de voir… »)."""
    return any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’"} for c in inf.children)


# a participle clause's phrases that say where or when (« réunis à Rome », « en mai »),
# not who (« conclu entre X et Y », « venus de X », « signé par X »)
_WHERE_WHEN = {"à", "au", "aux", "en", "dans", "lors", "pendant", "depuis", "lors de", "lors du"}


def phrase_head(doc, start: int, end: int):
    """The token of doc[start:end] whose head lies outside it; the sentence's root only
    when none does (« Michaëlle Jean appelle… » parsed with « Michaëlle » as the root and
    « Jean » the subject: the name is the subject)."""
    root = None
    for t in doc[start:end]:
        if t.head.i == t.i:
            root = root or t
        elif not start <= t.head.i < end:
            return t
    return root or doc[start]


IMPERSONAL_VERBS = {
    "falloir",
    "agir",
    "sembler",
    "rester",
    "convenir",
    "paraître",
    "suffire",
    "exister",
    "manquer",
    "importer",
    "arriver",
    "pleuvoir",
}


def impersonal(tok) -> bool:
    """'il faut', 'il s'agit', 'il est nécessaire de', 'il y a': an 'il' that stands for
    nobody."""
    if tok.lower_ != "il":
        return False
    verb = tok.head
    if verb.lemma_ in IMPERSONAL_VERBS or any(c.lower_ == "y" for c in verb.children):
        return True
    doc, nxt = tok.doc, tok.i + 1
    while nxt < len(doc) and doc[nxt].lower_ in {"ne", "n'", "se", "s'", "y"}:
        nxt += 1
    # "il est (pas) nécessaire de", "il est de notre devoir de"
    if nxt < len(doc) and doc[nxt].lemma_ == "être":
        rest = [t.lower_ for t in doc[nxt + 1 : min(len(doc), nxt + 7)]]
        return any(w in {"de", "d'", "que", "qu'"} for w in rest)
    return False
