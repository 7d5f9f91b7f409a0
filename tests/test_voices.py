"""Voice groups from descriptions and titles, on made-up speakers."""
import pandas as pd
import pytest

from analysis.voices import group_of, voice_groups, voices_by_outlet


@pytest.mark.parametrize("text, group", [
    ("an analyst at the Baltic Institute", "expert"),
    ("head of the Center for Caspian Studies", "expert"),
    ("Iranian Parliament Speaker", "official"),
    ("President of the Republic", "official"),
    ("Russian Foreign Ministry spokeswoman", "official"),
    ("a correspondent for a Tehran daily", "media"),
    ("a retired schoolteacher", "unknown"),
    ("", "unknown"),
])
def test_group_of(text, group):
    assert group_of(text) == group


def test_voice_groups_of_claims():
    entities = pd.DataFrame([
        {"entity_id": "person:a", "name": "Anna Field", "label": "PERSON", "description": "a historian at Oslo University"},
        {"entity_id": "person:b", "name": "Boris Lund", "label": "PERSON", "description": "Defence Minister"},
        {"entity_id": "person:c", "name": "Cara Holt", "label": "PERSON", "description": ""},
        {"entity_id": "gpe:iran", "name": "Iran", "label": "GPE", "description": ""},
        {"entity_id": "org:the-moscow-times", "name": "The Moscow Times", "label": "ORG", "description": ""},
    ])
    claims = pd.DataFrame({
        "claim_id": list("1234567"), "article_id": ["x"] * 4 + ["y"] * 3,
        "speaker_id": ["person:a", "person:b", "person:c", "gpe:iran", "", "", "org:the-moscow-times"],
        "speaker": ["Anna Field", "Boris Lund", "Cara Holt", "Iran", "", "", "The Moscow Times"],
        "speaker_text": ["Field", "The minister", "Holt", "Iran", "regional analysts", "", "The Moscow Times"],
    })
    assert list(voice_groups(claims, entities)) == ["expert", "official", "unknown", "official", "unnamed group", "unknown", "media"]
    articles = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["Wire", ""]})
    shares = voices_by_outlet(claims, entities, articles)
    wire = shares[shares["outlet"] == "Wire"].set_index("group")["share"].astype(float)
    assert wire.to_dict() == {"expert": 0.25, "official": 0.5, "unknown": 0.25}
    assert set(shares.loc[shares["outlet"] == "unknown", "group"].astype(str)) == {"unnamed group", "unknown", "media"}


def test_a_publisher_that_is_a_government_body_is_official():
    entities = pd.DataFrame([{"entity_id": "org:kremlin", "name": "Kremlin", "label": "ORG", "description": ""},
                             {"entity_id": "org:tass", "name": "TASS", "label": "ORG", "description": ""}])
    claims = pd.DataFrame({"speaker_id": ["org:kremlin", "org:tass"], "speaker_text": ["the Kremlin", "TASS"]})
    assert list(voice_groups(claims, entities)) == ["official", "media"]
