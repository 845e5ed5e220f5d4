"""Which language an article is written in, from its commonest short words."""

from __future__ import annotations

import re

# ---------------------------------------------------------------- language

_STOP = {
    "fr": set(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "du",
            "et",
            "est",
            "un",
            "une",
            "que",
            "qui",
            "dans",
            "pour",
            "sur",
            "avec",
            "au",
            "aux",
            "par",
            "pas",
            "ce",
            "cette",
            "ont",
            "été",
            "sont",
            "il",
            "elle",
            "nous",
            "leur",
        ]
    ),
    "en": set(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "in",
            "for",
            "on",
            "with",
            "that",
            "by",
            "was",
            "were",
            "are",
            "it",
            "this",
            "from",
            "has",
            "have",
            "its",
            "their",
            "an",
            "be",
            "as",
            "at",
        ]
    ),
    "de": set(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "den",
            "zu",
            "im",
            "auf",
            "für",
            "eine",
            "ein",
            "sich",
            "des",
            "dem",
        ]
    ),
    "es": set(
        [
            "el",
            "los",
            "las",
            "y",
            "es",
            "en",
            "por",
            "con",
            "para",
            "una",
            "un",
            "del",
            "se",
            "que",
            "su",
            "al",
            "como",
            "más",
        ]
    ),
}


def guess_language(text: str) -> str:
    """A cheap guess good enough to refuse what the French pipeline cannot read."""
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    latin = sum(1 for c in letters if ord(c) < 0x250)
    if latin / len(letters) < 0.5:
        for lo, hi, code in (
            (0x3040, 0x30FF, "ja"),
            (0x4E00, 0x9FFF, "zh"),
            (0xAC00, 0xD7AF, "ko"),
            (0x0400, 0x04FF, "ru"),
            (0x0600, 0x06FF, "ar"),
        ):
            if sum(1 for c in letters if lo <= ord(c) <= hi) / len(letters) > 0.2:
                return code
        return "und"
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", sample)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else "und"
