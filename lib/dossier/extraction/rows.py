"""One article in, table rows out: the Doc's extensions (components.py) as plain rows,
each keeping its article, sentence and character span."""

from __future__ import annotations

import bisect
from collections import Counter

from ..reading import Article
from .components import actors_of, commitments_of, domains_of, quotes_of
from .pipeline import parse

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
    """Every table's rows for one article. `doc` may come from a batched nlp.pipe (with
    the article's text and published date, nlp.make_doc); else it is parsed here."""
    rows: Rows = {name: [] for name in TABLE_NAMES}
    rows["articles"].append(article_row(article))
    if article.language != "fr" or not article.text.strip():
        return rows
    if doc is None:
        doc = parse(article.text, article.published)
    sents = _Sentences(article, doc)
    rows["sentences"] = sents.rows
    commitments = commitments_of(doc)  # every step: quotes and commitments add mentions
    actors = actors_of(doc)
    rows["article_actors"] = _actor_rows(article.article_id, actors)
    rows["mentions"] = [
        {
            "article_id": article.article_id,
            "sentence_id": sents.at(m.start),
            "start": m.start,
            "end": m.end,
            "text": article.text[m.start : m.end],
            "actor_id": m.actor_id,
            "method": m.method,
            "rule": m.rule,
        }
        for m in actors.mentions
    ]
    rows["group_members"] = [
        {
            "article_id": article.article_id,
            "sentence_id": sents.at(doc[tok].idx),
            "group_id": group,
            "member_id": member,
        }
        for group, member, tok in actors.members
    ]
    rows["domain_mentions"] = [
        {
            "article_id": article.article_id,
            "sentence_id": sents.at(d.start),
            "start": d.start,
            "end": d.end,
            "text": article.text[d.start : d.end],
            "domain_id": d.domain_id,
        }
        for d in domains_of(doc)
    ]
    rows["quotes"] = [
        {
            "article_id": article.article_id,
            "sentence_id": sents.at(q.start),
            "speaker_id": q.speaker_id,
            "speaker": q.speaker,
            "text": article.text[q.start : q.end],
            "start": q.start,
            "end": q.end,
            "rule": q.rule,
        }
        for q in quotes_of(doc)
    ]
    _commitment_rows(rows, article, sents, commitments)
    _event_rows(rows, article, sents, doc._.events)
    return rows


class _Sentences:
    """The article's sentences as rows, and the sentence id of any character."""

    def __init__(self, article: Article, doc):
        text, aid = article.text, article.article_id
        self.spans = list(doc.sents)
        self.ids: list[str] = []  # by spaCy sentence index ("" for a blank one)
        self.rows: list[dict] = []
        para_starts = [p[0] for p in article.paragraphs]
        for s in self.spans:
            span_text = text[s.start_char : s.end_char]
            stripped = span_text.strip()
            if not stripped:
                self.ids.append("")
                continue
            n = len(self.rows) + 1
            sid = f"{aid}#{n}"
            self.ids.append(sid)
            start = s.start_char + (len(span_text) - len(span_text.lstrip()))
            self.rows.append(
                {
                    "article_id": aid,
                    "sentence_id": sid,
                    "sentence": n,
                    "paragraph": sum(1 for p in para_starts if p <= start),
                    "start": start,
                    "end": start + len(stripped),
                    "text": stripped,
                    "headline": start < article.headline_end,
                }
            )
        self._starts = [s.start_char for s in self.spans]

    def at(self, char: int) -> str:
        """The id of the sentence holding `char` (the last one past the end)."""
        i = bisect.bisect_right(self._starts, char) - 1
        if 0 <= i < len(self.spans) and char < self.spans[i].end_char:
            return self.ids[i]
        return self.ids[-1] if self.ids else ""

    def text(self, article: Article, i: int) -> str:
        return article.text[self.spans[i].start_char : self.spans[i].end_char].strip()


def _actor_rows(aid: str, actors) -> list[dict]:
    counts = Counter(m.actor_id for m in actors.mentions)
    return [
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
        for a in actors.actors.values()
    ]


def _commitment_rows(rows: Rows, article: Article, sents: _Sentences, commitments) -> None:
    aid = article.article_id
    for i, c in enumerate(commitments, 1):
        cid = f"{aid}/c{i}"
        rows["commitments"].append(
            {
                "commitment_id": cid,
                "article_id": aid,
                "sentence_id": sents.ids[c.sent],
                "kind": c.kind,
                "trigger": c.trigger,
                "text": sents.text(article, c.sent),
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


def _event_rows(rows: Rows, article: Article, sents: _Sentences, events) -> None:
    aid = article.article_id
    for i, ev in enumerate(events, 1):
        eid = f"{aid}/e{i}"
        rows["events"].append(
            {
                "event_id": eid,
                "article_id": aid,
                "sentence_id": sents.ids[ev.sent],
                "kind": ev.kind,
                "name": ev.name,
                **_date_cols(ev.date),
                "place_id": ev.place_id,
            }
        )
        for actor_id in ev.participants:
            role = "party" if actor_id in ev.parties else "participant"
            rows["event_actors"].append({"event_id": eid, "actor_id": actor_id, "role": role})


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
