"""Meetings, summits, signings and visits: an event noun that a verb says took place,
or that a phrase makes a moment, with who met, where and when."""

from __future__ import annotations

import functools

from .. import lexicon
from ..actors import DE_FORMS, DETERMINERS
from ..clauses import attached, clause_of, phrase_head, preposition
from ..model import PLACES, Event
from ..nlp import infinitive
from ..quotes import subject_mentions
from .arguments import preposition_before
from .context import Context, parties_of, someone
from .qualifiers import determiner, instrument_anaphor, nearest
from .references import HOLDER_PREPOSITIONS, holder_noun, is_summit_anaphor, named_under
from .triggers import DEMONSTRATIVES, event_word_keys, has_aux, negated

# verbs that end or close something: a meeting only as what they act on ('ont conclu une
# réunion'), never one standing near them ('a conclu en appelant au dialogue')
_ENDING = {"conclure", "clore"}
ARRIVING = {"arriver", "atterrir"}

EVENT_NOUNS = {
    "meeting": "rencontre",
    "summit": "sommet",
    "signing": "signature",
    "visit": "visite",
}


def find_events(
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
    ctx: Context,
    events: list[Event],
) -> list[Event]:
    out = []
    happen_toks = {s for _, s, _ in happen}
    happen_words = {j for _, s, e in happen for j in range(s, e)}
    done: set[str] = set()
    referred: set[int] = set()  # the words of a meeting referred to again
    for kind, s, e in [*matches, *_sessions(doc, sent, matches)]:
        # "se rencontrer": the verb, not its pronoun
        s = next(
            (
                j
                for j in range(s, e)
                # « s'est alors entretenu »: nor an adverb inside (the first and the last
                # word may be verbs the model tagged as adverbs: « conduisaient leurs
                # délégations », « se réunissent »)
                if doc[j].lower_ not in {"se", "s'"}
                and doc[j].pos_ != "AUX"
                and not (doc[j].pos_ == "ADV" and s < j < e - 1)
            ),
            s,
        )
        tok = doc[s]
        if s in referred:
            continue
        if tok.lemma_ == "exercice" and not _drill(tok):
            continue  # « président en exercice », « l'exercice 2022-2023 », « du pouvoir »
        if tok.lemma_ == "présent" and not _attended(tok):
            continue  # « la présente déclaration », « présent au Mali »: no verb of presence
        verb = tok.pos_ == "VERB" or _bare_verb(tok) or _attended(tok)
        participle = verb and (
            "Part" in tok.morph.get("VerbForm")
            or tok.pos_ != "VERB"
            and tok.lower_.endswith(_PARTICIPLE_ENDINGS)  # "Réunis"
        )
        adjunct = participle and tok.i == sent.start and kind == "meeting"  # "Réunis à X, …"
        if kind in done or participle and kind != "signing" and not adjunct and not has_aux(doc, s):
            continue
        if verb and kind in {"meeting", "visit"} and negated(tok):
            continue  # « ne s'est pas rendu à Kiev », « ne s'est pas entretenu avec X »
        if kind == "meeting" and _ceremony_verb(tok) and not _celebrates(doc, actors, tok):
            continue  # « a célébré la qualité du partenariat »: praise, no ceremony
        det = determiner(doc, s)
        participants = [
            m.actor_id
            for m in actors.in_sentence(sent)
            if actors.actors[m.actor_id].kind not in PLACES
        ]
        if kind == "signing":
            named = instrument or instrument_anaphor(doc, tok, ctx)
            if not named:
                continue
            ev = Event("signing", si, named, s)
            ev.parties = list(ctx.instrument_parties or ctx.last_parties)
        elif _same_summit(tok, det, ctx):
            # « Le Sommet a condamné… » after « le Sommet de la SADC s'est tenu… »: the summit
            # told before, acting; what it acts on takes no part in it
            done.add(kind)
            continue
        elif det in DEMONSTRATIVES and ctx.last_event is not None:
            ev = ctx.last_event  # 'Cette rencontre s'est déroulée vendredi…' completes it
            if ev.date is None and dates:
                ev.date = nearest(dates, tok.idx)
            ev.place_id = ev.place_id or place
            ev.participants = list(dict.fromkeys(ev.participants + participants))
            # what is told during it, or in its own clauses, is that meeting again ("Lors
            # de cette rencontre, ils se sont entretenus", "Cette réunion, au cours de
            # laquelle…"); what comes after it may be a new one ("À l'issue de cette
            # réunion, … se rencontreraient à X")
            referred |= {t.i for c in tok.children if c.dep_ == "acl:relcl" for t in c.subtree}
            if preposition_before(doc, s, sent.start) in _DURING:
                done.add(kind)
            continue
        elif kind == "summit" or kind == "visit" and (tok.pos_ == "NOUN" or _determined(tok)):
            if tok.lemma_ == "venue" and not _someones_coming(doc, actors, tok):
                continue  # « la venue de l'hiver »: no one comes
            ev = Event(kind, si, _event_name(doc, text, s, e, sent), s)
        elif kind == "visit" and verb:
            if not _goes_somewhere(tok) or not participants:
                continue  # 'se rendre compte', 'se rendre aux forces', nobody named: no visit
            if tok.lemma_ in ARRIVING and not _someone_arrives(doc, actors, tok, matches):
                continue  # 'les premiers F-16 arriveront à Kyiv': things arrive, nobody visits
            ev = Event(kind, si, "", s)
        elif kind == "meeting" and verb:
            if tok.lemma_ in RECEIVING_VERBS and not _receives_someone(doc, actors, tok):
                continue  # 'le Portugal accueillera des réfugiés', 'recevra des obus'
            if tok.lemma_ in ATTENDING and not _someone_attends(doc, actors, tok, matches):
                continue  # 'accompagner le processus', 'le groupe est présent au Brésil'
            if tok.lemma_ in _TALKING and not _talks_with_someone(doc, actors, tok, e):
                continue  # « discuter avec sérieux », « refuse de discuter avec eux »
            if lexicon.key(tok.lemma_) in _located() and not (
                (place or dates) and _met_together(doc, tok)
            ):
                continue  # 'se retrouver en difficulté': no meeting said where or when
            ev = Event(kind, si, "", s)
        elif kind == "meeting":
            # a meeting noun is an event when something says it took place: a verb nearby
            # ("s'est tenue"), a word that makes it a moment ("lors d'une conférence"), or
            # those who met ("une rencontre des chefs d'état-major de X")
            # (« les pourparlers n'ont pas encore commencé »: a verb denied says it did not)
            near = any(
                abs(h - s) <= 6
                for h in happen_toks
                if doc[h].lemma_ not in _ENDING and not negated(doc[h])
            )
            # its clause says it took place, however far the verb: "le dialogue sur … entre
            # X et Y a eu lieu", "les ministres ont conclu à Z une réunion de deux jours"
            head = tok.head.head if tok.head.lemma_ in _PROCEEDINGS else tok.head
            near = near or head.i in happen_words and _took_place(tok)
            # « la conférence de presse qu'ils ont organisée »: its own relative clause,
            # however the parse hangs it
            near = near or _relative_happen(doc, s, sent.end, happen_toks)
            near = near or _lost_object(doc, tok, happen_toks)
            moment = preposition_before(doc, s, sent.start) in _introducers()
            had = tok.dep_ == "obj" and tok.head.lemma_ in HAVING_VERBS  # "a eu un entretien"
            told = near or moment or had or _with_participants(doc, actors, tok, sent)
            if not told and not _dated(doc, tok, e, dates):
                continue
            if (
                not told
                and ctx.meeting is not None
                and ctx.meeting.date is not None
                and ctx.meeting.date.date == nearest(dates, tok.idx).date
            ):
                continue  # « La réunion du 3 mars a porté sur… »: the one told before
            ev = Event(kind, si, _event_name(doc, text, s, e, sent), s)
        else:
            continue
        done.add(kind)  # one event of a kind per sentence; a noun that is none leaves room
        ev.date = nearest(dates, tok.idx)
        ev.place_id = place
        if not ev.parties and verb:
            # "X a reçu Y", "X a rencontré Y": both sides named take part; "X se sont
            # réunis à …", "X et Y se sont rencontrés": the sides come before the verb
            venue = {"à", "au", "aux", "dans", "chez", "en"}  # "au Pentagone" is where
            transitive = tok.lemma_ in HOSTING_VERBS and not _has_reflexive(doc, s)
            # « X s'est entretenu avec Y »: who X met is a side as well
            named = [
                m.actor_id
                for m in actors.in_sentence(sent)
                if (
                    transitive
                    or m.tok_start < s
                    or kind == "meeting"
                    and _met_with(doc, s, m.tok_start, m.tok_end)
                )
                and preposition_before(doc, m.tok_start, sent.start) not in venue
            ]
            ev.parties = parties_of(actors, named)
        if not ev.parties and not verb:
            # "une rencontre des chefs de X et de Y, avec A, B et C", "le sommet de
            # l'OTAN": those its own phrase names; the sentence's topic ("… du soutien à
            # l'Ukraine") is no side of it
            ev.parties = parties_of(actors, named_under(doc, actors, tok, sent, True))
        if not ev.parties and verb:
            # "Réunis à Vilnius, les ministres de X et de Y…": the clause's subject
            cl = clause_of(tok)
            named = [a for h in cl.subjects for a in named_under(doc, actors, doc[h], sent)]
            ev.parties = parties_of(actors, named)
        if not ev.parties:
            subj = subject_mentions(doc, actors, sent, s)
            ev.parties = parties_of(actors, [m.actor_id for m in subj])

        ev.participants = list(dict.fromkeys(ev.parties + participants))
        if not ev.name:  # a verb ("se sont rencontrés"): name it by its sides
            sides = " – ".join(actors.actors[a].name for a in ev.parties) or "?"
            ev.name = f"{EVENT_NOUNS[kind]} {sides}"
        events.append(ev)
        out.append(ev)
        ctx.last_event = ev
        if kind == "meeting":
            ctx.meeting = ev
        if kind == "summit":
            ctx.summit = ev  # the latest, sides or not: an older one is no longer meant
    return _one_ceremony(doc, events, out, ctx)


