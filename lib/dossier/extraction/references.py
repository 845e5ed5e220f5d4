"""References: who a word that names nobody stands for.

`resolve(doc, actors, quotes)` reads the article in order and gives each pronoun,
first-person form and definite description the actors it stands for, as `coreference`
mentions: « il a salué » is then a mention of the minister named before, and every
later step (commitments, events) finds its parties in the clause as if the name were
written there. Each resolution counts for the next ones.

A `Discourse` follows an article as a reader does. It knows every actor mention (the
headline first), how salient each actor is at any point (named often, lately, as the
subject of a clause), which sides acted together, and the article's own voice: who
« nous » is outside quotes, the authors a statement names in its headline or lead.

- `first_person(tok, quote)`: « nous », « notre réunion », « nos deux pays », « je » ->
  the quote's speaker, else those the text speaks as (« en tant que ministres de X et de
  Y, nous… »), else the article's voice;
- `pronoun(tok)`: « il », « elle », « ils », « elles », « ce dernier » -> the most salient
  actor before it that agrees in number and gender;
- `voice()`: the sides of the headline and lead, else the most salient states and bodies.

    resolve(doc, doc._.actors, doc._.quotes)   # dossier_references does it in the pipeline
    [(m.start, m.actor_id, m.rule) for m in doc._.actors.mentions if m.method == "coreference"]

Nothing here knows what a commitment is; commitments find the resolved mentions in
their clauses like any other.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from ..base.text import fold
from . import lexicon
from .actors import DE_FORMS, holds_title, is_demonym, office_states
from .clauses import SUBJECT_DEPS, impersonal, phrase_head, preposition
from .model import PLACES, Mention
from .nlp import tokens_with

PARTY_KINDS = {"organization", "country", "group"}
FIRST_PERSON = {"nous", "je", "j'", "on"}
_LOCATIVE = {"en", "au", "aux", "à", "dans", "vers", "sur"}
POSSESSIVE_FIRST = {"notre", "nos"}
SINGULAR = {
    "il": "Masc",
    "elle": "Fem",
    "-t-il": "Masc",
    "-t-elle": "Fem",
    "t-il": "Masc",
    "-il": "Masc",
    "-elle": "Fem",
}
PLURAL = {"ils": "Masc", "elles": "Fem", "-ils": "Masc", "-elles": "Fem"}
LATTER = {"dernier": "Masc", "dernière": "Fem", "derniers": "Masc", "dernières": "Fem"}
# what follows a speaker's name and title in a transcript ('X, ministre - Je…', 'X : Je…')
TURN_MARKS = {"-", "–", "—", ":"}
# the words refer() reads besides nouns: every other word names nobody
REFERRING_WORDS = frozenset(
    {"nous", "je", "j'"} | POSSESSIVE_FIRST | SINGULAR.keys() | PLURAL.keys() | LATTER.keys()
)
_NOUN = frozenset({"NOUN"})
# the opening sentences a statement names its authors in: the headline and the lead
OPENING = 3
DECAY = 0.5  # salience halves with each sentence
# 'le président des États-Unis', 'les ministres de X': the complement holds the subject
HOLDING = {"de", "du", "des", "d'"}
# a statement's authors hang on its noun through these ('Déclaration des ministres de X')
AUTHOR_PREPOSITIONS = {"", "de", "du", "des", "d'", "par", "entre"}


@dataclass(frozen=True)
class _Features:
    number: str  # "Sing", "Plur" or "" (unknown)
    gender: str  # "Masc", "Fem" or ""


class Discourse:
    """The article as read so far; see the module's docstring."""

    def __init__(self, doc, actors):
        self.doc, self.actors = doc, actors
        self.sents = list(doc.sents)
        self._starts = [s.start for s in self.sents]

    # ------------------------------------------------------------ what the text says

    def sentence_of(self, tok_i: int) -> int:
        return bisect.bisect_right(self._starts, tok_i) - 1

    def salience(self, before: int) -> dict[str, float]:
        """Actor id -> salience at token `before`: each earlier mention counts 1 (2 as a
        subject, one more in the headline), halved for each sentence since."""
        here = self.sentence_of(before)
        out: dict[str, float] = {}
        for m in self.actors.mentions:
            if m.tok_end > before:
                continue
            weight = 2.0 if self._subject(m) else 1.0
            si = self.sentence_of(m.tok_start)
            weight += 1.0 if si == 0 else 0.0
            out[m.actor_id] = out.get(m.actor_id, 0.0) + weight * DECAY ** (here - si)
        return out

    def _subject(self, m) -> bool:
        """Whether a mention is (or holds) a subject: 'la France', 'le président des
        États-Unis', 'les ministres de X et de Y' heading their clause."""
        t = phrase_head(self.doc, m.tok_start, m.tok_end)
        for _ in range(6):
            if t.dep_ in SUBJECT_DEPS:
                return True
            if t.dep_ not in {"conj", "nmod", "appos", "flat:name"} or t.head.i == t.i:
                return False
            if t.dep_ == "nmod" and not any(c.lower_ in HOLDING for c in t.children):
                return False  # 'la coopération avec X': X holds nothing
            t = t.head
        return False

    # ------------------------------------------------------------ first person

    def first_person(self, tok, quote=None) -> list[str]:
        """Who « nous » (« je », « notre… ») is at `tok`."""
        if quote is not None and quote.speaker_id:
            return [quote.speaker_id]
        if quote is not None and not (quote.start <= tok.idx < quote.end):
            quote = None  # the trigger only introduces the quote
        if quote is not None:
            return []  # someone unnamed speaks: not the article's voice
        turn = self._turn(tok.i)
        if turn is not None:  # a turn: its speaker, or someone unnamed (a question)
            return [turn] if turn else []
        return self.voice(tok.i, singular=tok.lower_ in {"je", "j'", "j’"})

    def label_at(self, i: int) -> str | None:
        """In a transcript, the speaker a turn's label at token `i` names ('LE PRÉSIDENT –':
        the president of the heading, not the president named since); None elsewhere."""
        for start, end, speaker in self._turns[2]:
            if start <= i < end:
                return speaker
        return None

    def turn_at(self, i: int) -> str:
        """In a transcript ('Général X, chef d'état-major des armées - Je partage…'), the
        person whose turn token `i` is in; '' outside any."""
        return self._turn(i) or ""

    def _turn(self, i: int) -> str | None:
        """The speaker of the turn token `i` is in ('' for someone unnamed); None outside
        any turn."""
        starts, speakers, _ = self._turns
        at = bisect.bisect_right(starts, i) - 1
        return speakers[at] if at >= 0 else None

    @functools.cached_property
    def _turns(self) -> tuple[list[int], list[str], list[tuple[int, int, str]]]:
        """Where each turn of a transcript starts, and whose it is ('' for someone the text
        does not name, whose turn ends the one before). A turn opens a line with a label,
        a dash or a colon, then speech (a capital, not « ministre des Armées » nor a quote):
        a person's name (after a title or an honorific, their title after a comma:
        'Général X, chef d'état-major - Je…'), a title ('LE PRÉSIDENT – …': the one person
        of the heading who holds it), or a question ('QUESTION – …'). Such lines make a
        transcript when there are two, or one under a heading that names one (« Conférence
        de presse », « Interview »…): a single « Karl Brandt : … » or byline is no
        transcript. In a dialogue, where lines holding a name and nothing else open the
        speech below them and a speaker comes back, each such line opens a turn. Returns
        the turns' starts, their speakers, and each label's (start, end, speaker)."""
        doc, labelled, bare = self.doc, [], []
        # the line breaks, read from the column of spaces (no Token made for every word)
        breaks = [i for i, sp in enumerate(doc.to_array("IS_SPACE").tolist()) if sp]
        breaks = [i for i in breaks if "\n" in doc[i].text] + [len(doc)]
        heading_end = None  # where the first labelled line starts: the heading is above
        for s, end in zip([0] + [b + 1 for b in breaks[:-1]], breaks, strict=True):
            if s >= end or doc[s].is_space:
                continue
            mark = next(
                (
                    t.i
                    for t in doc[s : min(end, s + 16)]
                    if t.text in TURN_MARKS and t.whitespace_ and t.i > s
                ),
                None,
            )
            if mark is not None and not any(
                t.pos_ in {"VERB", "AUX"} or t.text in {".", "«"} for t in doc[s:mark]
            ):
                if not _speech_after(doc, mark, end):
                    continue
                heading_end = s if heading_end is None else heading_end
                speaker = self._labelled(s, mark, heading_end)
                if speaker is not None:
                    labelled.append((s, mark + 1, speaker))
            elif end - s <= 6 and end < len(doc) and _label_only(doc[s:end]):
                bare.append((s, end + 1, self._named(s, end)))
        # one turn alone: under a transcript's heading, or 'Name, title - …' (a hearing)
        titled = [t for t in labelled if t[2] and any(w.text == "," for w in doc[t[0] : t[1]])]
        transcript = len(labelled) >= 2 or labelled and (self._transcript_heading() or titled)
        if not transcript:
            labelled = []
        out = [(start, who) for _, start, who in labelled]
        label_lines = {s for s, _, _ in bare}
        # a name line opens speech when the line below is no other name line
        opening = [(start, who) for _, start, who in bare if start not in label_lines]
        named = [who for _, who in opening if who]
        if len(named) >= 2 and len(set(named)) < len(named):  # someone speaks again
            out += [(start, who) for _, start, who in bare]
        out.sort()
        labels = [(line, start - 1, who) for line, start, who in labelled]
        return [start for start, _ in out], [speaker for _, speaker in out], labels

    def _transcript_heading(self) -> bool:
        """Whether the text's first lines name a transcript (« Conférence de presse de… »,
        « Interview de… », « Débat », « Audition »)."""
        opening = " ".join(fold(sent.text) for sent in self.sents[:OPENING])
        return any(word in opening for word in _TRANSCRIPT_WORDS)

    def _labelled(self, start: int, mark: int, heading_end: int) -> str | None:
        """Who a turn's label before its dash names: a person, the holder of a title, ''
        for a question; None when the label is no speaker's ('Paris - La France a…')."""
        named = self._named(start, mark)
        if named:
            return named
        words = _past_address([t.text for t in self.doc[start:mark] if t.is_alpha])
        if not words:
            return None
        first = fold(lexicon.key(words[0].lower()))
        if first in _QUESTION_LABELS:
            return ""
        if first not in _folded_titles():
            return None
        # the people the heading names (not those named in the turns since): the one who
        # holds that title, else the heading's one person; two ministers: nobody knows
        heading = self._heading_people(heading_end)
        holders = [aid for aid, held in heading.items() if first in held]
        if len(holders) == 1:
            return holders[0]
        return next(iter(heading)) if len(heading) == 1 and not holders else ""

    def _heading_people(self, heading_end: int) -> dict[str, frozenset[str]]:
        """The persons named above the first turn, with the folded words of their roles
        (kept on the instance: a transcript has one heading, however many title labels)."""
        cached = self.__dict__.get("_heading")
        if cached is not None and cached[0] == heading_end:
            return cached[1]
        people = {
            m.actor_id: frozenset(
                fold(lexicon.key(w))
                for w in self.actors.actors[m.actor_id].role.replace("'", " ").split()
            )
            for m in self.actors.mentions
            if m.tok_end <= heading_end and self.actors.actors[m.actor_id].kind == "person"
        }
        self.__dict__["_heading"] = (heading_end, people)
        return people

    def _named(self, start: int, end: int) -> str:
        """The person a label opening at `start` names: their name first, after words in
        capitals only (a title, an honorific), not a person its words only mention."""
        for m in self.actors.mentions:
            if not start <= m.tok_start < end or m.method == "coreference":
                continue
            if self.actors.actors[m.actor_id].kind != "person":
                continue
            if all(t.text[:1].isupper() for t in self.doc[start : m.tok_start]):
                return m.actor_id
        # 'JEAN DUPONT', 'M. DUPONT': a name in capitals the model does not read as one,
        # written as a person named in the text is (whole, or without the first name)
        words = [t.text for t in self.doc[start:end] if t.is_alpha or "-" in t.text]
        label = fold(" ".join(_past_address(words)))
        for aid, a in self.actors.actors.items():
            name = fold(a.name).split()
            if a.kind == "person" and label and label in {" ".join(name), " ".join(name[1:])}:
                return aid
        return ""

    def voice(self, before: int, singular: bool = False) -> list[str]:
        """Who the text speaks as at token `before`: those it last said it speaks as (« en
        tant que ministres de X et de Y, nous… »), else the authors its headline or lead
        names (« Déclaration des ministres de X et de Y »), else the sides that acted there,
        else the most salient states and bodies."""
        said = [ids for at, ids in self._self_named() if at <= before]
        if said:
            return said[-1]
        if self._authors():
            return self._authors()
        if self._issuer():
            return self._issuer()
        if self._office_state():
            return self._office_state()
        for sent in self.sents[:OPENING]:  # the first sentence whose subject names someone
            if sent.start >= before:
                break
            # « de nombreux pays ont adhéré »: some states, never who speaks as « nous »
            subjects = [a for a in self._subjects_in(sent) if not self._indefinite(a)]
            if subjects:
                return subjects
        salient = self.most_salient(before, PARTY_KINDS, 6)  # read once: it walks every mention
        if not singular:
            # « la France et le Royaume-Uni ont un rôle à jouer… Nous sommes tous deux… »:
            # the sides the text last showed acting together; a statement that speaks as
            # « nous » before it names anyone, the first it shows so
            joint = [(ids, together) for at, ids, together in self._joint_subjects if at < before]
            top = salient[:1]
            if (
                joint
                and (joint[-1][1] or set(top) & set(joint[-1][0]))
                and self._we_count in {0, len(joint[-1][0])}
            ):
                return joint[-1][0]
        # « je » is one speaker; a state only named as where things happen (« la situation
        # en Ukraine ») is what the text speaks about, not who speaks
        ranked = [
            a for a in salient if not self._only_a_place(a, before) and not self._indefinite(a)
        ]
        if not ranked and not singular:
            # only sides shown acting together (« Ensemble, X et Y… »), never a list of
            # states named later for what they are
            ahead = [
                ids
                for at, ids, together in self._joint_subjects
                if at >= before and together and len(ids) == self._we_count
            ]
            return ahead[0] if ahead else []
        return ranked[: 1 if singular else 2]

    @functools.cached_property
    def _we_count(self) -> int:
        """How many the text says « nous » are (« nos deux pays », « nous sommes tous
        deux », « nos trois nations »), 0 when it does not say."""
        counts = {"deux": 2, "trois": 3, "quatre": 4}
        for sent in self.sents:
            words = [t.lower_ for t in sent]
            for j, w in enumerate(words[:-1]):
                n = counts.get(words[j + 1])
                if n and w in {"nos", "tous", "toutes"}:
                    return n
                if n and w == "les" and j and words[j - 1] in {"tous", "toutes"}:
                    return n
        return 0

    @functools.cached_property
    def _joint_subjects(self) -> list[tuple[int, list[str], bool]]:
        """Sentences whose subject coordinates two or more states or bodies (« la France et
        le Royaume-Uni ont… »): (first token, their ids, whether the sentence says they act
        together: « ensemble », « conjointement », « tous deux »…)."""
        out = []
        for sent in self.sents:
            heads, spans = {}, {}
            for m in self.actors.in_sentence(sent):
                if self.actors.actors[m.actor_id].kind not in {"country", "organization"}:
                    continue
                head = phrase_head(self.doc, m.tok_start, m.tok_end)
                if self._indefinite(m.actor_id):
                    continue
                if not (self._subject(m) or _bare_before_verb(head, sent)):
                    continue
                heads.setdefault(m.actor_id, head)
                spans.setdefault(m.actor_id, (m.tok_start, m.tok_end))
            ids = [
                a
                for a, h in heads.items()
                if any(
                    _joined(h, o) or _listed(self.doc, spans[a], spans[b])
                    for b, o in heads.items()
                    if b != a
                )
            ]
            if len(ids) >= 2:
                out.append((sent.start, ids, _says_together(sent)))
        return out

    def _indefinite(self, aid: str) -> bool:
        """A set the text does not count or name ('de nombreux pays', 'plusieurs alliés')."""
        return aid in self._indefinites

    @functools.cached_property
    def _indefinites(self) -> frozenset[str]:
        """The actors every mention of which is such a set, found once per article."""
        named_otherwise = {m.actor_id for m in self.actors.mentions if m.rule != "group-quantified"}
        return frozenset(
            m.actor_id
            for m in self.actors.mentions
            if m.rule == "group-quantified" and m.actor_id not in named_otherwise
        )

    def _only_a_place(self, aid: str, before: int) -> bool:
        """Every mention of `aid` before `before` is a location ('en Ukraine', 'au Mali') or
        what others are members of ('en tant que membres du Conseil de sécurité, nous…':
        we are not the Council)."""
        seen = [m for m in self.actors.mentions if m.actor_id == aid and m.tok_end <= before]
        return bool(seen) and all(
            preposition(head := phrase_head(self.doc, m.tok_start, m.tok_end)) in _LOCATIVE
            or _members_of(head)  # not 'les alliés de l'Ukraine': they speak
            for m in seen
        )

    def _subjects_in(self, sent) -> list[str]:
        """States, bodies, groups and people named as a subject (or a passive's agent)."""
        return list(
            dict.fromkeys(
                m.actor_id
                for m in self.actors.in_sentence(sent)
                if self.actors.actors[m.actor_id].kind not in PLACES
                and (self._subject(m) or self._agent(m))
            )
        )

    def _objects_in(self, sent) -> list[str]:
        """States, bodies and people named as the direct object of a verb ('a reçu son
        homologue Y', 'a rencontré une délégation du Brésil')."""
        out = []
        for m in self.actors.in_sentence(sent):
            if self.actors.actors[m.actor_id].kind in PLACES:
                continue
            t = phrase_head(self.doc, m.tok_start, m.tok_end)
            for _ in range(4):
                if t.dep_ == "obj":
                    out.append(m.actor_id)
                    break
                if t.dep_ not in {"appos", "nmod", "flat:name", "conj"} or t.head.i == t.i:
                    break
                t = t.head
        return list(dict.fromkeys(out))

    def _agent(self, m) -> bool:
        head = phrase_head(self.doc, m.tok_start, m.tok_end)
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return (
            head.dep_ == "obl:agent"
            or any(c.dep_ == "case" and c.lower_ == "par" for c in head.children)
            and "Part" in head.head.morph.get("VerbForm")
        )

    @functools.cached_property
    def _self_named_list(self) -> list[tuple[int, list[str]]]:
        out = []
        for sent in self.sents:
            words = [t.lower_ for t in sent]
            for j in range(len(words) - 2):
                if words[j : j + 3] != ["en", "tant", "que"]:
                    continue
                start = sent.start + j + 3
                # the phrase runs to the first-person subject it describes
                we = next((t.i for t in self.doc[start : sent.end] if t.lower_ in FIRST_PERSON), 0)
                ids = [
                    m.actor_id
                    for m in self.actors.in_sentence(sent)
                    if start <= m.tok_start < we
                    and self.actors.actors[m.actor_id].kind not in PLACES
                    and not _member_of(phrase_head(self.doc, m.tok_start, m.tok_end))
                ]
                if ids:
                    out.append((start, list(dict.fromkeys(ids))))
        return out

    def _self_named(self) -> list[tuple[int, list[str]]]:
        return self._self_named_list

    @functools.cached_property
    def _authors_list(self) -> list[str]:
        return self._authorship[0]

    @functools.cached_property
    def _authorship(self) -> tuple[list[str], bool]:
        """Those a statement noun of the opening sentences names ('Déclaration conjointe de
        X et de Y', 'Conférence de presse de M. X'), and whether one of them is an office
        with no holder named ('Allocution du Premier ministre')."""
        nouns = _statement_nouns()
        out: list[str] = []
        untitled = False
        for sent in self.sents[:OPENING]:
            for tok in sent:
                if lexicon.key(tok.lemma_ or tok.lower_) not in nouns or tok.pos_ != "NOUN":
                    continue
                # "Allocution du Premier ministre, lors de la session de X": who holds the
                # office, or whose it is, speaks; X is where
                office = _office_after(tok)
                by = office if office is not None else tok
                for m in self.actors.in_sentence(sent):
                    if self.actors.actors[m.actor_id].kind in PLACES:
                        continue
                    head = phrase_head(self.doc, m.tok_start, m.tok_end)
                    if head.i > tok.i and _complement_of(head, by):
                        out.append(m.actor_id)
                untitled = untitled or office is not None
            if out:
                break
        return list(dict.fromkeys(out)), untitled

    def _office_state(self) -> list[str]:
        """'Allocution du Premier ministre': an office the text names no holder of speaks
        for the first state the opening names."""
        if not self._authorship[1]:
            return []
        return [
            m.actor_id
            for sent in self.sents[:OPENING]
            for m in self.actors.in_sentence(sent)
            if self.actors.actors[m.actor_id].kind == "country"
        ][:1]

    def _authors(self) -> list[str]:
        return self._authors_list

    @functools.cached_property
    def _issuer_list(self) -> list[str]:
        """The state or body a statement shows speaking in the present, wherever in the
        text ('L'Union européenne remercie X', 'La France condamne…'): who its « nous » is
        when its headline names no author."""
        verbs = _performatives()
        for sent in self.sents:
            for tok in sent:
                # every performative is a verb in -er: its present is '-e', '-ent' (the
                # small model's tense is not to be trusted: 'remercie' read as a future)
                if (
                    tok.pos_ != "VERB"
                    or lexicon.key(tok.lemma_) not in verbs
                    or "Fin" not in tok.morph.get("VerbForm")
                    or not tok.lower_.endswith(("e", "ent"))
                ):
                    continue
                ids = [
                    m.actor_id
                    for m in self.actors.in_sentence(sent)
                    if self.actors.actors[m.actor_id].kind in {"organization", "country"}
                    and _subject_of(phrase_head(self.doc, m.tok_start, m.tok_end), tok)
                ]
                if ids:
                    return list(dict.fromkeys(ids))
        return []

    def _issuer(self) -> list[str]:
        return self._issuer_list

    def topic(self, before: int) -> list[str]:
        """The state or body the text is about at `before`, when no side acted yet: the most
        salient, not one only named as what others are members of (« en tant que membres du
        Conseil, nous… »: the Council holds nothing), nor a set the text does not count or
        name. (One only named as where things happen stays: leaving it out lowered a
        figure-only set, docs/extraction.md.)"""
        ranked = self.most_salient(before, PARTY_KINDS, 6)
        return [
            a
            for a in ranked
            # « plusieurs pays manifestent leur intérêt »: a set the text does not name is
            # no topic of what follows
            if not self._only_a_membership(a, before) and not self._indefinite(a)
        ][:1]

    def _only_a_membership(self, aid: str, before: int) -> bool:
        """Every mention of `aid` before `before` is what the speakers say they are members
        of (« en tant que membres du Conseil »); not « les membres du Pacte se sont
        réunis », where the body is who acts."""
        seen = [m for m in self.actors.mentions if m.actor_id == aid and m.tok_end <= before]
        return bool(seen) and all(
            _members_of(head := phrase_head(self.doc, m.tok_start, m.tok_end))
            and _as_what(head.head)
            for m in seen
        )

    def most_salient(self, before: int, kinds, count: int = 1) -> list[str]:
        ranked = sorted(self.salience(before).items(), key=lambda kv: -kv[1])
        out = [aid for aid, _ in ranked if self.actors.actors[aid].kind in kinds]
        return out[:count]

    # ------------------------------------------------------------ what a word refers to

    def refer(self, tok, quote=None) -> tuple[list[str], str]:
        """(actor ids, rule) for a word that names nobody; ([], "") for any other."""
        low = tok.lower_
        if low not in REFERRING_WORDS and tok.pos_ != "NOUN":
            return [], ""
        if tok.pos_ == "PRON" and low in {"nous", "je", "j'"}:
            return self.first_person(tok, quote), "first-person"
        if tok.dep_ == "det" and low in POSSESSIVE_FIRST:
            if any(c.dep_ == "nummod" for c in tok.head.children):
                return [], ""  # « nos deux pays »: both states, read with the collectives
            return self.first_person(tok, quote), "first-person-possessive"
        if tok.pos_ == "PRON" and (low in SINGULAR or low in PLURAL):
            if impersonal(tok) or low.endswith("il") and _weather(tok):
                return [], ""
            return self.pronoun(tok, quote), "pronoun"
        if low in LATTER and any(c.lower_ in {"ce", "cette", "ces"} for c in tok.children):
            return self.pronoun(tok), "latter"
        if _possessive_counterpart(tok):
            return self._counterpart(tok), "counterpart"
        if tok.pos_ == "NOUN" and _definite(tok) and not _named_beside(tok):
            label = self.label_at(tok.i)
            if label is not None:  # 'LE PRÉSIDENT –' opening a turn: its speaker
                return ([label] if label else []), "turn-label"
            return self.description(tok), "description"
        return [], ""

    def description(self, tok) -> list[str]:
        """'le ministre', 'la présidente', 'le diplomate français', 'l'entreprise': the
        latest actor the noun fits (a person holding that title or of that nationality, a
        company)."""
        key = lexicon.key(tok.lemma_ or tok.lower_)
        plural = "Plur" in tok.morph.get("Number")
        if plural:
            return []  # collectives are read by the commitments ('les deux pays')
        earlier = sorted(
            (m for m in self.actors.mentions if m.tok_end <= tok.i),
            key=lambda m: m.tok_start,
            reverse=True,
        )
        codes = {is_demonym(ch) for ch in tok.children if ch.dep_ == "amod"} - {""}
        described = office_states(tok)  # « le chef de l'État français »
        codes |= described
        if _former(tok) and (key in lexicon.title_keys() or _ex_title(tok)):
            return self._former_holder(tok, earlier, codes)
        if key in lexicon.title_keys() or key in _person_nouns():
            if codes:
                # « le ministre français »: the French person named last who holds the title
                # (not the French president named since), else the French person named last
                # (« le diplomate français » for a minister)
                people = [
                    a
                    for a in (self.actors.actors[m.actor_id] for m in earlier)
                    if a.kind == "person"
                    and (a.country in codes or a.affiliation_id.removeprefix("country:") in codes)
                ]
                held = [a for a in people if a.role and holds_title(tok, a.role)]
                # « le président de la République X … le président français »: the holder
                # of the title whose state the text never gave, before anyone untitled of
                # that state; a monarch not for an office described (« le roi X … le chef
                # de l'État français »: a king is not that head of state)
                stateless = [
                    a
                    for a in (self.actors.actors[m.actor_id] for m in earlier)
                    if not (described and _monarch(a.role))
                    and a.kind == "person"
                    and not a.country
                    and not a.affiliation_id
                    and a.role
                    and holds_title(tok, a.role)
                ]
                titled = [a for a in people if a.role]  # « l'ancien député français X »
                if held or titled or stateless or people:
                    return [(held or titled or stateless or people)[0].actor_id]
            for m in earlier:
                a = self.actors.actors[m.actor_id]
                if a.kind != "person" or codes:
                    continue
                if holds_title(tok, a.role):
                    return [a.actor_id]
            if key in lexicon.title_keys():
                return self._untitled(tok, earlier, codes)
            return []
        named = bodies_by_head(self.actors, earlier, tok, 1)
        if named:  # « l'Office national … a signé. L'office livrera… »
            return named
        if key in _company_nouns():
            for m in earlier:
                if is_company(self.actors.actors[m.actor_id]):
                    return [m.actor_id]
        if key in _body_nouns():  # 'l'institution', 'l'organisation régionale'
            for m in earlier:
                a = self.actors.actors[m.actor_id]
                if a.kind == "organization" and not is_company(a):
                    return [m.actor_id]
        return []

    def _people_named_lately(self, tok, earlier):
        """(mention, person) for each person named by name (not a word resolved to one) in
        `earlier`, latest first, in the sentence of `tok` and the two before."""
        here = self.sentence_of(tok.i)
        for m in earlier:
            a = self.actors.actors[m.actor_id]
            if a.kind != "person" or m.method == "coreference":
                continue
            if here - self.sentence_of(m.tok_start) > 2:
                return
            yield m, a

    def _former_holder(self, tok, earlier, codes) -> list[str]:
        """« X, haut représentant de l'UA, a déclaré… L'ancien président nigérian a
        exhorté… »: a former office describes a person named in this sentence or the two
        before whatever title they hold now: the latest one under a title, not someone a
        verb acts on (« X a reçu Y, son conseiller »), not of another state than the
        title's and not holding that office today (« le président X … l'ancien
        président » is someone else)."""
        for m, a in self._people_named_lately(tok, earlier):
            affiliated = a.affiliation_id.startswith("country:")
            state = a.country or (a.affiliation_id.removeprefix("country:") if affiliated else "")
            if codes and state and state not in codes:
                continue
            head = phrase_head(self.doc, m.tok_start, m.tok_end)
            if not a.role or head.dep_.startswith(("obj", "iobj")):
                continue  # someone under another title, not anyone met or named
            if holds_title(tok, a.role) and not _former_role(a.role):
                continue
            return [a.actor_id]
        return []

    def _counterpart(self, tok) -> list[str]:
        """« X a rencontré Y. Son homologue russe a salué… », « …, à l'issue d'un entretien
        avec Y, son homologue saluant… »: the person met, named in this sentence or the two
        before and not as a subject (the subject is whose counterpart it is), of the state
        the text gives, if it gives one; that state becomes theirs when they had none."""
        codes = {is_demonym(ch) for ch in tok.children if ch.dep_ == "amod"} - {""}
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and is_demonym(after) and not codes:
            return []  # « Son homologue russe l'a raccompagné »: « russe » read as a verb
        here = self.sentence_of(tok.i)
        for m in sorted(self.actors.mentions, key=lambda m: -m.tok_start):
            if m.tok_end > tok.i or m.method == "coreference":
                continue
            if here - self.sentence_of(m.tok_start) > 2:
                break
            a = self.actors.actors[m.actor_id]
            if a.kind != "person" or self._subject(m) or not self._met(m):
                continue
            state = a.country or a.affiliation_id.removeprefix("country:")
            if codes and state and state not in codes:
                continue
            if codes and not a.country and not a.affiliation_id:
                a.country = next(iter(codes))
            return [a.actor_id]
        return []

    def _met(self, m) -> bool:
        """The person is whom a meeting word governs (« a rencontré Y », « s'est entretenu
        avec Y », « un entretien avec Y »), not someone criticised, congratulated or
        mentioned."""
        doc, i = self.doc, m.tok_start
        if (
            i > 1
            and doc[i - 1].lower_ == "avec"
            and any(lexicon.key(w.lemma_) in _meeting_keys() for w in doc[max(0, i - 5) : i - 1])
        ):
            return True  # « un entretien avec Y », however the parse hangs Y
        t = phrase_head(self.doc, m.tok_start, m.tok_end)
        for _ in range(3):
            if t.head.i == t.i:
                return False
            if lexicon.key(t.head.lemma_) in _meeting_keys():
                return True
            if t.dep_ not in {"appos", "flat:name", "conj"}:
                return False
            t = t.head
        return False

    def _untitled(self, tok, earlier, codes) -> list[str]:
        """'Paul Lenoir a estimé… Cet appel du chef de l'État…': a title nobody holds yet
        is the person named last (within two sentences) who has no title, of the state the
        title names if it names one; the title becomes that person's role."""
        if _acted_on_by_someone(tok, self.actors):
            return []  # « X (Il) a rencontré le ministre »: the minister is someone else
        for m, a in self._people_named_lately(tok, earlier):
            if a.role or codes and a.country and a.country not in codes:
                continue
            if _joined(phrase_head(self.doc, m.tok_start, m.tok_end), tok):
                continue  # "Paul Lenoir et le premier ministre grec": two people
            a.role = title_text(tok)
            if codes and not a.country:
                a.country = next(iter(codes))
            return [a.actor_id]
        return self._named_next(tok, codes)

    def _named_next(self, tok, codes) -> list[str]:
        """'Le premier ministre grec a tenu une conférence de presse. Nikos Stavrou a
        annoncé…', '… on a pu voir Andrei Volkov déclarer…': a title nobody named before
        holds is the person the next sentence names first, when that person is new to the
        text, has no title, is of the title's state if it names one, and acts there (the
        subject before its verb, or the one seen or heard doing something); not someone
        listed with others, given an apposition (« X, analyste »), quoted as a source
        (« selon X ») or named after a speech verb (« », estime X »). The title becomes
        that person's role."""
        here = self.sentence_of(tok.i)
        people, first = self._named_people
        nxt = next(
            (
                m
                for m in people
                if m.tok_start > tok.i and self.sentence_of(m.tok_start) == here + 1
            ),
            None,
        )
        if nxt is None:
            return []
        a = self.actors.actors[nxt.actor_id]
        head = phrase_head(self.doc, nxt.tok_start, nxt.tok_end)
        if (
            first[a.actor_id] < tok.i
            or a.role
            or codes
            and a.country not in codes | {""}
            or not _acts_there(head)
            or head.dep_ == "conj"
            and head.head.pos_ == "PROPN"
            # « X, analyste », and lists of names (not « X, en uniforme », a conj to the parse)
            or any(
                c.dep_ == "appos" or c.dep_ == "conj" and c.pos_ == "PROPN" for c in head.children
            )
            or preposition(head) in {"selon", "d'après", "d’après"}  # a source
            or _someone_else_there(self.doc, nxt.tok_start, nxt.tok_end)
        ):
            return []
        a.role = title_text(tok)
        if codes and not a.country:
            a.country = next(iter(codes))
        return [a.actor_id]

    @functools.cached_property
    def _named_people(self) -> tuple[list[Mention], dict[str, int]]:
        """The mentions that name a person (not a word resolved to one), in text order,
        and where each actor is first named: found once per article (the coreference
        mentions added as the text is read do not change them)."""
        named = sorted(
            (m for m in self.actors.mentions if m.method != "coreference"),
            key=lambda m: m.tok_start,
        )
        first: dict[str, int] = {}
        for m in named:
            first.setdefault(m.actor_id, m.tok_start)
        people = [m for m in named if self.actors.actors[m.actor_id].kind == "person"]
        return people, first

    # ------------------------------------------------------------ third person

    def pronoun(self, tok, quote=None) -> list[str]:
        """Who « il », « elle », « ils », « elles », « ce dernier » stands for."""
        low = tok.lower_
        if low in PLURAL:
            return self._plural(tok, PLURAL[low])
        gender = SINGULAR.get(low) or LATTER.get(low, "")
        latter = low in LATTER or low.startswith(("celui", "celle"))
        cands = self._candidates(tok.i, _Features("Sing", gender))
        if not cands:
            return []
        if latter:  # « ce dernier »: the last one named, not the most salient
            return [max(cands, key=lambda c: c[2])[0]]
        quoted = self._quoted_subject(tok, cands, quote, gender)
        if quoted is not None:
            return [quoted] if quoted else []
        if self._continues_a_thing(tok, gender):
            return []
        kept = self._continued_subject(tok, cands)
        if kept:
            return [kept]
        # a person is what « il a souligné » most often stands for; then the most salient
        best = max(cands, key=lambda c: (c[1] + (0.5 if c[3] == "person" else 0.0), c[2]))
        return [] if self._thing_before(tok, gender, best) else [best[0]]

    def _continued_subject(self, tok, cands) -> str:
        """'L'Alliance travaille sur X depuis 1995. En 2010, elle a décidé…': the subject
        pronoun of a main clause continues the previous sentence's subject when exactly one
        actor that agrees with it was the subject there (the centre a reader follows),
        however salient someone else is."""
        here = self.sentence_of(tok.i)
        if here == 0 or tok.dep_ not in SUBJECT_DEPS or tok.head.i != tok.sent.root.i:
            return ""
        agreeing = {c[0] for c in cands}
        subjects = [a for a in self._subjects_in(self.sents[here - 1]) if a in agreeing]
        return subjects[0] if len(subjects) == 1 else ""

    def _quoted_subject(self, tok, cands, quote, gender: str) -> str | None:
        """'X rappelle que « la France a livré des équipements. Elle a formé des cadres… »':
        inside a quote that began in the sentence before, a subject pronoun of a main clause
        continues the first subject the quote gave there that agrees with it, not who the
        quote is attributed to. "" when that subject is a thing (« Le traité est entré en
        vigueur quand X l'a ratifié. Il prévoit… »); None when the quote says nothing."""
        here = self.sentence_of(tok.i)
        if (
            quote is None
            or here == 0
            or tok.dep_ not in SUBJECT_DEPS
            or tok.head.i != tok.sent.root.i
            or quote.start >= self.sents[here].start_char
        ):
            return None
        agreeing = {c[0] for c in cands}
        prev = self.sents[here - 1]
        for t in prev:
            if t.idx < quote.start or t.dep_ not in SUBJECT_DEPS:
                continue
            m = self.actors.mention_at(t.i)
            if m is not None and m.actor_id in agreeing:
                return m.actor_id
            if (
                m is None
                and t.pos_ == "NOUN"
                and "Sing" in t.morph.get("Number")
                and (not gender or gender in t.morph.get("Gender"))
            ):
                return ""
        return None

    def _continues_a_thing(self, tok, gender: str) -> bool:
        """'L'accord a été paraphé par X et Y. Il prévoit…': a subject pronoun opening its
        sentence continues the previous sentence's subject when that subject is a thing
        that agrees with it (no actor, title or collective): the pronoun is the thing. When
        that subject cannot be it ('X et Y ont signé un accord. Il prévoit…': plural, or of
        the other gender), the object it acted on can."""
        opening = tok.sent[: tok.i - tok.sent.start]
        if tok.dep_ not in SUBJECT_DEPS | {"expl:subj"} or any(
            t.pos_ not in {"PUNCT", "ADV", "CCONJ", "SPACE"} for t in opening
        ):
            return False
        here = self.sentence_of(tok.i)
        if here == 0:
            return False
        people = lexicon.title_keys() | _person_nouns()

        def thing(t) -> bool:
            return (
                t.pos_ == "NOUN"
                and self.actors.mention_at(t.i) is None
                and t.lower_ not in lexicon.honorifics()  # 'Mme von der Aue' is someone
                and (t.i + 1 >= len(self.doc) or self.actors.mention_at(t.i + 1) is None)
                and "Sing" in t.morph.get("Number")
                and (not gender or gender in t.morph.get("Gender"))
                and lexicon.key(t.lemma_ or t.lower_) not in people
            )

        return continued_thing(tok, self.actors, gender, thing, direct=False) is not None

    def _thing_before(self, tok, gender: str, best) -> bool:
        """'un programme de coopération…, estimant qu'elle augmentera…': in the pronoun's
        sentence, a noun that agrees with it stands after the actor chosen (which is not
        that sentence's subject): the pronoun is that thing, not an actor."""
        sent = tok.sent
        aid, _, last, _ = best
        if tok.i == sent.start or any(
            self._subject(m)
            for m in self.actors.in_sentence(sent)
            if m.tok_end <= tok.i and m.actor_id == aid
        ):
            return False
        for t in self.doc[max(last + 1, sent.start) : tok.i]:
            if (
                t.pos_ == "NOUN"
                and self.actors.mention_at(t.i) is None
                and "Sing" in t.morph.get("Number")
                and (not gender or gender in t.morph.get("Gender"))
                and t.dep_ in {"nsubj", "obj", "nmod", "obl", "obl:arg", "obl:mod", "appos"}
            ):
                return True
        return False

    def _plural(self, tok, gender: str) -> list[str]:
        """« ils »: the actors last named together as a subject (or agent), within three
        sentences; else the most salient group."""
        here = self.sentence_of(tok.i)
        for si in range(here, max(-1, here - 4), -1):
            sent = self.sents[si]
            before = {m.actor_id for m in self.actors.in_sentence(sent) if m.tok_end <= tok.i}
            subjects = [a for a in self._subjects_in(sent) if a in before]
            if len(subjects) >= 2:
                return subjects
            # 'X a reçu son homologue Y': the one who acts and the one it meets
            met = [a for a in self._objects_in(sent) if a in before and a not in subjects]
            if len(subjects) == 1 and met:
                return subjects + met[:1]
        cands = self._candidates(tok.i, _Features("Plur", gender))
        groups = [c for c in cands if c[3] == "group"]
        if groups:
            return [max(groups, key=lambda c: (c[1], c[2]))[0]]
        return []

    def _candidates(self, before: int, want: _Features) -> list[tuple[str, float, int, str]]:
        """(actor id, salience, last token, kind) of each agreeing actor before `before`."""
        sal = self.salience(before)
        last: dict[str, int] = {}
        for m in self.actors.mentions:
            # an adjective ('le ministre français') is no antecedent: 'elle' is not France
            if m.tok_end <= before and self.doc[m.tok_start].pos_ != "ADJ":
                last[m.actor_id] = max(last.get(m.actor_id, -1), m.tok_start)
        out = []
        for aid, score in sal.items():
            if aid not in last:
                continue
            actor = self.actors.actors[aid]
            if actor.kind in PLACES or (want.number == "Sing" and actor.kind == "group"):
                continue
            have = self.features(aid)
            if want.number and have.number and have.number != want.number:
                continue
            if want.gender and have.gender and have.gender != want.gender:
                continue
            out.append((aid, score, last.get(aid, -1), actor.kind))
        return out

    def features(self, aid: str) -> _Features:
        """Number and gender of an actor, as the text shows them: the article before its
        name ('la France', 'les États-Unis'), an honorific or a feminine title."""
        actor = self.actors.actors[aid]
        number, gender = ("Plur" if actor.kind == "group" else "Sing"), ""
        for m in self.actors.mentions:
            if m.actor_id != aid or m.method == "coreference" or m.tok_start == 0:
                continue
            before = self.doc[m.tok_start - 1].lower_
            if before in {"les", "des", "aux"} and actor.kind != "person":
                number = "Plur"
            elif before in {"la", "mme", "madame"} or before == "mme.":
                gender = gender or "Fem"
            elif before in {"le", "du", "au", "m.", "monsieur"}:
                gender = gender or "Masc"
        if actor.kind == "person" and not gender and actor.role:
            first = actor.role.split()[0].lower()
            gender = (
                "Fem" if first in FEMININE_TITLES else "Masc" if first in MASCULINE_TITLES else ""
            )
        return _Features(number, gender)


