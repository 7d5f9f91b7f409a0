"""The extraction pass: corpus in, tidy tables out (the only place heavy work runs).

Notebooks call :func:`load_tables`, which reads what ``extract`` wrote for this corpus and
only extracts when nothing current is there, so spaCy is never loaded per notebook.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from . import __version__
from .articles import StoredArticles, write_articles
from .cache import ResultCache, article_key
from .corpus import iter_articles, iter_files, problem_table
from .distributed import ARTICLE_FIELDS, analyse_on_cluster
from .entities import MENTION_COLUMNS
from .extraction import RAW_CLAIM_COLUMNS, RAW_MENTION_COLUMNS, analyse, is_english
from .linking import Identities, Links, articles_per_entity, link
from .spill import Spill
from .writers import WRITER_KEY, article_writers
from .tables import TableFiles, read_manifest, read_table, write_manifest, write_parts, write_table

from .nlp import DEFAULT_MODEL
TABLES = ["articles", "problems", "mentions", "entities", "claims"]
CLAIM_TABLE_COLUMNS = ["claim_id", "article_id", "kind", "speaker", "speaker_id", "speaker_text", "speaker_start",
                       "speaker_end", "cue", "cue_type", "cue_start", "cue_end", "text", "start", "end"]


def tables_dir(out_dir: str | os.PathLike) -> Path:
    return Path(out_dir) / "tables"


def claims_table(raw: pd.DataFrame, names: Mapping[str, str], keymap: dict,
                 writers: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Claims with their speaker named by the canonical entity (``names``: entity id → name;
    empty when unknown or a group); an unsigned 'I' is the article's writer (``writers``: article id →
    name, from the metadata), named with no entity id."""
    df = raw.sort_values(["article_id", "start", "end"], kind="stable").reset_index(drop=True)
    df["speaker_id"] = [keymap.get((a, k), "") if k else "" for a, k in zip(df["article_id"].tolist(), df["speaker_key"].tolist())]
    df["speaker"] = df["speaker_id"].map(names).fillna("")
    if writers:
        own = df["speaker_key"].eq(WRITER_KEY)
        df.loc[own, "speaker"] = df.loc[own, "article_id"].map(writers).fillna("")
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
                "data/speaker_words.csv", "data/first_names.csv", "data/abbreviations.csv", "data/page_furniture.csv",
                "data/interview_markers.csv", "data/lemmas.csv", "data/verb_classes.csv", "data/self_naming.csv",
                "data/idioms.csv",
                "writers.py",  # its WRITER_KEY marks a claim row
                "dates.py")  # its month and weekday names tell claims.py a date, which never speaks
