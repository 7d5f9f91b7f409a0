"""Per-article cache of extraction results, keyed by content and by everything that shapes them.

An entry is one JSON file named by the hash of the article (id, cleaned text, offset map) under a
folder named by the fingerprint of the model, the knowledge files and the extraction code, so an
unchanged article is never parsed twice and any change to those inputs starts a fresh folder.
Entries are written through a temporary file and a rename: a killed run leaves only whole entries.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from .tables import atomic_write_bytes

KEEP_GENERATIONS = 2  # fingerprint folders kept besides the current one (switching back is cheap)


def article_key(article_id: str, text: str, offset_map: str) -> str:
    """Content hash of everything about an article that its extraction rows depend on."""
    h = hashlib.sha256()
    for part in (article_id, text, offset_map):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class ResultCache:
    """``get``/``put`` of per-article results under ``root/<fingerprint>/``."""

    def __init__(self, root: str | os.PathLike, fingerprint: str):
        self.root = Path(root)
        self.folder = self.root / fingerprint
        self.hits = self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            result = json.loads(self._path(key).read_bytes())
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: dict) -> None:
        atomic_write_bytes(self._path(key), json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))

    def prune(self) -> None:
        """Drop the oldest fingerprint folders, keeping the current one and a few recent ones."""
        if not self.root.is_dir():
            return
        others = sorted((p for p in self.root.iterdir() if p.is_dir() and p != self.folder),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_GENERATIONS:]:
            shutil.rmtree(old, ignore_errors=True)
