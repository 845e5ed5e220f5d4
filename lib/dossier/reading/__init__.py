"""Floor 1, reading: files and pages -> `Article` (clean text and what is known of it).

Decoding (`decode`), HTML and Markdown (`markup`), the sidecar `articles.csv`
(`sidecar`), the header line, the headline and the published date (`article`,
`dates`), the folder walked (`files`). Every failure becomes a `Problem`; nothing here
raises on a bad file, writes into the folder it reads, or knows of spaCy or pandas.

May import: `dossier.base` only.
"""

from .article import Article, article_id_for, parse_article, split_header
from .dates import DateRef, find_dates, published_in_text
from .decode import decode
from .files import iter_files, read_file
from .language import guess_language
from .problems import Problem, ReadError
from .sidecar import SIDECAR, SIDECAR_COLUMNS, read_sidecar

__all__ = [
    "SIDECAR",
    "SIDECAR_COLUMNS",
    "Article",
    "DateRef",
    "Problem",
    "ReadError",
    "article_id_for",
    "decode",
    "find_dates",
    "guess_language",
    "iter_files",
    "parse_article",
    "published_in_text",
    "read_file",
    "read_sidecar",
    "split_header",
]
