"""An opinion piece's own unsigned 'I' is its writer, whom only the article's metadata names."""
import pandas as pd
import pytest

from analysis import pipeline
from analysis.writers import WRITER_KEY, article_writer, person_name

OPED = """Title: Why the bridge matters
{meta}

I contend that the old bridge should be rebuilt before the winter.

The council has not decided. Its chair, Mark Stone, said that a vote would come in May.
"""


@pytest.mark.parametrize("value, name", [
    ("John Stossel", "John Stossel"),
    ("K.T. Mcfarland", "K.T. Mcfarland"),
    ("Andrew P. Napolitano", "Andrew P. Napolitano"),
    ("Anne-Marie Slaughter", "Anne-Marie Slaughter"),
    ("Politico", ""),
    ("Opinion Contributor", ""),  # a label, not a name
    ("Two Governors.", ""),
    ("Guest Writer - Right", ""),
    ("Christian Science Monitor", ""),  # a given name first, then an outlet's words
    ("Npr Staff", ""),
    ("RAND Corporation", ""),
    ("Jacob Sullum, Eugene Volokh", ""),  # several writers: no one 'I'
    ("Bozell & Graham", ""),
    ("Sen. Rand Paul", "Rand Paul"),  # a rank is no part of the name
    ("President Trump", ""),  # nor a one-word name
    ("Steve King", "Steve King"),  # a title word last is a surname
])
def test_a_writer_is_one_persons_name(value, name):
    assert person_name(value) == name


@pytest.mark.parametrize("value, seen, name", [
    ("Elissa Slotkin", "Rep. Elissa Slotkin: How I reached my decision", "Elissa Slotkin"),
    ("Elissa Slotkin", "How I reached my decision", ""),  # a given name the list lacks, and the text never names her
    ("Washington Spectator", "… first published in the Washington Spectator.", ""),  # an outlet's word
    ("Breitbart London", "Breitbart London reported", ""),
    ("The Nation", "as the war began, The Nation argued", ""),  # a word of the text, not a given name
    ("Mother Jones", "Mother Jones first reported", ""),  # a kin word
    ("Elissa Slotkin", "Rep. Elissa Slotkin: How I reached my decision ⏎ freep.com/story/elissa-slotkin-trump/",
     "Elissa Slotkin"),  # a link's slug is no lower-case word of the text
])
def test_a_byline_with_an_unknown_given_name_is_a_writer_when_the_article_names_them(value, seen, name):
    assert person_name(value, seen) == name


def test_a_columnist_named_as_the_source_is_the_writer_before_a_feeds_author_list():
    assert article_writer("Jacob Sullum, Eugene Volokh, Joe Setyon", "John Stossel") == "John Stossel"
    assert article_writer("Tammy Bruce", "Washington Times") == "Tammy Bruce"
    assert article_writer("Opinion Contributor", "USA TODAY") == ""
    assert article_writer("Nathan L. Gonzales, Cardlayout", "Roll Call", "Ratings change, Roll Call reports") == ""


@pytest.mark.parametrize("value, name", [
    ("Joe Heck, Special To Cnn", "Joe Heck"),  # the byline describes its one writer
    ("Jane Roe, Nro Contributor", "Jane Roe"),
    ("Mary Smith, Senior Political Correspondent", "Mary Smith"),
    ("Jacob Sullum, Eugene Volokh", ""),  # two writers
    ("John Roe, Mary Smith, Staff Writers", ""),
])
def test_a_byline_that_describes_its_one_writer_names_them(value, name):
    assert article_writer(value, "CNN") == name


def test_an_op_ed_whose_title_names_its_writer_gives_them_its_i(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = OPED.format(meta="Author: Elissa Slotkin\nOutlet: Test Daily").replace("Why the bridge matters",
                                                                                "Rep. Elissa Slotkin: Why the bridge matters")
    (corpus / "oped.txt").write_text(text, encoding="utf-8")
    claims = pipeline.extract(corpus, tmp_path / "out")["claims"]
    assert dict(zip(claims["cue"], claims["speaker"]))["contend"] == "Elissa Slotkin"


def test_the_claims_table_names_the_writer_only_for_the_unsigned_i():
    raw = pd.DataFrame([
        {"article_id": "a", "kind": "indirect", "speaker_key": WRITER_KEY, "speaker_text": "I", "speaker_start": 0,
         "speaker_end": 1, "cue": "contend", "cue_type": "speech", "cue_start": 2, "cue_end": 9, "text": "x", "start": 10, "end": 11},
        {"article_id": "b", "kind": "indirect", "speaker_key": WRITER_KEY, "speaker_text": "I", "speaker_start": 0,
         "speaker_end": 1, "cue": "contend", "cue_type": "speech", "cue_start": 2, "cue_end": 9, "text": "x", "start": 10, "end": 11},
    ])
    table = pipeline.claims_table(raw, {}, {}, {"a": "Joan Blake"})
    assert table["speaker"].tolist() == ["Joan Blake", ""]
    assert table["speaker_id"].tolist() == ["", ""]


@pytest.mark.parametrize("meta, writer", [
    ("Author: Joan Blake\nOutlet: Test Daily", "Joan Blake"),
    ("Outlet: Joan Blake", "Joan Blake"),  # an opinion feed's column, listed under its writer
    ("Author: Jacob Sullum, Eugene Volokh\nOutlet: Test Daily", ""),  # shared: the 'I' stays unnamed
    ("Outlet: Test Daily", ""),
])
def test_an_op_eds_i_is_its_writer_from_the_metadata(tmp_path, meta, writer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "oped.txt").write_text(OPED.format(meta=meta), encoding="utf-8")
    claims = pipeline.extract(corpus, tmp_path / "out")["claims"]
    by_cue = dict(zip(claims["cue"], claims["speaker"]))
    assert by_cue["contend"] == writer
    assert by_cue["say"] == "Mark Stone"  # a claim the text signs keeps its speaker


def test_a_colon_before_a_quote_hands_over_only_the_quote():
    """'Ron Fournier says: ⏎ “…” ⏎ I said on the show …': the writer's 'I' goes on after the quote; a colon before
    unquoted text ('Read the full statement below:') still hands the 'I' over."""
    from analysis.extraction import doc_rows
    from analysis.nlp import load
    from analysis.writers import WRITER_KEY

    def keys(text):
        return [c["speaker_key"] for c in doc_rows(load()(text))["claims"] if c["speaker_text"] == "I"]

    assert keys("Ron Fournier says:\n\n“Obama needs to fire himself.”\n\nI said on the show that I thought the "
                "picture went too far.") == [WRITER_KEY]
    assert keys("Read the full statement below:\n\nI have served my country and I said that I would resign.") == [""]
