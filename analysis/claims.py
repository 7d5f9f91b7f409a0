"""Who says what: rule-based claim/quote attribution on parsed spaCy Docs.

Quotes are framed by paragraph and quote marks (never by sentences, which spaCy splits inside
quotes); cues come from the lexicon in ``data/cues.csv``; speakers are the cue's subject noun
phrase, resolved to a preceding named person when they are a pronoun or a title.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

DATA = Path(__file__).parent / "data"

CLAIM_COLUMNS = [
    "kind", "speaker_text", "speaker_start", "speaker_end", "antecedent_start", "antecedent_end", "writer",
    "cue", "cue_type", "cue_start", "cue_end", "text", "start", "end",
]

PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Text allowed between a quote and the clause that introduces it ("," — ":" and spaces).
QUOTE_GAP = re.compile(r"^[\s,;:\u2014\u2013\u2015-]*$")
LIST_DASH = re.compile(r"^\s*[\u2015\u2014\u2013-]{1,2}\s*$")
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")
TIME_LABELS = ("DATE", "TIME")  # a date or time never speaks ('One of the leaders', '40 percent' may)
OPENING_QUOTES = "“\"«‘"  # marks a quoted paragraph opens with
TRANSCRIPT_LABEL = re.compile(r"^[\"“]?([A-Z][A-Z.'\- ]{1,40}[A-Z.]|(?:[A-Z][\w.'\-]+ ){0,3}[A-Z][\w.'\-]+):\s+\S")
# A panel's label: the full name, then who the speaker is in brackets ('John Ash (Central Magnet High School, Tenn.): …').
PANEL_LABEL = re.compile(r"^((?:[A-Z][\w.'’\-]+ ){1,3}[A-Z][\w.'’\-]+) \([^()\n]{2,80}\):\s+\S")
# Words that may not stand in a headline label ('Stealth Over Health: …', 'A lesson from X: …').
LABEL_FUNCTION_WORDS = {"over", "on", "of", "for", "in", "to", "from", "with", "at", "and", "the", "a", "an",
                        "more", "no", "not", "is", "are", "after", "about", "why", "how", "what", "who"}
SPEAKER_DEPS = {"nsubj", "nsubjpass"}
CLAUSE_DEPS = {"ccomp"}
CONTENT_SKIP_DEPS = {"punct", "cc", "mark_after"}
INHERIT_DEPS = {"conj", "advcl", "xcomp", "pcomp", "acl", "acomp"}
# 'responded by saying …', 'after saying …': a gerund under these says what the verb's subject says ('attacked her
# for saying …' is hers, not the subject's)
SUBJECT_GERUND_PREPS = {"by", "after", "before", "while", "in", "upon", "on", "when"}
PASSIVE_BELIEF = {"convince", "persuade", "concern", "worry", "satisfy", "determine", "resolve"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
NAMED = ("PERSON", "ORG", "GPE", "NORP")  # entity types that can speak
SPEECH_TYPES = {"speech"}


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: what the cue means and which dependents carry its content."""

    lemma: str
    type: str
    objects: bool
    preps: frozenset
    infinitive: bool = False  # a to-infinitive carries the claim ('pledged to raise taxes')
    as_clause: bool = True  # 'As X noted, Y' reports Y; 'As X spoke, Y' does not


@dataclass
class Quote:
    """A quoted stretch of text (marks included); ``closed`` is False when it ran to paragraph end."""

    start: int
    end: int
    closed: bool = True


@dataclass
class Claim:
    """A claim under construction: token/char spans before they become the public dict."""

    kind: str
    cue: str
    cue_type: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    speaker: tuple = (-1, -1)
    antecedent: tuple = (-1, -1)
    head: int = -1
    meta: dict = field(default_factory=dict)


# ---------------------------------------------------------------- lexicon

def _carries_content(verb: Token, but: Token) -> bool:
    """Is the verb a cue with content of its own besides the phrase ``but`` ('defended the remark', 'responded to
    the demand')?"""
    found = cue_of(verb)
    return found is not None and any(
        c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in found[0].preps
        for c in verb.children if c.i > verb.i and c.i != but.i)


def _urged_to(verb: Token) -> bool:
    """Does a to-infinitive follow the verb ('called on Congress to pass the bill')? A preposition marked 'on+to' in
    cues.csv carries a claim only then: 'calling on homes', 'called on the president' are visits."""
    # the parser may hang the infinitive on the verb as a clause of its own, or on the one called on
    heads = [c for c in verb.children if c.i > verb.i and c.dep_ in ("xcomp", "advcl", "ccomp")] + \
        [x for c in verb.children if c.dep_ == "prep" for o in c.children for x in o.children if x.dep_ in ("acl", "relcl")]
    return any(a.dep_ == "aux" and a.lower_ == "to" for c in heads for a in c.children)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Cue]:
    """The cue lexicon from data/cues.csv, keyed by lemma (phrasal cues as 'point out')."""
    out = {}
    with open(DATA / "cues.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["lemma"]] = Cue(row["lemma"], row["type"], row.get("objects", "") == "yes",
                                    frozenset((row.get("preps") or "").split()), row.get("infinitive", "") == "yes",
                                    row.get("as_clause", "") != "no")
    return out


def _patterns(name: str, flags: int = 0) -> re.Pattern:
    """One regular expression for the ``pattern`` column of a data file: any of its rows."""
    with open(DATA / name, encoding="utf-8") as f:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in csv.DictReader(f)), flags)


@lru_cache(maxsize=1)
def page_furniture() -> re.Pattern:
    """Page furniture scraped into article text (video widgets), from data/page_furniture.csv."""
    return _patterns("page_furniture.csv")


@lru_cache(maxsize=1)
def self_naming() -> re.Pattern:
    """Phrases after which a person's own name follows ('who gave his name as Maher'), from data/self_naming.csv."""
    return _patterns("self_naming.csv", re.IGNORECASE)


def _self_named(doc: Doc, head: Token, persons: list[Span]) -> list[Span]:
    """'The resident, who gave his name as Maher, said': the person a relative clause of the speaker names."""
    text = doc_text(doc)
    return [p for p in persons if head in p.root.ancestors and p.start_char > head.idx and
            (m := self_naming().search(text, max(0, p.start_char - 80), p.start_char)) is not None and m.end() == p.start_char]


@lru_cache(maxsize=1)
def interview_markers() -> re.Pattern:
    """Lines that print the rest of an article as an interview ('A condensed version of our conversation
    follows.'), from data/interview_markers.csv."""
    return _patterns("interview_markers.csv", re.IGNORECASE)


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, str]:
    """Nouns that name a role ('leader' → title) or a collective ('experts' → group)."""
    with open(DATA / "speaker_words.csv", encoding="utf-8") as f:
        return {r["word"]: r["kind"] for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """The role nouns of speaker_words.csv ('president', 'spokesman', 'senator')."""
    return frozenset(w for w, kind in speaker_words().items() if kind == "title")


@lru_cache(maxsize=1)
def _gendered_words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"given": {}, "honorific": {}, "title": {}, "family": {}}
    with open(DATA / "first_names.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["name"].lower()
            plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
            for form in {name, plain}:  # 'Rubén' is also written 'Ruben'
                out[r.get("kind") or "given"].setdefault(form, r["gender"])
    return out


def first_names() -> dict[str, str]:
    """Given names and their usual gender (data/first_names.csv), so 'she' never resolves to a Vladimir."""
    return _gendered_words()["given"]


NAME_GENDER_CERTAINTY = 0.05  # a name's p(female) must be within this of 0 or 1 ('Lindsey', 0.90, stays unknown)
NAME_GENDER_RECORDS = 100  # and rest on at least this many name records


@lru_cache(maxsize=None)
def given_name_gender(name: str) -> str | None:
    """The usual gender of a given name, so 'she' never resolves to a Vladimir: data/first_names.csv first, else the
    name-gender records of the nomquamgender package when they are clear ('Kofi' male, 'Tracie' female); None for
    an unknown or ambiguous name ('Jean', 'Kim') and for a family name written first ('Xi')."""
    name = name.lower()
    if name in first_names():
        return first_names()[name] or None
    if name in family_names() or not name.isalpha():
        return None
    import nomquamgender  # loads its name table (about 3 s), only when a name is not in first_names.csv

    _, _, _, records, female = nomquamgender.NBGC().annotate([name])[0]
    if not records or records < NAME_GENDER_RECORDS or female != female:  # NaN: unknown
        return None
    return "female" if female >= 1 - NAME_GENDER_CERTAINTY else "male" if female <= NAME_GENDER_CERTAINTY else None


def family_names() -> set[str]:
    """Family names written first (Chinese, Korean, Vietnamese), from the same file: a bare 'Zhang' after
    'Zhang Ming' is that person, as a bare surname is."""
    return set(_gendered_words()["family"])


def gendered_honorifics() -> dict[str, str]:
    """Honorifics that tell a gender ('Mrs', 'Mr'), from the same file."""
    return _gendered_words()["honorific"]


def gendered_titles() -> dict[str, str]:
    """Titles that tell a gender ('the freshman congresswoman', 'spokeswoman Morgan Ortagus'), same file."""
    return _gendered_words()["title"]


PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
INDEFINITE = {"a", "an", "another", "one"}
CONDITIONS = {"if", "unless", "whether"}  # a clause under these reports nothing and tells who is talked about
FRONTING = {"when", "after", "as", "while", "before", "once", "because", "since", "although", "though", "until"}
SUPPOSING = {"assume", "suppose", "presume"}  # 'Assuming Mr. Trump is impeached, …': a condition, no one's belief
QUANTIFIERS = {"every", "each", "any", "some", "no"}  # 'every Republican', 'one Iowa Republican': no one named


def indefinite(head: Token) -> bool:
    """A speaker phrase that introduces or quantifies ('a senior official', 'one Iowa Republican', 'every
    Democrat') rather than refers back to someone named."""
    return any(t.dep_ in ("det", "nummod") and t.lower_ in INDEFINITE | QUANTIFIERS for t in head.children)


# ---------------------------------------------------------------- paragraphs and quotes

def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) char spans, split on blank lines."""
    out, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


def _is_opener_context(text: str, i: int) -> bool:
    """True when the mark at i sits where a quote can open (after space/start, before text)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,;") and not after.isspace()


def paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Top-level double (and single curly) quotes in one paragraph; an unclosed one ends the paragraph."""
    quotes: list[Quote] = []
    i, open_at, closer = start, None, None
    while i < end:
        c = text[i]
        two = text[i:i + 2]
        if open_at is None:
            if two in ("''", "``", "‘‘") and (i == start or text[i - 1].isspace() or text[i - 1] in "([") \
                    and i + 2 < end and not text[i + 2].isspace():
                open_at, closer = i, "''"
                i += 2
                continue
            if c in "“«" or (c == '"' and not (i + 1 < end and text[i + 1].isspace() and i > start)):
                open_at, closer = i, {"“": "”\"", "«": "»", '"': "\"”"}[c]
            elif c == "”" and _is_opener_context(text, i):
                open_at, closer = i, "”“\""
            elif c == "‘" and _is_opener_context(text, i):
                j = _single_close(text, i + 1, end)
                if j is not None:
                    quotes.append(Quote(i, j + 1))
                    i = j + 1
                    continue
        else:
            if closer == "''" and two in ("''", "’’"):
                quotes.append(Quote(open_at, i + 2))
                open_at = None
                i += 2
                continue
            if closer in ("\"”", "”\"") and two in ("''", "’’") and not text[i - 1].isspace():
                # '"…,'' said X', '“…,’’ he says': a doubled single mark closes a double quote
                quotes.append(Quote(open_at, i + 2))
                open_at = None
                i += 2
                continue
            if c in closer and closer != "''":
                quotes.append(Quote(open_at, i + 1))
                open_at = None
        i += 1
    if open_at is not None:
        quotes.append(Quote(open_at, end, closed=False))
    return quotes


def _single_close(text: str, i: int, end: int) -> int | None:
    """Index of the ’ closing a ‘-quote (one not followed by a letter, so not an apostrophe)."""
    while i < end:
        if text[i] == "’" and (i + 1 >= end or not text[i + 1].isalnum()):
            return i
        if text[i] in "“\"":
            return None
        i += 1
    return None


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """All quotes; a paragraph left open and a next paragraph that opens again form one quote."""
    out: list[Quote] = []
    left_open = False  # the paragraph just before ended inside a quote
    for ps, pe in paras:
        qs = paragraph_quotes(text, ps, pe)
        if qs and left_open and qs[0].start == ps:
            prev = out.pop()
            qs[0] = Quote(prev.start, qs[0].end, qs[0].closed)
        out.extend(qs)
        left_open = bool(qs) and not qs[-1].closed
    return out


# ---------------------------------------------------------------- token helpers

_TEXT_CACHE: list = [None, ""]


def doc_text(doc: Doc) -> str:
    """doc.text, cached for the Doc in hand (spaCy rebuilds the string on every access)."""
    if _TEXT_CACHE[0] is not doc:
        _TEXT_CACHE[0], _TEXT_CACHE[1] = doc, doc.text
    return _TEXT_CACHE[1]


def tok_end(t: Token) -> int:
    """Char offset just after a token."""
    return t.idx + len(t.text)


def span_chars(toks) -> tuple[int, int]:
    """Char hull of some tokens."""
    toks = list(toks)
    return min(t.idx for t in toks), max(tok_end(t) for t in toks)


def trim(doc: Doc, lo: int, hi: int, keep_quotes: bool = True) -> tuple[int, int]:
    """Token range [lo, hi] without edge punctuation (quote marks kept when asked)."""
    quote_marks = {'"', "“", "”", "''", "«", "»", "‘", "’", "``"}

    def junk(t: Token) -> bool:
        return (t.is_punct and not (keep_quotes and t.text in quote_marks)) or t.is_space or \
            t.lower_ in {"and", "but"} and t.dep_ == "cc"
    while lo <= hi and junk(doc[lo]):
        lo += 1
    while hi >= lo and junk(doc[hi]):
        hi -= 1
    return lo, hi


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Token range of a mention: its subtree minus trailing appositions, relative clauses, punctuation."""
    drop = set()
    for c in tok.rights:
        if c.dep_ in ("appos", "relcl", "acl", "punct", "advcl", "cc", "conj") or c.text in ",(":
            drop.update(x.i for x in c.subtree)
    keep = [t.i for t in tok.subtree if t.i not in drop and (t.i <= tok.i or t.i not in drop)]
    lo, hi = min(keep), max(keep)
    hi = max(tok.i, min(hi, next((i - 1 for i in sorted(drop) if i > tok.i), hi)))
    return trim(tok.doc, lo, hi, keep_quotes=False)


# ---------------------------------------------------------------- cues

def cue_of(tok: Token) -> tuple[Cue, list[Token]] | None:
    """The lexicon entry a token triggers (phrasal particles included) and the cue's tokens."""
    lex = lexicon()
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return lex["according to"], [tok, tok.nbor()]
    if tok.pos_ not in ("VERB", "ADJ") or in_idiom(tok):
        return None
    lemma = lemma_fixes().get(tok.lower_, tok.lemma_.lower())
    for c in tok.children:  # 'pointed out', and 'fired back' with its particle parsed an adverb
        if c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex:
            return lex[f"{lemma} {c.lower_}"], [tok, c]
    if tok.pos_ == "ADJ":
        entry = lex.get(tok.lower_)
        if entry is None and tok.lower_ in past_forms() and (any(c.dep_ == "nsubj" for c in tok.children) or
                                                             _names_after(tok)):
            return lex[past_forms()[tok.lower_]], [tok]  # '“…,” huffed Senator Rand Paul', 'huffed' tagged an adjective
        return (entry, [tok]) if entry and tok.lower_ == entry.lemma else None
    entry = lex.get(lemma)
    return (entry, [tok]) if entry else None


@lru_cache(maxsize=1)
def _idioms() -> dict[str, list[tuple[list[str], int]]]:
    """Word → the fixed phrases of data/idioms.csv it is in ('opposed' in 'as opposed to'), with its place there."""
    out: dict[str, list[tuple[list[str], int]]] = {}
    with open(DATA / "idioms.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            words = r["phrase"].lower().split()
            for k, w in enumerate(words):
                out.setdefault(w, []).append((words, k))
    return out


def in_idiom(tok: Token) -> bool:
    """Is the word part of a fixed phrase that reports nothing ('as opposed to', 'needless to say')?"""
    doc = tok.doc
    return any(tok.i - k >= 0 and tok.i - k + len(words) <= len(doc) and
               all(doc[tok.i - k + j].lower_ == w for j, w in enumerate(words))
               for words, k in _idioms().get(tok.lower_, ()))


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, set[str]]:
    """Verbs that change who speaks a participle after them, by class (data/verb_classes.csv): 'object_control'
    (leave, keep, find …: their person object speaks), 'receiving' (get, receive …: someone else's words),
    'questioning' (ask, press …: the one asked is the subject of the question)."""
    out: dict[str, set[str]] = {}
    with open(DATA / "verb_classes.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(r["class"], set()).add(r["verb"])
    return out


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Word forms the model lemmatises wrongly ('hopes' → 'hop'), from data/lemmas.csv: the right lemma."""
    with open(DATA / "lemmas.csv", encoding="utf-8") as f:
        return {r["word"]: r["lemma"] for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """First words of every lexicon entry (a token can only be a cue if it is one of these)."""
    words = [k.split()[0] for k in lexicon()] + [w for w, lemma in lemma_fixes().items() if lemma in lexicon()] + \
        list(past_forms())
    return frozenset(w for k in words for w in (k, k.capitalize()))


def _names_after(tok: Token) -> bool:
    """A word right after a quote's punctuation that the parser hung on the name after it, as if describing it
    ('“…,” huffed Senator Tom Baxter'; not 'the noted Tom Baxter')."""
    return tok.dep_ == "amod" and tok.head.ent_type_ == "PERSON" and tok.head.i > tok.i and tok.i > 0 and \
        tok.doc[tok.i - 1].is_punct


@lru_cache(maxsize=1)
def past_forms() -> dict[str, str]:
    """Past forms of one-word speech cues ('huffed', 'snapped', 'sniffed') → the cue: the tagger sometimes calls them
    adjectives after a quote."""
    out = {}
    for lemma, cue in lexicon().items():
        if " " in lemma or cue.type != "speech" or not lemma.isalpha():
            continue
        forms = [lemma + "d"] if lemma.endswith("e") else [lemma + "ed", lemma + lemma[-1] + "ed"]
        out.update({f: lemma for f in forms})
    return out


def cue_candidates(doc: Doc) -> list[Token]:
    """Tokens that :func:`cue_of` may accept, found on the Doc's arrays without building a Token
    for every word (the per-token loop was most of the rules' time)."""
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import ADJ, VERB

    strings = doc.vocab.strings
    words = {strings.add(w) for w in _cue_words()}
    according = strings.add("according")
    verb, adj = VERB, ADJ
    arr = doc.to_array([POS, LEMMA, LOWER])
    keep = [i for i, (pos, lemma, lower) in enumerate(arr.tolist())
            if lower == according or (pos in (verb, adj) and (lemma in words or lower in words))]
    return [doc[i] for i in keep]


def coordinated_cue(tok: Token) -> Token | None:
    """The reporting verb a second speech cue really belongs with when the parser hung it on the reported
    clause: 'X said the country would leave and suggested …', 'X said A, arguing that B',
    'X said A, though she noted B'. None when the cue is not such a second cue."""
    if tok.dep_ not in ("conj", "advcl") or tok.pos_ != "VERB":
        return None
    found = cue_of(tok)
    if not found or found[0].type != "speech":
        return None
    h = tok
    while h.dep_ in ("conj", "advcl") and h.head.i != h.i:
        h = h.head
    if h.dep_ != "ccomp" or h.head.i == h.i or h.head.i > tok.i:
        return None
    outer = h.head
    found_outer = cue_of(outer)
    if not found_outer or found_outer[0].type != "speech":
        return None
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if own_subject:
        ok = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("though", "although", "while", "whereas")
                                         for c in tok.children)
    elif tok.dep_ == "conj":
        # 'said he'd battled pneumonia and called it common': a pronoun subject of the clause is the speaker again
        ok = tok.tag_ == outer.tag_ and (tok.head.tag_ != tok.tag_ or any(
            c.dep_ == "nsubj" and _same_referent(c, outer) for c in tok.head.children))
    else:
        ok = tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
    if not ok or clause_content(tok.doc, tok, found[0]) is None:
        return None
    return outer


def _same_referent(pron: Token, verb: Token) -> bool:
    """A pronoun that can stand for the subject of a verb ('Rendell said he …', 'China said it …')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or pron.pos_ != "PRON":
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ == pron.lower_
    plural = subj.tag_ in ("NNS", "NNPS")
    return pron.lower_ in (("they",) if plural else ("he", "she", "it"))


def subject_of(verb: Token, mask=None) -> Token | None:
    """The cue's speaker token: its subject, a passive agent, or the subject of the verb it hangs on."""
    v = verb
    if _names_after(verb) and verb.lower_ in past_forms():
        return verb.head  # '“…,” huffed Senator Tom Baxter': the name the parser hung the cue on
    if (quoted := _quoted_saying(verb)) is not None and not (mask and mask[quoted.idx]):
        return quoted
    if (held := _controlled_by_object(verb) or _listed_subject(verb) or _statement_from(verb)) is not None and \
            not (mask and mask[held.idx]):
        return held
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (outer := coordinated_cue(verb)):
        v = outer
    elif (said := _participle_reporter(verb)) is not None:
        v = said
    elif (main := _past_subordinate(verb)) is not None:
        v = main
    elif _put_to_subject(verb):
        return None  # 'Asked why …, Trump responded': Trump is the one asked; who asked is unsaid
    if (name := _name_just_before(verb, mask)) is not None:
        return name
    for _ in range(4):
        kids = [c for v2 in (v, *[a for a in v.children if a.dep_ in ("aux", "auxpass")]) for c in v2.children]
        subj = [c for c in kids if c.dep_ == "nsubj" and not c.is_punct and not (mask and mask[c.idx])
                and not _set_off_from_infinitive(c, v)]
        if subj:
            c = min(subj, key=lambda x: abs(x.i - v.i))  # 'The problem, he said, …' misparsed with two subjects
            if c.lower_ == "you" and (owner := _owner_of_object(v)) is not None:
                return owner  # 'You may recall Candace Owens’s assessment: “…”': the reader recalls; Owens said it
            if (named := _person_beside(c, v) or _named_before_others(c) or _named_after_inset(c, v)) is not None:
                return named
            if c.tag_ == "WDT" and v.dep_ == "relcl":
                return v.head
            between = v.doc[c.i + 1:v.i]
            if c.lower_ in ("who", "whom", "which") and v.dep_ == "relcl" and len(between) and \
                    all(t.pos_ in ("PROPN", "DET") or t.ent_type_ in NAMED for t in between) and \
                    (between[-1].pos_ == "PROPN" or between[-1].ent_type_ in NAMED) and \
                    any(x.dep_ == "ccomp" for x in v.children):
                return between[-1]  # 'Nielsen, who Axios reported is the person Kelly most trusts': Axios reports
            # ', who said …': the source is the relative pronoun (as written); resolve() links it to the noun
            return c
        for c in kids:  # the agent first: 'Trump was advised by Zach Fuentes that …' is Fuentes
            if c.dep_ == "agent":
                pobj = [x for x in c.children if x.dep_ == "pobj"]
                return pobj[0] if pobj else None
        for c in kids:
            if c.dep_ == "nsubjpass":  # 'X is believed to …', 'X was quoted as saying …': X
                quoted = v.lemma_ in ("quote", "cite") and any(x.lower_ == "as" for x in v.children)
                # 'Mr. Christie is expected to say that …', 'Trump is set to announce …': X will say it
                speaks = v is verb and any(x.dep_ == "xcomp" and (cue := lexicon().get(x.lemma_.lower())) is not None and
                             cue.type in SPEECH_TYPES for x in v.children)
                return c if v.lemma_ in PASSIVE_BELIEF or quoted or speaks else None
        if v.dep_ == "conj" and (name := _stranded_subject(v, mask)) is not None:
            return name  # '“…,” Ramos, 58, told AFP': the parser joined name and verb to the quoted clause
        after = [c for c in v.rights if c.pos_ == "PROPN" and c.dep_ in ("dobj", "npadvmod", "attr", "appos")
                 and c.ent_type_ not in ("DATE", "TIME") and not (mask and mask[c.idx])]  # not 'said Friday'
        if after and after[0].left_edge.i == v.i + 1 and v.tag_ not in ("VBG", "VB") and v.i > 0 and \
                (v.doc[v.i - 1].is_punct or v.doc[v.i - 1].is_space or v.i == v.sent.start):
            return after[0]  # '“…,” said Margoev', not "telling Tlaib", "to attack Clinton", "but instead endorsed Clinton"
        if v.dep_ == "relcl" and v.tag_ in ("VBG", "VBN"):
            return None
        if v.dep_ == "acl" and v.tag_ == "VBG":
            # 'issued a statement describing …', 'said in a statement accusing …': the statement's author
            if speaker_words().get(v.head.lemma_.lower()) == "document" or _misattached_participle(v):
                verb = v.head.head.head if v.head.dep_ == "pobj" else v.head.head if v.head.dep_ == "dobj" else None
                while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep") and \
                        verb.head.i != verb.i:
                    verb = verb.head  # 'she showed her strength as a leader with a direct response urging him …'
                if verb is not None and verb.pos_ in ("VERB", "AUX") and (author := subject_of(verb, mask)) is not None:
                    return author
            return v.head
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ in ("quote", "cite"):
            v = v.head.head  # '… was quoted as saying that …', 'quoted Lavrov as saying': the quoted one says it
            quoted = [c for c in v.children if c.dep_ == "dobj" and not (mask and mask[c.idx])]
            if quoted:
                return quoted[0]
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in SUBJECT_GERUND_PREPS and \
                (outer := v.head.head).pos_ in ("VERB", "AUX"):
            own = cue_of(v)
            if own is None or own[0].type != "speech" or _carries_content(outer, v.head) or \
                    not any(c.dep_ == "nsubj" for c in outer.children):
                # 'he defended the remark by saying …', 'Carney responded to the demand by calling …', 'He urged his
                # government to get guarantees before agreeing to …': inside another claim's content, or someone
                # else's deed; one attribution. And 'by trying to …' is a deed, not a statement
                return None
            v = outer  # 'McCain and Graham responded by saying …', 'after saying …': the verb's subject says it
            continue
        # 'Sen. Ron Johnson, a … Republican serving his first term, persistently questioned Clinton': the parser's
        # fallback 'dep' hangs a finite verb with no subject on the verb whose subject it shares
        misparsed = v.dep_ == "dep" and v.tag_ in ("VBD", "VBZ", "VBP") and v.head.i < v.i
        if (v.dep_ not in INHERIT_DEPS and not misparsed) or v.head.i == v.i:
            return _stranded_subject(v, mask) if v.dep_ == "ROOT" else None
        v = v.head
    return None


def _person_beside(subject: Token, verb: Token) -> Token | None:
    """'… tested positive for COVID-19, the respiratory illness caused by the virus, Rear Admiral John Menoni, the
    region's top Navy commander, told reporters': the parser made the thing the quote is about the subject and hung
    the person on it with a comma alone; a named person so set between a non-person subject and its verb speaks
    ('(UPDATE: District Attorney Dave Sunday has announced …', the section label taken for the subject)."""
    if subject.pos_ != "NOUN" or subject.ent_type_ == "PERSON" or _person_word(subject) \
            or any(c.dep_ == "cc" for c in subject.children):
        return None
    named = [c for c in subject.children if c.dep_ in ("conj", "appos", "npadvmod") and subject.i < c.i < verb.i
             and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and subject.doc[c.left_edge.i - 1].text in (",", ":")]
    return named[0] if len(named) == 1 else None


def _named_after_inset(subject: Token, verb: Token) -> Token | None:
    """'But the real beneficiary of that deal, said Asoke Mukerji, a former …, was Russia': a cue set between commas
    inside the reported clause, the person right after it; the parser made the clause's subject the cue's."""
    doc = verb.doc
    if subject.i > verb.i or verb.i + 2 >= len(doc) or doc[verb.i - 1].text != "," or subject.ent_type_ == "PERSON" or \
            subject.lower_ in PERSONAL_PRONOUNS or _person_word(subject) or \
            any(t.dep_ == "appos" for t in subject.children) or (cue := cue_of(verb)) is None or cue[0].type != "speech":
        return None  # not 'The center's CEO, John Ryan, said Berry, DeJesus and Knight …', '…, favor Calexit, or …'
    name = doc[verb.i + 1]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return None
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    # the name set off alone, not the first of a list the cue reports ('said Berry, DeJesus and Knight would …')
    return doc[end] if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ != "PERSON" and \
        doc[end].head.i != verb.i else None


def _named_before_others(subject: Token) -> Token | None:
    """'Bovino and other economists noted …' parsed as one noun phrase, the name a modifier of 'economists': a named
    person and their entourage speak as that person (see _entourage)."""
    if subject.tag_ != "NNS" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in subject.children):
        return None
    named = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i and
             c.ent_type_ == "PERSON" and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)]
    return named[0] if len(named) == 1 else None


