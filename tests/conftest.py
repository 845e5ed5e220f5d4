"""Shared fixtures: the seed corpus is parsed once per test session, into a temp cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the analyst's own cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("DOSSIER_CACHE", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads((DATA / "seed-expected.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_corpus():
    import dossier

    return dossier.load(SEEDS, cache=False)


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A writable copy of seeds/ to add files to."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def norm(text: str) -> str:
    """Compare names regardless of apostrophe style, case and a leading article."""
    from dossier.base.text import fold, strip_article

    return fold(strip_article(text)).strip()
