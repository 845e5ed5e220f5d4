"""One file's bytes -> an Article: decoded, its markup read, its header line, headline
and published date found. Raises ReadError when nothing usable is in it."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..base.text import clean, slug
from .decode import decode
from .language import guess_language
from .markup import HTML_SUFFIXES, MARKDOWN_SUFFIXES, from_html, from_markdown, is_html, outlet_of
from .problems import Problem, ReadError

MAX_CHARS = 200_000  # a very long feature is ~40k; beyond this we analyse the start only
WORDS_PER_MINUTE = 230
SUPPORTED_LANGUAGES = {"fr"}


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


_WORD = re.compile(r"\w+(?:['’-]\w+)*")

# "Article de 434 mots ⏱️ 2 min de lecture" (and the English form of the same widget).
_HEADER = re.compile(
    r"^\s*(?:article\s+de\s+(?P<w1>\d[\d\s.\u202f\u00a0]*)\s*mots"
    r"|(?P<w2>\d[\d,\s]*)\s*words)\W*?(?:(?P<m>\d+)\s*min(?:utes?)?\b.*)?$",
    re.IGNORECASE,
)


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
    """The text without the blank lines and spaces around it, lines a fixed-width layout
    broke joined. Inside, nothing moves (trailing spaces and blank lines stay): a span of
    the stored text is the same span of the page's text after its first word."""
    return _unwrap(text.strip("\n "))


# A line break inside a sentence: the line ends on a word or a comma and the next one goes on
# in lower case ("a déclaré le ministre après la\ncérémonie"). Pages copied from a fixed-width
# layout break every line so; each break would otherwise cut a sentence in two.
_WRAPPED = re.compile(r"(?<=[\w,;'’-])( *)\n(?=[a-zàâçéèêëîïôûùüÿœ(])")


