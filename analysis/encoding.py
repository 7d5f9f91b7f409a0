"""Decode a text file's bytes: declared encodings (BOMs), UTF-8, else a guessed legacy code page.

A guess tells Cyrillic Windows-1251 (and KOI8-R) from Western Windows-1252 by the shape of
words: Russian words are runs of high bytes only, while accented Western words mix high bytes
with ASCII letters. Bytes that are not text (NULs, control codes) raise :class:`NotText`.
"""
from __future__ import annotations

import re

SAMPLE_BYTES = 65536
BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]
GUESSED = {"utf-16-le (no BOM)", "utf-16-be (no BOM)", "cp1251", "koi8-r", "cp1252", "latin-1"}

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_WORD = re.compile(rb"[A-Za-z\x80-\xff]{3,}")
_ASCII_LETTER = re.compile(rb"[A-Za-z]")


class NotText(ValueError):
    """The bytes are not text in any encoding the loader reads."""


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used (``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``cp1251``…)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return _utf16_without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
            raise NotText("binary file, not text (control bytes)") from None
        return _legacy(data)
    if len(_CONTROL_TEXT.findall(text[:SAMPLE_BYTES])) > 0.05 * min(len(text), SAMPLE_BYTES):
        raise NotText("binary file, not text (control bytes)")
    return text, "utf-8"


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 without a BOM, told by NULs in every other byte; anything else with NULs is binary."""
    sample = data[:SAMPLE_BYTES]
    half = max(len(sample) // 2, 1)
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.05 and others < 0.01 and len(data) % 2 == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            if not _CONTROL_TEXT.search(text[:SAMPLE_BYTES]):
                return text, f"{codec} (no BOM)"
            break
    raise NotText("binary file, not text (NUL bytes)")


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode with the likeliest single-byte code page: Cyrillic (cp1251, KOI8-R) or Western."""
    high_only = mixed = 0
    for word in _WORD.findall(data[:SAMPLE_BYTES]):
        if max(word) < 0xC0:
            continue
        if _ASCII_LETTER.search(word):
            mixed += 1
        else:
            high_only += 1
    if high_only > mixed:
        lower_cp1251 = sum(data.count(bytes([b])) for b in range(0xE0, 0x100))
        lower_koi8 = sum(data.count(bytes([b])) for b in range(0xC0, 0xE0))
        codec = "cp1251" if lower_cp1251 >= lower_koi8 else "koi8-r"
        return data.decode(codec, errors="replace"), codec
    if not re.search(rb"[\x80-\x9f]", data):
        return data.decode("latin-1"), "latin-1"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
