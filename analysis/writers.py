"""Who wrote an article, from its metadata: the speaker of an opinion piece's own "I" when its text
never signs it ('I contend that …' under a column by Joan Blades)."""
from __future__ import annotations

import os
import re

import pandas as pd
import pyarrow.parquet as pq

from .claims import first_names, gendered_titles
from .entities import byline_roles, honorifics, org_words, outlet_words, roles, surname_particles

# The speaker key a claim carries when its speaker is the article's unsigned "I" (see extraction.doc_rows).
WRITER_KEY = "@writer"
INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_A-Z]+(?:['’-][^\W\d_]+)*\.?$")


def person_name(value: str, seen: str = "") -> str:
    """``value`` if it reads as one person's name (a known given name or an initial first, two to four
    capitalised words: 'John Stossel', 'K.T. Mcfarland'), else "" ('Politico', 'Opinion Contributor',
    'Jacob Sullum, Eugene Volokh', 'Bozell & Graham'). A rank goes ('Sen. Rand Paul' is Rand Paul); a given
    name the list lacks will do when ``seen`` (the article's own title and text) spells the whole name out."""
    value = " ".join(str(value or "").split())
    while (head := value.split(" ", 1))[0].lower().rstrip(".") in honorifics() and len(head) > 1:
        value = head[1]
    words = value.replace(".", ". ").split()
    if not 2 <= len(words) <= 5 or any(ch in value for ch in ",&;/()@:|") or re.search(r"\d|\band\b", value):
        return ""
    not_names = outlet_words() | org_words()
    if any(w.lower().rstrip(".") in not_names for w in words) or any(w.lower() in roles() for w in words[:-1]):
        return ""  # 'Christian Science Monitor', 'Guest Writer', 'Npr Staff'; 'President Trump' (but 'Colbert I. King')
    given = words[0].rstrip(".")
    if not (INITIAL.match(words[0]) or given.split("-")[0].lower() in first_names() or _spelt_out(value, given, seen)):
        return ""
    rest = [w for w in words[1:] if w.lower() not in surname_particles()]  # 'de', 'van', 'bin' (data/entity_words.csv)
    if not rest or not all((INITIAL.match(w) or NAME_WORD.match(w)) and w[0].isupper() for w in [words[0], *rest]) \
            or INITIAL.match(rest[-1]):
        return ""
    return value


def _spelt_out(value: str, given: str, seen: str) -> bool:
    """Does the text spell out the whole name, its first word never a lower-case word of it? ('Elissa Slotkin' under
    'Rep. Elissa Slotkin: …'; not 'Npr Staff', 'The Nation' or 'Mother Jones'; a link's 'elissa-slotkin' is no
    word.)"""
    if not seen or given.lower() in gendered_titles() or re.search(rf"\b{re.escape(value)}\b", seen) is None:
        return False
    return re.search(rf"(?<![\w/-]){re.escape(given.lower())}(?![\w/-])", seen) is None


def article_writer(author: str, outlet: str, seen: str = "") -> str:
    """The one person who wrote the article: a columnist named as its source (opinion feeds list the
    column's writer as the outlet), else a byline naming exactly one person, described or not ('Joe Heck, Special
    To Cnn'); "" when unknown or shared. ``seen`` is the article's title and text (see ``person_name``), for the
    byline only."""
    return person_name(outlet) or person_name(author, seen) or \
        person_name(_described_writer(author), seen)  # an outlet's own name may be spelt out ('Roll Call')


def _described_writer(author: str) -> str:
    """The name of a byline whose other parts only describe its writer ('Joe Heck, Special To Cnn'), else ""."""
    name, *rest = str(author or "").split(",")
    said = byline_roles()
    return name if rest and all(set(re.findall(r"[a-z-]+", part.lower())) & said for part in rest) else ""


WRITER_COLUMNS = ["article_id", "author", "outlet", "title", "text"]


def article_writers(articles: pd.DataFrame | str | os.PathLike) -> dict[str, str]:
    """Article id → writer, for the articles whose writer is known (a table, or its Parquet file, read in batches:
    the texts are needed only to check a byline, never all at once)."""
    if isinstance(articles, pd.DataFrame):
        frames = [articles]
    else:
        batches = pq.ParquetFile(articles).iter_batches(batch_size=2000, columns=WRITER_COLUMNS)
        frames = (batch.to_pandas() for batch in batches)
    out = {}
    for frame in frames:
        rows = frame.reindex(columns=WRITER_COLUMNS).fillna("").itertuples(index=False)
        for aid, author, outlet, title, text in rows:
            if writer := article_writer(author, outlet, f"{title}\n{text}"):
                out[aid] = writer
    return out
