"""Which actors each outlet talks about, and which countries are mentioned together."""
from __future__ import annotations

from itertools import combinations

import pandas as pd

from .entities import country_words, gazetteer

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT")


def actors_by_outlet(mentions: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Mentions per 1,000 words of each outlet's articles, for the ``top`` entities of the corpus."""
    words = articles.assign(outlet=articles["outlet"].replace("", "unknown")).groupby("outlet")["n_words"].sum()
    ranked = entities[entities["label"].isin(ACTOR_LABELS)].sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    keep = ranked.head(top)
    m = mentions[mentions["entity_id"].isin(set(keep["entity_id"]))].merge(articles[["article_id", "outlet"]], on="article_id")
    m["outlet"] = m["outlet"].replace("", "unknown")
    counts = m.groupby(["outlet", "entity_id"]).size().rename("mentions").reset_index()
    grid = pd.MultiIndex.from_product([sorted(words.index), list(keep["entity_id"])], names=["outlet", "entity_id"])
    counts = counts.set_index(["outlet", "entity_id"]).reindex(grid, fill_value=0).reset_index()
    counts["per_1000_words"] = (counts["mentions"] / counts["outlet"].map(words) * 1000).round(2)
    return counts.merge(keep[["entity_id", "name"]], on="entity_id")


def countries() -> set[str]:
    """Country names: the demonym file's countries and the gazetteer's states."""
    return set(country_words()) | {e["name"] for e in gazetteer() if e["label"] == "GPE"}


def country_dyads(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Pairs of countries named in the same sentence: how many sentences, and the first one."""
    names = dict(zip(entities["entity_id"], entities["name"]))
    known = countries()
    m = mentions[(mentions["label"] == "GPE") & mentions["entity_id"].map(lambda e: names.get(e) in known)]
    pairs: dict[tuple[str, str], list] = {}
    for _, group in m.groupby(["article_id", "sentence_id"], sort=True):
        for a, b in combinations(sorted({names[e] for e in group["entity_id"]}), 2):
            entry = pairs.setdefault((a, b), [0, group["sentence"].iloc[0]])
            entry[0] += 1
    rows = [(a, b, n, ex) for (a, b), (n, ex) in pairs.items()]
    return pd.DataFrame(rows, columns=["country", "with_country", "sentences", "example"]).sort_values(
        ["sentences", "country", "with_country"], ascending=[False, True, True]).reset_index(drop=True)


def claims_per_month(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Claims per publication month and outlet (undated articles left out)."""
    df = claims.merge(articles[["article_id", "outlet", "published"]], on="article_id")
    df = df[df["published"].astype(bool)]
    df["month"] = df["published"].str[:7]
    df["outlet"] = df["outlet"].replace("", "unknown")
    return df.groupby(["month", "outlet"]).size().rename("claims").reset_index()
