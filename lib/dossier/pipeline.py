"""One article in, table rows out: parse -> actors -> quotes -> domains -> commitments."""

from __future__ import annotations

from collections import Counter

from .actors import find_actors
from .commitments import find_commitments
from .domains import find_domains
from .quotes import SpeakerTracker, find_quotes
from .reading import Article

Rows = dict[str, list[dict]]


def article_row(a: Article) -> dict:
    return {
        "article_id": a.article_id,
        "path": a.path,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "published_from": a.published_from,
        "language": a.language,
        "words_stated": a.words_stated,
        "words_counted": a.words_counted,
        "reading_minutes": a.reading_minutes,
        "sha256": a.sha256,
        "text": a.text,
    }


def extract_rows(article: Article, doc=None) -> Rows:
    """Every table's rows for one article. `doc` may come from a batched nlp.pipe."""
    rows: Rows = {name: [] for name in TABLE_NAMES}
    rows["articles"].append(article_row(article))
    if article.language != "fr" or not article.text.strip():
        return rows
    if doc is None:
        from .nlp import parse

        doc = parse(article.text)
    text = article.text
    aid = article.article_id
    sents = list(doc.sents)
    sent_ids: list[str] = []
    para_starts = [p[0] for p in article.paragraphs]
    n = 0
    sent_index: dict[int, str] = {}
    for i, s in enumerate(sents):
        span_text = text[s.start_char : s.end_char]
        stripped = span_text.strip()
        if not stripped:
            sent_ids.append("")
            continue
        n += 1
        sid = f"{aid}#{n}"
        sent_ids.append(sid)
        sent_index[i] = sid
        start = s.start_char + (len(span_text) - len(span_text.lstrip()))
        paragraph = sum(1 for p in para_starts if p <= start)
        rows["sentences"].append(
            {
                "article_id": aid,
                "sentence_id": sid,
                "sentence": n,
                "paragraph": paragraph,
                "start": start,
                "end": start + len(stripped),
                "text": stripped,
                "headline": start < article.headline_end,
            }
        )

    def sid_at(char: int) -> str:
        for i, s in enumerate(sents):
            if s.start_char <= char < s.end_char:
                return sent_ids[i]
        return sent_ids[-1] if sent_ids else ""

    actors = find_actors(doc, text)
    tracker = SpeakerTracker()
    quotes = find_quotes(doc, text, actors, tracker)
    blocked = actors.role_spans + [
        (m.start, m.end)
        for m in actors.mentions
        if actors.actors[m.actor_id].kind in {"organization", "person", "place"}
    ]
    domains = find_domains(doc, blocked)
    commitments, events = find_commitments(doc, text, actors, domains, quotes, article.published)
    actors.mentions.sort(key=lambda m: m.start)

    counts = Counter(m.actor_id for m in actors.mentions)
    for a in actors.actors.values():
        rows["article_actors"].append(
            {
                "article_id": aid,
                "actor_id": a.actor_id,
                "name": a.name,
                "kind": a.kind,
                "country": a.country,
                "role": a.role,
                "affiliation_id": a.affiliation_id,
                "mentions": counts.get(a.actor_id, 0),
            }
        )
    for m in actors.mentions:
        rows["mentions"].append(
            {
                "article_id": aid,
                "sentence_id": sid_at(m.start),
                "start": m.start,
                "end": m.end,
                "text": text[m.start : m.end],
                "actor_id": m.actor_id,
                "method": m.method,
                "rule": m.rule,
            }
        )
    for group, member, tok in actors.members:
        rows["group_members"].append(
            {
                "article_id": aid,
                "sentence_id": sid_at(doc[tok].idx),
                "group_id": group,
                "member_id": member,
            }
        )
    for d in domains:
        rows["domain_mentions"].append(
            {
                "article_id": aid,
                "sentence_id": sid_at(d.start),
                "start": d.start,
                "end": d.end,
                "text": text[d.start : d.end],
                "domain_id": d.domain_id,
            }
        )
    for q in quotes:
        rows["quotes"].append(
            {
                "article_id": aid,
                "sentence_id": sid_at(q.start),
                "speaker_id": q.speaker_id,
                "speaker": q.speaker,
                "text": text[q.start : q.end],
                "start": q.start,
                "end": q.end,
                "rule": q.rule,
            }
        )
    for i, c in enumerate(commitments, 1):
        cid = f"{aid}/c{i}"
        rows["commitments"].append(
            {
                "commitment_id": cid,
                "article_id": aid,
                "sentence_id": sent_index.get(c.sent, ""),
                "kind": c.kind,
                "trigger": c.trigger,
                "text": text[sents[c.sent].start_char : sents[c.sent].end_char].strip(),
                "quote": c.quote,
                "speaker_id": c.speaker_id,
                "instrument": c.instrument,
                **_date_cols(c.date),
                "place_id": c.place_id,
                "negated": c.negated,
                "conditional": c.conditional,
                "confidence": c.confidence,
                "rule": c.rule,
            }
        )
        for actor_id, role in c.actors:
            rows["commitment_actors"].append(
                {"commitment_id": cid, "actor_id": actor_id, "role": role}
            )
        for domain_id in c.domains:
            rows["commitment_domains"].append({"commitment_id": cid, "domain_id": domain_id})
    for i, ev in enumerate(events, 1):
        eid = f"{aid}/e{i}"
        rows["events"].append(
            {
                "event_id": eid,
                "article_id": aid,
                "sentence_id": sent_index.get(ev.sent, ""),
                "kind": ev.kind,
                "name": ev.name,
                **_date_cols(ev.date),
                "place_id": ev.place_id,
            }
        )
        for actor_id in ev.participants:
            role = "party" if actor_id in ev.parties else "participant"
            rows["event_actors"].append({"event_id": eid, "actor_id": actor_id, "role": role})
    return rows


def _date_cols(ref) -> dict:
    if ref is None:
        return {"date_text": "", "date": None, "date_precision": ""}
    return {"date_text": ref.text, "date": ref.date, "date_precision": ref.precision}


TABLE_NAMES = (
    "articles",
    "sentences",
    "article_actors",
    "mentions",
    "group_members",
    "domain_mentions",
    "quotes",
    "commitments",
    "commitment_actors",
    "commitment_domains",
    "events",
    "event_actors",
)
