"""Articles added from their links: each page fetched, kept as HTML in the folder, and its
url, outlet, title and published date recorded in the sidecar (articles.csv).

    added = add(["https://example.org/article", "https://example.org/feed.xml"], "seeds/")
    [(a.url, a.status, a.message) for a in added]

A link may be a page or an RSS/Atom feed (its new items are added). A bad address, an
error or a timeout, an answer that is not HTML, a page already in the folder: each
becomes a clear message; nothing else is lost. Only files are added and sidecar rows
appended (written atomically); no article or row already there is ever changed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from ..base.paths import atomic_write
from ..base.text import slug
from .decode import decode
from .markup import from_html, outlet_of
from .problems import ReadError
from .sidecar import SIDECAR, SIDECAR_COLUMNS

TIMEOUT = 20.0  # seconds a server has to answer
MAX_BYTES = 5_000_000  # a news page is far smaller; beyond this, not an article
USER_AGENT = "dossier/0.1 (+https://pypi.org/project/dossier) article reader"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


@dataclass
class Added:
    """What became of one link: status 'added', 'duplicate', 'feed' or 'error'."""

    url: str
    status: str
    message: str
    file: str = ""
    title: str = ""


def add(urls, folder, timeout: float = TIMEOUT) -> list[Added]:
    """Fetch each link into `folder` (pages; feeds give their items) and append their rows
    to the sidecar. Returns one `Added` per link and per feed item."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    known_urls, known_shas = _known(folder)
    out: list[Added] = []
    rows: list[dict] = []
    queue = [u.strip() for u in urls if u and u.strip()]
    seen: set[str] = set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        result, items = _one(url, folder, timeout, known_urls, known_shas, rows)
        out.append(result)
        queue[0:0] = [i for i in items if i not in known_urls and i not in seen]
    if rows:
        _append_rows(folder, rows)
    return out


def _one(url, folder, timeout, known_urls, known_shas, rows) -> tuple[Added, list[str]]:
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in {"http", "https"} or not parsed.netloc:
        return Added(url, "error", "not a web address (http:// or https://)"), []
    if url in known_urls:
        return Added(url, "duplicate", f"already in the folder as {known_urls[url]}"), []
    try:
        data, ctype, final = _fetch(url, timeout)
    except _FetchError as exc:
        return Added(url, "error", str(exc)), []
    if _is_feed(ctype, data):
        try:
            items = _feed_links(data)
        except ElementTree.ParseError as exc:
            return Added(url, "error", f"a feed that could not be read: {exc}"), []
        new = [i for i in items if i not in known_urls]
        return Added(url, "feed", f"feed: {len(items)} items, {len(new)} new"), new
    if "html" not in ctype:
        kind = ctype or "no content type"
        return (
            Added(url, "error", f"not an HTML page ({kind}): save the article as .txt or .html"),
            [],
        )
    sha = hashlib.sha256(data).hexdigest()
    if sha in known_shas:
        return Added(url, "duplicate", f"same page as {known_shas[sha]}"), []
    raw, _encoding = decode(data)
    try:
        _text, meta = from_html(raw)
    except ReadError as exc:
        return Added(url, "error", str(exc)), []
    title = (meta.get("title") or "").strip()
    name = _free_name(folder, slug(title or parsed.path.rsplit("/", 1)[-1] or parsed.netloc))
    atomic_write(folder / name, lambda tmp: Path(tmp).write_bytes(data))
    source = (meta.get("source") or "").strip() or outlet_of(final or url)
    rows.append(
        {
            "file": name,
            "title": title,
            "source": source,
            "url": url,
            "published": (meta.get("published") or "")[:10],
            "language": "",
        }
    )
    known_urls[url] = name
    known_shas[sha] = name
    return Added(url, "added", f"added as {name}", name, title), []


class _FetchError(Exception):
    pass


def _fetch(url: str, timeout: float) -> tuple[bytes, str, str]:
    """(body, content type, final url). Errors come out as _FetchError with a clear message."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 (http/https only)
            ctype = (answer.headers.get_content_type() or "").lower()
            data = answer.read(MAX_BYTES + 1)
            final = answer.geturl()
    except urllib.error.HTTPError as exc:
        raise _FetchError(f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise _FetchError(f"no answer within {timeout:g} s") from None
        raise _FetchError(f"could not reach the server: {reason}") from None
    except TimeoutError:
        raise _FetchError(f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise _FetchError(f"could not reach the server: {exc}") from None
    if len(data) > MAX_BYTES:
        raise _FetchError(f"more than {MAX_BYTES // 1_000_000} MB: not an article page")
    return data, ctype, final


def _is_feed(ctype: str, data: bytes) -> bool:
    if ctype in FEED_TYPES[:2]:
        return True
    head = data[:500].lstrip().lower()
    return (
        ctype in FEED_TYPES[2:]
        or head.startswith(b"<?xml")
        and (b"<rss" in data[:2000].lower() or b"<feed" in data[:2000].lower())
    )


def _feed_links(data: bytes) -> list[str]:
    """The item links of an RSS or Atom feed, in the feed's order."""
    root = ElementTree.fromstring(data)
    links: list[str] = []
    for item in root.iter():
        tag = item.tag.rsplit("}", 1)[-1]
        if tag == "item":  # RSS
            link = next((c.text for c in item if c.tag.rsplit("}", 1)[-1] == "link"), None)
            if link and link.strip():
                links.append(link.strip())
        elif tag == "entry":  # Atom
            href = next(
                (
                    c.get("href")
                    for c in item
                    if c.tag.rsplit("}", 1)[-1] == "link"
                    and c.get("rel", "alternate") == "alternate"
                    and c.get("href")
                ),
                None,
            )
            if href:
                links.append(href.strip())
    return list(dict.fromkeys(links))


def _known(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Urls already in the sidecar (-> file) and hashes of the files already there."""
    urls: dict[str, str] = {}
    path = folder / SIDECAR
    if path.is_file():
        raw, _ = decode(path.read_bytes())
        for row in csv.DictReader(io.StringIO(raw)):
            url = (row.get("url") or "").strip()
            if url:
                urls[url] = (row.get("file") or "").strip()
    shas = {}
    for p in folder.iterdir():
        if p.is_file() and p.name != SIDECAR and not p.name.startswith("."):
            shas[hashlib.sha256(p.read_bytes()).hexdigest()] = p.name
    return urls, shas


def _free_name(folder: Path, stem: str) -> str:
    stem = stem[:80] or "article"
    name, n = f"{stem}.html", 2
    while (folder / name).exists():
        name, n = f"{stem}-{n}.html", n + 1
    return name


def _append_rows(folder: Path, rows: list[dict]) -> None:
    """The sidecar with these rows appended (the rows already there kept byte for byte)."""
    path = folder / SIDECAR
    before = path.read_bytes() if path.is_file() else b""
    header = next(csv.reader(io.StringIO(decode(before)[0])), []) if before.strip() else []
    fields = [h.strip() for h in header] or list(SIDECAR_COLUMNS)  # the analyst's order
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore", restval=""
    )
    if not header:
        writer.writeheader()
    writer.writerows(rows)
    sep = b"" if not before or before.endswith(b"\n") else b"\n"
    data = before + sep + buf.getvalue().encode("utf-8")
    atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))
