"""Which words make a commitment and of what kind: triggers and verb frames from the
lexicon, kept or dropped on the parse (a participle describing a noun, an adjunct, a
consequence), and reported statements with a named speaker."""

from __future__ import annotations

import bisect
import functools

from ...base.text import fold
from .. import lexicon
from ..actors import is_demonym
from ..clauses import absolute_subject
from ..clauses import preposition as clause_preposition
from ..model import PLACES, Quote
from ..nlp import (
    PARTICIPLE_ENDINGS,
    REFLEXIVES,
    get_matchers,
    is_infinitive,
    prospective,
    reporting_keys,
    tokens_with,
)
from .context import lexicon_keys, someone
from .references import instrument_head, instrument_pronoun

DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
# "ont profité du salon pour parapher", "a saisi l'occasion pour signer": the act was done
OCCASION_VERBS = {"profiter", "saisir"}


def by_sentence(matches, sents) -> dict[int, list[tuple[str, int, int]]]:
    out: dict[int, list] = {}
    starts = [s.start for s in sents]
    for label, s, e in matches:
        out.setdefault(bisect.bisect_right(starts, s) - 1, []).append((label, s, e))
    return out


def labelled(doc, matcher):
    return [(doc.vocab.strings[m], s, e) for m, s, e in matcher(doc)]


# ---------------------------------------------------------------- triggers

# verbs whose future says nothing of a plan ('sera', 'aura lieu', 'pourra'); speech verbs
# are left to the reported statements
NOT_PLANS = {
    "être",
    "avoir",
    "aller",
    "devoir",
    "pouvoir",
    "falloir",
    "sembler",
    "paraître",
    "rester",
    "devenir",
    "venir",
    "faire",
    "permettre",
    "savoir",
    "vouloir",
}


_VERB = frozenset({"VERB"})

# what a speaker says they will do in the speech itself (« je commencerai par la Syrie »,
# « je reviendrai sur le budget », « je conclurai »): the order of a talk, not a plan.
# verb -> the prepositions of the topic (« je reviendrai à Kiev », « je passerai par
# Berlin » are journeys, plans like any other)
SPEECH_ORDER = {
    "commencer": {"par"},
    "conclure": {"par", "sur"},
    "terminer": {"par", "sur"},
    "finir": {"par", "sur"},
    "achever": {"par", "sur"},
    "revenir": {"sur"},
    "insister": {"sur"},
}


def planned_actions(doc, actors, sents, quotes=()) -> list[tuple[str, int, int]]:
    """'X livrera', 'X va équiper', 'l'entreprise mobilisera', 'elle renforcera': an action
    in the future (or under 'aller') whose subject is an actor named or resolved is that
    actor's intent, whatever the verb. What an instrument will do is its parties' intent
    ('cet accord couvrira…'), but in a quote it is the speaker's judgement of it (« Ce radar
    protégera nos côtes », commente X)."""
    from ..clauses import clause_of

    out = []
    speech = reporting_keys()
    provisions = _provision_verbs()
    for tok in tokens_with(doc, "POS", _VERB):
        provision = tok.norm_ in provisions or lexicon.key(tok.lemma_) in provisions
        if provision and not prospective(tok):
            # « L'accord couvre la formation », « Il comprend aussi un volet cyber »
            subjects = clause_of(tok).subjects or _misread_subject(tok)
            if _present_provision(tok) and any(_instrument(doc[h], actors) for h in subjects):
                quoted = inside_quote(quotes, tok.idx)
                out.append(("assessment" if quoted else "intent", tok.i, tok.i + 1))
            continue
        if (
            tok.lemma_ in NOT_PLANS
            and not _enabled_by_instrument(tok, actors)
            and not _staying_ourselves(tok)
        ):
            continue
        if lexicon.key(tok.lemma_) in speech and not _done_to_a_thing(tok):
            continue
        if _order_of_the_talk(tok):
            continue
        finite = "Fin" in tok.morph.get("VerbForm")
        under_aller = tok.dep_ == "xcomp" and tok.head.lemma_ == "aller"
        thing_planned = _planned_for_a_thing(tok)
        if not (finite or under_aller or thing_planned) or not prospective(tok):
            continue
        if under_aller and tok.head.i > tok.i:
            continue
        verb = tok.head if under_aller else tok
        cl = clause_of(verb)
        subjects = cl.subjects if not cl.passive else cl.agents
        spoken = _spoken_plan(quotes, tok)
        if any(
            _actor_under(doc, actors, doc[h]) or spoken and _speaker_or_organ(doc[h])
            for h in subjects
        ):
            # in a quote, « j'amènerai », « nous allons », « ce gouvernement va investir »:
            # the speaker, or the state organ they speak for, plans it
            out.append(("intent", tok.i, tok.i + 1))
        elif any(_instrument(doc[h], actors) for h in subjects):
            quoted = inside_quote(quotes, tok.idx)
            out.append(("assessment" if quoted else "intent", tok.i, tok.i + 1))
        elif thing_planned and not subjects and not negated(tok):
            # « les avions seront livrés dès 2027 », « le contrat sera mis en œuvre en
            # trois étapes »: what will be done to a thing, by nobody named, is a plan of
            # those the context gives (the instrument's parties, the last sides)
            out.append(("intent", tok.i, tok.i + 1))
    return out


# what someone fears, judges or warns will befall: no plan of anyone's
_FEARING_OR_JUDGING = {
    "craindre",
    "redouter",
    "estimer",
    "penser",
    "croire",
    "juger",
    "considérer",
    "prévenir",
    "avertir",
    "menacer",
    "prédire",
    "prévoir",
}


