"""Issue 6, memory: copies of an article are found from digests and sentence hashes. Texts written for the tests."""
from analysis.dedupe import Duplicates

STORY = ("Foreign Minister Anna Petrova said on Monday that the talks in Geneva had been useful. "
         "Petrova told reporters that both delegations would meet again in April. "
         "The Russian diplomat added that trade was not on the agenda this time. "
         "Critics in Moscow said the meeting changed nothing at all. "
         "Officials in Tehran declined to comment on the talks. "
         "The next round is expected to last two full days.")


def test_duplicates_keep_digests_and_sentence_hashes_not_texts():
    seen = Duplicates()
    assert seen.check(STORY, "a") is None
    assert seen.check(STORY.replace(". ", ".  "), "b") == ("a", "exact")
    assert seen.check(STORY.replace("Monday", "Friday"), "c") == ("a", "near")
    assert seen.check("Short and new.", "d") is None
    assert all(isinstance(k, bytes) and len(k) == 16 for k in seen.exact)
    assert not any(isinstance(x, str) and len(x) > 1 for sketch, _ in seen.sketches for x in sketch)
