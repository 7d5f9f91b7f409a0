"""Write and read the tidy tables that connect the pipeline to the notebooks.

Every table is written as CSV and Parquet, each through a temporary file renamed into place,
so a reader never sees a half-written table.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd


_UMASK = os.umask(0)
os.umask(_UMASK)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_table(df: pd.DataFrame, folder: Path, name: str) -> None:
    """Write ``name.csv`` and ``name.parquet`` into ``folder``."""
    folder = Path(folder)
    atomic_write_bytes(folder / f"{name}.csv", df.to_csv(index=False).encode("utf-8"))
    atomic_write_bytes(folder / f"{name}.parquet", df.to_parquet(index=False))


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
