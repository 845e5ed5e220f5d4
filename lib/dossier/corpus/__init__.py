"""Floor 3, corpus: every article's rows assembled into tidy pandas tables.

`loading`: `load` (a folder: read, extracted where new or changed, cached, merged) and `extract`
(one text), the tables' contract (`schema`), the Parquet cache (`cache`), where
extraction runs (`workers`: this process, a local pool, a Dask cluster), copies of one
dispatch (`stories`), the same commitment across articles (`groups`) and the
selections charts and explorers draw from (`views`).

May import: `dossier.base`, `dossier.reading`, `dossier.extraction`.

    corpus = dossier.load("seeds/")        # cached by content hash, never raises on a bad file
    corpus.actors.head()
"""

from .loading import extract, load
from .schema import SCHEMA, Corpus, frame
from .workers import DASK_BATCH, DASK_WORKER_CONFIG

__all__ = ["DASK_BATCH", "DASK_WORKER_CONFIG", "SCHEMA", "Corpus", "extract", "frame", "load"]