# ... and, with the loader and its knowledge files, the tables.
TABLE_FILES = RESULT_FILES + ("corpus.py", "markup.py", "encoding.py", "language.py", "dedupe.py", "articles.py",
                              "linking.py", "pipeline.py", "data/outlets.csv", "data/html_tags.csv", "data/scripts.csv",
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

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "?"

    # nomquamgender's name table tells a given name's gender (claims.given_name_gender)
    ident = f"{spacy_model}\0{version(spacy_model.replace('_', '-'))}\0{spacy.__version__}\0" \
        f"{version('nomquamgender')}\0{code_fingerprint(RESULT_FILES)}"
    return hashlib.sha256(ident.encode()).hexdigest()[:16]


# A mention's place in the tables' order: its article's rank in the high bits, its index there below.
PLACE_BITS = 32
# What a claim's speaker is looked up by: the mentions' keys as linking relabels them.
KEY_COLUMNS = ["article_id", "label", "key", "name"]


class GatheredRows:
    """Every article's rows as they arrive (in any order): the mentions and the claims on disk under
    ``folder``, and in memory only the distinct mention identities linking reads."""

    def __init__(self, folder: Path):
        self.identities = Identities()
        self.mentions = Spill(folder / "mentions", RAW_MENTION_COLUMNS)
        self.claims = Spill(folder / "claims", RAW_CLAIM_COLUMNS)

    def add(self, order: int, result: dict) -> None:
        self.identities.add(order << PLACE_BITS, result["mentions"])
        self.mentions.add(order, result["mentions"])
        self.claims.add(order, result["claims"])

    def mention_parts(self, links: Links, n_articles: Counter) -> Iterator[pd.DataFrame]:
        """The mentions table bucket by bucket: linked, in article and text order; each entity's
        articles are counted into ``n_articles`` on the way."""
        empty = True
        for _bucket, raw in self.mentions.buckets():
            empty = False
            part = links.assign(raw)
            order = part[["article_id", "start", "end"]].sort_values(["article_id", "start", "end"], kind="stable").index
            if not (order == range(len(order))).all():
                part = part.take(order).reset_index(drop=True)
            n_articles.update(articles_per_entity(part))
            yield part[MENTION_COLUMNS]
        if empty:
            yield pd.DataFrame(columns=MENTION_COLUMNS)

    def claim_parts(self, links: Links, writers: Mapping[str, str] | None = None) -> Iterator[pd.DataFrame]:
        """The claims table bucket by bucket (its order and ids are per article), each speaker looked
        up among the linked mentions of the same bucket of articles."""
        empty = True
        for bucket, raw in self.claims.buckets():
            empty = False
            yield claims_table(raw, links.names, links.keymap(self.mentions.read(bucket, KEY_COLUMNS)), writers)
        if empty:
            yield claims_table(pd.DataFrame(columns=RAW_CLAIM_COLUMNS), links.names, {})


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
    problems: list[dict] = []
    for _row in iter_articles(corpus_dir, problems):
        pass
    if problems:
        problem_table(problems)
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
    them as a mapping that reads the articles, mentions and claims back from Parquet only when asked.

    The corpus streams through: the articles table is written as it is read and read back a row
    group at a time, rows go to disk as they come, and linking holds only the distinct mention
    identities, so memory does not grow with the corpus's texts or mentions.

    Articles already in the cache (``out_dir/cache`` unless ``cache_dir``) are not parsed again;
    non-English articles are left out of the English NLP (the loader lists them as problems).
    ``scheduler`` (``local`` or ``tcp://host:port``) runs the NLP on a Dask cluster instead of here.
    With ``strict``, any problem in the corpus raises :class:`StrictError` before anything is written.
    """
    if strict:
        check_strict(corpus_dir)
    cache = ResultCache(Path(cache_dir) if cache_dir else Path(out_dir) / "cache", result_fingerprint(spacy_model))
    folder = tables_dir(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".rows-") as spill:
        spill = Path(spill)
        ids, problems = write_articles(corpus_dir, spill)
        # Rows are gathered in the tables' own order (by article id), so no table is re-sorted (copied) at the end.
        order = {aid: rank for rank, aid in enumerate(sorted(ids))}
        del ids
        rows = GatheredRows(spill)
        todo, keys = [], {}
        for i, article in enumerate(StoredArticles(spill / "articles.parquet", [*ARTICLE_FIELDS, "language"])):
            if not is_english(article["language"]):
                continue
            aid = article["article_id"]
            key = article_key(aid, article["text"], article["offset_map"])
            hit = cache.get(key)
            if hit is None:
                todo.append(i)
                keys[aid] = key
            else:
                rows.add(order[aid], hit)
        inputs = _inputs_digest(spill, problems, spacy_model)
        if not todo and _current(folder, inputs):
            # nothing parsed and the same articles, problems, model and code as the tables on disk:
            # they are what this run would write, so they stay (a warm rerun only reads the corpus)
            return TableFiles(folder, TABLES, {"problems": problems})
        if todo:
            articles = StoredArticles(spill / "articles.parquet", ARTICLE_FIELDS, todo)
            stream = (analyse_on_cluster(articles, spacy_model, scheduler) if scheduler else
                      analyse(articles, spacy_model, batch_size=batch_size,
                              n_process=n_process or auto_n_process(len(articles))))
            with _progress(len(articles), progress) as bar:
                for aid, result in stream:
                    cache.put(keys.pop(aid), result)
                    rows.add(order[aid], result)
                    bar.update(1)
            cache.prune()
        links = link(rows.identities)
        del rows.identities
        n_articles: Counter = Counter()
        write_parts(rows.mention_parts(links, n_articles), folder, "mentions")
        entities = links.entity_table(n_articles)
        write_table(problems, folder, "problems")
        write_table(entities, folder, "entities")
        write_parts(rows.claim_parts(links, article_writers(spill / "articles.parquet")), folder, "claims")
        for ext in ("csv", "parquet"):  # the articles last: renamed into place, written whole
            os.replace(spill / f"articles.{ext}", folder / f"articles.{ext}")
    write_manifest(folder, {
        "corpus_dir": str(Path(corpus_dir).resolve()),
        "fingerprint": corpus_fingerprint(corpus_dir),
        "spacy_model": spacy_model,
        "version": __version__,
        "code": code_fingerprint(),
        "inputs": inputs,
        "tables": sorted(TABLES),
    })
    return TableFiles(folder, TABLES, {"problems": problems, "entities": entities})


def _inputs_digest(spill: Path, problems: pd.DataFrame, spacy_model: str) -> str:
    """Everything the tables are made from: the articles table as read (texts, metadata, offset maps),
    the problems, the model and the code and knowledge files."""
    h = hashlib.sha256(f"{spacy_model}\0{code_fingerprint()}\0".encode())
    with open(spill / "articles.csv", "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(problems.to_csv(index=False).encode())
    return h.hexdigest()


def _current(folder: Path, inputs: str) -> bool:
    """Are the tables in ``folder`` complete and made from exactly these inputs?"""
    return read_manifest(folder).get("inputs") == inputs and all(
        (folder / f"{name}.{ext}").exists() for name in TABLES for ext in ("csv", "parquet"))


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
