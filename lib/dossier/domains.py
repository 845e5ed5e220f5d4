"""Domains: capability, technology, industrial and policy areas named in a sentence."""

from __future__ import annotations

from .model import DomainMention
from .nlp import get_matchers


def find_domains(doc, blocked: list[tuple[int, int]]) -> list[DomainMention]:
    """Longest non-overlapping taxonomy matches, skipping names and titles
    ("pour l'Innovation" in a job title is not a discussion of innovation)."""
    matches = get_matchers().domains(doc)
    out: list[DomainMention] = []
    used: set[int] = set()
    for match_id, start, end in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        span = set(range(start, end))
        if span & used:
            continue
        s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(s_char < b_end and b_start < e_char for b_start, b_end in blocked):
            continue
        used |= span
        out.append(DomainMention(s_char, e_char, doc.vocab.strings[match_id], start, end))
    return sorted(out, key=lambda d: d.start)