def _name_just_before(verb: Token, mask=None) -> Token | None:
    """The name right before a finite cue the parser left with no subject: '“…,” Modly said' (the surname tagged
    as an '-ly' adverb), '… clips of the interview and deputy campaign manager Stephanie Cutter declared: …' (the
    name taken as an object). A name written just before a finite verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    t = doc[verb.i - 1]
    if (mask and mask[t.idx]) or not t.is_title or t.i == t.sent.start and t.ent_type_ != "PERSON":
        return None
    if t.ent_type_ == "PERSON" and (t.pos_ == "PROPN" or t.head.i == verb.i and t.dep_ in ("compound", "npadvmod", "dep")):
        return t  # 'Pence counters that …', with 'Pence' read as a plural noun's compound ('penny')
    # a capitalised word the tagger misread, right after a closing quote ('“…,” Modly said')
    before = doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.text == "," and t.i > 1:
        before = doc[t.i - 2]
    return t if before is not None and before.text in ("”", '"', "’", "'", "»") and mask and mask[before.idx] \
        and t.pos_ in ("ADV", "ADJ", "PROPN", "NOUN") and t.dep_ not in ("nsubj", "dobj") else None


def _statement_from(verb: Token) -> Token | None:
    """'The White House released a statement from spokesman Raj Shah reiterating that …': the words are the person's
    the statement is from, not the body that released it; None when no person is named so."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i > verb.i:
        return None
    documents = [c for c in head.children if c.dep_ == "dobj" and speaker_words().get(c.lemma_.lower()) == "document"]
    if not documents:
        return None
    for prep in [c for x in (head, documents[0]) for c in x.children if c.dep_ == "prep" and c.lower_ == "from"]:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.ent_type_ == "PERSON" and pobj.pos_ == "PROPN":
                return pobj
            named = [c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if named:
                return named[0]  # 'a statement from its spokeswoman, Maria Zakharova, saying …'
    return None


def _controlled_by_object(verb: Token) -> Token | None:
    """'… and left another, Steven Tong, lamenting the loss of civility': after 'leave', 'keep', 'find', 'see' …
    the object does what the participle says; the object just before it. So does the noun of an absolute 'with'
    the parser hung beside the participle ('…, with Tom Bossert saying that …')."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "oprd", "ccomp") or head.i > verb.i or \
            any(c.dep_ == "nsubj" for c in verb.children):
        return None
    absolute = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "without") and p.i < verb.i
                for o in p.children if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1]
    if absolute:
        return absolute[0]
    if head.lemma_.lower() not in verb_classes()["object_control"]:
        return None
    from .entities import person_nouns
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    # someone: not 'kept the sermon short, calling on …', 'left a review, advising …' (the subject's own words)
    someone = objects and (objects[-1].ent_type_ == "PERSON" or objects[-1].lower_ in ("him", "her", "them") or
                           objects[-1].lemma_.lower() in person_nouns() or
                           speaker_words().get(objects[-1].lemma_.lower()) in ("title", "group"))
    return objects[-1] if someone else None


def _listed_subject(verb: Token) -> Token | None:
    """'Fillon called for cooperation with Russia and Iran and Melenchon warned that …': the parser listed the name
    with the objects and joined the verb to the first clause; a person named right before a subjectless verb is
    its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or verb.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    return name if name.ent_type_ == "PERSON" and name.dep_ in ("conj", "pobj", "dobj") and name.head.i < name.i \
        else None


def cut_before_listed_speakers(doc: Doc, claims: list[Claim]) -> None:
    """'Fillon called for cooperation with Russia and Iran and Melenchon warned …': Fillon's content ends before
    'and Melenchon', the next claim's speaker the parser had listed with his objects."""
    for d in claims:
        listed = _listed_subject(doc[d.head + 1]) if 0 <= d.head < len(doc) - 1 else None
        if listed is None or listed.i != d.head or doc[d.head + 1].idx != d.cue_start:
            continue
        i = d.head
        while i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i].ent_iob_ != "B":
            i -= 1  # the name's first word
        j = i - 1
        if j < 1 or doc[j].lower_ not in ("and", ",", "but", "while"):
            continue
        k = j - 1
        while k > 0 and (doc[k].is_space or doc[k].text == ","):
            k -= 1
        for c in claims:
            if c is not d and c.start < doc[i].idx < c.end and c.cue_start < doc[i].idx and tok_end(doc[k]) > c.start:
                c.end = tok_end(doc[k])


def _misattached_participle(verb: Token) -> bool:
    """'Mr. Trump also confronted climate change vowing to end …': a speech participle the parser hung on a
    verb's object that cannot speak (a common noun that is no person, group, medium or text)."""
    from .entities import person_nouns
    noun = verb.head
    cue = cue_of(verb)
    if cue is None or cue[0].type not in SPEECH_TYPES or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or \
            noun.head.lemma_.lower() in verb_classes()["receiving"] or not any(c.dep_ == "nsubj" for c in noun.head.children):
        return False  # 'he got a call asking if he could fly': the caller asks, not he
    # no one in the object: not 'had a wide array of black artists writing songs'
    return not any(t.ent_type_ in ("PERSON", "NORP", "ORG") or t.lemma_.lower() in person_nouns() or
                   t.lemma_.lower() in speaker_words() for t in noun.subtree if t.i < verb.i)


def _set_off_from_infinitive(subj: Token, verb: Token) -> bool:
    """A 'subject' the parser gave a to-infinitive across a comma ('… touting the accomplishments they secured, namely a
    deal with the Trump administration …, to try to show …'): an infinitive has none of its own; the main clause's
    subject does it."""
    doc = verb.doc
    return subj.i < verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(t.text == "," for t in doc[subj.right_edge.i:verb.i])


def _quoted_saying(verb: Token) -> Token | None:
    """'Ailes was quoted in a 2011 story by The Associated Press saying, “…”', '… was quoted by the AP as saying':
    the one quoted says it, not the outlet that quotes them (the parser hangs 'saying' on the story or on 'as')."""
    if verb.tag_ != "VBG":
        return None
    t = verb
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in ("quote", "cite") and t.tag_ == "VBN":
            return next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if t.pos_ == "VERB":
            return None
    return None


def _participle_reporter(verb: Token) -> Token | None:
    """'… came after comments by McAlleenan, who said that the border was at its “breaking point,” noting that …':
    the parser hung the participle on a verb that reports nothing; the reporting verb whose clause it follows
    speaks it."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i or cue_of(verb.head) is not None:
        return None
    doc = verb.doc
    gap = verb.i - 1
    while gap > verb.head.i and (doc[gap].is_punct or doc[gap].is_space):
        gap -= 1
    for t in doc[verb.head.i + 1:gap + 1]:
        if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" and (cue := cue_of(t)) is not None and \
                cue[0].type in SPEECH_TYPES and t.right_edge.i >= gap - 1 and \
                any(c.dep_ in ("nsubj", "ccomp") for c in t.children) and not any(c.lower_ == "as" for c in t.children):
            return t  # not 'as POLITICO reported, …, suggesting …': a source in passing
    return None


def _put_to_subject(verb: Token) -> bool:
    """'(When) asked whether …, the president insisted …': a speech verb's passive participle heading a subjectless
    clause says what was put to the main clause's subject, by someone unnamed ('Convinced that …, he' is his belief,
    'As recounted in his book, …' his account, 'Having told me that …, he' active)."""
    cue = lexicon().get(verb.lemma_.lower())
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and cue is not None and cue.type in SPEECH_TYPES and \
        verb.lemma_ not in PASSIVE_BELIEF and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") or
                                                      c.dep_ == "mark" and c.lower_ == "as" or
                                                      c.dep_ == "aux" and c.lower_ in ("having", "have") for c in verb.children)


def _past_subordinate(verb: Token) -> Token | None:
    """'Obama weighed in just 24 hours before the voting began, saying he'd like …': a participle after a closing
    subordinate clause goes with the main clause, though the parser hangs it on the nearer verb; that verb."""
    sub = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.i - 1].text != "," or sub.i > verb.i or \
            sub.dep_ != "advcl" or sub.head.i > sub.i or not any(c.dep_ == "mark" for c in sub.children):
        return None
    return sub.head


def _stranded_subject(verb: Token, mask=None) -> Token | None:
    """'In a statement to the Observer, her adviser, Jake Sullivan, said: …': the parser hung the subject
    on the fronted phrase as an apposition; the apposition just before a subjectless verb is its subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    fronted = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBN", "VBD")]
    named = [x for c in fronted for x in c.children if x.dep_ == "nsubj" and x.pos_ == "PROPN" and x.i == c.left_edge.i
             and verb.doc[x.i + 1].text == ","]
    if named and verb.dep_ == "ROOT" and not (mask and mask[named[0].idx]):
        return named[0]  # 'Fairfax, one of three top Virginia Democrats embroiled in scandal, said': the participle describes him
    # '“…,” O’Halleran, whose district Trump won in 2016, said': a name right after the closing quote, set off by
    # commas with the clause that describes it, the parser hung on the quote's last noun
    doc = verb.doc
    close = next((x for x in reversed(doc[verb.sent.start:verb.i]) if x.text in ("”", '"', "»") and mask and mask[x.idx]),
                 None)
    name = doc[close.i + 1] if close is not None and close.i + 2 < verb.i else None
    while name is not None and name.dep_ in ("compound", "flat") and name.i < name.head.i < verb.i:
        name = name.head  # 'Tom' → 'O’Halleran'
    if name is not None and name.ent_type_ == "PERSON" and name.pos_ in ("NOUN", "PROPN") and not mask[name.idx] and \
            doc[name.i + 1].text == "," and name.right_edge.i == verb.i - 2 and \
            any(c.dep_ in ("relcl", "appos", "acl") for c in name.children):
        return name
    t = verb.doc[verb.i - 2]
    if t.like_num and t.dep_ in ("appos", "npadvmod", "nummod") and t.head.i < t.i and verb.doc[t.i - 1].text == ",":
        t = t.head  # 'Ramos, 58, told': the age is no name
    while t.dep_ in ("compound", "flat", "appos") and t.head.i < t.i and t.head.dep_ in ("appos", "conj"):
        t = t.head  # 'Sullivan' → 'adviser': the first apposition of the chain
    if (mask and mask[t.idx]) or t.pos_ not in ("NOUN", "PROPN") or t.head.i >= t.i:
        return None
    if t.dep_ == "appos" and verb.dep_ == "ROOT":
        return t
    # '“…,” Ramos, 58, told AFP': a name right after a closing quote, joined to the quoted clause like the verb
    before = verb.doc[t.i - 1] if t.i > 0 else None
    if t.dep_ == "conj" and verb.dep_ == "conj" and t.head.i == verb.head.i and before is not None and \
            before.text in ("”", '"', "’", "'", "»") and mask and mask[before.idx]:
        return t
    return None


def clause_edges(verb: Token, extra: list[Token], content: set[int], mask) -> tuple[int, int]:
    """Token range of the cue clause itself: verb, its auxiliaries, adverbs, subject and objects."""
    toks = [verb, *extra]
    for c in verb.children:
        if c.i in content or mask[c.idx] or c.dep_ in ("ccomp", "advcl", "conj", "cc", "parataxis") or c.is_punct:
            continue
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "prt", "dobj", "dative",
                      "npadvmod", "prep", "agent", "attr"):
            toks.extend(t for t in c.subtree if c.dep_ != "nsubj" or not mask[t.idx])  # nor a quote hung on the subject
    words = [t for t in toks if not t.is_punct] or toks  # nor are the '”' and ',' hung on it
    return min(t.i for t in words), max(t.i for t in words)


# ---------------------------------------------------------------- content

def quote_at(quotes: list[Quote], lo: int, hi: int) -> list[Quote]:
    """Quotes overlapping the char range [lo, hi)."""
    return [q for q in quotes if q.start < hi and q.end > lo]


def adjacent_quote(doc: Doc, quotes: list[Quote], lo: int, hi: int, para: tuple[int, int],
                   bare: bool = False, participle: bool = False) -> Quote | None:
    """A quote that ends just before or opens just after a cue clause (only commas/colons/dashes between;
    with ``bare``, a space will do: 'He says “it is late.”', a cue clause that ends at its verb). A
    participle clause ('… “irresponsible.” Calling in to a show, he said …') reports no quote before it."""
    text = doc_text(doc)
    before = [] if participle else [q for q in quotes if q.end <= lo and q.start >= para[0]]
    after = [q for q in quotes if q.start >= hi and (q.start < para[1] or text[hi:q.start].strip() == ":")]
    if before and after and text[hi:after[0].start].strip() == ":" and text[lo:lo + 1].isupper() and \
            text[before[-1].start:before[-1].end].rstrip("\"”»'’ ").endswith("."):
        return after[0]  # '… not “repeal.” He added: “A good place to start …”': the quote the colon opens
    if before and QUOTE_GAP.match(text[before[-1].end:lo]) and text[before[-1].end - 2:before[-1].end].strip(
            "\"”»'’“« ") in ("", ",", "?", "!", "—", "–", "-", ",\u2019", ".") and \
            not _sentence_final_before(text, before[-1]):
        return before[-1]
    if after and QUOTE_GAP.match(text[hi:after[0].start]) and re.search(r"[,:]|^\s*$", text[hi:after[0].start]):
        gap = text[hi:after[0].start]
        if ":" in gap or "," in gap or after[0].start == hi or (bare and gap.isspace() and "\n" not in gap):
            return after[0]
    return None


def _sentence_final_before(text: str, q: Quote) -> bool:
    """True when a quote closed with a full stop outside it ('…”. He said') — then it is not ours."""
    return False


def _own_report(verb: Token) -> bool:
    """A speech cue with a named subject of its own ('… and Bolton tweeted …')."""
    found = cue_of(verb)
    return found is not None and found[0].type in SPEECH_TYPES and verb.pos_ == "VERB" and \
        any(x.dep_ == "nsubj" and (x.ent_type_ == "PERSON" and x.pos_ == "PROPN" or
                                   any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in x.children)) for x in verb.children)


def clause_content(doc: Doc, verb: Token, entry: Cue) -> tuple[int, int] | None:
    """Token range of the reported clause: ccomp, or the objects/prepositions the cue takes."""
    left = any(c.dep_ in CLAUSE_DEPS and c.i < verb.i for c in verb.children)
    # 'Rouhani will not be allowed to …, he said, as the organizations … are beyond his control': with a clause
    # before the cue, one after it that opens on 'as' or 'because' is the reason the parser hung there, not what he said
    aside = {c.i for c in verb.children if c.dep_ in CLAUSE_DEPS and c.i > verb.i and left and
             doc[c.left_edge.i].dep_ == "mark" and doc[c.left_edge.i].lower_ in ADVERBIAL_MARKS}
    right = any(c.dep_ in CLAUSE_DEPS and c.i > verb.i and c.i not in aside for c in verb.children)
    for c in verb.children:
        if c.dep_ in CLAUSE_DEPS and c.i not in aside:
            thing = c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == "," and \
                all(x.lower_ in ("that", "this", "it") for x in c.children if x.dep_ == "nsubj")
            if c.i < verb.i and (right or cue_of(c) and any(x.dep_ == "nsubj" for x in c.children) and not thing):
                continue  # 'In a statement released after X, Cruz said Y': Y is what he said
            # ('For companies like CAF, that means there's a large pool of workers, says Galarza': a thing's 'means'
            # is no one's claim, so the clause before the comma is Galarza's; not 'It seems likely — they talked')
            lo, hi = c.left_edge.i, c.right_edge.i
            second = next((t for t in c.subtree if t.i > c.i and getattr(coordinated_cue(t), "i", -1) == verb.i), None)
            other = next((x for x in c.children if x.dep_ == "conj" and x.i > c.i and _own_report(x)), None)
            if second is not None:
                hi = second.left_edge.i - 1  # 'said A and suggested B': B is a claim of its own
            elif other is not None:
                hi = other.left_edge.i - 1  # 'Navarro asserted that A, and Bolton tweeted B': Bolton's claim of his own
            elif c.i > verb.i:
                hi = reported_tail(doc, verb, dash_aside(doc, lo, hi))
            return trim(doc, lo, hi)
    for c in verb.children:  # 'told Macron in a phone call that S': the parser hung S on the call
        for noun in (x for x in c.children if c.dep_ == "prep" and x.dep_ == "pobj"):
            for x in noun.children:
                if x.dep_ in ("acl", "relcl", "ccomp") and x.i > verb.i and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
                    return trim(doc, x.left_edge.i, reported_tail(doc, verb, x.right_edge.i))
    parts = []
    dobj = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "xcomp" and (entry.objects or entry.type in ("intention", "belief") or entry.infinitive):
            parts.append(c)
        elif c.dep_ == "xcomp" and dobj:
            parts.extend([c, *dobj])
        elif c.dep_ in ("dobj", "oprd") and entry.objects:
            parts.append(c)
        elif c.dep_ == "prep" and (c.lower_ in entry.preps or f"{c.lower_}+to" in entry.preps and _urged_to(verb)) \
                and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
            parts.append(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in entry.preps and m.i == c.left_edge.i
                                       for m in c.children):
            parts.append(c)  # 'calling for the US to develop harsh new sanctions': the parser's 'for' is a mark
        elif c.dep_ == "ccomp":
            parts.append(c)
    if not parts:
        return None
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    # 'described crass behavior by Trump behind the scenes': modifiers the parser hung on the verb after
    # the object still belong to the reported content (up to a comma, a conjoined clause or the sentence end)
    for c in verb.rights:
        if c.i <= hi:
            continue
        infinitive = c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        if (c.dep_ in ("prep", "advmod", "npadvmod", "dobj", "dative", "xcomp", "oprd") or infinitive) and \
                doc[c.left_edge.i - 1].text != ",":  # 'called for X to release Y'
            hi = c.right_edge.i
        else:
            break
    return trim(doc, lo, reported_tail(doc, verb, dash_aside(doc, lo, hi)))


TAIL_MARKS = {"unless", "because", "though", "although", "if", "so", "whereas"}
ADVERBIAL_MARKS = TAIL_MARKS | {"as", "since", "while"}
DASHES = {"—", "–", "―", "--"}


def dash_aside(doc: Doc, lo: int, hi: int) -> int:
    """'pledged to ban all Muslims — 1.6 billion people — from entering the U.S.': an aside set off by
    a pair of dashes, which the parser hangs outside, does not end the content; what follows it runs
    on to the sentence end unless it is a clause of its own."""
    if hi + 1 >= len(doc) or doc[hi + 1].text not in DASHES:
        return hi
    sent = doc[hi].sent
    if sum(t.text in DASHES for t in doc[lo:hi + 1]) % 2:
        close = hi + 1  # the dash closes an aside opened inside the content
    else:
        close = next((t.i for t in doc[hi + 2:sent.end] if t.text in DASHES), None)
    if close is None or close + 1 >= sent.end:
        return hi
    rest = doc[close + 1:sent.end]
    if rest[0].dep_ == "cc" or any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                   or t.text in DASHES for t in rest):
        return hi
    return sent.end - 1


def reported_tail(doc: Doc, verb: Token, hi: int) -> int:
    """'said A, but (that) B' / 'threatened to A unless B': a clause the parser hung on the cue verb after
    the reported clause still belongs to it, unless it is a cue of its own ('and said B', 'adding B')."""
    kids = [c for c in verb.rights if c.i > hi]
    for k, c in enumerate(kids):
        if c.is_punct:
            continue
        if c.dep_ == "cc" and k + 1 < len(kids):
            continue
        own = cue_of(c)
        if own is not None and (own[0].type in SPEECH_TYPES or not any(x.dep_ == "nsubj" for x in c.children)) or \
                any(cue_of(t) is not None and t.pos_ == "VERB" for t in c.subtree if t.dep_ in ("conj", "advcl") and t.head.i == c.i):
            break  # a speech cue of its own ('and said B'), not 'but Obama is giving them lectures'
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (
                any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children) or
                any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)):
            hi = c.right_edge.i
        elif c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in TAIL_MARKS for x in c.children):
            hi = c.right_edge.i
        else:
            break
    return hi


def inverted_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'The plan failed, X said' / 'The plan, X said, failed': the head clause around a parenthetical cue."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or any(c.dep_ == "mark" for c in verb.children):
        return None
    head = verb.head
    sub = {t.i for t in verb.subtree}
    toks = [t.i for t in head.subtree if t.i not in sub]
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    if not toks or (verb.head.i > verb.i and doc[first.i - 1].text not in (",", "—", "–")):
        return None
    if verb.head.i < verb.i and (doc[first.i - 1].text not in (",", "—", "–", "”", '"', "’", "'") or first.tag_ in ("WRB", "IN")):
        return None  # '…, was on air when she yelled': a time or reason clause, not a cue set off by a comma
    lo, hi = trim(doc, min(toks), max(toks))
    return (lo, hi) if hi > lo else None


def parenthetical_content(doc: Doc, verb: Token, lo: int, hi: int, para: tuple[int, int]) -> tuple[int, int] | None:
    """'A, X told me on Friday, B.': a cue clause set off by commas inside a sentence reports the whole sentence."""
    if lo < 2 or hi + 2 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
        return None
    sent = verb.sent
    s = max(sent.start, doc.char_span(para[0], para[0] + 1, alignment_mode="expand").start
            if doc.char_span(para[0], para[0] + 1, alignment_mode="expand") is not None else sent.start)
    e = sent.end - 1
    while e > hi and doc[e].idx >= para[1]:
        e -= 1
    left = doc[s:lo - 1]
    right = doc[hi + 2:e + 1]
    if not any(t.is_alpha for t in left) or not any(t.is_alpha for t in right):
        return None
    # the left part must be the start of the reported clause: its subject, not a clause of its own
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ in ("ROOT", "ccomp") and t.i != verb.head.i
           for t in left) or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.i == verb.head.i for t in left):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in right):
        return None
    lo2, hi2 = trim(doc, s, e)
    return (lo2, hi2) if hi2 > lo2 else None