def _planned_for_a_thing(tok) -> bool:
    """A past participle made passive by an auxiliary in the future or the conditional
    (« seront livrés », « sera mis en œuvre », « serait supervisée »), whose subject is a
    thing: a noun that is no one (« le responsable sera reçu » is a visit told), and no
    question (« reste à savoir quel modèle sera retenu »)."""
    if "Part" not in tok.morph.get("VerbForm"):
        return False
    # the passive auxiliary itself in the future or conditional (« sera », « seraient »; not
    # « aurait été bombardé », a past act alleged)
    if not any(
        c.dep_ == "aux:pass" and "Fin" in c.morph.get("VerbForm") and prospective(c)
        for c in tok.children
    ):
        return False
    if any(c.dep_ == "aux:tense" for c in tok.children):
        return False
    if tok.dep_ == "advcl":
        return False  # « quand les avions seront modernisés, … »: a condition
    if tok.dep_ == "ccomp" and tok.head.lemma_ in _FEARING_OR_JUDGING:
        return False  # « Kiev craint que les villes soient… », « X estime que … sera … »
    if lexicon.key(tok.lemma_) in lexicon_keys(
        lexicon.knowledge().triggers["context"]["befalling_verbs"]
    ):
        return False  # « les bases seront visées », « le marché sera dominé »
    subjects = [c for c in tok.children if c.dep_ == "nsubj:pass"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ != "NOUN" or someone(subject):
        return False
    return not any("Int" in c.morph.get("PronType") for c in subject.children)


_SPEAKERS = {"je", "j'", "j’", "nous"}


def _order_of_the_talk(tok) -> bool:
    """« Je commencerai par X », « je reviendrai sur Y », « je conclurai »: the speaker
    (« je ») announces a part of the talk, with a topic after « par » or « sur », or none."""
    topics = SPEECH_ORDER.get(tok.lemma_)
    if topics is None or not any(
        c.dep_ == "nsubj" and c.lower_ in {"je", "j'", "j’"} for c in tok.children
    ):
        return False
    complements = [
        c for c in tok.children if c.dep_.startswith("obl") or c.dep_ in {"obj", "xcomp"}
    ]
    return all(
        any(a.dep_ == "case" and a.lower_ in topics for a in c.children) for c in complements
    )


def _staying_ourselves(tok) -> bool:
    """« Nous resterons sur place », « je resterai à vos côtés »: whoever speaks commits to
    stay (« la situation restera tendue » says nothing of anyone's plan)."""
    return (
        tok.lemma_ == "rester"
        and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKERS for c in tok.children)
        # « nous resterons prudents, minoritaires »: a state forecast, not a commitment
        # (« rester engagé, uni, mobilisé » are triggers of their own)
        # (the adjective read in the words after the verb: the parse may hang it anywhere)
        and not any(
            t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")
            for t in tok.doc[tok.i + 1 : min(tok.i + 5, tok.sent.end)]
        )
    )


def _spoken_plan(quotes, verb) -> bool:
    """A verb inside a quote, not negated (« Nous ne lâcherons rien » is a slogan, and a
    plan denied is none: the guidelines leave negative statements aside)."""
    return inside_quote(quotes, verb.idx) and not negated(verb)


# the speaker's own: « ce gouvernement », « notre armée », « mon ministère »
_OWN = {"ce", "cet", "cette", "notre", "nos", "mon", "ma", "mes"}


def _speaker_or_organ(tok) -> bool:
    """« je », « nous », or the speaker's own state organ (« ce gouvernement », « notre
    armée »), not another's (« le gouvernement adverse »)."""
    if tok.lower_ in _SPEAKERS:
        return True
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _OWN for c in tok.children):
        return False
    return lexicon.key(tok.lemma_ or tok.lower_) in lexicon.state_organs()


def _done_to_a_thing(verb) -> bool:
    """A speech verb that says nothing but acts on a thing ('le Chili assurera la direction
    du programme', not 'assurera que…' nor 'annoncera sa décision')."""
    kids = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp"} for c in kids):
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and not _said(c) for c in kids)


def _said(noun) -> bool:
    """A noun of a stance ('décision', 'intention', 'soutien': `holder_nouns`): what is
    said, so the speech verb stays one."""
    return lexicon.key(noun.lemma_ or noun.lower_) in _stance_nouns()


@functools.cache
def _stance_nouns() -> frozenset[str]:
    return lexicon_keys(lexicon.knowledge().triggers["context"]["holder_nouns"])


def stated_aims(doc) -> list[tuple[str, int, int]]:
    """'L'objectif de la visite est de mener…', 'l'idée de la France est de travailler…':
    an aim noun the copula completes with 'de' + infinitive is its holder's intent (a
    priority for 'la priorité est de…'); 'Il s'agit de présenter…' states the aim of what
    the text is about. The trigger is the noun (its 'de X' is who holds it) or 's'agir'."""
    k = lexicon.knowledge().triggers["context"]
    aims = lexicon_keys(k["aims"])
    priorities = lexicon_keys(k["aim_priorities"])
    out = []
    for tok, mark in _marked_infinitives(doc):
        if mark not in {"de", "d'"}:
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "agir" and tok.head.i < tok.i:
            if any(c.lower_ in {"se", "s'"} for c in tok.head.children):
                out.append(("intent", tok.head.i, tok.head.i + 1))
            continue
        if any(c.dep_ == "cop" for c in tok.children):
            holder = tok  # "l'idée de X est donc de travailler": the infinitive heads
        elif tok.dep_ == "xcomp" and tok.head.lemma_ == "être" and tok.head.i < tok.i:
            holder = tok.head  # "l'objectif … est de mener": the copula heads
        elif tok.dep_ == "acl" and _adverbial_predicate(tok.head):
            holder = tok.head  # « l'objectif est en effet de collaborer »: « effet » heads
        else:
            continue
        for subj in holder.children:
            if subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.i > tok.i:
                continue
            key = lexicon.key(subj.lemma_ or subj.lower_)
            if key in aims or key in priorities:
                out.append(("priority" if key in priorities else "intent", subj.i, subj.i + 1))
    return out


# adverbials of discourse the parse takes for the copula's predicate (« est en effet de »)
# (not « en réalité », « en fait », « de fait »: the words of an accusation, « l'objectif
# est en réalité de préparer une invasion, estime Kiev », whose aim is no one's stated one)
_ADVERBIALS = {("en", "effet"), ("en", "outre")}


def _adverbial_predicate(noun) -> bool:
    """« en effet » read as what the copula predicates: the noun with its own preposition and
    the copula, the infinitive hung on it."""
    case = next((c.lower_ for c in noun.children if c.dep_ == "case"), "")
    return (case, noun.lower_) in _ADVERBIALS and any(c.dep_ == "cop" for c in noun.children)