_ACCOUNTS = {"budgétaire", "financier", "fiscal", "comptable", "écoulé", "précédent"}
# what a drill trains (« un exercice de tir, d'entraînement, de débarquement »)
_DRILLS = {
    "tir",
    "entraînement",
    "débarquement",
    "évacuation",
    "sauvetage",
    "simulation",
    "combat",
    "défense",
    "déploiement",
    "projection",
    "mobilisation",
    "crise",
    "interopérabilité",
    "parachutage",
    "lutte",
    "assaut",
    "ravitaillement",
}


def _drill(tok) -> bool:
    """« exercice » as a military exercise: not an office held (« en exercice »), an
    accounting year (« l'exercice 2022-2023 », « budgétaire »), nor the exercise of
    something (« l'exercice du pouvoir, de ses fonctions »); a name may follow (« l'exercice
    « Golden Dragon » », « Obangame Express »)."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "en":
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.lower_ in _ACCOUNTS):
        return False
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in _ACCOUNTS:
            return False
        if (
            c.dep_ == "nmod"
            and c.i > tok.i
            and c.pos_ == "NOUN"
            and c.text[:1].islower()
            and c.lemma_ not in _DRILLS
        ):
            return False  # « l'exercice du pouvoir » (not « un exercice de tir »)
    return True


def _same_summit(tok, det: str, ctx) -> bool:
    """« Le Sommet a renouvelé… » after « le Sommet extraordinaire de la SADC »: a definite
    summit noun with no complement, adjective or name of its own, subject of its verb, is
    the summit told before (« le Togo accueillera le sommet en 2027 » is another)."""
    return (
        ctx.summit is not None
        and bool(ctx.summit.parties)
        and det in {"le", "la", "l'", "l’"}
        and tok.dep_ == "nsubj"
        and is_summit_anaphor(tok)
    )


def _relative_happen(doc, s: int, end: int, happen_toks) -> bool:
    """A relative clause on the meeting noun at `s` (« que », within six words of it) whose
    verb, in a past or the future tense, says it took place or will (« qu'ils ont organisée »,
    « que le Tchad a présidée », « que les ministres tiendront »; not « qu'il compte
    organiser », « qu'il devait présider »)."""
    for k in range(s + 1, min(s + 7, end)):
        if doc[k].lower_ in {"que", "qu'", "qu’"}:
            if doc[k - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
                return False  # « aussi longtemps que », « alors que »: no relative clause
            return any(
                k < h <= k + 6
                and doc[h].lemma_ not in _ENDING
                # « qu'ils ont organisée », « que le Tchad a finalement présidée »; or a
                # verb of its own tense (« que les ministres tiendront cette semaine »)
                and (
                    (
                        doc[h - 1].pos_ == "AUX"
                        or doc[h - 1].pos_ == "ADV"
                        and doc[h - 2].pos_ == "AUX"
                    )
                    and "Part" in doc[h].morph.get("VerbForm")
                    or "Fut" in doc[h].morph.get("Tense")
                    and doc[h].pos_ == "VERB"
                )
                and not negated(doc[h])
                for h in happen_toks
            )
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].is_punct:
            return False
    return False


# the nouns of a meeting proper, dated by their complement (« l'audience du 12 mai », « la
# session du 3 mars » are as often a court's or an exam's)
_DATED_NOUNS = {"réunion", "rencontre", "entretien", "entrevue", "conférence", "dialogue"}
# what is done to a meeting that will not take place as set
_CALLED_OFF = {"reporter", "annuler", "ajourner", "repousser", "différer", "suspendre"}


def _dated(doc, tok, end: int, dates) -> bool:
    """« la réunion du 3 mars », « Réunion du 6 juillet 2011 »: a meeting noun its date
    follows (« du », « de », then the date) is one meeting, held or set; not one called off
    or denied (« sera reportée », « n'aura pas lieu »)."""
    if tok.lemma_ not in _DATED_NOUNS or end + 1 >= len(doc):
        return False
    if doc[end].lower_ not in {"du", "de"}:
        return False
    verb = tok.head
    if tok.dep_.startswith("nsubj") and (verb.lemma_ in _CALLED_OFF or negated(verb)):
        return False
    after = doc[end].idx + len(doc[end].text)
    return any(0 <= d.start - after <= 2 for d in dates)


# verbs of talks that are a meeting only with someone after « avec »
_TALKING = {"discuter", "concerter"}


def _talks_with_someone(doc, actors, verb, end: int) -> bool:
    """« X a discuté avec son homologue Y »: someone named or described after « avec », and
    the talks neither denied nor only wished (« n'a pas discuté », « refuse de discuter »)."""
    if negated(verb):
        return False
    if verb.dep_ == "xcomp" and not any(c.dep_.startswith("aux") for c in verb.children):
        return False  # « souhaite discuter avec »; « a dit avoir discuté avec » was held
    after = doc[end] if end < len(doc) else None
    while after is not None and after.pos_ == "DET" and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    return after is not None and (
        _a_person(doc, actors, after) or actors.mention_at(after.i) is not None
    )


@functools.cache
def _ceremony() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Verbs of a ceremony, what only « commémorer » marks, and the occasions celebrated
    (events.toml [ceremony])."""
    c = lexicon.knowledge().events["ceremony"]
    occasions = frozenset(lexicon.key(w) for w in c["occasions"])
    commemorated = frozenset(lexicon.key(w) for w in c["commemorated"])
    return frozenset(c["verbs"]), commemorated, occasions


def _ceremony_verb(tok) -> str:
    """The ceremony verb a token is (« célébré » the model read as a noun included)."""
    verbs = _ceremony()[0]
    participle = tok.lower_.rstrip("s").removesuffix("e")  # « célébrés », « fêtée »
    for lemma in (tok.lemma_, infinitive(tok.lower_), participle[:-1] + "er"):
        if lemma in verbs and (lemma == tok.lemma_ or participle.endswith("é")):
            return lemma
    return ""


def _celebrates(doc, actors, verb) -> bool:
    """« Nos deux pays ont célébré le centenaire de l'armistice », « le ministre a
    commémoré la bataille »: someone (a person, a state, a body, a word for them) holds a
    ceremony for an occasion, or the occasion is celebrated (« la fête nationale a été
    célébrée à Riga »); not « a célébré la qualité du partenariat » (praise), a
    ceremony denied, or a thing that celebrates (« le défilé célèbre la victoire »)."""
    if negated(verb):
        return False
    _verbs, commemorated, occasions = _ceremony()
    if any(  # « l'anniversaire a été célébré à Riga »
        c.dep_ == "nsubj:pass" and lexicon.key(c.lemma_ or c.lower_) in occasions
        for c in verb.children
    ):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(
        _a_person(doc, actors, c)
        or (m := actors.mention_at(c.i)) is not None
        and actors.actors[m.actor_id].kind not in PLACES
        or someone(c)
        for c in subjects
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    wanted = occasions | commemorated if _ceremony_verb(verb) == "commémorer" else occasions
    return any(_occasion(o, wanted) for o in objects)


def _occasion(obj, wanted) -> bool:
    """An occasion celebrated: « le centenaire de… », « les 30 ans de leur alliance » (a count
    of years of something, not « ses 60 ans »)."""
    key = lexicon.key(obj.lemma_ or obj.lower_)
    if key == lexicon.key("an"):
        counted = any(c.dep_ == "nummod" for c in obj.children)
        of = any(c.dep_ == "nmod" and preposition(c) in DE_FORMS for c in obj.children)
        return counted and of
    return key in wanted


# verbs whose object « la venue de X » is a visit made or set (not « exclure », « espérer »)
_COMING_TOLD = frozenset({"annoncer", "confirmer", "préparer", "saluer", "accueillir", "marquer"})


def _someones_coming(doc, actors, noun) -> bool:
    """« la venue de la présidente brésilienne en France »: a visit when its « de »
    complement is a person (named or by title), not « la venue de l'hiver », nor a state's
    joining (« la venue de la Pologne dans le programme »), nor a visit excluded, hoped for
    or demanded (the object of a verb other than one that announces or marks it)."""
    if noun.dep_ == "obj" and noun.head.lemma_ not in _COMING_TOLD:
        return False  # « a exclu / espère / réclame la venue de X »: a visit not made
    return any(
        c.dep_ == "nmod" and preposition(c) in DE_FORMS and _a_person(doc, actors, c)
        for c in noun.children
    )


_HOLDING = frozenset(
    {
        "organiser",
        "tenir",
        "présider",
        "coprésider",
        "co-présider",
        "accueillir",
        "convoquer",
        "animer",
        "inaugurer",
        "ouvrir",
        "clôturer",
    }
)


def _lost_object(doc, noun, happen_toks) -> bool:
    """« L'armée a organisé, hier, au siège de la brigade, une cérémonie »: the parse hung
    the noun on the place before it. A verb that holds a meeting (« organiser », « tenir »,
    « présider »…) with no object of its own, then only its complements, then a comma and
    the determined meeting noun with no preposition of its own, has that noun as its
    object (not « a participé … à la préparation d'une rencontre »)."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.i == 0 or doc[det.i - 1].text != ",":
        return False
    if any(c.dep_ == "case" for c in noun.children):
        return False
    for h in happen_toks:
        verb = doc[h]
        if h >= noun.i or verb.pos_ != "VERB" or verb.lemma_ not in _HOLDING or negated(verb):
            continue
        if any(c.dep_ in {"obj", "nsubj:pass"} for c in verb.children):
            continue
        between = doc[h + 1 : noun.i]
        if not any(t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} for t in between):
            return True
    return False


# what a meeting's proceedings are called: « les travaux », « l'ouverture », « la clôture »
_PROCEEDINGS = frozenset({"travail", "travaux", "ouverture", "clôture"})


def _took_place(noun) -> bool:
    """The meeting noun is what its verb says took place: the passive subject ('la réunion
    a été organisée'), the object ('ont conclu une réunion', 'tiendront un sommet'), or the
    subject of a verb of happening ('la réunion s'est tenue', 'a eu lieu', 'débute'); not
    the subject of an act ('la réunion a ouvert la voie', 'fait l'objet de critiques'), nor
    a verb negated ('ne s'est finalement pas tenue')."""
    verb = noun.head
    if noun.dep_ == "nmod" and verb.lemma_ in _PROCEEDINGS and verb.head.i != verb.i:
        # « les travaux de la session se sont achevés », « l'ouverture du sommet a eu lieu »:
        # its proceedings took place
        return _took_place(verb)
    if negated(verb):
        return False
    if noun.dep_ in {"nsubj:pass", "obj"}:
        return True
    reflexive = any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)
    happening = (
        verb.lemma_ == "débuter"
        or verb.lemma_ == "avoir"
        and any(c.lower_ == "lieu" for c in verb.children)
    )
    return noun.dep_ == "nsubj" and (reflexive or happening)


