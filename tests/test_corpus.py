"""The loader on the seeds and on files in every supported layout, written by the tests."""
import gzip
import json
import re

import pandas as pd
import pytest

from analysis.corpus import load_corpus, outlet_from_url, parse_date, parse_text, read_raw
from analysis.offsets import OffsetMap

MT = "000_00cc645bec08e127"
NEO = "002_cdc6c137350c744d"


def test_seed_metadata(seeds):
    assert list(seeds.index) == [MT, NEO]
    mt, neo = seeds.loc[MT], seeds.loc[NEO]
    assert mt.title == "Iranian Speaker's Moscow Visit Signals Closer Ties to Come, Experts Say"
    assert mt.author == "Leyla Latypova"
    assert mt.published == "2021-02-12"
    assert mt.url.startswith("https://www.themoscowtimes.com/2021/02/12/iranian-speakers-moscow-visit")
    assert mt.outlet == "The Moscow Times"
    assert neo.title == "Strengthening Ties between Iran and Russia Help Improve the Global Situation"
    assert neo.author == "Vladimir Platov"
    assert neo.published == "2022-01-24"  # 24.01.2022, day first
    assert neo.outlet == "New Eastern Outlook"  # from the sign-off
    assert neo.url == ""


def test_seed_body_is_the_article_only(seeds):
    mt, neo = seeds.loc[MT].text, seeds.loc[NEO].text
    assert mt.startswith("Iranian Parliament Speaker Mohammad-Bager Galibaf paid a visit to Russia this week")
    assert mt.endswith("do not want to fall into Russia’s or China’s baskets.”")
    for furniture in ("Vahid Salemi", "routine visit, experts told", "Related article", "Widening Scope",
                      "Original url", "themoscowtimes.com", "Leyla Latypova", "February 12, 2021", "](#)", "**", "# "):
        assert furniture not in mt, furniture
    assert "Iran's plans for fast-track membership" in mt  # a markdown link keeps its text
    assert "told The Moscow Times." in mt  # emphasis markers dropped
    assert "\n\nEAEU membership\n\n" in mt  # a subheading stays its own paragraph
    assert neo.startswith("On January 20, President of the Islamic Republic of Iran Sayyid Ebrahim Raisi")
    assert neo.endswith("will pay off both economically and geopolitically.")
    assert "exclusively for the online magazine" not in neo and "Author:" not in neo
    assert seeds.loc[MT].n_words == len(mt.split())


def test_every_word_of_the_body_maps_back_to_the_file(seeds):
    for _, art in seeds.iterrows():
        raw = read_raw(art.path)
        om = OffsetMap.from_json(art.offset_map)
        for m in re.finditer(r"[\w’'-]+", art.text):
            s, e = om.span(m.start(), m.end())
            assert raw[s:e] == m.group(), (art.article_id, m.group())


def test_sha256_is_of_the_file(seeds):
    import hashlib
    from pathlib import Path

    art = seeds.loc[NEO]
    assert art.sha256 == hashlib.sha256(Path(art.path).read_bytes()).hexdigest()


