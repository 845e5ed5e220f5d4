"""Reading articles from disk: bytes -> clean text + metadata. Knows nothing of spaCy.

Every failure becomes a `Problem`; nothing here raises on a bad file, and nothing
writes into the folder it reads.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .text import clean, slug

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
SIDECAR = "articles.csv"
MAX_CHARS = 200_000  # a very long feature is ~40k; beyond this we analyse the start only
WORDS_PER_MINUTE = 230
SIDECAR_COLUMNS = ("file", "title", "source", "url", "published", "language")
SUPPORTED_LANGUAGES = {"fr"}


@dataclass(frozen=True)
class Problem:
    path: str
    severity: str  # "error": the file yields no tables; "warning": it does, with a caveat
    code: str
    message: str


@dataclass
class Article:
    article_id: str
    path: str
    text: str
    sha256: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    language: str = "fr"
    words_stated: int | None = None
    reading_minutes_stated: int | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    headline_end: int = 0  # the headline, kept as the text's first line: text[:headline_end]
    published_from: str = ""  # sidecar, page (HTML metadata) or text ("Publié le …")

    @property
    def words_counted(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def reading_minutes(self) -> int:
        if self.reading_minutes_stated is not None:
            return self.reading_minutes_stated
        return max(1, math.ceil(self.words_counted / WORDS_PER_MINUTE)) if self.text else 0


class ReadError(Exception):
    """A file that yields no article; carries its problems-table code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


_WORD = re.compile(r"\w+(?:['’-]\w+)*")