def _one_ceremony(doc, events: list[Event], out: list[Event], ctx: Context) -> list[Event]:
    """'la cérémonie de signature de l'accord a eu lieu': one event, the signing, not also
    a meeting named by it."""
    signed = {ev.tok for ev in out if ev.kind == "signing"}
    drop = [
        ev
        for ev in out
        if ev.kind == "meeting"
        and any(c.dep_ == "nmod" and c.i in signed for c in doc[ev.tok].children)
    ]
    for ev in drop:
        out.remove(ev)
        events.remove(ev)
        if ctx.meeting is ev:
            ctx.meeting = None
        if ctx.last_event is ev:
            ctx.last_event = out[-1] if out else None
    return out


def _someone_arrives(doc, actors, verb, matches) -> bool:
    """'le ministre est arrivé à Dakar', 'X a atterri à Niamey': a person arrives (named,
    referred to, or by their title), the arrival is not negated, and the sentence names
    no visit of its own ('est arrivé à Paris pour une visite d'État': the visit says it)."""
    if negated(verb):
        return False
    if any(kind == "visit" and s != verb.i and doc[s].pos_ == "NOUN" for kind, s, _ in matches):
        return False
    for h in clause_of(verb).subjects:
        m = actors.mention_at(h)
        if m is not None:
            if actors.actors[m.actor_id].kind == "person":
                return True
            continue
        if doc[h].pos_ == "NOUN" and lexicon.key(doc[h].lemma_ or doc[h].lower_) in (
            lexicon.title_keys()
        ):
            return True
    return False


