"""Where things live: resolved from the repository root, never from the kernel's cwd."""

from __future__ import annotations

import os
from pathlib import Path


def repo_root() -> Path:
    """The project folder: $DOSSIER_ROOT, else the nearest parent holding seeds/ or pyproject."""
    env = os.environ.get("DOSSIER_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "lib" / "dossier").is_dir():
            return parent
    return Path.cwd().resolve()


def seeds_dir() -> Path:
    return repo_root() / "seeds"


def exports_dir() -> Path:
    return repo_root() / "exports"


def cache_dir() -> Path:
    """Parquet cache of extracted tables; $DOSSIER_CACHE overrides it (tests use a temp dir)."""
    env = os.environ.get("DOSSIER_CACHE")
    return Path(env).resolve() if env else repo_root() / ".cache" / "dossier"
