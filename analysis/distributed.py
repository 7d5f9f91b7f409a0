"""The same extraction on a Dask distributed cluster: articles in partitions, one pipeline per worker.

Workers run :func:`analyse_partition`, which parses with :func:`analysis.extraction.analyse`; the
spaCy pipeline is cached per worker process (``nlp.load`` is memoised), so it loads once per worker.
Only a bounded number of partitions is in flight, so the client never ships the whole corpus at once.
"""
from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager

import pandas as pd

PARTITION_SIZE = 32  # articles per task
IN_FLIGHT_PER_WORKER = 2
ARTICLE_FIELDS = ["article_id", "text", "offset_map"]  # what the NLP reads of an article


def batched(items: Iterable, n: int) -> Iterator[list]:
    """Lists of ``n`` consecutive items (the last may be shorter)."""
    it = iter(items)
    while batch := list(itertools.islice(it, n)):
        yield batch


def records(articles: pd.DataFrame | Collection[dict]) -> Collection[dict]:
    """Articles as records (dicts with at least :data:`ARTICLE_FIELDS`): a table's rows, or the
    records themselves, which may be read lazily (:class:`analysis.articles.StoredArticles`)."""
    if isinstance(articles, pd.DataFrame):
        return articles[ARTICLE_FIELDS].to_dict("records")
    return articles


def analyse_partition(part: list[dict], spacy_model: str,
                      batch_size: int = PARTITION_SIZE) -> list[tuple[str, dict]]:
    """Worker side (Dask or the local pool): extraction results for one partition of articles."""
    from .extraction import analyse

    return list(analyse(part, spacy_model, batch_size=batch_size, n_process=1))


@contextmanager
def client_for(scheduler: str):
    """A Dask client: ``local`` starts a LocalCluster (one single-threaded worker per core)."""
    from dask.distributed import Client, LocalCluster

    if scheduler == "local":
        with LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def partitions(articles: pd.DataFrame | Collection[dict], size: int = PARTITION_SIZE) -> Iterator[list[dict]]:
    """The articles in lists of ``size`` records of :data:`ARTICLE_FIELDS` (what a task ships)."""
    for batch in batched(records(articles), size):
        yield [{k: r[k] for k in ARTICLE_FIELDS} for r in batch]


def analyse_on_cluster(articles: pd.DataFrame | Collection[dict], spacy_model: str, scheduler: str,
                       partition_size: int = PARTITION_SIZE) -> Iterator[tuple[str, dict]]:
    """``(article_id, results)`` for every article, computed on the cluster (completion order)."""
    from dask.distributed import as_completed

    with client_for(scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        todo = partitions(articles, partition_size)
        pending = as_completed()
        for part in todo:
            pending.add(client.submit(analyse_partition, part, spacy_model, pure=False))
            if pending.count() >= workers * IN_FLIGHT_PER_WORKER:
                break
        for fut in pending:
            yield from fut.result()
            fut.release()
            nxt = next(todo, None)
            if nxt is not None:
                pending.add(client.submit(analyse_partition, nxt, spacy_model, pure=False))
