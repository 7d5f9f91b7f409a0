"""Issue 6, memory: the corpus streams through the loader, copies found from digests and sentence
hashes. Texts written for the tests."""
import pandas as pd

from analysis.corpus import iter_articles, load_corpus, problem_table
from analysis.dedupe import Duplicates

STORY = ("Foreign Minister Anna Petrova said on Monday that the talks in Geneva had been useful. "
         "Petrova told reporters that both delegations would meet again in April. "
         "The Russian diplomat added that trade was not on the agenda this time. "
         "Critics in Moscow said the meeting changed nothing at all. "
         "Officials in Tehran declined to comment on the talks. "
         "The next round is expected to last two full days.")


# ---------------------------------------------------------------- the loader

def test_the_streaming_loader_drops_an_exact_and_a_near_copy_with_their_problem_rows(tmp_path):
    (tmp_path / "a.txt").write_text(f"Talks in Geneva\n\n{STORY}\n", encoding="utf-8")
    relaid = STORY.replace(". ", ".\n\n")  # the same text in another layout: an exact copy
    (tmp_path / "b.txt").write_text(f"Talks in Geneva\n\n{relaid}\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"Talks\n\n{STORY.replace('April', 'May')}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Other news\n\nThe weather in Riga was fine on Tuesday, said nobody.\n", encoding="utf-8")
    problems: list[dict] = []
    stream = iter_articles(tmp_path, problems)
    first = next(stream)
    assert first["article_id"] == "a" and problems == []  # rows come one at a time, as read
    rows = [first, *stream]
    assert [r["article_id"] for r in rows] == ["a", "d"]
    table = problem_table(problems, report=False)
    assert table[["kind", "severity"]].values.tolist() == [["exact-duplicate", "error"], ["near-duplicate", "error"]]
    assert table["path"].str.endswith(("b.txt", "c.txt")).all()
    assert table["problem"].str.contains(f"duplicate of {tmp_path / 'a.txt'} \\(kept there\\)").all()
    corpus = load_corpus(tmp_path, report=False)  # the whole-corpus loader is the same stream, collected
    pd.testing.assert_frame_equal(corpus.articles, pd.DataFrame(rows, columns=corpus.articles.columns))
    pd.testing.assert_frame_equal(corpus.problems, table)


def test_duplicates_keep_digests_and_sentence_hashes_not_texts():
    seen = Duplicates()
    assert seen.check(STORY, "a") is None
    assert seen.check(STORY.replace(". ", ".  "), "b") == ("a", "exact")
    assert seen.check(STORY.replace("Monday", "Friday"), "c") == ("a", "near")
    assert seen.check("Short and new.", "d") is None
    assert all(isinstance(k, bytes) and len(k) == 16 for k in seen.exact)
    assert not any(isinstance(x, str) and len(x) > 1 for sketch, _ in seen.sketches for x in sketch)
