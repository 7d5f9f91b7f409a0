"""Speaker labels in the claims charts: canonical names, groups as written, one label per group."""
import pandas as pd

from analysis.attribution import NO_SOURCE, claims_per_speaker, speaker_label


def test_groups_differing_only_in_a_capital_article_are_one_label():
    claims = pd.DataFrame({
        "speaker": ["Ebrahim Raisi", "", "", "", ""],
        "speaker_text": ["Raisi", "The Iranian side", "the Iranian side", "Experts", ""],
        "kind": ["indirect"] * 5, "text": ["a", "b", "c", "d", "e"],
    })
    labels = list(speaker_label(claims))
    assert labels == ["Ebrahim Raisi", "“the Iranian side” (unnamed)", "“the Iranian side” (unnamed)",
                      "“Experts” (unnamed)", NO_SOURCE]
    counts = claims_per_speaker(claims)
    assert counts.groupby("speaker_label")["claims"].sum()["“the Iranian side” (unnamed)"] == 2


def test_an_unresolved_pronoun_is_not_a_group():
    from analysis.voices import voice_groups
    claims = pd.DataFrame({"speaker": ["", "", ""], "speaker_id": ["", "", ""],
                           "speaker_text": ["it", "They", "regional analysts"]})
    assert list(speaker_label(claims)) == ["“it” (unresolved)", "“they” (unresolved)", "“regional analysts” (unnamed)"]
    entities = pd.DataFrame(columns=["entity_id", "name", "label", "description"])
    assert list(voice_groups(claims, entities)) == ["unknown", "unknown", "unnamed group"]
