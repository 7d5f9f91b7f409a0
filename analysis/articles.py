"""The articles table while extracting: written as the corpus streams in, read back a row group at
a time, so the texts of a large corpus are never all in memory at once."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .corpus import ARTICLE_COLUMNS, iter_articles, problem_table
from .distributed import batched
from .tables import write_parts

# Articles per Parquet row group: writing holds one row group, reading back one (about 7 MB of text).
ROW_GROUP_ARTICLES = 1_024


def write_articles(corpus_dir: str | os.PathLike, folder: Path) -> tuple[list[str], pd.DataFrame]:
    """Load the corpus into ``folder/articles.csv`` and ``.parquet``, a row group at a time;
    returns the article ids in table order and the problems table (reported on stderr)."""
    problems: list[dict] = []
    ids: list[str] = []

    def parts() -> Iterator[pd.DataFrame]:
        for rows in batched(iter_articles(corpus_dir, problems), ROW_GROUP_ARTICLES):
            ids.extend(row["article_id"] for row in rows)
            yield pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
        if not ids:
            yield pd.DataFrame([], columns=ARTICLE_COLUMNS)

    write_parts(parts(), folder, "articles", ROW_GROUP_ARTICLES)
    return ids, problem_table(problems)


class StoredArticles:
    """Rows of a Parquet articles table as dicts of ``columns``, read a row group at a time; with
    ``rows`` (row numbers), only those. Sized and iterable again, so it stands where a list would."""

    def __init__(self, path: Path, columns: list[str], rows: list[int] | None = None):
        self.path, self.columns = Path(path), list(columns)
        self.rows = None if rows is None else sorted(rows)

    def __len__(self) -> int:
        if self.rows is not None:
            return len(self.rows)
        import pyarrow.parquet as pq

        return pq.read_metadata(self.path).num_rows

    def __iter__(self) -> Iterator[dict]:
        import pyarrow.parquet as pq

        wanted = None if self.rows is None else set(self.rows)
        start = 0
        with pq.ParquetFile(self.path) as file:
            for group in range(file.num_row_groups):
                n = file.metadata.row_group(group).num_rows
                if wanted is None or any(i in wanted for i in range(start, start + n)):
                    table = file.read_row_group(group, columns=self.columns)
                    for i, row in enumerate(table.to_pylist(), start=start):
                        if wanted is None or i in wanted:
                            yield row
                    del table
                start += n
