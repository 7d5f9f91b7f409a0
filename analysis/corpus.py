"""Load a folder of news articles into one tidy row per article.

Formats are recognised by general rules, not per file: a ``Key: value`` header block, a
markdown-ish page (``# title``, ``By …`` byline, a date line, an ``Original url:`` block), a
plain file whose first line is the headline, and record files (``.jsonl``, ``.jsonl.gz``,
``.csv``) with one article per row. Each article keeps the map from its cleaned body back to
the original text (``offset_map``), so later spans can be reported as offsets into the file.

A file that cannot be read becomes a row of the ``problems`` table (path, reason, severity
``error``); the rest of the corpus still loads. What is loaded but worth a reader's attention
(a guessed encoding, a language other than English, HTML pasted as text, a date not understood,
a huge article, no metadata) is kept and listed there too, as a ``warning``. Copies of an
article already loaded, exact or near, are dropped and listed as errors naming the original.
"""
from __future__ import annotations

import csv
import errno
import gzip
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from .dedupe import Duplicates
from .encoding import GUESSED, NotText, decode
from .language import detect_language
from .markup import strip_html
from .offsets import OffsetMap, TextBuilder

DATA = Path(__file__).parent / "data"

ARTICLE_COLUMNS = [
    "article_id", "path", "title", "author", "outlet", "published", "url",
    "text", "n_words", "sha256", "format", "encoding", "language", "offset_map",
]
PROBLEM_COLUMNS = ["path", "problem", "severity", "kind"]
MAX_TEXT_CHARS = 2_000_000  # a cleaned body longer than this is kept but reported as suspect

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
RECORD_SUFFIXES = {".jsonl", ".jsonl.gz", ".csv"}

# Header keys (lower-cased) → article field.
HEADER_KEYS = {
    "title": "title", "headline": "title",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "publication": "outlet",
    "author": "author", "authors": "author", "byline": "author", "by": "author",
    "date": "published", "published": "published", "publication date": "published",
    "publication_date": "published", "pubdate": "published",
    "url": "url", "link": "url", "original url": "url",
}


@dataclass
class Article:
    """One article as parsed: metadata, cleaned body and its map back to ``raw``."""

    raw: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    format: str = "plain"
    text: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap([]))
    encoding: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)  # (kind, one-line note)


@dataclass
class Corpus:
    """The loaded corpus: ``articles`` (one row per article) and ``problems`` (one per bad input)."""

    articles: pd.DataFrame
    problems: pd.DataFrame


# ---------------------------------------------------------------- knowledge files

@lru_cache(maxsize=1)
def outlet_domains() -> dict[str, str]:
    """Domain → outlet name, from ``data/outlets.csv``."""
    with open(DATA / "outlets.csv", encoding="utf-8") as fh:
        return {row["domain"].strip().lower(): row["outlet"].strip() for row in csv.DictReader(fh)}


def outlet_from_url(url: str) -> str:
    """Outlet name for a URL's domain (parent domains tried too); empty when unknown."""
    host = urlparse(url.strip("<> ")).netloc.lower().split(":")[0]
    if host.startswith("www."):
        host = host[4:]
    known = outlet_domains()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = known.get(".".join(parts[i:]))
        if name:
            return name
    return ""


# ---------------------------------------------------------------- dates

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_LINE = re.compile(
    rf"""^\s*(?:
        \d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?(?:[T ][\d:.]+Z?)? |          # ISO
        \d{{1,2}}[./]\d{{1,2}}[./]\d{{4}} |                            # 24.01.2022
        (?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?
        (?:(?:{_MONTHS})\w*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}} |  # February 12, 2021
           \d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\w*\.?,?\s+\d{{4}})    # 12 February 2021
    )""",
    re.I | re.X,
)