def _goes_somewhere(verb) -> bool:
    """'X se rendra à Dakar / sur la base de Y', 'X séjourne à Niamey', 'X a visité le
    chantier': a visit verb with where it goes (or what it visits). Not 'se rendre
    compte', nor 'se rendre aux forces' (to someone: a surrender)."""
    if verb.lemma_ == "visiter":
        return any(c.dep_ == "obj" for c in verb.children)
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if t.lower_ == "compte" or t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", "."}:
            return False
        if t.lower_ not in _DESTINATIONS or t.i + 1 >= verb.sent.end:
            continue
        # the place it goes to (the parse hangs it anywhere: read the words), not someone
        # it gives itself up to ('aux forces armées', 'à la police')
        where = next(
            (w for w in doc[t.i + 1 : min(t.i + 4, verb.sent.end)] if w.pos_ != "DET"), None
        )
        # a place's name, or a kind of place (« la base de », « le siège de »); not « à
        # l'évidence », « aux urnes », « aux arguments de X »
        return where is not None and (
            where.pos_ == "PROPN"
            or bool(lexicon.places().get(where.text))  # « à Dakar » read as a noun
            or lexicon.key(where.lemma_ or where.lower_) in _place_nouns()
        )
    return False


@functools.cache
def _place_nouns() -> frozenset[str]:
    """Kinds of place a visit goes to: people.toml's, and the venues of office."""
    venues = ("siège", "front", "ministère", "palais", "quartier")
    return lexicon.place_nouns() | frozenset(lexicon.key(w) for w in venues)