def _marked_infinitives(doc):
    """(infinitive, the word that introduces it: « de », « à »…) for each infinitive
    introduced by one (« est de mener », « sa volonté de coopérer »)."""
    for tok in tokens_with(doc, "POS", _VERB):
        if "Inf" in tok.morph.get("VerbForm"):
            mark = next((c.lower_ for c in tok.children if c.dep_ == "mark"), "")
            if mark:
                yield tok, mark


def stated_wills(doc) -> list[tuple[str, int, int]]:
    """'la volonté des deux pays de coopérer', 'leur détermination à poursuivre', 'la
    ferme intention de Vilnius d'acheter': a noun of will completed by « de » (« à » for
    `will_nouns_a`) and an infinitive, with its holder (a possessive, a « de X ») or as
    the object of the verb whose subject holds it, is that holder's intent, wherever the
    parse hung the infinitive (on the noun, on its holder, or beside it on the verb). The
    trigger is the noun."""
    context = lexicon.knowledge().triggers["context"]
    wills = lexicon_keys(context["will_nouns"])
    with_a = lexicon_keys(context["will_nouns_a"])
    out = []
    for tok, mark in _marked_infinitives(doc):
        if mark not in {"de", "d'", "à"}:
            continue
        noun = _will_before(tok, wills)
        if noun is None or mark == "à" and lexicon.key(noun.lemma_ or noun.lower_) not in with_a:
            continue
        if noun.dep_ == "obj" and lexicon.key(noun.head.lemma_) in _CAUSING:
            continue  # « a conduit la détermination de X à faiblir », however parsed
        if _held(noun):
            out.append(("intent", noun.i, noun.i + 1))
    return out


def _will_before(inf, wills):
    """The noun of will whose complement `inf` is, if any."""
    head = inf.head
    if inf.dep_ == "xcomp" and head.i < inf.i:
        # « a affiché leur détermination à poursuivre »: the noun is the verb's object (not
        # « a conduit la détermination de X à faiblir »: what the verb makes it do)
        if lexicon.key(head.lemma_) in _CAUSING:
            return None
        nouns = [c for c in head.children if c.dep_ == "obj" and c.i < inf.i]
        return next((n for n in nouns if lexicon.key(n.lemma_ or n.lower_) in wills), None)
    t = head
    for _ in range(3):  # « la volonté des deux partenaires de contribuer »: up its holder
        if t.i > inf.i or t.pos_ != "NOUN":
            return None
        if lexicon.key(t.lemma_ or t.lower_) in wills:
            return t
        if t.dep_ != "nmod" or inf.dep_ != "acl":
            return None
        t = t.head
    return None


def _held(noun) -> bool:
    """Someone holds the will: a possessive (« sa volonté »), a « de X » (« la volonté des
    deux pays »), or the subject of the verb it is the object of (« ont affiché une
    détermination »)."""
    return (
        any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in noun.children)
        or any(c.dep_ == "nmod" and c.i < noun.i + 6 for c in noun.children)
        or noun.dep_ == "obj"
        and any(c.dep_ == "nsubj" for c in noun.head.children)
    )


# verbs that make someone or something do what the infinitive says
_CAUSING = frozenset(
    lexicon.key(w)
    for w in (
        "conduire",
        "pousser",
        "amener",
        "forcer",
        "obliger",
        "contraindre",
        "inciter",
        "encourager",
        "aider",
        "inviter",
        "appeler",
        "exhorter",
        "laisser",
        "voir",
    )
)


def _enabled_by_instrument(verb, actors) -> bool:
    """'L'accord permettra aux deux armées d'échanger…', 'il permettra l'établissement de
    dialogues': what an instrument will allow is what its parties intend ('permettre' says
    no plan of anyone else's)."""
    from ..clauses import clause_of

    if verb.lemma_ != "permettre" or "Cnd" in verb.morph.get("Mood"):
        return False
    if verb.lower_.endswith(("rait", "raient")):
        return False  # « permettrait à X d'obtenir…, s'inquiète Y »: a fear, not a plan
    return any(_instrument(verb.doc[h], actors) for h in clause_of(verb).subjects)


def _instrument(head, actors) -> bool:
    """'Cet accord couvrira…', 'la coopération prendra la forme…', 'L'accord a été signé.
    Il permettra…': what an instrument or a cooperation will do is what its parties intend
    (its parties come from the context)."""
    if head.pos_ == "PRON":
        return instrument_pronoun(head, actors) is not None
    return head.pos_ in {"NOUN", "PROPN"} and (
        instrument_head(head) or head.lemma_ == "coopération"
    )


@functools.cache
def _provision_verbs() -> frozenset[str]:
    return lexicon_keys(lexicon.knowledge().triggers["context"]["provision_verbs"])


def _present_provision(tok) -> bool:
    """A provision said in the present of a main clause: not what an instrument did (« a
    couvert », « contenait »), a future or conditional the parse missed (« couvrira »), a
    clause under another (« refuse que l'accord inclue », « si l'accord couvre »,
    « pourrait couvrir ») nor a relative clause describing one (« un accord qui couvre… »,
    which says what kind of accord)."""
    if has_aux(tok.doc, tok.i) or not _main_clause(tok):
        return False
    return not tok.lower_.endswith(("ra", "ront", "ait", "aient"))  # « -rait » too


