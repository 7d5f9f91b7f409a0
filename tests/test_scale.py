"""Issue 6: the per-article cache, long articles in pieces, non-English left out, --strict, progress
and the same tables from a Dask LocalCluster."""
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import extraction, pipeline
from analysis.corpus import load_corpus
from analysis.distributed import records
from analysis.extraction import chunks

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = ["articles", "mentions", "entities", "claims"]

EXTRA = """Title: Talks in Geneva
Outlet: Test Wire
Date: 2024-03-05

Foreign Minister Anna Petrova said that the talks in Geneva had been useful.

"We will meet again in April," Petrova told reporters.
"""

RUSSIAN = """Title: Переговоры

Министр иностранных дел заявил, что переговоры в Женеве были полезными. Стороны договорились
встретиться снова в апреле, сообщили в министерстве. Это уже третья встреча за год.
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "extra.txt").write_text(EXTRA, encoding="utf-8")
    return folder


@pytest.fixture
def counted(monkeypatch):
    """Counts the articles each extract() sends to the NLP."""
    calls: list[list[str]] = []
    real = pipeline.analyse

    def spy(articles, *args, **kwargs):
        calls.append([r["article_id"] for r in records(articles)])
        yield from real(articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", spy)
    return calls


def read(out: Path) -> dict[str, pd.DataFrame]:
    return {t: pd.read_csv(out / "tables" / f"{t}.csv", keep_default_na=False) for t in TABLES}


def test_rerun_parses_nothing_and_one_new_article_is_the_only_one_parsed(corpus, tmp_path, counted):
    out = tmp_path / "out"
    cold = pipeline.extract(corpus, out)
    assert sorted(counted[-1]) == sorted(cold["articles"]["article_id"])
    first = read(out)
    pipeline.extract(corpus, out)
    assert len(counted) == 1, "an unchanged corpus does no NLP on rerun"
    again = read(out)
    for t in TABLES:
        pd.testing.assert_frame_equal(first[t], again[t])
    (corpus / "added.txt").write_text(EXTRA.replace("Geneva", "Vienna"), encoding="utf-8")
    pipeline.extract(corpus, out)
    assert counted[-1] == ["added"]
    (corpus / "extra.txt").write_text(EXTRA.replace("useful", "difficult"), encoding="utf-8")
    tables = pipeline.extract(corpus, out)
    assert counted[-1] == ["extra"]
    assert tables["claims"]["text"].str.contains("difficult").any()


def test_a_rerun_on_an_unchanged_corpus_keeps_its_current_tables_and_a_metadata_edit_rewrites_them(corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.extract(corpus, out)
    files = sorted((out / "tables").glob("*.*"))
    stamps = {f.name: f.stat().st_mtime_ns for f in files}
    first = read(out)
    again = pipeline.extract(corpus, out)
    assert {f.name: f.stat().st_mtime_ns for f in files} == stamps, "current tables are not rewritten"
    pd.testing.assert_frame_equal(again["claims"], pd.read_parquet(out / "tables" / "claims.parquet"))
    for t in TABLES:
        pd.testing.assert_frame_equal(first[t], read(out)[t])
    (corpus / "extra.txt").write_text(EXTRA.replace("Talks in Geneva", "Talks in Geneva resume"), encoding="utf-8")
    pipeline.extract(corpus, out)
    assert (out / "tables" / "articles.csv").stat().st_mtime_ns != stamps["articles.csv"]
    (out / "tables" / "claims.csv").unlink()  # a table gone: written again
    pipeline.extract(corpus, out)
    assert (out / "tables" / "claims.csv").exists()


def test_a_knowledge_or_model_change_invalidates_the_cache(corpus, tmp_path, counted, monkeypatch):
    out = tmp_path / "out"
    pipeline.extract(corpus, out)
    monkeypatch.setattr(pipeline, "result_fingerprint", lambda model: "another-gazetteer")
    pipeline.extract(corpus, out)
    assert len(counted) == 2 and len(counted[-1]) == 3


def test_fingerprint_covers_the_knowledge_files():
    assert "data/gazetteer.jsonl" in pipeline.RESULT_FILES and "data/cues.csv" in pipeline.RESULT_FILES
    # every data file the extraction modules read is behind the cached results (an edit to one re-extracts)
    import re
    from pathlib import Path

    here = Path(pipeline.__file__).parent
    code = [name for name in pipeline.RESULT_FILES if name.endswith(".py")]
    read = {f"data/{m}" for name in code for m in re.findall(r'"([a-z_]+\.(?:csv|jsonl))"', (here / name).read_text())}
    assert read and read <= set(pipeline.RESULT_FILES), read - set(pipeline.RESULT_FILES)
    assert pipeline.code_fingerprint(pipeline.RESULT_FILES) != pipeline.code_fingerprint(pipeline.RESULT_FILES[:-1])


def test_a_broken_cache_entry_is_recomputed(corpus, tmp_path, counted):
    out = tmp_path / "out"
    pipeline.extract(corpus, out)
    entry = sorted((out / "cache").rglob("*.json"))[0]
    entry.write_text('{"mentions": [', encoding="utf-8")  # as if cut off (atomic writes never leave this)
    pipeline.extract(corpus, out)
    assert len(counted) == 2 and len(counted[-1]) == 1
    assert not list((out / "cache").rglob("*.tmp"))


def test_non_english_articles_are_listed_and_left_out_of_the_nlp(corpus, tmp_path, counted):
    (corpus / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    tables = pipeline.extract(corpus, tmp_path / "out")
    assert "ru" in set(tables["articles"]["article_id"])
    assert "ru" not in counted[-1]
    problem = tables["problems"][tables["problems"]["path"].str.endswith("ru.txt")]
    assert problem["problem"].str.contains("not English").all() and len(problem) == 1
    assert not (tables["mentions"]["article_id"] == "ru").any()


def test_chunks_cut_at_paragraphs_and_cover_the_text():
    text = "\n\n".join(f"Paragraph {i} says something about Tehran and Moscow." for i in range(200))
    pieces = chunks(text, 1000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(e - s <= 1000 for s, e in pieces)
    assert all(text[s:].startswith("\n\n") for s, _ in pieces[1:])
    assert chunks("word " * 10, 1000) == [(0, 50)]
    assert chunks("x" * 2500, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]  # no break: hard cuts


def test_a_long_article_is_parsed_in_pieces_with_offsets_into_the_file(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "CHUNK_CHARS", 400)
    body = "\n\n".join(f'"Talk number {i} went well," Anna Petrova said in Geneva.' for i in range(30))
    (corpus / "long.txt").write_text(f"Title: Long\n\n{body}\n", encoding="utf-8")
    tables = pipeline.extract(corpus, tmp_path / "out")
    raw = (corpus / "long.txt").read_text(encoding="utf-8")
    claims = tables["claims"][tables["claims"]["article_id"] == "long"]
    assert len(claims) == 30
    assert all(raw[s:e] == t for s, e, t in zip(claims["start"], claims["end"], claims["text"]))
    assert set(claims["speaker"]) == {"Anna Petrova"}
    mentions = tables["mentions"][tables["mentions"]["article_id"] == "long"]
    assert all(raw[s:e] == t for s, e, t in zip(mentions["start"], mentions["end"], mentions["text"]))
    assert mentions["sentence_id"].is_monotonic_increasing and mentions["sentence_id"].max() >= 29


def test_strict_exits_before_writing_anything(corpus, tmp_path):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    for command in (["extract"], ["run", "--no-images"]):
        done = subprocess.run([sys.executable, "-m", "analysis", *command, "--corpus", str(corpus), "--out", str(out),
                               "--strict"], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 2, done.stderr
        assert "empty.txt" in done.stderr and "--strict" in done.stderr
        assert not out.exists()


def test_progress_bar_only_for_more_than_a_few_articles():
    assert pipeline._progress(2, None).disable
    assert not pipeline._progress(pipeline.PROGRESS_MIN, None).disable
    assert pipeline._progress(500, False).disable


def test_dask_local_cluster_gives_the_same_tables(corpus, tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    pipeline.extract(corpus, here)
    pipeline.extract(corpus, there, scheduler="local")
    a, b = read(here), read(there)
    for t in TABLES:
        pd.testing.assert_frame_equal(a[t], b[t])
    assert len(b["claims"]) > 40


def _raw_mentions(corpus_dir):
    """Every mention row of a corpus (numbers and times included), as linking may be given them."""
    from analysis.entities import article_mentions

    articles = load_corpus(corpus_dir, report=False).articles
    nlp = extraction.nlp_mod.load()
    rows = []
    for aid, doc in zip(articles["article_id"], nlp.pipe(articles["text"])):
        for m in article_mentions(doc):
            rows.append({"article_id": aid, "text": m.text, "label": m.label, "start": m.start, "end": m.end,
                         "sentence": "", "sentence_id": m.sentence_id, "text_start": m.start, "text_end": m.end,
                         "key": m.key, "name": m.name, "descriptions": "|".join(m.descriptions)})
    return pd.DataFrame(rows, columns=extraction.RAW_MENTION_COLUMNS)


def test_linking_does_not_depend_on_value_rows_or_row_order(corpus):
    """Extraction leaves value mentions (numbers, times) out and the pipeline gathers rows in
    article-id order to save copies at scale; linking must give the same tables either way."""
    from analysis.entities import VALUE_LABELS
    from analysis.linking import link_corpus

    raw = _raw_mentions(corpus)
    assert raw["label"].isin(VALUE_LABELS).any() and raw["article_id"].nunique() == 3
    articles = load_corpus(corpus, report=False).articles
    extracted = [r for _aid, result in extraction.analyse(articles) for r in result["mentions"]]
    assert extracted and not any(r["label"] in VALUE_LABELS for r in extracted)
    m1, e1, k1 = link_corpus(raw)
    m2, e2, k2 = link_corpus(raw[~raw["label"].isin(VALUE_LABELS)].reset_index(drop=True))
    reordered = pd.concat([g for _, g in sorted(raw.groupby("article_id"), reverse=True)], ignore_index=True)
    m3, e3, _ = link_corpus(reordered)
    pd.testing.assert_frame_equal(m1, m2)
    pd.testing.assert_frame_equal(e1, e2)
    pd.testing.assert_frame_equal(m1, m3)
    assert set(e1["entity_id"]) == set(e3["entity_id"]) and e1["n_mentions"].sum() == e3["n_mentions"].sum() == len(m1)
    assert {k: v for k, v in k1.items() if k in k2} == k2 and "person:ebrahim-raisi" in set(k2.values())
    assert not m1["label"].isin(VALUE_LABELS).any()
    assert list(m1[["article_id", "start"]].itertuples(index=False)) == sorted(m1[["article_id", "start"]].itertuples(index=False))


def test_tables_are_written_whole_and_identical_to_pandas(tmp_path):
    from analysis.tables import write_table

    df = pd.DataFrame({"a": ["x, “quoted”", "ü\nline"] * 60_000, "n": range(120_000)})
    write_table(df, tmp_path, "t")
    assert (tmp_path / "t.csv").read_bytes() == df.to_csv(index=False).encode("utf-8")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "t.parquet"), df)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.parquet"]


def test_spilled_rows_come_back_in_article_order(tmp_path, monkeypatch):
    from analysis import spill

    monkeypatch.setattr(spill, "BUCKET_ARTICLES", 2)
    monkeypatch.setattr(spill, "FLUSH_ROWS", 3)  # several files per bucket
    rows = spill.Spill(tmp_path, ["text", "n"])
    for order in (4, 1, 0, 3, 2, 5):
        rows.add(order, [{"text": f"{order}-{k}", "n": order, "extra": "dropped"} for k in range(order % 3 + 1)])
    got = [(b, df["text"].tolist()) for b, df in rows.buckets()]
    assert got == [(0, ["0-0", "1-0", "1-1"]), (1, ["2-0", "2-1", "2-2", "3-0"]), (2, ["4-0", "4-1", "5-0", "5-1", "5-2"])]
    assert list(next(rows.buckets())[1].columns) == ["text", "n"]


def test_tables_written_in_parts_are_the_bytes_of_the_whole(tmp_path, monkeypatch):
    from analysis import tables

    monkeypatch.setattr(tables, "ROW_GROUP_ROWS", 1000)
    df = pd.DataFrame({"a": [f"row {i}, “q”" for i in range(2500)], "n": range(2500)})
    tables.write_table(df, tmp_path / "whole", "t")
    assert tables.write_parts([df.iloc[:700], df.iloc[700:1900], df.iloc[1900:]], tmp_path / "parts", "t") == 2500
    for ext in ("csv", "parquet"):
        assert (tmp_path / "whole" / f"t.{ext}").read_bytes() == (tmp_path / "parts" / f"t.{ext}").read_bytes()
    assert (tmp_path / "parts" / "t.csv").read_bytes() == df.to_csv(index=False).encode("utf-8")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "parts" / "t.parquet"), df)
    import pyarrow.parquet as pq

    assert pq.read_metadata(tmp_path / "parts" / "t.parquet").num_row_groups == 3


def test_the_tables_do_not_depend_on_how_rows_are_spilled(corpus, tmp_path, monkeypatch):
    from analysis import spill

    pipeline.extract(corpus, tmp_path / "a")
    monkeypatch.setattr(spill, "BUCKET_ARTICLES", 1)
    monkeypatch.setattr(spill, "FLUSH_ROWS", 7)
    tables = pipeline.extract(corpus, tmp_path / "b")  # from the cache, rows spilled in many small parts
    for t in [*TABLES, "problems"]:
        for ext in ("csv", "parquet"):
            assert (tmp_path / "a" / "tables" / f"{t}.{ext}").read_bytes() == (tmp_path / "b" / "tables" / f"{t}.{ext}").read_bytes()
    assert tables.n_rows("mentions") == len(tables["mentions"]) > 100
    assert not [p.name for p in (tmp_path / "b" / "tables").iterdir() if p.name.startswith(".")]


def test_a_process_pool_gives_the_rows_of_one_process(corpus, monkeypatch):
    from analysis import pool

    monkeypatch.setattr(pool, "TASK_ARTICLES", 1)  # a task per article, finishing in any order
    articles = load_corpus(corpus, report=False).articles
    one = dict(extraction.analyse(articles))
    two = dict(extraction.analyse(articles, n_process=2))
    assert sorted(two) == sorted(one) == sorted(articles["article_id"]) and two == one


def test_an_error_in_a_pool_worker_is_raised_naming_its_articles(corpus, monkeypatch):
    from analysis import pool

    monkeypatch.setattr(pool, "TASK_ARTICLES", 1)
    articles = load_corpus(corpus, report=False).articles.assign(offset_map="not an offset map")
    with pytest.raises(ValueError) as err:
        list(extraction.analyse(articles.iloc[:2], n_process=2))
    notes = "".join(getattr(err.value, "__notes__", []))
    assert any(f"articles {aid}" in notes for aid in articles["article_id"].iloc[:2])


def test_a_single_task_parses_in_this_process_without_starting_workers(corpus, monkeypatch):
    from analysis import pool

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one task")

    monkeypatch.setattr(pool, "analyse_in_pool", no_pool)
    articles = load_corpus(corpus, report=False).articles.iloc[:1]
    assert [aid for aid, _ in extraction.analyse(articles, n_process=2)] == list(articles["article_id"])
