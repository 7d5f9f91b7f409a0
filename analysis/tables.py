"""Write and read the tidy tables that connect the pipeline to the notebooks.

Every table is written as CSV and Parquet, each through a temporary file renamed into place,
so a reader never sees a half-written table.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
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


# Parquet row groups of a fixed size, so a table streamed in parts is laid out (and reads) as if written whole.
ROW_GROUP_ROWS = 65_536


def write_table(df: pd.DataFrame, folder: Path, name: str, row_group_rows: int | None = None) -> None:
    """Write ``name.csv`` and ``name.parquet`` into ``folder``, streamed to disk (never the whole
    file in memory: a mentions table of 10k articles is hundreds of MB as one string)."""
    write_parts([df], folder, name, row_group_rows)


def write_parts(parts: Iterable[pd.DataFrame], folder: Path, name: str, row_group_rows: int | None = None) -> int:
    """Write the concatenation of ``parts`` (at least one, all with the same columns) as
    ``name.csv`` and ``name.parquet``, one part at a time; returns the number of rows.

    The bytes are those of writing the whole: CSV rows appended after one header, Parquet row
    groups of ``row_group_rows`` rows (default :data:`ROW_GROUP_ROWS`), each laid out from one
    contiguous chunk per column. A row group is held until it is whole, so wide tables (the
    articles, with their texts) take smaller ones.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    row_group_rows = row_group_rows or ROW_GROUP_ROWS
    n = 0
    with atomic_path(folder / f"{name}.csv") as csv_tmp, atomic_path(folder / f"{name}.parquet") as pq_tmp, \
            open(csv_tmp, "w", encoding="utf-8", newline="") as csv:
        writer, schema, held = None, None, []

        def flush(rows: int) -> None:
            nonlocal held
            table = pa.concat_tables(held)
            writer.write_table(table.slice(0, rows).combine_chunks(), row_group_size=row_group_rows)
            held = [table.slice(rows)] if rows < table.num_rows else []

        with contextlib.ExitStack() as stack:
            for part in parts:
                part.to_csv(csv, index=False, header=writer is None, chunksize=50_000)
                table = pa.Table.from_pandas(part, schema=schema, preserve_index=False)
                if writer is None:
                    schema = table.schema
                    writer = stack.enter_context(pq.ParquetWriter(pq_tmp, schema, compression="snappy"))
                held.append(table)
                n += len(part)
                while sum(t.num_rows for t in held) >= row_group_rows:
                    flush(row_group_rows)
            if writer is None:
                raise ValueError(f"{name}: no parts to write")
            rest = sum(t.num_rows for t in held)
            if rest or n == 0:  # (an empty table is one empty row group, as pandas writes it)
                flush(rest)
    return n


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


class TableFiles(Mapping):
    """The tables written in ``folder``, each read from its Parquet file on first access (then
    kept): what extraction returns, so a large corpus's articles and mentions are not held after writing."""

    def __init__(self, folder: Path, names: list[str], loaded: dict[str, pd.DataFrame] | None = None):
        self.folder, self.names, self.loaded = Path(folder), list(names), dict(loaded or {})

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.names:
            raise KeyError(name)
        if name not in self.loaded:
            self.loaded[name] = read_table(self.folder, name)
        return self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def column(self, name: str, column: str) -> pd.Series:
        """One column of a table, read alone from its Parquet file unless the table is loaded."""
        if name in self.loaded:
            return self.loaded[name][column]
        return pd.read_parquet(self.folder / f"{name}.parquet", columns=[column])[column]

    def n_rows(self, name: str) -> int:
        """Rows of a table, from its Parquet footer (without reading the table)."""
        import pyarrow.parquet as pq

        return len(self.loaded[name]) if name in self.loaded else pq.read_metadata(self.folder / f"{name}.parquet").num_rows