def left_content(doc: Doc, verb: Token, speaker: Token | None) -> tuple[int, int] | None:
    """'Content …, X told Y.': the part of the cue's sentence before its comma-set-off subject."""
    if speaker is None or speaker.head.i != verb.i or speaker.i > verb.i:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # '…, the India-Russia relationship will continue': what will be is no report of what was said
    lo, cut = verb.left_edge.i, speaker.left_edge.i - 1
    if cut <= lo or doc[cut].text not in (",", "—", "–"):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[lo:cut]):
        return None  # 'In Honolulu last week, he told …': a fronted adverbial is no reported clause
    fronted = next((c for c in verb.children if c.i < speaker.i and c.left_edge.i <= lo + 1 and c.right_edge.i >= cut - 1), None)
    if fronted is not None and fronted.dep_ == "advcl" and fronted.tag_ in ("VBN", "VBG") and \
            any(c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") and c.i == fronted.left_edge.i for c in fronted.children):
        return None  # 'When asked whether …, the president insisted …': a participle clause says when he said it, not what
    lo, hi = trim(doc, lo, cut)
    return (lo, hi) if hi > lo else None


def as_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """'As X noted, Y': the main clause Y, without the As-clause."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    found = cue_of(verb)
    if found is not None and not found[0].as_clause:
        return None
    # 'even as he called Mexico disrespectful': the as-clause says its own thing ('as Filmer put the matter' does not);
    # 'Even as he praised Obama as a unifying figure, …' is a time, not a source
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "advmod" and c.lower_ == "even" for c in verb.children):
        return None
    head = verb.head
    sub = {t.i for t in verb.subtree}
    toks = [t.i for t in head.subtree if t.i not in sub]
    if not toks:
        return None
    lo = max(verb.right_edge.i + 1, min(toks)) if verb.i < head.i else min(toks)
    hi = max(toks) if verb.i < head.i else verb.left_edge.i - 1
    lo, hi = trim(doc, lo, hi)
    return (lo, hi) if hi >= lo else None


def according_content(doc: Doc, acc: Token) -> tuple[int, int] | None:
    """'According to X, Y' / 'Y, according to X': the clause Y the phrase modifies (the whole rest
    of the sentence when the phrase opens or closes it: 'A, B and C, according to a poll')."""
    sent, end = acc.sent, acc.right_edge.i
    rest = [t for t in acc.doc[end + 1:sent.end] if not (t.is_punct or t.is_space)]
    lead = [t for t in acc.doc[sent.start:acc.i] if not (t.is_punct or t.is_space)]
    if not rest and lead and acc.i > 0 and acc.doc[acc.i - 1].text == ",":
        lo, hi = trim(acc.doc, sent.start, acc.i - 2)
        if hi >= lo:
            return lo, hi
    if not lead and rest and end + 1 < sent.end and acc.doc[end + 1].text == ",":
        lo, hi = trim(acc.doc, end + 2, sent.end - 1)
        if hi >= lo:
            return lo, hi
    head = acc.head if acc.head.i != acc.i else None
    if head is None:
        return None
    sub = {t.i for t in acc.subtree}
    toks = [t.i for t in head.subtree if t.i not in sub]
    if not toks:
        return None
    if acc.i < head.i:
        lo, hi = acc.right_edge.i + 1, max(toks)
    else:
        lo, hi = min(toks), acc.left_edge.i - 1
    lo, hi = trim(doc, lo, hi)
    return (lo, hi) if hi >= lo else None


# ---------------------------------------------------------------- claims

def kind_of(in_quote: bytearray, start: int, end: int) -> str:
    """direct / mixed / indirect by the share of content characters inside quote marks."""
    if end <= start:
        return "indirect"
    share = sum(in_quote[start:end]) / max(1, end - start)
    return "direct" if share >= 0.95 else "mixed" if share > 0.05 else "indirect"


def quote_mask(n: int, quotes: list[Quote]) -> bytearray:
    """Per-character flag: 1 inside a quote (marks included)."""
    mask = bytearray(n)
    for q in quotes:
        mask[q.start:q.end] = b"\x01" * (q.end - q.start)
    return mask


def para_index(paras: list[tuple[int, int]], pos: int) -> int:
    """Index of the paragraph holding char pos (the last one starting before it)."""
    lo = 0
    for k, (s, _) in enumerate(paras):
        if s <= pos:
            lo = k
        else:
            break
    return lo


def verb_claim(doc: Doc, tok: Token, quotes: list[Quote], paras, mask) -> Claim | None:
    """A claim triggered by a cue token, or None when it carries no content."""
    found = cue_of(tok)
    if not found:
        return None
    entry, cue_toks = found
    cs, ce = span_chars(cue_toks)
    if quote_at(quotes, cs, ce):
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS - {"whether"} for c in tok.children):
        return None  # 'unless the president agreed to end it', 'if Bush feels …': a condition, not a report
    if tok.tag_ == "VBG" and tok.lemma_.lower() in SUPPOSING and tok.dep_ == "advcl" and \
            all(t.is_punct or t.dep_ == "cc" for t in doc[tok.sent.start:tok.i]):
        return None  # 'Assuming Mr. Trump is impeached, the case will go …', not 'Sanders, presuming he cannot …,
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and \
            all(c.dep_ in ("mark", "nsubj", "advmod", "aux", "punct", "npadvmod") or mask[c.idx] and c.i > tok.head.i
                for c in tok.children) and \
            (said := cue_of(tok.head)) is not None and said[0].type == "speech" and not mask[tok.head.idx] and \
            any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") and c.tag_ != "NNPS" and c.ent_type_ != "NORP"
                for c in tok.head.children) and \
            not any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i < tok.i for c in tok.head.children):
        # 'He also said, as Politico noted: “…”': where his words were found, not a claim of its own ('As Raisi
        # noted, similarities … were confirmed' is, and 'even as he called Mexico disrespectful' or 'As Clinton talked
        # about …, Trump highlighted …' say their own thing; a trailing '…,” as historian Mr. Cannadine states'
        # credits the words before it, in 'As Glickman writes, “Critics accused …”' the verb is in the quote, and
        # 'As her followers chant “On est chez nous,” she adds: …' quotes the followers; in 'As Walter Russell Mead
        # has noted, Jacksonians emphasize …' no one speaks but Mead)
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "advcl" and cue_of(tok.head) and \
            (all(c.dep_ in ("punct", "advmod", "npadvmod", "prt") for c in tok.children) or
             not entry.as_clause and tok.i > tok.head.i):
        # 'Gates said, chuckling.', '“…,” one diplomat said, speaking on condition of anonymity': how or when the
        # other cue's words were said, no words of its own
        return None

    framed = False  # content framed by the cue's commas, not a clause it governs
    if entry.lemma == "according to":
        rng = according_content(doc, tok)
        pobj = [c for c in cue_toks[1].children if c.dep_ == "pobj"]
        speaker = pobj[0] if pobj else None
    else:
        speaker = subject_of(tok, mask)
        if entry.lemma in ("quote", "cite") and any(c.lower_ == "as" and any(x.dep_ == "pcomp" for x in c.children)
                                                    for c in tok.children):
            # 'the AP quoted him as saying', 'he was quoted by the Fars News Agency as saying'
            speaker = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), speaker)
        if speaker is None and not _passive(tok):
            return None
        if speaker is not None and _a_date(speaker):
            # 'did not March 2020 prove the superior wisdom of Alexander Hamilton: “…”': a date speaks no words; the
            # person named at the colon before the quote does, else no one
            colon = next((t for t in doc[tok.i:tok.sent.end] if t.text == ":"), None)
            speaker = _person_at_colon(doc, colon.i) if colon is not None else None
        if speaker is not None and para_index(paras, speaker.idx) != para_index(paras, tok.idx):
            speaker = None  # the parser ran a sentence across a paragraph break: the subject is not this cue's
        rng = as_content(doc, tok)
        content_toks: set[int] = set()
        clause = clause_content(doc, tok, entry)
        if clause is not None:
            content_toks = set(range(clause[0], clause[1] + 1))
            if mask[doc[clause[0]].idx] and mask[tok_end(doc[clause[1]]) - 1] and \
                    quote_at(quotes, doc[clause[0]].idx, doc[clause[0]].idx + 1)[0].end >= tok_end(doc[clause[1]]):
                clause = None
        if rng is None:
            para = paras[para_index(paras, tok.idx)]
            near = [speaker] if speaker is not None and (speaker.head.i == tok.i or speaker.i < tok.i and (
                speaker.dep_ == "conj" and speaker.head.i == tok.head.i or
                tok.tag_ in ("VBD", "VBZ", "VBP") and speaker.dep_ not in ("nsubj", "nsubjpass") and
                _after_closing_quote(speaker, mask))) else []  # not another verb's subject: '“…,” Trump told X when asked
            lo, hi = clause_edges(tok, near, content_toks, mask)
            q = adjacent_quote(doc, quotes, doc[lo].idx, tok_end(doc[hi]), para, participle=tok.tag_ == "VBG" and tok.dep_ == "advcl",
                               bare=clause is None and hi == tok.i and entry.type in SPEECH_TYPES and
                               (not entry.objects or bool(content_toks) or  # an object wholly in quotes is the quote
                                not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in tok.children)))
            if q is not None and q.start >= tok_end(doc[hi]) and ":" in doc_text(doc)[tok_end(doc[hi]):q.start] and \
                    tok.dep_ in CLAUSE_DEPS and (outer := cue_of(tok.head)) is not None and outer[0].type in SPEECH_TYPES:
                q = None  # 'Thune suggested that the president gave evidence of …: ⏎ “…”': the colon opens Thune's words
            # '“…,” Warren told Stumpf, after he admitted …': a quote closing on a comma right before the cue is
            # what the cue reports, not a clause the parser hung after it
            quote_first = q is not None and clause is not None and q.end <= cs < ce <= doc[clause[0]].idx and \
                doc_text(doc)[q.start:q.end].rstrip("\"”»'’ ").endswith(",") and \
                re.search(r"(^|[.?!\"”'’])\s*$", doc_text(doc)[para[0]:q.start]) is not None and \
                any(c.dep_ in CLAUSE_DEPS and c.i > tok.i for c in tok.children)
            if q is not None and (clause is None or quote_first or
                                  quote_at([q], doc[clause[0]].idx, tok_end(doc[clause[1]]))):
                start = _clause_start(doc, q, para[0]) if q.end <= cs else q.start
                return _claim(doc, "direct" if start == q.start else "mixed", entry, cs, ce, start, q.end,
                              speaker, mask)
            rng = clause
        if rng is None and entry.type == "speech" and tok.dep_ != "relcl":  # 'X, who spoke to us, said' is no parenthetical
            rng = parenthetical_content(doc, tok, lo, hi, para) or inverted_content(doc, tok) or \
                left_content(doc, tok, speaker)
            framed = rng is not None  # 'While Gadhafi tried …, he said, …': a clause, though no ccomp of the cue
    if rng is None or not _has_words(doc, rng):
        return None
    rng = _before_apposed_subject(doc, rng)
    s, e = doc[rng[0]].idx, tok_end(doc[rng[1]])
    s, e = _snap_to_quotes(quotes, s, e, doc_text(doc))
    s, e = _clip_to_paragraph(doc_text(doc), paras, quotes, cs, s, e)
    if e <= s:
        return None
    c = _claim(doc, "indirect", entry, cs, ce, s, e, speaker, mask)
    c.meta["object"] = not any(x.dep_ in CLAUSE_DEPS for x in tok.children) and entry.lemma != "according to" \
        and not framed
    return c


def _before_apposed_subject(doc: Doc, rng: tuple[int, int]) -> tuple[int, int]:
    """Content that runs into the name of the subject it describes ('the financier of the PACs that sought to defeat
    Mr. Obama, Sheldon Adelson, is …') ends before that name."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and rng[0] < ent.start - 1 and ent.end - 1 <= rng[1] and \
                (subject := _subject_named(ent)) is not None and subject.i < rng[0]:
            return rng[0], ent.start - 2  # not 'my boss, Roger Ailes, was …', where the subject is in the content
    return rng


def _after_closing_quote(speaker: Token, mask) -> bool:
    """A speaker phrase that opens right after a closing quote mark ('“…,” O’Halleran, whose district …, said'):
    part of the cue clause, wherever the parser hung it."""
    doc, j = speaker.doc, speaker.i - 1
    while j >= 0 and not doc[j].is_punct and doc[j].head.i == speaker.i and doc[j].dep_ in ("compound", "flat", "det"):
        j -= 1  # 'Rep. Tom' of 'Rep. Tom O’Halleran'
    return j >= 0 and doc[j].text in ("”", '"', "»") and bool(mask[doc[j].idx])


def _clause_start(doc: Doc, q: Quote, para_start: int) -> int:
    """Where the content of a quote before its cue starts: earlier when the quote ends a sentence it did not begin
    (never before the paragraph: the parser's sentences run across paragraph breaks)."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None:
        return q.start
    sent_start = max(span[0].sent.start_char, para_start)
    before = doc_text(doc)[sent_start:q.start]
    if sent_start < q.start and re.search(r"\w", before) and not re.search(r"[:.?!]\s*$", before):
        return sent_start
    return q.start


def _passive(tok: Token) -> bool:
    """A passive cue ('it was said that …') keeps its claim without a speaker."""
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return False  # 'a group called X', 'people accused of crimes': naming, not reporting
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or tok.tag_ == "VBN"


def _clip_to_paragraph(text: str, paras, quotes: list[Quote], cue: int, s: int, e: int) -> tuple[int, int]:
    """Reported content stays in the cue's paragraph unless a multi-paragraph quote carries it on."""
    ps, pe = paras[para_index(paras, cue)]
    if s < ps and not any(q.start < ps < q.end for q in quotes):
        s = ps
    if e > pe:
        # as far as quotes carry the content on: the end of the paragraph where the last crossing quote ends
        reach = pe
        while (q := next((q for q in quotes if q.start < reach < q.end), None)) is not None:
            reach = paras[para_index(paras, q.end - 1)][1]
        if e > reach:
            e = len(text[:reach].rstrip(" ,;:"))
    return s, e


def _has_words(doc: Doc, rng: tuple[int, int]) -> bool:
    """A content range needs at least one word token."""
    return any(t.is_alpha or t.like_num for t in doc[rng[0]:rng[1] + 1])


def _snap_to_quotes(quotes: list[Quote], s: int, e: int, text: str = "") -> tuple[int, int]:
    """Extend content edges that cut a quote so the quote marks are inside; content that starts at a
    sentence inside a quote ('“A. B,” X said, according to Y': spaCy split the quote) takes the whole quote."""
    for q in quote_at(quotes, s, e):
        if q.start < s <= q.end and (s - q.start <= 2 or re.search(r"[.?!]\s+$", text[q.start:s])):
            s = q.start
        if q.start <= e < q.end and (q.end - e <= 3 or s <= q.start):
            e = q.end  # a quote opened in the content runs on to its closing mark ('that “A. B.”')
    return s, e


def _same_line(doc: Doc, lo: int, hi: int, head: int) -> tuple[int, int]:
    """Clip a mention's token range to the line of its head (a parse may reach across paragraphs)."""
    for i in range(head, lo - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            lo = i + 1
            break
    for i in range(head, hi + 1):
        if "\n" in doc[i].text or ("\n" in doc[i].whitespace_ and i < hi):
            hi = i if "\n" not in doc[i].text else i - 1
            break
    return lo, hi


def _claim(doc: Doc, kind: str, entry: Cue, cs: int, ce: int, s: int, e: int,
           speaker: Token | None, mask) -> Claim:
    """A Claim with its speaker mention and a kind from the quoted share."""
    if kind != "direct":
        kind = kind_of(mask, s, e)
    c = Claim(kind, entry.lemma, entry.type, cs, ce, s, e)
    cue = doc.char_span(cs, ce, alignment_mode="expand")
    if speaker is None and cue is not None and _put_to_subject(cue[0]) and \
            (asked := subject_of(cue[0].head, mask)) is not None:
        # 'Asked about that, Pence paused … ⏎ “I know …”': no one says the question, but the answer after it is Pence's
        c.meta["asked"] = _speaker_mention(doc, asked)
    if speaker is not None and (mention := _speaker_mention(doc, speaker)) is not None:
        c.speaker, c.head = mention
    return c


def _speaker_mention(doc: Doc, speaker: Token) -> tuple[tuple[int, int], int] | None:
    """The speaker phrase around a speaker token (its character span) and the token it is headed by."""
    speaker = _compound_end(speaker)
    lo, hi = noun_phrase(speaker)
    for t in speaker.lefts:  # '… huffed Senator Tom Baxter': the cue the parser hung on the name, and all before it
        if _names_after(t) and t.lower_ in past_forms():
            lo = max(lo, t.i + 1)
    if speaker.dep_ in ("pobj", "dobj") and speaker.ent_type_ == "PERSON" and speaker.head.i < speaker.i < len(doc) - 1 \
            and doc[speaker.i + 1].pos_ == "VERB" and (cc := [k for k in range(lo, speaker.i) if doc[k].dep_ == "cc"]):
        lo = cc[-1] + 1  # 'clips of the interview and deputy campaign manager Stephanie Cutter declared': the name only
    while (before := hyphened_before(doc[lo])) is not None:
        lo = min(before.i, before.left_edge.i)  # 'the vice-president', split at its hyphen by the parser too
    if (is_collective(speaker) or any(_two_roles(speaker, t) for t in speaker.children if t.dep_ == "conj")) \
            and not any(t.dep_ == "appos" for t in speaker.children):
        # 'Raisi and Putin', 'analyst and pollster Doug Schoen': all of it
        hi = max([hi] + [t.right_edge.i for t in speaker.children if t.dep_ == "conj"])
    elif named_pair(speaker):  # both names, the second perhaps hung on the first as an apposition
        hi = max([hi] + [t.right_edge.i for t in speaker.children if t.dep_ in ("conj", "appos") and t.i > speaker.i])
    lo, hi = _same_line(doc, lo, hi, speaker.i)
    return ((doc[lo].idx, tok_end(doc[hi])), speaker.i) if hi >= lo else None


def _name_list(span: Span | None) -> bool:
    """Is the text a list of people's names ('Tim Albrecht, Craig Robinson and Sara Craig Gongol')?"""
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space or t.lower_ in ("and", "&"))]
    named = [t for t in words if t.ent_type_ == "PERSON"]
    return len([t for t in named if t.ent_iob_ == "B"]) >= 2 and len(named) >= 0.8 * len(words)


def transcript_claims(doc: Doc, paras, mask) -> list[Claim]:
    """'WALLACE: …' / 'Name: “…”' paragraphs: the label speaks the rest of the paragraph."""
    out = []
    text = doc_text(doc)
    found = [(ps, pe, m) for ps, pe in paras if (m := TRANSCRIPT_LABEL.match(text[ps:pe]) or PANEL_LABEL.match(text[ps:pe]))]
    # a label used twice makes the article a transcript, whose every label is a speaker ('Lopez' tagged a noun)
    repeated = {k for k, n in Counter(m.group(1) for _, _, m in found).items() if n > 1}
    for ps, pe, m in found:
        label_start, label_end = ps + m.start(1), ps + m.end(1)
        span = doc.char_span(label_start, label_end, alignment_mode="expand")
        if span is None:
            continue
        if not any(t.pos_ == "PROPN" or t.is_upper for t in span) and not repeated and \
                not (ps == paras[0][0] and _headline_label(span)):
            continue
        if ps == paras[0][0] and not _headline_label(span):
            continue
        if _rubric_label(span):
            continue  # 'SPECIAL COVERAGE: …', 'CORRECTION: …', 'THE G-20: …' head a section; nobody speaks
        if m.group(1) not in repeated and _topic_label(doc, span, ps + m.end() - 1, pe):
            continue
        colon = ps + m.end() - 1
        while text[colon] != ":":
            colon -= 1  # after the label, or after the bracket that follows it ('John Ash (…): …')
        s = ps + m.end() - 1
        if not re.search(r"[^\W\d_]{2}", text[s:pe]):
            continue  # 'Hillary Clinton: 1,769.' is a tally, not speech
        if _name_list(doc.char_span(s, pe, alignment_mode="expand")):
            continue  # 'Iowa: Tim Albrecht, Craig Robinson, …' lists a panel's members
        c = Claim("indirect", ":", "speech", colon, colon + 1, s, pe)
        c.kind = kind_of(mask, s, pe)
        c.speaker = (label_start, label_end)
        c.head = span[-1].i
        out.append(c)
    return out


# An embedded post as news pages print it: 'text — Name (@handle) October 8, 2019'
POST_SIGNATURE = re.compile(r"\s[\u2014\u2013-]{1,2}\s*([^\s()@\u2014\u2013][^()@\n\u2014\u2013]{0,60}?)\s*\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")


def post_claims(doc: Doc, paras) -> list[Claim]:
    """An embedded tweet or post: its author (named before the @handle) says the paragraph, verbatim."""
    out = []
    text = doc_text(doc)
    for ps, pe in paras:
        m = POST_SIGNATURE.search(text, ps, pe)
        if m is None or m.end() < pe - 1 or not re.search(r"[^\W\d_]{2}", text[ps:m.start()]):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        handle = text.index("(@", m.end(1))
        c = Claim("direct", "tweet", "speech", handle, m.end(), ps, m.start())  # the cue: '(@handle) date'
        c.speaker, c.head = (span.start_char, span.end_char), span[-1].i
        out.append(c)
    return out


def _topic_label(doc: Doc, label: Span, start: int, end: int) -> bool:
    """'SMALL BUSINESS: More than $875 million …, Treasury Secretary Steven Mnuchin said': a capitalised label naming
    no person, over a paragraph that itself reports a named person's words, heads a topic (news round-ups); a
    transcript's speaker would speak the paragraph, not report someone in it."""
    if any(t.ent_type_ == "PERSON" for t in label) or not label.text.isupper():
        return False
    body = doc.char_span(start, end, alignment_mode="contract")
    return body is not None and any(
        t.dep_ == "nsubj" and t.ent_type_ == "PERSON" and (cue := cue_of(t.head)) is not None and cue[0].type == "speech"
        for t in body)


def _rubric_label(span: Span) -> bool:
    """A section label rather than a speaker: a rubric word in it, or capitals opening with 'THE'."""
    words = speaker_words()
    return any(words.get(t.lower_) == "rubric" for t in span) or (span.text.isupper() and span[0].text == "THE")


def _headline_label(span: Span) -> bool:
    """A headline's 'Name: …' label: title-case words, none a rubric ('The Latest') or a function word."""
    words = speaker_words()
    return all((t.text[:1].isupper() or not t.is_alpha) and t.lower_ not in LABEL_FUNCTION_WORDS
               and words.get(t.lower_) != "rubric" for t in span)


def colon_claims(doc: Doc, quotes: list[Quote], mask) -> list[Claim]:
    """'X made the following comment: “…”': a quote right after a colon belongs to the sentence's subject."""
    out = []
    text = doc_text(doc)
    for q in quotes:
        before = text[:q.start].rstrip()
        if not before.endswith(":") or q.start - len(before) > 3:
            continue
        colon = len(before) - 1
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None:
            continue
        root = span[0].sent.root
        if root.i > span[0].i:  # the parser ran the sentence on past the quote: the clause before the colon
            root = doc[span[0].i - 1] if span[0].i > 0 else root
            while root.head.i != root.i and root.head.i < span[0].i:
                root = root.head
        subj = subject_of(root, mask)
        name = _name_label(doc, span[0].i)
        if name is not None:  # the name right before the colon speaks, not the clause before its dash
            c = Claim("direct", ":", "speech", colon, colon + 1, q.start, q.end)
            c.speaker, c.head = (name[0].idx, tok_end(name[-1])), name[-1].i
            out.append(c)
            continue
        if (subj is None or _a_date(subj)) and (named := _person_at_colon(doc, span[0].i)) is not None:
            subj = named  # 'But did not March 2020 prove the superior wisdom of Alexander Hamilton: “…”'
        if (subj is None or subj.lower_ == "you") and (owner := _owner_of_object(root)) is not None:
            subj = owner  # 'You may recall Candace Owens’s infamous assessment of the Third Reich: “…”' (the reader recalls)
        if subj is None or mask[subj.idx] or _a_date(subj):
            continue
        c = Claim("direct", ":", "speech", colon, colon + 1, q.start, q.end)
        if root.pos_ == "VERB" and subj.i < root.i < span[0].i:  # 'She then addressed the supporters:' cues
            c.cue, c.cue_start = root.lemma_.lower(), root.idx  # with its verb, as the annotators mark it
        lo, hi = noun_phrase(subj)
        c.speaker = (doc[lo].idx, tok_end(doc[hi]))
        c.head = subj.i
        out.append(c)
    return out


def _a_date(tok: Token) -> bool:
    """A date or time, which never speaks ('March 2020 proved'), with a number or a month or day name in it: the model
    also types 'Minutes (of committees reviewed by Reuters)' a time."""
    if tok.ent_type_ not in TIME_LABELS:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    words = ent if ent is not None else [tok]
    from .dates import MONTHS, WEEKDAYS

    calendar = set(MONTHS) | {m[:3] for m in MONTHS} | set(WEEKDAYS) | {"sept", "today", "yesterday", "tomorrow", "week",
                                                                        "month", "year"}
    return any(t.like_num or t.lower_.rstrip(".") in calendar for t in words)


def _owner_of_object(verb: Token) -> Token | None:
    """The person whose words the verb's object is ('recall Candace Owens’s assessment'), if a name owns it; not
    people of theirs ('you told Obama's aides')."""
    from .entities import family_nouns, person_nouns

    people = person_nouns() | title_words() | family_nouns()
    return next((p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() not in people and not o.ent_type_
                 for p in o.children if p.dep_ == "poss" and p.ent_type_ == "PERSON" and p.pos_ == "PROPN"), None)


def _person_at_colon(doc: Doc, colon: int) -> Token | None:
    """The named person whose name ends right at a colon ('the wisdom of Alexander Hamilton:'), when the clause has no
    subject that could speak."""
    t = doc[colon - 1] if colon > 0 else None
    # whose words they are ('the wisdom of X:', 'a line from X:'), not one dealt with ('a deal with Obama:')
    return t if t is not None and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ == "pobj" and \
        t.head.lower_ in ("of", "from") else None


def _name_label(doc: Doc, colon: int) -> Span | None:
    """'Pollsters agree - Carl Bialik: “…”', 'More from Jones: “…”': the capitalised name just before a
    colon, set off by a dash, 'from', the paragraph start or page furniture ('Media caption Trump: “…”')."""
    i = colon - 1
    while i >= 0 and ((doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON") and doc[i].text[:1].isupper() or
                      doc[i].lower_ == "and" and i < colon - 1 or
                      doc[i].tag_ == "POS" and 0 < i < colon - 1 and doc[i - 1].pos_ == "PROPN"):  # "DUP's Sammy Wilson"
        i -= 1
    if i == colon - 1 or doc[i + 1].lower_ == "and":
        return None
    if i >= 0 and not (doc[i].text in ("-", "—", "–") or doc[i].lower_ == "from" or "\n" in doc[i].text or
                       _in_furniture(doc_text(doc), doc[i].idx)):
        return None
    return doc[i + 1:colon]


def dash_claims(doc: Doc, quotes: list[Quote], mask) -> list[Claim]:
    """'“…” ― Name' lists: a quote followed by a dash and a name."""
    out = []
    text = doc_text(doc)
    for q in quotes:
        if not q.closed:
            continue  # a quote mark left open at the end of a paragraph quotes nothing a name could sign
        m = re.match(r"\s*([\u2015\u2014\u2013]|--|(?<=\s)-(?=\s))\s*", text[q.end:q.end + 6])
        if not m:
            continue
        if m.group(1) == "-" and text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
            continue  # a spaced hyphen signs only a quote that opens its line ('"…" - US Secretary of State John Kerry')
        ds = q.end + m.start(1)
        ns = q.end + m.end()
        span = doc.char_span(ns, ns + 1, alignment_mode="expand")
        if span is None:
            continue
        t = span[0]
        # '-- Former President George W. Bush at the unveiling …': capitalised words of a title before the name
        # or a title with an 'of' ('US Secretary of State John Kerry'), whose first word is a proper noun too
        named = next((x for x in doc[t.i:t.i + 8] if x.ent_type_ == "PERSON" and "\n" not in doc[t.i:x.i].text
                      and all(y.text[:1].isupper() or y.lower_ == "of" for y in doc[t.i:x.i])), None)
        if named is None and t.pos_ == "PROPN":
            named = t
        if named is None:
            continue
        end = named
        while end.i + 1 < len(doc) and doc[end.i + 1].pos_ == "PROPN":
            end = doc[end.i + 1]
        c = Claim("direct", "―", "speech", ds, q.end + m.end(1), q.start, q.end)
        c.speaker = (t.idx, tok_end(end))
        c.head = end.i
        out.append(c)
    return out


def third_person_cue(word: str) -> Cue | None:
    """The speech cue a third-person form spells ('reports', 'notes', 'pushes'), whatever the tagger called it."""
    word = word.lower()
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],) if word.endswith("s") else ()
    return next((c for w in stems if (c := lexicon().get(w)) is not None and c.type == "speech"), None)


