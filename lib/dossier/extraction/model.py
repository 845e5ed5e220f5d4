"""Records the extractors produce: plain dataclasses, one per table row kind.

Every record keeps character offsets into the article's stored text, so any row can
be traced back to its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..reading.dates import DateRef

# Where things happen rather than who acts: a place (city, base, venue, sub-national area)
# or a region (continent, sea, supranational area such as the Indo-Pacific).
PLACES = frozenset({"place", "region"})


@dataclass
class Actor:
    actor_id: str
    name: str
    kind: str  # person, organization, country, group, place, region
    country: str = ""
    role: str = ""
    affiliation_id: str = ""
    alternatives: tuple[str, ...] = ()  # a place's possible countries, most likely first


@dataclass
class Mention:
    start: int
    end: int
    actor_id: str
    method: str  # model, lexicon, rule, coreference
    rule: str
    tok_start: int
    tok_end: int  # exclusive

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class DomainMention:
    start: int
    end: int
    domain_id: str
    tok_start: int
    tok_end: int


@dataclass
class Quote:
    start: int  # inside the guillemets
    end: int
    sent: int
    speaker_id: str
    speaker: str
    rule: str


@dataclass
class Event:
    kind: str
    sent: int
    name: str
    tok: int
    date: DateRef | None = None
    place_id: str = ""
    parties: list[str] = field(default_factory=list)  # the principal sides
    participants: list[str] = field(default_factory=list)


@dataclass
class Commitment:
    sent: int
    kind: str
    trigger: str
    tok: int
    rule: str
    quote: str = ""
    speaker_id: str = ""
    instrument: str = ""
    date: DateRef | None = None
    place_id: str = ""
    negated: bool = False
    conditional: bool = False
    confidence: float = 0.0
    actors: list[tuple[str, str]] = field(default_factory=list)  # (actor_id, role)
    domains: list[str] = field(default_factory=list)
