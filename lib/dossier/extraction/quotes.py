"""Quotes and who said them, with French attribution in both orders:
'« … », a déclaré X' and 'X a ajouté que « … »'; 'Elle'/'Il' is the last speaker."""

from __future__ import annotations

from . import lexicon
from .actors import DETERMINERS, ActorResult, holds_title
from .clauses import impersonal
from .model import PLACES, Mention, Quote
from .nlp import PARTICIPLE_ENDINGS, get_matchers, longest, reporting_keys

PREPOSITIONS = {
    "avec",
    "auprès",
    "de",
    "du",
    "des",
    "d'",
    "à",
    "au",
    "aux",
    "en",
    "sur",
    "pour",
    "par",
    "entre",
    "selon",
    "dans",
    "vers",
    "chez",
    "contre",
    "sans",
    "sous",
    "après",
    "avant",
    "depuis",
    "lors",
    "parmi",
    "envers",
    "face",
}
# 'a-t-il ajouté' is cut as 'a', '-t-il' or as 'a', '-t', '-il'
PRONOUNS = {"il", "elle", "-t-il", "-t-elle", "t-il", "t-elle", "-il", "-elle"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each « … » or "…" pair; an unclosed quote runs to
    the end of its paragraph."""
    spans = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in '«"“':
            closer = {"«": "»", '"': '"', "“": "”"}[c]
            para_end = text.find("\n", i)
            para_end = n if para_end < 0 else para_end
            j = text.find(closer, i + 1, para_end)
            if c == '"' and j < 0:
                i += 1
                continue
            end = j if j >= 0 else para_end
            s, e = i + 1, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
            i = end + 1
        else:
            i += 1
    return spans


def subject_mentions(doc, actors: ActorResult, sent, before: int) -> list[Mention]:
    """The actors heading the clause before token `before`: the first mention not inside a
    prepositional phrase, plus those coordinated with it ('X et les représentants…')."""
    found: list[Mention] = []
    for m in actors.in_sentence(sent):
        if m.tok_start >= before or actors.actors[m.actor_id].kind in PLACES:
            continue
        k = m.tok_start - 1
        while k >= sent.start and (
            doc[k].lower_ in DETERMINERS - PREPOSITIONS or doc[k].is_space or doc[k].like_num
        ):
            k -= 1
        prev = doc[k].lower_ if k >= sent.start else ""
        if found and m.tok_start == found[-1].tok_start:
            found.append(m)  # « nous » resolved to both sides, « franco-chilien »: one phrase
            continue
        if found:
            between = doc[found[-1].tok_end : m.tok_start]
            # "Tamm, et son homologue américain John Reyes": titles may stand between
            if all(
                t.lower_ in DETERMINERS | {"et", ","} or t.is_space or in_role_char(actors, t.idx)
                for t in between
            ) and any(t.lower_ == "et" for t in between):
                found.append(m)
                continue
            break
        if prev in PREPOSITIONS or _in_role(actors, m):
            continue
        found.append(m)
    return found


def in_role_char(actors: ActorResult, char: int) -> bool:
    return any(a <= char < b for a, b in actors.role_spans)


def _in_role(actors: ActorResult, m: Mention) -> bool:
    return any(a <= m.start and m.end <= b for a, b in actors.role_spans)


class SpeakerTracker:
    """Remembers the last person who spoke, for 'Elle a ajouté que…'."""

    def __init__(self):
        self.last_person = ""

    def pronoun(self, doc, actors: ActorResult, tok, before: int | None = None) -> str:
        """The last speaker, else the last person named before the pronoun (before token
        `before` when given: the quote it attributes)."""
        target, rule = self.last_person, "pronoun-last-speaker"
        limit = tok.i if before is None else min(tok.i, before)
        if not target:
            earlier = [
                m
                for m in actors.mentions
                if m.tok_end <= limit and actors.actors[m.actor_id].kind == "person"
            ]
            if not earlier:
                return ""
            target = max(earlier, key=lambda m: m.tok_start).actor_id
            rule = "pronoun-last-person"
        if actors.mention_at(tok.i) is None:
            actors.mentions.append(
                Mention(tok.idx, tok.idx + len(tok), target, "coreference", rule, tok.i, tok.i + 1)
            )
        return target

    def saw(self, actors: ActorResult, actor_id: str):
        if actor_id and actors.actors.get(actor_id) and actors.actors[actor_id].kind == "person":
            self.last_person = actor_id


def find_quotes(doc, text: str, actors: ActorResult, tracker: SpeakerTracker) -> list[Quote]:
    reporting = get_matchers(doc.vocab).reporting
    report_toks = {s for _, s, _ in reporting(doc)}
    instruments = get_matchers(doc.vocab).instruments
    inst_spans = [(s, e) for _, s, e in longest(instruments(doc))]
    sents = list(doc.sents)
    quotes: list[Quote] = []
    for start, end in quote_spans(doc.text):
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            continue
        sent_i = next((i for i, s in enumerate(sents) if s.start <= first.start < s.end), 0)
        sent = sents[sent_i]
        # a quote of several sentences is attributed after its last one
        last = next((s for s in sents if s.start <= first.end - 1 < s.end), sent)
        speaker_id, speaker, rule = _after(doc, actors, tracker, first.end, last, report_toks)
        if not speaker:
            speaker_id, speaker, rule = _before(
                doc, text, actors, tracker, first.start, sent, inst_spans
            )
        if not speaker:  # « « … » avec X et Y, a-t-il dit. »
            speaker_id, speaker, rule = _after(
                doc, actors, tracker, first.end, last, report_toks, closing=first.start
            )
        if not speaker and quotes:
            speaker_id, speaker, rule = _continued(doc, actors, quotes[-1], first, sents, sent_i)
        tracker.saw(actors, speaker_id)
        quotes.append(Quote(start, end, sent_i, speaker_id, speaker, rule))
    return quotes


def _after(
    doc, actors, tracker, qend: int, sent, report_toks, closing: int | None = None
) -> tuple[str, str, str]:
    """'», a déclaré Claire Dubreuil' / '», a-t-elle ajouté' / '», selon X'. With `closing`
    (the quote's first token), only the incise that closes a sentence going on after the
    quote (`_closing_incise`), whose pronoun stands for someone named before the quote."""
    i = qend
    while i < sent.end and (doc[i].is_punct and doc[i].text in {"»", '"', ","} or doc[i].is_space):
        i += 1
    if i >= sent.end:
        return "", "", ""
    if doc[i].lower_ in {"selon", "d'après"}:
        m = actors.mention_at(min(i + 2, sent.end - 1)) or actors.mention_at(i + 1)
        if m:
            return m.actor_id, actors.actors[m.actor_id].name, "quote-selon"
        return "", "", ""
    window = range(i, min(i + 6, sent.end))  # ", a pour sa part déclaré"
    direct = any(j in report_toks for j in window) or _incise(doc, i, sent)
    if closing is None and not direct:
        return "", "", ""
    if closing is not None:  # the direct attribution was read first, and found no one
        i = None if direct else _closing_incise(doc, i, sent)
        if i is None:
            return "", "", ""
    other = None  # "la ministre australienne de la Défense, X": X, not Australia
    for j in range(i, min(i + 14, sent.end)):  # "… la ministre de la Défense, X"
        if doc[j].lower_ in PRONOUNS or doc[j].lower_.endswith(("-t-il", "-t-elle")):
            pid = tracker.pronoun(doc, actors, doc[j], closing)
            if pid:
                return pid, actors.actors[pid].name, "quote-inverted-pronoun"
        m = actors.mention_at(j)
        kind = actors.actors[m.actor_id].kind if m else ""
        if kind == "person":
            return m.actor_id, actors.actors[m.actor_id].name, "quote-inverted"
        titled = _titled_person(doc, actors, j) if m is None else ""
        if titled:  # "», a déclaré le ministre": the minister named before
            return titled, actors.actors[titled].name, "quote-inverted-title"
        if kind and kind not in PLACES and other is None:
            other = m
        if doc[j].text in {".", ";", "«"}:
            break
        led = _led_body(doc, actors, j)
        if led:  # « affirme le ministère dirigé par X »: the body speaks, X leads it
            return led, actors.actors[led].name, "quote-inverted-body"
    if other is not None:
        return other.actor_id, actors.actors[other.actor_id].name, "quote-inverted"
    return "", "", ""


def _continued(doc, actors: ActorResult, prev: Quote, first, sents, sent_i: int):
    """'« A », répète-t-il. « B. »': a quote standing alone as its sentence, right after
    the sentence where the last quote ends, with nobody named between, goes on in the voice
    of that quote's speaker (a sentence between, « À Bamako, des manifestants ont
    défilé. », hands the floor to someone else)."""
    if not prev.speaker_id or actors.actors[prev.speaker_id].kind != "person":
        return "", "", ""
    sent = sents[sent_i]
    prev_last = next(
        (i for i, s in enumerate(sents) if s.start_char <= prev.end <= s.end_char), prev.sent
    )
    if sent_i - prev_last != 1 or any(not t.is_space for t in doc[sent.start : first.start - 1]):
        return "", "", ""
    between = doc.char_span(prev.end, first.start_char, alignment_mode="expand")
    if between is not None and any(
        (m := actors.mention_at(t.i)) is not None
        and m.method != "coreference"
        and actors.actors[m.actor_id].kind == "person"
        and m.actor_id != prev.speaker_id
        for t in between
    ):
        return "", "", ""
    return prev.speaker_id, prev.speaker, "quote-continued"


def _incise(doc, i: int, sent) -> bool:
    """'», a lancé X', '», tranche-t-il', '», s'est-il félicité': right after a quote, a verb
    whose subject follows it says who spoke, whatever the verb."""
    j = i
    while j < sent.end and (
        doc[j].lower_ in {"s'", "se", "a", "ont", "avait", "est"} or doc[j].pos_ == "AUX"
    ):
        j += 1
    if j + 1 < sent.end and j > i and doc[j].lower_ == "-t":
        j += 1  # 'a', '-t', '-il': the euphonic t cut apart from the pronoun
    if j < sent.end and j > i and doc[j].lower_.startswith("-") and _inverted(doc[j]):
        # '», s'est-il félicité', '», a-t-il souligné': the subject after the auxiliary
        # says who spoke; not '», est-il précisé dans le communiqué' (no one)
        k = j + 1
        while k < sent.end and doc[k].text.startswith("-"):  # 'a', '-t', '-il', 'lancé'
            k += 1
        after = doc[k] if k < sent.end else None
        return doc[i].lower_ in {"s'", "se"} or (
            doc[i].lower_ in {"a", "ont", "avait", "avaient"}
            and after is not None
            # '», a-t-il souligné', and any past participle there: '», a-t-il lancé'
            and (after.norm_ in reporting_keys() or after.lower_.endswith(PARTICIPLE_ENDINGS))
        )
    if j >= sent.end or doc[j].pos_ not in {"VERB", "AUX"} or "Inf" in doc[j].morph.get("VerbForm"):
        return False
    after = doc[j + 1 : min(j + 4, sent.end)]
    # the subject comes after the verb: '-t-il', 'il', or a name or a title
    return any(
        _inverted(t) or t.lower_ in PRONOUNS or t.pos_ in {"PROPN", "NOUN", "DET"} for t in after
    ) or doc[j].lower_.endswith(("-t-il", "-t-elle"))


def _closing_incise(doc, i: int, sent) -> int | None:
    """'« … » avec X mais aussi avec Y, a-t-il dit.': the sentence goes on after the quote
    and ends on an incise whose subject is an inverted pronoun; the start of that incise
    (after its comma), or None."""
    commas = [j for j in range(i, sent.end) if doc[j].text == ","]
    if not commas:
        return None
    j = commas[-1] + 1
    tail = doc[j : sent.end]
    if not any(_inverted(t) for t in tail) or not _incise(doc, j, sent):
        return None
    if any(t.lemma_ in _HEARSAY or t.lower_ == "été" for t in tail):
        return None  # « paraît-il », « semble-t-il », « a-t-il été précisé »: nobody speaks
    return j


_HEARSAY = {"paraître", "sembler"}


def _inverted(tok) -> bool:
    """'-il', '-t-elle', '-ils': a subject pronoun written after its verb."""
    return tok.lower_.endswith(("-il", "-elle", "-ils", "-elles"))


def _titled_person(doc, actors: ActorResult, j: int) -> str:
    """'le ministre', 'la présidente' with no name: the latest person named before whose
    role has that title."""
    tok = doc[j]
    if j == 0 or doc[j - 1].lower_ not in {"le", "la", "l'"}:
        return ""
    if _title_of_next_name(doc, actors, j):
        return ""  # « la ministre sénégalaise Awa Ndiaye »: the title of the name after it
    keys = {lexicon.key(tok.lemma_ or tok.lower_), lexicon.key(tok.lower_)}
    if not keys & lexicon.title_keys():
        return ""
    for m in sorted(actors.mentions, key=lambda m: -m.tok_start):
        a = actors.actors[m.actor_id]
        if m.tok_end <= j and a.kind == "person" and holds_title(tok, a.role):
            return a.actor_id
    return ""


def _led_body(doc, actors: ActorResult, j: int) -> str:
    """« le ministère dirigé par X », « l'agence présidée par X »: a definite noun and a
    participle with « par » after it stand for the latest body named before whose name it
    opens (« le ministère français des Armées »); X only leads it."""
    tok = doc[j]
    if tok.pos_ != "NOUN" or j == 0 or doc[j - 1].lower_ not in {"le", "la", "l'", "l’"}:
        return ""
    if j + 2 >= len(doc) or doc[j + 2].lower_ != "par":
        return ""
    if "Part" not in doc[j + 1].morph.get("VerbForm"):
        return ""
    for m in sorted(actors.mentions, key=lambda m: -m.tok_start):
        a = actors.actors[m.actor_id]
        if m.tok_end <= j and a.kind == "organization":
            first = doc[m.tok_start]
            if first.lower_ in {"le", "la", "l'", "l’"} and m.tok_start + 1 < m.tok_end:
                first = doc[m.tok_start + 1]
            if lexicon.key(first.lemma_ or first.lower_) == lexicon.key(tok.lemma_):
                return a.actor_id
    return ""


def _title_of_next_name(doc, actors, j: int) -> bool:
    """Whether the title at `j` is that of the next person named after it: in a title span,
    with nothing between but the title's own words (« la ministre sénégalaise des Forces
    armées, Awa Ndiaye »), not a preposition to someone else (« a dit la ministre à son
    homologue X », « en présence du général X »)."""
    tok = doc[j]
    if not any(a <= tok.idx < b for a, b in actors.role_spans):
        return False
    for k in range(j + 1, tok.sent.end):
        m = actors.mention_at(k)
        if m is not None and actors.actors[m.actor_id].kind == "person":
            return True
        if doc[k].pos_ in {"ADP", "VERB", "AUX"} and doc[k].lower_ not in {"de", "du", "des", "d'"}:
            return False
    return False


def _before(doc, text, actors, tracker, qstart: int, sent, inst_spans) -> tuple[str, str, str]:
    """'X a ajouté que « … »', 'Elle a ajouté que « … »', 'La déclaration soulignait que « … »'."""
    subj = subject_mentions(doc, actors, sent, qstart)
    if subj:
        head = subj[0]
        name = (
            text[head.start : subj[-1].end] if len(subj) > 1 else actors.actors[head.actor_id].name
        )
        return head.actor_id, name, "quote-subject"
    for tok in doc[sent.start : qstart]:
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON" and not impersonal(tok):
            pid = tracker.pronoun(doc, actors, tok)
            if pid:
                return pid, actors.actors[pid].name, "quote-pronoun"
            break
    for s, e in inst_spans:
        if sent.start <= s < qstart:
            return "", _clean_instrument(text, doc, s, e), "quote-instrument"
    return "", "", ""


def _clean_instrument(text, doc, s, e) -> str:
    while s < e and doc[s].lower_ in DETERMINERS:
        s += 1
    return text[doc[s].idx : doc[e - 1].idx + len(doc[e - 1])]
