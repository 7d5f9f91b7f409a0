"""Strip HTML markup pasted into an article's text, keeping a map back to the original.

Tags go (block tags leave a paragraph break, ``<br>`` a line break), scripts and styles go with
their content and leave nothing, and entities are decoded (``&amp;`` → ``&``) as replaced slices of the map, so
spans found in the stripped text still point at the original characters.
"""
from __future__ import annotations

import csv
import html
import re
from functools import lru_cache
from pathlib import Path

from .offsets import OffsetMap, TextBuilder

DATA = Path(__file__).parent / "data"

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_SEPARATORS = {"block": "\n\n", "line": "\n", "inline": ""}


@lru_cache(maxsize=1)
def html_tags() -> dict[str, str]:
    """Tag name → what removing it leaves (block, line, inline, drop), from ``data/html_tags.csv``."""
    with open(DATA / "html_tags.csv", encoding="utf-8") as fh:
        return {row["tag"]: row["kind"] for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _markup() -> re.Pattern:
    """Comments, dropped elements with their content, known tags and entities, in one pattern."""
    tags = html_tags()
    drop = "|".join(t for t, kind in tags.items() if kind == "drop")
    keep = "|".join(sorted((t for t, kind in tags.items() if kind != "drop"), key=len, reverse=True))
    return re.compile(
        rf"<!--.*?-->|<(?P<drop>{drop})\b[^<>]*>.*?</(?P=drop)\s*>"
        rf"|</?(?P<tag>{keep})\b(?:\s[^<>]*)?/?>|(?P<entity>{_ENTITY})",
        re.S | re.I,
    )


def strip_html(raw: str) -> tuple[str, OffsetMap, str] | None:
    """Text without HTML tags and entities, its map back to ``raw`` and a note; None if there is none."""
    if "<" not in raw and "&" not in raw:
        return None
    tags = html_tags()
    builder = TextBuilder(raw)
    pos = n_tags = n_entities = 0
    for m in _markup().finditer(raw):
        if m["entity"]:
            decoded = html.unescape(m[0])
            if decoded == m[0]:
                continue
            builder.add(pos, m.start())
            builder.replace(m.start(), m.end(), decoded)
            n_entities += 1
            pos = m.end()
            continue
        builder.add(pos, m.start())
        if m["tag"]:
            builder.sep(_SEPARATORS[tags[m["tag"].lower()]])
            n_tags += 1
        elif m["drop"]:
            n_tags += 1  # a script or style goes with its content, leaving nothing in the text
        pos = m.end()
    if not (n_tags or n_entities):
        return None
    builder.add(pos, len(raw))
    text, offsets = builder.build()
    return text, offsets, f"HTML markup removed ({n_tags} tags, {n_entities} entities decoded)"
