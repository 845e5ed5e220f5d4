"""What else a commitment carries: its date, place and instrument, whether it is
negated or conditional, and how sure the reading is."""

from __future__ import annotations

from ..actors import DETERMINERS
from ..model import PLACES, Commitment
from .arguments import preposition_before
from .context import Context
from .references import resolving
from .triggers import DEMONSTRATIVES

# words before a date that make it background, not the act's date ('depuis 1978')
BACKGROUND = ("depuis", "dès", "remonte", "datant", "datent")


def nearest(dates, char: int, doc=None):
    """The date nearest to `char` that belongs to what is said there: not one that only
    says since when something lasts ('depuis 1978', 'dès 2017'), nor, with the parse,
    one inside a relative clause or an aside the trigger is not in ('l'accord, qui
    prolonge une coopération engagée en 2008, …')."""
    own = [d for d in dates if not _background(d, char, doc)]
    if not own:
        return None
    return min(own, key=lambda d: abs(d.start - char))


def _background(date, char: int, doc) -> bool:
    if date.text.lower().startswith(BACKGROUND):
        return True
    if doc is None:
        return False
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    trigger = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or trigger is None:
        return False
    before = doc[max(span.start - 3, 0) : span.start]
    if any(t.lower_ in BACKGROUND for t in before):
        return True
    t = span.root
    for _ in range(8):  # climb to the clause the date is in
        # a participle on a noun ('la déclaration, signée en juin, appelait…') dates the
        # act made through that noun; a relative clause or an aside dates something else
        if t.dep_ in {"acl:relcl", "appos", "parataxis"}:
            # a clause on the trigger itself ('les engagements pris plus tôt cette année')
            # dates it; one elsewhere dates something else
            inside = t.left_edge.i <= trigger[0].i <= t.right_edge.i
            return not (inside or t.head.i == trigger[0].i)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def place_of(doc, actors, mentions) -> str:
    places = [m for m in mentions if actors.actors[m.actor_id].kind in PLACES]
    for m in places:
        if preposition_before(doc, m.tok_start, 0) in {"à", "au", "aux", "en"}:
            return m.actor_id
    return places[0].actor_id if places else ""


def is_conditional(doc, i, sent, k) -> bool:
    tok = doc[i]
    if "Cnd" in tok.morph.get("Mood"):
        return True
    for t in doc[max(sent.start, i - 3) : i]:
        if "Cnd" in t.morph.get("Mood"):
            return True
    lowered = " " + doc[sent.start : sent.end].text.lower() + " "
    return any(
        f" {w} " in lowered or f" {w}'" in lowered for w in k["modality"]["conditional_words"]
    )


def confidence(c: Commitment) -> float:
    score = 0.9
    if "+context" in c.rule:
        score -= 0.2
    if not any(r == "party" for _, r in c.actors):
        score -= 0.3
    if c.conditional:
        score -= 0.1
    return round(max(score, 0.1), 2)


# ---------------------------------------------------------------- instruments and events


def instrument_of(doc, text, matches, ctx: Context) -> str:
    for _label, s, e in matches:
        if preposition_before(doc, s, 0) in {"selon", "d'après"}:
            continue  # 'selon un communiqué': a source, not the instrument
        if resolving(doc[e - 1]):
            continue
        det = doc[s - 1].lower_ if s > 0 else ""
        while s < e and doc[s].lower_ in DETERMINERS:
            s += 1
        name = text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
        if det in DEMONSTRATIVES and ctx.instrument:  # "cette déclaration": the one named
            return ctx.instrument
        if name != ctx.instrument:
            ctx.instrument_parties = []
        ctx.instrument = name
        return name
    return ""


def instrument_anaphor(doc, tok, ctx) -> str:
    """'Il a été signé par X': the instrument named before, when a pronoun or a
    demonstrative stands for it."""
    if not ctx.instrument:
        return ""
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if any(c.pos_ == "PRON" or determiner(doc, c.i) in DEMONSTRATIVES for c in subjects):
        return ctx.instrument
    return ""


def determiner(doc, i: int) -> str:
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    return doc[k].lower_ if k >= 0 else ""
