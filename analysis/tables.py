"""Write and read the tidy tables that connect the pipeline to the notebooks.

Every table is written as CSV and Parquet, each through a temporary file renamed into place,
so a reader never sees a half-written table.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_path(path: Path) -> Iterator[str]:
    """A temporary file beside ``path`` to write; renamed onto ``path`` only if the block completes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_table(df: pd.DataFrame, folder: Path, name: str) -> None:
    """Write ``name.csv`` and ``name.parquet`` into ``folder``, streamed to disk (never the whole
    file in memory: a mentions table of 10k articles is hundreds of MB as one string)."""
    folder = Path(folder)
    with atomic_path(folder / f"{name}.csv") as tmp:
        df.to_csv(tmp, index=False, encoding="utf-8", chunksize=50_000)
    with atomic_path(folder / f"{name}.parquet") as tmp:
        df.to_parquet(tmp, index=False)


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """Read a table written by :func:`write_table` (Parquet keeps the dtypes)."""
    return pd.read_parquet(Path(folder) / f"{name}.parquet")


def write_manifest(folder: Path, manifest: dict) -> None:
    atomic_write_text(Path(folder) / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True))


def read_manifest(folder: Path) -> dict:
    try:
        return json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