# titles that say their holder is a woman (« ministre », « commissaire » say nothing)
FEMININE_TITLES = frozenset(
    {
        "présidente",
        "vice-présidente",
        "directrice",
        "ambassadrice",
        "chancelière",
        "députée",
        "sénatrice",
        "conseillère",
        "déléguée",
        "secrétaire-générale",
        "cheffe",
        "reine",
        "princesse",
    }
)


# their masculine forms (« le président », « le directeur »)
MASCULINE_TITLES = frozenset(
    {
        "président",
        "vice-président",
        "directeur",
        "ambassadeur",
        "chancelier",
        "député",
        "sénateur",
        "conseiller",
        "délégué",
        "secrétaire-général",
        "roi",
        "prince",
    }
)


def continued_thing(tok, actors, gender: str, accept, depth: int = 0, direct: bool = True):
    """The thing of the previous sentence that a subject pronoun opening its sentence
    continues: that sentence's subject when `accept` takes it ('L'accord a été paraphé.
    Il prévoit…'); or, when that subject cannot be the pronoun (plural, coordinated, of the
    other gender) and no one it may be is named beside it (`named_beside`), the object its
    verb acted on ('X et Y ont signé un accord. Il prévoit…'); through a chain of such
    pronouns ('Il couvre X. Il comprend aussi Y.'). With `direct`, only a subject of that
    sentence's root verb, not of a verb under it. None otherwise."""
    start = tok.sent.start
    if start == 0:
        return None
    prev = tok.doc[start - 1].sent
    root = prev.root

    def agrees(t) -> bool:
        return (
            "Plur" not in t.morph.get("Number")
            and not any(c.dep_ == "conj" for c in t.children)
            and (not gender or not t.morph.get("Gender") or gender in t.morph.get("Gender"))
        )

    # « L'accord couvre X. » may be parsed with the noun as the root, the verb its adjunct
    misread = root.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "acl" for c in root.children)
    for t in prev:
        if t.dep_ not in SUBJECT_DEPS and not (misread and t.i == root.i):
            continue
        if t.dep_ in SUBJECT_DEPS and t.head != root and (direct or t.head.head != root):
            continue
        if t.pos_ == "PRON" and t.lower_ == tok.lower_:
            if depth >= 3:
                return None
            return continued_thing(t, actors, gender, accept, depth + 1, direct)
        if accept(t):
            return t
        if agrees(t) or root.pos_ not in {"VERB", "AUX"} or named_beside(actors, prev, t, gender):
            return None
        return next((c for c in root.children if c.dep_ == "obj" and agrees(c) and accept(c)), None)
    return None