def _main_clause(tok) -> bool:
    """The sentence's root, a verb joined to it by « et », or the verb the small model hangs
    on the noun before it (« L'accord couvre… » read as a participle of a root noun)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if any(c.dep_ == "mark" for c in tok.children):
        return False  # « Si l'accord couvre X, … » read with « couvre » as the root
    if tok.dep_ == "ROOT":
        return True
    return bool(_misread_subject(tok)) and tok.head.dep_ == "ROOT"


def _misread_subject(tok) -> list[int]:
    """« L'accord couvre la formation » parsed with « couvre » as a participle describing
    « accord »: a verb form that is no participle, right after the noun it hangs on, has
    that noun for its subject."""
    head = tok.head
    if (
        tok.dep_ == "acl"
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i < tok.i
        and not any(t.pos_ in {"VERB", "AUX", "PUNCT"} for t in tok.doc[head.i + 1 : tok.i])
        and not tok.lower_.endswith(PARTICIPLE_ENDINGS)
    ):
        return [head.i]
    return []


def _actor_under(doc, actors, head) -> bool:
    """Whether an actor (not a place) is named in, or is, the phrase of `head`."""
    from ..clauses import phrase_tokens

    for i in phrase_tokens(head):
        m = actors.mention_at(i)
        if m is not None and actors.actors[m.actor_id].kind not in PLACES:
            return True
    return False


def select_triggers(doc, matches, reports) -> list[tuple[str, int, int]]:
    """One row per kind per sentence. A trigger inside another's complement ('convenu
    « d'explorer »') folds into it; a past participle describing a noun ('signée en juin')
    is an event, not a commitment, unless its agent or its sides are named ('confirmée
    par X', 'signé entre X et Y'); a noun
    that only dates or qualifies something else ('après la cérémonie de signature') is none;
    plain speech verbs ('a déclaré', 'a précisé') count only when nothing else does; what a
    meeting is about gives way to a trigger inside it ('les discussions ont porté sur des
    domaines prioritaires': a priority)."""
    plain = {doc[s].i for _, s, _ in reports if doc[s].norm_ in _plain_speech()}
    kept: list[tuple[str, int, int]] = []
    weak: set[int] = set()  # "ont porté sur": what was discussed, unless more is said
    for kind, s, e in matches:
        tok = doc[s]
        if kind == "coverage":
            weak.add(s)
        kind = "assessment" if _superlative(tok) else _kind_in_context(tok, kind)
        if not kind or _describes_a_noun(tok) or _adjunct_noun(tok) or _elaboration(tok, kind):
            continue
        governing = [k for k in kept if k[1] not in weak and _governs(doc, (k[1], k[2]), s)]
        if governing and not (
            tok.lemma_ in _COURTESY_ACTS and all(_courtesy(doc[k[1]]) for k in governing)
        ):
            continue
        # « je voudrais remercier »: the act itself, not a wish to act
        kept = [k for k in kept if k not in governing]
        kept.append((kind, s, e))
    # "ont porté sur des domaines prioritaires": what the inner trigger says is more
    kept = [t for t in kept if t[1] not in weak or not any(_about(doc, t[1], o[1]) for o in kept)]
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


# what a speaker does by saying « je voudrais … »: thanks, greets, praises, condemns
_COURTESY_ACTS = {
    "remercier",
    "saluer",
    "féliciter",
    "exprimer",
    "rendre",
    "souligner",
    "réaffirmer",
    "redire",
    "condamner",
    "dénoncer",
    "déplorer",
}


def _courtesy(tok) -> bool:
    """« Je voudrais remercier », « nous souhaiterions saluer », « je veux saluer », « je
    tiens à remercier »: a wish in the first person (in the conditional, or « vouloir » and
    « tenir à » in the present) is the polite form of the act of courtesy it governs (the model's
    mood is not to be trusted: the ending is read). Not « la France voudrait acheter »
    (a wish), nor « je voudrais vous demander si… ? » (a question)."""
    if any(t.text == "?" for t in tok.sent):
        return False
    polite = (
        tok.lemma_ in {"vouloir", "souhaiter", "aimer"}
        and tok.lower_.endswith(("rais", "rions", "riez"))
        # « je veux saluer », « je tiens à remercier »: the speaker's present does the same
        or tok.lower_ in {"veux", "voulons", "tiens", "tenons"}
    )
    return polite and any(
        c.dep_ == "nsubj" and c.lower_ in {"je", "j'", "j’", "nous"} for c in tok.children
    )


@functools.cache
def _plain_speech() -> frozenset[str]:
    return frozenset(lexicon.key(v) for v in lexicon.knowledge().triggers["reporting"]["plain"])


def _superlative(tok) -> bool:
    """'le plus complet jamais conclu', 'le plus gros contrat jamais signé': a participle
    after a superlative and « jamais » judges what it describes; nothing is concluded."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ != "jamais":
        return False
    return any(t.lower_ in {"plus", "moins"} for t in doc[max(tok.sent.start, tok.i - 9) : tok.i])


def _describes_a_noun(tok) -> bool:
    """'signée en juin', 'projets visant à': a participle that qualifies a noun. Not 'Paris
    plaidant pour…', ', estimant que…' (a present participle with the clause's subject) nor
    'une hausse approuvée par X' (its agent is named)."""
    if "Part" not in tok.morph.get("VerbForm") or has_aux(tok.doc, tok.i):
        return False
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False  # « a par ailleurs salué »: an auxiliary further back is still one
    if (
        tok.dep_ == "conj"
        and any(c.dep_ == "aux:tense" for c in tok.head.children)
        and not any(c.dep_ == "aux:pass" for c in tok.head.children)
    ):
        return False  # « a salué l'accord et appelé les parties à … »: the same auxiliary
        # (not « a été félicité et appelé à … »: called upon, a passive)
    present = "Pres" in tok.morph.get("Tense") or tok.lower_.endswith("ant")
    if (
        not present
        and tok.lemma_.endswith("er")
        and not tok.lower_.endswith(("é", "ée", "és", "ées"))
    ):
        return False  # « Le Secrétaire général félicite X »: a present the model took for one
    if present:  # 'le Canada cherchant à…': with a subject of its own, a clause
        # « son homologue saluant… », « le ministre X, soulignant… »: what someone does
        # while the text speaks of them is their act, not a description of them
        # (« sa volonté de coopérer, son homologue saluant… » hung on « volonté »: the
        # noun phrase between the comma and the participle is its subject all the same)
        return (
            tok.dep_ in {"acl", "amod"}
            and not _own_subject(tok)
            and not someone(tok.head)
            and not _someone_absolute(tok)
        )
    if not tok.lower_.endswith(_PAST_PARTICIPLE_ENDINGS) or any(
        c.dep_ == "nsubj" and c.lower_ != "qui" for c in tok.children
    ):
        return False  # "je prône": a finite verb the model tagged as a participle
    # 'approuvée par X', 'le contrat signé entre X et Y': who did it is named (not in
    # 'le plus gros contrat jamais conclu entre X et Y', which judges the contract)
    named = {"par"} if _superlative(tok) else {"par", "entre"}
    return not any(
        clause_preposition(c) in named and c.pos_ in {"NOUN", "PROPN"}  # not « entre 2019 et 2021 »
        for c in tok.children
    )


# with "fait", "pris", "conclus", "acquise": the forms the model's tables list as adjectives
_PAST_PARTICIPLE_ENDINGS = (*PARTICIPLE_ENDINGS, "t", "te", "ts", "tes", "s", "se", "ses")


def _elaboration(tok, kind: str) -> bool:
    """', renforçant l'engagement de X': a present participle that only draws a consequence.
    Kept: one that voices a position (', estimant que', ', insistant sur') or that has a
    subject of its own ('le Chili cherchant à réduire')."""
    if "Part" not in tok.morph.get("VerbForm") or has_aux(tok.doc, tok.i):
        return False
    if not ("Pres" in tok.morph.get("Tense") or tok.lower_.endswith("ant")):
        return False
    return not _own_subject(tok) and kind not in {"call", "declaration", "assessment"}


def _someone_absolute(tok) -> bool:
    """« …, son homologue saluant … »: an absolute construction whose subject is someone
    (not « un accord, une déclaration conjointe saluant … », which describes a thing)."""
    subject = absolute_subject(tok)
    return subject is not None and someone(subject)


def _own_subject(tok) -> bool:
    return any(c.dep_ in {"nsubj", "nsubj:pass"} for c in tok.children)


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
    another noun's kind or a moment; not when it names the sides of what was signed ('la
    cérémonie de signature d'un accord entre X et Y': their agreement)."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and clause_preposition(tok) in {"de", "d'"}:
        # 'la cérémonie de signature d'un accord entre X et Y': the parse may hang the
        # sides on the ceremony
        return not (_ceremony(tok.head) and sides_after(tok) is not None)
    return clause_preposition(tok) in _ADJUNCT_PREPOSITIONS


def _event_object(verb) -> bool:
    """The verb's object is an event noun ('conclure une réunion', 'ouvrir la session')."""
    return any(c.dep_ == "obj" and _ceremony(c) for c in verb.children)


def _ceremony(noun) -> bool:
    """'la cérémonie', 'la séance', 'la réunion': a noun of an event."""
    return lexicon.key(noun.lemma_ or noun.lower_) in event_word_keys()


@functools.cache
def event_word_keys(*kinds: str) -> frozenset[str]:
    """Keys of the one-word event words of events.toml [kinds] (« réunion », « sommet »),
    of the kinds given, or of every kind."""
    table = lexicon.knowledge().events["kinds"]
    return lexicon_keys(w for k in kinds or table for w in table[k] if " " not in w)


def sides_after(tok):
    """The head of « entre X et Y » after `tok`, before the next verb, when someone is named
    there ('entre le Mali et le Niger'; not 'entre 2020 et 2024', 'entre autres', 'entre la
    négociation et…'), else None; read on the words, wherever the parse hangs the phrase."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in {"VERB", "AUX"}:
            return None
        if t.lower_ == "entre":
            return t.head if t.head.i != t.i and someone(t.head) else None
    return None


def reported_statements(doc, sent, si, reports, quotes) -> list[tuple[str, int, int]]:
    """A sentence with no trigger that reports what someone said ('X a précisé que…',
    '« … », a-t-il expliqué', or a quote whose speaker is known) is that speaker's
    declaration; one word in quotes is no statement."""
    for _, s, e in reports:
        if doc[s].pos_ in {"VERB", "AUX"} and not _describes_a_noun(doc[s]):
            if _done_to_a_thing(doc[s]) and _event_object(doc[s]):
                continue  # 'ont conclu une réunion de deux jours': the meeting says it
            return [("declaration", s, e)]
    for q in quotes:
        if q.sent == si and q.speaker_id:
            inside = [t for t in doc[sent.start : sent.end] if q.start <= t.idx < q.end]
            if sum(t.is_alpha for t in inside) < 2:
                continue  # « antivirus », « équilibré »: one word in quotes, no statement
            verb = next((t for t in inside if t.pos_ in {"VERB", "AUX"}), None)
            if verb is not None:
                return [("declaration", verb.i, verb.i + 1)]
    return []


def _purpose(tok) -> bool:
    """'afin de parvenir à', 'en vue d'aboutir', 'pour conclure': what is aimed at. Not
    after a verb of taking an occasion, which says it was done ('ont profité du salon pour
    parapher un arrangement', 'a saisi l'occasion pour signer')."""
    if "Inf" not in tok.morph.get("VerbForm"):
        return False
    # 'afin de rendre compte et de prendre les décisions': the aim of the first conjunct
    while tok.dep_ == "conj" and "Inf" in tok.head.morph.get("VerbForm") and tok.head.i < tok.i:
        tok = tok.head
    if tok.head.lemma_ in OCCASION_VERBS and not prospective(tok.head):
        return False
    before = [t.lower_ for t in tok.doc[max(tok.sent.start, tok.i - 3) : tok.i]]
    return (
        tok.head.lower_ in {"afin", "vue"}
        or "pour" in before[-2:]
        or "afin" in before
        or ("vue" in before)
    )


_SETTING_TO = {"employer", "atteler"}


def misplaced(doc, start: int) -> bool:
    """A pattern that opens on a word in another use: « avoir » as a tense (« ont décidé
    de réduire le rôle majeur de… » is no « avoir un rôle majeur »), « avérée » describing a
    noun (« une fraude avérée d'un montant important » is a fact, no judgement)."""
    tok = doc[start]
    if (
        tok.lemma_ == "avoir"
        and tok.dep_.startswith("aux")
        and "Part" in tok.head.morph.get("VerbForm")
    ):
        return True  # the tense of a participle (not « a pour but », misread as an auxiliary)
    finite = "Fin" in tok.morph.get("VerbForm") or has_aux(doc, start)
    return tok.lower_.startswith("avér") and not finite


def will_of_no_deed(doc, actors, start: int, end: int) -> bool:
    """A noun of will whose « de » names who holds it, and no infinitive anywhere says what
    is willed: « inquiète des ambitions de la Russie » is the matched « ambition de » with
    no intent in it (« l'ambition de la Russie de reconstruire… » has one, and « sa volonté
    de dialogue » names what is willed)."""
    last = doc[end - 1]
    if last.lower_ not in {"de", "d'", "d’", "du", "des"} or end >= len(doc):
        return False
    nouns = [t for t in doc[start : end - 1] if t.pos_ == "NOUN"]
    if not nouns or lexicon.key(nouns[-1].lemma_) not in _will_nouns():
        return False
    holder = end + (doc[end].pos_ == "DET")
    if holder >= len(doc) or actors.mention_at(holder) is None:
        return False
    return not _deed_after(doc[end - 1])


_RESOLVE = {
    "déterminé",
    "déterminer",
    "résolu",
    "résoudre",
    "attaché",
    "attacher",
    "prêt",
    "disposé",
    "disposer",
}


def resolve_without_deed(doc, start: int, end: int) -> bool:
    """« être (pleinement) déterminé, prêt, disposé, attaché à » with no infinitive after:
    « le principal bailleur du prêt à l'Ukraine » (a loan), « disposées à 20 kilomètres »
    (placed), « attaché à l'état-major » (posted), « résolu à l'amiable » (settled) are no
    resolve."""
    last = doc[end - 1]
    if last.lower_ not in {"à", "d'", "d’", "de"} or end >= len(doc):
        return False
    if not any(t.lower_ in _RESOLVE or t.lemma_ in _RESOLVE for t in doc[start : end - 1]):
        return False
    nxt = end
    while (
        nxt < len(doc) - 1
        and doc[nxt].lower_
        in {"ne", "n'", "se", "s'", "s’", "y", "en", "le", "la", "les", "l'", "l’", "leur", "lui"}
        and doc[nxt + 1].pos_ in {"VERB", "AUX", "PRON", "ADV"}
    ):
        nxt += 1
    if doc[nxt].lower_ in {"cela", "ça", "ceci", "tout"}:
        return False  # « nos homologues sont prêts à cela »: what was just said, a deed
    return "Inf" not in doc[nxt].morph.get("VerbForm")


def _deed_after(de) -> bool:
    """An infinitive introduced by « de », « à » or a colon after the holder, before any verb
    of a clause of its own (« l'intention de Bamako de quitter », « la volonté de la France,
    réaffirmée mardi, de renforcer », « l'intention de la Chine est claire : reprendre »; not
    « inquiète des ambitions de la Russie, a annoncé son intention d'acquérir »)."""
    doc = de.doc
    for t in doc[de.i + 1 : de.sent.end]:
        if "Inf" in t.morph.get("VerbForm") and t.pos_ in {"VERB", "AUX"}:
            before = doc[t.i - 1].lower_
            if before in {"se", "s'", "s’", "ne", "pas"}:
                before = doc[t.i - 2].lower_
            return before in {"de", "d'", "d’", "à", ":"}
        clause_verb = t.pos_ == "VERB" and (
            "Fin" in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children)
        )
        if clause_verb and t.lemma_ not in {"rester", "demeurer"}:
            return False
    return False


@functools.cache
def _will_nouns() -> frozenset[str]:
    return lexicon_keys(lexicon.knowledge().triggers["context"]["will_nouns"])


def is_negated(doc, i, sent, k) -> bool:
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


def negated(verb) -> bool:
    """`is_negated` at a verb: « ne s'est pas tenue », « n'est jamais arrivé », « ne
    lâcherons rien »."""
    return is_negated(verb.doc, verb.i, verb.sent, lexicon.knowledge().triggers)


_TENDERS = {"offre", "candidature", "projet", "manifestation", "proposition", "soumission"}


def _tender(tok) -> bool:
    """« lancer un appel d'offres, à candidatures, à projets »: procurement, not a call."""
    nouns = [tok] if tok.lemma_ == "appel" else []
    nouns += [c for c in tok.children if c.dep_ == "obj" and c.lemma_ == "appel"]
    for noun in nouns:
        if any(c.lemma_ in _TENDERS or c.lower_.rstrip("s") in _TENDERS for c in noun.children):
            return True
        nxt = tok.doc[noun.i + 1 : noun.i + 3]
        if any(t.lemma_ in _TENDERS or t.lower_.rstrip("s") in _TENDERS for t in nxt):
            return True
    return False


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
    if kind == "call" and _tender(tok):
        return ""  # « a lancé un appel d'offres »: a purchase opened, nobody called upon
    if kind == "obligation":
        first_person = first_person or any(
            c.dep_ in {"nsubj", "expl:subj"} and c.lower_ == "il" for c in tok.children
        )
        if first_person or tok.dep_ == "ccomp" or tok.lemma_ == "falloir" or _generic_subject(tok):
            return "call"
        # "ces crimes doivent être jugés": that something must be done is a call; "X
        # devrait signer" (conditional), "le texte devait être adopté" (imperfect: what
        # was scheduled) are what is expected to happen
        expected = "Cnd" in tok.morph.get("Mood") or tok.lower_.endswith(("ait", "aient"))
        return "call" if _passive_complement(tok) and not expected else "intent"
    if kind == "agreement" and tok.lemma_ in _GOVERNING and not _governs_a_relation(tok):
        return ""  # « la rencontre était encadrée par un protocole strict »: no agreement
    if tok.lemma_ == "instruire" and not _orders_to_do(tok):
        return ""  # « instruisent les soldats au maniement », « instruit une plainte »
    if tok.lemma_ == "agréer" and _describes_something_else(tok):
        return ""  # « un fournisseur agréé par le ministère »: accredited, nothing agreed
    if tok.lemma_ in _SETTING_TO and (has_aux(tok.doc, tok.i) or negated(tok)):
        return ""  # « s'est employé à rassurer », « ne s'est jamais attelé à »: done or denied
    if kind == "agreement" and prospective(tok):
        return "intent"
    if kind == "call" and _future(tok):
        return "intent"  # « les Pays-Bas inviteront la Suisse à participer »: a call planned
    if kind == "intent" and _urges_others(tok):
        return "call"  # « le Conseil engage les parties à respecter… »
    if kind == "call" and tok.lemma_ == "engager" and not _urges_others(tok):
        return ""  # « a engagé la responsabilité du gouvernement », « l'accord engage… »
    if kind == "call" and _called_to_be(tok):
        return "intent"  # « les liens sont appelés à se renforcer »: bound to, no call
    if kind == "practice":
        return _practice(tok)
    if kind == "coverage":
        return _coverage(tok)
    if kind == "agreement" and "Inf" in tok.morph.get("VerbForm") and tok.head.pos_ == "NOUN":
        return ""  # "une invitation à adhérer", "le droit de choisir": named, not done
    if kind in {"agreement", "exploration"} and _purpose(tok):
        return "intent"  # "en vue d'aboutir à une commande": the aim, not the deal
    return kind


def _future(tok) -> bool:
    """The future indicative (« inviteront », « va appeler »; not the conditional)."""
    if "Cnd" in tok.morph.get("Mood"):
        return False
    if "Fut" in tok.morph.get("Tense"):
        return True
    low = tok.lower_
    if "Fin" in tok.morph.get("VerbForm") and low.endswith(("ront", "rons")):
        # the infinitive and the ending (« inviteront », « prendront »), not a present
        # whose stem ends in r (« réitérons »)
        stem = low[:-3]
        return is_infinitive(stem) or is_infinitive(stem + "e")
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "aller" and tok.head.i < tok.i


def _urges_others(tok) -> bool:
    """« engage les parties à respecter »: « engager » with a noun as its object, not
    reflexive (« s'engager à », « nous nous engageons à »): urging others, a call."""
    if tok.lemma_ != "engager":
        return False
    if any(c.dep_.startswith("expl") or c.lower_ in REFLEXIVES for c in tok.children):
        return False
    if not any(c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} for c in tok.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubj:pass"} and instrument_head(c) for c in tok.children):
        return False  # « l'accord engage les deux pays à… »: an instrument binds them
    doc = tok.doc  # « à » and an infinitive after the object (not « a engagé des négociations »)
    return any(
        doc[j].lower_ == "à" and "Inf" in doc[j + 1].morph.get("VerbForm")
        for j in range(tok.i + 2, min(tok.i + 12, tok.sent.end - 1))
    )


def _called_to_be(tok) -> bool:
    """« sont appelés à se renforcer », « est appelée à jouer un rôle »: the passive of
    « appeler à » with no one named who calls says what is bound to happen, an intent."""
    return (
        tok.lemma_ == "appeler"
        and any(c.dep_ == "aux:pass" for c in tok.children)
        # « les parties ont été appelées par le Conseil à… »: someone calls upon them (not
        # « de par sa position », « par sa position géographique »)
        and not any(
            c.dep_.startswith("obl")
            and any(g.lower_ == "par" for g in c.children)
            and not any(g.lower_ == "de" for g in c.children)
            and someone(c)
            for c in tok.children
        )
    )


_GOVERNING = {"régir", "encadrer"}
_RELATIONS = {
    lexicon.key(w)
    for w in ("coopération", "relation", "partenariat", "collaboration", "lien", "échange")
}


def _orders_to_do(tok) -> bool:
    """« instruit la Commission de déployer une mission »: an order. Not the judge's
    « instruit une plainte », nor the trainer's « instruisent les soldats au maniement »."""
    for c in tok.children:
        if c.dep_ == "obj" and lexicon.key(c.lemma_ or c.lower_) in _CASES:
            return False
        for g in c.children if c.dep_ in {"obj", "obl:arg", "obl:mod"} else ():
            if g.dep_ == "nmod" and clause_preposition(g) in {"à", "au", "aux"}:
                return False
        if c.dep_.startswith("obl") and clause_preposition(c) in {"à", "au", "aux"} and c.i > tok.i:
            return False
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 8, tok.sent.end - 1)):  # the parse hangs it anywhere
        if doc[j].lower_ in {"de", "d'"}:
            break
        if doc[j].lower_ in {"au", "aux"} and doc[j + 1].pos_ == "NOUN":
            return False
    return True


