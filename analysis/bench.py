"""``python -m analysis bench``: the performance figures, measured in one run on the same texts and cores.

1. raw spaCy ``nlp.pipe`` words/s vs our whole extraction (load, entities, claims, tables) words/s;
2. cold extraction vs warm rerun (cache) vs rerun after adding one article;
3. peak RSS of a cold extraction of 1k and 10k articles (each in a fresh process);
4. ``make run`` on the seeds, warm.
The corpus is a sample of ``../shared/scale/allsides_news_20k.jsonl.gz`` when it is there, else the
seeds copied under distinct ids. Prints figures; asserts nothing (the machines are noisy: compare ratios).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import nlp as nlp_mod
from . import pipeline
from .corpus import load_corpus
from .extraction import ROWS
from .runner import ROOT, SEEDS

SCALE = ROOT.parent / "shared" / "scale" / "allsides_news_20k.jsonl.gz"
TARGETS = {"throughput": 0.95, "warm": 20.0, "rss_mb": 2048, "make_run_s": 30.0}


def records(source: Path) -> "itertools.chain[dict]":
    """Article records from a .jsonl(.gz) file, or endless distinct copies of the seeds."""
    if source.is_file():
        opener = gzip.open if source.suffix == ".gz" else open
        with opener(source, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)
        return
    seeds = load_corpus(source, report=False).articles
    for i in itertools.count():
        for row in seeds.itertuples():
            # a number in the headline and body keeps copies apart for the duplicate check
            yield {"id": f"{row.article_id}-{i}", "title": f"{row.title} ({i})",
                   "text": f"Copy {i} of the article.\n\n{row.text}\n\nEnd of copy number {i}.", "outlet": row.outlet}


def write_sample(source: Path, n: int, folder: Path, skip: int = 0) -> Path:
    """The first ``n`` records (after ``skip``) as one JSONL file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sample-{skip}-{n}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for rec in itertools.islice(records(source), skip, skip + n):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def timed(fn, *args, **kwargs) -> float:
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def raw_parse(texts: list[str], model: str, batch_size: int, n_process: int) -> None:
    """The model alone: every component but our extraction step (the gazetteer ruler stays: it is data)."""
    for _doc in nlp_mod.load(model).pipe(texts, batch_size=batch_size, n_process=n_process, disable=[ROWS]):
        pass


RSS_CHILD = """
import json, resource, sys, time
from analysis import pipeline
t = time.perf_counter()
tables = pipeline.extract(sys.argv[1], sys.argv[2], n_process={n_process}, progress=False)
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"seconds": time.perf_counter() - t, "own_kb": own, "worker_kb": kids,
                  "words": int(tables.column("articles", "n_words").sum()), "mentions": tables.n_rows("mentions")}}))
"""


