"""Property tests: the claim extractor on generated text with random quote marks, paragraph
breaks and unicode never raises, keeps every offset valid and does not depend on article order."""
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.claims import extract_claims

QUOTES = ['"', "“", "”", "‘", "’", "«", "»", "''", "'"]
WORDS = ["Anna Field", "said", "warned", "that", "the", "talks", "would", "fail", "he", "told", "reporters",
         "according", "to", "officials", ",", ".", ":", "Iran", "Россия", "ایران", "é", "—", "experts", "believe"]
QUOTE_OPENERS = tuple(q[0] for q in QUOTES)

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(QUOTES), st.text(min_size=1, max_size=4))
paragraph = st.lists(token, min_size=1, max_size=25).map(" ".join)
article = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


@pytest.fixture(scope="module")
def nlp():
    from analysis.nlp import load

    return load()


def check(doc):
    text = doc.text
    for c in extract_claims(doc):
        assert 0 <= c["start"] <= c["end"] <= len(text)
        assert text[c["start"]:c["end"]] == c["text"]
        for part in ("speaker", "cue", "antecedent"):
            s, e = c[f"{part}_start"], c[f"{part}_end"]
            assert (s, e) == (-1, -1) or 0 <= s <= e <= len(text), (part, s, e)
        if c["speaker_start"] >= 0:
            assert text[c["speaker_start"]:c["speaker_end"]] == c["speaker_text"]
        # content crosses a paragraph break only as a multi-paragraph quote
        for piece in re.split(r"\n\s*\n", c["text"])[1:]:
            assert piece.lstrip().startswith(QUOTE_OPENERS) or c["kind"] == "continuation", c


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(article)
def test_never_raises_and_offsets_are_valid(nlp, text):
    check(nlp(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(article, min_size=2, max_size=4))
def test_output_does_not_depend_on_article_order(nlp, texts):
    forward = [extract_claims(d) for d in nlp.pipe(texts)]
    backward = [extract_claims(d) for d in nlp.pipe(texts[::-1])][::-1]
    assert forward == backward