_CASES = frozenset(lexicon.key(w) for w in ("plainte", "dossier", "affaire", "enquête", "procès"))


def _describes_something_else(tok) -> bool:
    """« un fournisseur agréé par le ministère »: a participle qualifying a noun that is
    no instrument (« cet accord négocié … et agréé par X » is one)."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in {"acl", "amod"} and not instrument_head(t.head)


def _governs_a_relation(tok) -> bool:
    """« la coopération entre X et Y est régie par un accord »: what an instrument governs
    is a relation between sides (not a meeting, nor exports under a treaty)."""
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # « est dynamique et encadrée »
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and lexicon.key(c.lemma_ or c.lower_) in _RELATIONS
        for h in heads
        for c in h.children
    )


# "chacun doit", "tout État doit", "les États doivent": a duty laid on a class, a norm
QUANTIFIERS = {
    "chacun",
    "chacune",
    "tout",
    "toute",
    "tous",
    "toutes",
    "chaque",
    "aucun",
    "aucune",
    "nul",
    "nulle",
    "quiconque",
}
# the common nouns a norm addresses in the plural ("les États doivent", "les nations doivent")
CLASS_NOUNS = {
    lexicon.key(w)
    for w in ("etat", "pays", "nation", "membre", "partie", "gouvernement", "acteur", "allie")
}


def _generic_subject(tok) -> bool:
    """The subject of 'doit' names no one in particular: a quantifier ('chacun doit', 'tout
    État doit', 'tous les États doivent') or a class in the definite plural ('les États
    membres doivent'). 'Les deux pays doivent signer', 'ces pays doivent' and 'la France doit
    livrer' name their parties: what they are to do is their intent."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ in {"PRON", "PROPN"} and subject.lower_ in QUANTIFIERS:
        return True  # the small model takes a capital « Chacun » for a name
    if subject.pos_ == "PRON":
        return False
    if subject.pos_ != "NOUN":
        return False
    if any(is_demonym(c) or c.pos_ == "PROPN" for c in subject.subtree if c.i != subject.i):
        return False  # "les gouvernements français et allemand doivent": named
    marks = [c for c in subject.children if c.dep_ in {"det", "amod", "nummod"}]
    if any(c.lower_ in QUANTIFIERS for c in marks):
        return True
    plural_the = any(c.dep_ == "det" and c.lower_ in {"les", "des"} for c in marks)
    counted = any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in marks)
    return plural_the and not counted and lexicon.key(fold(subject.lemma_)) in CLASS_NOUNS