AFTER_QUOTE_NAME = re.compile(r"\s+([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,2}) ([a-z]+s)[.,]")


def noun_cue_claims(doc: Doc, quotes: list[Quote], mask) -> list[Claim]:
    """'“…,” Slater reports.' with 'reports' tagged a plural noun (and 'Slater' its compound): the name's cue all the
    same, so the quote is Slater's, not a continuation of the speaker before."""
    out = []
    text = doc_text(doc)
    for q in quotes:
        if not q.closed or not text[q.start:q.end].rstrip("\"”»'’ ").endswith((",", "?", "!")) or \
                (m := AFTER_QUOTE_NAME.match(text, q.end)) is None or (cue := third_person_cue(m.group(2))) is None:
            continue
        verb = doc.char_span(m.start(2), m.end(2))
        name = doc.char_span(m.start(1), m.end(1))
        if verb is None or name is None or verb[0].pos_ in ("VERB", "AUX") or mask[m.start(1)]:
            continue  # a verb the parser found is a cue of its own
        c = Claim("direct", cue.lemma, cue.type, m.start(2), m.end(2), q.start, q.end)
        c.speaker, c.head = (name.start_char, name.end_char), name[-1].i
        out.append(c)
    return out


BYLINE = re.compile(r"[ \t]*(?:[\u2015\u2014\u2013]|--?)?[ \t]*(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4}),"
                    r"[ \t]+[A-Z0-9][^\n,“”\"]{0,60}?\s*$")


def byline_claims(doc: Doc, quotes: list[Quote], paras) -> list[Claim]:
    """Opinion round-ups: '“…” Nicholas Kristof, New York Times' — a quote that ends its paragraph with
    a byline (a name, a comma, an outlet) is that writer's."""
    out = []
    text = doc_text(doc)
    for q in quotes:
        k = para_index(paras, max(q.start, q.end - 1))
        pe = paras[k][1]
        m = BYLINE.match(text, q.end, pe) if pe - q.end <= 100 else None
        if m is None and not text[q.end:pe].strip() and k + 1 < len(paras) and paras[k + 1][1] - paras[k + 1][0] <= 100:
            m = BYLINE.match(text, paras[k + 1][0], paras[k + 1][1])  # the byline on a line of its own
        if not m:
            continue
        span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        if span is None or not any(t.pos_ == "PROPN" for t in span) or any(t.ent_type_ in ("GPE", "LOC", "DATE") for t in span):
            continue  # 'MOSCOW, Jan. 5' is a dateline
        if (span[0].pos_ != "PROPN" or span[0].is_stop) and span[0].lower_ not in first_names():
            continue  # a section heading ('No Contribution Limits, No Disclosure') signs nothing
        c = Claim("direct", "byline", "speech", span.start_char, span.end_char, q.start, q.end)
        c.speaker, c.head = (span.start_char, span.end_char), span[-1].i
        out.append(c)
    return out


def credit_bylines(doc: Doc, claims: list[Claim], bylines: list[Claim]) -> list[Claim]:
    """A byline names who wrote the quote: claims on it ('Some argue, “…”') take that writer as speaker, unless a
    person already says it ('Sabine Weyand … said the move meant a “cliff-edge situation.” ⏎ Rayner, Long-Bailey in
    Leadership Pact: Guardian' is a heading); a quote with no claim becomes the writer's."""
    for b in bylines:
        on = [c for c in claims if c.start < b.end and c.end > b.start]
        for c in on:
            if c.head >= 0 and doc[c.head].ent_type_ == "PERSON" and c.head != b.head:
                continue
            c.speaker, c.head = b.speaker, b.head
        if not on:
            claims.append(b)
    return claims


RELAY_CUES = {"report", "according to", "quote", "write"}  # how outlets pass words on ("the Kremlin said" is its own)


def _relayed(doc: Doc, outer: Claim, inner: Claim) -> bool:
    """'Medvedev said that …, the AP reports' / '“…,” Kocijancic told reporters, according to Bloomberg' /
    '… rejected the accusations, state media said', "Erdogan's office said he told Putin …": an outlet or office
    passing on a person's words, which are that person's claim (a named person, a pronoun or a title)."""
    if inner.head < 0 or outer.head < 0:
        return False
    ih, oh = doc[inner.head], doc[outer.head]
    if not (ih.ent_type_ == "PERSON" or ih.lower_ in PERSONAL_PRONOUNS or speaker_words().get(ih.lower_) == "title"):
        return False
    media = "media" in (speaker_words().get(oh.lower_), speaker_words().get(oh.lemma_.lower()))
    # "…, NPR's Laura Sydell reports": a journalist named with their outlet, passing words on as the outlet does
    reporter = outer.cue in RELAY_CUES and any(t.dep_ == "poss" and t.ent_type_ == "ORG" for t in oh.children) and \
        ih.i != oh.i  # "Al Jazeera's Hashem Ahelbarra, reporting from Hatay, said …" is the reporter's own claim
    # "Erdogan's office said he told Putin …": a person's office passing on what that person said
    office = oh.lemma_.lower() == "office" and any(t.dep_ == "poss" and t.ent_type_ == "PERSON" for t in oh.children)
    if not (outer.cue in RELAY_CUES or media or office) or oh.ent_type_ == "PERSON" and not reporter:
        return False
    inside = outer.start <= inner.speaker[0] < outer.end and outer.start <= inner.cue_start < outer.end
    # '… told Macron that …, the agency reported': the outlet closes the sentence the person speaks in
    closing = inner.cue_start < outer.cue_start and ih.sent.start == oh.sent.start and \
        outer.start < inner.end and inner.start < outer.end
    return inside or closing


def drop_nested(claims: list[Claim], doc: Doc | None = None) -> list[Claim]:
    """Keep only outermost attributions: a cue inside another claim's content is dropped, unless the outer
    claim only relays a named person's words (then theirs is the claim)."""
    if doc is not None:
        relays = {id(k) for k in claims for c in claims if c is not k and _relayed(doc, k, c)}
        for c in claims:  # the person's words end where the relaying outlet comes in (', the AP reports')
            for k in claims:
                if id(k) in relays and _relayed(doc, k, c) and c.start < k.speaker[0] < c.end and k.cue_start > c.end - 80:
                    c.end = c.start + len(doc_text(doc)[c.start:k.speaker[0]].rstrip(" ,—–-"))
        claims = [c for c in claims if id(c) not in relays]
    kept: list[Claim] = []
    for c in sorted(claims, key=lambda c: -(c.end - c.start)):
        inside = any(k.start <= c.cue_start < k.end and not (c.start <= k.cue_start < c.end)
                     and not k.meta.get("object") for k in kept)
        same = any(k.start == c.start and k.end == c.end for k in kept)
        if not inside and not same:
            kept.append(c)
    return sorted(kept, key=lambda c: (c.cue_start, c.start))


def absorb_following(claims: list[Claim], quotes: list[Quote], paras) -> None:
    """'“A,” he said. “B.”': later uncued quotes of the paragraph join the quote before the cue."""
    for c in claims:
        if c.kind not in ("direct", "mixed"):
            continue
        p = paras[para_index(paras, c.cue_start)]
        for q in quotes:
            if q.start < c.end or q.start >= p[1] or q.end > p[1] + 1:
                continue
            # another speaker's claim in between stops it, unless that claim sits inside this speaker's own
            # phrase ('said a longtime adviser, who declined to be identified. “B.”')
            if any(o is not c and o.speaker != c.speaker and not (c.speaker[0] <= o.cue_start < c.speaker[1]) and
                   (o.start < q.end and o.end > q.start or c.end <= o.cue_start < q.start) for o in claims):
                break
            if any(o is not c and o.kind == "mixed" and o.start <= q.start and q.end <= o.end for o in claims):
                break  # a partial quote inside another claim of the same speaker ('accusing Trump of turning “…”')
            c.end = q.end


PULL_QUOTE_WORDS = 6  # a shorter cueless quote may repeat a common phrase, not a pull quote


def _pull_quotes(text: str, claims: list[Claim]) -> None:
    """A cueless quote paragraph whose words the article prints again under a cue is a pull quote: it is the words'
    speaker's ('“It's bad to think of problems like this …”' set apart, then '“…,” Lynch says'), not the last speaker's."""
    def words(c: Claim) -> str:
        return " ".join(re.findall(r"\w+", text[c.start:c.end].lower()))
    signed = [(c, words(c)) for c in claims if c.cue != "continuation" and c.speaker[0] >= 0]
    for c in claims:
        own = words(c) if c.cue == "continuation" else ""
        if len(own.split()) < PULL_QUOTE_WORDS:
            continue
        source = next((d for d, seen in signed if own in seen or len(seen.split()) >= PULL_QUOTE_WORDS and seen in own), None)
        if source is not None:
            c.speaker, c.antecedent, c.head = source.speaker, source.antecedent, source.head
            c.meta = {**c.meta, "person": source.meta.get("person", False)}


def continuation_claims(doc: Doc, claims: list[Claim], quotes: list[Quote], paras) -> list[Claim]:
    """A paragraph that is a quote with no cue continues the speaker of the previous claim."""
    out: list[Claim] = []
    for q in quotes:
        k = para_index(paras, q.start)
        ps, pe = paras[k]
        if q.start != ps or (min(q.end, pe) - ps) < 0.6 * (pe - ps):
            continue
        if any(c.start < q.end and c.end > q.start for c in claims + out):
            continue
        prev = [c for c in claims + out if c.cue_start < q.start or (c.cue == "continuation" and c.start < q.start)]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.start if c.cue == "continuation" else max(c.cue_start, c.start))
        if para_index(paras, last.start) < k - 3:
            continue
        if last.meta.get("asked"):  # the answer to a question put to someone: theirs
            speaker, head = last.meta["asked"]
            c = Claim("continuation", "continuation", last.cue_type, -1, -1, q.start, q.end, speaker=speaker, head=head)
            out.append(c)
            continue
        c = Claim("continuation", "continuation", last.cue_type, -1, -1, q.start, q.end,
                  speaker=last.speaker, head=last.head)
        c.meta["parent"] = last
        out.append(c)
    return out


def _name_line(doc: Doc, p: Span) -> bool:
    """'… foreign conflicts. ⏎ William Bennett ⏎ He accomplished that very well.': a paragraph that is only a name
    is a byline or a caption's credit, not a sentence about the person, so no 'he' after it is them; unless the
    text goes on about them ('Anthony McBride ⏎ It was Mr. McBride's day off, he recalled': a section's heading)."""
    text = doc_text(doc)
    a, b = text.rfind("\n", 0, p.start_char) + 1, text.find("\n", p.end_char)
    b = b if b >= 0 else len(text)
    line = text[a:b].strip().rstrip(".,:")
    return line in (p.text, "By " + p.text, "by " + p.text) and \
        not re.search(r"\b" + re.escape(p[-1].text) + r"\b", text[b:b + 300])


def _first_person(doc: Doc, c: Claim) -> bool:
    """A claim whose speaker phrase is 'I' or 'we' (outside quotes, the writer's own voice)."""
    return c.head >= 0 and doc[c.head].lower_ in ("i", "we") and doc[c.head].dep_ in ("nsubj", "nsubjpass")


def resolve(doc: Doc, claims: list[Claim], mask: bytearray | None = None) -> None:
    """Antecedents: names stand for themselves; pronouns and titles take the last named person.

    A person named inside a quote or inside what someone reports is talked about, not talking, so is
    no antecedent; nor is one whose given name's gender differs from the pronoun's."""
    from .entities import offices, person_nouns

    # what a report or an outlet relays ('… Rep. Rashida Tlaib left the chief outraged, a report said') tells the
    # story: its people can be a pronoun's antecedent
    spoken = [(c.start, c.end, c.speaker) for c in claims if not _relays(doc, c)]

    def reported(at: int) -> bool:
        """Inside what someone reports (not its speaker phrase): talked about, not in the story."""
        return any(a <= at < b and not (sp[0] <= at < sp[1]) for a, b, sp in spoken)

    furniture = [m.span() for m in page_furniture().finditer(doc_text(doc))]
    # a name in page furniture ('JUST WATCHED … Replay More Videos') is no one in the story
    persons = [e for e in doc.ents if e.label_ == "PERSON" and not any(a <= e.start_char < b for a, b in furniture)]
    # what a group reports ('Many Republicans have expected that Chris Christie would make a decision') is about
    # the person it names as subject: no 'he' can be the group, so that person can be the next one's antecedent
    by_groups = [(c.start, c.end) for c in claims if not _relays(doc, c) and _plural_speaker(doc[c.head])]
    spoken_by_people = [(a, b, sp) for a, b, sp in spoken if not any((a, b) == g for g in by_groups)]

    def group_subject(p: Span) -> bool:
        return p.root.dep_ in ("nsubj", "nsubjpass") and any(a <= p.start_char < b for a, b in by_groups) and \
            not any(a <= p.start_char < b and not (sp[0] <= p.start_char < sp[1]) for a, b, sp in spoken_by_people)

    candidates = [p for p in persons if not (mask and mask[p.start_char]) and not _modifier(p) and not _shouted(p)
                  and (_addressee(p) or not reported(p.start_char) or group_subject(p)) and not _name_line(doc, p)]
    genders = person_genders(doc, persons)
    unquoted = [p for p in persons if not (mask and mask[p.start_char])]
    mine = [p for p in unquoted if not _modifier(p) and any(c.start <= p.start_char < c.end and _first_person(doc, c)
                                                             for c in claims)]
    words = speaker_words()
    last_person: Claim | None = None
    turns = interview_turns(doc_text(doc))
    paras = paragraphs(doc_text(doc))
    unnamed = unnamed_speakers(doc, mask)
    interviewee = _interviewee(doc, candidates) if turns else (-1, -1)
    titled = [t for t in _title_subjects(doc, mask) if not reported(t.start_char)]
    for k, c in enumerate(claims):
        previous = claims[k - 1] if k else None  # the claim just before, whoever made it
        if "parent" in c.meta:
            c.antecedent = c.meta["parent"].antecedent
            if (subject := _new_subject_before(doc, c, persons, mask)) is not None and \
                    subject[0] >= _end(c.meta["parent"]) and c.meta["parent"].meta.get("person"):
                c.antecedent = subject  # '… in which he urged Trump to “be serious”, Trump took another swipe. ⏎ “…”'
            continue
        turn = _turn(turns, c.cue_start if c.cue_start >= 0 else c.start)
        if turn == "A" and interviewee == (-1, -1) and last_person is not None:
            interviewee = last_person.antecedent  # 'Vladimir Ivanov tells the Tehran Times. … the text of the interview:'
        if turn == "A" and interviewee != (-1, -1):
            # 'Q: … A: … The EU stated that …': all of an answer is the interviewee's, what they report included
            c.antecedent, c.meta["person"] = interviewee, True
            c.meta["surname"] = doc_text(doc)[interviewee[0]:interviewee[1]].split()[-1]
            last_person = c
            continue
        if c.head < 0:
            continue
        s, e = c.speaker
        h = doc[c.head]
        # a person who only owns or receives the speaker ("Petrova's deputy", "the letter to Putin") is not it
        inside = [p for p in persons if p.start_char < e and p.end_char > s and not _owner_or_object(doc, p, h)
                  and not modifies_speaker(p.start, p.end, h)]
        appos = ([p for p in persons for t in h.children if t.dep_ == "appos" and p.start <= t.i < p.end]
                 or _comma_name(doc, h, persons)) \
            if h.tag_ not in ("NNS", "NNPS") else []  # 'Some potential nominees, including Warren': a group
        appos = appos or _self_named(doc, h, persons)
        owned = any(t.dep_ == "poss" for t in h.children)
        role = words.get(h.lower_) or words.get(h.lemma_.lower()) or _described_person(h)
        paired = _two_named_in_apposition(doc, h, persons)
        lead = named_with_group(h, persons) if paired is None and (is_collective(h) or h.tag_ == "NNS") else None
        if paired is None and (is_collective(h) or lead is not None):
            if lead is not None:
                # 'President Barack Obama and Democrats want', 'Lawmakers and Mr. Trump agreed': the one person named
                # in a joint statement with a group, as readers cite it (and as for two named people)
                c.antecedent, c.meta["person"], c.meta["pair"] = (lead.start_char, lead.end_char), True, True
                c.meta["surname"] = lead[-1].text
                last_person = c
            continue  # 'the Trump administration': no one person speaks
        if (paired := paired or _pair_speaking(doc, c, h, persons, previous, last_person, mask)) is not None:
            # two named people speaking together: credited to the first named, as readers cite them
            c.antecedent, c.meta["person"], c.meta["pair"] = paired, True, True
            c.meta["surname"] = (doc_text(doc)[paired[0]:paired[1]].split() or [""])[-1]
            last_person = c
            continue
        if h.lower_ in ("who", "whom") and (beside := _person_before(doc, h, persons)) is not None:
            c.antecedent, c.meta["person"] = (beside.start_char, beside.end_char), True  # '… and Mike Pompeo, who said'
        elif h.lower_ in ("who", "whom") and h.head.dep_ == "relcl" and h.head.head.i != h.head.i:
            c.antecedent, c.meta["person"] = _relative_antecedent(doc, h.head.head, persons)
            noun = h.head.head
            if not c.meta["person"] and words.get(noun.lemma_.lower()) == "title" and \
                    any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in noun.children) and \
                    (named := _same_title_named(doc, c, noun, unquoted, appos_only=True)) != (-1, -1):
                c.antecedent, c.meta["person"] = named, True  # 'a spokesman for the agency, who also said …'
        elif appos:
            c.antecedent = (appos[0].start_char, appos[0].end_char)
            c.meta["person"] = True
        elif not inside and (role == "document" or h.lemma_.lower() in AUTHORED) and \
                (author := _document_author(h, persons, candidates, last_person, s, genders)) != (-1, -1):
            # "Kennedy's research shows", 'his deleted tweet said', 'the comments by Behrouz Kamalvandi'
            c.antecedent, c.meta["person"] = author, True
        elif not inside and _in_lead(doc, h) and _delayed_identity(h) and \
                ((after := _same_title_named(doc, c, h, unquoted)) != (-1, -1) or
                 (after := _named_next(doc, c, unquoted)) != (-1, -1)):
            # "America's top intelligence official acknowledged … ⏎ Director of National Intelligence James R.
            # Clapper described …", 'One of the EU's top leaders has criticised … ⏎ Donald Tusk … said'; one named
            # under the same title first ("President Trump's attorney is vowing … ⏎ … Trump’s attorney Jay Sekulow
            # said", not the district attorney who is a subject in between)
            c.antecedent, c.meta["person"] = after, True
        elif owned and not inside and role == "title" and _institution_owned(h):
            # 'The Turkish presidency's communications director urged … . … Fahrettin Altun said': named next
            c.antecedent = _named_next(doc, c, unquoted)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif owned and not inside and (kin := _kin_named(doc, h, candidates, s)) != (-1, -1):
            c.antecedent, c.meta["person"] = kin, True  # 'Rosemarie Melanson spent 13 months … Her husband said'
            c.meta["gender"] = gendered_titles().get(h.lower_)  # Ann Romney, who shares his surname, is no 'he'
        elif owned and not inside:
            # "Raisi's spokesman": someone else, named only if the article gives that role to one person
            # ('His lawyer, Malcolm LaVergne, told …' … 'His lawyer said'; 'George Conway, the husband to Kellyanne')
            c.antecedent = _holder_of_role(doc, h, persons) if role in ("title", None) else (-1, -1)
            if c.antecedent == (-1, -1) and role == "title" and (country := _title_country(h)) and \
                    any(t.dep_ == "poss" and t.ent_type_ == "GPE" for t in h.children):
                # "Russia's top diplomat pointed out …": the one Russian the article describes as a diplomat,
                # minister or envoy (a role's meanings in entity_words.csv), Lavrov
                c.antecedent = _sole_holder(h, unquoted, s, country, owned=True)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif inside:
            p = inside[-1]
            c.antecedent = (p.start_char, p.end_char)
            c.meta["person"] = True
        elif (name := _trailing_name(doc, c.speaker)) is not None and not (role == "title" and _after_preposition(doc, name, h)):
            c.antecedent = name
            c.meta["person"] = h.ent_type_ not in ("ORG", "NORP", "GPE") and role != "group"
        elif role == "back-title" and h.tag_ == "NN" and any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in h.children):
            # 'a senior official said … the official said' / 'officials told reporters … the official said': unnamed
            if not _introduced_unnamed(h, unnamed) and previous is not None and previous.meta.get("person") and s - previous.cue_end < 1500:
                c.antecedent, c.meta["person"] = previous.antecedent, True  # 'Zadboum also said … The official said'
        elif role == "person-noun":
            # 'The mother of a student killed in Newtown said … ⏎ “…,” Nicole Hockley said': the one person the
            # article describes so, or the one it names next; never merely the last person named
            c.antecedent = _sole_holder(h, unquoted, s)
            if c.antecedent == (-1, -1):
                c.antecedent = _just_introduced(doc, previous, c, unquoted, paras)
            if c.antecedent == (-1, -1):
                c.antecedent = _named_next(doc, c, unquoted)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif (role == "back-title" or role is None and h.tag_ == "NN" and h.lemma_.lower() in person_nouns()) and indefinite(h):
            # 'A Saudi official had defended … The official, Ali bin Suleiman Al-Obaid, also said': that official
            c.antecedent = _same_title_named(doc, c, h, unquoted, renamed_only=True)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif role == "title" and h.tag_ not in ("NNS", "NNPS") and _introduced_unnamed(h, unnamed, _end(last_person)):
            pass  # '“…,” one New Hampshire Republican said. … “…,” the Republican said': still no one named
        elif role == "title" and indefinite(h):
            # 'TEHRAN - An associate professor in the Department of … at RUDN University believes … . …, Vladimir
            # Ivanov tells the Tehran Times': a lead that describes someone at length before naming them
            if _in_lead(doc, h) and len(doc.char_span(s, e, alignment_mode="expand") or ()) >= 6:
                c.antecedent = _named_next(doc, c, unquoted)
                if c.antecedent == (-1, -1):
                    c.antecedent = _same_title_named(doc, c, h, unquoted)
            else:  # 'a deputy to Mr. Barr wrote … The deputy, Stephen E. Boyd, said'; else someone not named
                c.antecedent = _same_title_named(doc, c, h, unquoted)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif h.lower_ in PERSONAL_PRONOUNS or (role == "title" and h.tag_ not in ("NNS", "NNPS")):
            gender = PRONOUN_GENDER.get(h.lower_) or gendered_titles().get(h.lower_)
            # '“<a long quote>,” he said': whoever was named before the quote, however long it is
            # a pronoun inside what someone reports can be one of the people that report names ('even if Trump were
            # to …, the fact that he would hint at it, observers said')
            around = [(a, b) for a, b, _ in spoken if a <= s < b]
            within = [p for p in persons if not (mask and mask[p.start_char]) and p.start_char < s and
                      any(a <= p.start_char < b for a, b in around)] if around else []
            # nor does the writer's own 'I believe that Gov. Mitt Romney is the clear choice. He has …': no 'he' is
            # the 'I', so the person the writer's claim is about can be
            within += [p for p in mine if p.start_char < s and p not in candidates and h.lower_ in PRONOUN_GENDER]
            # nor is the subject of what someone of the other sex just said ('Andrew Zorn was 14 when he started …,
            # said his mother, Sally Schindel. He was about 25 …'): the 'he' her words are about
            if h.lower_ in PRONOUN_GENDER and last_person is not None and _other_sex(last_person, gender, genders):
                within += [p for p in persons if last_person.start <= p.start_char < min(last_person.end, s) and
                           p not in candidates and not (mask and mask[p.start_char]) and
                           p.root.dep_ in ("nsubj", "nsubjpass") and _agrees(p, gender, genders)]
            near = sorted(set(candidates) | set(within), key=lambda p: p.start_char) if within else candidates
            at = min(s, c.start) if c.start >= 0 else s
            hidden = sum(min(b, at) - max(a, at - 2000) for a, b in furniture if a < at and b > at - 2000)
            pronoun = h.lower_ in PERSONAL_PRONOUNS
            c.antecedent = spoke_last = _previous_person(near, last_person, at, gender, genders,
                                                         titled if pronoun else (), hidden, pronoun)
            if h.lower_ in PERSONAL_PRONOUNS and c.kind == "direct" and c.start < s and \
                    (lead := _introduced_before(doc, c, candidates, gender, genders)) is not None:
                c.antecedent = lead  # 'That drew a rebuke from Bishop Ann Budde. ⏎ “…,” she said.'
            if h.lower_ in PERSONAL_PRONOUNS and 0 <= c.start < s and (own := _own_reporter(doc, c, s, persons, mask, gender,
                                                                                         genders)) is not None:
                c.antecedent = own  # 'Mitch McConnell insisted on an approach that would “…,” he said'
            if h.lower_ in PERSONAL_PRONOUNS and (owner := _clause_owner(h, persons, gender, genders) or
                                                  _fronted_clause_subject(h, persons, gender, genders) or
                                                  _questioned(h, persons, gender, genders)) is not None:
                c.antecedent = owner  # "After Macron's answer, in which he urged Trump …": Macron
            elif h.lower_ in PERSONAL_PRONOUNS and _unnamed_title_just_before(doc, previous, c.antecedent, s, gender, persons):
                c.antecedent = (-1, -1)  # 'The governor dismissed … “…,” he said': the governor, not Kanner before
                c.meta["unnamed_title"] = True
            if c.antecedent == (-1, -1) and pronoun and last_person is None and \
                    not c.meta.get("unnamed_title") and not any(p.start_char < s for p in persons):
                # an excerpt that opens on 'A short time later, he wrote …' and names him after ('But Mr. Trump was …')
                c.antecedent = _named_after_opening(doc, c, persons, paras, claims, gender, genders)

            if role == "title" and _named_organisation_title(h) and not _described_as(doc, c.antecedent, h, c.speaker) and \
                    (after := _named_next(doc, c, unquoted)) != (-1, -1):
                c.antecedent = after  # 'the State Department spokesperson expressed alarm. … Vedant Patel stated'
            elif role == "title" and _of_organisation(h):
                c.antecedent = (-1, -1)  # 'the spokesman for the AK Party' is not whoever spoke last: who holds it
            elif role == "title" and (country := _title_country(h)):
                # 'the Russian lawyer' where only Natalia Veselnitskaya is described as one; else the last Russian
                held = _sole_holder(h, unquoted, s, country)
                c.antecedent = held if held != (-1, -1) else _last_of_country(doc, unquoted, c.antecedent, s, country)
            if c.antecedent == (-1, -1) and role == "title":
                c.antecedent = _named_next(doc, c, unquoted)  # 'the spokesman of X announced. Latifi said …'
            if c.antecedent == (-1, -1) and role == "title" and _of_organisation(h) and \
                    any(t.dep_ == "amod" and t.lower_ == "former" for t in h.children):
                # '“…,” Rubio said. … the former speaker of the Florida House reiterated': no office held now, so
                # unless the next sentence names someone new, the one the story just quoted
                c.antecedent = spoke_last
            if c.antecedent == (-1, -1) and role == "title" and h.tag_ not in ("NNS", "NNPS"):
                c.antecedent = _sole_holder(h, unquoted, s, _title_country(h))  # 'the president said', far from any name
            if role == "title" and h.tag_ not in ("NNS", "NNPS") and _title_conflict(doc, c.antecedent, h, c.speaker):
                # 'the president' is not the last person named when that one is only ever 'Sen. Mitt Romney'
                c.antecedent = _sole_holder(h, unquoted, s, _title_country(h))
            elif role == "title" and h.tag_ not in ("NNS", "NNPS") and c.antecedent != (-1, -1) and \
                    h.lemma_.lower() in offices() and all(t.dep_ == "det" or t.dep_ == "compound" and t.pos_ == "NOUN"
                                                          and t.is_lower for t in h.lefts) and \
                    _described_holding(doc, c.antecedent, h, c.speaker) is False and \
                    (held := _sole_holder(h, unquoted, s, _title_country(h))) != (-1, -1) and held[1] <= s:
                # 'The president said' after a paragraph about 'Russian leader Vladimir Putin': the one the article
                # called president before (Obama), not the last subject, who only has a kindred title
                c.antecedent = held
            if role == "title" and h.lemma_.lower() in offices() and _commanding_subject(doc, c.antecedent, h) and \
                    not _described_as(doc, c.antecedent, h, c.speaker):
                # 'Edwards started this process shortly after the judge announced the mistrial': an office the subject
                # of the clause the title sits in is never given is someone else's ('Dershowitz stoked fears … when the
                # retired Harvard Law professor asserted' and 'Mr. Trump said …, and the president added' are them)
                c.antecedent = (-1, -1)
            c.meta["person"] = c.antecedent != (-1, -1)
        elif h.lower_ in ("i", "me", "we") and not (mask and mask[s]) and turn != "Q":  # the interviewer asks
            # 'Q: … A: I think …', or interview highlights after 'the former governor told NPR in an interview'
            colon = _colon_intro(doc, paras, s, unquoted, mask)
            turn_holder = _turn_holder(doc, claims[:k], s) or _named_turn(doc, unquoted, s)
            # the one whose turn or section it is ('LZ Granderson: Obama showed …'), never a 'he' in it
            c.meta["writer"] = turn_holder is not None and not colon
            c.antecedent = colon or turn_holder or \
                _marked_interviewee(doc, paras, s, claims[:k]) or _not_the_author(
                doc, _interview_speaker(doc, claims[:k]) or _interviewee(doc, candidates), s, mask)
            if c.antecedent == (-1, -1):
                c.antecedent = _signed_author(doc, paras, s, unquoted, mask)  # the writer, where a bio line signs
                # the writer of the text is its 'I', never a 'he' in it: their claims leave the last speaker be
                c.meta["writer"] = c.antecedent != (-1, -1)
            if c.antecedent == (-1, -1):
                c.antecedent = _section_byline(doc, paras, s, unquoted)  # 'Ana Navarro: We're in for a ride'
            # an 'I' no line of the text signs is the article's writer, whom only its metadata may name
            # (not after a paragraph ending with a colon: what follows may be someone else's text, 'Read Mueller's
            # full opening statement below:')
            # (a colon the writer writes in their own voice, '“We believe:' before a list, hands nothing over)
            # (nor a colon before a quote: 'Ron Fournier says: ⏎ “…”' hands over the quote, and the writer goes on)
            here = para_index(paras, s)
            c.meta["unsigned"] = c.antecedent == (-1, -1) and h.lower_ == "i" and not any(
                doc_text(doc)[a:b].rstrip().endswith(":") and not _furniture_line(doc_text(doc), a, b)
                and not FIRST_PERSON.search(doc_text(doc)[a:b]) and
                not doc_text(doc)[paras[j + 1][0]:paras[j + 1][0] + 1] in OPENING_QUOTES
                for j, (a, b) in enumerate(paras[:here]))
            c.meta["person"] = c.antecedent != (-1, -1)
        elif role is None and h.tag_ == "NN" and not inside and c.cue_type == "speech" and \
                (held := _apposed_noun(doc, h, unquoted)) != (-1, -1):
            # a noun no word list knows, which this article uses to describe one person ('Randall Cerveny, the
            # WMO's rapporteur for weather extremes … “…,” the WMO rapporteur says')
            c.antecedent, c.meta["person"] = held, True
        elif h.pos_ == "PROPN" and role != "group" and h.tag_ != "NNPS":
            c.antecedent = c.speaker
        if c.meta.get("person"):
            named = doc_text(doc)[c.antecedent[0]:c.antecedent[1]].split()
            c.meta["surname"] = named[-1] if named else ""
            if not c.meta.get("writer"):
                last_person = c