# who an act is offered to or shared with: « un accord au Niger », « avec le Niger »
_ADDRESSED = {"à", "au", "aux", "avec"}


def named_beside(actors, sent, subject, gender: str = "") -> bool:
    """Whether someone (not a place) a following « il »/« elle » (`gender`) may be is named
    in `sent` outside the subject's phrase and the phrase of what it acted on: 'La France a
    proposé un accord au Niger. Il…' (not 'Le Ghana et le Togo ont signé un accord sous
    l'égide de la Cédéao. Il…': of the other gender; not 'un accord négocié par l'Algérie':
    part of the instrument's phrase)."""
    inside = {t.i for t in subject.subtree}
    acted_on = {t.i for c in sent.root.children if c.dep_ == "obj" for t in c.subtree}
    for m in actors.in_sentence(sent):
        if actors.actors[m.actor_id].kind in PLACES or m.tok_start in inside:
            continue
        head = phrase_head(sent.doc, m.tok_start, m.tok_end)
        if m.tok_start in acted_on and preposition(head) not in _ADDRESSED:
            continue  # « un accord négocié par l'Algérie », « une résolution sur la Libye »
        marks = [head, *(d for d in head.children if d.dep_ == "det")]
        known = next((g for t in marks if (g := t.morph.get("Gender"))), [])
        if gender and known and gender not in known:
            continue
        return True
    return False