# "Article de 434 mots ⏱️ 2 min de lecture" (and the English form of the same widget).
_HEADER = re.compile(
    r"^\s*(?:article\s+de\s+(?P<w1>\d[\d\s.\u202f\u00a0]*)\s*mots"
    r"|(?P<w2>\d[\d,\s]*)\s*words)\W*?(?:(?P<m>\d+)\s*min(?:utes?)?\b.*)?$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). UTF-8 (BOM or not), UTF-16/32, else a detected
    single-byte encoding such as cp1252. Raises ReadError on binary data."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", f"starts with a {name} mark but {exc}") from exc
    if _looks_utf16(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return text, name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if not _mostly_text(text):
            raise ReadError("binary", "looks like binary data, not text")
        return text, "utf-8"
    if b"\x00" in data:
        raise ReadError("binary", "looks like binary data, not text (NUL bytes)")
    # Not UTF-8: French articles saved on Windows are cp1252 (a superset of latin-1's
    # letters); detectors guess cp1250 for such short texts and turn "è" into "č".
    try:
        text = data.decode("cp1252")
        if _mostly_text(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("binary", "no text encoding fits these bytes")
    text = str(best)
    if not _mostly_text(text):
        raise ReadError("binary", "looks like binary data, not text")
    return text, best.encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.3 * (len(sample) / 2) and min(even, odd) < 0.05 * (len(sample) / 2)


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(sample) < 0.02


# ---------------------------------------------------------------- formats


def _from_html(raw: str) -> tuple[str, dict]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        raise ReadError("no-main-text", "HTML page with no article text that could be extracted")
    meta = {
        "title": doc.title or "",
        "source": doc.sitename or doc.hostname or "",
        "url": doc.url or "",
        "published": doc.date or "",
    }
    return doc.text, meta


def _from_markdown(raw: str) -> tuple[str, dict]:
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(raw)
    blocks: list[str] = []
    title = ""
    heading = None
    for tok in tokens:
        if tok.type == "heading_open":
            heading = tok.tag
        elif tok.type == "inline":
            text = "".join(
                " " if c.type in ("softbreak", "hardbreak") else c.content
                for c in (tok.children or [])
            )
            text = re.sub(r"\s+", " ", text)
            if heading == "h1" and not title:
                title = text
            elif text:
                blocks.append(text)
        elif tok.type == "heading_close":
            heading = None
    return "\n\n".join(blocks), {"title": title}


def split_header(text: str) -> tuple[str, int | None, int | None]:
    """Remove a leading 'Article de N mots ⏱️ M min de lecture' line; return its numbers."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    m = _HEADER.match(first)
    if not m:
        return text, None, None
    words = re.sub(r"\D", "", m.group("w1") or m.group("w2") or "")
    minutes = m.group("m")
    return rest, (int(words) if words else None), (int(minutes) if minutes else None)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def _tidy(text: str) -> str:
    # One blank line between paragraphs, no trailing spaces; keeps the prose intact.
    lines = [ln.rstrip() for ln in text.split("\n")]
    out = "\n".join(lines)
    return _unwrap(re.sub(r"\n{3,}", "\n\n", out).strip("\n "))


# A line break inside a sentence: the line ends on a word or a comma and the next one goes on
# in lower case ("a déclaré le ministre après la\ncérémonie"). Pages copied from a fixed-width
# layout break every line so; each break would otherwise cut a sentence in two.
_WRAPPED = re.compile(r"(?<=[\w,;'’-])\n(?=[a-zàâçéèêëîïôûùüÿœ(])")


def _unwrap(text: str) -> str:
    """Join lines a fixed-width layout broke inside sentences (one space for one newline:
    the text keeps its length)."""
    return _WRAPPED.sub(" ", text)


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


# ---------------------------------------------------------------- sidecar


def read_sidecar(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """seeds/articles.csv -> {file name: metadata}. Bad rows become problems; good rows count."""
    path = folder / SIDECAR
    if not path.is_file():
        return {}, []
    problems: list[Problem] = []
    try:
        raw, _ = decode(path.read_bytes())
    except (OSError, ReadError) as exc:
        return {}, [Problem(SIDECAR, "warning", "sidecar-unreadable", f"{SIDECAR}: {exc}")]
    rows: dict[str, dict] = {}
    reader = csv.reader(io.StringIO(raw))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as exc:
        return {}, [Problem(SIDECAR, "warning", "sidecar-unreadable", f"{SIDECAR}: {exc}")]
    if "file" not in header:
        return {}, [
            Problem(
                SIDECAR,
                "warning",
                "sidecar-no-file-column",
                f"{SIDECAR} has no 'file' column (columns: {', '.join(SIDECAR_COLUMNS)});"
                " its metadata was ignored",
            )
        ]
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line + 1}: {exc}; row ignored",
                )
            )
            line += 1
            continue
        line += 1
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line}: {len(values)} fields where the header has "
                    f"{len(header)}; row ignored",
                )
            )
            continue
        row = {k: v.strip() for k, v in zip(header, values, strict=True)}
        name = row.get("file", "")
        if not name:
            problems.append(
                Problem(
                    SIDECAR,
                    "warning",
                    "sidecar-bad-row",
                    f"{SIDECAR} line {line}: empty 'file'; row ignored",
                )
            )
            continue
        if row.get("published"):
            try:
                row["published"] = dt.date.fromisoformat(row["published"][:10])
            except ValueError:
                problems.append(
                    Problem(
                        SIDECAR,
                        "warning",
                        "sidecar-bad-date",
                        f"{SIDECAR} line {line}: published {row['published']!r} is not a date "
                        "(YYYY-MM-DD); left empty",
                    )
                )
                row["published"] = None
        else:
            row["published"] = None
        rows[name] = row
    return rows, problems


# ---------------------------------------------------------------- articles


def article_id_for(relpath: str) -> str:
    stem = relpath.rsplit(".", 1)[0] if "." in relpath.rsplit("/", 1)[-1] else relpath
    return slug(stem, limit=120)


def parse_article(
    data: bytes, relpath: str, meta: dict | None = None
) -> tuple[Article, list[Problem]]:
    """Bytes of one file -> Article. Raises ReadError when nothing usable is in it."""
    meta = dict(meta or {})
    problems: list[Problem] = []
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise ReadError("empty", "the file is empty")
    raw, _encoding = decode(data)
    suffix = Path(relpath).suffix.lower()
    found: dict = {}
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _is_html(raw)):
        raw, found = _from_html(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        raw, found = _from_markdown(raw)
    page_title = (found.get("title") or "").strip()
    if page_title and not raw.lstrip().startswith(page_title):
        raw = f"{page_title}\n\n{raw}"  # the page's headline is read with its text
    text, removed = clean(raw)
    if removed:
        problems.append(
            Problem(
                relpath,
                "warning",
                "invisible-characters",
                f"{removed} invisible or control characters removed"
                " (zero-width, bidi or control marks)",
            )
        )
    text, words_stated, minutes_stated = split_header(text)
    text = _tidy(text)
    title = meta.get("title") or found.get("title") or ""
    first, _, rest = text.partition("\n")
    headline_end = 0
    # The headline carries the main fact: it stays in the text, analysed as its first
    # sentence (sentences.headline), so its actors and commitments count.
    if title and first.strip() in {title.strip(), page_title}:
        headline_end = len(first)
    elif not title and rest and len(first) < 150 and not re.search(r"[.!?»:]\s*$", first):
        title, headline_end = first.strip(), len(first)
    if not text[headline_end:].strip():
        raise ReadError("empty", "no text after the title and header lines")
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
        problems.append(
            Problem(
                relpath,
                "warning",
                "too-long",
                f"{len(text):,} characters; only the first {cut:,} were analysed",
            )
        )
        text = text[:cut]
    language = (meta.get("language") or "").lower() or guess_language(text)
    published, published_from = _parse_date(meta.get("published")), "sidecar"
    if published is None:
        published, published_from = _parse_date(found.get("published")), "page"
    if published is None:
        from .dates import published_in_text

        published, published_from = published_in_text(text), "text"
    published_from = published_from if published is not None else ""
    article = Article(
        article_id=article_id_for(relpath),
        path=relpath,
        text=text,
        sha256=sha,
        title=title or Path(relpath).stem.replace("_", " ").replace("-", " "),
        source=meta.get("source") or found.get("source") or "",
        url=meta.get("url") or found.get("url") or "",
        published=published,
        language=language,
        words_stated=words_stated,
        reading_minutes_stated=minutes_stated,
        paragraphs=_paragraphs(text),
        headline_end=headline_end,
        published_from=published_from,
    )
    if language not in SUPPORTED_LANGUAGES:
        problems.append(
            Problem(
                relpath,
                "error",
                "unsupported-language",
                f"written in {language!r}; only French ('fr') is analysed for now"
                " (listed in articles, no actors or commitments extracted)",
            )
        )
    return article, problems


def _is_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def _parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def iter_files(folder: Path) -> Iterator[tuple[Path | None, str, Problem | None]]:
    """Every candidate file under folder, sorted, without following folder links (loops)."""
    top = os.fspath(folder)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        # the path relative to folder, as a prefix: cheaper than Path.relative_to per file
        prefix = os.path.relpath(dirpath, top).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for d in sorted(dirnames):
            if (base / d).is_symlink():
                rel = prefix + d
                yield (
                    None,
                    rel,
                    Problem(
                        rel,
                        "warning",
                        "linked-folder",
                        "a linked folder is not followed (it may loop)",
                    ),
                )
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not (base / d).is_symlink()
        )
        for name in sorted(filenames):
            if name.startswith(".") or (not prefix and name == SIDECAR):
                continue
            yield base / name, prefix + name, None


def read_file(path: Path, relpath: str, meta: dict | None) -> tuple[Article | None, list[Problem]]:
    """One file -> (Article or None, problems). Never raises."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        return None, [
            Problem(
                relpath,
                "error",
                "unsupported-format",
                f"{suffix or 'no extension'} files are not read; save the article"
                " as .txt, .md or .html",
            )
        ]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [
            Problem(relpath, "error", "unreadable", f"cannot read: {exc.strerror or exc}")
        ]
    try:
        return parse_article(data, relpath, meta)
    except ReadError as exc:
        return None, [Problem(relpath, "error", exc.code, str(exc))]
    except Exception as exc:  # a library failing on odd input must not stop the corpus
        return None, [Problem(relpath, "error", "read-failed", f"{type(exc).__name__}: {exc}")]
