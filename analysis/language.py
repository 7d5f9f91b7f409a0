"""Guess an article's language from its script and, for Latin script, from common words.

A heuristic, not a model: the letters' script names the language outside the Latin alphabet
(with marker letters telling Persian from Arabic, Ukrainian from Russian); Latin-script text
is English when enough of its words are English stopwords, else the language whose stopwords
it uses most, else ``unknown``. Too short a Latin text to judge is taken as English.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

SAMPLE_CHARS = 1500
MIN_WORDS = 12  # fewer Latin-script words than this: too short to judge, taken as English
MIN_STOPWORD_SHARE = 0.12  # share of words that are stopwords for a language to be named

_NOT_ASCII_LETTERS = re.compile(r"[^A-Za-z]+")
_ASCII = re.compile(r"[\x00-\x7f]+")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _scripts() -> tuple[list[int], list[tuple[int, str, str]]]:
    """Sorted range starts and ``(last, script, language)`` rows from ``data/scripts.csv``."""
    with open(DATA / "scripts.csv", encoding="utf-8") as fh:
        rows = sorted((int(r["first"], 16), int(r["last"], 16), r["script"], r["language"])
                      for r in csv.DictReader(fh))
    return [r[0] for r in rows], [r[1:] for r in rows]


@lru_cache(maxsize=1)
def _markers() -> list[tuple[str, str, frozenset[str]]]:
    """``(script, language, letters)`` from ``data/language_markers.csv``: letters only that language uses."""
    with open(DATA / "language_markers.csv", encoding="utf-8") as fh:
        return [(r["script"], r["language"], frozenset(r["letters"])) for r in csv.DictReader(fh)]


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Language → its most common words, from ``data/stopwords.csv``."""
    out: dict[str, set[str]] = {}
    with open(DATA / "stopwords.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["language"], set()).add(r["word"])
    return {lang: frozenset(ws) for lang, ws in out.items()}


def script_of(ch: str) -> tuple[str, str]:
    """``(script, language)`` of a letter; ``("", "")`` when the tables do not know it."""
    starts, rows = _scripts()
    k = bisect.bisect_right(starts, ord(ch)) - 1
    if k >= 0 and ord(ch) <= rows[k][0]:
        return rows[k][1], rows[k][2]
    return "", ""


def detect_language(text: str) -> str:
    """ISO 639-1 code (``en``, ``ru``, ``fa``…) of the text's language, or ``unknown``."""
    sample = text[:SAMPLE_CHARS]
    rest = _ASCII.sub("", sample)
    if len(rest) * 5 < len(sample):  # four fifths ASCII: Latin script, no need to count
        return _latin_language(sample)
    counts = Counter({"latin": len(_NOT_ASCII_LETTERS.sub("", sample))})
    language: dict[str, str] = {}
    others = [c for c in rest if c.isalpha()]
    for ch in others:
        script, lang = script_of(ch)
        if script:
            counts[script] += 1
            language[script] = lang
    script, n = counts.most_common(1)[0]
    if n == 0:
        return "unknown"
    if script != "latin":
        letters = set(others)
        for marker_script, lang, marks in _markers():
            if marker_script == script and letters & marks:
                return lang
        return language[script] or "unknown"
    return _latin_language(sample)


def _latin_language(sample: str) -> str:
    """English, another language by its stopwords, or ``unknown``, for Latin-script text."""
    words = sample.lower().split()
    if not _LETTER.search(sample):
        return "unknown"
    if len(words) < MIN_WORDS:
        return "en"
    lists = stopwords()
    english = sum(map(lists["en"].__contains__, words)) / len(words)
    if english >= 2 * MIN_STOPWORD_SHARE:
        return "en"
    counts = Counter(words)
    shares = {lang: sum(counts[w] for w in counts.keys() & ws) / len(words) for lang, ws in lists.items()}
    best = max(shares, key=shares.get)
    if best == "en" and shares[best] >= MIN_STOPWORD_SHARE * 0.75:
        return "en"  # name-heavy news prose: few function words, but English ones
    return best if shares[best] >= MIN_STOPWORD_SHARE else "unknown"
