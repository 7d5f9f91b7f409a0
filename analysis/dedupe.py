"""Find articles that are copies of an earlier one, exactly or nearly, in one pass.

Exact copies share their text up to whitespace. Near copies (a word changed, a sentence added)
share most sentences: each article's sentences are hashed, the few smallest hashes index it
(a min-hash sketch), and only articles meeting in an index bucket are compared, so the work
grows with the number of articles, not with its square. Only digests and sentence hashes are
kept, never the texts, so a corpus can be checked as it streams by.
"""
from __future__ import annotations

import hashlib
import zlib
from array import array
from collections.abc import Hashable, Sequence

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


def _digest(normal: str) -> bytes:
    """A 128-bit digest of a normalised text: equal digests are equal texts (collisions aside)."""
    return hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Duplicates:
    """Texts seen so far, one at a time: :meth:`check` names the earlier text a new one copies,
    or remembers the new one (by its digest and sentence hashes, in compact arrays)."""

    def __init__(self) -> None:
        self.exact: dict[bytes, Hashable] = {}
        self.buckets: dict[int, list[int]] = {}
        self.sketches: list[tuple[array, Hashable]] = []

    def check(self, text: str, label: Hashable) -> tuple[Hashable, str] | None:
        """``(label of the original, "exact" | "near")`` if ``text`` copies a text seen before,
        else None (and ``text`` is remembered under ``label``)."""
        normal = _normal(text)
        digest = _digest(normal)
        if digest in self.exact:
            return self.exact[digest], "exact"
        self.exact[digest] = label
        sentences = _sentences(normal)
        if len(sentences) < MIN_SENTENCES:
            return None
        keys = sorted(sentences)[:SKETCH]
        j = self._near_match(sentences, keys)
        if j is not None:
            return self.sketches[j][1], "near"
        self.sketches.append((array("I", sorted(sentences)), label))
        for k in keys:
            bucket = self.buckets.setdefault(k, [])
            if len(bucket) < BUCKET_LIMIT:
                bucket.append(len(self.sketches) - 1)
        return None

    def _near_match(self, sentences: frozenset[int], keys: list[int]) -> int | None:
        """The first indexed text sharing ``NEAR_SHARE`` of its sentences with these, if any."""
        tried = set()
        for k in keys:
            for j in self.buckets.get(k, ()):
                if j in tried:
                    continue
                tried.add(j)
                other = self.sketches[j][0]
                shared = sum(1 for s in other if s in sentences)
                if shared >= NEAR_SHARE * max(len(sentences), len(other)):
                    return j
        return None


def find_duplicates(texts: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(copy, original, "exact" | "near")`` for every text that repeats an earlier kept one."""
    seen = Duplicates()
    found = []
    for i, text in enumerate(texts):
        copy = seen.check(text, i)
        if copy is not None:
            found.append((i, copy[0], copy[1]))
    return found