def _named_after_opening(doc: Doc, c: Claim, persons: list[Span], paras: list[tuple[int, int]], claims: list[Claim],
                         gender: str | None, genders: dict[str, str]) -> tuple[int, int]:
    """The person a text that opens on a pronoun names next as a subject, in the two paragraphs after the claim ('A short
    time later, he wrote …' ⏎ 'But Mr. Trump was misrepresenting …'): scraped excerpts start mid-story. Not a person
    who speaks a claim of their own there ('“…,” said Gil Kulick'), nor one named inside what someone reports."""
    here = para_index(paras, max(c.end, c.speaker[1]))
    for p in sorted(persons, key=lambda p: p.start_char):
        if p.start_char < max(c.end, c.speaker[1]):
            continue
        if para_index(paras, p.start_char) > here + 2:
            break
        if any(o.speaker[0] <= p.start_char < o.speaker[1] or o.start <= p.start_char < o.end for o in claims):
            continue
        if p.root.dep_ in ("nsubj", "nsubjpass") and _agrees(p, gender, genders):
            return p.start_char, p.end_char
    return -1, -1


def _commanding_subject(doc: Doc, antecedent: tuple[int, int], head: Token) -> bool:
    """Is the antecedent the subject of a verb whose clause holds ``head`` further down ('Edwards started … after the
    judge announced …')?"""
    if antecedent[0] < 0:
        return False
    span = doc.char_span(*antecedent, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.sent.start != head.sent.start:
        return False
    verb = span.root.head
    return verb.i != head.i and head.i in {t.i for t in verb.subtree} and head.i not in {t.i for t in span.root.subtree} \
        and any(a.dep_ in ("advcl", "ccomp", "conj", "relcl", "xcomp", "pcomp", "pobj") for a in head.ancestors if a.i != verb.i
                and verb in a.ancestors)


def _just_introduced(doc: Doc, previous: Claim | None, c: Claim, persons: list[Span],
                     paras: list[tuple[int, int]]) -> tuple[int, int]:
    """'… Elizabeth Pecota calls herself “a firm believer.” ⏎ “…,” the retired middle school history teacher says':
    a definite description right after the claim that first named its speaker describes that person; the
    article has just introduced them and goes on about them (their claim is in this or the paragraph before).
    Not after an outlet's report ('Human Events reported, “… the doctor claims …”'), the way outlets speak."""
    if previous is None or not previous.meta.get("person") or previous.antecedent[0] < 0 or c.head < 0 or \
            previous.cue in RELAY_CUES or not any(t.dep_ == "det" and t.lower_ == "the" for t in doc[c.head].children):
        return -1, -1
    here, there = para_index(paras, c.speaker[0]), para_index(paras, previous.cue_start)
    surname = doc_text(doc)[previous.antecedent[0]:previous.antecedent[1]].split()[-1:]
    first = next((p for p in persons if p[-1].text in surname), None)
    if first is None or not 0 <= here - there <= 1 or para_index(paras, first.start_char) != there:
        return -1, -1
    return previous.antecedent


def _unnamed_title_just_before(doc: Doc, previous: Claim | None, antecedent: tuple[int, int], pos: int,
                               gender: str | None, persons: list[Span]) -> bool:
    """Did the claim just before come from a singular title that names no one ('The governor dismissed the
    notion …'), after the person a pronoun would take and with no name since? Then the pronoun is that title's
    ('“…,” he said'), whoever holds it, not the person named before it."""
    if previous is None or previous.meta.get("person") or previous.head < 0 or previous.speaker[0] < 0:
        return False
    title = doc[previous.head]
    if previous.meta.get("unnamed_title"):  # '“…,” he said. “…,” he added': still the governor's
        return previous.speaker[1] <= pos <= previous.speaker[1] + 400 and not any(
            previous.speaker[1] <= p.start_char < pos for p in persons)
    # 'Another arrestee, a physician, said he was protesting … “…,” he said': a person just introduced unnamed
    introduced = indefinite(title) and (_person_word(title) or any(
        c.dep_ == "appos" and _person_word(c) for c in title.children))
    words = {"male": r"\b(?:he|him|his)\b", "female": r"\b(?:she|her)\b"}.get(gender or "")
    if introduced and words and previous.kind in ("direct", "mixed") and \
            re.search(words, doc_text(doc)[previous.start:previous.end], re.IGNORECASE):
        return False  # '“She's not going to be waffling,” one Democrat said. … She also was considering': the one
        # the unnamed person's quote calls 'she' is someone else
    if not introduced and (speaker_words().get(title.lower_) != "title" or indefinite(title)) or \
            title.tag_ in ("NNS", "NNPS") or \
            not previous.speaker[1] <= pos <= previous.speaker[1] + 400 or antecedent[0] > previous.speaker[0]:
        return False
    if any(previous.speaker[1] <= p.start_char < pos and not previous.start <= p.start_char < previous.end and
           not any(a.dep_ == "relcl" for a in p.root.ancestors) for p in persons):
        # a name since, other than in what the title said ('… said he was protesting Floyd's death') or in a clause
        # about a place or thing ('He works at the medical center, where Floyd was pronounced dead')
        return False
    held = gendered_titles().get(title.lower_)
    return gender is None or held is None or held == gender


def _modifier(person: Span) -> bool:
    """A name that only modifies a noun ('Media caption Trump impeachment', 'the Trump tax plan'): no one a
    pronoun can stand for."""
    root = person.root
    return root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ != "PERSON"


def _own_reporter(doc: Doc, c: Claim, pos: int, persons: list[Span], mask: bytearray | None, gender: str | None,
                  genders: dict[str, str]) -> tuple[int, int] | None:
    """The person who, outside quote marks, is the subject of a reporting verb in the words before a partial quote
    and '…, he said' ('Mitch McConnell insisted on an approach that would “…,” he said'): that is who 'he' is
    (not in 'Mr Sondland, he said, told him …', where no quote follows the name)."""
    for p in persons:
        if c.start <= p.start_char and p.end_char <= pos and not (mask and mask[p.start_char]) and \
                p.root.dep_ == "nsubj" and cue_of(p.root.head) is not None and mask and any(mask[p.end_char:pos]) and \
                _agrees(p, gender, genders):
            return p.start_char, p.end_char
    return None


def _comma_name(doc: Doc, head: Token, persons: list[Span]) -> list[Span]:
    """A name right after the speaker's phrase and a comma that the parser hung elsewhere ('according to another
    witness, Harley Geiger of the Center for …', 'said one of the people most responsible for the bill,
    Appropriations Committee Chairman Barbara Mikulski'): an apposition all the same, unless it starts a clause."""
    # past the phrase's own modifiers, not a clause ('new reporting indicating that Trump talked about another
    # rival, Sen. Elizabeth Warren' is no apposition of the reporting)
    end = max([head.i] + [c.right_edge.i for c in head.children if c.dep_ in ("prep", "amod", "compound", "nummod")] +
              # 'the freshman Arizona Republican, Jeff Flake, …': a description set beside the head, then the name
              [c.i for c in head.children if c.dep_ == "appos" and c.ent_type_ != "PERSON" and c.i + 1 < len(doc)
               and doc[c.i + 1].text == ","])
    if end + 2 >= len(doc) or doc[end + 1].text != "," or head.pos_ not in ("NOUN", "NUM"):
        return []
    return [p for p in persons if end + 2 <= p.start <= end + 6
            and (p.root.dep_ not in ("nsubj", "nsubjpass") or p.root.head.i < p.root.i)  # '… added X's whip, Sen. Y'
            and p.root.dep_ != "poss"  # 'According to one source, Lachlan Murdoch's wife helped …': not the source
            and all(t.is_title and not t.is_punct for t in doc[end + 2:p.start])  # a title before the name
            and not any(c.dep_ == "conj" for c in p.root.children)]  # 'Jennifer Lind and Daryl Press' speak together


def _questioned(pronoun: Token, persons: list[Span], gender: str | None,
                genders: dict[str, str]) -> tuple[int, int] | None:
    """The person asked a question whose subject is the pronoun ('McCain pressed Navarro on why she called herself a
    Republican', 'Trump asked Pelosi whether she would resign'): the one asked, of the pronoun's sex."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not any(t.dep_ in ("advmod", "mark") and t.lower_ in ("why", "whether", "if", "how")
                                          for t in verb.children):
        return None
    asker = verb.head if verb.dep_ == "ccomp" else verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
        else None
    if asker is None or asker.lemma_.lower() not in verb_classes().get("questioning", ()):
        return None
    return next(((p.start_char, p.end_char) for t in asker.children if t.dep_ == "dobj" for p in persons
                 if p.start <= t.i < p.end and _agrees(p, gender, genders)), None)


def _clause_owner(pronoun: Token, persons: list[Span], gender: str | None,
                  genders: dict[str, str]) -> tuple[int, int] | None:
    """The person owning or writing the noun a pronoun's relative clause describes ("Macron's answer, in which he urged
    …", "Johnson's speech, during which he said …", "an editorial by Cillizza in which he argues"): that person,
    whoever spoke last."""
    verb = pronoun.head
    while verb.dep_ in ("conj", "parataxis") and verb.head.i != verb.i:
        verb = verb.head  # '… in which he said, “Iran had …”', the cue hung on the quote's verb
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    # 'in which', 'during which': the clause is set in the noun's event ('Borrell's remarks in a debate … in which he
    # said'), whose owner may sit up the chain of prepositions, and who speaks in it whoever the sentence's subject is
    set_in = any(c.dep_ == "prep" and any(o.lower_ == "which" for o in c.children) for c in verb.children)
    for _ in range(3 if set_in else 0):
        if any(t.dep_ == "poss" or t.dep_ == "prep" and t.lower_ == "by" for t in noun.children) or \
                noun.dep_ != "pobj" or noun.head.dep_ != "prep" or \
                noun.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        noun = noun.head.head
    if not set_in and any(p.root.dep_ in ("nsubj", "nsubjpass") and p.root.sent == pronoun.sent and p.end <= pronoun.i
                          for p in persons):
        return None  # "Mr. Schumer cited Mr. Trump's nominations that he said were held up": the subject, Schumer
    # the noun's owner, or its author ('an editorial by Chris Cillizza in which he argues …')
    owners = [t for t in noun.children if t.dep_ == "poss"] + \
        [o for t in noun.children if t.dep_ == "prep" and t.lower_ == "by" and t.i < verb.i
         for o in t.children if o.dep_ == "pobj"]
    for t in owners:
        for p in persons:
            if p.start <= t.i < p.end and _agrees(p, gender, genders):
                return p.start_char, p.end_char
    return None


def _fronted_clause_subject(pronoun: Token, persons: list[Span], gender: str | None,
                            genders: dict[str, str]) -> tuple[int, int] | None:
    """The named subject of a clause fronted before the pronoun's own ('When Palin announced she would not run, she
    said it on a radio show'): the pronoun's person, whoever spoke last."""
    sent = pronoun.sent
    comma = next((t for t in sent if t.text == ","), None)
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head != sent.root or sent[0].lower_ not in FRONTING or \
            comma is None or comma.i + 1 != pronoun.i:
        return None  # the main clause opens on the pronoun ('When Palin announced …, she said'), not on a quote
    # the parse of the fronted clause varies ('When' an adverb, its verb hung on a clause inside it): its subject is
    # the name right after the opening word
    before = [p for p in persons if sent.start < p.start and p.end <= pronoun.i]
    if len(before) == 1 and before[0].start == sent.start + 1 and \
            before[0].root.dep_ in ("nsubj", "nsubjpass") and _agrees(before[0], gender, genders):
        return before[0].start_char, before[0].end_char
    return None


def _shouted(span: Span) -> bool:
    """A name or cue in an all-capitals line ('TRUMP AGAIN BLASTS EX-SPYMASTER BRENNAN AS …'): a link to another
    story between paragraphs, no claim of this one, and whose subject is no one's 'he' in the text around it."""
    words = [t.text for t in span.sent if t.is_alpha]
    return span.text.isupper() and len(words) >= 4 and all(w.isupper() for w in words)


def _end(claim: Claim | None) -> int:
    """Where a claim's cue and content end (0 for none)."""
    return max(claim.cue_end, claim.end) if claim is not None else 0


def unnamed_speakers(doc: Doc, mask: bytearray | None) -> list[tuple[int, str]]:
    """Where someone unnamed speaks, and under which noun ('a senior official said', 'officials told reporters',
    'one Iowa Republican said'): (token index, lemma), found once per article."""
    return [(t.i, t.lemma_.lower()) for t in doc if t.dep_ in ("nsubj", "nsubjpass") and not (mask and mask[t.idx])
            and (t.tag_ in ("NNS", "NNPS") or indefinite(t)) and (cue := cue_of(t.head)) and cue[0].type in SPEECH_TYPES
            and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.subtree)]


def _introduced_unnamed(head: Token, unnamed: list[tuple[int, str]], since: int = 0) -> bool:
    """Did someone unnamed speak under the same noun (since the last named speaker)? Then 'the official' is that
    one, not a named person."""
    noun = head.lemma_.lower()
    return any(since <= head.doc[i].idx and i < head.i and lemma == noun for i, lemma in unnamed)