def parse_date(value: str) -> str:
    """ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is known) from free text.

    Dotted and slashed numeric dates are read day first (``24.01.2022``), as in the European
    outlets this corpus draws on. Returns ``""`` when no date can be read.
    """
    if not value:
        return ""
    s = str(value).strip()
    m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", s)
    if m:
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{4})-(\d{1,2})\b", s)
    if m and 1 <= int(m[2]) <= 12:
        return f"{int(m[1]):04d}-{int(m[2]):02d}"
    m = re.search(rf"\b({_MONTHS})\w*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", s, re.I)
    if m:
        return _iso(int(m[3]), _month(m[1]), int(m[2]))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\w*\.?,?\s+(\d{{4}})", s, re.I)
    if m:
        return _iso(int(m[3]), _month(m[2]), int(m[1]))
    m = re.search(rf"\b({_MONTHS})\w*\.?,?\s+(\d{{4}})\b", s, re.I)
    if m:
        return f"{int(m[2]):04d}-{_month(m[1]):02d}"
    return ""


def _month(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"].index(name[:3].lower()) + 1


def _iso(y: int, m: int, d: int) -> str:
    try:
        return datetime(y, m, d).strftime("%Y-%m-%d")
    except ValueError:
        return ""


# ---------------------------------------------------------------- text layout

Line = tuple[int, int]  # raw start, raw end (trailing whitespace excluded)


def _blocks(raw: str, start: int = 0, end: int | None = None) -> list[list[Line]]:
    """Paragraphs of ``raw[start:end]``: runs of non-blank lines, as raw line ranges."""
    end = len(raw) if end is None else end
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for m in re.finditer(r"[^\n]*\n?", raw[start:end]):
        if not m.group():
            break
        a = start + m.start()
        b = start + m.end()
        line = raw[a:b]
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        lead = len(line) - len(line.lstrip())
        current.append((a + lead, a + lead + len(stripped)))
    if current:
        blocks.append(current)
    return blocks


_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)|<https?://[^>\s]+>")
# markdown emphasis, and invisible zero-width spaces and word joiners ('\u200bhe said' is 'he said'; ZWNJ and ZWJ stay:
# Persian words and emoji need them)
_MARKERS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|[\u200b\u2060\ufeff]")
_HEADING = re.compile(r"#{1,6}\s+")


# Scraped name links (The Hill): the name as written, then the person's full name glued to the headlines of
# related stories up to "MORE": 'Sen. Cory Gardner Cory Scott GardnerTariffs threaten … MORE (R-Colo.) said'.
_NAME_LINK = re.compile(r"\b(?P<s>[A-Z][\w'’.-]*[a-z])(?P<junk>\s+(?:[A-Z(][\w'’.()-]*\s+){0,4}(?P=s)"
                        r"(?=[A-Z0-9'\"‘“])[^\n]{0,600}? MORE\b)")


def _cut(ranges: list[Line], cuts: list[Line]) -> list[Line]:
    """``ranges`` without the parts inside ``cuts``."""
    for c0, c1 in cuts:
        ranges = [r for s, e in ranges for r in ((s, min(e, c0)), (max(s, c1), e)) if r[1] > r[0]]
    return ranges


def _clean_ranges(raw: str, a: int, b: int) -> list[Line]:
    """Raw sub-ranges of one line left after dropping markdown syntax (links keep their text) and
    scraped name-link junk."""
    keep: list[Line] = []
    h = _HEADING.match(raw, a, b)
    pos = h.end() if h else a
    segments: list[Line] = []
    for m in _LINK.finditer(raw, pos, b):
        segments.append((pos, m.start()))
        if m.group(1) is not None:
            segments.append((m.start(1), m.end(1)))
        pos = m.end()
    segments.append((pos, b))
    for s, e in segments:
        p = s
        for m in _MARKERS.finditer(raw, s, e):
            keep.append((p, m.start()))
            p = m.end()
        keep.append((p, e))
    junk = [m.span("junk") for m in _NAME_LINK.finditer(raw, a, b)]
    return _cut([(s, e) for s, e in keep if e > s], junk)


def _plain(raw: str, line: Line) -> str:
    return "".join(raw[s:e] for s, e in _clean_ranges(raw, *line)).strip()