_DESTINATIONS = {"à", "au", "aux", "en", "dans", "sur", "chez", "auprès"}
HOSTING_VERBS = {"recevoir", "rencontrer", "accueillir"}
HAVING_VERBS = {"avoir", "mener", "conduire"}
RECEIVING_VERBS = {"recevoir", "accueillir"}


def _receives_someone(doc, actors, verb) -> bool:
    """'a reçu son homologue', 'accueille le président X', 'a reçu une délégation': after
    the verb, the sentence names someone (an actor, a title, a delegation), not only
    something ('accueillera des réfugiés', 'recevra des obus')."""
    words = _someone_nouns()
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        m = actors.mention_at(t.i)
        if m is not None and actors.actors[m.actor_id].kind not in PLACES:
            return True
        if t.pos_ == "NOUN" and lexicon.key(t.lemma_ or t.lower_) in words:
            return True
    return False


@functools.cache
def _someone_nouns() -> frozenset[str]:
    k = lexicon.knowledge().triggers["context"]
    words = [*k["people"], *k["collective"], "délégation", "visiteur", "hôte", "invité"]
    return frozenset(lexicon.key(w.split()[-1]) for w in words) | lexicon.title_keys()


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Words for people (« les ministres », « une délégation »), not for states."""
    words = [*lexicon.knowledge().triggers["context"]["people"], "délégation", "invité"]
    return frozenset(lexicon.key(w) for w in words) | lexicon.title_keys()


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


def _bare_verb(tok) -> bool:
    """A verb form the model tagged otherwise ('Réunis' read as a name); a noun with its
    determiner is a noun even when it spells a participle ('une entrevue')."""
    from ..nlp import verb_forms

    if any(c.dep_ == "det" for c in tok.children):
        return False
    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "ADV"} and tok.lower_ in verb_forms()


ATTENDING = {"accompagner", "présent", "assister"}
_DURING = {"lors de", "au cours de", "pendant", "durant"}


def _someone_attends(doc, actors, tok, matches) -> bool:
    """Attendance, said of people, is the meeting of a sentence that names no event of its
    own: « les ministres Y et Z étaient présents », « le général X assistera à une
    présentation », « M. X était accompagné du ministre Y ». Not « la France est présente au
    Mali » (no one), « présent au Mali depuis 2013 » (a stay), « a assisté les victimes »
    (help), « a assisté à la montée des tensions » (witnessing), « accompagner le président
    dans la transition » (support), « les hélicoptères ont accompagné le ministre »; nor a
    sentence that names the event attended (« présent au sommet », « lors de sa visite »):
    that event is its row."""
    if any(not s <= tok.i < e for _, s, e in matches) or negated(tok):
        return False
    lemma = tok.lemma_
    if lemma == "présent":
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        stay = any(preposition(c) == "depuis" for c in tok.children)
        return not stay and any(_a_person(doc, actors, c) for c in subjects)
    if lemma == "assister":
        if any(c.dep_ == "obj" for c in tok.children):
            return False
        attended = [c for c in tok.children if c.dep_.startswith("obl") and preposition(c) in _AT]
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        # « ont assisté à une réunion à Riyad »: a meeting noun the match took in is
        # attended too
        nouns = _attended_nouns() | event_word_keys("meeting", "summit")
        return any(lexicon.key(c.lemma_ or c.lower_) in nouns for c in attended) and any(
            _a_person(doc, actors, c) for c in subjects
        )
    # « accompagner »
    if any(preposition(c) in {"dans", "vers", "sur"} for c in tok.children):
        return False
    passive = any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    subjects = [_antecedent(doc, c) if c.lower_ == "qui" else c for c in subjects]
    deps = {"obl:agent", "obl:arg", "obl:mod", "obl"} if passive else {"obj"}
    who = [c for c in tok.children if c.dep_ in deps]
    if not who and not passive:  # 'qui ont accompagné ici M. X': the model lost the obj
        nxt = next((t for t in doc[tok.i + 1 : tok.sent.end] if t.pos_ not in {"ADV", "DET"}), None)
        who = [nxt] if nxt is not None else []
    return any(_a_person(doc, actors, c) for c in subjects) and any(
        _a_person(doc, actors, c) for c in who
    )


_AT = {"à", "au", "aux"}


def _antecedent(doc, qui):
    """The noun « qui » stands for: the nearest one before it that is no complement of
    another (« M. X, ministre de la Défense de la Suède, qui… »: « ministre »)."""
    for t in reversed(doc[qui.sent.start : qui.i]):
        if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "flat:name" and preposition(t) not in DE_FORMS:
            return t
    return qui


@functools.cache
def _attended_nouns() -> frozenset[str]:
    """What people attend and is no meeting noun itself (events.toml [attended])."""
    return frozenset(lexicon.key(w) for w in lexicon.knowledge().events["attended"]["nouns"])


def _a_person(doc, actors, tok) -> bool:
    """A person named or described at `tok` (or its conjuncts): a mention of a person, a
    title or a word for people."""
    for t in [tok, *tok.conjuncts]:
        m = actors.mention_at(t.i)
        if m is None and t.lower_ in lexicon.honorifics() and t.i + 1 < len(doc):
            m = actors.mention_at(t.i + 1)  # 'M. Alain X': the honorific heads the name
        if m is not None:
            if actors.actors[m.actor_id].kind == "person":
                return True
            continue
        if t.pos_ == "NOUN" and lexicon.key(t.lemma_ or t.lower_) in _people_nouns():
            return True
        # 'le général Marc Lenoir': the title heads, the name hangs on it
        if any(
            (n := actors.mention_at(c.i)) and actors.actors[n.actor_id].kind == "person"
            for c in t.children
            if c.dep_ in {"appos", "flat:name"}
        ):
            return True
    return False


def _attended(tok) -> bool:
    """« Les ministres X et Y étaient présents »: the adjective of presence with its copula
    (read as a passive auxiliary in the feminine) says, as a verb would, that its subject
    took part."""
    return (
        tok.pos_ == "ADJ"
        and tok.lemma_ == "présent"
        and any(c.dep_ in {"cop", "aux:pass"} and c.lemma_ == "être" for c in tok.children)
    )


def _determined(tok) -> bool:
    """'les visites croisées' read as an adjective: a word with its determiner is a noun."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children)


