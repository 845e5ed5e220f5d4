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


def file_mode() -> int:
    """The mode a new file gets under the user's umask (0644 under 022, 0664 under 002).

    A temporary file is made 0600 whatever the umask; written to a shared drive and
    renamed into place as it is, a colleague could not open it."""
    mask = os.umask(0o022)  # the only way to read the umask is to set it, briefly
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(target: Path, write) -> Path:
    """`write(tmp)` to a temporary file beside `target`, then rename it into place: readers
    never see half a file. The file ends with the mode the user's umask gives new files."""
    import tempfile

    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, file_mode())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