def _coverage(tok) -> str:
    """'L'entretien a porté sur X': what a meeting discussed (an exploration); 'l'accord
    porte sur des blindés': what an instrument's parties will do (an intent); 'le débat
    porte sur', 'il porte sur': nothing said of whom."""
    subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is None or subject.pos_ != "NOUN":
        return ""
    if instrument_head(subject):
        return "intent"
    meetings = lexicon_keys(lexicon.knowledge().triggers["context"]["meeting_anaphora"])
    if lexicon.key(subject.lemma_ or subject.lower_) in meetings:
        return "exploration"
    # « les travaux ont porté sur… »: the proceedings of a meeting told just before (not
    # building works)
    proceedings = subject.lower_ == "travaux" and not any(
        c.dep_ in {"nmod", "amod", "acl"} for c in subject.children
    )  # « les travaux de construction », « de la base »: building works
    return "exploration" if proceedings and _meeting_told_before(tok) else ""


def _meeting_told_before(tok) -> bool:
    """A meeting or summit word (a common noun or a verb, not a name: « La Réunion ») in
    this sentence before `tok`, or in the sentence before."""
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    words = event_word_keys("meeting", "summit")
    return any(
        t.norm_ in words and (t.pos_ == "VERB" or t.pos_ == "NOUN" and t.text[:1].islower())
        for t in doc[start : tok.i]
    )


