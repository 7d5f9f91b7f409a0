"""Local parallel extraction: batches of articles on a process pool, one spaCy pipeline per worker.

spaCy's ``nlp.pipe(n_process=N, as_tuples=True)`` tokenises and serialises every Doc in the main
process, which then competes with its workers for the cores. Here the main process only sends
texts and receives rows; each worker runs the one-process extraction on a batch, as on Dask.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from collections.abc import Collection, Iterator

import pandas as pd

from . import nlp as nlp_mod
from .distributed import IN_FLIGHT_PER_WORKER, PARTITION_SIZE, analyse_partition, partitions

# Fresh worker processes: they inherit neither the caller's threads (a notebook kernel's) nor its
# corpus; spawned (not forked by a server) so they are the caller's own children, whose peak memory
# the benchmark can read.
START_METHOD = "spawn"
# Articles per task: small enough that the last tasks end together on every core (a 32-article
# batch is seconds of parsing, idling the other cores at the end), large enough to batch the parse.
TASK_ARTICLES = 32


def _context() -> mp.context.BaseContext:
    return mp.get_context(START_METHOD)


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Exit when ``parent``, the process that started this worker, is gone (killed with SIGTERM or
    SIGKILL, its ``finally`` never ran): an orphaned worker would otherwise keep its pipeline's memory."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _init_worker(spacy_model: str, parent: int) -> None:
    _watch_parent(parent)
    nlp_mod.load(spacy_model)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now: an error or Ctrl-C must not wait for the batches they are parsing."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):  # no public terminate before 3.14
        proc.terminate()


def analyse_in_pool(articles: pd.DataFrame | Collection[dict], spacy_model: str, *, n_process: int,
                    batch_size: int = PARTITION_SIZE) -> Iterator[tuple[str, dict]]:
    """``(article_id, results)`` for every article, parsed by ``n_process`` workers in tasks of
    :data:`TASK_ARTICLES` articles (``nlp.pipe`` batches of at most ``batch_size`` there), in
    completion order. A few tasks per worker are in flight, so memory follows the batch; a worker's
    error is raised here, naming its articles."""
    pool = ProcessPoolExecutor(n_process, mp_context=_context(), initializer=_init_worker,
                               initargs=(spacy_model, os.getpid()))
    todo = partitions(articles, min(TASK_ARTICLES, batch_size))
    pending: dict[Future, str] = {}

    def submit(n: int) -> None:
        for part in itertools.islice(todo, n):
            fut = pool.submit(analyse_partition, part, spacy_model, batch_size)
            pending[fut] = f"{part[0]['article_id']} … {part[-1]['article_id']}"

    try:
        submit(n_process * IN_FLIGHT_PER_WORKER)
        while pending:
            done = wait(pending, return_when=FIRST_COMPLETED).done
            results = []
            for fut in done:
                batch = pending.pop(fut)
                try:
                    results.append(fut.result())
                except Exception as exc:
                    exc.add_note(f"(in the extraction worker parsing articles {batch})")
                    raise
            submit(len(done))  # keep the workers busy while the rows are taken in
            for rows in results:
                yield from rows
    except BaseException:
        _stop(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