def _sessions(doc, sent, matches) -> list[tuple[str, int, int]]:
    """'à l'issue d'un conseil franco-allemand', 'lors du Conseil européen': a body's
    session, a meeting when a word makes it a moment."""
    if any(k == "meeting" for k, _, _ in matches):
        return []
    nouns = _session_nouns()
    for tok in doc[sent.start : sent.end]:
        if tok.pos_ not in {"NOUN", "PROPN"} or lexicon.key(tok.lemma_ or tok.lower_) not in nouns:
            continue
        if preposition_before(doc, tok.i, sent.start) in _introducers():
            return [("meeting", tok.i, tok.i + 1)]
    return []


@functools.cache
def _session_nouns() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in lexicon.knowledge().events["sessions"]["nouns"])


@functools.cache
def _located() -> frozenset[str]:
    return frozenset(lexicon.key(w) for w in lexicon.knowledge().events["located"]["verbs"])


@functools.cache
def _introducers() -> frozenset[str]:
    return frozenset(lexicon.knowledge().events["introducers"]["words"])


def _met_with(doc, verb: int, start: int, end: int) -> bool:
    """« s'est entretenu avec son homologue X », « avec les ministres de X et de Y »: the
    name hangs from an « avec » phrase of the verb itself (or of its « par téléphone »)
    through coordination and, under a noun of people, « de » phrases (not « de la
    coopération avec X », a topic; not « avec l'appui de X »)."""
    t, came = phrase_head(doc, start, end), None
    for _ in range(12):
        p = preposition(t)
        if p == "avec" and t.dep_ != "conj":
            on_verb = (
                t.head.i == verb
                or t.head.head.i == verb
                and t.head.dep_.startswith("obl")
                and preposition(t.head) != "avec"
            )
            return on_verb and (came is None or came.dep_ == "conj" or holder_noun(t))
        if t.head.i == t.i or p not in {"", "de", "du", "des", "d'", "avec"}:
            return False
        t, came = t.head, t
    return False


