"""Which kinds of voice each outlet gives the floor to: officials, experts, media, unnamed groups.

The group of a speaker comes from words in its description, title and name, looked up in
``data/voice_groups.csv`` (first group in file order wins); a named speaker with no such word is
``unknown``, shown rather than hidden, and so is a claim with no source at all or whose
speaker is a pronoun left unresolved.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .attribution import is_pronoun
from .corpus import outlet_domains

DATA = Path(__file__).parent / "data"
GROUPS = ["official", "expert", "media", "unnamed group", "unknown"]


@lru_cache(maxsize=1)
def keywords() -> list[tuple[str, str]]:
    """``(group, keyword)`` pairs in file order."""
    with open(DATA / "voice_groups.csv", encoding="utf-8") as fh:
        return [(row["group"], row["keyword"].lower()) for row in csv.DictReader(fh)]


def group_of(text: str) -> str:
    """The first group (in file order) whose keyword is a word or phrase of ``text``; else ``unknown``."""
    low = f" {text.lower()} "
    for group, word in keywords():
        if re.search(rf"(?<![\w]){re.escape(word)}(?:s|es)?(?![\w])", low):
            return group
    return "unknown"


def voice_groups(claims: pd.DataFrame, entities: pd.DataFrame) -> pd.Series:
    """The voice group of each claim's speaker (see the module docstring)."""
    ents = entities.set_index("entity_id")
    media = {o.lower() for o in outlet_domains().values()}

    def one(speaker_id: str, speaker_text: str) -> str:
        if speaker_id and speaker_id in ents.index:
            e = ents.loc[speaker_id]
            if e["label"] == "GPE":
                return "official"  # a state speaking: its government
            group = group_of(f"{e['description']} {speaker_text} {e['name']}")
            # an outlet speaking is the media, unless its words say more (the Kremlin publishes kremlin.ru)
            return "media" if group == "unknown" and e["name"].lower() in media else group
        text = str(speaker_text).strip()
        return "unnamed group" if text and not is_pronoun(text) else "unknown"

    return pd.Series([one(i, t) for i, t in zip(claims["speaker_id"], claims["speaker_text"])], index=claims.index)


def voices_by_outlet(claims: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Share of each outlet's claims per voice group, with counts and an example speaker."""
    df = claims.assign(group=voice_groups(claims, entities)).merge(articles[["article_id", "outlet"]], on="article_id")
    df["outlet"] = df["outlet"].replace("", "unknown")
    df["who"] = df["speaker"].where(df["speaker"] != "", df["speaker_text"])
    out = (df.groupby(["outlet", "group"]).agg(claims=("claim_id", "size"),
                                               speakers=("who", lambda s: ", ".join(sorted(set(x for x in s if x))[:5])))
           .reset_index())
    out["share"] = out["claims"] / out.groupby("outlet")["claims"].transform("sum")
    out["group"] = pd.Categorical(out["group"], categories=GROUPS, ordered=True)
    return out.sort_values(["outlet", "group"]).reset_index(drop=True)
