"""Stories: copies of one dispatch across outlets, found on the text before any parse.

A dispatch is re-titled, cut, re-wrapped, given a byline or "Lire aussi" lines, saved in
another encoding. What survives is its running prose: the body without its headline and
boilerplate lines, folded (case, accents) and cut into word 5-grams. MinHash signatures of
those shingle sets go into an LSH index (datasketch) that proposes pairs; a pair is one
story when the smaller text's shingles are mostly (≥ 80 %) in the larger one and the
smaller is at least 30 % of the larger (a short brief quoting one paragraph of a long
article is no copy). A dispatch cut after its first paragraphs keeps its lead: texts that
open with mostly the same shingles are compared too, and are one story however short the
copy, when it is mostly inside the other. Thresholds are discussed in docs/extraction.md.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from ..base.text import fold

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2's permutation scheme, named so cached signatures match
SHINGLE = 5  # words
LSH_THRESHOLD = 0.3  # Jaccard at which the index proposes a pair (a half copy is ~0.45)
# 37 bands of 3 values: a pair at Jaccard 0.5 (a copy cut to half) is proposed with
# probability 0.99, at 0.4 with 0.91, at 0.1 with 0.04. Weighing misses more (0.1/0.9:
# 32 bands of 2) found every copy of the bench but proposed seven times as many pairs.
LSH_WEIGHTS = (0.5, 0.5)
# Containment >= 0.8 with a size ratio >= 0.3 means a Jaccard >= 0.23 (a whole third of
# the text copied: 0.3); a pair whose signatures agree on fewer than 15 % of their values
# (2 standard deviations below 0.23 with 128 values) is not checked further.
ESTIMATE_FLOOR = 0.15
CONTAINMENT = 0.8  # share of the smaller text's shingles found in the larger
MIN_SIZE_RATIO = 0.3  # the smaller text is at least this share of the larger
FEW = 200  # new articles up to which they are compared with every signature, not via LSH
# A dispatch cut to its first paragraphs keeps its lead: two texts whose first LEAD
# shingles are mostly (LEAD_SHARED of them) the same, in any position (a dateline or a
# byline before it shifts them), are one story when the smaller is mostly inside the larger,
# however short it was cut (LEAD_MIN_RATIO: a paragraph at least). A brief that quotes a
# paragraph from the middle of an article does not share its lead.
LEAD = 12
LEAD_SHARED = 8
LEAD_MIN_RATIO = 0.1
FORMULA = 50  # texts opening with one shingle past which it is a formula, not a lead

# Lines a page adds around a dispatch: teasers, bylines, credits, dates, sharing widgets.
_BOILERPLATE = re.compile(
    r"^\s*(?:[àa] lire aussi|lire aussi|lire la suite|voir aussi|sur le m[eê]me sujet"
    r"|par\s+\S+(?:\s+\S+){0,4}\s*$|photo\b|cr[ée]dit|©|publi[ée] le|mis à jour|mise à jour"
    r"|derni[èe]re modification|partager|abonnez|newsletter|source\s*:|avec afp|\(afp\)\s*$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Text:
    """One article as story detection sees it."""

    article_id: str
    path: str
    published: object  # a date or None
    text: str
    headline_end: int = 0


def body_words(text: str, headline_end: int = 0) -> list[str]:
    """The running prose of an article, folded into words: no headline, no boilerplate
    lines, no line breaks (a re-wrapped copy reads the same)."""
    body = text[headline_end:]
    lines = [ln for ln in body.split("\n") if ln.strip() and not _BOILERPLATE.match(ln)]
    return _WORD.findall(fold(" ".join(lines)))


def shingles(words: list[str]) -> np.ndarray:
    """Word 5-grams as 64-bit hashes (sorted, unique): each word is hashed once (blake2b,
    stable across processes, unlike Python's hash() of a str), and a 5-gram's hash is a
    polynomial of its words' hashes, mixed (splitmix64's finaliser), all in numpy."""
    return np.unique(_ordered_shingles(words))


def lead(text: str, headline_end: int = 0) -> frozenset[int]:
    """The hashes of the first LEAD shingles of an article's running prose."""
    words = body_words(text[: headline_end + 40 * (LEAD + SHINGLE)], headline_end)
    return frozenset(_ordered_shingles(words[: LEAD + SHINGLE - 1]).tolist())