# Lines and paragraphs that are page furniture, not body text.
_CREDIT_LINE = re.compile(
    r"^(?:\*\*|\*|_)[^*_]{2,120}(?:\*\*|\*|_)$"                    # a wholly emphasised short line
    r"|^(?:photo|image|picture|photograph|credit|file photo)s?(?: credit)?\s*:",
    re.I,
)
_CREDIT_INLINE = re.compile(
    r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Photos|Image)\s*(?:/|by|:)[^)]*\)|\b(?:AP|AFP|Reuters|Getty Images)\s+Photo\b",
    re.I,
)
_RELATED = re.compile(r"^[*_\s]*(?:related(?: articles?| stories| content)?|read (?:more|also)|see also)[*_\s]*:", re.I)
_BYLINE = re.compile(r"^(?:by|written by)\s+(.{2,120})$", re.I)
_AUTHOR_FIELD = re.compile(r"\bauthors?\s*:\s*(.+)$", re.I)
_URL_LINE = re.compile(r"^(?:original\s+)?(?:url|link|source url)\s*:\s*(\S*)\s*$", re.I)
_SIGNOFF = re.compile(
    r"\b(?:exclusively|especially|specially|written)?\s*for\s+the\s+(?:online\s+)?"
    r"(?:magazine|newspaper|journal|website|outlet|edition|publication)?\s*[“\"«]([^”\"»]{2,80})[”\"»]",
    re.I,
)
_EDITOR_NOTE = re.compile(r"\s*\[[^\]]*\]\s*$")  # "[reconstructed from the URL slug]"
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]*(?:[ _][A-Za-z][\w-]*){0,2})\s*:\s+(.*\S)\s*$")


# No-break and other unicode spaces read as plain spaces (spaCy and regexes expect them).
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")


def _is_credit_block(raw: str, block: list[Line]) -> bool:
    """A photo caption with its credit: any wholly emphasised credit line or an inline photo credit."""
    for a, b in block:
        line = raw[a:b].strip()
        if _CREDIT_LINE.match(line) and ("/" in line or len(block) > 1 or line.lower().startswith(("photo", "image", "credit"))):
            return True
        if _CREDIT_INLINE.search(line):
            return True
    return False


def _meta_line(raw: str, line: Line, art: Article) -> bool:
    """Take metadata from a front-matter line (byline, date, ``Author:``); True if it was one."""
    text = _plain(raw, line)
    if not text:
        return True
    m = _AUTHOR_FIELD.search(text)
    if m and len(text.split()) <= 16:
        art.author = art.author or m[1].strip()
        art.published = art.published or parse_date(text[: m.start()])
        return True
    m = _BYLINE.match(text)
    if m and len(m[1].split()) <= 10:
        art.author = art.author or m[1].strip()
        return True
    if _DATE_LINE.match(text) and len(text.split()) <= 8:
        if not art.published:
            art.published = parse_date(text)
            _note_date(art, text)
        return True
    return False


def _title_candidate(raw: str, block: list[Line]) -> str:
    if len(block) != 1:
        return ""
    text = _plain(raw, block[0])
    return text if 0 < len(text.split()) <= 30 else ""


def _header(raw: str, block: list[Line], art: Article) -> bool:
    """Parse a ``Key: value`` header block; True if the block is one."""
    fields = {}
    for a, b in block:
        m = _HEADER_LINE.match(raw[a:b])
        if not m:
            return False
        fields[m[1].strip().lower()] = m[2].strip()
    known = {HEADER_KEYS[k]: v for k, v in fields.items() if k in HEADER_KEYS}
    if len(known) < 2 and not (len(known) == 1 and len(fields) == 1 and "title" in known):
        return False
    art.title = _EDITOR_NOTE.sub("", known.get("title", ""))
    art.author = _none_if_missing(known.get("author", ""))
    art.outlet = re.sub(r"\s*\(.*\)\s*$", "", known.get("outlet", "")).strip()
    art.published = parse_date(known.get("published", ""))
    _note_date(art, known.get("published", ""))
    art.url = _EDITOR_NOTE.sub("", known.get("url", "")).split()[0] if known.get("url") else ""
    art.format = "header"
    return True


