"""Who says what, as tables for the claims notebook: speakers, cues, whom they talk about."""
from __future__ import annotations

import pandas as pd

UNNAMED = "unnamed"
UNRESOLVED = "unresolved"
# a pronoun left unresolved is not a group of people: it says nothing about who spoke
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "this", "one"}
NO_SOURCE = "(no source given)"
LOWER_FIRST = {"The", "A", "An", "These", "Those", "This", "That", "Some", "Many", "Several", "Other", "Most", "All"}


def speaker_label(claims: pd.DataFrame) -> pd.Series:
    """The canonical speaker, or the group as written (``“experts” (unnamed)``), an unresolved
    pronoun (``“it” (unresolved)``), or no source."""
    def label(speaker: str, text: str) -> str:
        if speaker:
            return speaker
        if text:
            words = " ".join(str(text).split())
            if is_pronoun(words):
                return f"“{words.lower()}” ({UNRESOLVED})"
            words = words[0].lower() + words[1:] if words.split()[0] in LOWER_FIRST else words
            return f"“{words[:40]}” ({UNNAMED})"  # "The Iranian side" and "the Iranian side" are one group
        return NO_SOURCE
    return pd.Series([label(s, t) for s, t in zip(claims["speaker"], claims["speaker_text"])], index=claims.index)


def is_pronoun(text: str) -> bool:
    """True for a speaker written as a bare pronoun ('it', 'They')."""
    return " ".join(str(text).split()).lower() in PRONOUNS


def with_context(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Claims with speaker label, outlet, date and title joined in."""
    meta = articles[["article_id", "outlet", "published", "title"]]
    return claims.assign(speaker_label=speaker_label(claims)).merge(meta, on="article_id", how="left")


def claims_per_speaker(claims: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """Claims per speaker and kind for the ``top`` speakers (named people first by count)."""
    df = claims.assign(speaker_label=speaker_label(claims))
    order = df["speaker_label"].value_counts()
    keep = list(order.head(top).index)
    return (df[df["speaker_label"].isin(keep)].groupby(["speaker_label", "kind"]).size().rename("claims")
            .reset_index().assign(total=lambda d: d["speaker_label"].map(order))
            .sort_values(["total", "speaker_label", "kind"], ascending=[False, True, True]))


def talks_about(claims: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame,
                labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT")) -> pd.DataFrame:
    """Speaker → entity mentioned inside the claim's content, with how often and an example claim."""
    named = claims[claims["speaker_id"] != ""]
    m = mentions[mentions["label"].isin(labels)][["article_id", "entity_id", "start", "end"]]
    joined = named.merge(m, on="article_id", suffixes=("", "_m"))
    inside = joined[(joined["start_m"] >= joined["start"]) & (joined["end_m"] <= joined["end"])
                    & (joined["entity_id"] != joined["speaker_id"])]
    names = dict(zip(entities["entity_id"], entities["name"]))
    out = (inside.drop_duplicates(["claim_id", "entity_id"])
           .groupby(["speaker", "entity_id"]).agg(claims=("claim_id", "size"), example=("text", "first")).reset_index())
    out["about"] = out["entity_id"].map(names)
    return out.sort_values(["claims", "speaker", "about"], ascending=[False, True, True]).reset_index(drop=True)


def explorer(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The claims table a reader scans: speaker, as written, cue, kind, claim, outlet, date, offsets."""
    df = with_context(claims, articles)
    return (df[["speaker_label", "speaker_text", "cue", "kind", "text", "outlet", "published", "article_id", "start", "end"]]
            .rename(columns={"speaker_label": "speaker", "speaker_text": "as written", "text": "claim"})
            .reset_index(drop=True))
