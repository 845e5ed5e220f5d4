"""The corpus API: same input -> same tables, a cache that is faster and never wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

import dossier
from dossier.corpus import SCHEMA


def _same(a, b):
    for name, df in a.tables().items():
        pd.testing.assert_frame_equal(df, b.tables()[name], obj=name)


def test_load_and_extract_give_the_same_tables(seed_corpus):
    text = seed_corpus.articles.iloc[0]
    c = dossier.extract(
        (__import__("conftest").SEEDS / "otan-japon-dialogue-industrie-defense.txt").read_text(
            "utf-8"
        )
    )
    assert len(c.sentences) == len(seed_corpus.sentences)
    assert c.commitments.kind.tolist() == seed_corpus.commitments.kind.tolist()
    assert set(c.actors.actor_id) == set(seed_corpus.actors.actor_id)
    assert text.sha256 and set(c.tables()) == set(seed_corpus.tables())


def test_every_table_has_its_documented_columns(seed_corpus):
    for name, cols in SCHEMA.items():
        assert list(getattr(seed_corpus, name).columns) == list(cols), name
    assert {"actor_id", "name", "kind", "country", "role", "affiliation_id", "mentions"} <= set(
        seed_corpus.actors.columns
    )
    assert {"domain_id", "label_fr", "label_en", "category", "mentions"} <= set(
        seed_corpus.domains.columns
    )


def test_cached_load_is_identical_and_a_corrupt_cache_is_rebuilt(
    corpus_dir, tmp_path, seed_corpus, monkeypatch
):
    from dossier.corpus import loading

    cache = tmp_path / "cache"
    cold = dossier.load(corpus_dir, cache=True, cache_dir=cache, workers=1)
    _same(cold, seed_corpus)
    parsed = []
    extract = loading.extract_many
    monkeypatch.setattr(loading, "extract_many", lambda a, *r: parsed.extend(a) or extract(a, *r))
    warm = dossier.load(corpus_dir, cache=True, cache_dir=cache, workers=1)
    _same(warm, cold)
    assert parsed == [], "a second load of unchanged articles reads the cache, parses nothing"
    broken = list(cache.rglob("mentions.*.parquet"))
    assert broken, "the cache holds the mentions table"
    for f in broken:
        f.write_bytes(b"not parquet at all")
    rebuilt = dossier.load(corpus_dir, cache=True, cache_dir=cache, workers=1)
    _same(rebuilt, cold)


def test_cache_refreshes_a_changed_article_and_keeps_the_others(corpus_dir, tmp_path):
    cache = tmp_path / "cache"
    (corpus_dir / "b.txt").write_text("La Pologne et la Corée du Sud ont signé un accord.\n")
    first = dossier.load(corpus_dir, cache=True, cache_dir=cache, workers=1)
    assert "country:POL" in set(first.actors.actor_id)
    (corpus_dir / "b.txt").write_text("L'Inde et la France ont signé un accord.\n")
    second = dossier.load(corpus_dir, cache=True, cache_dir=cache, workers=1)
    assert "country:POL" not in set(second.actors.actor_id)
    assert {"country:IND", "country:FRA", "country:JPN"} <= set(second.actors.actor_id)
    assert second.articles.path.tolist() == ["b.txt", "otan-japon-dialogue-industrie-defense.txt"]


def test_an_unchanged_file_is_not_read_again_and_an_edit_of_the_same_size_is_seen(
    corpus_dir, tmp_path, monkeypatch
):
    import os
    from pathlib import Path

    cache = tmp_path / "cache"
    article = corpus_dir / "b.txt"
    article.write_text("La Pologne et le Japon ont signé un accord.\n", "utf-8")
    dossier.load(corpus_dir, cache_dir=cache, workers=1)
    reads = []
    read_bytes = Path.read_bytes

    def reading(p):
        if p.parent == corpus_dir and p.suffix == ".txt":  # an article, not a lexicon
            reads.append(p.name)
        return read_bytes(p)

    monkeypatch.setattr(Path, "read_bytes", reading)
    dossier.load(corpus_dir, cache_dir=cache, workers=1)
    assert reads == [], "size and modification time match the last load: no file is read"
    before = article.stat()
    article.write_text("La Pologne et la Chine ont signé un accord.\n", "utf-8")
    assert article.stat().st_size == before.st_size
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    edited = dossier.load(corpus_dir, cache_dir=cache, workers=1)
    assert reads == ["b.txt", "b.txt"]  # hashed, then read to be extracted again
    assert "country:CHN" in set(edited.actors.actor_id)
    assert set(edited.articles.path) == {"b.txt", "otan-japon-dialogue-industrie-defense.txt"}
    assert edited.commitments[edited.commitments.article_id == "b"].text.str.contains("Chine").all()


def test_same_ids_in_another_process(seed_corpus, tmp_path):
    out = tmp_path / "t"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier",
            "build",
            str(__import__("conftest").SEEDS),
            "--out",
            str(out),
            "--format",
            "parquet",
            "--no-cache",
        ],
        check=True,
        capture_output=True,
    )
    for name in ("mentions", "commitments", "commitment_actors", "events"):
        other = pd.read_parquet(out / f"{name}.parquet")
        mine = getattr(seed_corpus, name)
        assert other.astype(str).values.tolist() == mine.astype(str).values.tolist(), name


def test_importing_dossier_does_not_import_spacy():
    code = "import sys, dossier; assert 'spacy' not in sys.modules; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr


def test_cli_writes_csv_and_xlsx(tmp_path, corpus_dir, seed_corpus):
    for fmt, name in (("csv", "commitments.csv"), ("xlsx", "dossier.xlsx")):
        out = tmp_path / fmt
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "dossier",
                "build",
                str(corpus_dir),
                "--out",
                str(out),
                "--format",
                fmt,
                "--no-cache",
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert (out / name).stat().st_size > 0
    written = pd.read_csv(tmp_path / "csv" / "commitments.csv")
    assert written.commitment_id.tolist() == seed_corpus.commitments.commitment_id.tolist()
    assert "commitments" in pd.ExcelFile(tmp_path / "xlsx" / "dossier.xlsx").sheet_names


def test_two_workers_give_the_same_tables_as_one(tmp_path, corpus_dir):
    text = (corpus_dir / "otan-japon-dialogue-industrie-defense.txt").read_text("utf-8")
    for i in range(8):
        (corpus_dir / f"copie-{i}.txt").write_text(text.replace("vendredi", f"le {i + 1} mai"))
    one = dossier.load(corpus_dir, cache=False, workers=1)
    two = dossier.load(corpus_dir, cache=False, workers=2)
    _same(one, two)


def test_a_large_cached_table_reads_back_exactly(tmp_path):
    """Past one read batch (131,072 rows) a column comes in chunks sharing one dictionary,
    which is converted once and reused: every value must still land on its row."""
    from dossier.corpus import frame
    from dossier.corpus.cache import _read_table

    n = 300_000
    ids = pd.Series([f"s{i % 170_003:06d}" for i in range(n)])
    table = frame(
        "mentions",
        pd.DataFrame(
            {
                "article_id": ids.str[:3],
                "sentence_id": ids,
                "start": range(n),
                "end": range(1, n + 1),
                "text": ["Japon" if i % 7 else "" for i in range(n)],
                "actor_id": [f"country:{i % 11}" for i in range(n)],
                "method": "lexicon",
                "rule": "",
            }
        ),
    )
    path = tmp_path / "mentions.parquet"
    # two row groups, so two dictionaries, each behind chunks of its own
    table.to_parquet(path, index=False, row_group_size=200_000)
    back = _read_table(path, "mentions")
    pd.testing.assert_frame_equal(back, table)


def _many_articles(folder: Path, n: int) -> Path:
    """n distinct articles made from the test texts (a dateline makes each one unique)."""
    sources = [
        p.read_text("utf-8") for p in sorted((Path(__file__).parent / "texts").glob("*.txt"))
    ]
    folder.mkdir()
    for i in range(n):
        text = f"Dépêche numéro {i + 1}.\n\n" + sources[i % len(sources)]
        (folder / f"article-{i:03d}.txt").write_text(text, "utf-8")
    return folder


def test_progress_moves_with_each_batch_of_a_two_worker_load(tmp_path):
    from dossier.corpus.workers import POOL_BATCH, extract_many
    from dossier.reading import iter_files, read_file

    folder = _many_articles(tmp_path / "many", 96)
    articles = [read_file(f, rel, None)[0] for f, rel, _ in iter_files(folder)]
    steps: list[int] = []
    rows = extract_many(articles, 2, steps.append)
    assert [r["articles"][0]["article_id"] for r in rows] == [a.article_id for a in articles]
    assert sum(steps) == 96 and len(steps) >= 96 // 32, "at least once per 32 articles"
    assert max(steps) <= POOL_BATCH <= 32