def _note_date(art: Article, value: str) -> None:
    """Note a date that was given but could not be read (``published`` stays empty)."""
    if value.strip() and not art.published:
        art.notes.append(("date", f"date '{value.strip()[:80]}' not understood"))


def _none_if_missing(author: str) -> str:
    return "" if re.match(r"^(?:not given|unknown|none|n/a|-)\b", author.strip(), re.I) else author.strip()


def parse_text(raw: str, *, front_matter: bool = True) -> Article:
    """Parse one article's text: metadata from its front and back matter, a cleaned body.

    With ``front_matter=False`` (record files, whose metadata come from fields) the whole text
    is body, but captions, credits and markdown are still cleaned. HTML pasted into the text is
    stripped first; the offset map still leads back to ``raw``.
    """
    stripped = strip_html(raw)
    if stripped is None:
        return _parse_layout(raw, front_matter)
    text, to_raw, note = stripped
    art = _parse_layout(text, front_matter)
    art.raw, art.offsets = raw, art.offsets.compose(to_raw)
    art.notes.append(("html", note))
    return art


def _parse_layout(raw: str, front_matter: bool) -> Article:
    """Metadata and cleaned body of markup-free text (see :func:`parse_text`)."""
    art = Article(raw=raw)
    blocks = _blocks(raw)
    i = 0
    if front_matter and blocks:
        if _header(raw, blocks[0], art):
            i = 1
        else:
            while i < len(blocks):
                block = blocks[i]
                first = raw[block[0][0]:block[0][1]]
                if _HEADING.match(first) and not art.title:
                    art.title = _plain(raw, block[0])
                    art.format = "markdown"
                    if len(block) == 1:
                        i += 1
                        continue
                    blocks[i] = block[1:]
                    continue
                if all(_meta_line(raw, line, art) for line in block):
                    i += 1
                    continue
                if not art.title and i + 1 < len(blocks):
                    cand = _title_candidate(raw, block)
                    if cand:
                        art.title = cand
                        i += 1
                        continue
                break
    body = blocks[i:]

    # back matter: "Original url:" block and a magazine sign-off
    while body:
        last = body[-1]
        text = _plain(raw, last[0])
        m = _URL_LINE.match(raw[last[0][0]:last[0][1]])
        if m:
            art.url = art.url or m[1].strip("<>")
            body.pop()
            continue
        if len(body) >= 2 and re.fullmatch(r"<?https?://\S+>?", raw[last[0][0]:last[-1][1]].strip()):
            prev = body[-2]
            if _URL_LINE.match(raw[prev[0][0]:prev[-1][1]]):
                art.url = art.url or raw[last[0][0]:last[-1][1]].strip().strip("<>")
                body.pop()
                body.pop()
                continue
        m = _SIGNOFF.search(text)
        if m and len(last) == 1 and len(text.split()) <= 40:
            art.outlet = art.outlet or m[1].strip().rstrip(".,")
            who = text.split(",")[0].strip()
            if not art.author and 1 <= len(who.split()) <= 4:
                art.author = who
            body.pop()
            continue
        break

    builder = TextBuilder(raw)
    first = True
    for block in body:
        if _is_credit_block(raw, block):
            continue
        lines = [ln for ln in block if not _RELATED.match(raw[ln[0]:ln[1]])]
        pieces = [[r for r in _clean_ranges(raw, *ln)] for ln in lines]
        pieces = [p for p in pieces if "".join(raw[s:e] for s, e in p).strip()]
        if not pieces:
            continue
        if not first:
            builder.sep("\n\n")
        first = False
        for j, ranges in enumerate(pieces):
            if j:
                builder.sep(" ")
            _add_trimmed(builder, raw, ranges)
    text, art.offsets = builder.build()
    art.text = _SPACES.sub(" ", text)  # same length, so the offset map still holds
    if not art.outlet and art.url:
        art.outlet = outlet_from_url(art.url)
    return art


