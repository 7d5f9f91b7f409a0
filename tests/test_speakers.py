"""Claims on the seeds carry the right canonical speaker (names, surnames, titles, pronouns)."""
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import pipeline
from analysis.corpus import read_raw

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "seed_claims.csv"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return pipeline.load_tables(ROOT / "seeds", tmp_path_factory.mktemp("speakers"))


def gold_named(tables):
    gold = pd.read_csv(GOLD, keep_default_na=False)
    known = set(tables["entities"]["name"])
    return gold[gold["speaker"].isin(known)]


def test_every_named_speaker_is_the_right_canonical_entity(tables):
    claims = tables["claims"]
    gold = gold_named(tables)
    assert len(gold) >= 25
    wrong = []
    for aid, speaker, snippet in zip(gold["article_id"], gold["speaker"], gold["snippet"]):
        found = claims[(claims["article_id"] == aid) & claims["text"].str.contains(snippet, regex=False)]
        if found.empty or speaker not in set(found["speaker"]):
            wrong.append((speaker, snippet, list(found["speaker"])))
    assert wrong == []


def test_groups_are_kept_as_written_without_an_entity(tables):
    claims = tables["claims"]
    for text in ("experts", "regional analysts", "The Iranian side"):
        rows = claims[claims["speaker_text"] == text]
        assert len(rows) >= 1 and set(rows["speaker"]) == {""} and set(rows["speaker_id"]) == {""}, text


def plain(text: str) -> str:
    """Text without markdown link and emphasis syntax, whitespace folded (the loader drops both)."""
    return " ".join(re.sub(r"\]\([^)]*\)|[\[*_]", "", text).split())


def test_claim_offsets_point_into_the_original_file(tables):
    arts = tables["articles"].set_index("article_id")
    claims = tables["claims"]
    assert len(claims) >= 30
    for _, c in claims.iterrows():
        raw = read_raw(arts.loc[c["article_id"], "path"])
        assert plain(raw[c["start"]:c["end"]]) == plain(c["text"])
        if c["speaker_start"] >= 0:
            assert plain(raw[c["speaker_start"]:c["speaker_end"]]) == plain(c["speaker_text"])
        if c["cue_start"] >= 0:
            assert raw[c["cue_start"]:c["cue_end"]].strip()


def test_speaker_scoring_matches_surnames_across_spellings():
    from analysis.evaluate_speakers import same_person

    assert same_person("Sergey Lavrov", "Sergei Lavrov") and same_person("Mohammad Bagher Ghalibaf", "Galibaf")
    assert not same_person("Mike Pompeo", "Ali Khamenei") and not same_person("Mike Pompeo", "")


def test_speaker_scoring_finds_a_claim_by_content_when_its_cue_grew():
    import pandas as pd

    from analysis.evaluate_speakers import score

    gold = pd.DataFrame([{"claim_id": "a:001", "article_id": "a", "cue_start": 40, "cue_end": 41, "start": 43,
                          "end": 60, "gold_type": "person", "gold_speaker": "Kemal Arslan"}])
    claims = pd.DataFrame([{"article_id": "a", "cue_start": 20, "cue_end": 41, "start": 43, "end": 60,
                            "speaker": "Kemal Arslan", "speaker_text": "Arslan", "speaker_id": "person:kemal-arslan"}])
    res = score(claims, gold)
    assert res["found"].tolist() == [True] and res["correct"].tolist() == [True]