def _acts_there(head) -> bool:
    """The phrase is the subject before its verb ('X a annoncé'), or the one an impersonal
    perception verb shows doing something ('on a pu voir X déclarer'; not 'il a invité X
    à', nor 'il a vu X signer': the title's holder is the one who sees)."""
    if head.dep_ in {"nsubj", "nsubj:pass"}:
        return head.i < head.head.i
    if head.dep_ != "obj" or head.head.lemma_ not in _PERCEPTION:
        return False
    verbs = (head.head, head.head.head)  # 'on a pu voir X … déclarer': either may hold it
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS]
    return all(c.lower_ == "on" for c in subjects) and any(
        c.dep_ == "xcomp" and c.i > head.i and "Inf" in c.morph.get("VerbForm")
        for v in verbs
        for c in v.children
    )


_PERCEPTION = {"voir", "entendre", "apercevoir", "regarder", "écouter"}
# third-person words that point back at someone already there (« Selon lui, X … », « X lui
# a répondu »): the sentence names X beside the title's holder, who is another person
_BACK = {"il", "elle", "lui", "le", "la", "l'", "l’", "leur", "-il", "-elle", "-t-il", "-t-elle"}


def _someone_else_there(doc, start: int, end: int) -> bool:
    """The name stands beside a pronoun for someone already there, inside a quote, or
    after a word that describes it (« le syndicaliste X »)."""
    sent = doc[start].sent
    if any(t.pos_ == "PRON" and t.lower_ in _BACK for t in sent):
        return True
    before = doc[sent.start : start]
    opened = sum(t.text == "«" for t in before) - sum(t.text == "»" for t in before)
    if opened > 0 or sum(t.text == '"' for t in before) % 2:
        return True  # « « X a menti », a-t-il déclaré »: someone quoted speaks of X
    prev = doc[start - 1] if start > sent.start else None
    return (
        prev is not None and prev.is_alpha and prev.text.islower() and prev.pos_ in {"NOUN", "ADJ"}
    )


