"""Who is mentioned with whom: sentence-level co-occurrence of entities, as tidy tables."""
from __future__ import annotations

from itertools import combinations

import pandas as pd

NETWORK_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT", "LOC")


def cooccurrence(mentions: pd.DataFrame, entities: pd.DataFrame, *, top: int = 30,
                 labels: tuple[str, ...] = NETWORK_LABELS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(nodes, edges)`` among the ``top`` most mentioned entities of ``labels``.

    Two entities co-occur once per sentence that mentions both; ``edges.weight`` counts those
    sentences and ``edges.example`` keeps the first one as evidence.
    """
    ents = entities[entities["label"].isin(labels)].sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    nodes = ents.head(top)[["entity_id", "name", "label", "n_mentions", "n_articles"]].reset_index(drop=True)
    keep = set(nodes["entity_id"])
    m = mentions[mentions["entity_id"].isin(keep)]
    pairs: dict[tuple[str, str], list] = {}
    for (aid, sid), group in m.groupby(["article_id", "sentence_id"], sort=True):
        ids = sorted(set(group["entity_id"]))
        for a, b in combinations(ids, 2):
            entry = pairs.setdefault((a, b), [0, group["sentence"].iloc[0], aid])
            entry[0] += 1
    edges = pd.DataFrame([(a, b, w, ex, aid) for (a, b), (w, ex, aid) in pairs.items()],
                         columns=["source", "target", "weight", "example", "article_id"])
    edges = edges.sort_values(["weight", "source", "target"], ascending=[False, True, True]).reset_index(drop=True)
    return nodes, edges


def strongest_pairs(nodes: pd.DataFrame, edges: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` heaviest links with both names and the first sentence that makes them."""
    names = dict(zip(nodes["entity_id"], nodes["name"]))
    return (edges.head(n).assign(entity=edges["source"].map(names), with_entity=edges["target"].map(names))
            [["entity", "with_entity", "weight", "example"]].rename(columns={"weight": "sentences"}))