def _ordered_shingles(words: list[str]) -> np.ndarray:
    if not words:
        return np.zeros(0, dtype=np.uint64)
    h = _word_hashes(words)
    n = max(len(h) - SHINGLE + 1, 1)
    acc = np.zeros(n, dtype=np.uint64)
    for k in range(min(SHINGLE, len(h))):
        acc = acc * _PRIME + h[k : k + n]
    acc ^= acc >> np.uint64(30)
    acc *= np.uint64(0xBF58476D1CE4E5B9)
    acc ^= acc >> np.uint64(27)
    acc *= np.uint64(0x94D049BB133111EB)
    acc ^= acc >> np.uint64(31)
    return acc


_PRIME = np.uint64(0x100000001B3)
_WORD_HASHES: dict[str, int] = {}


def _word_hashes(words: list[str]) -> np.ndarray:
    cache = _WORD_HASHES
    if len(cache) > 2_000_000:  # a long-running kernel: start again rather than grow
        cache.clear()
    out = []
    for w in words:
        v = cache.get(w)
        if v is None:
            v = cache[w] = int.from_bytes(
                hashlib.blake2b(w.encode(), digest_size=8).digest(), "little"
            )
        out.append(v)
    return np.array(out, dtype=np.uint64)


_BASE = None  # one MinHash whose permutations every signature shares


def signature(grams: np.ndarray) -> np.ndarray:
    """MinHash signature of a shingle set (datasketch), as a uint64 array."""
    global _BASE
    from datasketch import MinHash

    if _BASE is None:
        _BASE = MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme=SCHEME)
    m = MinHash(
        num_perm=NUM_PERM, hashfunc=_identity, scheme=SCHEME, permutations=_BASE.permutations
    )
    if len(grams):
        m.update_batch(grams.tolist())
    return m.hashvalues.astype(np.uint64)


def _identity(value: int) -> int:
    return value & 0xFFFFFFFF  # datasketch works on 32-bit hashes


def same_story(a: np.ndarray, b: np.ndarray, same_lead: bool = False) -> bool:
    """The smaller set mostly inside the larger, and not a mere excerpt of it (a text cut
    after its lead may be shorter: `same_lead`)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    floor = LEAD_MIN_RATIO if same_lead else MIN_SIZE_RATIO
    if not len(small) or len(small) < floor * len(large):
        return False
    common = np.intersect1d(small, large, assume_unique=True).size
    return common >= CONTAINMENT * len(small)


@functools.cache
def _lsh_bands() -> tuple[int, int]:
    """The index's bands and rows for LSH_THRESHOLD and LSH_WEIGHTS: datasketch finds them
    by numerical integration (about 25 ms) each time an index is built, which a load of
    one article paid again and again; found once per process."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


