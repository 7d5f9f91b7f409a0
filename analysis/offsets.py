"""Map character offsets in a cleaned body back to the original file's text.

The loader builds the cleaned body from verbatim slices of the original text plus a few
inserted separators; an :class:`OffsetMap` remembers where each slice came from so every span
found later (mention, quote, cue) can be reported as offsets into the file a reader can open.
A replaced slice (an HTML entity decoded: ``&amp;`` → ``&``) is a segment with a fourth number,
its length in the original; any span touching it maps to the whole original slice.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field


@dataclass
class TextBuilder:
    """Accumulates the cleaned text from raw slices and separators, recording the offset map."""

    raw: str
    parts: list[str] = field(default_factory=list)
    segments: list[tuple[int, ...]] = field(default_factory=list)  # (clean, raw, length[, raw_length])
    length: int = 0

    def add(self, raw_start: int, raw_end: int) -> None:
        """Append ``raw[raw_start:raw_end]`` verbatim."""
        if raw_end <= raw_start:
            return
        last = self.segments[-1] if self.segments else None
        if last and len(last) == 3 and last[0] + last[2] == self.length and last[1] + last[2] == raw_start:
            self.segments[-1] = (last[0], last[1], last[2] + raw_end - raw_start)
        else:
            self.segments.append((self.length, raw_start, raw_end - raw_start))
        self.parts.append(self.raw[raw_start:raw_end])
        self.length += raw_end - raw_start

    def replace(self, raw_start: int, raw_end: int, text: str) -> None:
        """Append ``text`` standing for ``raw[raw_start:raw_end]`` (a decoded entity), mapped as a whole."""
        if not text:
            return
        self.segments.append((self.length, raw_start, len(text), raw_end - raw_start))
        self.parts.append(text)
        self.length += len(text)

    def sep(self, text: str) -> None:
        """Append text that is not in the original (a paragraph break, a joining space)."""
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> tuple[str, "OffsetMap"]:
        return "".join(self.parts), OffsetMap(self.segments)


def _raw_length(seg: tuple[int, ...]) -> int:
    return seg[3] if len(seg) > 3 else seg[2]


class OffsetMap:
    """Segments ``(clean_start, raw_start, length[, raw_length])``, sorted by ``clean_start``."""

    def __init__(self, segments: list[tuple[int, ...]] | list[list[int]]):
        self.segments = [tuple(s) for s in segments]
        self._starts = [s[0] for s in self.segments]

    def _locate(self, i: int) -> tuple[int, int | None]:
        """Segment index at or before clean offset ``i``, and the raw offset if ``i`` is inside it."""
        k = bisect.bisect_right(self._starts, i) - 1
        if k >= 0:
            c, r, n = self.segments[k][:3]
            if i < c + n:
                return k, r + (i - c if len(self.segments[k]) == 3 else 0)
        return k, None

    def start(self, i: int) -> int:
        """Raw offset of the character at clean offset ``i`` (a separator snaps forward)."""
        if not self.segments:
            return i
        k, raw = self._locate(i)
        if raw is not None:
            return raw
        if k + 1 < len(self.segments):
            return self.segments[k + 1][1]
        return self.segments[-1][1] + _raw_length(self.segments[-1])

    def end(self, i: int) -> int:
        """Raw exclusive end for a clean exclusive end ``i`` (a separator snaps back)."""
        if not self.segments:
            return i
        k, raw = self._locate(i - 1)
        if raw is not None:
            seg = self.segments[k]
            return raw + 1 if len(seg) == 3 else seg[1] + seg[3]
        if k >= 0:
            return self.segments[k][1] + _raw_length(self.segments[k])
        return self.segments[0][1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` for the cleaned span ``[start, end)``."""
        if end <= start:
            s = self.start(start)
            return s, s
        return self.start(start), self.end(end)

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """This map (clean → middle text) followed by ``inner`` (middle → raw): clean → raw."""
        out: list[tuple[int, ...]] = []
        for seg in self.segments:
            c, m, n = seg[:3]
            if len(seg) > 3:
                out.append((c, inner.start(m), n, inner.end(m + seg[3]) - inner.start(m)))
                continue
            k = max(bisect.bisect_right(inner._starts, m) - 1, 0)
            while k < len(inner.segments) and inner.segments[k][0] < m + n:
                ic, ir, il = inner.segments[k][:3]
                s, e = max(m, ic), min(m + n, ic + il)
                if e > s:
                    if len(inner.segments[k]) > 3:
                        out.append((c + s - m, ir, e - s, inner.segments[k][3]))
                    elif out and len(out[-1]) == 3 and out[-1][0] + out[-1][2] == c + s - m \
                            and out[-1][1] + out[-1][2] == ir + s - ic:
                        out[-1] = (out[-1][0], out[-1][1], out[-1][2] + e - s)
                    else:
                        out.append((c + s - m, ir + s - ic, e - s))
                k += 1
        return OffsetMap(out)

    def to_json(self) -> str:
        return json.dumps([list(s) for s in self.segments], separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "OffsetMap":
        return cls(json.loads(text) if text else [])
