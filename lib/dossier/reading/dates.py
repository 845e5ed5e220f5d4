"""Dates in French prose: found as text, resolved against the article's published date.

'vendredi' -> the last Friday on or before publication (precision day); 'en juin' ->
June of the publication year, or the year before if June is still to come (month);
'plus tôt cette année' -> the publication year (year). Without a published date, only
dates that carry their own year are resolved.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass
class DateRef:
    """A date as the text gives it, resolved to a day as far as its precision goes."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # day, week, month, year, ""


@functools.cache
def vocabulary() -> dict:
    """Month and weekday names and relative expressions (dates.toml, beside this module)."""
    return tomllib.loads(resources.files(__package__).joinpath("dates.toml").read_text("utf-8"))


@functools.cache
def calendar_words() -> frozenset[str]:
    """Weekday and month names: words that are never a name nor a kind of something."""
    k = vocabulary()
    return frozenset(k["weekdays"] + k["months"])


@functools.cache
def month_alternation() -> str:
    """The month names as a regular-expression alternation, unaccented forms included."""
    return "|".join(vocabulary()["months"] + ["aout", "fevrier", "decembre"])


@functools.cache
def _patterns():
    k = vocabulary()
    weekdays = k["weekdays"]
    mon = month_alternation()
    wd = "|".join(weekdays)
    rel = "|".join(
        re.escape(p).replace("'", "['’]") for p in sorted(k["relative"], key=len, reverse=True)
    )
    flags = re.IGNORECASE
    return [
        (
            "full",
            re.compile(rf"\b(?:(?:{wd})\s+)?(1er|[0-3]?\d)\s+({mon})\s+((?:19|20)\d\d)\b", flags),
        ),
        ("daymonth", re.compile(rf"\b(?:(?:{wd})\s+)?(1er|[0-3]?\d)\s+({mon})\b", flags)),
        ("monthyear", re.compile(rf"\b({mon})\s+((?:19|20)\d\d)\b", flags)),
        (
            "month",
            re.compile(rf"\b(?:en|début|fin|mi-|courant|depuis|dès|d['’]ici)\s*({mon})\b", flags),
        ),
        ("relative", re.compile(rf"(?<!\w)({rel})(?!\w)", flags)),
        ("weekday", re.compile(rf"\b(?:ce\s+)?({wd})(?:\s+(dernier|prochain))?\b", flags)),
        (
            "year",
            re.compile(
                r"\b(?:en|depuis|d['’]ici|avant|après|dès|fin|début|à partir de"
                r"|jusqu['’]en)\s+((?:19|20)\d\d)\b",
                flags,
            ),
        ),
    ]


_DIGIT = re.compile(r"\d")
_WITH_DIGITS = {"full", "daymonth", "monthyear", "year"}  # patterns that need one


def _month(name: str) -> int:
    names = [m.replace("é", "e").replace("û", "u") for m in vocabulary()["months"]]
    key = name.lower().replace("é", "e").replace("û", "u")
    return names.index(key) + 1


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateRef]:
    """Date expressions in text[start:end], earliest first, without overlaps."""
    segment = text[start:end]
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    digits = _DIGIT.search(segment) is not None
    for kind, rx in _patterns():
        if kind in _WITH_DIGITS and not digits:
            continue  # most sentences have no digit: four patterns fewer to run over them
        for m in rx.finditer(segment):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            date, precision = _resolve(kind, m, published)
            taken.append((s, e))
            found.append(DateRef(start + s, start + e, m.group(0), date, precision))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match, published: dt.date | None) -> tuple[dt.date | None, str]:
    try:
        if kind == "full":
            day = 1 if m.group(1).lower() == "1er" else int(m.group(1))
            return dt.date(int(m.group(3)), _month(m.group(2)), day), "day"
        if kind == "monthyear":
            return dt.date(int(m.group(2)), _month(m.group(1)), 1), "month"
        if kind == "year":
            return dt.date(int(m.group(1)), 1, 1), "year"
        if published is None:
            return None, ""
        if kind == "daymonth":
            day = 1 if m.group(1).lower() == "1er" else int(m.group(1))
            month = _month(m.group(2))
            year = (
                published.year
                if (month, day) <= (published.month, published.day)
                else published.year - 1
            )
            return dt.date(year, month, day), "day"
        if kind == "month":
            month = _month(m.group(1))
            year = published.year if month <= published.month else published.year - 1
            return dt.date(year, month, 1), "month"
        if kind == "weekday":
            target = vocabulary()["weekdays"].index(m.group(1).lower())
            delta = (published.weekday() - target) % 7
            if (m.group(2) or "").lower() == "prochain":
                return published + dt.timedelta(days=(target - published.weekday()) % 7 or 7), "day"
            return published - dt.timedelta(days=delta), "day"
        if kind == "relative":
            key = m.group(1).lower().replace("’", "'")
            unit, offset, precision = vocabulary()["relative"][key]
            return _shift(published, unit, offset), precision
    except (ValueError, KeyError):
        return None, ""
    return None, ""


