"""The extraction pass: corpus in, tidy tables out (the only place heavy work runs).

Notebooks call :func:`load_tables`, which reads what ``extract`` wrote for this corpus and
only extracts when nothing current is there, so spaCy is never loaded per notebook.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from . import __version__
from .corpus import iter_files, load_corpus
from .entities import MENTION_COLUMNS
from .cache import ResultCache, article_key
from .distributed import analyse_on_cluster
from .extraction import RAW_CLAIM_COLUMNS, RAW_MENTION_COLUMNS, analyse, is_english
from .linking import link_corpus
from .spill import Spill
from .tables import TableFiles, read_manifest, read_table, write_manifest, write_parts, write_table

from .nlp import DEFAULT_MODEL
TABLES = ["articles", "problems", "mentions", "entities", "claims"]
CLAIM_TABLE_COLUMNS = ["claim_id", "article_id", "kind", "speaker", "speaker_id", "speaker_text", "speaker_start",
                       "speaker_end", "cue", "cue_type", "cue_start", "cue_end", "text", "start", "end"]


def tables_dir(out_dir: str | os.PathLike) -> Path:
    return Path(out_dir) / "tables"


def claims_table(raw: pd.DataFrame, entities: pd.DataFrame, keymap: dict) -> pd.DataFrame:
    """Claims with their speaker named by the canonical entity (empty when unknown or a group)."""
    names = dict(zip(entities["entity_id"], entities["name"]))
    df = raw.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)
    df["speaker_id"] = [keymap.get((a, k), "") if k else "" for a, k in zip(df["article_id"].tolist(), df["speaker_key"].tolist())]
    df["speaker"] = df["speaker_id"].map(names).fillna("")
    df["claim_id"] = df.groupby("article_id").cumcount().map(lambda i: f"{i + 1:03d}")
    df["claim_id"] = df["article_id"] + ":" + df["claim_id"]
    return df[CLAIM_TABLE_COLUMNS]


def corpus_fingerprint(corpus_dir: str | os.PathLike) -> str:
    """Cheap identity of a corpus folder's current contents (names, sizes, modification times)."""
    h = hashlib.sha256()
    root = Path(corpus_dir)
    for f in iter_files(root):
        try:
            st = f.stat()
        except OSError:
            continue
        h.update(f"{f.relative_to(root) if f != root else f.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


# What shapes the per-article results (the cache key) ...
RESULT_FILES = ("offsets.py", "nlp.py", "entities.py", "claims.py", "extraction.py",
                "data/gazetteer.jsonl", "data/entity_words.csv", "data/demonyms.csv", "data/cues.csv",
                "data/speaker_words.csv", "data/first_names.csv")
# ... and, with the loader and its knowledge files, the tables.
TABLE_FILES = RESULT_FILES + ("corpus.py", "markup.py", "encoding.py", "language.py", "dedupe.py", "linking.py",
                              "pipeline.py", "data/outlets.csv", "data/html_tags.csv", "data/scripts.csv",
                              "data/language_markers.csv", "data/stopwords.csv")


def code_fingerprint(files: tuple[str, ...] = TABLE_FILES) -> str:
    """Hash of the code and knowledge files behind the tables: a change to any invalidates them."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in files:
        h.update(name.encode() + b"\0")
        if (here / name).exists():
            h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def result_fingerprint(spacy_model: str) -> str:
    """What a cached article result depends on besides the article: model, its version, our code."""
    from importlib import metadata

    import spacy

    try:
        model_version = metadata.version(spacy_model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        model_version = "?"
    ident = f"{spacy_model}\0{model_version}\0{spacy.__version__}\0{code_fingerprint(RESULT_FILES)}"
    return hashlib.sha256(ident.encode()).hexdigest()[:16]


class RowBuffer:
    """Rows of many articles gathered into DataFrame parts (compact Arrow strings, not dicts), so
    memory grows with the tables, not with Python objects; :meth:`frame` puts them in article order
    whatever order they came in (cache hits first, Dask results as they finish)."""

    FLUSH = 20_000

    def __init__(self, columns: list[str]):
        self.columns, self.parts, self.rows = columns, [], []

    def add(self, order: int, rows: list[dict]) -> None:
        self.rows.extend({**r, "_order": order} for r in rows)
        if len(self.rows) >= self.FLUSH:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.parts.append(pd.DataFrame(self.rows, columns=[*self.columns, "_order"]))
            self.rows = []

    def frame(self) -> pd.DataFrame:
        self._flush()
        if not self.parts:
            return pd.DataFrame(columns=self.columns)
        df = pd.concat(self.parts, ignore_index=True) if len(self.parts) > 1 else self.parts[0]
        self.parts = []
        if not df["_order"].is_monotonic_increasing:  # sorting copies every column: only when needed
            df = df.sort_values("_order", kind="stable").reset_index(drop=True)
        return df.drop(columns="_order")


# Mention columns linking does not read: kept on disk until the mentions table is written.
SPILLED_MENTION_COLUMNS = ["sentence", "sentence_id", "text_start", "text_end"]
LINK_COLUMNS = [c for c in RAW_MENTION_COLUMNS if c not in SPILLED_MENTION_COLUMNS]


class GatheredRows:
    """Every article's rows as they arrive (in any order): what linking reads in memory, the
    sentences and the claims on disk under ``folder``, so memory does not grow with them."""

    def __init__(self, folder: Path):
        self.link = RowBuffer(LINK_COLUMNS)
        self.wide = Spill(folder / "mentions", SPILLED_MENTION_COLUMNS)
        self.claims = Spill(folder / "claims", RAW_CLAIM_COLUMNS)

    def add(self, order: int, result: dict) -> None:
        self.link.add(order, result["mentions"])
        self.wide.add(order, result["mentions"])
        self.claims.add(order, result["claims"])

    def link_frame(self) -> pd.DataFrame:
        """The linking columns in article order, with ``row``: each row's place in that order."""
        df = self.link.frame()
        return df.assign(row=np.arange(len(df))) if len(df) else df

    def mention_parts(self, linked: pd.DataFrame) -> Iterator[pd.DataFrame]:
        """The mentions table bucket by bucket: the linked rows (table order, with ``row``) joined
        with their columns read back from disk."""
        starts = self.wide.starts()
        first = np.array([starts[b] for b in sorted(starts)])
        which = np.searchsorted(first, linked["row"].to_numpy(), side="right") - 1  # non-decreasing
        bounds = np.searchsorted(which, np.arange(len(first) + 1))
        for i, (_bucket, wide) in enumerate(self.wide.buckets()):
            part = linked.iloc[bounds[i]:bounds[i + 1]]
            if len(part):
                taken = wide.take(part["row"].to_numpy() - first[i]).reset_index(drop=True)
                yield pd.concat([part.drop(columns="row").reset_index(drop=True), taken], axis=1)[MENTION_COLUMNS]

    def claim_parts(self, entities: pd.DataFrame, keymap: dict) -> Iterator[pd.DataFrame]:
        """The claims table bucket by bucket (its order and ids are per article)."""
        empty = True
        for _bucket, raw in self.claims.buckets():
            empty = False
            yield claims_table(raw, entities, keymap)
        if empty:
            yield claims_table(pd.DataFrame(columns=RAW_CLAIM_COLUMNS), entities, keymap)


class StrictError(RuntimeError):
    """``--strict``: the corpus has problems, so nothing was written."""


PROGRESS_MIN = 20  # fewer articles than this extract silently (the seeds, notebook reruns)
DEFAULT_N_PROCESS = None  # auto: one process per core when there is enough to parse (see auto_n_process)
AUTO_PARALLEL_MIN = 16


def auto_n_process(n_articles: int) -> int:
    """Processes for ``nlp.pipe``: one per core for 16+ articles (measured 1.4x faster on 2 cores
    than one process, see README, Performance), else one (forking costs more than it saves)."""
    return (os.cpu_count() or 1) if n_articles >= AUTO_PARALLEL_MIN else 1
DEFAULT_BATCH_SIZE = 32


def _progress(total: int, enabled: bool | None):
    from tqdm.auto import tqdm

    show = total >= PROGRESS_MIN if enabled is None else enabled
    return tqdm(total=total, unit="article", desc="extract", disable=not show, smoothing=0.1)


def check_strict(corpus_dir: str | os.PathLike) -> None:
    """``--strict``: raise :class:`StrictError` (problems on stderr) if the corpus has any problem."""
    problems = load_corpus(corpus_dir).problems
    if len(problems):
        raise StrictError(f"{len(problems)} problem(s) in {corpus_dir} (listed above); --strict: nothing written")


def options_from_args(args) -> dict:
    """The extraction options of the command line (``extract`` and ``run`` share them)."""
    return {"n_process": args.n_process, "batch_size": args.batch_size, "scheduler": args.scheduler or None,
            "cache_dir": args.cache, "strict": args.strict, "progress": False if args.no_progress else None}


def extract(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike,
            spacy_model: str = DEFAULT_MODEL, *, n_process: int | None = DEFAULT_N_PROCESS,
            batch_size: int = DEFAULT_BATCH_SIZE, scheduler: str | None = None,
            cache_dir: str | os.PathLike | None = None, strict: bool = False,
            progress: bool | None = None) -> TableFiles:
    """Load the corpus, run the extraction and write every table into ``out_dir/tables``; returns
    them as a mapping that reads the mentions and claims back from Parquet only when asked.

    Articles already in the cache (``out_dir/cache`` unless ``cache_dir``) are not parsed again;
    non-English articles are left out of the English NLP (the loader lists them as problems).
    ``scheduler`` (``local`` or ``tcp://host:port``) runs the NLP on a Dask cluster instead of here.
    With ``strict``, any problem in the corpus raises :class:`StrictError` before anything is written.
    """
    corpus = load_corpus(corpus_dir)
    if strict and len(corpus.problems):
        raise StrictError(f"{len(corpus.problems)} problem(s) in {corpus_dir} (listed above); "
                          "--strict: nothing written")
    articles = corpus.articles
    cache = ResultCache(Path(cache_dir) if cache_dir else Path(out_dir) / "cache", result_fingerprint(spacy_model))
    folder = tables_dir(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".rows-") as spill:
        rows = GatheredRows(Path(spill))
        # Rows are gathered in the tables' own order (by article id), so no table is re-sorted (copied) at the end.
        order = {aid: rank for rank, aid in enumerate(sorted(articles["article_id"]))}
        todo_rows, keys = [], {}
        for i, (aid, text, om, lang) in enumerate(zip(articles["article_id"], articles["text"],
                                                      articles["offset_map"], articles["language"])):
            if not is_english(lang):
                continue
            keys[aid] = article_key(aid, text, om)
            hit = cache.get(keys[aid])
            if hit is None:
                todo_rows.append(i)
            else:
                rows.add(order[aid], hit)
        todo = articles.iloc[todo_rows]
        if len(todo):
            stream = (analyse_on_cluster(todo, spacy_model, scheduler) if scheduler else
                      analyse(todo, spacy_model, batch_size=batch_size, n_process=n_process or auto_n_process(len(todo))))
            with _progress(len(todo), progress) as bar:
                for aid, result in stream:
                    cache.put(keys[aid], result)
                    rows.add(order[aid], result)
                    bar.update(1)
            cache.prune()
        linked, entities, keymap = link_corpus(rows.link_frame())
        for name, df in (("articles", articles), ("problems", corpus.problems), ("entities", entities)):
            write_table(df, folder, name)
        if "row" in linked:
            write_parts(rows.mention_parts(linked), folder, "mentions")
        else:  # no mentions at all
            write_table(linked, folder, "mentions")
        del linked
        write_parts(rows.claim_parts(entities, keymap), folder, "claims")
    write_manifest(folder, {
        "corpus_dir": str(Path(corpus_dir).resolve()),
        "fingerprint": corpus_fingerprint(corpus_dir),
        "spacy_model": spacy_model,
        "version": __version__,
        "code": code_fingerprint(),
        "tables": sorted(TABLES),
    })
    return TableFiles(folder, TABLES, {"articles": articles, "problems": corpus.problems, "entities": entities})


def load_tables(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike,
                spacy_model: str = DEFAULT_MODEL, scheduler: str | None = None) -> Mapping[str, pd.DataFrame]:
    """The tables for ``corpus_dir``: read from ``out_dir`` if current, else extracted now
    (on the Dask ``scheduler`` when one is given: ``local`` or ``tcp://host:port``)."""
    folder = tables_dir(out_dir)
    m = read_manifest(folder)
    current = (
        m.get("corpus_dir") == str(Path(corpus_dir).resolve())
        and m.get("fingerprint") == corpus_fingerprint(corpus_dir)
        and m.get("spacy_model") == spacy_model
        and m.get("version") == __version__
        and m.get("code") == code_fingerprint()
        and set(m.get("tables", [])) >= set(TABLES)
    )
    if not current:
        return extract(corpus_dir, out_dir, spacy_model, scheduler=scheduler or None)
    return {name: read_table(folder, name) for name in TABLES}
