"""HTML and Markdown pages -> plain text and what the page says of itself (title,
outlet, url, published date)."""

from __future__ import annotations

import re

from .problems import ReadError

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


# ---------------------------------------------------------------- formats


def from_html(raw: str) -> tuple[str, dict]:
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


def from_markdown(raw: str) -> tuple[str, dict]:
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


def is_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def outlet_of(url: str) -> str:
    """The site's name from its address: 'https://www.lemonde.fr/x' -> 'lemonde.fr'."""
    import urllib.parse

    host = urllib.parse.urlsplit(url or "").hostname or ""
    return re.sub(r"^www\d?\.", "", host)
