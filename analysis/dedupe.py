"""Find articles that are copies of an earlier one, exactly or nearly, in one pass.

Exact copies share their text up to whitespace. Near copies (a word changed, a sentence added)
share most sentences: each article's sentences are hashed, the few smallest hashes index it
(a min-hash sketch), and only articles meeting in an index bucket are compared, so the work
grows with the number of articles, not with its square.
"""
from __future__ import annotations

import zlib
from collections.abc import Sequence

NEAR_SHARE = 0.8  # sentences two articles must share (of the longer one's) to be near copies
MIN_SENTENCES = 4  # fewer sentences than this: too little to call a near copy
SKETCH = 3  # smallest sentence hashes that index an article
BUCKET_LIMIT = 50  # articles one index entry holds; boilerplate sentences stop growing there


def _sentences(normal: str) -> frozenset[int]:
    """Stable hashes (CRC-32, the same every run) of the sentences of four or more words."""
    text = normal.lower().replace("? ", ". ").replace("! ", ". ")
    return frozenset(zlib.crc32(s.encode()) for s in text.split(". ") if s.count(" ") >= 3)


def _normal(text: str) -> str:
    """The text with every run of whitespace made one space: copies differing in layout match."""
    return " ".join(text.split())


def find_duplicates(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(copy, original, "exact" | "near")`` for every text that repeats an earlier kept one."""
    exact: dict[int, int] = {}
    buckets: dict[int, list[int]] = {}
    sketches: dict[int, frozenset[int]] = {}
    found: list[tuple[int, int, str]] = []
    for i, text in enumerate(texts):
        normal = _normal(text)
        key = hash(normal)
        j = exact.get(key)
        if j is not None and _normal(texts[j]) == normal:
            found.append((i, j, "exact"))
            continue
        exact.setdefault(key, i)
        sentences = _sentences(normal)
        if len(sentences) < MIN_SENTENCES:
            continue
        keys = sorted(sentences)[:SKETCH]
        j = _near_match(sentences, keys, buckets, sketches)
        if j is not None:
            found.append((i, j, "near"))
            continue
        sketches[i] = sentences
        for k in keys:
            bucket = buckets.setdefault(k, [])
            if len(bucket) < BUCKET_LIMIT:
                bucket.append(i)
    return found


def _near_match(sentences: frozenset[int], keys: list[int], buckets: dict[int, list[int]],
                sketches: dict[int, frozenset[int]]) -> int | None:
    """The first indexed article sharing ``NEAR_SHARE`` of its sentences with these, if any."""
    tried = set()
    for k in keys:
        for j in buckets.get(k, ()):
            if j in tried:
                continue
            tried.add(j)
            other = sketches[j]
            if len(sentences & other) >= NEAR_SHARE * max(len(sentences), len(other)):
                return j
    return None