def _add_trimmed(builder: TextBuilder, raw: str, ranges: list[Line]) -> None:
    """Add a line's kept ranges, without leading/trailing blanks left by removed markup."""
    text = "".join(raw[s:e] for s, e in ranges)
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    skip, budget = lead, len(text) - lead - trail
    for s, e in ranges:
        if skip >= e - s:
            skip -= e - s
            continue
        s += skip
        skip = 0
        take = min(e - s, budget)
        builder.add(s, s + take)
        budget -= take
        if budget <= 0:
            break


# ---------------------------------------------------------------- files

class Unusable(ValueError):
    """An input the loader cannot use; ``kind`` names the problem for the problems table."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def _read_bytes(path: Path) -> bytes:
    """A file's bytes (one place, so tests can make a file unreadable)."""
    return path.read_bytes()


def _record_value(rec: dict, *names: str) -> str:
    for n in names:
        v = rec.get(n)
        if v is None or (isinstance(v, float) and v != v):
            continue
        if isinstance(v, list):
            v = ", ".join(str(x) for x in v)
        v = str(v).strip()
        if v:
            return v
    return ""


@dataclass
class Record:
    """One row of a record file: its label (line or row number), fields or what was wrong."""

    label: str
    fields: dict | None
    encoding: str = "utf-8"
    problem: str = ""


