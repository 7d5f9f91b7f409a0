"""The NLP pass over articles: parse in batches with ``nlp.pipe``, extract per article, map offsets.

Everything an article yields (its mention rows, later its claims) depends only on its text, the
model and the knowledge files, so it is computed here per article and linked corpus-wide after.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import pandas as pd
from spacy.tokens import Doc

from . import nlp as nlp_mod
from .entities import article_mentions
from .offsets import OffsetMap

RAW_MENTION_COLUMNS = ["article_id", "text", "label", "start", "end", "sentence", "sentence_id",
                       "text_start", "text_end", "key", "name", "descriptions"]


def analyse_doc(doc: Doc, article_id: str, offset_map: str) -> dict[str, list[dict]]:
    """Mention rows of one parsed article, with offsets into the original file."""
    om = OffsetMap.from_json(offset_map)
    sents = [s.text for s in doc.sents]
    rows = []
    for m in article_mentions(doc):
        start, end = om.span(m.start, m.end)
        rows.append({
            "article_id": article_id, "text": m.text, "label": m.label, "start": start, "end": end,
            "sentence": sents[m.sentence_id] if m.sentence_id < len(sents) else "",
            "sentence_id": m.sentence_id, "text_start": m.start, "text_end": m.end,
            "key": m.key, "name": m.name, "descriptions": "|".join(m.descriptions),
        })
    return {"mentions": rows}


def analyse(articles: pd.DataFrame, spacy_model: str = nlp_mod.DEFAULT_MODEL, *,
            batch_size: int = 16, n_process: int = 1) -> Iterator[tuple[str, dict[str, list[dict]]]]:
    """``(article_id, results)`` for every article, parsing with ``nlp.pipe`` in batches."""
    nlp = nlp_mod.load(spacy_model)
    items: Iterable = ((text, (aid, om)) for aid, text, om in
                       zip(articles["article_id"], articles["text"], articles["offset_map"]))
    for doc, (aid, om) in nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield aid, analyse_doc(doc, aid, om)