def peak_rss(corpus: Path, out: Path, n_process: int) -> dict:
    """Cold extraction in a fresh process: its peak RSS and that of its largest worker."""
    done = subprocess.run([sys.executable, "-c", RSS_CHILD.format(n_process=n_process), str(corpus), str(out)],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SCALE if SCALE.exists() else SEEDS,
                    help="a .jsonl/.jsonl.gz file of articles (default: the 20k scale sample, else the seeds)")
    ap.add_argument("--sample", type=int, default=300, help="articles for throughput and cache figures")
    ap.add_argument("--rss-sizes", default="1000,10000", help="corpus sizes for peak RSS ('' to skip)")
    ap.add_argument("--n-process", type=int, default=None, help="processes (default: the extraction's own choice)")
    ap.add_argument("--batch-size", type=int, default=pipeline.DEFAULT_BATCH_SIZE)
    ap.add_argument("--skip-make-run", action="store_true")
    args = ap.parse_args(argv)
    model = pipeline.DEFAULT_MODEL
    n_process = args.n_process or pipeline.auto_n_process(args.sample)
    work = Path(tempfile.mkdtemp(prefix="analysis-bench-"))
    results: dict[str, str] = {}
    try:
        print(f"bench: corpus {args.corpus}, {args.sample} articles, n_process={n_process}, "
              f"batch_size={args.batch_size}, {os.cpu_count()} cores", flush=True)
        sample = write_sample(args.corpus, args.sample, work / "sample")
        articles = load_corpus(sample.parent, report=False).articles
        texts, words = list(articles["text"]), int(articles["n_words"].sum())
        nlp_mod.load(model)  # loaded once, outside every timing

        # 1. throughput: alternate raw and full twice, keep the best of each
        raw_t, full_t = [], []
        for rep in range(2):
            raw_t.append(timed(raw_parse, texts, model, args.batch_size, n_process))
            out = work / f"out-{rep}"
            full_t.append(timed(pipeline.extract, sample.parent, out, model, n_process=n_process,
                                batch_size=args.batch_size, progress=False))
            print(f"  rep {rep + 1}: raw nlp.pipe {raw_t[-1]:.1f} s, full extraction {full_t[-1]:.1f} s", flush=True)
        raw, full = min(raw_t), min(full_t)
        ratio = raw / full
        print(f"1. throughput on {len(texts)} articles, {words:,} words:")
        print(f"   raw nlp.pipe         {words / raw:8.0f} words/s")
        print(f"   full extraction      {words / full:8.0f} words/s  (load, entities, claims, linking, tables)")
        print(f"   ratio full/raw       {ratio:8.3f}   target >= {TARGETS['throughput']}")
        results["throughput ratio"] = f"{ratio:.3f} (target >= {TARGETS['throughput']})"

        # 2. cache: the last full run is the cold one; rerun, then add one article and rerun
        out = work / "out-1"
        warm = timed(pipeline.extract, sample.parent, out, model, n_process=n_process, progress=False)
        write_sample(args.corpus, 1, sample.parent, skip=args.sample)
        added = timed(pipeline.extract, sample.parent, out, model, n_process=n_process, progress=False)
        print(f"2. cache on {len(texts)} articles:")
        print(f"   cold {full_t[-1]:.2f} s, warm rerun {warm:.2f} s: {full_t[-1] / warm:.1f}x faster "
              f"(target >= {TARGETS['warm']:.0f}x); one article added: {added:.2f} s")
        results["warm rerun"] = f"{full_t[-1] / warm:.1f}x faster than cold (target >= {TARGETS['warm']:.0f}x)"

        # 3. peak RSS, each size in a fresh process, cold cache
        sizes = [int(s) for s in args.rss_sizes.split(",") if s.strip()]
        if sizes:
            print("3. peak RSS of a cold extraction (fresh process each):")
        for size in sizes:
            corpus = write_sample(args.corpus, size, work / f"rss-{size}").parent
            r = peak_rss(corpus, work / f"rss-out-{size}", pipeline.auto_n_process(size) if not args.n_process else n_process)
            own, kid = r["own_kb"] / 1024, r["worker_kb"] / 1024
            print(f"   {size:>6} articles, {r['words']:>10,} words: main {own:7.0f} MB, largest worker {kid:7.0f} MB, "
                  f"{r['seconds']:.0f} s ({r['words'] / r['seconds']:.0f} words/s), {r['mentions']:,} mentions", flush=True)
            results[f"peak RSS {size}"] = f"{max(own, kid):.0f} MB (target < {TARGETS['rss_mb']} MB)"
            shutil.rmtree(work / f"rss-out-{size}", ignore_errors=True)

        # 4. make run on the seeds, warm
        if not args.skip_make_run and shutil.which("make"):
            subprocess.run(["make", "run"], cwd=ROOT, capture_output=True)
            t = time.perf_counter()
            done = subprocess.run(["make", "run"], cwd=ROOT, capture_output=True, text=True)
            secs = time.perf_counter() - t
            state = "" if done.returncode == 0 else f" (failed: {done.stderr[-300:]})"
            print(f"4. make run on the seeds, warm: {secs:.1f} s (target <= {TARGETS['make_run_s']:.0f} s){state}")
            results["make run warm"] = f"{secs:.1f} s (target <= {TARGETS['make_run_s']:.0f} s)"
        print("summary:")
        for k, v in results.items():
            print(f"   {k:18} {v}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0
