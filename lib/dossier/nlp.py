"""spaCy's French pipeline, loaded once per process and only when a parse is needed,
with the fixes the raw model needs: sentence boundaries that respect « … » and
paragraphs, and lemma-based norms for matching.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from . import lexicon
from .text import for_parsing, slug

MODEL = "fr_core_news_sm"
_FINAL = set(".!?…")
_CLOSERS = {"»", '"', ")", "]", "”"}


def _is_abbreviation(tok) -> bool:
    # "M." before a name, initials "J.", "etc." before a lower-case word, "art." ...
    text = tok.text
    return text in lexicon.honorifics() or (len(text) == 2 and text[0].isupper() and text[1] == ".")


def set_sentence_starts(doc):
    """Sentence starts after . ! ? … (past closing quotes) before a capital, « or digit,
    and at every line break; nowhere else. The parser keeps these boundaries."""
    import numpy as np
    from spacy.attrs import SENT_START

    starts = np.full((len(doc), 1), -1, dtype="int32")  # -1: not a start
    for i, tok in enumerate(doc):
        if i == 0:
            starts[i, 0] = 1
            continue
        if tok.is_space:
            continue
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            starts[i, 0] = 1
            continue
        j = i - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in _CLOSERS):
            j -= 1
        first = tok.text[0]
        end = doc[j] if j >= 0 else None
        if (
            end is not None
            and end.text[-1] in _FINAL
            and not _is_abbreviation(end)
            and (first.isupper() or first.isdigit() or first in '«"—–-')
        ):
            starts[i, 0] = 1
    # one array write: setting is_sent_start token by token re-scans the doc each time
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def set_norms(doc):
    """NORM = the matching key of the lemma (function words: of the word as written)."""
    key = lexicon.key
    for tok in doc:
        lower = tok.lower_
        tok.norm_ = key(lower) if lower in lexicon.FUNCTION_WORDS else key(tok.lemma_ or lower)
    return doc


@functools.cache
def get_nlp():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("dossier_sentences"):
        Language.component("dossier_sentences", func=set_sentence_starts)
        Language.component("dossier_norms", func=set_norms)
    nlp = spacy.load(MODEL)
    nlp.add_pipe("dossier_sentences", before="parser")
    nlp.add_pipe("dossier_norms", last=True)
    return nlp


def parse(text: str):
    """Stored text -> Doc over a same-length copy; char offsets are shared."""
    return get_nlp()(for_parsing(text))


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator:
    yield from get_nlp().pipe((for_parsing(t) for t in texts), batch_size=batch_size)


# ---------------------------------------------------------------- matchers


class PhraseSet:
    """Labelled phrases in the pattern language, matched by hash on NORM keys (spaCy's
    PhraseMatcher: fast for thousands of phrases); '*' patterns go to a small Matcher."""

    def __init__(self, nlp, groups: dict[str, Iterable[str]], case_sensitive: bool = False):
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH" if case_sensitive else "NORM")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER") if case_sensitive else None
        self.wild = Matcher(nlp.vocab)
        self._has_wild = False
        for label, patterns in groups.items():
            docs, lower_docs, seen = [], [], set()
            for phrase in patterns:
                for words in lexicon.expand(phrase):
                    toks = nlp.tokenizer(for_parsing(" ".join(words)))
                    texts = [t.text for t in toks]
                    if not texts or tuple(texts) in seen:
                        continue
                    seen.add(tuple(texts))
                    if "*" in texts:
                        if texts[0] == "*" or texts[-1] == "*":
                            raise ValueError(f"pattern {phrase!r}: '*' must stand between words")
                        self.wild.add(label, [[_wild_token(t) for t in texts]])
                        self._has_wild = True
                        continue
                    doc = Doc(nlp.vocab, words=texts)
                    if case_sensitive:
                        # one word or an acronym: exact case; several words: any case
                        (lower_docs if len(texts) > 1 and not phrase.isupper() else docs).append(
                            doc
                        )
                        continue
                    for t in doc:
                        t.norm_ = lexicon.key(t.text)
                    docs.append(doc)
            if docs:
                self.phrases.add(label, docs)
            if lower_docs:
                self.lower.add(label, lower_docs)

    def __call__(self, doclike) -> list[tuple[int, int, int]]:
        out = list(self.phrases(doclike))
        if self.lower is not None:
            out += self.lower(doclike)
        if self._has_wild:
            out += self.wild(doclike)
        return out


def _wild_token(text: str) -> dict:
    if text == "*":  # up to four words of any kind: "appeler * à"
        return {"IS_PUNCT": False, "OP": "{0,4}"}
    return {"NORM": lexicon.key(text)}


class Matchers:
    """Every lexicon compiled once per process against the loaded pipeline."""

    def __init__(self, nlp):
        k = lexicon.knowledge()
        _codes, names, _dem = lexicon.countries()
        by_code: dict[str, list[str]] = {}
        for name, code in names.items():
            by_code.setdefault(f"country:{code}", []).append(name)
        orgs = {o.id: list(o.aliases) for o in lexicon.organizations()}
        regions = {f"place:{slug(r)}": [r] for r in lexicon.regions()}
        self.names = PhraseSet(nlp, {**by_code, **orgs, **regions}, case_sensitive=True)
        self.domains = PhraseSet(nlp, {d.id: d.patterns for d in lexicon.domains()})
        self.triggers = PhraseSet(nlp, k.triggers["kinds"])
        self.reporting = PhraseSet(nlp, {"reporting": k.triggers["reporting"]["verbs"]})
        self.instruments = PhraseSet(nlp, {"instrument": k.triggers["instruments"]["names"]})
        self.events = PhraseSet(nlp, k.events["kinds"])
        self.happen = PhraseSet(nlp, {"happen": k.events["happen"]["verbs"]})
        self.titles = PhraseSet(nlp, {f"{scope}|{t}": [t] for t, scope in lexicon.titles()})
        self.meeting_anaphora = PhraseSet(
            nlp, {"meeting": k.triggers["context"]["meeting_anaphora"]}
        )


@functools.cache
def get_matchers() -> Matchers:
    return Matchers(get_nlp())


def longest(matches):
    """(label, start, end) matches without overlaps, the longest winning, in text order."""
    used, out = set(), []
    for label, s, e in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        if used & set(range(s, e)):
            continue
        used |= set(range(s, e))
        out.append((label, s, e))
    return sorted(out, key=lambda m: m[1])
