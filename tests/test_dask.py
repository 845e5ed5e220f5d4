"""Extraction on a Dask cluster gives the tables and the cache of a local load."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import dossier
from dossier.corpus import SCHEMA
from dossier.corpus.cache import cache_folder as _cache_folder
from dossier.corpus.cache import cached_tables

distributed = pytest.importorskip("distributed")

TEXTS = Path(__file__).parent / "texts"
SEEDS = Path(__file__).parents[1] / "seeds"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("articles")
    for p in [*TEXTS.glob("*.txt"), *SEEDS.iterdir()]:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def same_tables(one, other):
    for name, table in one.tables().items():
        pd.testing.assert_frame_equal(table, other.tables()[name], obj=name)


def test_a_two_worker_cluster_gives_the_tables_and_the_cache_of_a_local_load(
    folder, cluster, tmp_path
):
    local = dossier.load(folder, cache_dir=tmp_path / "local", workers=1)
    with distributed.Client(cluster) as client:
        remote = dossier.load(folder, cache_dir=tmp_path / "dask", client=client)
        assert len(client.scheduler_info()["workers"]) == 2
    assert len(remote.articles) == len(list(folder.glob("*.txt"))) > 10
    assert len(remote.commitments) > 10
    same_tables(local, remote)
    # the cache written by the cluster load reads back as the local one does
    a = cached_tables(_cache_folder(tmp_path / "local"))
    b = cached_tables(_cache_folder(tmp_path / "dask"))
    assert list(a) == list(b) == list(SCHEMA)
    for name in SCHEMA:
        pd.testing.assert_frame_equal(a[name], b[name])
    again = dossier.load(folder, cache_dir=tmp_path / "dask")  # local, from that cache
    same_tables(local, again)


def _build(folder, out, *options: str, timeout: int = 600) -> subprocess.CompletedProcess:
    """python -m dossier build FOLDER --out OUT [options], as an analyst types it."""
    command = [sys.executable, "-m", "dossier", "build", str(folder), "--out", str(out)]
    return subprocess.run([*command, *options], capture_output=True, text=True, timeout=timeout)


def test_the_cli_builds_the_tables_on_a_scheduler(folder, cluster, tmp_path):
    out = tmp_path / "tables"
    done = _build(folder, out, "--no-cache", "--scheduler", cluster.scheduler_address)
    assert done.returncode == 0, done.stderr
    local = dossier.load(folder, cache=False, workers=1)
    written = pd.read_csv(out / "commitments.csv", keep_default_na=False)
    assert written.commitment_id.tolist() == local.commitments.commitment_id.tolist()


def test_a_wrong_scheduler_address_is_a_clear_error(folder, tmp_path):
    done = _build(
        folder, tmp_path, "--scheduler", "tcp://127.0.0.1:9", "--connect-timeout", "2", timeout=120
    )
    assert done.returncode == 2 and "no Dask scheduler at tcp://127.0.0.1:9" in done.stderr


def test_without_a_client_dask_is_not_imported(folder):
    code = (
        "import sys, dossier\n"
        f"dossier.load({str(folder)!r}, cache=False, workers=1)\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_worker_settings_are_the_same_for_dask_worker_and_a_local_cluster():
    """cluster/dask.yaml (for `dask worker`) and DASK_WORKER_CONFIG (for a LocalCluster)
    both start workers without Dask's MALLOC_TRIM_THRESHOLD_ and without the profiler."""
    import dask
    from distributed.nanny import _get_env_variables

    from dossier.corpus import DASK_WORKER_CONFIG

    key = "distributed.nanny.pre-spawn-environ"
    assert "MALLOC_TRIM_THRESHOLD_" in _get_env_variables(key), "Dask's default, for contrast"
    shipped = dask.config.collect(paths=[str(SEEDS.parent / "cluster")], env={})
    # what `DASK_CONFIG=cluster dask worker` runs with: the defaults, then the file
    with_file = dask.config.merge(dask.config.config, shipped)
    for settings in (with_file, DASK_WORKER_CONFIG):
        with dask.config.set(settings):
            assert "MALLOC_TRIM_THRESHOLD_" not in _get_env_variables(key)
            assert dask.config.get("distributed.worker.profile.enabled") is False
            assert _get_env_variables(key)["OMP_NUM_THREADS"] == "1", "the rest is kept"


def test_progress_moves_with_each_task_on_a_cluster(cluster, tmp_path):
    from dossier.corpus.workers import DASK_BATCH, extract_on_dask
    from dossier.reading import iter_files, read_file

    sources = [p.read_text("utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(96):
        (folder / f"a-{i:03d}.txt").write_text(f"Dépêche {i}.\n\n" + sources[i % len(sources)])
    articles = [read_file(f, rel, None)[0] for f, rel, _ in iter_files(folder)]
    steps: list[int] = []
    with distributed.Client(cluster) as client:
        rows = extract_on_dask(articles, client, steps.append)
    assert [r["articles"][0]["article_id"] for r in rows] == [a.article_id for a in articles]
    assert sum(steps) == 96 and len(steps) >= 96 // 32 and max(steps) <= DASK_BATCH <= 32
