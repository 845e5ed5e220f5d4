"""Bytes -> text: UTF-8 with or without BOM, UTF-16/32, else a detected encoding;
binary files refused."""

from __future__ import annotations

import codecs

from .problems import ReadError

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