def _unwrap(text: str) -> str:
    """Join lines a fixed-width layout broke inside sentences (one space for one newline:
    the text keeps its length)."""
    return _WRAPPED.sub(lambda m: m.group(1) + " ", text)


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
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and is_html(raw)):
        raw, found = from_html(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        raw, found = from_markdown(raw)
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
    title, headline_end = _headline(text, meta.get("title") or found.get("title") or "", page_title)
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
    url = meta.get("url") or found.get("url") or ""
    article = Article(
        article_id=article_id_for(relpath),
        path=relpath,
        text=text,
        sha256=sha,
        title=title or Path(relpath).stem.replace("_", " ").replace("-", " "),
        # the outlet: the sidecar's, else the page's, else the address's site
        source=meta.get("source") or found.get("source") or outlet_of(url),
        url=url,
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


# Lines a page puts around its article: navigation, search, sharing, stamps, credits.
_FURNITURE = re.compile(
    r"^\W*(?:aller au contenu|passer au contenu|rechercher|recherche\b"
    r"|se connecter|s.abonner|abonnez|partager|imprimer|t[ée]l[ée]charger\b"
    r"|download\b|print\b|share\b|newsletter|publicit"
    r"|cookies?\b|à lire aussi|lire aussi|voir aussi"
    r"|derni[eè]re mise à jour|mis à jour"
    r"|mise à jour|publi[ée] le|date de publication|communiqué de presse\W*$"
    r"|skip to|search\b|home\b|.*seul le prononcé fait foi|.*\((?:photo|crédit)\b)",
    re.IGNORECASE,
)
# The site's own navigation (as opposed to a stamp or a share button): a line with a menu
# word, a breadcrumb, or a lone lower-case word (an image's alternative text: « logo »).
_SITE_NAV = re.compile(
    r"(?i:recherche|rechercher|menu|accueil|connexion|[àa] propos|contact|home|search)\b"
    r"|^[a-zà-ÿ]+$"
)
# A menu's entry: a line made only of them (« Accueil », « À propos du ministère »,
# « Accueil | Actualités | Contact », « Contact : … ») is a menu, a sentence that contains
# one (« Le groupe de contact se réunit », « À propos de l'aide militaire à l'Ukraine ») not.
_MENU_ITEM = (
    r"(?:accueil|contact(?:ez[- ]nous)?|nous contacter|menu|plan du site|mentions l[ée]gales"
    r"|connexion|home|search|recherche|actualit[ée]s|presse|sommaire"
    r"|[àa] propos(?:\s+(?:de|du|des|de la|d['’])\s*[\w-]+(?:\s+[\w-]+)?)?)"
)
_MENU = re.compile(r"^\W*" + _MENU_ITEM + r"\W*$|^\W*" + _MENU_ITEM + r"\s*[:|>/·•]", re.I)


def _menu(line: str) -> bool:
    """A line made only of menu entries, or one that opens with an entry and its colon
    or separator (« Contact : service de presse », « Accueil > Presse »)."""
    if _MENU.match(line):
        return True
    pieces = [p.strip() for p in re.split(r"[|>/·•]", line) if p.strip()]
    return len(pieces) > 1 and any(_MENU.match(p) for p in pieces) and max(map(_words, pieces)) <= 3


_STAMP = re.compile(r"^[\d\s/.:hH-]+$")  # « 08 / 08 / 2024 », « 14:15 »
_DATE_MARK = re.compile(r"^\s*date\s+\d{4}(?:-\d\d){0,2}\s+")  # a date stamped before the lead
# A section of a longer document: « II. LES RELATIONS… », « A. UN PARTENARIAT », « 3. Les… »,
# « 2.3 Les… ». A roman numeral has two letters or more; a lone capital numbers a section
# only before a word in capitals (« M. Lecornu », « V. Zelensky » are initials).
_SECTION = re.compile(
    r"^\s*(?:(?:[IVXLC]{2,}|\d+(?:\.\d+)*)[.)]\s+\S|\d+\.\d+(?:\.\d+)*\s+\S"
    r"|[A-LN-Z][.)]\s+[A-ZÀ-Ý]{2,}\b(?![a-zà-ÿ]))"
)
# An agency's dateline before the lead, at the very start: a place (and a date or time),
# the agency in brackets, then a dash: « PARIS (AFP) - », « Hanoï (VNA) – », « Paris, 3 mars
# (Reuters) – »; after a stamp (« [06/04/2011 14:15:33] MADRID (AFP) ») the dash may lack.
# A bracketed party or acronym before a colon or a verb is no dateline: « Éric Ciotti (LR) :
# … », « L'UNION EUROPÉENNE (UE) RENFORCE… ».
_AGENCY = r"\((?:[A-Z][\w-]{1,11}(?:[/ ][A-Z][\w-]{1,11})?)\)"
_PLACE = (
    r"[A-ZÀ-Ý][\w’'.-]*(?:[ -](?:[A-ZÀ-Ý][\w’'.-]*|de|du|des|la|le|sur|en)){0,3}"
    r"(?:,[^()\n:]{0,25})?\s*"
)
_DATELINE = re.compile(
    r"^(?:\[[^\]\n]{4,30}\]\s*)+(?:" + _PLACE + _AGENCY + r"\s*[-–—]?\s*)?"
    r"|^" + _PLACE + _AGENCY + r"\s*[-–—]\s*"
)
_WINDOW = 10  # the headline is looked for among the page's first lines


def _headline(text: str, title: str, page_title: str) -> tuple[str, int]:
    """The article's title and the end of its headline line (0 when the headline is not
    the text's first line). A sidecar or page title wins; else the line the page's top
    prints twice (or that its breadcrumb ends on); else the first line that reads as a
    headline (short, no closing stop, three words or more), past navigation lines, dates,
    credits and section numbers, and past a site's banner when the menu under it is
    followed by another such line; else the lead's first sentence. Never a date, a menu
    or a file name; an agency's dateline, a leading dash or a stray quote is left out."""
    first = text.partition("\n")[0]
    # The headline carries the main fact: it stays in the text, analysed as its first
    # sentence (sentences.headline), so its actors and commitments count.
    if title:
        return title, len(first) if first.strip() in {title.strip(), page_title} else 0
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    top = lines[:_WINDOW]
    chosen, banner = None, False
    for k, (_start, line) in enumerate(top):
        if not _candidate(line):
            banner = banner or (chosen is not None and bool(_SITE_NAV.search(line.strip())))
            continue
        if chosen is None:
            chosen = k
            if not _titlelike(line):
                break  # the lead: its first sentence
            continue
        if banner and (_titlelike(line) or _echoed(line, lines[: 2 * _WINDOW])):
            chosen = k  # the first was the site's banner, above its menu
        break
    if chosen is None:
        # no line reads as a headline: the first sentence of the first line that has one,
        # never the file's name
        sentences = [line for _, line in lines if _words(line) >= 3 and not _furniture(line)]
        return (_first_sentence(_tidy_title(sentences[0])), 0) if sentences else ("", 0)
    around = lines[: 2 * _WINDOW]
    if not _echoed(top[chosen][1], around):
        # a line the page prints twice (or its breadcrumb ends on) before the body starts
        # is its headline, above which stood the site's banner
        for k in range(chosen + 1, len(top)):
            line = top[k][1]
            if _words(line) >= 25 and re.search(r"[.!?»]\s*$", line):
                break
            if _candidate(line) and _echoed(line, around):
                chosen, banner = k, True
                break
    start, line = top[chosen]
    if (_titlelike(line) or banner) and chosen + 1 < len(lines):
        return _tidy_title(line), len(line) if start == 0 else 0
    return _first_sentence(_tidy_title(line)), 0


def _candidate(line: str) -> bool:
    """A line that may be a headline or a lead: no navigation, stamp, credit or section
    number, three words or more."""
    return not (_furniture(line) or _SECTION.match(line)) and _words(line) >= 3


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _titlelike(line: str) -> bool:
    return len(line) < 150 and not re.search(r"[.!?»:]\s*$", line)


def _echoed(line: str, around: list[tuple[int, str]]) -> bool:
    """Whether the page prints this line twice near its top, or a breadcrumb line
    (« Accueil > Presse > Signature d'une déclaration… ») ends on it: a headline's marks."""
    key = line.strip()
    if len(key) > 200:
        return False
    if sum(other.strip() == key for _, other in around) > 1:
        return True
    crumbs = [
        re.split(r"\s*[>|/»]\s*", other.strip())[-1].rstrip("…. ")
        for _, other in around
        if len(re.findall(r"[>|/»]", other)) >= 3
    ]
    return any(len(c) >= 15 and key.startswith(c) for c in crumbs)


def _tidy_title(line: str) -> str:
    """A line as a title: no date stamp, agency dateline or bullet before it, no opening
    quote that never closes."""
    line = _DATE_MARK.sub("", line).strip()
    while (m := _DATELINE.match(line)) and m.end():
        line = line[m.end() :].strip()
    line = re.sub(r"^[-–—•*·]+\s*", "", line)
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1].rstrip()  # a title has no closing stop
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“")):
        if line.startswith(opening) and line.count(closing) < (2 if opening == closing else 1):
            line = line[len(opening) :].lstrip()
    return line


def _furniture(line: str) -> bool:
    from .dates import published_in_text

    stripped = line.strip()
    if _FURNITURE.match(stripped) or len(re.findall(r"[|>/·•]", stripped)) >= 3:
        return True
    if _STAMP.match(stripped) or _menu(stripped):
        return True
    # a stamp that starts with a date: « Le 26 septembre 2024 – Ottawa – Ministère »
    short = len(stripped) < 100 and not re.search(r"[.!?]\s*$", stripped)
    if short and published_in_text(stripped[:30]) is not None:
        return True
    return len(stripped) < 60 and published_in_text(stripped) is not None


# Words a full stop follows without ending the sentence: « MM. Sarkozy », « Mme. », « J. »
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]{1,2}|\b(?:Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Gén|Col|Cdt|Lt|av|apr|cf|p|n°))\.$"
)


def _first_sentence(line: str, most: int = 110) -> str:
    line = line.strip()
    sentence = line
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"])", line):
        if not _ABBREVIATION.search(line[: m.start()]):
            sentence = line[: m.start()]
            break
    if len(sentence) <= most:
        return sentence.rstrip(" .")
    cut = sentence.rfind(" ", 0, most)
    return sentence[: cut if cut > most // 2 else most].rstrip(" ,;:") + "…"


def _parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
