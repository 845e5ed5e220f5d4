"""Text normalisation that never moves a character: spans found on the parse text
point into the stored text unchanged."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# One character in, one character out: offsets stay valid.
PARSE_MAP = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual French apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",  # no-break spaces, common before « : ; ? !
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\t": " ",
    }
)

# Invisible characters that break matching and can hide spoofed text (bidi overrides).
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_PARSE_CHARS = {chr(k): v for k, v in PARSE_MAP.items()}
_PARSE_RE = re.compile("[" + re.escape("".join(_PARSE_CHARS)) + "]")


def for_parsing(text: str) -> str:
    """Same length as `text`, with apostrophes, quotes and spaces the model was trained on.

    (A regex finds the few characters to change: `str.translate` with a dict looks up every
    character in Python and is 15 times slower on French prose.)"""
    return _PARSE_RE.sub(lambda m: _PARSE_CHARS[m.group()], text)


def clean(text: str) -> tuple[str, int]:
    """NFC, LF line ends, no invisible or control characters. Returns (text, removed count)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    before = len(text)
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    return text, before - len(text)


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """A matching key: parse-normalised, lower case, no accents ('l’Économie' -> "l'economie")."""
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", for_parsing(text).lower())
    # each distinct combining mark removed once: twice as fast as testing every character
    for mark in [c for c in set(text) if unicodedata.combining(c)]:
        text = text.replace(mark, "")
    return text


def fold_many(words: Iterable[str]) -> list[str]:
    """`fold` of each word, for a whole word list (spaCy's tables: some 200,000 forms) in
    one pass over the words joined by line breaks, three times faster than word by word.
    Every step of `fold` changes characters one at a time, and no case or accent rule
    reaches across a line break, so each line comes back as the word's own key."""
    words = list(words)
    if not words or any("\n" in w for w in words):
        return [fold(w) for w in words]
    return _fold("\n".join(words)).split("\n")


def slug(text: str, limit: int = 80) -> str:
    """A readable, stable id part: 'Claire Dubreuil' -> 'claire-dubreuil'."""
    s = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return s[:limit].rstrip("-") or "x"


_LEADING_ARTICLE = re.compile(r"^(?:[ld]'\s*|(?:les|le|la|du|des|de|the)\s+)+", re.I)


def strip_article(name: str) -> str:
    """'l’OTAN' -> 'OTAN', 'la République de Corée' -> 'République de Corée'."""
    stripped = _LEADING_ARTICLE.sub("", for_parsing(name).strip())
    return name.strip()[len(name.strip()) - len(stripped) :] if stripped else name.strip()