def _bare_before_verb(head, sent) -> bool:
    """A name with no preposition before the sentence's verb (« Ensemble, la France et X
    ont… », which the small model may hang on « Ensemble » as a complement): a subject."""
    root = sent.root
    return (
        head.i < root.i
        and root.pos_ in {"VERB", "AUX"}
        and head.dep_ in {"nmod", "conj", "appos"}
        and not any(c.dep_ == "case" for c in head.children)
        and not any(c.dep_ == "case" for c in head.head.children)
    )


# what says the sides named act as one
_TOGETHER = {
    ("ensemble",),
    ("conjointement",),
    ("tous", "deux"),
    ("tous", "les", "deux"),
    ("de", "concert"),
    ("en", "commun"),
}


def _says_together(sent) -> bool:
    """« Ensemble, X et Y… », « X et Y ont conjointement… », « tous deux »: words, not
    letters (« l'ensemble des pays », « en communication » say nothing of it)."""
    words = [t.lower_ for t in sent]
    for j in range(len(words)):
        for phrase in _TOGETHER:
            if tuple(words[j : j + len(phrase)]) != phrase:
                continue
            if phrase == ("ensemble",) and (
                j
                and words[j - 1] in {"l'", "l’", "un", "cet", "le"}
                or words[j + 1 : j + 2] in (["de"], ["des"], ["du"], ["d'"])
            ):
                continue  # « l'ensemble des pays »: all of them
            return True
    return False


