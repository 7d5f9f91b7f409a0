"""Blind annotation tasks for a new speaker sample (how sets 10-12 were made).

    python evaluation/make_tasks.py TABLES OUT [--n 200] [--per-article 6] [--seed 11] [--exclude evaluation/corpus_*.csv]

Writes OUT/tasks.csv (claim offsets, cue lemma, claim text; never the tool's speaker) and
OUT/articles/<article_id>.txt (title, outlet, text) for annotators who follow ANNOTATION.md.
OUT holds article text: keep it outside the project (the articles are copyrighted).
"""
from __future__ import annotations

import argparse
import glob
import re
from pathlib import Path

import pandas as pd


def sample(claims: pd.DataFrame, n: int, per_article: int, seed: int, exclude: pd.DataFrame) -> pd.DataFrame:
    """Up to ``n`` claims, at most ``per_article`` from one article, none overlapping an excluded one."""
    if not exclude.empty:
        near = claims.merge(exclude[["article_id", "start", "end"]], on="article_id", suffixes=("", "_x"))
        near = near[(near["start_x"] < near["end"]) & (near["end_x"] > near["start"])]["claim_id"]
        claims = claims[~claims["claim_id"].isin(set(near) | set(exclude["claim_id"]))]
    claims = claims.sample(frac=1, random_state=seed).groupby("article_id").head(per_article)
    return claims.head(n).sort_values(["article_id", "start"])


def _position(text: str, piece: str, start: int) -> int:
    """Where the claim text sits in the cleaned article: of its occurrences, the one nearest its offset in the
    original file (a short claim such as 'it' occurs many times; cleaning moves offsets only a little)."""
    found = [m.start() for m in re.finditer(re.escape(piece), text)] if piece else []
    return min(found, key=lambda i: abs(i - start)) if found else -1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tables", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--per-article", type=int, default=6)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--exclude", nargs="*", default=[], help="gold files whose claims (and claims overlapping them) are left out")
    args = ap.parse_args(argv)
    claims = pd.read_parquet(args.tables / "claims.parquet")
    articles = pd.read_parquet(args.tables / "articles.parquet").set_index("article_id")
    files = [f for pattern in args.exclude for f in glob.glob(pattern)]
    exclude = pd.concat([pd.read_csv(f) for f in files]) if files else pd.DataFrame()
    picked = sample(claims, args.n, args.per_article, args.seed, exclude)
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    rows = []
    for c in picked.itertuples():
        text = articles.loc[c.article_id, "text"]
        rows.append({"claim_id": c.claim_id, "article_id": c.article_id, "cue_start": c.cue_start, "cue_end": c.cue_end,
                     "start": c.start, "end": c.end, "cue_text": c.cue, "claim_text": c.text,
                     "position_in_article_txt": _position(text, c.text[:80], c.start)})
    for aid in picked["article_id"].unique():
        a = articles.loc[aid]
        (args.out / "articles" / f"{aid}.txt").write_text(f"TITLE: {a.title}\nOUTLET: {a.outlet}\n\n{a.text}", encoding="utf-8")
    pd.DataFrame(rows).to_csv(args.out / "tasks.csv", index=False)
    print(f"{args.out / 'tasks.csv'}: {len(rows)} claims from {picked['article_id'].nunique()} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