def _practice(tok) -> str:
    """What a party does, told in a clause of its own: 'la Suisse coopère', 'qui participe
    aux opérations', 'a déclaré que l'accord contribuerait' state it (a declaration);
    'contribuera' plans it (an intent). Wished, ordered or aimed at ('il faut que les armées
    coopèrent', 'en vue de coopérer', 'prêts à collaborer'), it is another trigger's matter."""
    if "Fin" not in tok.morph.get("VerbForm") and not has_aux(tok.doc, tok.i):
        return ""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    reported = head.dep_ == "ccomp" and head.head.norm_ in reporting_keys()
    if head.dep_ not in {"ROOT", "acl:relcl"} and not reported:
        return ""
    return "intent" if prospective(tok) and not reported else "declaration"


def _passive_complement(tok) -> bool:
    """'doivent être documentés': the infinitive devoir governs is a passive."""
    return any(
        c.dep_ == "xcomp" and c.i > tok.i and any(a.dep_ == "aux:pass" for a in c.children)
        for c in tok.children
    )


def has_aux(doc, i: int) -> bool:
    """An auxiliary in the three words before `i`, an aside between commas skipped
    ('avaient, quant à elles, signé', 'a, selon lui, confirmé')."""
    j, seen = i - 1, 0
    floor = doc[i].sent.start
    while j >= floor and seen < 3:
        if doc[j].text == ",":
            k = j - 1
            while k >= floor and j - k <= 6 and doc[k].text != ",":
                k -= 1
            if k >= floor and doc[k].text == "," and j - k > 1:
                j = k - 1  # past ", quant à elles ,"
                continue
        if doc[j].pos_ == "AUX":
            return True
        j, seen = j - 1, seen + 1
    return False


