"""The loader on a hostile corpus (tests/hostile.py writes it): every good article loads, every
bad input is named with a one-line reason, and offsets still lead back to the original text."""
from __future__ import annotations

import errno
import html
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import corpus as corpus_module
from analysis.corpus import MAX_TEXT_CHARS, load_corpus, parse_text, read_raw
from analysis.dedupe import find_duplicates
from analysis.encoding import NotText, decode
from analysis.language import detect_language
from analysis.offsets import OffsetMap, TextBuilder
from tests.hostile import write_hostile_corpus

KEPT = {"good", "farmers", "bom", "utf16le", "utf16be", "cp1251", "latin1", "no_metadata", "bad_date",
        "huge", "russian", "persian", "html", "quotes", "records-r1", "records-r3", "unreadable"}


def _unreadable(files: dict[str, Path]):
    """Make the chmod-000 file unreadable even for root, whom permissions do not stop."""
    target = files["unreadable"]
    real = corpus_module._read_bytes

    def read(path: Path) -> bytes:
        if Path(path) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)
    return read


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The hostile corpus loaded once: (corpus, case → path, articles by id, problems by file name)."""
    root = tmp_path_factory.mktemp("hostile")
    files = write_hostile_corpus(root)
    with pytest.MonkeyPatch.context() as mp:
        if os.access(files["unreadable"], os.R_OK):  # running as root
            mp.setattr(corpus_module, "_read_bytes", _unreadable(files))
        loaded = load_corpus(root, report=False)
    arts = loaded.articles.set_index("article_id", drop=False)
    return loaded, files, arts, root


def problems_for(hostile, case: str) -> list[dict]:
    loaded, files, _, _ = hostile
    path = str(files[case])
    return [p for p in loaded.problems.to_dict("records") if p["path"].split("#")[0] == path]


def one_problem(hostile, case: str, kind: str) -> dict:
    found = [p for p in problems_for(hostile, case) if p["kind"] == kind]
    assert len(found) == 1, (case, kind, problems_for(hostile, case))
    return found[0]


def test_every_good_article_loads(hostile):
    _, _, arts, _ = hostile
    assert set(arts.index) == KEPT - {"unreadable"}


def test_every_problem_names_its_file_in_one_line(hostile):
    loaded, _, _, root = hostile
    assert list(loaded.problems.columns) == ["path", "problem", "severity", "kind"]
    for p in loaded.problems.itertuples():
        assert p.path.startswith(str(root)) and p.problem and "\n" not in p.problem
        assert p.severity in {"error", "warning"}


def test_empty_file(hostile):
    assert one_problem(hostile, "empty", "empty")["severity"] == "error"


def test_binary_file(hostile):
    p = one_problem(hostile, "binary", "binary")
    assert p["severity"] == "error" and "binary" in p["problem"]


def test_utf8_with_bom(hostile):
    art = hostile[2].loc["bom"]
    assert art.encoding == "utf-8-sig" and art.title == "Tram line reopens after floods"
    assert not problems_for(hostile, "bom")


def test_utf16_with_bom_little_and_big_endian(hostile):
    arts = hostile[2]
    assert arts.loc["utf16le", "encoding"] == "utf-16-le" and arts.loc["utf16be", "encoding"] == "utf-16-be"
    assert arts.loc["utf16le", "published"] == "2021-11-15"
    assert arts.loc["utf16be", "text"].startswith("The mountain rail line reopened on Monday")


def test_cp1251_and_latin1_are_told_apart(hostile):
    arts = hostile[2]
    assert arts.loc["cp1251", "encoding"] == "cp1251"
    assert arts.loc["cp1251", "text"].startswith("Министр иностранных дел заявил во вторник")
    assert arts.loc["latin1", "encoding"] in {"latin-1", "cp1252"}
    assert "José Müller" in arts.loc["latin1", "text"] and arts.loc["latin1", "title"].startswith("Café")
    for case in ("cp1251", "latin1"):
        assert one_problem(hostile, case, "encoding")["severity"] == "warning"
    assert read_raw(arts.loc["cp1251", "path"]).startswith("Title: Переговоры в Минске")


def test_a_file_of_only_a_header_block(hostile):
    p = one_problem(hostile, "header_only", "no-body")
    assert p["severity"] == "error" and "header" in p["problem"]


def test_no_metadata_at_all(hostile):
    art = hostile[2].loc["no_metadata"]
    assert art.text.startswith("the old mill") and art.title == art.published == ""
    assert one_problem(hostile, "no_metadata", "metadata")["severity"] == "warning"


def test_an_unparseable_date_leaves_published_empty(hostile):
    art = hostile[2].loc["bad_date"]
    assert art.published == "" and art.title == "Harbour festival draws record crowds"
    p = one_problem(hostile, "bad_date", "date")
    assert p["problem"] == "date 'the day after the storm' not understood" and p["severity"] == "warning"


def test_a_huge_article_is_kept_and_reported(hostile):
    art = hostile[2].loc["huge"]
    assert len(art.text) > MAX_TEXT_CHARS and art.text.startswith("Paragraph 0 of the report")
    p = one_problem(hostile, "huge", "size")
    assert p["severity"] == "warning" and "kept" in p["problem"]


@pytest.mark.parametrize("case, original, kind", [
    ("exact_copy", "good", "exact-duplicate"),
    ("spaced_copy", "good", "exact-duplicate"),
    ("near_copy", "near_original", "near-duplicate"),
])
def test_duplicates_are_kept_once_and_reported(hostile, case, original, kind):
    _, files, arts, _ = hostile
    p = one_problem(hostile, case, kind)
    assert p["severity"] == "error" and str(files[original]) in p["problem"]
    assert str(files[case]) not in set(arts.path) and str(files[original]) in set(arts.path)


@pytest.mark.parametrize("case, language", [("russian", "ru"), ("persian", "fa"), ("cp1251", "ru")])
def test_non_english_articles_are_kept_and_flagged(hostile, case, language):
    assert hostile[2].loc[case, "language"] == language
    p = one_problem(hostile, case, "language")
    assert p["severity"] == "warning" and f"'{language}'" in p["problem"]


def test_english_articles_are_english(hostile):
    arts = hostile[2]
    assert set(arts.language[arts.language != "en"].index) == {"russian", "persian", "cp1251"}


def test_html_markup_is_stripped_and_offsets_map_to_the_raw_markup(hostile):
    art = hostile[2].loc["html"]
    assert art.title == "Council approves new bridge & tunnel plan"
    assert not re.search(r"<|&\w+;|trackPageView", art.text)
    assert "“This is a historic day for the city,” the mayor said" in art.text
    assert "\n\nOpponents said the plan would cost too much & harm the old harbour." in art.text
    raw, om = read_raw(art.path), OffsetMap.from_json(art.offset_map)
    s = art.text.index("bridge & tunnel")
    assert raw[slice(*om.span(s, s + len("bridge & tunnel")))] == "bridge &amp; tunnel"
    s = art.text.index("“This")
    assert raw[slice(*om.span(s, s + 5))] == "&ldquo;This"
    assert "HTML markup removed" in one_problem(hostile, "html", "html")["problem"]


def test_unbalanced_and_nested_quotes_load(hostile):
    art = hostile[2].loc["quotes"]
    assert art.text.startswith("The minister said: \"We will not accept what they called 'a final offer'")
    assert art.text.endswith("said „maybe\" and left.") and not problems_for(hostile, "quotes")


def test_a_broken_jsonl_line_leaves_the_others(hostile):
    _, files, arts, _ = hostile
    assert {"records-r1", "records-r3"} <= set(arts.index)
    p = one_problem(hostile, "jsonl", "broken-record")
    assert p["path"] == f"{files['jsonl']}#2" and "line 2 is not valid JSON" in p["problem"]


def test_a_csv_without_text_column(hostile):
    p = one_problem(hostile, "csv_no_text", "no-text-column")
    assert p["problem"] == "CSV has no 'text' column (columns: title, body)"


def test_an_unreadable_file(hostile):
    p = one_problem(hostile, "unreadable", "unreadable")
    assert p["problem"] == "cannot read: permission denied" and p["severity"] == "error"


def test_symlink_loops_end(hostile):
    for case in ("symlink_loop",):
        assert "symlink loop" in one_problem(hostile, case, "symlink-loop")["problem"]
    assert one_problem(hostile, "folder_loop", "symlink-loop")["severity"] == "warning"
    assert len(hostile[0].problems) < 40  # the loop was not walked round and round


def test_every_word_maps_back_to_the_original_text(hostile):
    for art in hostile[2].itertuples():
        raw, om = read_raw(art.path), OffsetMap.from_json(art.offset_map)
        for m in re.finditer(r"[^\W_]+", art.text[:20000]):
            s, e = om.span(m.start(), m.end())
            assert _is_subsequence(m.group(), html.unescape(raw[s:e])), (art.article_id, m.group(), raw[s:e])


def test_problems_go_to_stderr(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Headline\n\nThe leaders met on Monday and talked for hours.")
    (tmp_path / "empty.txt").write_bytes(b"")
    load_corpus(tmp_path)
    assert capsys.readouterr().err == f"corpus: error: {tmp_path / 'empty.txt'}: empty file (0 bytes)\n"


def test_read_errors_name_the_reason(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Headline\n\nBody.")
    monkeypatch.setattr(corpus_module, "_read_bytes", lambda p: (_ for _ in ()).throw(
        PermissionError(errno.EACCES, "Permission denied", str(p))))
    problems = load_corpus(tmp_path, report=False).problems
    assert problems.to_dict("records") == [
        {"path": str(path), "problem": "cannot read: permission denied", "severity": "error", "kind": "unreadable"}]


# ---------------------------------------------------------------- units

@pytest.mark.parametrize("text, codec, name", [
    ("Президент заявил, что переговоры продолжатся.", "cp1251", "cp1251"),
    ("Президент заявил, что переговоры продолжатся.", "koi8-r", "koi8-r"),
    ("Le président a déclaré à la presse « ça suffit ».", "latin-1", "latin-1"),
    ("He said “enough” – and left…", "cp1252", "cp1252"),
    ("Plain words only.", "utf-16-le", "utf-16-le (no BOM)"),
    ("Plain words only.", "utf-16-be", "utf-16-be (no BOM)"),
    ("Mixed: naïve café “quotes”.", "utf-8", "utf-8"),
])
def test_decode_guesses_the_encoding(text, codec, name):
    assert decode(text.encode(codec)) == (text, name)


def test_decode_rejects_binary():
    with pytest.raises(NotText):
        decode(bytes(range(256)) * 4)
    with pytest.raises(NotText):
        decode(b"\x7fELF\x02\x01\x01" + b"\x01\x02\x03\x04\x05\x06" * 50)


@pytest.mark.parametrize("text, language", [
    ("The government said on Monday that the talks would resume next week in Vienna, officials told reporters.", "en"),
    ("Переговоры продолжатся на следующей неделе, заявил министр.", "ru"),
    ("Переговори продовжаться наступного тижня, заявив міністр.", "uk"),
    ("وزیر گفت که گفتگوها هفته آینده ادامه پیدا می‌کند.", "fa"),
    ("قال الوزير إن المحادثات ستستمر الأسبوع المقبل.", "ar"),
    ("Le ministre a déclaré que les négociations avec la Russie se poursuivront la semaine prochaine à Paris.", "fr"),
    ("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore", "unknown"),
    ("Body one.", "en"),  # too short to judge: taken as English
    ("1234 5678", "unknown"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_find_duplicates_is_by_text_not_layout():
    base = ("The talks resumed on Monday. Officials said progress was slow. The minister spoke to reporters. "
            "He said a deal was near. Critics were not convinced. More talks are planned next week.")
    texts = [base, "Something else entirely, with enough words to count.", base.replace(". ", ".\n\n"),
             base.replace("slow", "very slow"), base.replace("Monday", "Tuesday").replace("near", "far")]
    assert find_duplicates(texts) == [(2, 0, "exact"), (3, 0, "near")]


def test_replaced_slices_map_to_the_whole_entity():
    raw = "AT&amp;T said"
    b = TextBuilder(raw)
    b.add(0, 2)
    b.replace(2, 7, "&")
    b.add(7, 13)
    text, om = b.build()
    assert text == "AT&T said"
    assert om.span(0, 4) == (0, 8) and om.span(2, 3) == (2, 7) and om.span(5, 9) == (9, 13)
    assert OffsetMap.from_json(om.to_json()).segments == om.segments


# ---------------------------------------------------------------- properties

WORDS = st.text(st.characters(categories=["Lu", "Ll", "Nd", "Lo"]), min_size=1, max_size=8)
PIECES = st.one_of(
    WORDS, WORDS, WORDS,
    st.sampled_from([" ", " ", "\n", "\n\n", "\u00a0", "\t"]),
    st.sampled_from(['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›"]),
    st.sampled_from(["**", "*", "_", "__", "# ", "## ", "[link](http://x.org)", "![img](a.png)",
                     "<https://x.org>", "By ", "Title: ", "Date: ", "Photo: ", "Related: "]),
    st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", "&amp;", "&quot;", "&eacute;", "&#39;",
                     "<script>x()</script>", "<!-- c -->", "&bogus;", "<", ">", "&"]),
    st.sampled_from([".", ",", ";", ":", "!", "?", "—", "–", "…", "(", ")", "[", "]"]),
)
ARTICLES = st.lists(PIECES, max_size=80).map("".join)
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _is_subsequence(word: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in word)


def _check_offsets(text: str, raw: str, om: OffsetMap) -> None:
    """Every segment copies or decodes its raw slice; every word maps onto its own characters."""
    for seg in om.segments:
        c, r, n = seg[:3]
        assert 0 <= r and r + (seg[3] if len(seg) > 3 else n) <= len(raw)
        if len(seg) == 3:
            assert text[c:c + n] == corpus_module._SPACES.sub(" ", raw[r:r + n])
        else:
            assert text[c:c + n] == html.unescape(raw[r:r + seg[3]])
    for m in re.finditer(r"[^\W_]+", text):
        s, e = om.span(m.start(), m.end())
        assert 0 <= s <= e <= len(raw)
        span = raw[s:e]
        if not re.search(r"[*_\[\]()<>&#!]", span):
            assert span == m.group()
        assert _is_subsequence(m.group(), html.unescape(span))


@PROPERTY
@given(ARTICLES, st.booleans())
def test_parse_text_never_raises_and_offsets_hold(raw, front_matter):
    art = parse_text(raw, front_matter=front_matter)
    _check_offsets(art.text, raw, art.offsets)


@PROPERTY
@given(st.text(max_size=300))
def test_parse_text_on_any_text(raw):
    art = parse_text(raw)
    _check_offsets(art.text, raw, art.offsets)


@PROPERTY
@given(ARTICLES, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"]),
       st.sampled_from([".txt", ".md", ".jsonl", ".csv"]))
def test_load_corpus_never_raises_and_offsets_hold(text, codec, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        if suffix == ".jsonl":
            import json
            path.write_text(json.dumps({"title": "T", "text": text}) + "\n{broken\n", encoding="utf-8")
        elif suffix == ".csv":
            import pandas as pd
            pd.DataFrame([{"title": "T", "text": text}]).to_csv(path, index=False)
        else:
            try:
                path.write_bytes(text.encode(codec))
            except UnicodeEncodeError:
                path.write_bytes(text.encode(codec, errors="replace"))
        loaded = load_corpus(tmp, report=False)
        assert set(loaded.problems.severity) <= {"error", "warning"}
        for art in loaded.articles.itertuples():
            _check_offsets(art.text, read_raw(art.path), OffsetMap.from_json(art.offset_map))