def find_stories(
    texts: Iterable[Text],
    signatures: dict[str, np.ndarray] | None = None,
    previous: dict[str, str] | None = None,
) -> tuple[dict[str, tuple[str, str]], dict[str, np.ndarray]]:
    """article_id -> (story_id, duplicate_of), and each text's record (by article_id): its
    MinHash signature followed by the hashes of its lead.

    `signatures` are records returned before (from the cache), by article_id and only for
    the same text; the others are computed here. `previous`: the story id each of those
    articles had (when no article was removed or changed since): their stories are kept as
    they were, and only the new articles are compared with the others, so adding one
    article to a large corpus costs one query, not a pass over every text. The first copy
    of a story (earliest published, then by path) names it: story_id is "story:<its
    article_id>", and every other copy points to it in duplicate_of."""
    from datasketch import MinHashLSH
    from datasketch.lean_minhash import LeanMinHash

    items = list(texts)
    known = dict(signatures or {})
    by_id = {t.article_id: t for t in items}
    grams: dict[str, np.ndarray] = {}

    def grams_of(aid: str) -> np.ndarray:  # shingled only when needed
        if aid not in grams:
            t = by_id[aid]
            grams[aid] = shingles(body_words(t.text, t.headline_end))
        return grams[aid]

    # a text's record: its MinHash signature, then the hashes of its lead (sorted)
    sigs = {t.article_id: known.get(t.article_id) for t in items}
    leads = {
        aid: sig[NUM_PERM:] for aid, sig in sigs.items() if sig is not None and len(sig) > NUM_PERM
    }
    sigs = {aid: None if sig is None else sig[:NUM_PERM] for aid, sig in sigs.items()}
    fresh = [aid for aid, sig in sigs.items() if sig is None]
    for aid in fresh:
        sigs[aid] = signature(grams_of(aid))
    for t in items:
        if t.article_id not in leads:
            leads[t.article_id] = np.array(sorted(lead(t.text, t.headline_end)), np.uint64)
    parent = {t.article_id: t.article_id for t in items}
    previous = {a: s for a, s in (previous or {}).items() if a in parent and a not in fresh}
    if previous and len(fresh) <= FEW:
        # a few new articles: their signatures against every other one, in one numpy pass
        ids = [t.article_id for t in items]
        matrix = np.stack([sigs[a] for a in ids])

        def candidates(aid: str) -> list[str]:
            agree = np.count_nonzero(matrix == sigs[aid], axis=1) / NUM_PERM
            return [ids[i] for i in np.flatnonzero(agree >= ESTIMATE_FLOOR)]
    else:
        lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, params=_lsh_bands())
        lean = {}
        for t in items:
            lean[t.article_id] = LeanMinHash(seed=1, hashvalues=sigs[t.article_id], scheme=SCHEME)
            if not _empty(sigs[t.article_id]):
                lsh.insert(t.article_id, lean[t.article_id], check_duplication=False)

        def candidates(aid: str) -> list[str]:
            return lsh.query(lean[aid])

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if previous:  # the stories found before stay together
        first: dict[str, str] = {}
        for aid, story in previous.items():
            if story in first:
                parent[root(aid)] = root(first[story])
            else:
                first[story] = aid
    queried = fresh if previous else [t.article_id for t in items]
    for aid in queried:
        if _empty(sigs[aid]):
            continue
        for other in candidates(aid):
            if other == aid or root(other) == root(aid):
                continue
            estimate = np.count_nonzero(sigs[aid] == sigs[other]) / NUM_PERM
            if estimate >= ESTIMATE_FLOOR and same_story(grams_of(aid), grams_of(other)):
                parent[root(other)] = root(aid)
    # copies cut after their lead: the index above proposes a text of a third or less
    # of the other's shingles too rarely; texts that open with the same lead are compared
    for aid, other in _same_leads([t.article_id for t in items], leads, set(queried)):
        if root(other) != root(aid) and same_story(grams_of(aid), grams_of(other), same_lead=True):
            parent[root(other)] = root(aid)
    groups: dict[str, list[Text]] = {}
    for t in items:
        groups.setdefault(root(t.article_id), []).append(t)
    out: dict[str, tuple[str, str]] = {}
    for members in groups.values():
        members.sort(key=lambda t: (t.published is None, t.published or 0, t.path))
        first_copy = members[0].article_id
        for m in members:
            out[m.article_id] = (
                f"story:{first_copy}",
                "" if m.article_id == first_copy else first_copy,
            )
    records = {aid: np.concatenate([sig, leads[aid]]) for aid, sig in sigs.items()}
    return out, records


def _same_leads(ids: list[str], leads: dict[str, np.ndarray], queried: set[str]):
    """Pairs (queried, other) whose leads share LEAD_SHARED shingles or more, a shingle
    that opens more than FORMULA texts not counted (« le ministre de la défense a » is a
    formula, not a lead). One sort of every lead's hashes: adding an article to a season
    costs no pass in Python over the others."""
    if not ids:
        return []
    arrays = [leads[a] for a in ids]
    hashes = np.concatenate(arrays)
    if not len(hashes):  # texts too short to have a lead
        return []
    owner = np.repeat(np.arange(len(ids)), [len(x) for x in arrays])
    order = np.argsort(hashes, kind="stable")
    hashes, owner = hashes[order], owner[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    asked = np.array([a in queried for a in ids])
    keep = (sizes >= 2) & (sizes <= FORMULA)
    if len(queried) < len(ids):  # only the openings a queried text has
        keep &= np.maximum.reduceat(asked[owner], starts)
    shared: Counter = Counter()
    for start, size in zip(starts[keep], sizes[keep], strict=True):
        members = owner[start : start + size].tolist()
        for x in members:
            if asked[x]:
                shared.update((x, y) for y in members if y != x)
    return [(ids[x], ids[y]) for (x, y), n in shared.items() if n >= LEAD_SHARED]


_MAX_HASH = np.uint64((1 << 32) - 1)  # a signature's values before any shingle


def _empty(sig: np.ndarray) -> bool:
    """A text with no shingle (too short): its signature was never updated."""
    return bool(np.all(sig == _MAX_HASH))
