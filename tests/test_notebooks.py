"""Every notebook runs top to bottom in a fresh kernel, on the seed corpus and on a
corpus of several articles, and is committed clean."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT, SEEDS
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TEXTS = Path(__file__).parent / "texts"


def test_the_six_notebooks_exist():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05", "06"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text("utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert not cell["outputs"] and cell["execution_count"] is None
    first = nb["cells"][0]
    assert first["cell_type"] == "markdown" and "Question" in "".join(first["source"])


def _project(tmp_path: Path, extra: bool) -> Path:
    root = tmp_path / "project"
    shutil.copytree(SEEDS, root / "seeds")
    if extra:
        for p in TEXTS.glob("*.txt"):
            shutil.copy(p, root / "seeds" / p.name)
    (root / "exports").mkdir()
    return root


def run_notebook(path: Path, root: Path):
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, "DOSSIER_ROOT": str(root), "MPLBACKEND": "agg"}
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    old = dict(os.environ)
    os.environ.update(env)  # the kernel inherits this environment
    try:
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(old)
    return nb


@pytest.mark.slow
@pytest.mark.parametrize("extra", [False, True], ids=["seed", "several-articles"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_in_a_fresh_kernel(path, extra, tmp_path):
    root = _project(tmp_path, extra)
    nb = run_notebook(path, root)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert not [
        o for o in outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")
    ]
    n = len(list((root / "seeds").glob("*.txt")))
    assert f"Corpus({n} articles" in json.dumps(nb.cells[1].outputs)
    if path.stem == "06_briefing":
        written = sorted(p.name for p in (root / "exports").iterdir())
        drawn = ["acteurs", "domaines", "engagements", "reseau"]
        # the seed alone has no dated commitment: its timeline is left out, never blank
        assert any(f.startswith("briefing-chronologie-") for f in written) == extra
        assert any(f.startswith("briefing-2") and f.endswith(".pptx") for f in written)
        for chart in drawn + (["chronologie"] if extra else []):
            for fmt in ("png", "svg", "pdf"):
                assert any(
                    f.startswith(f"briefing-{chart}-") and f.endswith(fmt) for f in written
                ), (chart, fmt)
        assert any(f.endswith(".xlsx") for f in written)
    assert not list((root / "seeds").glob("*.parquet")), "nothing is written into seeds/"