def _introduced_before(doc: Doc, c: Claim, persons: list[Span], gender: str | None,
                       genders: dict[str, str]) -> tuple[int, int] | None:
    """A quote that opens its paragraph, then 'he/she said': the one person named in the sentence just
    before the paragraph, when that person agrees with the pronoun."""
    text = doc_text(doc)
    if text[:c.start].rstrip(" \t").rstrip("“\"«'‘")[-1:] not in ("\n", ""):
        return None
    sent = _sentence_before(doc, c.start)
    if sent is None:
        return None
    inside = [p for p in persons if sent.start <= p.start and p.end <= sent.end]
    names = {p[-1].lower_ for p in inside}
    inside = [p for p in inside if _agrees(p, gender, genders)]
    if len(names) != 1 or not inside:
        return None
    subjects = [p for p in inside if p.root.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # 'Angela Pesce, who wore her son Danny Pesce's face …, said …': the one the sentence is about
        return subjects[-1].start_char, subjects[-1].end_char
    if gender and any(PRONOUN_GENDER.get(t.lower_) == gender and t.dep_ in ("nsubj", "nsubjpass") and
                      t.head.dep_ != "relcl" for t in sent):
        # 'He gives them credit for the success of Al Gore's documentary. ⏎ “…,” he said': still him (not the 'he' of
        # a relative clause: '… frustrates Arpaio, as does the tag, which he calls an insult' is about Arpaio)
        return None
    return inside[-1].start_char, inside[-1].end_char


BOILERPLATE = re.compile(r"©|copyright|newsletter|subscribe|sign up|follow (?:us|him|her)|all rights reserved", re.I)
BIO_VERBS = {"be", "serve", "write", "teach", "work", "direct", "lead", "chair", "cover", "report"}


def _sign_off(line: str) -> bool:
    """A short closing line that is no sentence of the article ('Sign up for the Opinion Newsletter', '© 2013')."""
    return len(line) < 120 and (not re.search(r"[.!?\"”]\s*$", line) or BOILERPLATE.search(line) is not None)


def _signed_author(doc: Doc, paras: list[tuple[int, int]], pos: int, persons: list[Span],
                   mask: bytearray | None) -> tuple[int, int]:
    """The writer of an 'I' outside quote marks, where a bio line signs the text after it: a short paragraph at
    the article's end, or set off by a dash after a section, that opens with a name the article has not
    mentioned before ('Rand Paul is a Republican senator from Kentucky.', '— George Batts served with the Royal
    Engineers.', 'Follow John Nolte on Twitter'); else no one."""
    text = doc_text(doc)
    tail = len(paras)  # where the closing run of sign-up and copyright lines starts
    while tail > 0 and _sign_off(text[paras[tail - 1][0]:paras[tail - 1][1]]):
        tail -= 1
    from .entities import honorifics

    honorific = honorifics() | title_words()  # 'Sen.', 'Dr.', 'Senator' before a bio's name
    for j in range(para_index(paras, pos) + 1, len(paras)):
        ps, pe = paras[j]
        lead = re.match(r"[\s\u2014\u2013\u2022-]*(Follow\s+)?", text[ps:pe])
        dashed = bool(lead.group().strip()) and not lead.group(1)
        last = j + 1 >= tail
        quoted = sum(mask[ps:pe]) if mask else 0  # a bio may name a book in quotes, but is no quote itself
        if pe - ps > (600 if last else 300) or 2 * quoted > pe - ps or not (dashed or last):
            continue
        # the bio opens the paragraph, or, in the last one, a sentence of it ('… first published in Newsmax
        # Magazine. Sen. Joe Lieberman was …'), perhaps after a title
        span = doc.char_span(ps, pe, alignment_mode="contract")
        starts = {ps + lead.end()} | ({s.start_char for s in span.sents} if last and span is not None else set())

        def opens(p: Span) -> bool:
            before = doc[p.start - 1] if p.start > 0 else None
            return p.start_char in starts or (before is not None and before.idx in starts and
                                              before.lower_.rstrip(".") in honorific)

        name = next((p for p in persons if ps <= p.start_char < pe and opens(p) and not (mask and mask[p.start_char])),
                    None)
        if name is None or any(p.start_char < ps and p[-1].lower_ == name[-1].lower_ for p in persons):
            continue
        verb = name.root.head
        if lead.group(1) and "Twitter" in text[name.end_char:pe] or \
                name.root.dep_ == "nsubj" and verb.lemma_.lower() in BIO_VERBS and verb.i > name.root.i:
            return name.start_char, name.end_char
    return -1, -1


SECTION_HEADER = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s")
SIGN_OFF_DASH = re.compile(r"[\s\u2014\u2013-]+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*$")


def _section_byline(doc: Doc, paras: list[tuple[int, int]], pos: int, persons: list[Span]) -> tuple[int, int]:
    """The writer of an 'I' in a collective piece whose sections open with a short 'Name: headline' line
    ('Ana Navarro: We're in for a heck of a ride ⏎ … where shall I begin?') or a 'Name, role' line with no verb
    and no full stop ('John Negroponte, former U.S. ambassador to the United Nations ⏎ … I have served …'): the
    person named by the nearest such line before; no one when a section signed off ('– William Cummings') lies
    between, or when that name is no person."""
    text = doc_text(doc)
    for j in range(para_index(paras, pos) - 1, -1, -1):
        ps, pe = paras[j]
        if SIGN_OFF_DASH.fullmatch(text[ps:pe]):
            return -1, -1
        if pe - ps < 150 and (m := SECTION_HEADER.match(text, ps)) and m.start() == ps:
            name = next((p for p in persons if p.start_char == ps and p.end_char == m.end(1)), None)
            return (name.start_char, name.end_char) if name is not None else (-1, -1)
        if pe - ps < 250 and not re.search(r"[.!?\"”:]\s*$", text[ps:pe]) and \
                (name := next((p for p in persons if p.start_char == ps and text.startswith(",", p.end_char)
                               and p.sent.root.pos_ in ("PROPN", "NOUN")), None)):  # not 'Rubio, …, tweeted that'
            return name.start_char, name.end_char
    return -1, -1


def _furniture_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all page furniture ('Advertisement:', 'Editor's Note:')?"""
    return any(m.start() <= start and end <= m.end() + 1 for m in page_furniture().finditer(text, start, end))


def _colon_intro(doc: Doc, paras: list[tuple[int, int]], pos: int, persons: list[Span],
                 mask: bytearray | None) -> tuple[int, int] | None:
    """The person whose introduction ends with the colon before a statement printed without quote marks
    ('Richmond County District Attorney Daniel M. Donovan: ⏎ I first want to …', 'Officer Pantaleo issued a
    statement: ⏎ I became …', 'he said this on Thursday: Trump: I think …'): the colon in the same paragraph, or
    a paragraph ending with one, with no quote between."""
    text = doc_text(doc)
    k = para_index(paras, pos)
    colon = text.rfind(":", max(paras[k][0], pos - 250), pos)  # a label right before: 'Trump: I think …'
    if colon < 0 and text.rfind(":", paras[k][0], pos) >= 0:
        return None  # a colon far back in the paragraph introduces something else
    for j in range(k - 1, max(-1, k - 4), -1):
        if colon >= 0:
            break
        ps, pe = paras[j]
        if mask and any(mask[ps:pe]):
            return None
        if _furniture_line(text, ps, pe):
            continue  # 'Advertisement:' between the introduction and the statement
        if text[ps:pe].rstrip().endswith(":"):
            colon = text[ps:pe].rstrip().rfind(":") + ps
    if colon < 0 or (mask and mask[colon]):
        return None
    sent = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if sent is None:
        return None
    lo = max(sent.sent.start_char, text.rfind(":", 0, colon) + 1)
    before = [p for p in persons if lo <= p.start_char and p.end_char <= colon]
    intro = doc.char_span(lo, colon, alignment_mode="expand")
    if not before or intro is None:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in intro):
        return before[0].start_char, before[0].end_char  # a label: 'Bill Kristol, Twitter, Oct. 16, 2015:'
    # else the speaking subject ('Donald Jr. told the Times that …:', 'Officer Pantaleo issued a statement:'),
    # not whoever an author's own lead-in names ('Consider the context of Trump Jr.'s meeting:')
    found = [p for p in before if p.root.dep_ == "nsubj" and (cue_of(p.root.head) is not None or any(
        speaker_words().get(o.lemma_.lower()) == "document" for o in p.root.head.children if o.dep_ == "dobj")) or
        p.root.dep_ == "poss" and speaker_words().get(p.root.head.lemma_.lower()) == "document"]  # 'Read Mueller's statement:'
    return (found[0].start_char, found[0].end_char) if found else None


def _sentence_before(doc: Doc, pos: int) -> Span | None:
    """The sentence that ends right before the text at pos (blank lines skipped)."""
    first = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    prev = doc[first.start - 1]
    while prev.i > 0 and prev.is_space:
        prev = doc[prev.i - 1]
    return prev.sent


def _new_subject_before(doc: Doc, c: Claim, persons: list[Span], mask: bytearray | None) -> tuple[int, int] | None:
    """The person who is the subject of the main verb of the sentence right before a quote paragraph ('Trump took
    another swipe. ⏎ “…”'): the one a cue-less quote that follows belongs to."""
    sent = _sentence_before(doc, c.start)
    if sent is None:
        return None
    root = sent.root
    for p in persons:
        if p.root.dep_ == "nsubj" and p.root.head.i == root.i and not (mask and mask[p.start_char]):
            return p.start_char, p.end_char
    return None


def _plural_speaker(head: Token) -> bool:
    """A speaker phrase that is many people: 'Many Republicans', 'analysts', 'officials'."""
    return head.tag_ in ("NNS", "NNPS") and head.ent_type_ != "PERSON" and head.lower_ not in ("they", "we")


def _relays(doc: Doc, c: Claim) -> bool:
    """A claim by no one, by a report or document, or by an outlet."""
    if c.head < 0 or c.speaker[0] < 0:
        return True
    return speaker_words().get(doc[c.head].lower_) in ("document", "media", "rubric") or \
        speaker_words().get(doc[c.head].lemma_.lower()) in ("document", "media") or doc[c.head].lemma_.lower() in ("report", "poll", "survey", "study")


def _named_next(doc: Doc, c: Claim, persons: list[Span]) -> tuple[int, int]:
    """A title no one before holds, named soon after as a subject that reports or is introduced ('…, the spokesman
    of the customs office announced. Ruhollah Latifi said …'; '“…,” the head of the Guards, Major General Hossein
    Salami, said'): that person, within the next three sentences, when the article has not named them before."""
    sent = doc[c.head].sent
    # nor the title's owner ("President Trump's attorney is vowing … ⏎ Trump was attempting …": not Trump)
    named_before = {p[-1].lower_ for p in persons if p.end_char <= c.speaker[0] or p.end_char <= c.speaker[1]
                    and _owner_or_object(doc, p, doc[c.head])}
    for _ in range(3):
        if sent.end >= len(doc) or doc[sent.end].idx - c.end > 500:
            break
        sent = doc[sent.end].sent
        for p in persons:
            root = p.root.head if p.root.dep_ == "appos" else p.root
            if sent.start <= p.start < sent.end and root.dep_ in ("nsubj", "nsubjpass") and \
                    p[-1].lower_ not in named_before and (cue_of(root.head) is not None or
                                                          any(x.dep_ == "appos" for x in p.root.children)):
                # one who reports ('Latifi said') or whom the article introduces ('Alejandro Mayorkas, the director of
                # …, is under investigation'), not one the story goes on to ('Dr Li Wenliang later died')
                return p.start_char, p.end_char
    return -1, -1


def _same_title_named(doc: Doc, c: Claim, title: Token, persons: list[Span], appos_only: bool = False,
                      renamed_only: bool = False) -> tuple[int, int]:
    """An indefinite title named soon after (six sentences, 1,500 characters) under the same title word: 'A
    spokesman for the ministry said … But spokesman Geng Shuang declined …', 'a deputy to Mr. Barr wrote … The
    deputy, Stephen E. Boyd, said', '… Behrouz Kamalvandi, a spokesman for the agency, said': that person, when not
    named before the claim. renamed_only: only 'The official, Ali Al-Obaid, said', naming that very person."""
    sent = title.sent
    named_before = {p[-1].lower_ for p in persons if p.end_char <= c.speaker[0]}
    word = title.lemma_.lower()
    for _ in range(6):
        if sent.end >= len(doc) or doc[sent.end].idx - title.idx > 1500:
            break
        sent = doc[sent.end].sent
        for p in persons:
            if not sent.start <= p.start < sent.end or p[-1].lower_ in named_before:
                continue
            before = doc[p.start - 1] if p.start > 0 else None
            renamed = p.root.dep_ == "appos" and p.root.head.lemma_.lower() == word and \
                any(d.lower_ == "the" for d in p.root.head.children) or \
                any(t.lemma_.lower() == word and any(d.lower_ == "the" for d in t.children) and _self_named(doc, t, [p])
                    for t in p.root.ancestors)  # 'The resident, who gave his name as Maher, said'
            if renamed_only:
                if renamed:
                    return p.start_char, p.end_char
                continue
            beside = not appos_only and (before is not None and before.lemma_.lower() == word or renamed)
            if beside or any(t.dep_ == "appos" and t.lemma_.lower() == word for t in p.root.children):
                # 'Behrouz Kamalvandi, a spokesman for the Atomic Energy Organization, said'
                return p.start_char, p.end_char
    return -1, -1


# one spoken text can name another ("his statement … The speech began")
SPOKEN_TEXTS = {"statement", "speech", "remark", "remarks", "address", "comment", "comments"}
# a group-like source (or a rubric: 'Video: …'), but one person's when a person owns it ("Williams' video argued")
AUTHORED = {"report", "study", "research", "analysis", "video"}


def _document_author(head: Token, persons: list[Span], candidates: list[Span], last: Claim | None,
                     pos: int, genders: dict[str, str], back: bool = True) -> tuple[int, int]:
    """The person who owns or wrote a text: "Mueller's report", 'his tweet' (the person 'he' stands for),
    'the comments by X', 'a letter from X', 'a presidential tweet', 'a statement sent on behalf of X'; for 'the
    statement' with none of
    these, the author of the same text mentioned in the three sentences before ('the White House released a
    statement from President Obama … “…,” the statement read', "Trump gave his statement … The speech began");
    else no one."""
    for owner in (t for t in head.children if t.dep_ == "poss"):
        named = [p for p in persons if p.start <= owner.i < p.end]
        if named:
            return named[0].start_char, named[0].end_char
        if owner.lower_ in ("his", "her"):
            return _previous_person(candidates, last, pos, "male" if owner.lower_ == "his" else "female", genders)
        return -1, -1
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":  # 'a text of Priebus's prepared comments': its author
            for obj in (o for o in prep.children if o.dep_ == "pobj" and "document" in (
                    speaker_words().get(o.lower_), speaker_words().get(o.lemma_.lower()))):
                if (author := _document_author(obj, persons, candidates, last, pos, genders, back=False)) != (-1, -1):
                    return author
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                named = [p for p in persons if p.start <= obj.i < p.end and obj.dep_ == "pobj"]
                if named:
                    return named[0].start_char, named[0].end_char
    from .entities import office_adjectives

    for adj in (t for t in head.children if t.dep_ == "amod"):
        if (office := office_adjectives().get(adj.lower_)) is not None:
            # 'a presidential tweet calling …': the one person the article describes as president
            return _sole_holder(adj, persons, pos, office=office)
    behalf = [t for t in head.subtree if t.lower_ == "behalf" and t.head.lower_ == "on" and
              head.i in (t.head.head.i, t.head.head.head.i)]  # 'A statement sent Sunday night on behalf of Jay Patel'
    for obj in (o for b in behalf for of in b.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"):
        if named := [p for p in persons if p.start <= obj.i < p.end]:
            return named[0].start_char, named[0].end_char
    if back and speaker_words().get(head.lemma_.lower()) == "document" and \
            any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children):
        sents = list(head.doc.sents)
        k = next(j for j, sent in enumerate(sents) if sent.start <= head.i < sent.end)
        noun = head.lemma_.lower()
        earlier = next((t for t in reversed(head.doc[sents[max(0, k - 3)].start:head.sent.start])
                        if t.pos_ == "NOUN" and (t.lemma_.lower() == noun or {noun, t.lemma_.lower()} <= SPOKEN_TEXTS)
                        and any(d.dep_ in ("det", "poss") for d in t.children)), None)  # not 'law and order'
        if earlier is not None:
            author = _document_author(earlier, persons, candidates, last, earlier.idx, genders, back=False)
            # 'Trump gave a statement … The speech began', 'Hollande announced in a statement. … the statement said'
            verb = earlier.head if earlier.dep_ == "dobj" else earlier.head.head \
                if earlier.dep_ == "pobj" and earlier.head.lower_ in ("in", "through") else None
            issuer = next((t for t in verb.children if t.dep_ == "nsubj"), None) \
                if verb is not None and verb.pos_ in ("VERB", "AUX") else None
            if author == (-1, -1) and issuer is not None:
                named = [p for p in persons if p.start <= issuer.i < p.end and p.root.i == issuer.i]
                return (named[0].start_char, named[0].end_char) if named else (-1, -1)
            return author
    return -1, -1


def _sole_holder(role: Token, persons: list[Span], pos: int, country: str = "", owned: bool = False,
                 office: str = "") -> tuple[int, int]:
    """The one person of the article described as holding this role ('President Trump', 'Lavrov, the
    foreign minister'), at their last mention before pos; no one if several hold it or none does. The role is
    definite ('the president'), when owned, a country's ("Russia's top diplomat"), or an office an adjective names
    ('presidential')."""
    from .entities import body_names, describe, heads_body, lesser, of_phrase, role_holders, role_word

    if not office and not owned and not any(t.dep_ == "det" and t.lower_ == "the" for t in qualifiers(role)):
        return -1, -1
    word, required = (office, []) if office else (role_word(role), lesser(qualifiers(role)))
    required = required + body_names(of_phrase(role))
    # "America's top diplomat" is also the one such person described with no country ('his secretary of state, Rex
    # Tillerson')
    holders = role_holders(persons, describe, word, country, required, body=heads_body(role))
    if len({p[-1].lower_ for p in holders}) != 1:
        return -1, -1
    named = [p for p in persons if p[-1].lower_ == holders[0][-1].lower_ and p.end_char <= pos] or holders
    return named[-1].start_char, named[-1].end_char


def _apposed_noun(doc: Doc, noun: Token, persons: list[Span]) -> tuple[int, int]:
    """For 'the rapporteur' (definite, singular, no organisation word): the one person the article sets that noun
    beside ('Randall Cerveny, the World Meteorological Organization's rapporteur'); else no one."""
    from .entities import org_words

    if not any(t.dep_ == "det" and t.lower_ == "the" for t in noun.children) or noun.lemma_.lower() in org_words():
        return -1, -1  # 'the company', 'the party': an organisation the model may have typed a person
    return _holder_of_role(doc, noun, persons)


def _kin_named(doc: Doc, kin: Token, persons: list[Span], pos: int) -> tuple[int, int]:
    """'Her husband said', "Mitt Romney's wife": the one other person of the owner's surname the article names
    ('Steve Melanson, whose wife Rosemarie …'), the owner being the name itself or, for his/her, the person the
    sentence before has as its subject; else no one."""
    from .entities import family_nouns

    if kin.lemma_.lower() not in family_nouns() or kin.tag_ != "NN":
        return -1, -1
    poss = next((t for t in kin.children if t.dep_ == "poss"), None)
    if poss is None:
        return -1, -1
    if poss.lower_ in ("his", "her"):
        # whom the sentence before is about ('Rosemarie Melanson spent 13 months … Her husband said'); not the last
        # person named anywhere ('A couple in Georgia … his wife refuses' names no one)
        before = doc[kin.sent.start - 1].sent if kin.sent.start > 0 else None
        subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if before else None
        owner = next((p for p in persons if subject is not None and p.start <= subject.i < p.end), None)
    else:
        owner = next((p for p in persons if p.start <= poss.i < p.end), None)
    if owner is None:
        return -1, -1
    if len(owner) == 1:  # 'Rosemarie': the full name the article gives her
        owner = next((p for p in persons if len(p) > 1 and p[0].text == owner.text), owner)
    surname, own = owner[-1].text, owner.text
    kin_of = [p for p in persons if len(p) > 1 and p[-1].text == surname and p.text != own
              and not own.endswith(" " + p.text) and not p.text.endswith(" " + own)]
    # named before; else in the lines right after ("Mitt Romney's wife has disclosed … ⏎ “…,” Ann Romney told CBS")
    others = {p.text: p for p in kin_of if p.start_char < pos} or \
        {p.text: p for p in kin_of if pos <= p.start_char < pos + 400}
    if len(others) != 1:
        return -1, -1
    p = next(iter(others.values()))
    return p.start_char, p.end_char


def _holder_of_role(doc: Doc, role: Token, persons: list[Span]) -> tuple[int, int]:
    """The one person the article names with this role word beside the name ('lawyer Malcolm LaVergne',
    'Malcolm LaVergne, his lawyer', 'His lawyer, Malcolm LaVergne,'), else no one; a plural beside a name
    describes several ('Randall Cerveny and Ann Lee, two rapporteurs')."""
    from .entities import honorific_roles, lesser

    word = role.lemma_.lower()
    abbreviated = {w for w, office in honorific_roles().items() if office == word}  # 'Gov.' for governor

    def vice(t: Token) -> set[str]:  # 'vice' in 'Germany's vice chancellor', 'Vice Chancellor Sigmar Gabriel'
        return set(lesser(doc[max(0, t.i - 2):t.i]))

    def owner(t: Token, prefix: bool = False) -> list[str]:  # 'Virginia' of "Virginia's governor", 'Virginia Gov.'
        poss = [o for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                for o in c.subtree if o.dep_ != "case"]
        if poss or not prefix:
            return [o.text for o in poss]
        k = t.i  # the place right before the title ('Virginia Gov.'), not the title's own words ('Interior Minister')
        while k > t.sent.start and doc[k - 1].ent_type_ == "GPE":
            k -= 1
        return [o.text for o in doc[k:t.i]]

    own = owner(role)
    found: dict[str, Span] = {}
    for p in persons:
        r = p.root
        beside = [t for t in (r.head if r.dep_ == "appos" else None,
                              *(c for c in r.children if c.dep_ == "appos"),
                              doc[p.start - 1] if p.start > 0 else None)
                  if t is not None and t.i != role.i and t.tag_ not in ("NNS", "NNPS") and
                  (t.lemma_.lower() == word or t.lower_.rstrip(".") in abbreviated and t.is_title)]
        # "Virginia's governor" is not 'Martin O'Malley, Maryland's governor', but is 'Virginia Gov. Bob McDonnell'
        beside = [t for t in beside if not own or not (there := owner(t, t.i == p.start - 1)) or there[-len(own):] == own]
        if any(vice(t) == vice(role) for t in beside):  # 'Chancellor Angela Merkel' is no vice chancellor
            found.setdefault(p[-1].lower_, p)
    if len(found) != 1:
        return -1, -1
    p = next(iter(found.values()))
    return p.start_char, p.end_char


def _described_person(head: Token) -> str | None:
    """'The mother of a student killed in Newtown said': a definite, singular person noun that is no title
    ('mother', 'teacher', 'student'; `person_noun` in entity_words.csv)."""
    from .entities import person_nouns

    if head.tag_ == "NN" and head.lemma_.lower() in person_nouns() and \
            any(t.dep_ == "det" and t.lower_ == "the" for t in head.children):
        return "person-noun"
    return None


def _delayed_identity(head: Token) -> bool:
    """A lead's description of someone the next sentences name: a country's or body's official ("America's top
    intelligence official"), one of its leaders ('One of the EU's top leaders') or a person's nominee, aide or
    lawyer ("President Obama's nominee for the No. 2 spot … denied … ⏎ Alejandro Mayorkas …"), not 'a senior
    official'."""
    from .entities import person_nouns

    words = speaker_words()
    if head.lower_ == "one":  # 'One of Facebook's early investors is urging … . … investor Roger McNamee'
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and (words.get(o.lemma_.lower()) in ("title", "back-title") or
                                                     o.lemma_.lower() in person_nouns())
            for o in p.children) for p in head.children)
    owner = next((t for t in head.children if t.dep_ == "poss"), None)
    return head.tag_ == "NN" and owner is not None and (
        words.get(head.lower_) == "back-title" and owner.ent_type_ in ("GPE", "ORG", "NORP")
        or words.get(head.lower_) == "title" and owner.ent_type_ == "PERSON")


def _in_lead(doc: Doc, tok: Token) -> bool:
    """Is the token in the article's first sentence (after at most a headline)?"""
    starts = [s.start for s in doc.sents if any(t.is_alpha for t in s)][:2]
    return tok.sent.start in starts


def _of_organisation(head: Token) -> bool:
    """A title tied to a named organisation or state ('the spokesman for Erdogan's AK Party', 'the State
    Department deputy spokesperson')."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") and
               any(t.ent_type_ in NOT_PERSON_ENTS for t in c.subtree) for c in head.children)


def _institution_owned(head: Token) -> bool:
    """A title owned by an institution named by a common noun ('the presidency's director', 'the agency's spokesman')."""
    return any(t.dep_ == "poss" and t.pos_ == "NOUN" and t.ent_type_ == "" and speaker_words().get(t.lower_) is None
               for t in head.children)  # not a person's title ('the secretary general's spokesman')


def _described_as(doc: Doc, person: tuple[int, int], role: Token, speaker: tuple[int, int]) -> bool:
    """Is the role word next to a mention of the person elsewhere ('IRICA spokesman Ruhollah Latifi',
    'Latifi, the spokesman'), not counting the speaker phrase being resolved?"""
    if person[0] < 0:
        return False
    text = doc_text(doc)
    words = text[person[0]:person[1]].split()
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text) if words else ():
        for r in re.finditer(rf"\b{re.escape(role.lower_)}\b", text[max(0, m.start() - 100):m.end() + 80], re.I):
            if not speaker[0] <= max(0, m.start() - 100) + r.start() < speaker[1]:
                return True
    return False


def _present_descriptions(doc: Doc, person: tuple[int, int], speaker: tuple[int, int]) -> tuple[list[Span], list[str]]:
    """The mentions of a person (by surname, outside the speaker phrase being resolved) and their descriptions, past
    ones left out: 'then-candidate Barack Obama' was a candidate then and may hold any office since ('former President
    Obama' holds none: that title still excludes others)."""
    from .entities import describe

    words = doc_text(doc)[person[0]:person[1]].split()
    same = [p for p in doc.ents if p.label_ == "PERSON" and words and p[-1].text == words[-1]
            and not speaker[0] <= p.start_char < speaker[1]]
    return same, [d for p in same for d in describe(p) if not re.match(r"then\b", d.lower())]


def _described_holding(doc: Doc, person: tuple[int, int], role: Token, speaker: tuple[int, int]) -> bool | None:
    """Is the person (by surname) described anywhere as holding the role itself ('President Barack Obama'): True;
    only with another title, kindred or not ('Russian leader Vladimir Putin' for 'the president'): False; with no
    present title at all ('then-candidate Barack Obama'): None."""
    from .entities import _holds, role_word

    found = _present_descriptions(doc, person, speaker)[1]
    if any(_holds(d, role_word(role), "", []) for d in found):
        return True
    return False if {w for d in found for w in re.findall(r"[a-z]+", d.lower())} & title_words() else None


def _joined(a: Token, b: Token) -> bool:
    """Are two neighbouring tokens one hyphenated word ('vice' '-' 'president')?"""
    return b.i == a.i + 1 and not a.whitespace_ and (a.text == "-") != (b.text == "-")


def hyphened_before(tok: Token) -> Token | None:
    """The word joined to this one by a hyphen before it ('vice' of 'vice-president'), which the tokenizer splits."""
    doc = tok.doc
    return doc[tok.i - 2] if tok.i >= 2 and _joined(doc[tok.i - 2], doc[tok.i - 1]) and _joined(doc[tok.i - 1], tok) \
        and doc[tok.i - 2].is_alpha else None


def _compound_end(tok: Token) -> Token:
    """The last part of the hyphenated word a token is in: the parser may make 'vice' or '-' of 'The US
    vice-president' the subject, but 'president' names the role."""
    doc = tok.doc
    while tok.i + 1 < len(doc) and _joined(tok, doc[tok.i + 1]) and (tok.text == "-" or doc[tok.i + 1].text == "-" and
                                                                    tok.i + 2 < len(doc) and doc[tok.i + 2].is_alpha):
        tok = doc[tok.i + 1]
    return tok


def qualifiers(role: Token) -> list[Token]:
    """The words that qualify a role noun: its children, and the 'vice' of 'vice-president', which the tokenizer
    splits off and the parser seldom attaches to it."""
    before = hyphened_before(role)
    return [*role.children, *([before, *before.children] if before is not None else [])]


def _title_conflict(doc: Doc, person: tuple[int, int], role: Token, speaker: tuple[int, int]) -> bool:
    """Is the person (not a gazetteer one) described in the article only with other titles, never as holding this
    office or a kindred title ('the president' → someone only ever 'Rep. Tom Suozzi'; 'the mayor' → 'Officer Derek
    Chauvin')? Offices and what each title can also mean are in data/entity_words.csv."""
    from .entities import (_country_of, _holds, heads_body, heads_something, honorific_roles, lesser, offices, professions,
                           roles)

    lemma = role.lemma_.lower()
    if person[0] < 0:
        return False
    words = doc_text(doc)[person[0]:person[1]].split()
    if words and role.text == words[-1]:
        return False  # 'King said' after 'Rep. Peter King': his name, not the title
    same, found = _present_descriptions(doc, person, speaker)
    if (body := heads_body(role)) and any(_holds(d, lemma, "", []) and _country_of(d.split()) for d in found):
        # 'the president of the group' is not one who holds the title of a country ('U.S. President Donald Trump'),
        # unless also described as heading something
        return not any(_holds(d, lemma, "", []) and heads_something(d, body) for d in found)
    if lemma not in offices() | professions():
        return False  # a senator is also a candidate, a professor also a lawyer: only offices exclude others
    if lemma not in offices():  # 'the editor complained' is not 'President Obama', unless the article calls him so
        held = {w for d in found for w in re.findall(r"[a-z]+", d.lower())} & (offices() | set(honorific_roles().values()))
        return bool(held) and not any(_holds(d, lemma, "", []) for d in found)
    if lower := lesser(qualifiers(role)):
        # 'the vice president' is not one the article calls 'President …' and never vice president (Trump included)
        return any(_holds(d, lemma, "", []) for d in found) and not any(_holds(d, lemma, "", lower) for d in found)
    if any(p.ent_id_ for p in same):
        return False  # 'Trump' of the gazetteer: the role is known, whatever the article calls him
    titles = title_words() | set(honorific_roles().values())
    held = {w for d in found for w in re.findall(r"[a-z]+", d.lower())} & titles
    kindred = any(_holds(d, lemma, "", []) for d in found) or any(lemma in roles().get(t, []) for t in held)
    return bool(held) and not kindred


def _named_organisation_title(head: Token) -> bool:
    """A title with an organisation's name before it ('the State Department deputy spokesperson')."""
    return any(t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "GPE", "NORP") and t.is_alpha)
               for c in head.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree)


