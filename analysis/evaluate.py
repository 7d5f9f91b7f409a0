"""Entity precision and recall against a gold file (``tests/gold/seed_entities.csv`` by default).

Gold lists, per article, every person, organisation, place, facility, law and event with its
canonical name; a predicted entity counts when its canonical name and label match. Aliases and
descriptions are scored as the share of gold ones found.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

EVAL_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LAW", "EVENT"}
GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "seed_entities.csv"


def predicted(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Per article, each entity mentioned: name, label, the surface forms used there, description."""
    df = mentions.merge(entities[["entity_id", "name", "description"]], on="entity_id")
    df = df[df["label"].isin(EVAL_LABELS)]
    return (df.groupby(["article_id", "entity_id", "name", "description"], as_index=False)
              .agg(label=("label", lambda s: s.mode().iloc[0]), forms=("text", lambda s: set(s))))


def score(mentions: pd.DataFrame, entities: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision, recall and F1 of (article, name, label), plus alias and description recall."""
    pred = predicted(mentions, entities)
    pred = pred[pred["article_id"].isin(set(gold["article_id"]))]
    p = set(zip(pred["article_id"], pred["name"], pred["label"]))
    g = set(zip(gold["article_id"], gold["name"], gold["label"]))
    tp = len(p & g)
    lookup = {(a, n): (forms, d) for a, n, forms, d in zip(pred["article_id"], pred["name"], pred["forms"], pred["description"])}
    alias_hits = alias_total = desc_hits = desc_total = 0
    for a, n, aliases, desc in zip(gold["article_id"], gold["name"], gold["aliases"].fillna(""), gold["description"].fillna("")):
        forms, d = lookup.get((a, n), (set(), ""))
        for alias in filter(None, aliases.split("|")):
            alias_total += 1
            alias_hits += _bare(alias) in {_bare(f) for f in forms}
        if desc:
            desc_total += 1
            desc_hits += desc.lower() in d.lower()
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    return {
        "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "alias_recall": alias_hits / alias_total if alias_total else 1.0,
        "description_recall": desc_hits / desc_total if desc_total else 1.0,
        "false_positives": sorted(p - g), "false_negatives": sorted(g - p),
    }


def _bare(form: str) -> str:
    return re.sub(r"^the\s+", "", form.strip().lower())


def main(argv: list[str] | None = None) -> int:
    import argparse

    from . import pipeline
    from .runner import SEEDS

    ap = argparse.ArgumentParser(prog="python -m analysis evaluate", description=__doc__)
    ap.add_argument("--corpus", type=Path, default=SEEDS)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=Path("build"))
    args = ap.parse_args(argv)
    tables = pipeline.load_tables(args.corpus, args.out)
    result = score(tables["mentions"], tables["entities"], pd.read_csv(args.gold))
    for k in ("precision", "recall", "f1", "alias_recall", "description_recall"):
        print(f"{k:>19}: {result[k]:.3f}")
    for k in ("false_positives", "false_negatives"):
        print(f"{k}:")
        for item in result[k]:
            print("   ", " | ".join(item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
