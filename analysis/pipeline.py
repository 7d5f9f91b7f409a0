"""The extraction pass: corpus in, tidy tables out (the only place heavy work runs).

Notebooks call :func:`load_tables`, which reads what ``extract`` wrote for this corpus and
only extracts when nothing current is there, so spaCy is never loaded per notebook.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd

from . import __version__
from .corpus import iter_files, load_corpus
from .entities import gazetteer_fingerprint, link_corpus
from .extraction import RAW_CLAIM_COLUMNS, RAW_MENTION_COLUMNS, analyse
from .tables import read_manifest, read_table, write_manifest, write_table

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
    df["speaker_id"] = [keymap.get((a, k), "") if k else "" for a, k in zip(df["article_id"], df["speaker_key"])]
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


EXTRACTION_MODULES = ("corpus.py", "offsets.py", "nlp.py", "entities.py", "claims.py", "extraction.py")


def code_fingerprint() -> str:
    """Hash of the extraction code and knowledge files: a change to either invalidates old tables."""
    h = hashlib.sha256(gazetteer_fingerprint().encode())
    here = Path(__file__).parent
    for name in EXTRACTION_MODULES:
        if (here / name).exists():
            h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def extract(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike,
            spacy_model: str = DEFAULT_MODEL) -> dict[str, pd.DataFrame]:
    """Load the corpus, run the extraction and write every table into ``out_dir/tables``."""
    corpus = load_corpus(corpus_dir)
    raw_mentions, raw_claims = [], []
    for _aid, result in analyse(corpus.articles, spacy_model):
        raw_mentions += result["mentions"]
        raw_claims += result["claims"]
    mentions, entities, keymap = link_corpus(pd.DataFrame(raw_mentions, columns=RAW_MENTION_COLUMNS))
    claims = claims_table(pd.DataFrame(raw_claims, columns=RAW_CLAIM_COLUMNS), entities, keymap)
    tables = {"articles": corpus.articles, "problems": corpus.problems, "mentions": mentions,
              "entities": entities, "claims": claims}
    folder = tables_dir(out_dir)
    for name, df in tables.items():
        write_table(df, folder, name)
    write_manifest(folder, {
        "corpus_dir": str(Path(corpus_dir).resolve()),
        "fingerprint": corpus_fingerprint(corpus_dir),
        "spacy_model": spacy_model,
        "version": __version__,
        "code": code_fingerprint(),
        "tables": sorted(tables),
    })
    return tables


def load_tables(corpus_dir: str | os.PathLike, out_dir: str | os.PathLike,
                spacy_model: str = DEFAULT_MODEL) -> dict[str, pd.DataFrame]:
    """The tables for ``corpus_dir``: read from ``out_dir`` if current, else extracted now."""
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
        return extract(corpus_dir, out_dir, spacy_model)
    return {name: read_table(folder, name) for name in TABLES}