def _title_country(head: Token) -> str:
    """The country a title names ('the Russian diplomat', 'Iran's envoy'), or ''."""
    from .entities import _country_of

    return _country_of([t.text for c in head.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for t in c.subtree])


def _countries_near(doc: Doc, persons: list[Span], person: Span) -> set[str]:
    """The countries named in the phrase of any mention of this person ('Vasily Nebenzya, Russia's envoy to the UN',
    'US National Security Adviser Jake Sullivan')."""
    from .entities import country_words

    words = {w.lower(): c for c, ws in country_words().items() for w in ws}
    out = set()
    for p in persons:
        if p[-1].lower_ != person[-1].lower_:
            continue
        skip = {x.i for c in p.root.children if c.dep_ in ("relcl", "acl", "advcl") for x in c.subtree}
        phrase = list(p.root.subtree)
        if p.root.dep_ == "appos":  # 'the Iranian president, Hassan Rouhani': the title the name stands beside
            phrase += [p.root.head] + [x for c in p.root.head.lefts for x in c.subtree]
        for t in phrase:  # the person's own phrase: titles before the name, appositions after it
            if t.i in skip:
                continue
            w = t.lower_.removesuffix("'s").removesuffix("’s")
            if w in words:
                out.add(words[w])
    return out


def _last_of_country(doc: Doc, persons: list[Span], found: tuple[int, int], pos: int, country: str) -> tuple[int, int]:
    """A title with a country ('the Russian diplomat') does not take a person described as of another
    country only: then the last person before who is of it, if any."""
    span = doc.char_span(*found, alignment_mode="expand") if found[0] >= 0 else None
    if span is None:
        return found
    near = _countries_near(doc, persons, span) - {"European Union"}  # an EU official is still of their country
    if not near or country in near:
        return found
    before = [p for p in persons if p.end_char <= pos and pos - p.end_char < 1500 and
              country in _countries_near(doc, persons, p)]
    return (before[-1].start_char, before[-1].end_char) if before else (-1, -1)


INTERVIEW = {"interview", "interviews", "interviewed"}
NOT_PERSON_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


TURN = re.compile(r"(?:(?<=\s)|^)(Q|A|Question|Answer):\s")


def interview_turns(text: str) -> list[tuple[int, int, str]]:
    """The questions and answers of a 'Q: … A: …' interview as (start, end, 'Q' or 'A'); none without both."""
    marks = [(m.start(), m.group(1)[0]) for m in TURN.finditer(text)]
    if {kind for _, kind in marks} != {"Q", "A"}:
        return []
    ends = [start for start, _ in marks[1:]] + [len(text)]
    return [(start, end, kind) for (start, kind), end in zip(marks, ends)]


def _turn(turns: list[tuple[int, int, str]], pos: int) -> str:
    """'Q' or 'A' for a position inside an interview turn, else ''."""
    return next((kind for start, end, kind in turns if start <= pos < end), "")


def _interviewee(doc: Doc, persons: list[Span]) -> tuple[int, int]:
    """The person an interview is with: named in the first sentence that mentions the interview."""
    for sent in doc.sents:
        word = next((t for t in sent if t.lower_ in INTERVIEW), None)
        if word is None:
            continue
        inside = [p for p in persons if sent.start <= p.start < sent.end]
        if inside:
            p = min(inside, key=lambda p: abs(p.root.i - word.i))
            return p.start_char, p.end_char
    return -1, -1


def _marked_interviewee(doc: Doc, paras: list[tuple[int, int]], pos: int, before: list[Claim]) -> tuple[int, int] | None:
    """For an 'I' in an interview printed as plain paragraphs ('… A condensed version of our conversation
    follows. ⏎ Can you confirm that? ⏎ No, I can't.'): in an answer, the person the introduction quotes most;
    in a question, the interviewer, no one named. None where no marker says the article is an interview, or
    before its questions start (a note after the interview marks the questions from the first one on)."""
    text = doc_text(doc)
    marker = interview_markers().search(text)
    if marker is None:
        return None
    here, at = para_index(paras, pos), para_index(paras, marker.start())
    asked = {j for j, (ps, pe) in enumerate(paras) if text[ps:pe].rstrip().endswith("?")}
    first = at + 1 if at < here else min((j for j in asked if j < here), default=None)
    if first is None or here < first:
        return None
    if here in asked:
        return -1, -1
    intro = [c for c in before if c.meta.get("person") and max(c.cue_start, c.start) < paras[first][0]]
    most = Counter(c.meta.get("surname", "") for c in intro).most_common(1)
    return next((c.antecedent for c in intro if c.meta.get("surname", "") == most[0][0]), None) if most else None


def _not_the_author(doc: Doc, interviewee: tuple[int, int], pos: int, mask: bytearray | None) -> tuple[int, int]:
    """The interviewee, for an 'I' outside quote marks, only when the writer has not spoken as 'I' before the
    interview is introduced (a column that mentions someone's interview is the columnist's 'I')."""
    if interviewee[0] < 0:
        return interviewee
    intro = doc.char_span(interviewee[0], interviewee[1], alignment_mode="expand")
    if intro is None:
        return interviewee
    if pos < intro.sent.start_char or any(t.lower_ in ("i", "my", "me", "myself") and not (mask and mask[t.idx])
                                          for t in doc[:intro.sent.start]):
        return -1, -1
    return interviewee


def _turn_holder(doc: Doc, before: list[Claim], pos: int) -> tuple[int, int] | None:
    """In a transcript ('AMY GOODMAN: …' ⏎ 'REP. JOHN LEWIS: …': labels of two or more people so far), a paragraph
    with no label of its own is still the turn of the last label before it: its 'I' is that person."""
    labels = [c for c in before if c.cue == ":" and c.speaker[0] >= 0 and c.cue_start < pos]
    if len({doc_text(doc)[c.speaker[0]:c.speaker[1]] for c in labels}) < 2:
        return None
    last = max(labels, key=lambda c: c.cue_start)
    return last.antecedent if last.meta.get("person") and last.antecedent[0] >= 0 else None


def _named_turn(doc: Doc, persons: list[Span], pos: int) -> tuple[int, int] | None:
    """In a transcript whose turns are headed by name lines ('Ezra Klein ⏎ There still isn't a plan … ⏎ Elizabeth
    Warren ⏎ Let's start with …': two or more people, three or more such lines), the last name line before pos."""
    text = doc_text(doc)

    def line(p: Span) -> str:
        end = text.find("\n", p.end_char)
        return text[text.rfind("\n", 0, p.start_char) + 1:end if end >= 0 else len(text)].strip()

    lines = [p for p in persons if line(p) == p.text]
    if len(lines) < 3 or len({p.text for p in lines}) < 2:
        return None
    last = [p for p in lines if p.end_char <= pos]
    return (last[-1].start_char, last[-1].end_char) if last else None


def _interview_speaker(doc: Doc, before: list[Claim]) -> tuple[int, int] | None:
    """The person who speaks, as resolved, in the first claim whose sentence mentions an interview ('the former
    Florida governor told NPR's Steve Inskeep in an interview'): the interviewee, not the interviewer nearby."""
    for c in before:
        if c.cue_start < 0 or not c.meta.get("person"):
            continue
        cue = doc.char_span(c.cue_start, c.cue_end, alignment_mode="expand")
        if cue is not None and any(t.lower_ in INTERVIEW for t in cue.sent):
            return c.antecedent
    return None


def _entourage(conj: Token) -> bool:
    """'Trump and his surrogates', 'he and other observers', 'Rosenbaum and her colleagues', 'Corker and others',
    'Gillespie and his campaign': people around the named one, who stays the speaker."""
    return conj.lower_ == "others" or conj.tag_ in ("NN", "NNS") and any(
        t.dep_ == "poss" and t.lower_ in ("his", "her", "their") for t in conj.children) or conj.tag_ == "NNS" and any(
        t.dep_ == "amod" and t.lower_ == "other" for t in conj.children)


def named_pair(head: Token) -> bool:
    """Two named people who speak together ('Pelosi and Schumer', 'House Speaker John Boehner and Senate Republican
    Leader Mitch McConnell'): a joint statement, credited to the one named first, as readers cite it. Three or
    more names, or a name and their entourage, stay a group."""
    # capitalised as names are, inner capitals included ('McCain', which str.istitle() rejects)
    if head.ent_type_ not in ("PERSON", "") or head.pos_ != "PROPN" or not head.text[:1].isupper() or head.is_upper:
        return False
    conj = [t for t in head.children if t.dep_ == "conj" and not _party_tag(t)]
    if len(conj) != 1 or not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in head.children):
        return False
    other = conj[0]
    if any(t.dep_ == "conj" and not _party_tag(t) for t in other.children) or _entourage(other) or other.pos_ != "PROPN":
        return False
    last = other.doc[other.right_edge.i]
    # the second name may hang off the first ('… and Senate Republican Leader [appos: Mitch McConnell]')
    folded = any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.i > other.i for t in head.children)
    if head.ent_type_ == "" and (other.ent_type_ != "PERSON" or not other.text[:1].isupper() or other.is_upper):
        return False  # 'Pelosi and Schumer': one name the model missed, beside one it typed
    return other.ent_type_ == "PERSON" or (last.ent_type_ == "PERSON" and last.pos_ == "PROPN") or folded


def _party_tag(tok: Token) -> bool:
    """'D-West Virginia', 'R-Fla.': a lawmaker's party and state after the name, which the parser may join to it as
    another conjunct."""
    first = tok.left_edge
    return first.i + 1 < len(tok.doc) and first.text in ("D", "R", "I") and tok.doc[first.i + 1].text in "-‐" and \
        not tok.doc[first.i].whitespace_


def _pair_speaking(doc: Doc, c: Claim, h: Token, persons: list[Span], previous: Claim | None,
                  last_person: Claim | None, mask: bytearray | None = None) -> tuple[int, int] | None:
    """Where a pair of named people speaks, the first one named: 'Issa and Jordan wrote'; a 'they' after the pair
    that spoke last ('Issa and Jordan wrote to the agency. … they wrote'), though a claim of no one's may stand between
    ('Campaign finance records show …') and a plural in what they say is no other 'they' ('… ballots had been
    requested. ⏎ “… people want …” they wrote'); 'the senators' where the article describes two senators; 'X and Y
    both said'; or a sentence-opening 'They' after a sentence about a pair ('Paul Ryan … and Reince Priebus appeared
    at a rally … They said …'). None when no pair speaks."""
    s = c.speaker[0]
    if named_pair(h):
        first = next((p for p in persons if p.start <= h.i < p.end), doc[h.left_edge.i:h.i + 1])
        return first.start_char, first.end_char
    pair = None
    if h.tag_ == "NNS":  # 'wrote former staffers Liz Mair and Marco Nuñez', not 'Some potential nominees, including …'
        pair = next((t for t in h.children if t.dep_ == "appos" and named_pair(t) and all(
            x.is_punct for x in doc[h.i + 1:t.left_edge.i])), None)
    elif h.lower_ == "both" and h.dep_ == "nsubj":  # 'Rep. Brad Jacobsen, who …, and Sen. Darwin Booher, …, both said'
        pair = next((t for t in h.head.children if t.dep_ == "nsubj" and t.i < h.i and named_pair(t)), None)
    if pair is not None:
        first = next((p for p in persons if p.start <= pair.i < p.end), None)
        return (first.start_char, first.end_char) if first is not None else None
    if (two := _two_named_next(doc, h, persons)) is not None:
        return two
    # 'the senators said in a joint statement' after 'Sens. John McCain and Lindsey Graham … complained': the pair
    titled = h.tag_ == "NNS" and speaker_words().get(h.lemma_.lower()) == "title" and \
        any(t.dep_ == "det" and t.lower_ == "the" for t in h.children)
    if h.lower_ != "they" and not titled:
        return None
    pair = previous if previous is not None and previous.meta.get("pair") else \
        last_person if last_person is not None and last_person.meta.get("pair") else None
    if pair is not None and 0 <= s - pair.cue_end < 800 and not _plural_subject_between(
            doc, max(pair.cue_end, pair.end), min(s, c.start) if c.start >= 0 else s):
        return pair.antecedent
    if titled and (two := _two_holders(h, persons, s)) is not None:
        return two
    # 'In a statement, they said …', '“…,” they said': nothing before it in its sentence that 'they' could be
    if h.dep_ == "nsubj" and (h.i == h.sent.start or h.lower_ == "they" and not any(
            (t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in ("they", "we"))
            and not (mask and mask[t.idx]) for t in doc[h.sent.start:h.i])) and \
            (first := _pair_subject_before(doc, h, persons)) is not None:
        return first.start_char, first.end_char
    return None


def _two_holders(role: Token, persons: list[Span], pos: int) -> tuple[int, int] | None:
    """'The senators said' where the article, up to there, describes exactly two people as senators ('Democratic Sen.
    Joe Manchin', 'Republican Sen. Pat Toomey'): the pair, credited to the first named."""
    from .entities import describe, lesser, role_holders, roles

    if _title_country(role) or role.lemma_.lower() not in roles() or role.dep_ == "pobj" or \
            any(t.dep_ not in ("det", "nummod") for t in role.children):
        return None  # 'Some of the Catholic and Evangelical leaders': not the two the article calls leaders
    before = [p for p in persons if p.end_char <= pos]
    holders = role_holders(before, describe, role.lemma_.lower(), "", lesser(qualifiers(role)))
    surnames = list(dict.fromkeys(p[-1].lower_ for p in sorted(holders, key=lambda p: p.start)))
    if len(surnames) != 2:
        return None
    first = next(p for p in before if p[-1].lower_ == surnames[0])
    return first.start_char, first.end_char


def _two_named_next(doc: Doc, h: Token, persons: list[Span]) -> tuple[int, int] | None:
    """'Two senior senators said … ⏎ Sen. John Cornyn … said …', 'Two top lawmakers … said … ⏎ Democratic Sen. Dianne
    Feinstein and Republican Sen. Saxby Chambliss said': an indefinite 'two' people whom the next sentence names
    as its subject, credited to the first named there."""
    if h.tag_ != "NNS" or not any(t.dep_ == "nummod" and t.lower_ == "two" for t in h.children) or \
            any(t.dep_ in ("det", "poss") for t in h.children) or not _person_word(h):
        return None

    def subject(sent: Span) -> Span | None:
        return next((p for p in sorted(persons, key=lambda p: p.start) if sent.start <= p.start < sent.end and
                     (p.root.head if p.root.dep_ == "appos" else p.root).dep_ in ("nsubj", "nsubjpass")), None)

    sents = []
    while len(sents) < 2 and (sents[-1] if sents else h.sent).end < len(doc):
        sents.append(doc[(sents[-1] if sents else h.sent).end].sent)
    first = subject(sents[0]) if sents else None
    if first is None:
        return None
    second = subject(sents[1]) if len(sents) > 1 else None
    # the pair as the next sentence's subject, or one of them in each of the next two (not 'Two officials said … ⏎
    # Trump pushed …', an unnamed pair)
    if named_pair(first.root) or second is not None and second[-1].lower_ != first[-1].lower_:
        return first.start_char, first.end_char
    return None


def _two_named_in_apposition(doc: Doc, h: Token, persons: list[Span]) -> tuple[int, int] | None:
    """The first of exactly two people named in the apposition of a 'two …' subject ('Two senior Democrats, Senate
    Minority Leader Chuck Schumer of New York and … Mark Warner of Virginia, said'; 'The two U.S. officials -- …
    Mike Mullen and … Tom Pickering -- who …'), else None."""
    verb = h.head
    if h.tag_ not in ("NNS", "NNPS") or verb.i <= h.i + 1 or doc[h.i + 1].text not in (",", "--", "—", "–") or \
            not (_person_word(h) or h.ent_type_ == "NORP") or \
            not any(c.dep_ == "nummod" and c.lower_ == "two" for c in h.children):
        return None
    named = [p for p in persons if h.i + 1 < p.start and p.end <= verb.i]
    return (named[0].start_char, named[0].end_char) if len(named) == 2 else None


def _pair_subject_before(doc: Doc, h: Token, persons: list[Span]) -> Span | None:
    """The first named of a pair of people that is the subject of the sentence right before ``h``'s ('Senator Ann Lowe
    and Governor Mark Dyer visited the plant. They said …'), else None."""
    if h.sent.start == 0:
        return None
    before = doc[h.sent.start - 1].sent
    subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    # the second name may hang off the first's apposition ('Paul Ryan, a Janesville Republican, and Reince Priebus')
    hung = [o for a in subject.children if a.dep_ == "appos" for o in a.children if o.dep_ == "conj"
            and o.ent_type_ == "PERSON" and o.pos_ == "PROPN" and any(t.dep_ == "cc" and t.lower_ == "and" for t in a.children)
            and not any(t.dep_ == "conj" for t in o.children)]
    if not named_pair(subject) and len(hung) != 1:
        return None
    return next((p for p in persons if p.start <= subject.i < p.end), None)


def _plural_subject_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is there a plural subject between two offsets ('… the senators replied', 'These titans were donating')? Then a
    'they' may be them. Not things something is said of ('The missiles were described as …') or evidence that shows
    ('Campaign finance records show …'), unless they are people."""
    from .entities import person_nouns

    span = doc.char_span(lo, hi, alignment_mode="contract")
    words, nouns = speaker_words(), person_nouns()

    def people(t: Token) -> bool:
        return t.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or t.lemma_.lower() in nouns or \
            words.get(t.lemma_.lower()) in ("group", "title", "back-title", "person-noun")

    def evidence(t: Token) -> bool:
        return (cue := cue_of(t.head)) is not None and cue[0].type == "evidence"

    return span is not None and any(
        t.tag_ in ("NNS", "NNPS") and not t.like_num and  # 'Eleven hit the base' counts missiles
        (t.dep_ == "nsubj" and not evidence(t) or t.dep_ in ("nsubj", "nsubjpass") and people(t)) for t in span)


def is_collective(head: Token) -> bool:
    """A speaker phrase that names several people ('Erdogan and two aides', 'the senator and John Smith'; two named
    people are a pair, see named_pair) or a body named after a person ('the Trump administration', 'the Raisi
    government'): a group, not the person."""
    # 'Russia and other Union members' stay a group; a bare surname the model left untyped is a person's
    person = head.ent_type_ == "PERSON" or head.lower_ in ("he", "she") or \
        (head.pos_ == "PROPN" and head.ent_type_ == "" and head.is_title and head.tag_ == "NNP")
    joint = any(t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN", "PRON") and not (person and _entourage(t))
                and not _two_roles(head, t) and not _second_role(head, t) for t in head.children) and \
        any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in head.children) and \
        not named_pair(head)
    body = speaker_words().get(head.lower_) == "group" and head.ent_type_ != "PERSON" and \
        any(t.dep_ == "compound" and t.ent_type_ == "PERSON" for t in head.children)
    return joint or body


def named_with_group(head: Token, persons: list[Span]) -> Span | None:
    """The one person a coordinated speaker phrase names beside plural common nouns ('President Barack Obama and
    Democrats', 'Lawmakers and Mr. Trump', 'Erdogan and two aides'), else None."""
    from .entities import person_nouns

    parts = [head, *head.conjuncts]
    if len(parts) == 1 and head.tag_ == "NNS" and head.lemma_.lower() in person_nouns() | title_words():
        # 'Bundy and law enforcement officials', parsed as one noun phrase; not 'the Obama and Romney camps'
        # (not 'Clinton and Sanders supporters': a second name joined to the first makes both modifiers)
        parts += [t for t in head.lefts if t.ent_type_ == "PERSON" and t.dep_ in ("nmod", "compound", "amod") and
                  any(c.dep_ == "cc" and c.lower_ == "and" and c.i > t.i for c in t.children) and
                  not any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_) for c in t.children)]
    named = [p for p in persons if any(p.start <= t.i < p.end for t in parts)]
    others = [t for t in parts if not any(p.start <= t.i < p.end for p in named)]
    if len(named) != 1 or not others or not all(t.tag_ in ("NNS", "NNPS") and t.ent_type_ in ("", "NORP") for t in others):
        return None
    return named[0]


def _two_roles(head: Token, conj: Token) -> bool:
    """'political analyst and pollster Doug Schoen', 'the defense journalist and former Indian Army colonel Ajai
    Shukla': two roles of the one person named last, not two people ('the senator and John Smith')."""
    from .entities import person_nouns

    nouns = person_nouns() | title_words()
    return head.pos_ == "NOUN" and head.lower_ in nouns and conj.ent_type_ == "PERSON" and \
        any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in nouns for c in conj.children)


def _second_role(head: Token, conj: Token) -> bool:
    """'Mark Tercek, the president of The Nature Conservancy, and the co-author of …': a role with an article
    joined after the name's own apposition describes the same person, not a second one."""
    from .entities import person_nouns

    doc, nouns = head.doc, person_nouns() | title_words()
    word = conj.lower_
    if conj.i + 2 < len(doc) and doc[conj.i + 1].text == "-" and not conj.whitespace_:
        word = f"{word}-{doc[conj.i + 2].lower_}"  # 'co-author', split by the tokenizer
    return head.ent_type_ == "PERSON" and any(c.dep_ == "appos" and c.i < conj.i for c in head.children) and \
        any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in conj.children) and \
        (word in nouns or word.split("-")[-1] in nouns)


def modifies_speaker(person_start: int, person_end: int, head: Token) -> bool:
    """A person named before the speaker phrase's head, or in a plural one, or before a plural noun in it, only
    describes it ('senior Trump administration officials', 'the Trump-critical editorial board', 'a Trump
    spokesman', 'half of Sanders supporters'): not the speaker."""
    if person_start <= head.i < person_end:
        return False
    last = head.doc[person_end - 1]
    if person_end < head.i and head.doc[person_end].lower_ == "of" and last.ent_type_ == "PERSON":
        return False  # 'Justice Allen Broussard of California’s Supreme Court': the parser hung the name on the court
    return head.tag_ == "NNS" or (head.pos_ in ("NOUN", "PROPN") and person_end <= head.i) or \
        last.dep_ == "compound" and last.head.tag_ in ("NNS", "NNPS") and last.head.i >= person_end


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts a token is one of ('Palin' → 'Fox' in 'between Fox and Palin'): it has their role."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _owner_or_object(doc: Doc, person: Span, head: Token) -> bool:
    """A person who owns or receives the speaker phrase's head ("Petrova's deputy", "the letter to Putin")."""
    if person.start <= head.i < person.end:
        return False
    root = _first_conjunct(person.root)  # 'discussions between Fox and Palin': Palin is the preposition's too
    after_preposition = person.start > 0 and doc[person.start - 1].pos_ == "ADP" or \
        root.dep_ == "pobj" and root.head.i >= head.i  # 'a deputy to Mr. Barr'
    possessive = person.end < len(doc) and doc[person.end].tag_ == "POS"
    return after_preposition or possessive


