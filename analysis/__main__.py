"""Command line: ``python -m analysis run|extract|refresh-notebooks``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import pipeline, runner


def default_out(corpus: Path) -> Path:
    """``build/`` for the seeds; ``build/runs/<corpus folder>`` for any other corpus."""
    if Path(corpus).resolve() == runner.SEEDS:
        return runner.ROOT / "build"
    return runner.ROOT / "build" / "runs" / Path(corpus).resolve().name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--corpus", type=Path, default=runner.SEEDS, help="folder (or file) of articles; default: seeds/")
        p.add_argument("--out", type=Path, default=None, help="output folder; default build/ (seeds) or build/runs/<corpus>")
        p.add_argument("--model", default=pipeline.DEFAULT_MODEL, help="installed spaCy pipeline name")
        p.add_argument("--n-process", type=int, default=pipeline.DEFAULT_N_PROCESS,
                       help=f"processes for nlp.pipe; default: one per core from {pipeline.AUTO_PARALLEL_MIN} articles on")
        p.add_argument("--batch-size", type=int, default=pipeline.DEFAULT_BATCH_SIZE, help="articles per nlp.pipe batch")
        p.add_argument("--scheduler", default="",
                       help="run the NLP on Dask: 'local' (a LocalCluster here) or a scheduler address tcp://host:8786")
        p.add_argument("--cache", type=Path, default=None, help="per-article result cache; default <out>/cache")
        p.add_argument("--strict", action="store_true", help="any corpus problem: exit 2 before writing anything")
        p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("run", help="extract, execute every notebook, write HTML, figures and index.html")
    common(p)
    p.add_argument("--figures", type=Path, default=None, help="figures folder; default figures/ (seeds) or <out>/figures")
    p.add_argument("--no-images", action="store_true", help="skip PNG/SVG export (no Chromium needed)")

    p = sub.add_parser("extract", help="write the tables (CSV and Parquet) only")
    common(p)

    p = sub.add_parser("evaluate", help="entity precision/recall against a gold file (default: the seeds' gold)")
    p.add_argument("rest", nargs=argparse.REMAINDER)

    p = sub.add_parser("bench", help="performance figures: throughput, cache, memory, make run (see analysis/bench.py)")
    p.add_argument("rest", nargs=argparse.REMAINDER)

    p = sub.add_parser("refresh-notebooks", help="re-execute the committed notebooks in place on the seeds (nbval reference)")

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:
        from .bench import main as bench_main

        return bench_main(argv[1:])
    if argv[:1] == ["evaluate"]:
        from .evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    args = ap.parse_args(argv)
    if getattr(args, "out", 1) is None:
        args.out = default_out(args.corpus)
    if args.command == "run":
        return runner.main_run(args)
    if args.command == "extract":
        try:
            tables = pipeline.extract(args.corpus, args.out, args.model, **pipeline.options_from_args(args))
        except pipeline.StrictError as exc:
            print(f"extract: {exc}", file=sys.stderr)
            return 2
        for name in tables:
            print(f"{name}: {tables.n_rows(name)} rows -> {pipeline.tables_dir(args.out) / name}.csv/.parquet")
        return 0
    if args.command == "refresh-notebooks":
        from .notebooks import refresh

        for nb in runner.notebook_paths():
            refresh(nb)
            print(f"refreshed {nb}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