def _with_participants(doc, actors, tok, sent) -> bool:
    """'une rencontre des chefs d'état-major de la Croatie, de la Slovénie…': the
    meeting's own phrase names who takes part."""
    allowed = HOLDER_PREPOSITIONS | {"avec"}
    mentions = actors.in_sentence(sent)
    # "la réunion à Ecouen des ministres": the parse hangs those who meet on the venue
    venues = {
        phrase_head(doc, m.tok_start, m.tok_end).i
        for m in mentions
        if actors.actors[m.actor_id].kind in PLACES
        and attached(phrase_head(doc, m.tok_start, m.tok_end), tok, {"à", "au", "aux"})
    }
    for m in mentions:
        if actors.actors[m.actor_id].kind not in {"person", "country", "organization", "group"}:
            continue
        head = phrase_head(doc, m.tok_start, m.tok_end)
        if (
            attached(head, tok, allowed)
            or head.head.i in venues
            and attached(head, head.head, allowed)
        ):
            return True
    return False


def _has_reflexive(doc, i: int) -> bool:
    """'se sont rencontrés': the meeting's sides are its subject."""
    return any(t.lower_ in {"se", "s'"} for t in doc[max(0, i - 3) : i])


def _met_together(doc, tok) -> bool:
    """'les ministres se retrouvent', 'vont se retrouver', 'nous retrouver', 'nous nous
    sommes retrouvés': several who meet, the pronoun right before the verb the reflexive.
    Not 'l'armée se retrouve en difficulté' (one subject), nor 'nous avons retrouvé les
    documents', 'nous retrouverons la paix' (« nous » is the subject)."""
    aux = [c for c in tok.children if c.dep_.startswith("aux")]
    at = min([tok.i, *(a.i for a in aux)])  # the first word of the verb
    before = doc[at - 1].lower_ if at > 0 else ""
    if before in {"se", "s'"}:
        return any("Plur" in v.morph.get("Number") for v in [tok, *aux, tok.head])
    if before in {"nous", "vous"}:
        infinitive = "Inf" in tok.morph.get("VerbForm") and not aux
        return infinitive or at > 1 and doc[at - 2].lower_ == before
    return False


_RELATIVES = {"que", "qu'", "qu’", "qui", "dont", "où"}


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
        if doc[j].text in {",", ";", ":", "«", "»"} or finite or doc[j].lower_ in _RELATIVES:
            break  # « la conférence de presse qu'ils ont organisée »: the noun's own words
        right = j + 1
    while right > e and (doc[right - 1].is_punct or doc[right - 1].lower_ in DETERMINERS):
        right -= 1
    return text[doc[left].idx : doc[right - 1].idx + len(doc[right - 1])]