_LIST_GLUE = {"et", ",", "le", "la", "les", "l'", "l’"}


def _listed(doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two names next to each other in a list, as written (« la France et le Royaume-Uni »),
    whatever the parse made of them."""
    (s1, e1), (s2, e2) = sorted([a, b])
    between = [t.lower_ for t in doc[e1:s2]]
    return bool(between) and set(between) <= _LIST_GLUE and ("et" in between or "," in between)


def _joined(a, b) -> bool:
    """Two phrases coordinated with each other ('X et le ministre', 'X, Y et Z')."""
    return (
        a.dep_ == "conj"
        and (a.head.i == b.i or b.dep_ == "conj" and a.head.i == b.head.i)
        or b.dep_ == "conj"
        and b.head.i == a.i
    )


def title_text(tok) -> str:
    """A title as written, with what completes it ('chef de l'État', 'ministre des
    Affaires étrangères', 'ministre russe de la Défense', 'premier ministre', 'ambassadeur
    de France au Mali', 'commandant en chef'), without its article; not where or when it
    is said of (« de passage à Dakar », « à Paris », « depuis 2021 »)."""
    doc = tok.doc
    words = [tok]
    for t in doc[tok.i + 1 : tok.sent.end]:
        head_ok = t.head.i == tok.i or t.head in words
        # « de la » before « Défense », « au » before « Mali », « et des » before « Affaires
        # étrangères »: the small words of a complement lean on the word after them
        small = (
            t.dep_ == "case"
            and _title_case(t)
            or t.dep_ == "det"
            and (doc[t.i - 1].lower_ in _DE or doc[t.i - 1].dep_ == "cc")
            or t.dep_ == "cc"
            and t.head.dep_ == "conj"
        )
        leaning = small and t.head.i > t.i and (t.head.head in words or t.head.head.head in words)
        if not (head_ok or leaning) or t.dep_ not in _TITLE_DEPS:
            break
        if t.is_punct or t.pos_ == "PROPN" and t.dep_ == "appos":
            break
        if t.dep_ in {"nmod", "conj"} and not _complement_of_title(t):
            break  # « de passage à Dakar », « depuis 2021 », « pendant la crise »
        words.append(t)
    while len(words) > 1 and words[-1].dep_ in {"case", "det", "cc"}:
        words.pop()  # « ministre de la Défense le plus jeune »: no article left hanging
    start = tok.i
    while start > tok.sent.start and doc[start - 1].lower_ in _BEFORE_TITLE:
        start -= 1  # "premier ministre", "ancien président", "vice-président"
    return doc[start : words[-1].i + 1].text


_TITLE_DEPS = {"amod", "nmod", "case", "det", "flat:name", "fixed", "cc", "conj"}
# where a title's complement goes on after its noun: « de », « au Mali », « auprès de »,
# « en chef »
_TITLE_CASES = {"de", "du", "des", "d'", "d’", "au", "aux", "auprès", "en"}
# nouns that say where or how someone is, not what they hold (« de passage à Dakar »)
_CIRCUMSTANCES = {"passage", "visite", "retour", "tournée", "déplacement", "séjour"}


def _title_case(t) -> bool:
    """A preposition a title's complement may open with: « de » always; « au », « aux »,
    « auprès » before a name (« au Mali »), « en » before « chef »."""
    low = t.lower_
    if low in _DE:
        return True
    if low not in _TITLE_CASES:
        return False
    noun = t.head
    if low == "en":
        return noun.lower_ == "chef"
    return noun.text[:1].isupper()


def _complement_of_title(t) -> bool:
    """What a title's complement may be: a portfolio, a state, a body, a name; not where
    or when (« de passage », « pendant la crise », « depuis 2021 », « à Paris »)."""
    if t.lower_ in _CIRCUMSTANCES or t.like_num:
        return False
    case = next((c for c in t.children if c.dep_ == "case"), None)
    if t.dep_ == "conj":
        return t.pos_ in {"NOUN", "PROPN"}
    return case is None or _title_case(case)


_DE = DE_FORMS | {"d’"}  # the curly apostrophe too
# words that stand before a title and belong to it
_BEFORE_TITLE = {
    "premier",
    "première",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvel",
    "nouvelle",
    "haut",
    "haute",
    "futur",
    "future",
    "vice",
    "vice-",
}


def is_company(actor) -> bool:
    """A company rather than a state or international body: an organisation the lexicons
    do not know as a body, whose name opens with no institution word ('Direction
    générale de…', 'Conseil…', 'Agency…') and holds none."""
    if actor.kind != "organization" or actor.actor_id in _known_bodies():
        return False
    words = actor.name.replace("’", "'").split()
    if not words:
        return False
    first = lexicon.key(words[0].lower())
    return first not in _institution_keys() and not set(words) & lexicon.institution_words()


def bodies_by_head(actors, earlier, tok, count: int) -> list[str]:
    """« l'office », « la Commission », « les deux Conseils »: the `count` bodies named
    before (`earlier`) whose name opens with that noun, each of its adjectives a word of
    the name too (« la commission mixte » is the « Commission mixte X »). [] when the text
    named another number of such bodies (« la commission » after two commissions is
    either), when the same noun stands between as a phrase of its own (« la délégation
    malienne est arrivée. La délégation… »), when the noun has a complement of its own
    (« la commission d'enquête ») or names a meeting (« la conférence »). A noun that is
    also a common word (« le conseil », « la force », « la mission », « le bureau ») is
    the body only with its capital; the few that seldom mean anything else (« l'office »,
    « l'agence », « la commission ») in lower case too."""
    low = tok.lower_
    key = fold(tok.lemma_ or low)
    if (
        not key
        or not (tok.text[:1].isupper() or key in _lower_case_heads())
        or lexicon.key(tok.lemma_ or low) in _meeting_keys()
        or any(
            c.dep_ in {"nmod", "appos", "flat:name", "nummod"} and c.pos_ != "NUM"
            for c in tok.children
        )
    ):
        return []
    wanted = [fold(c.lower_) for c in tok.children if c.dep_ == "amod"]
    found: list[str] = []
    for m in sorted(earlier, key=lambda m: -m.tok_start):
        a = actors.actors[m.actor_id]
        if a.kind != "organization" or is_company(a) or a.actor_id in found:
            continue
        words = _name_words(a.name)
        if words and words[0] in {key, fold(low)} and all(w in words for w in wanted):
            found.append(a.actor_id)
    if len(found) != count and (count == 1 or len(found) < count):
        return []  # one of two commissions is either; « les deux Conseils », the last two
    found = found[:count]
    last_end = max(m.tok_end for m in earlier if m.actor_id in found)
    doc = tok.doc
    for t in doc[last_end : tok.i]:  # the same noun between, naming something of its own
        if (
            fold(t.lemma_ or t.lower_) == key
            and t.pos_ in {"NOUN", "PROPN"}
            and actors.mention_at(t.i) is None
        ):
            return []
    return found


def _name_words(name: str) -> list[str]:
    words = fold(name).replace("'", " ").replace("’", " ").split()
    while words and words[0] in {"l", "la", "le", "les"}:
        words = words[1:]
    return words


@functools.cache
def _lower_case_heads() -> frozenset[str]:
    words = lexicon.knowledge().triggers["context"]["lower_case_body_heads"]
    return frozenset(fold(w) for w in words)


@functools.cache
def _known_bodies() -> frozenset[str]:
    return frozenset(o.id for o in lexicon.organizations())


@functools.cache
def _institution_keys() -> frozenset[str]:
    """Head words of bodies: state organs ('ministère', 'armée') and the words that open
    the names of institutions."""
    return lexicon.state_organs() | lexicon.institution_heads()


_MONARCHS = {"roi", "reine", "émir", "sultan", "prince", "princesse", "monarque", "grand-duc"}


_FORMER = {"ancien", "ancienne", "ex"}


def _former(tok) -> bool:
    """« l'ancien président », « l'ex-ministre »: an office held before."""
    return tok.lower_.startswith("ex-") or any(
        c.dep_ == "amod" and c.i < tok.i and fold(c.lower_).rstrip("-") in _FORMER
        for c in tok.children
    )


def _ex_title(tok) -> bool:
    """« l'ex-président »: a title after « ex- », in one token."""
    low = tok.lower_
    return low.startswith("ex-") and lexicon.key(low[3:]) in lexicon.title_keys()


def _former_role(role: str) -> bool:
    return fold(role.split()[0]).split("-")[0] in _FORMER if role else False


def _monarch(role: str) -> bool:
    """A monarch's title (« roi », « émir »…): the head of a state that has one."""
    return bool(role) and role.split()[0].lower() in _MONARCHS


_MEMBERSHIP = {"membre", "partenaire", "allié", "signataire", "participant", "voisin"}


def _member_of(tok) -> bool:
    """'en tant que membres permanents du Conseil de sécurité, nous…': we are members of
    the body, not the body."""
    head = tok.head
    return tok.dep_ == "nmod" and head.lemma_ in _MEMBERSHIP


def _members_of(tok) -> bool:
    """« (les) membres de X »: X as what others are members of."""
    return _member_of(tok) and tok.head.lemma_ == "membre"


def _as_what(tok) -> bool:
    """« en tant que membres »: the noun says what the subject acts as."""
    return any(
        c.dep_ == "case" and c.lower_ == "en" and any(f.lower_ == "tant" for f in c.children)
        for c in tok.children
    )


@functools.cache
def _meeting_keys() -> frozenset[str]:
    """Keys of the one-word meeting verbs and nouns (events.toml, meeting)."""
    words = lexicon.knowledge().events["kinds"]["meeting"]
    return frozenset(
        lexicon.key(w.split()[-1]) for w in words if " " not in w or w.startswith(("s'", "se "))
    )


def _possessive_counterpart(tok) -> bool:
    """« son homologue (russe) » acting, with no name beside it (not « il a remercié son
    homologue »: whom one thanks is read with the clause that names them)."""
    return (
        tok.pos_ == "NOUN"
        and tok.lower_ == "homologue"
        and (
            not tok.dep_.startswith(("obj", "obl", "iobj", "nmod"))
            # « …, son homologue saluant … »: the subject of its own participle, however
            # the parse hangs it
            or _participle_after(tok)
        )
        and any(c.dep_ == "det" and c.lower_ in {"son", "sa", "leur"} for c in tok.children)
        and not _named_beside(tok)
    )


def _participle_after(tok) -> bool:
    """A present participle right after the noun and its adjectives (« son homologue
    français saluant … »)."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and j - tok.i <= 3 and doc[j].pos_ == "ADJ":
        j += 1
    return j < len(doc) and doc[j].pos_ == "VERB" and doc[j].lower_.endswith("ant")


def _definite(tok) -> bool:
    """'le ministre', 'ce groupe', and 'du chancelier', 'au président' (article and
    preposition in one word)."""
    return any(
        c.dep_ == "det"
        and c.lower_ in {"le", "la", "l'", "ce", "cet", "cette"}
        or c.dep_ == "case"
        and c.lower_ in {"du", "au"}
        for c in tok.children
    )


def _named_beside(tok) -> bool:
    """'le ministre X', 'le groupe Airbus': the name is beside the noun."""
    return any(c.dep_ in {"appos", "flat:name", "nmod"} and c.pos_ == "PROPN" for c in tok.children)


def _weather(tok) -> bool:
    return tok.head.lemma_ in {"pleuvoir", "neiger"}


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns that stand for a person named before ('le diplomate', 'le chef de l'État')."""
    k = lexicon.knowledge().triggers["context"]
    return frozenset(lexicon.key(w.split()[-1]) for w in k["people"])


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns that stand for a body named before ('l'institution', 'l'organisation')."""
    words = lexicon.knowledge().triggers["context"]["body_nouns"]
    return frozenset(lexicon.key(w) for w in words)


@functools.cache
def _company_nouns() -> frozenset[str]:
    k = lexicon.knowledge().triggers["context"]
    return frozenset(lexicon.key(w.split()[-1]) for w in k["company_heads"])


def first_person_subject(tok) -> bool:
    """« nous », « je », « on » as a subject, or a subject phrase held by « notre »/« nos »
    (« notre réunion », « nos deux pays »)."""
    if tok.lower_ in FIRST_PERSON:
        return True
    return any(c.dep_ == "det" and c.lower_ in POSSESSIVE_FIRST for c in tok.children)


def _subject_of(tok, verb) -> bool:
    return tok.head.i == verb.i and tok.dep_ in SUBJECT_DEPS


def _complement_of(tok, head) -> bool:
    """'Déclaration conjointe de X et de Y', 'Déclaration franco-britannique', 'des ministres
    de la Défense du Benelux': `tok` hangs from `head` through noun complements or a
    demonym only ('lors de la session de X' is where)."""
    t = tok
    for _ in range(12):
        if t.i == head.i:
            return True
        if t.dep_ == "amod" and t.head.i != head.i:
            return False  # « Communiqué … sur le partenariat franco-indien »: the topic's
        if t.dep_ not in {"nmod", "conj", "flat:name", "appos", "obl:agent", "amod"} or (
            preposition(t) not in AUTHOR_PREPOSITIONS
        ):
            return False
        t = t.head
    return False


def _office_after(tok):
    """'Allocution du Premier ministre', 'Discours de la ministre des Armées': the title
    right after a statement noun, when no name follows; None otherwise."""
    doc = tok.doc
    words = [t for t in doc[tok.i + 1 : min(len(doc), tok.i + 6)] if not t.is_punct]
    while words and words[0].lower_ in {"du", "de", "la", "l'", "le", "d'", "des"}:
        words = words[1:]
    while words and words[0].lower_ in {"premier", "première", "haut", "haute"}:
        words = words[1:]
    if not words or lexicon.key(words[0].lemma_ or words[0].lower_) not in lexicon.title_keys():
        return None
    if any(t.ent_type_ == "PER" for t in doc[tok.i + 1 : min(len(doc), tok.i + 8)]):
        return None
    return words[0]


@functools.cache
def _performatives() -> frozenset[str]:
    words = lexicon.knowledge().triggers["context"]["performatives"]
    return frozenset(lexicon.key(w) for w in words)


@functools.cache
def _statement_nouns() -> frozenset[str]:
    words = lexicon.knowledge().triggers["context"]["statement_nouns"]
    return frozenset(lexicon.key(w.split()[0]) for w in words)


# the words that open a turn of someone the transcript does not name, and the forms of
# address before a title ('M. LE MINISTRE – …'), folded
_QUESTION_LABELS = {"question", "q", "journaliste", "intervenant", "intervenante"}
_ADDRESS = {"m", "mme", "monsieur", "madame", "le", "la", "l"}


# the headings of a transcript, folded
_TRANSCRIPT_WORDS = (
    "conference de presse",
    "point de presse",
    "interview",
    "entretien",
    "debat",
    "audition",
    "entrevue",
    "transcription",
)


def _speech_after(doc, mark: int, end: int) -> bool:
    """Whether what follows a label's dash is speech: a capital that is no title (not
    « ministre des Armées » in a list of participants, not « qui effectuait… » in an aside)
    and no quote (« Karl Brandt : « Nous… » » is a headline quoting him)."""
    if mark + 1 >= end:
        return False
    nxt = doc[mark + 1]
    if nxt.text in {"«", '"', "“"} or not nxt.text[:1].isupper():
        return False
    return fold(lexicon.key(nxt.lower_)) not in _folded_titles()


def _past_address(words: list[str]) -> list[str]:
    """A label's words after its forms of address ('M. LE MINISTRE', 'Madame la …')."""
    k = 0
    while k < len(words) and fold(words[k]) in _ADDRESS:
        k += 1
    return words[k:]


@functools.cache
def _folded_titles() -> frozenset[str]:
    return frozenset(fold(k) for k in lexicon.title_keys())


def _label_only(span) -> bool:
    """A line that is a label and nothing else: a few words, each capitalised (a name, a
    name in capitals), no sentence ('JEAN DUPONT', 'Mme Claire Dubois')."""
    words = [t for t in span if not t.is_space]
    return bool(words) and all(
        t.is_alpha and t.text[:1].isupper() or t.text in {".", "-", ":"} or "-" in t.text
        for t in words
    )


# ---------------------------------------------------------------- the pass


def resolve(doc, actors, quotes) -> list[Mention]:
    """Coreference mentions for the words that name nobody, in text order; each is added
    to `actors.mentions` as it is found, so that it counts for the next ones."""
    discourse = Discourse(doc, actors)
    titled = _in_titles(doc, actors)
    added: list[Mention] = []
    # the words refer() reads, in text order: no Token made for any other
    words = {t.i for t in tokens_with(doc, "LOWER", REFERRING_WORDS)}
    words |= {t.i for t in tokens_with(doc, "POS", _NOUN)}
    for tok in (doc[i] for i in sorted(words)):
        if tok.i in titled and not _possessive_counterpart(tok):
            continue  # « le ministre X »; not « son homologue (russe) », a title of no one
        if actors.mention_at(tok.i) is not None:
            continue
        ids, rule = discourse.refer(tok, _quote_at(quotes, tok))
        for aid in ids:
            m = Mention(tok.idx, tok.idx + len(tok), aid, "coreference", rule, tok.i, tok.i + 1)
            actors.mentions.append(m)
            added.append(m)
    return added


def _quote_at(quotes, tok):
    return next((q for q in quotes if q.start <= tok.idx < q.end), None)


def _in_titles(doc, actors) -> set[int]:
    """Tokens inside a title ('le ministre X': the title is no reference of its own)."""
    out = set()
    for a, b in actors.role_spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _acted_on_by_someone(tok, actors) -> bool:
    """The title at `tok` is what a verb acts on (its object or complement) whose subject
    is a person (named, a title, « il », « elle »): « Paul Lenoir a rencontré le ministre »,
    « Il a reçu le ministre »; the person named last is most likely that subject, not the
    title's holder. Not a state or a body (« Le Togo a salué le ministre »), nor the text's
    « nous »."""
    if not tok.dep_.startswith(("obj", "obl", "iobj")):
        return False
    for c in tok.head.children:
        if not c.dep_.startswith("nsubj"):
            continue
        m = actors.mention_at(c.i)
        if c.lower_ in {"il", "elle", "ils", "elles"} or (
            m is not None and actors.actors[m.actor_id].kind == "person"
        ):
            return True
        if c.pos_ == "NOUN" and lexicon.key(c.lemma_ or c.lower_) in lexicon.title_keys():
            return True
    return False
