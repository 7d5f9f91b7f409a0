"""Issue 6, memory: the corpus streams through the extraction (loader, articles table, linking from
distinct identities) and spaCy parses each batch in a memory zone. Texts written for the tests."""
import json
import random

import pandas as pd
import pytest

from analysis import articles as articles_mod
from analysis import extraction, pipeline
from analysis.corpus import iter_articles, load_corpus, problem_table
from analysis.dedupe import Duplicates
from analysis.entities import VALUE_LABELS, article_mentions
from analysis.extraction import RAW_MENTION_COLUMNS
from analysis.linking import Identities, articles_per_entity, link, link_corpus
from analysis.nlp import DEFAULT_MODEL, load

STORY = ("Foreign Minister Anna Petrova said on Monday that the talks in Geneva had been useful. "
         "Petrova told reporters that both delegations would meet again in April. "
         "The Russian diplomat added that trade was not on the agenda this time. "
         "Critics in Moscow said the meeting changed nothing at all. "
         "Officials in Tehran declined to comment on the talks. "
         "The next round is expected to last two full days.")


@pytest.fixture(scope="module")
def nlp():
    return load(DEFAULT_MODEL)  # the pipeline the extraction itself uses


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


def test_the_articles_table_is_written_and_read_back_a_row_group_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(articles_mod, "ROW_GROUP_ARTICLES", 2)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "wire.jsonl", "w", encoding="utf-8") as fh:
        for i in range(5):
            fh.write(json.dumps({"id": f"n{i}", "title": f"Item {i}", "text": f"Story number {i} about Geneva."}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    ids, problems = articles_mod.write_articles(corpus, out)
    whole = load_corpus(corpus, report=False).articles
    assert ids == list(whole["article_id"]) and problems.empty
    import pyarrow.parquet as pq

    assert pq.read_metadata(out / "articles.parquet").num_row_groups == 3
    pd.testing.assert_frame_equal(pd.read_parquet(out / "articles.parquet"), whole)
    stored = articles_mod.StoredArticles(out / "articles.parquet", ["article_id", "text"], rows=[3, 0])
    assert len(stored) == 2
    assert list(stored) == whole[["article_id", "text"]].iloc[[0, 3]].to_dict("records")
    assert list(stored) == list(stored)  # iterable again


# ---------------------------------------------------------------- linking from distinct identities

ARTICLES = [
    "Nikolai Petrenko, an economist at the Baltic Institute, spoke in Riga on Monday. Petrenko met students in Tehran.",
    "Nikolay Petrenko spoke at a conference in Baku. The Caspian Institute of Maritime Law (CIML) hosted it.",
    "On Friday, Nikolai Petrenko said he would return to Moscow. Analysts at CIML expect more trade with Iran.",
    "Russian Foreign Minister Pavel Orlov met Iranian President Darius Karimi in Tehran on Monday. "
    "The Iranian leader thanked his guest. Karim Nassar spoke first. MGIMO's Karim Nassar then warned.",
]


@pytest.fixture(scope="module")
def raw_mentions(nlp):
    rows = []
    for k, doc in enumerate(nlp.pipe(ARTICLES)):
        for m in article_mentions(doc):
            rows.append({"article_id": f"a{k}", "text": m.text, "label": m.label, "start": m.start, "end": m.end,
                         "sentence": "", "sentence_id": m.sentence_id, "text_start": m.start, "text_end": m.end,
                         "key": m.key, "name": m.name, "descriptions": "|".join(m.descriptions)})
    return pd.DataFrame(rows, columns=RAW_MENTION_COLUMNS)


def test_linking_reads_the_distinct_identities_not_every_mention(raw_mentions):
    mentions, entities, keymap = link_corpus(raw_mentions)
    petrenko = entities[entities["name"] == "Nikolai Petrenko"].iloc[0]
    assert petrenko["n_articles"] == 3 and petrenko["description"] == "an economist at the Baltic Institute"
    assert "Nikolay Petrenko" in petrenko["aliases"].split("|")
    # Every mention written three times over: the same entities, each with three times the mentions.
    tripled = pd.concat([raw_mentions] * 3).sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
    identities = Identities()
    identities.add(0, tripled.to_dict("records"))
    assert len(identities.seen) < len(raw_mentions)  # fewer identities than mentions, let alone their copies
    _, again, _ = link_corpus(tripled)
    pd.testing.assert_frame_equal(again.drop(columns="n_mentions"), entities.drop(columns="n_mentions"))
    assert (again["n_mentions"] == 3 * entities["n_mentions"]).all()


def test_identities_gathered_in_any_order_of_articles_link_as_in_table_order(raw_mentions):
    """Articles arrive in completion order; each identity keeps its earliest place, so the first
    name, label and description seen are those of the tables' order (a bug caught at scale)."""
    mentions, entities, keymap = link_corpus(raw_mentions)
    raw_mentions = raw_mentions[~raw_mentions["label"].isin(VALUE_LABELS)]  # (the extraction leaves values out)
    ids = sorted(raw_mentions["article_id"].unique())
    for seed in range(3):
        identities = Identities()
        arrival = ids[:]
        random.Random(seed).shuffle(arrival)
        for aid in arrival:
            rank = ids.index(aid)
            identities.add(rank << 32, raw_mentions[raw_mentions["article_id"] == aid].to_dict("records"))
        links = link(identities)
        linked = links.assign(raw_mentions).sort_values(["article_id", "start", "end"], kind="stable")
        assert linked[["entity_id", "label"]].values.tolist() == mentions[["entity_id", "label"]].values.tolist()
        pd.testing.assert_frame_equal(links.entity_table(articles_per_entity(mentions)), entities)
        assert links.keymap(raw_mentions) == keymap


# ---------------------------------------------------------------- spaCy memory zones

INVENTED = ["Zorblaxian envoy Quintavius Mephrandel met Vostrakine delegates in Glimmerhaven on Monday.",
            "The Plorvanian premier Ottoline Skeggwater said the Trebnitz accord was dead, analysts said."]


def _records(texts, prefix):
    return [{"article_id": f"{prefix}{i}", "text": t, "offset_map": json.dumps([[0, 0, len(t)]])}
            for i, t in enumerate(texts)]


def test_a_memory_zone_leaves_the_vocabulary_as_it_was_after_each_batch(nlp):
    list(extraction.analyse(_records([STORY], "warm")))  # load and build what the pipeline builds once
    strings = len(nlp.vocab.strings)
    for batch in (INVENTED[:1], INVENTED[1:]):
        results = dict(extraction.analyse(_records(batch, "x"), batch_size=1))
        assert results and all(r["mentions"] for r in results.values())
        assert len(nlp.vocab.strings) == strings
        assert "Mephrandel" not in nlp.vocab.strings and "Skeggwater" not in nlp.vocab.strings


def test_rules_and_the_gazetteer_still_work_after_a_zone_has_ended(nlp):
    text = ("Iranian President Darius Karimi arrived in Moscow. The Iranian leader met officials of the "
            "Eurasian Economic Union (EAEU). \u201cWe will meet again,\u201d Karimi told reporters.")
    first = dict(extraction.analyse(_records([text], "a")))
    for _ in range(2):  # other texts in zones of their own, then the same text again
        list(extraction.analyse(_records(INVENTED, "x")))
        again = dict(extraction.analyse(_records([text], "a")))
        assert again == first
    rows = first["a0"]
    keys = {m["text"]: m["key"] for m in rows["mentions"]}
    assert keys["the Eurasian Economic Union"] == keys["EAEU"] == "gaz:eaeu"  # the gazetteer ruler
    assert keys["The Iranian leader"] == keys["Darius Karimi"] == "PERSON:darius karimi"  # the title matcher
    assert [c["speaker_key"] for c in rows["claims"]] == [keys["Karimi"]]  # the cue rules


def test_batches_are_bounded_by_texts_and_characters():
    items = [("x" * n, i) for i, n in enumerate([10, 10, 10, 50, 5, 5, 5, 5])]
    got = [[i for _, i in b] for b in extraction.batches(items, size=3, chars=25)]
    assert got == [[0, 1], [2], [3], [4, 5, 6], [7]]  # 30 characters is over; 50 goes alone
    assert [i for b in extraction.batches(items, 3, 25) for _, i in b] == list(range(len(items)))


def test_rows_do_not_depend_on_how_texts_are_batched(seeds, monkeypatch):
    """Batches bounded by characters, not only by count: the rows are those of any other batching."""
    articles = seeds.reset_index(drop=True)
    whole = dict(extraction.analyse(articles, batch_size=32))
    monkeypatch.setattr(extraction, "BATCH_CHARS", 1)  # every text a batch of its own
    assert dict(extraction.analyse(articles, batch_size=32)) == whole


def test_extract_returns_tables_that_do_not_hold_the_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Talks in Geneva\n\n{STORY}\n", encoding="utf-8")
    tables = pipeline.extract(corpus, tmp_path / "out")
    assert "articles" not in tables.loaded and tables.n_rows("articles") == 1
    assert tables.column("articles", "n_words").tolist() == [len(STORY.split())]
    pd.testing.assert_frame_equal(tables["articles"], load_corpus(corpus, report=False).articles)
    assert not [p for p in (tmp_path / "out" / "tables").iterdir() if p.name.startswith(".")]