def _shift(base: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "day":
        return base + dt.timedelta(days=offset)
    if unit == "month":
        month0 = base.month - 1 + offset
        year, month = base.year + month0 // 12, month0 % 12 + 1
        return dt.date(year, month, 1)
    return dt.date(base.year + offset, 1, 1)


# ---------------------------------------------------------------- the published date


ENGLISH_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


@functools.cache
def _stamp_patterns():
    k = vocabulary()
    mon = month_alternation()
    wd = "|".join(k["weekdays"])
    flags = re.IGNORECASE | re.MULTILINE
    french = rf"(?:(?:{wd})\s+)?(1er|[0-3]?\d)\s+({mon})\s+((?:19|20)\d\d)"
    numeric = r"([0-3]?\d)[/.]([01]?\d)[/.]((?:19|20)\d\d)"
    iso = r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)"
    english = "|".join(ENGLISH_MONTHS)
    marker = (
        r"(?:publié|mis en ligne|mis à jour|mise à jour|dernière modification|modifié|date)"
        r"[^\n\d]{0,25}?"
    )
    # where a page states when it was published: after a marker, alone on its line, in
    # parentheses, after a bullet, or in a dateline ("PARIS, 3 mars 2024 (AFP) -")
    return [
        (re.compile(rf"{marker}(?:{french})", flags), "french"),
        (re.compile(rf"{marker}(?:{numeric})", flags), "numeric"),
        (re.compile(rf"{marker}{iso}", flags), "iso"),
        (re.compile(rf"^\W*{french}\W*$", flags), "french"),
        (re.compile(rf"^\W*{numeric}\W*$", flags), "numeric"),
        (re.compile(rf"\({french}\)", flags), "french"),
        (re.compile(rf"[•|]\s*{numeric}", flags), "numeric"),
        (re.compile(rf"[•|]\s*{french}", flags), "french"),
        (re.compile(rf"^[A-ZÉÈ' -]{{3,}}, {french}", flags), "french"),
        # an English stamp alone on its line: 'Friday, November 19, 2021'
        (
            re.compile(
                rf"^\W*(?:[A-Z][a-z]+day,\s+)?({english})\s+(\d{{1,2}}),\s+((?:19|20)\d\d)\W*$",
                flags,
            ),
            "english",
        ),
    ]


def published_in_text(text: str, head: int = 600) -> dt.date | None:
    """The date a page says it was published, from its first lines ('Publié le 3 mars
    2024', 'Dernière modification : 10/02/2016', '(16 octobre 2025)', a dateline, a date
    alone on its line). A date inside the prose is an event's, not the page's: left."""
    window = text[:head]
    found: list[tuple[int, dt.date]] = []
    for rx, kind in _stamp_patterns():
        for m in rx.finditer(window):
            groups = [g for g in m.groups() if g is not None][-3:]
            try:
                if kind == "english":
                    month = ENGLISH_MONTHS.index(groups[0].lower()) + 1
                    date = dt.date(int(groups[2]), month, int(groups[1]))
                elif kind == "french":
                    day = 1 if groups[0].lower() == "1er" else int(groups[0])
                    date = dt.date(int(groups[2]), _month(groups[1]), day)
                elif kind == "numeric":
                    date = dt.date(int(groups[2]), int(groups[1]), int(groups[0]))
                else:
                    date = dt.date(int(groups[0]), int(groups[1]), int(groups[2]))
            except (ValueError, IndexError):
                continue
            found.append((m.start(), date))
    return min(found)[1] if found else None
