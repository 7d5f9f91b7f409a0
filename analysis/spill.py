"""Rows kept on disk while extracting, in Parquet parts grouped by article rank, read back bucket by
bucket in article order: the wide columns (sentences, claims) of a large corpus never all sit in memory.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterator

import pandas as pd

BUCKET_ARTICLES = 256  # articles per bucket: what is read back at once
FLUSH_ROWS = 20_000  # rows held before they go to disk


class Spill:
    """``add`` rows of an article (by its rank in the tables' order, in any order of ranks);
    :meth:`buckets` gives them back in rank order, an article's rows in the order they came."""

    def __init__(self, folder: str | Path, columns: list[str]):
        self.folder, self.columns = Path(folder), columns
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pending: dict[int, list[dict]] = defaultdict(list)
        self.n_pending = 0
        self.files: dict[int, list[Path]] = defaultdict(list)

    def add(self, order: int, rows: list[dict]) -> None:
        if not rows:
            return
        bucket = order // BUCKET_ARTICLES
        self.pending[bucket].extend({**{c: r[c] for c in self.columns}, "_order": order} for r in rows)
        self.n_pending += len(rows)
        if self.n_pending >= FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        for bucket, rows in self.pending.items():
            path = self.folder / f"{bucket:07d}-{len(self.files[bucket]):05d}.parquet"
            pd.DataFrame(rows, columns=[*self.columns, "_order"]).to_parquet(path, index=False)
            self.files[bucket].append(path)
        self.pending.clear()
        self.n_pending = 0

    def read(self, bucket: int, columns: list[str] | None = None) -> pd.DataFrame:
        """The rows of one bucket in rank order (only ``columns``, if given), without the rank column."""
        self._flush()
        wanted = [*(columns or self.columns), "_order"]
        parts = [pd.read_parquet(p, columns=wanted) for p in self.files.get(bucket, ())]
        if not parts:
            return pd.DataFrame(columns=wanted[:-1])
        df = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        if not df["_order"].is_monotonic_increasing:
            df = df.sort_values("_order", kind="stable").reset_index(drop=True)
        return df.drop(columns="_order")

    def buckets(self) -> Iterator[tuple[int, pd.DataFrame]]:
        """``(bucket, rows)`` in rank order, without the rank column."""
        self._flush()
        for bucket in sorted(self.files):
            yield bucket, self.read(bucket)