def _about(doc, verb: int, inner: int) -> bool:
    """Whether `inner` lies in what the verb is about ('ont porté sur des domaines
    prioritaires')."""
    return any(
        clause_preposition(c) == "sur" and inner in {t.i for t in c.subtree}
        for c in doc[verb].children
        if c.dep_.startswith("obl")
    )


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


def quote_for(doc, quotes, c, sent) -> Quote | None:
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


def inverted(doc, r: int, sent) -> bool:
    """', a indiqué le ministère' / ', a estimé le ministre': comma, auxiliary?, verb. Not
    ', réaffirmant son attachement, a reçu X': a present participle says who acts before it."""
    if doc[r].lower_.endswith("ant") and "Part" in doc[r].morph.get("VerbForm"):
        return False
    k = r - 1
    while k > sent.start and (doc[k].pos_ == "AUX" or doc[k].is_space):
        k -= 1
    return doc[k].text == "," and r + 1 < sent.end


def inside_quote(quotes, char: int) -> bool:
    return any(q.start <= char < q.end for q in quotes)


def clause_break(doc, report_tok: int, trigger_tok: int) -> bool:
    between = doc[report_tok:trigger_tok]
    return any(t.lower_ in {"que", "qu'", "«", ":"} for t in between)


def _inside_clause(m, c, report_before) -> bool:
    return bool(report_before) and m.tok_start > max(report_before)


def actor_acts(doc, actors, sent, events=()) -> list[tuple[str, int, int]]:
    """A sentence no trigger or speech verb claimed, whose main verb is an act done by an
    actor ('La Norvège a renforcé sa présence navale', 'la déclaration a été publiée par les
    deux ministres')
    states what that actor does: its declaration, whatever the verb. Not a speech verb
    with nothing said ('a parlé au Chili'), not a copula or an
    auxiliary ('est', 'a', 'doit'), not a verb with no tense or perfect ('visant à'), not
    a subject that names nobody, not a verb with no object ('ont combattu côte à côte'),
    and not the sentence's meeting ('X a rencontré Y', 'ont
    participé à la cérémonie': the event says it)."""
    from ..clauses import clause_of

    root = sent.root
    if root.pos_ != "VERB" or root.lemma_ in NOT_PLANS or root.norm_ in reporting_keys():
        return []
    if "Fin" not in root.morph.get("VerbForm") and not has_aux(doc, root.i):
        return []
    for ev in events:
        t = doc[ev.tok]
        if t.i == root.i or (t.head.i == root.i and t.dep_ in _EVENT_SLOTS):
            return []
    if negated(root) and any(s <= root.i < e for _, s, e in get_matchers(doc.vocab).events(sent)):
        return []  # « n'a pas rencontré X », « ne s'est pas rendu à Y »: no meeting, no act
    cl = clause_of(root)
    if not cl.passive and not any(c.dep_ in _OBJECTS for c in root.children):
        return []  # "ont combattu côte à côte", "s'exprime": no act on anything
    # the first subject only: a second one the parse hangs on the verb is a misreading
    subjects = (cl.subjects if not cl.passive else cl.agents)[:1]
    if cl.passive:  # "freiné par la rivalité entre X et Y": the rivalry acts
        named = [h for h in subjects if _names_actor(actors, h)]
    else:
        named = [h for h in subjects if _actor_under(doc, actors, doc[h])]
    if named:
        return [("declaration", root.i, root.i + 1)]
    return []


def _names_actor(actors, i: int) -> bool:
    m = actors.mention_at(i)
    return m is not None and actors.actors[m.actor_id].kind not in PLACES


_OBJECTS = {"obj", "obl:arg", "ccomp", "xcomp", "iobj"}
# where a meeting noun stands when the verb only says it took place or who took part
_EVENT_SLOTS = {"nsubj", "nsubj:pass", "obj", "obl:arg"}