@pytest.mark.parametrize("text, iso", [
    ("February 12, 2021", "2021-02-12"),
    ("Feb. 12, 2021", "2021-02-12"),
    ("12 February 2021", "2021-02-12"),
    ("24.01.2022", "2022-01-24"),
    ("2024-12-26 14:21:37 (as scraped; time zone not stated)", "2024-12-26"),
    ("approx. 2022-01 (NOT in source data)", "2022-01"),
    ("March 2020", "2020-03"),
    ("31.02.2022", ""),
    ("sometime last year", ""),
    ("", ""),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_outlet_from_url():
    assert outlet_from_url("https://www.themoscowtimes.com/2021/x") == "The Moscow Times"
    assert outlet_from_url("<https://edition.cnn.com/x>") == "CNN"
    assert outlet_from_url("https://news.bbc.co.uk/x") == "BBC News"
    assert outlet_from_url("https://unknown.example/x") == ""


def test_header_block_layout():
    raw = ("Title: Talks resume in Vienna\nOutlet: Example Wire (a news agency)\nAuthor: not given\n"
           "Date: 2023-05-04 10:00\nURL: https://example.org/a\n\nFirst paragraph.\n\nSecond paragraph.\n")
    art = parse_text(raw)
    assert (art.title, art.outlet, art.author, art.published, art.url) == (
        "Talks resume in Vienna", "Example Wire", "", "2023-05-04", "https://example.org/a")
    assert art.text == "First paragraph.\n\nSecond paragraph."
    assert art.format == "header"


def test_plain_layout_headline_then_body():
    raw = "Leaders meet in Moscow.\n\nThe leaders met on Monday.\n\nThey talked for hours.\n"
    art = parse_text(raw)
    assert art.title == "Leaders meet in Moscow."
    assert art.text == "The leaders met on Monday.\n\nThey talked for hours."


def test_captions_and_credits_are_not_body():
    raw = ("A headline\n\nThe minister spoke.\n\nSmoke rises over the city. (AP Photo/Jane Doe)\n\n"
           "A caption line.  \n**John Roe / Reuters**\n\nRelated: [Other story](#)\n\nThe end.")
    art = parse_text(raw)
    assert art.text == "The minister spoke.\n\nThe end."


def test_scraped_name_links_lose_their_glued_headlines_and_offsets_still_hold():
    """'Sen. Ann Vale Ann Marie ValeSenate passes … MORE (R-Ky.) said' (a scraped name link with related
    headlines) reads 'Sen. Ann Vale (R-Ky.) said'; a plain 'MORE' in a sentence stays."""
    raw = ("A headline\n\nSen. Ann Vale Ann Marie ValeSenate passes the bill Trump: 'It is a disaster' MORE (R-Ky.) said "
           "the vote would come soon.\n\nOur schools need MORE money, said Tom Reed.")
    art = parse_text(raw)
    assert art.text == "Sen. Ann Vale (R-Ky.) said the vote would come soon.\n\nOur schools need MORE money, said Tom Reed."
    i = art.text.index("(R-Ky.)")
    assert raw[slice(*art.offsets.span(i, i + 7))] == "(R-Ky.)"


def test_zero_width_spaces_are_dropped_and_offsets_still_hold():
    """'\u200bhe said' (a zero-width space scraped before a word) reads 'he said', so the parser sees the pronoun;
    a zero-width non-joiner, which Persian words need, stays."""
    raw = "A headline\n\n“It is done,” \u200bhe said.\u200b\n\nThe word \u0645\u06cc\u200c\u0634\u0648\u062f stays."
    art = parse_text(raw)
    assert art.text == "“It is done,” he said.\n\nThe word \u0645\u06cc\u200c\u0634\u0648\u062f stays."
    i = art.text.index("he said")
    assert raw[slice(*art.offsets.span(i, i + 7))] == "he said"


def test_lines_of_a_paragraph_are_joined_with_a_space():
    art = parse_text("Headline\n\nOne line\nand the next.")
    assert art.text == "One line and the next."
    assert art.raw[slice(*art.offsets.span(0, len(art.text)))] == "One line\nand the next."


def test_record_files_and_nested_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    recs = [{"id": "a1", "title": "T1", "text": "Body one.", "outlet": "Wire", "date": "2020-01-02"},
            {"id": "a2", "title": "T2", "text": "Body two.", "url": "https://www.reuters.com/x"}]
    (tmp_path / "sub" / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"title": "T3", "text": "Body three.", "authors": ["A", "B"]}) + "\n")
    pd.DataFrame([{"title": "T4", "text": "Body four.", "published": "4 July 2019"}]).to_csv(tmp_path / "c.csv", index=False)
    (tmp_path / "plain.txt").write_text("Headline five\n\nBody five.")
    corpus = load_corpus(tmp_path, report=False)
    arts = corpus.articles.set_index("article_id")
    assert corpus.problems.empty
    assert sorted(arts.index) == ["batch-a1", "batch-a2", "c-1", "more-1", "plain"]
    assert arts.loc["batch-a1", ["title", "outlet", "published", "text"]].tolist() == ["T1", "Wire", "2020-01-02", "Body one."]
    assert arts.loc["batch-a2", "outlet"] == "Reuters"
    assert arts.loc["more-1", "author"] == "A, B"
    assert arts.loc["c-1", "published"] == "2019-07-04"
    assert arts.loc["plain", "title"] == "Headline five"
    assert read_raw(arts.loc["batch-a2", "path"]) == "Body two."


def test_a_bad_file_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "good.txt").write_text("Headline\n\nBody.")
    (tmp_path / "bad.csv").write_text("title,body\nx,y\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n")
    corpus = load_corpus(tmp_path, report=False)
    assert list(corpus.articles.article_id) == ["good"]
    problems = dict(zip(corpus.problems.path.map(lambda p: p.split("/")[-1]), corpus.problems.problem))
    assert "no 'text' column" in problems["bad.csv"]
    assert "unsupported file type" in problems["picture.png"]