def _records(path: Path) -> Iterator[Record]:
    """Records of a JSONL (optionally gzip'd) or CSV file; a broken line is a record with a problem."""
    name = path.name.lower()
    if name.endswith(".csv"):
        yield from _csv_records(path)
        return
    for number, line, encoding in _jsonl_lines(path):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = exc.msg.removesuffix(" at").lower()
            yield Record(str(number), None, encoding,
                         f"line {number} is not valid JSON: {reason} (column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield Record(str(number), None, encoding, f"line {number} is not a JSON object")
            continue
        yield Record(str(number), rec, encoding)


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """``(line number, text, encoding)`` of a JSONL file, each line decoded on its own."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            text, encoding = decode(fh.read())
            for number, line in enumerate(text.splitlines(), start=1):
                yield number, line, encoding
            return
        for number, data in enumerate(fh, start=1):
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            try:
                yield number, data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                yield number, *decode(data)


def _csv_records(path: Path) -> Iterator[Record]:
    """Rows of a CSV file in whatever encoding it is in; it must have a ``text`` column."""
    text, encoding = decode(_read_bytes(path))
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "text" not in (reader.fieldnames or []):
        columns = ", ".join(reader.fieldnames or [])
        raise Unusable("no-text-column", f"CSV has no 'text' column (columns: {columns})")
    for i, row in enumerate(reader, start=1):
        yield Record(str(i), row, encoding)


def _row(article_id: str, path: str, art: Article, digest: str) -> dict:
    return {
        "article_id": article_id, "path": path, "title": art.title, "author": art.author,
        "outlet": art.outlet, "published": art.published, "url": art.url, "text": art.text,
        "n_words": len(art.text.split()), "sha256": digest, "format": art.format,
        "encoding": art.encoding, "language": detect_language(art.text),
        "offset_map": art.offsets.to_json(),
    }


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def iter_files(root: Path, problems: list[dict] | None = None) -> list[Path]:
    """Every file under ``root`` (or ``root`` itself), sorted for a stable order.

    Folder symlinks are followed once; one leading back to a folder already read (a loop) is
    not, and is reported in ``problems`` when given, as are folders that cannot be listed.
    """
    root = Path(root)
    if root.is_file():
        return [root]
    problems = [] if problems is None else problems
    seen = {os.path.realpath(root)}

    def unlistable(exc: OSError) -> None:
        _problem(problems, exc.filename, "unreadable", f"cannot list folder: {_reason(exc)}")

    files = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unlistable):
        keep = []
        for d in sorted(d for d in dirnames if not d.startswith(".")):
            real = os.path.realpath(os.path.join(dirpath, d))
            if real in seen:
                _problem(problems, os.path.join(dirpath, d), "symlink-loop",
                         f"symlink loop: leads back to {real}, not followed", "warning")
                continue
            seen.add(real)
            keep.append(d)
        dirnames[:] = keep
        files.extend(Path(dirpath) / f for f in sorted(filenames) if not f.startswith("."))
    return files


def _problem(problems: list[dict], path: str | os.PathLike, kind: str, message: str,
             severity: str = "error") -> None:
    """Add one problem row; the message is kept to one line."""
    problems.append({"path": str(path), "problem": " ".join(str(message).split()),
                     "severity": severity, "kind": kind})


def _reason(exc: OSError) -> str:
    """A short reason for an OS error, without the path the problem row already names."""
    return exc.strerror.lower() if exc.strerror else f"{type(exc).__name__}: {exc}"


def _os_problem(problems: list[dict], path: Path, exc: OSError) -> None:
    """Report a file the system would not read: a symlink loop, a broken link, no permission."""
    if exc.errno == errno.ELOOP:
        _problem(problems, path, "symlink-loop", "symlink loop: the link never reaches a file")
    elif path.is_symlink() and not path.exists():
        _problem(problems, path, "unreadable", f"broken symlink to {os.readlink(path)}")
    elif isinstance(exc, PermissionError):
        _problem(problems, path, "unreadable", "cannot read: permission denied")
    else:
        _problem(problems, path, "unreadable", f"cannot read: {_reason(exc)}")


class _Ids:
    """Article ids, made unique by the file's relative path when a stem repeats."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, aid: str, rel: Path) -> str:
        if aid in self.seen:
            aid = str(rel.with_suffix("")).replace(os.sep, "__")
        self.seen.add(aid)
        return aid


def _text_file_articles(path: Path, rel: Path, ids: _Ids, problems: list[dict]) -> Iterator[tuple[dict, list]]:
    """The article of a text file as ``(row, notes)``, or a problem saying why there is none."""
    data = _read_bytes(path)
    if not data:
        _problem(problems, path, "empty", "empty file (0 bytes)")
        return
    raw, encoding = decode(data)
    art = parse_text(raw)
    art.encoding = encoding
    if not art.text.strip():
        reason = "only a header block, no body text" if art.format == "header" else "no body text"
        _problem(problems, path, "no-body", reason)
        return
    yield _row(ids(path.stem, rel), str(path), art, hashlib.sha256(data).hexdigest()), art.notes


def _record_file_articles(path: Path, rel: Path, suffix: str, ids: _Ids,
                          problems: list[dict]) -> Iterator[tuple[dict, list]]:
    """The articles of a record file as ``(row, notes)``, one record at a time; a record without
    text or a broken line is a problem."""
    stem = path.name[: -len(suffix)]
    for rec in _records(path):
        where = f"{path}#{rec.label}"
        if rec.fields is None:
            _problem(problems, where, "broken-record", rec.problem)
            continue
        text = _record_value(rec.fields, "text", "body", "content")
        if not text:
            _problem(problems, where, "no-body", "record has no text")
            continue
        art = parse_text(text, front_matter=False)
        art.title = _record_value(rec.fields, "title", "headline")
        art.author = _none_if_missing(_record_value(rec.fields, "author", "authors", "byline"))
        art.url = _record_value(rec.fields, "url", "link")
        art.outlet = _record_value(rec.fields, "outlet", "source", "publisher") or outlet_from_url(art.url)
        date = _record_value(rec.fields, "published", "date", "publication_date")
        art.published = parse_date(date)
        _note_date(art, date)
        art.format = suffix.lstrip(".")
        art.encoding = rec.encoding
        rid = _record_value(rec.fields, "id", "article_id") or rec.label
        digest = hashlib.sha256(json.dumps(rec.fields, sort_keys=True, default=str).encode()).hexdigest()
        yield _row(ids(f"{stem}-{rid}", rel), where, art, digest), art.notes


def _warnings(row: dict, notes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Notes on a kept article: the parser's, plus encoding, language, size and metadata checks."""
    out = list(notes)
    if row["encoding"] in GUESSED:
        out.append(("encoding", f"not UTF-8: encoding guessed as {row['encoding']}"))
    if row["language"] == "unknown":
        out.append(("language", "language not recognised (too little text to tell): read as English"))
    elif row["language"] != "en":
        out.append(("language", f"language '{row['language']}', not English: "
                                "listed with the articles, left out of the English NLP"))
    if len(row["text"]) > MAX_TEXT_CHARS:
        out.append(("size", f"very large article: {len(row['text']):,} characters "
                            f"(over {MAX_TEXT_CHARS:,}); kept whole"))
    if not any(row[c] for c in ("title", "author", "outlet", "published", "url")):
        out.append(("metadata", "no metadata: title, author, outlet, date and URL all unknown"))
    return out


def _file_articles(path: Path, root: Path, ids: _Ids, problems: list[dict]) -> Iterator[tuple[dict, list]]:
    """The articles of one file as ``(row, notes)``; whatever stops the file from being read
    (binary, unreadable, broken) becomes a problem, after the articles read before it."""
    rel = path.relative_to(root) if path != root else Path(path.name)
    suffix = _suffix(path)
    if suffix in RECORD_SUFFIXES:
        articles = _record_file_articles(path, rel, suffix, ids, problems)
    elif suffix in TEXT_SUFFIXES:
        articles = _text_file_articles(path, rel, ids, problems)
    else:
        _problem(problems, path, "unsupported", f"unsupported file type '{suffix or path.name}'")
        return
    while True:
        try:
            item = next(articles)
        except StopIteration:
            return
        except NotText as exc:
            _problem(problems, path, "binary", str(exc))
        except Unusable as exc:
            _problem(problems, path, exc.kind, str(exc))
        except OSError as exc:
            _os_problem(problems, path, exc)
        except Exception as exc:  # one bad file never stops the corpus
            _problem(problems, path, "unreadable", f"{type(exc).__name__}: {exc}")
        else:
            yield item
            continue
        return


def iter_articles(root: str | os.PathLike, problems: list[dict]) -> Iterator[dict]:
    """The row of every article under ``root``, one at a time in file order, copies of an earlier
    one dropped: :func:`load_corpus` without holding the corpus. Every problem (unreadable input,
    duplicate, warning) is appended to ``problems`` as it is found; :func:`problem_table` sorts them."""
    root = Path(root)
    if not root.exists():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    ids = _Ids()
    seen = Duplicates()
    for path in iter_files(root, problems):
        for row, notes in _file_articles(path, root, ids, problems):
            copy = seen.check(row["text"], row["path"])
            if copy is not None:
                original, how = copy
                _problem(problems, row["path"], f"{how}-duplicate", f"{how} duplicate of {original} (kept there)")
                continue
            for kind, note in _warnings(row, notes):
                _problem(problems, row["path"], kind, note, "warning")
            yield row


def problem_table(problems: list[dict], report: bool = True) -> pd.DataFrame:
    """The problems table, sorted by path (record files by record number); printed on stderr with ``report``."""
    problems = sorted(problems, key=lambda p: _path_key(p["path"]))
    if report:
        for p in problems:
            print(f"corpus: {p['severity']}: {p['path']}: {p['problem']}", file=sys.stderr)
    return pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


def load_corpus(root: str | os.PathLike, *, report: bool = True) -> Corpus:
    """Read every article under ``root``; unreadable inputs and notes go to ``problems`` (and stderr)."""
    problems: list[dict] = []
    rows = list(iter_articles(root, problems))
    return Corpus(articles=pd.DataFrame(rows, columns=ARTICLE_COLUMNS), problems=problem_table(problems, report))


def _path_key(path: str) -> tuple[str, int]:
    """Sort key: file path, then record number (``file#10`` after ``file#9``)."""
    file, _, label = path.partition("#")
    return file, int(label) if label.isdigit() else -1


def read_raw(path: str) -> str:
    """The original text that offsets index: the decoded file, or a record's ``text`` field."""
    if "#" in path and _suffix(Path(path.split("#")[0])) in RECORD_SUFFIXES:
        file, label = path.rsplit("#", 1)
        for rec in _records(Path(file)):
            if rec.label == label and rec.fields is not None:
                return _record_value(rec.fields, "text", "body", "content")
        raise KeyError(path)
    return decode(_read_bytes(Path(path)))[0]