def hung_on_preposition(person: Span, head: Token, preps: Collection[str] | None = None) -> bool:
    """Does the person hang on a preposition of the speaker phrase's head ('a spokesman for Gen. Dempsey', 'the mother
    of Otto Warmbier'), not in apposition ('a spokesman for the Commission, Mi Feng') nor set off by a comma after it
    ('the envoy to the UN, Vladimir Safronkov')? ``preps`` limits the prepositions."""
    if person.root.dep_ == "appos" or person.start <= head.i < person.end:
        return False
    tok = person.root
    while tok.head != tok and tok != head:
        if tok.dep_ == "prep" and tok.head == head:
            return (preps is None or tok.lower_ in preps) and not any(t.text == "," for t in head.doc[tok.i:person.start])
        tok = tok.head
    return False


def _after_preposition(doc: Doc, name: tuple[int, int], head: Token) -> bool:
    """'the head of the (elite) Russian Duma': the name hangs on a preposition of the title, so it is the
    body the title belongs to, not its holder."""
    span = doc.char_span(*name, alignment_mode="expand")
    if span is None:
        return False
    if span.root.ent_type_ == "PERSON":  # 'the head of X in Moscow Rajab Safarov' is his name; 'a deputy to Mr. Barr' is not
        from .entities import honorifics

        # 'a deputy to Mr. Barr', 'One aide to President Obama', 'A spokesman for Army Gen. Martin E. Dempsey'
        if hung_on_preposition(span, head, ("to", "for")):
            return True
        return span.root.dep_ == "pobj" and span.root.head.i < span.start and \
            all(t.lower_.rstrip(".") in honorifics() or t.is_title and t.lower_ in title_words()
                and span.root.head.lower_ in ("to", "for", "of", "from", "with")  # not 'such as Senator Risch'
                for t in doc[span.root.head.i + 1:span.start])
    for t in span.root.ancestors:
        if t.i == head.i:
            return False
        if t.dep_ == "prep":
            return True
    return False


def _person_before(doc: Doc, who: Token, persons: list[Span]) -> Span | None:
    """The person named right before ', who' (the parser may hang the clause on an earlier conjunct)."""
    i = who.i - 1 if who.i > 0 and doc[who.i - 1].text == "," else who.i
    return next((p for p in persons if p.end == i and p.end > p.start), None) if i < who.i else None


def _person_word(noun: Token) -> bool:
    """A noun that can be a person ('woman', 'spokesman', 'official'): a person noun of entity_words.csv or a title
    of speaker_words.csv."""
    from .entities import person_nouns

    words = speaker_words()
    return noun.lemma_.lower() in person_nouns() | title_words() or \
        (words.get(noun.lower_) or words.get(noun.lemma_.lower())) in ("title", "back-title")


def _relative_antecedent(doc: Doc, noun: Token, persons: list[Span]) -> tuple[tuple[int, int], bool]:
    """The noun a relative 'who' stands for: its named person when there is one, else the noun phrase."""
    clause = next((c.i for c in noun.children if c.dep_ == "relcl"), len(doc))
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.ent_type_ in ("ORG", "GPE", "FAC", "LOC") and \
            (noun.head.head.pos_ in ("NOUN", "PROPN") or noun.head.head.dep_ == "appos"):
        # 'a spokeswoman for the State Department, who said': 'who' is a person, not the body; 'Mr. Edwards, a
        # 59-year-old from Falls Church who says' (the apposition parsed an adjective)
        noun = noun.head.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN") and \
            noun.tag_ == "NN" and not noun.ent_type_ and not _person_word(noun):
        # 'Kelly Ayotte, the most prominent woman in elective office in the state, who opposes'; not past a plural
        # ('a lightning rod of criticism for hardliners who accuse him': the hardliners)
        noun = noun.head.head
    lo, hi = noun_phrase(noun)
    hi = min(hi, doc[clause].left_edge.i - 1)  # 'the mayor of Fort Lee, who did not endorse Christie': not Christie
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    s, e = doc[lo].idx, tok_end(doc[hi])
    # 'a Trump loyalist who' is not Trump: a name that only modifies the noun is not it
    inside = [p for p in persons if p.start_char < e and p.end_char > s and not _owner_or_object(doc, p, noun)
              and not modifies_speaker(p.start, p.end, noun)]
    # 'the UK envoy, Matthew Rycroft, who had said …': the relative clause hangs on the title, the name beside it
    inside = inside or [p for p in persons for t in noun.children if t.dep_ == "appos" and p.start <= t.i < p.end]
    # 'John Bolton, an Iran hawk who told people …': the clause hangs on the apposition, the name before it
    inside = inside or [p for p in persons if noun.dep_ == "appos" and p.start <= noun.head.i < p.end]
    # 'Hatch was the Republican who touted …': the clause hangs on what the subject is said to be; 'One person
    # who says … is Aleksej Gubarev', 'One of the activists who expressed outrage … was Bob Good': on the subject
    top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if top.head.lemma_ == "be" and top.dep_ in ("attr", "nsubj"):
        other = [t for t in top.head.children if t.dep_ == ("nsubj" if top.dep_ == "attr" else "attr")]
        inside = inside or [p for p in persons for t in other if p.start <= t.i < p.end]
    if inside:
        return (inside[-1].start_char, inside[-1].end_char), True
    name = _trailing_name(doc, (s, e))
    return (name or (s, e)), name is not None


def _trailing_name(doc: Doc, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """A capitalised name closing the speaker phrase ('the head of X Rajab Safarov' → 'Rajab Safarov')."""
    span = doc.char_span(*speaker, alignment_mode="expand")
    if span is None:
        return None
    toks, before = [], None
    for t in reversed(span):
        if t.is_title and t.is_alpha and not speaker_words().get(t.lower_) and t.pos_ in ("PROPN", "NOUN") and \
                doc[t.i - 1].text != "(":  # not an acronym in brackets ('… Customs Administration (IRICA')
            toks.append(t)
        else:
            before = t
            break
    person = [t for t in toks if t.ent_type_ == "PERSON"]
    if person and len(person) < len(toks) and toks[:len(person)] == person and toks[len(person)].ent_type_ in ("GPE", "ORG"):
        toks = person  # 'Chargé d'Affaires of the U.S. Embassy in Ukraine Bill Taylor': the place ends the title
    elif not toks or (len(toks) <= 3 and before is not None and before.pos_ == "ADP"):
        return None  # no name, or a name after a preposition ("the letter to Vladimir Putin")
    if toks[0].dep_ == "dobj" or before is not None and before.pos_ in ("VERB", "AUX"):
        return None  # what the phrase does to someone ('operatives familiar with discussions about how to attack Clinton')
    if len(toks) == 1 and before is not None and before.lower_ == "the" and not toks[0].ent_type_:
        return None  # 'The Left denounced him': a camp, no one's name
    if before is not None and before.lower_ in ("and", "or") and _first_conjunct(toks[0]).dep_ == "pobj":
        return None  # 'a person familiar with discussions between Fox and Palin': one the phrase is about
    toks = toks[:2] if len(toks) > 3 else toks
    toks.reverse()
    return toks[0].idx, tok_end(toks[-1])


def person_genders(doc: Doc, persons: list[Span]) -> dict[str, str]:
    """Surname → gender, from a known given name ('Natalia Eismont') or an honorific ('Mrs. May')
    anywhere in the article, so a lone surname inherits it; surnames with conflicting evidence are left out."""
    from .entities import honorifics as titles_words

    # a '-man' title is said of women too ('WFP spokesman Abeer Etefa … she says'): only its '-woman' form tells
    told = {w: g for w, g in gendered_titles().items() if not w.endswith("man") or w.endswith("woman")}
    honorifics, out, clash = {**gendered_honorifics(), **told}, {}, set()
    titles = titles_words() | {w for w, k in speaker_words().items() if k in ("title", "back-title")}
    for p in persons:
        words = [t for t in p if t.is_alpha or t.text.endswith(".")]
        before = doc[p.start - 1].lower_.rstrip(".") if p.start > 0 else ""
        while len(words) > 1 and words[0].lower_.rstrip(".") in titles and words[0].lower_.rstrip(".") not in honorifics:
            before, words = words[0].lower_.rstrip("."), words[1:]  # 'Sen. Dianne Feinstein': the given name after the title
        if not words:
            continue
        first = words[0].lower_.rstrip(".")
        # a name the model cut ('Mariann [Edgar Budde]') may start with a middle name: no gender from it
        cut = p.start > 0 and doc[p.start - 1].pos_ == "PROPN" and doc[p.start - 1].is_title and before not in honorifics \
            and before not in titles  # 'Speaker Nancy Pelosi' is not cut
        g = honorifics.get(before) or honorifics.get(first) or (
            given_name_gender(first) if len(words) > 1 and not cut else None)
        if g:
            key = words[-1].lower_
            if out.get(key, g) != g:
                clash.add(key)
            out[key] = g
    return {k: v for k, v in out.items() if k not in clash}


def _agrees(p: Span, gender: str | None, genders: dict[str, str]) -> bool:
    """Can this mention be a 'he' or 'she' of that gender? Its own 'Mr.' or 'Ms.' says so first ('Mr. Trump' is no
    'she', even where Ivanka Trump shares the surname), else its surname's known gender."""
    if gender is None:
        return True
    said = [p.doc[p.start - 1]] if p.start > 0 else []
    if said and said[0].lower_ == "the" and len(p) == 1 and p[0].text[-1:] == "s" and p[0].text[:1].isupper():
        return False  # 'the Obamas', 'the Warmbiers': a family, no 'he' or 'she'
    told = next((g for t in said + [p[0]] if (g := gendered_honorifics().get(t.lower_.rstrip(".")))), None)
    return told == gender if told else genders.get(p[-1].lower_, gender) == gender


def _conditional(verb: Token) -> bool:
    """Is the clause a condition ('if Assad turns over …')? Its subject is supposed, not the one the story follows."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


def _verbless_condition(verb: Token) -> bool:
    """A condition hung on no verb ('Strikes on hold if Assad turns over WMDs', a headline), not a clause a verb
    asks about ('It remains to be seen if Ryan will implement …', about Ryan)."""
    return _conditional(verb) and verb.head.pos_ not in ("VERB", "AUX")


def _title_subjects(doc: Doc, mask) -> list[Span]:
    """Singular titles that are a sentence's subject outside quotes ('the president contrasted …'): the person
    a following 'he' or 'she' goes on about, whoever the entities find holds the title. Not the subject of a
    quoted verb, which the quote talks about."""
    return [doc[t.left_edge.i:t.i + 1] for t in doc
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.lower_ in title_words()
            and not (mask and (mask[t.idx] or mask[t.head.idx])) and not t.ent_type_  # 'The governor, she argued, “did …”'
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in t.children)
            and not _conditional(t.head)]


def _previous_person(persons: list[Span], last: Claim | None, pos: int, gender: str | None = None,
                     genders: dict[str, str] | None = None, titled: Iterable[Span] = (), hidden: int = 0,
                     pronoun: bool = False) -> tuple[int, int]:
    """The most plausible named person before pos: the last person-claim's, else the last PERSON mention
    (for 'he'/'she', one whose known gender agrees). A titled subject since ('the president contrasted …')
    counts as a subject. ``hidden`` characters of page furniture before pos do not count as distance."""
    genders = genders or {}
    if last is not None and last.meta.get("pair"):
        last = None  # two people spoke last ('Manchin and Toomey hope …'): 'the aide', 'he' is neither one for that
    pos_near = pos - hidden  # where pos would be without the furniture
    titled = [t for t in titled if t.end_char <= pos and gendered_titles().get(t[-1].lower_, gender) == gender]

    def agrees(surname: str) -> bool:
        return gender is None or genders.get(surname.lower(), gender) == gender

    def subject_like(p: Span) -> bool:
        """What a sentence is about, whatever the parse made of it: a verbless line's name, a title's name, a name set
        beside the subject, a passive's agent, the one spoken to, a topic ('For X, …'), a name read as a time, or a
        possessor alone just before."""
        return _entry(p) or _named_title_subject(p) or _subject_named(p) is not None or _agent(p) or _stranded_name(p) or \
            _spoken_to(p) or _topic(p) or _mistimed_subject(p) or \
            p.root.dep_ == "poss" and _alone_just_before(p, pos, pronoun, gender if pronoun else None)

    if last is not None and last.antecedent[0] >= 0 and pos_near - last.cue_start < 1500 and \
            agrees(last.meta.get("surname", "")) and last.meta.get("gender", gender) in (None, gender):
        # a person who is the subject of a sentence since that claim is the likelier 'he' ('Safronkov rounded on
        # Rycroft. “…,” he yelled')
        # (not the subject of a verbless condition in a sentence before: 'Strikes on hold if Assad turns over WMDs. ⏎
        # …, he said'; in the pronoun's own, it may be: 'even if Trump were to …, he would hint at it')
        since = [p for p in persons if max(last.cue_end, last.end, pos_near - 400) <= p.start_char and p.end_char <= pos
                 and (p.root.dep_ == "nsubj" or _passive_subject(p) or _relative_subject(p) or subject_like(p))
                 and _agrees(p, gender, genders) and not (_verbless_condition(p.root.head) and p.sent.end_char <= pos)]
        since += [t for t in titled if max(last.cue_end, last.end, pos_near - 400) <= t.start_char]
        since.sort(key=lambda p: p.start_char)
        return (since[-1].start_char, since[-1].end_char) if since else last.antecedent
    # no one spoke just before: the last subject ('Mr. Rouhani did not follow Mr. Trump's path. … “…,” he said'),
    # else the last person named; a name that only modifies a noun ('the Trump administration') is no antecedent
    before = [p for p in persons if p.end_char <= pos and pos_near - p.end_char < 600 and _agrees(p, gender, genders)
              and not _modifier(p)]
    subjects = [p for p in before if p.root.dep_ in ("nsubj", "nsubjpass") or subject_like(p)]
    subjects = sorted(subjects + [t for t in titled if pos_near - t.end_char < 600], key=lambda p: p.start_char)
    found = subjects[-1] if subjects else before[-1] if before else None
    return (found.start_char, found.end_char) if found is not None else (-1, -1)


def _other_sex(claim: Claim, gender: str | None, genders: dict[str, str]) -> bool:
    """Is the claim's speaker known to be of the other sex than a he/she?"""
    if gender is None:
        return False
    known = claim.meta.get("gender") or genders.get(claim.meta.get("surname", "").lower())
    return known is not None and known != gender


def _passive_subject(person: Span) -> bool:
    """A passive's subject ('Assuming Mr. Trump is impeached, … he will have the chance'), not inside a clause that
    describes something else ('the center, where Floyd was pronounced dead'), a participle ('shows Jesus being
    crucified') or a condition."""
    verb = person.root.head
    return person.root.dep_ == "nsubjpass" and verb.dep_ not in ("relcl", "acl") and \
        any(c.dep_ in ("auxpass", "aux") and c.tag_ in ("VBZ", "VBD", "VBP", "MD") for c in verb.children) and \
        not any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)  # 'If Keystone gets approved'


def _entry(person: Span) -> bool:
    """A name the parser made the root of its sentence: a line with no verb ('Suleiman Kerimov, 52, a Russian
    senator and billionaire investor …', a section headed 'Anthony McBride') or one whose verb it hung on the name
    ('Trump attacked by name …'); either way the sentence is about them. Not a sign-off ('– William Cummings') or a
    linked headline's question."""
    sent = person.sent
    return person.root.dep_ == "ROOT" and not sent[0].is_punct and not sent.text.rstrip().endswith("?")


def _mistimed_subject(person: Span) -> bool:
    """'Sunday gained fame in the 1880s' (Billy Sunday), 'On Friday, Trump roiled markets': the parser read the name
    as a time ('npadvmod') before a verb that has no subject; the name is its subject."""
    verb, doc = person.root.head, person.doc
    # opening its clause ('On Friday, Trump roiled markets'), not inside a phrase ('at a Trump-branded hotel')
    opens = person.start == person.sent.start or doc[person.start - 1].text == ","
    return person.root.dep_ == "npadvmod" and verb.pos_ in ("VERB", "AUX") and opens and \
        person.root.i < verb.i and doc_text(doc)[person.end_char:person.end_char + 1] != "-" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _topic(person: Span) -> bool:
    """The person a sentence opens on as its topic ('For Alvarado, boycotting Goya Foods is personal'): the sentence
    is about them, as if they were its subject."""
    prep = person.root.head
    return person.root.dep_ == "pobj" and prep.lower_ in ("for", "to") and prep.i == person.sent.start and \
        prep.head.dep_ == "ROOT" and person.end < len(person.doc) and person.doc[person.end].text == ","


def _subject_named(person: Span) -> Token | None:
    """The subject noun a name set off by commas at its end names, wherever the parser hung the name ('the biggest
    financier of the super PACs that sought to defeat Mr. Obama, Sheldon Adelson, is so invested … that he …')."""
    doc = person.doc
    if person.start == 0 or doc[person.start - 1].text != "," or person.end >= len(doc) or doc[person.end].text != ",":
        return None
    t = person.root
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
            break
        t = t.head
    ok = t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.i < person.start and _person_word(t) and \
        t.right_edge.i in (person.end - 1, person.end)  # not 'the deal, the achievement of his predecessor, Obama,'
    return t if ok else None


def _stranded_name(person: Span) -> bool:
    """A name right before a finite verb that the parser left without a subject ('With a stroke of his pen President
    Trump has jeopardised …', the name hung on 'pen'): that verb's subject all the same."""
    doc = person.doc
    if person.end >= len(doc) or person.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    nxt = doc[person.end]  # the finite verb, or its auxiliary
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") and nxt.head.i > nxt.i else nxt
    return nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") and verb.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _agent(person: Span) -> bool:
    """The agent of a sentence's passive main verb ('That sentiment was echoed by Hassan Rouhani'): the subject in
    all but form; not of a participle or clause that describes something ('the plan presented by Boehner',
    'painted by Marc Chagall', 'when he was made a cardinal by John Paul II')."""
    by = person.root.head
    return person.root.dep_ == "pobj" and by.dep_ == "agent" and by.head.dep_ == "ROOT"


def _named_title_subject(person: Span) -> bool:
    """The name that ends a subject title, which the parser read as an apposition or a preposition's object ('US
    Ambassador to the United Nations Nikki Haley told …'): the subject, whatever the parse."""
    t = person.root
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "appos") or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in title_words():
            return person.end - 1 <= t.right_edge.i <= person.end and t.right_edge.i < t.head.i
    return False


def _addressee(person: Span) -> bool:
    """The one a report is addressed to ('Democrats had urged Obama to rise above …'): a report's content may
    start with them, but they are in the story, not only talked about."""
    return person.root.dep_ in ("dobj", "dative") and cue_of(person.root.head) is not None


def _relative_subject(person: Span) -> bool:
    """The subject of its own relative clause ('Democrats want to call Mr Bolton, who referred to …'): the person
    the sentence goes on about, whatever their role in the main clause."""
    return any(c.dep_ == "relcl" and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "who" for w in c.children)
               for c in person.root.children)


SPOKEN_TO = {"speak", "talk", "chat", "interview"}


def _spoken_to(person: Span) -> bool:
    """The one the writer spoke with or someone interviewed ('I spoke to Kaufman on Wednesday. “…,” he said';
    not 'Raisi said so when speaking with Zhang': the speaker there is Raisi)."""
    root = person.root
    if root.dep_ == "dobj":
        return root.head.lemma_ == "interview"
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "with") else None
    return verb is not None and verb.lemma_ in SPOKEN_TO and \
        any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _alone_just_before(person: Span, pos: int, own_sentence: bool = False, gender: str | None = None) -> bool:
    """Is this the one person of the sentence right before the one at pos ('… posted on Wagner founder
    Yevgeny Prigozhin's channel. He claimed …')?"""
    doc = person.doc
    sent = person.root.sent
    here = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if own_sentence and here is not None and here.sent.start == sent.start:
        # 'Boehner's insistence led to last year's crisis; last week he said …': for a pronoun, the one person
        # before it in its own sentence (a title there is someone else: 'In an inverse of Putin's calculation,
        # the Israeli leader knows …')
        return sum(1 for e in sent.ents if e.label_ == "PERSON" and e.start_char < pos) == 1
    if here is None or sent.end >= len(doc) or here.sent.start != doc[sent.end].sent.start:
        return False
    # 'He made subtle references … . Though he did not mention this, those successes came from compromises he made —
    # something absent from Mr. Obama's tenure. At one point, he said …': a pronoun of the same gender that is the
    # subject of the sentence before and comes again before the name carries the one the text goes on about, and
    # the possessive is by the way (not 'George Will called Johnson … . Before what he calls …, the idea never
    # crossed Ron Johnson's mind. He was …', where the 'he' looks ahead to Johnson)
    gender = gender or PRONOUN_GENDER.get(doc[here.start].lower_)  # the pronoun's, where pos is a quote before it

    def carried(toks, subject: bool = False) -> bool:
        return any(PRONOUN_GENDER.get(t.lower_) == gender and t.pos_ == "PRON" and
                   (not subject or t.dep_ in ("nsubj", "nsubjpass")) for t in toks)
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if gender and before is not None and carried(doc[sent.start:person.start]) and carried(before, subject=True):
        return False
    return sum(1 for e in sent.ents if e.label_ == "PERSON") == 1


def to_dict(doc: Doc, c: Claim) -> dict:
    """The public record of a claim (see CLAIM_COLUMNS)."""
    s, e = c.speaker
    return {
        "kind": c.kind, "speaker_text": doc_text(doc)[s:e] if s >= 0 else "",
        "speaker_start": s, "speaker_end": e,
        "antecedent_start": c.antecedent[0], "antecedent_end": c.antecedent[1],
        "writer": bool(c.meta.get("unsigned")),  # the speaker is the article's own unsigned 'I'
        "cue": c.cue, "cue_type": c.cue_type, "cue_start": c.cue_start, "cue_end": c.cue_end,
        "text": doc_text(doc)[c.start:c.end], "start": c.start, "end": c.end,
    }


def _in_furniture(text: str, at: int) -> bool:
    """Is this offset inside page furniture ('JUST WATCHED … 01:23')?"""
    return any(m.start() <= at < m.end() for m in page_furniture().finditer(text, max(0, at - 500), at + 500))


def _past_furniture(text: str, speaker: tuple[int, int]) -> tuple[int, int]:
    """A speaker phrase that starts inside page furniture, cut to the words after it ('02:25 French prosecutor
    François Molins' → 'French prosecutor François Molins')."""
    for m in page_furniture().finditer(text, max(0, speaker[0] - 500), speaker[1]):
        if m.start() <= speaker[0] < m.end() < speaker[1]:
            rest = text[m.end():speaker[1]]
            return m.end() + len(rest) - len(rest.lstrip()), speaker[1]
    return speaker


# a wire story's dateline opening a paragraph: 'WASHINGTON (Reuters) - ', 'TEHRAN- ', 'GRANT PARK — ', then a sentence
DATELINE = re.compile(r"(?:^|(?<=\n))[ \t]*[A-Z][A-Z.'’ ]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                      r"(?: ?\([A-Za-z .]{2,30}\))? ?(?:-{1,2}|[–—]) ?(?=[A-Z“\"‘])")


def _past_dateline(text: str, start: int, end: int) -> int:
    """A claim's content that opens on (or inside) a dateline starts after it: 'DUBAI (Reuters) - Iran will pursue
    any aggressor …, a commander said' reports 'Iran will pursue …', not the city and the agency."""
    for m in DATELINE.finditer(text, max(0, text.rfind("\n", 0, start) + 1), min(end, start + 80)):
        if m.start() <= start < m.end() < end:
            return m.end()
    return start


def extract_claims(doc: Doc) -> list[dict]:
    """All attributions (speech, belief, intention, evidence) in a parsed article body."""
    text = doc_text(doc)
    paras = paragraphs(text)
    if not paras:
        return []
    quotes = find_quotes(text, paras)
    mask = quote_mask(len(text), quotes)
    claims = [c for t in cue_candidates(doc) if (c := verb_claim(doc, t, quotes, paras, mask)) is not None]
    claims += transcript_claims(doc, paras, mask)
    claims += post_claims(doc, paras)
    claims += dash_claims(doc, quotes, mask)
    claims += noun_cue_claims(doc, quotes, mask)
    claims += colon_claims(doc, quotes, mask)
    cut_before_listed_speakers(doc, claims)
    claims = credit_bylines(doc, drop_nested(claims, doc), byline_claims(doc, quotes, paras))
    claims = [c for c in claims if not _in_furniture(text, c.cue_start if c.cue_start >= 0 else c.start)
              and not _furniture_line(text, c.start, c.end)  # 'Footage appears … Media playback is unsupported …'
              and not (c.cue_start >= 0 and (cue := doc.char_span(c.cue_start, c.cue_end, alignment_mode="expand"))
                       is not None and _shouted(cue))]
    for c in claims:
        c.speaker = _past_furniture(text, c.speaker) if c.speaker[0] >= 0 else c.speaker
        c.start = _past_dateline(text, c.start, c.end)
    absorb_following(claims, quotes, paras)
    claims = sorted(claims + continuation_claims(doc, claims, quotes, paras),
                    key=lambda c: c.start if c.cue_start < 0 else min(c.cue_start, c.start))
    resolve(doc, claims, mask)
    _one_speaker_per_phrase(claims)
    _pull_quotes(text, claims)
    return [to_dict(doc, c) for c in claims]


def _one_speaker_per_phrase(claims: list[Claim]) -> None:
    """'“…,” the father of three said, adding that …': claims sharing one speaker phrase share its person, where
    only some of them found it (the quote's speaker continues the story; the participle's had no such rule)."""
    by_phrase: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.speaker[0] >= 0:
            by_phrase[c.speaker].append(c)
    for group in by_phrase.values():
        found = {c.antecedent for c in group if c.antecedent[0] >= 0}
        if len(found) == 1 and not any(c.meta.get("unnamed_title") for c in group):
            for c in group:
                c.antecedent = next(iter(found))
