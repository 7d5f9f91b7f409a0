"""Canonical entities: mentions per article, linked into one entity per person, organisation, place.

spaCy's NER plus domain knowledge from data files: a gazetteer (``data/gazetteer.jsonl``, loaded
by an EntityRuler), role words and honorifics (``data/entity_words.csv``) and demonyms
(``data/demonyms.csv``). Rules, not lists of names, link the variants: a surname (or a
misspelling of it) links to the full name in its article, a title ("the Iranian President")
to the person described by it, an acronym to the long form it was introduced with.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .claims import BYLINE, PANEL_LABEL, POST_SIGNATURE, TRANSCRIPT_LABEL, cue_of, hyphened_before, page_furniture, self_naming, doc_text, family_names, paragraphs, first_names, gendered_honorifics, given_name_gender, speaker_words, title_words

DATA = Path(__file__).parent / "data"

MENTION_COLUMNS = ["article_id", "entity_id", "text", "label", "start", "end", "sentence", "sentence_id",
                   "text_start", "text_end"]
ENTITY_COLUMNS = ["entity_id", "name", "label", "aliases", "description", "n_mentions", "n_articles", "wikidata"]
# Labels that are values, not things talked about: kept out of the entity tables.
VALUE_LABELS = {"CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "TIME"}
SURNAME_SIMILARITY = 0.85
# Initials that transliterations swap (Ghalibaf/Qalibaf, Ebrahim/Ibrahim, Yevgeny/Evgeny).
INITIAL_GROUPS = ["gqkc", "aeiouy", "jy", "fp", "vw", "sz"]
FULLNAME_SIMILARITY = 0.75


# ---------------------------------------------------------------- knowledge files

@lru_cache(maxsize=1)
def gazetteer() -> list[dict]:
    """Entries of ``data/gazetteer.jsonl``: id, name, label, aliases, wikidata."""
    with open(DATA / "gazetteer.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    with open(DATA / "entity_words.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["kind"]][row["word"].lower()] = [m for m in (row.get("means") or "").split("|") if m]
    return out


def roles() -> dict[str, list[str]]:
    return _words()["role"]


def office_adjectives() -> dict[str, str]:
    """Adjectives that name an office's holder ('a presidential tweet' is the president's), from entity_words.csv."""
    return {w: means[0] for w, means in _words()["office_adjective"].items() if means}


def role_word(role: Token) -> str:
    """The role a title's head names, qualified when entity_words.csv has the qualified role ('top diplomat': a
    foreign minister, not any envoy)."""
    return next((k for t in role.children if t.dep_ == "amod" and (k := f"{t.lower_} {role.lower_}") in roles()),
                role.lower_)


def honorifics() -> set[str]:
    return set(_words()["honorific"])


def offices() -> set[str]:
    """Titles of an office ('the mayor', 'the president'): not the last person named if the article calls that
    person only by other titles."""
    return set(_words()["office"])


def party_members() -> set[str]:
    """Nouns for a party's members ('a Colorado Republican'): anyone from that party, not a name."""
    return set(_words()["party_member"])


def honorific_roles() -> dict[str, str]:
    """Honorifics that name an office (``Gov.`` → governor, ``Sen.`` → senator)."""
    return {w: m[0] for w, m in _words()["honorific"].items() if m}


def person_nouns() -> set[str]:
    """Nouns that describe a person (roles plus ``analyst``, ``expert`` …): heads of descriptions."""
    return set(_words()["person_noun"]) | set(roles())


def facility_words() -> set[str]:
    return set(_words()["facility"])


def place_nouns() -> set[str]:
    """Nouns whose 'of' object is a place ('the town of Tal Abyad', 'a resident of Tal Abyad')."""
    return set(_words()["place_noun"])


def place_prefixes() -> set[str]:
    """First words of place names ('Tel Kleb', 'Ain al-Asad', 'Deir ez-Zor', 'Khan Shaykhun'): no given name."""
    return set(_words().get("place_prefix", []))


def not_a_name() -> set[str]:
    """Words that open a page line, never a name: 'Follow Julie Pace at …', a credit's 'Photograph: …'."""
    return set(_words().get("not_a_name", []))


def place_words() -> set[str]:
    """Last words of place names ('Virginia Beach', 'Salt Lake City'): such a 'person' is a place."""
    return set(_words()["place_word"])


@lru_cache(maxsize=1)
def surname_particles() -> dict[str, bool]:
    """Particles of surnames ('le' in Marine Le Pen, 'bin', 'von'): whether each can also be a given name (Al Gore)."""
    return {w: "given" in means for w, means in _words()["surname_particle"].items()}


def surname_prefixes() -> tuple[str, ...]:
    """Prefixes that make a capitalised word a surname ("O’Rourke", "O'Malley"), lower-cased."""
    return tuple(_words().get("surname_prefix", []))


def work_words() -> set[str]:
    """Last words of documents and agreements ('Joint Declaration', 'Protocols'): no person's name."""
    return set(_words().get("work_word", []))


def name_compounds() -> set[str]:
    """Words a hyphen joins to a name to make a compound ('Trump-era', 'Obama-style'), never the rest of the name."""
    return set(_words().get("name_compound", []))


def voice_labels() -> set[str]:
    """Words of a transcript's label for an unnamed voice ('UNIDENTIFIED MALE:', 'CROWD:'): no person."""
    return set(_words().get("voice_label", []))


def byline_roles() -> set[str]:
    """Words of a byline's description after the writer's name ('Special To Cnn', 'Nro Contributor')."""
    return set(_words().get("byline_role", [])) | professions()


def professions() -> set[str]:
    """Trades no office holder goes by in a story ('the editor', 'the analyst'): not President Obama, unless the
    article calls that person so."""
    return set(_words().get("profession", []))


def family_nouns() -> set[str]:
    """Kin words ('wife', 'husband', 'son'): 'her husband' is the other person of her family the article names."""
    return set(_words().get("family_noun", []))


def outlet_words() -> set[str]:
    """Words of an outlet's or a column's name ('Times', 'Staff', 'Contributor'): no writer's name."""
    return set(_words().get("outlet_word", []))


def org_words() -> set[str]:
    """Words of organisation or place names ('University', 'Inc'): 'George Mason University' is no person."""
    return set(_words()["org_word"])


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Word (``Iranian``, ``IRI``) → country (``Iran``)."""
    with open(DATA / "demonyms.csv", encoding="utf-8") as fh:
        return {row["word"]: row["country"] for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def country_words() -> dict[str, set[str]]:
    """Country → every word that names it (demonyms, gazetteer aliases), lower-cased."""
    out: dict[str, set[str]] = defaultdict(set)
    for word, country in demonyms().items():
        out[country].update({word.lower(), country.lower()})
    for entry in gazetteer():
        if entry["label"] == "GPE":
            out[entry["name"]].update(a.lower() for a in [entry["name"], *entry["aliases"]])
    return out


# ---------------------------------------------------------------- pipeline components

def add_gazetteer(nlp: Language) -> Language:
    """Add the gazetteer EntityRuler before ``ner`` and the repair rules after it (once)."""
    if "gazetteer" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="gazetteer", before="ner" if "ner" in nlp.pipe_names else None)
        patterns = []
        for entry in gazetteer():
            for alias in dict.fromkeys([entry["name"], *entry["aliases"]]):
                patterns.append({"label": entry["label"], "pattern": alias, "id": entry["id"]})
        ruler.add_patterns(patterns)
    if "entity_repairs" not in nlp.pipe_names:
        nlp.add_pipe("entity_repairs", after="ner" if "ner" in nlp.pipe_names else "gazetteer")
    return nlp


class _SurnameIndex:
    """Full names indexed by their surname's deletion neighbourhood (the surname with one letter
    left out, two for long ones), so linking compares a name only with those whose surname is an
    edit or two away, as :func:`similar` requires: linear in the corpus, not quadratic."""

    def __init__(self) -> None:
        self.keys: dict[str, list[tuple[int, str]]] = {}
        self.n = 0

    @staticmethod
    def variants(surname: str) -> set[str]:
        out = {surname} | {surname[:i] + surname[i + 1:] for i in range(len(surname))}
        if len(surname) >= 10:
            out |= {v[:j] + v[j + 1:] for v in list(out) for j in range(len(v))}
        return out

    def add(self, norm: str) -> None:
        for v in self.variants(_norm(_surname(norm))):
            self.keys.setdefault(v, []).append((self.n, norm))
        self.n += 1

    def candidates(self, surname: str) -> list[str]:
        """Names whose surname may be similar to ``surname``, in the order they were added."""
        sur = _norm(surname)
        if not sur:
            return []
        found = {item for v in self.variants(sur) for item in self.keys.get(v, ())}
        return [norm for _i, norm in sorted(found)]


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@lru_cache(maxsize=200_000)
def _norm(text: str) -> str:
    """Lower-case ASCII form of a name for comparison (diacritics, hyphens, possessives and the typography of
    apostrophes folded: O’Shea is O'Shea)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(APOSTROPHES)
    text = re.sub(r"[’']s$", "", text.strip())
    return re.sub(r"[\s\-‐–]+", " ", text).strip().lower()


def similar(a: str, b: str) -> float:
    """Similarity of two name parts (0..1); 0 when their lengths differ by more than two letters
    or their initials are not ones transliterations swap."""
    a, b = _norm(a), _norm(b)
    if not a or not b or abs(len(a) - len(b)) > 2:
        return 0.0
    if a[0] != b[0] and not any(a[0] in g and b[0] in g for g in INITIAL_GROUPS):
        return 0.0
    return SequenceMatcher(None, a, b).ratio()


def _name_cased(tok) -> bool:
    """Capitalised like a name, inner capitals allowed ('Jalali', 'McVay', "O'Scannlain"), not 'NATO'."""
    return tok.text[:1].isupper() and tok.text[1:2].islower() or bool(re.fullmatch(r"(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+", tok.text))


def _initial(tok) -> bool:
    """A given name's initial, with or without its point ('D S Hooda', 'J. Smith')."""
    return bool(re.fullmatch(r"[A-Z]\.?", tok.text))


def _lower_words(doc: Doc) -> set[str]:
    """The words the article writes in lower case somewhere: a capitalised one of them is a word, not a name
    ('Stocks' in an article that never writes 'stocks' may be a surname). Counted once per text."""
    if "lower_words" not in doc.user_data:
        doc.user_data["lower_words"] = {t.text for t in doc if t.is_lower}
    return doc.user_data["lower_words"]


def _letters(tok) -> bool:
    """Letters only, a name's apostrophes and hyphens aside ('O’Rourke', 'Ocasio-Cortez')."""
    return re.sub(r"['’-]", "", tok.text).isalpha()


def _is_name_token(tok) -> bool:
    return tok.pos_ == "PROPN" and _name_word(tok)


def _name_word(tok) -> bool:
    """Capitalised and neither a role nor a demonym ('Solid American' is no one's name)."""
    return tok.text[:1].isupper() and tok.text.lower() not in roles() and tok.text not in demonyms()


@Language.component("entity_repairs")
def entity_repairs(doc: Doc) -> Doc:
    """Fix the general model's known misses on news text (see the module docstring of each rule)."""
    ents = list(doc.ents)
    ents = [_trim_handle(doc, e) for e in ents]
    ents = [_trim_possessive(doc, e) for e in ents]
    ents = [e for e in ents if e is not None]
    ents = _owned_people(doc, ents)
    ents = [_honorific_person(e) for e in ents]
    ents = [_titled_person(doc, e) for e in ents]
    ents = _extend_hyphenated(doc, ents)
    ents = _split_surname(doc, ents)
    ents = _given_name_before_known(doc, ents)
    ents = _generational_suffix(doc, ents)
    ents = _particle_tail(doc, ents)
    ents = _person_from_given_name(doc, ents)
    ents = _prefixed_surnames(doc, ents)
    ents = _self_named_people(doc, ents)
    ents = _described_people(doc, ents)
    ents = _speaking_names(doc, ents)  # first, so that its names' surnames are known names too ('Ezzideen hopes')
    ents = _label_names(doc, ents)  # 'John Ash (…): …' before the surname pass, for a later 'Ash: …'
    ents = _transcript_names(doc, ents)
    ents = _nicknamed(doc, ents)
    ents = _couples(doc, ents)
    ents = _post_signers(doc, ents)
    ents = _cut_at_verb(ents)
    ents = _person_from_known_names(doc, ents)
    ents = _byline_names(doc, ents)
    ents = _drop_stray(doc, ents)
    ents = _not_people(doc, ents)
    ents = _places_not_people(doc, ents)
    ents = _facilities(doc, ents)
    ents = _of_place(doc, ents)
    ents = _not_furniture(doc, ents)
    ents = [_trim_label(doc, e) for e in ents]  # last: the repairs above may run a name over a credit
    doc.ents = filter_spans(_yield_to_people(doc, ents))
    doc.user_data.pop("lower_words", None)  # only the repairs use it; the Doc travels on without it
    for e in doc.ents:  # a name with Jr./Sr./III is not the gazetteer person without it (the father)
        if e.label_ == "PERSON" and e.id_ and len(e) > 1 and _is_suffix(e[-1]):
            for t in e:
                t.ent_id_ = ""
    return doc


def _not_furniture(doc: Doc, ents: list[Span]) -> list[Span]:
    """'JUST WATCHED … Replay More Videos ... MUST WATCH': words a page-furniture pattern spells out
    (data/page_furniture.csv) are the widget's, no one's name, where that furniture is scraped into the text."""
    furniture = page_furniture()
    spans = [m.span() for m in furniture.finditer(doc_text(doc))]
    if not spans:
        return ents
    return [e for e in ents if not (e.text in furniture.pattern and any(a <= e.start_char < b for a, b in spans))]


def _yield_to_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Oklahoma Republican Rep Tom Cole': a person who starts inside another entity's tail (here an organisation the
    model ran over the title) takes those words; the other entity keeps what comes before."""
    people = [e for e in ents if e.label_ == "PERSON"]
    out = []
    for e in ents:
        cut = min((p.start for p in people if e.label_ != "PERSON" and e.start < p.start < e.end <= p.end), default=None)
        out.append(e if cut is None else Span(doc, e.start, cut, label=e.label_))
    return out


def _trim_handle(doc: Doc, ent: Span) -> Span:
    """'Sobhan Hassanvand (@Hassanvand' (an embedded tweet's signature, typed ORG) → the name before the handle."""
    cut = next((t.i for t in ent if t.text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text.startswith("@")), None)
    return Span(doc, ent.start, cut, label=ent.label_) if cut is not None and cut > ent.start else ent


def _trim_label(doc: Doc, ent: Span) -> Span:
    """'REUTERS Obama: Strikes' (a photo credit and a headline run together) → 'Obama': a person's name stops at a
    colon, and an all-capitals word before a capitalised name is a credit, not part of it."""
    if ent.label_ != "PERSON":
        return ent
    start, end = ent.start, next((t.i for t in ent if t.text == ":"), ent.end)
    while end - start > 1 and len(doc[start].text) > 2 and doc[start].is_upper and doc[start].is_alpha and \
            all(t.is_title and t.is_alpha for t in doc[start + 1:end]):  # not 'KTVU Fox 2'
        start += 1
    return Span(doc, start, end, label=ent.label_) if end > start and (start, end) != (ent.start, ent.end) else ent


def _trim_possessive(doc: Doc, ent: Span) -> Span | None:
    """``Ghalibaf's`` → ``Ghalibaf``; ``MGIMO's Adlan Margoev`` (one PERSON) → ``Adlan Margoev``."""
    start, end = ent.start, ent.end
    while end - start > 1 and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].pos_ == "ADP"):
        end -= 1  # ``Atomic Energy Organization of`` lost its place: _of_place puts it back
    if ent.label_ == "PERSON":
        for i in range(start, end - 1):
            if doc[i].text in ("'s", "’s"):
                start = i + 1
    if start >= end:
        return None
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_, span_id=ent.id_)


def _owned_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """'National Journal’s Ron Fournier', 'Fox News’s Sean Hannity' typed one organisation: the outlet keeps the
    words before the possessive, and a known given name with a surname after it is a person."""
    out = []
    for e in ents:
        cut = next((t.i for t in e[1:-2] if t.text in ("'s", "’s")), None) if e.label_ != "PERSON" else None
        after = doc[cut + 1:e.end] if cut is not None else None
        if after is None or len(after) > 3 or not all(_name_cased(t) and t.is_alpha and t.lower_ not in
                                                       facility_words() | org_words() for t in after) or \
                given_name_gender(after[0].lower_) is None:
            out.append(e)
            continue
        out += [Span(doc, e.start, cut, label=e.label_, span_id=e.id_), Span(doc, after.start, after.end, label="PERSON")]
    return out


def _honorific_person(ent: Span) -> Span:
    """``Mufti Ravil Gaynutdin`` tagged ORG is a person: an honorific then capitalised names."""
    if ent.label_ != "PERSON" and len(ent) >= 2 and ent[0].text.lower().rstrip(".") in honorifics() \
            and all(t.text[:1].isupper() for t in ent[1:]):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _titled_person(doc: Doc, ent: Span) -> Span:
    """``President Obama`` with 'Obama' typed a place (the model does so all through some articles): a name right
    after a capitalised office or honorific is a person, unless it is a country ('President Putin', not 'Russia')."""
    if ent.label_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") or \
            ent.start == 0 or len(ent) > 2:
        return ent
    before = doc[ent.start - 1]
    titles = offices() | honorifics() | set(honorific_roles().values())  # 'President', 'Sen.', 'Senator'
    countries = {w for ws in country_words().values() for w in ws} | {c.lower() for c in country_words()}
    if not (before.is_title and before.lower_.rstrip(".") in titles) or any(
            not (_name_cased(t) and t.is_alpha) or t.lower_ in title_words() or t.lower_ in countries for t in ent):
        return ent
    return Span(doc, ent.start, ent.end, label="PERSON")


def _titled_names(doc: Doc, ents: list[Span]) -> set[str]:
    """One-word person names written after a capitalised title somewhere ('President Obama'): known as people for
    all the article, wherever else the model typed the same word a place."""
    titles = title_words() | honorifics()
    return {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e.start > 0 and
            doc[e.start - 1].is_title and doc[e.start - 1].lower_.rstrip(".") in titles}


def _extend_hyphenated(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names split at a hyphen join up: ``Mohammad-`` + ``Bager Galibaf``, ``Anglo`` + ``-Saxon``
    (not two places: ``Russia-Iran`` relations stay two mentions)."""
    out = []
    for e in ents:
        start, end = e.start, e.end
        if e.label_ not in ("PERSON", "NORP"):
            out.append(e)
            continue
        while start >= 1 and e.label_ == "PERSON" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].text.lower().rstrip(".") in honorifics():
            start -= 1  # ``Ayatollah`` before a gazetteer name
        while start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 1].whitespace_ \
                and doc[start - 2].text[:1].isupper() and not doc[start - 2].whitespace_:
            start -= 2
        while end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].text not in demonyms() and not doc[end + 1].ent_type_:
            end += 2
        if e.label_ == "PERSON" and _given_name_syllable(doc, end):
            end += 2  # 'Moon Jae-in': the model stops at a romanised given name's hyphen when its last part is a word
        out.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label_, span_id=e.id_))
    return out


def _given_name_syllable(doc: Doc, end: int) -> bool:
    """After a name's capitalised last word, a hyphen and a short lower-case syllable written tight ('Jae-in', 'Kyung-ho'):
    the rest of a romanised given name, not a compound ('Trump-era', 'Putin-led', 'Biden-like')."""
    if end + 1 >= len(doc) or end < 1 or doc[end].text not in "-‐" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    last, tail = doc[end - 1], doc[end + 1]
    return _name_cased(last) and len(last) <= 5 and tail.is_lower and tail.is_alpha and len(tail) <= 4 and \
        tail.tag_ not in ("VBN", "VBG", "VBD", "JJ") and tail.lower_ not in name_compounds() and \
        not (end + 2 < len(doc) and doc[end + 2].text in "-‐" and not tail.whitespace_)


def _particle_tail(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Ursula von der' + 'Leyen': a person cut after a surname particle takes the capitalised word that follows."""
    starts = {e.start: e for e in ents}
    grown, swallowed = {}, set()
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in surname_particles() and e[-1].is_lower and \
                e.end < len(doc) and doc[e.end].is_title and doc[e.end].is_alpha and \
                (e.end not in starts or len(starts[e.end]) == 1):
            grown[e.start] = Span(doc, e.start, e.end + 1, label="PERSON")
            swallowed.add(e.end)
    return [grown.get(e.start, e) for e in ents if not (e.start in swallowed and len(e) == 1)]


def _is_suffix(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in name_suffixes()


def _split_surname(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Amy Berman`` + ``Jackson``: a given name and a middle name, then a one-word person right after them
    (a space, no comma), is one name the model cut in two."""
    out: list[Span] = []
    for e in ents:
        last = out[-1] if out else None
        if last is not None and e.label_ == last.label_ == "PERSON" and e.start == last.end and len(e) == 1 and \
                len(last) >= 2 and not last.id_ and last[0].text.lower() in first_names() and _is_name_token(e[0]) and \
                last[-1].whitespace_ == " " and not _is_suffix(e[0]):
            out[-1] = Span(doc, last.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _generational_suffix(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Donald Trump Jr.``, ``Edwin C. Roessler, Jr.``: the suffix is part of the name; so is 'He' after a Chinese
    family name ('Liu He')."""
    out = []
    for e in ents:
        end = e.end
        if e.label_ == "PERSON" and end < len(doc):
            if _is_suffix(doc[end]):
                end += 1
            elif doc[end].text == "He" and e[-1].lower_ in family_names() and doc[end - 1].whitespace_:
                end += 1  # 'Vice Premier Liu He said': a Chinese given name, not the pronoun (nor a new sentence)
            elif doc[end].text == "," and end + 1 < len(doc) and _is_suffix(doc[end + 1]):
                end += 2
        if end != e.end:
            e = Span(doc, e.start, end, label="PERSON")
        out.append(e)
    return out


# labels the model gives people's names by mistake ('Nikki Haley' an ORG, 'Farhad Azima' a WORK_OF_ART)
MISTYPED = ("ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT")


def _person_from_given_name(doc: Doc, ents: list[Span]) -> list[Span]:
    """``Kazem Jalali`` the model missed: a known given name (data/first_names.csv) and one or two
    capitalised name words, none inside a longer entity, is a person (and gives its surname to later mentions)."""
    names, places = first_names(), facility_words() | org_words()

    lower = _lower_words(doc)

    def surname(tok) -> bool:
        """A name word, or a capitalised word the article never writes in lower case ('Tyler Stocks', with 'Stocks'
        tagged a plural noun)."""
        return _is_name_token(tok) or tok.is_title and _letters(tok) and tok.lower_ not in lower and _name_word(tok)

    def given_name_first(span: Span) -> bool:
        words = [t.lower_.rstrip(".") for t in span]
        return 2 <= len(span) <= 3 and words[0] in names and _is_name_token(span[0]) and \
            all(surname(t) and _name_cased(t) for t in span[1:]) and not places.intersection(words)

    # 'Nikki Haley' tagged ORG, 'Farhad Azima' a WORK_OF_ART
    titles = title_words() | set(roles()) | person_nouns()
    countries = {w for ws in country_words().values() for w in ws}

    def after_title(span: Span) -> bool:
        """'spokeswoman Morgan Ortagus' typed ORG: a title word just before a two- or three-word name."""
        words = [t.lower_ for t in span]
        return span.start > 0 and doc[span.start - 1].lower_ in titles and doc[span.start - 1].dep_ == "compound" and \
            2 <= len(span) <= 3 and all(_is_name_token(t) and _name_cased(t) for t in span) and \
            span.root.dep_ not in ("compound", "amod", "nmod") and \
            not places.intersection(words) and not countries.intersection(words)  # not 'deputy White House counsel'

    ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ in MISTYPED and (given_name_first(e) or after_title(e))
            else e for e in ents]
    taken = {i: e for e in ents for i in range(e.start, e.end)}

    def free(i: int) -> bool:
        return i not in taken or len(taken[i]) == 1

    offices_held = title_words() - party_members()  # 'Chair', 'Secretary'; not 'Refugee' or 'Republican'

    def titled_name(i: int) -> bool:
        """'… said House Appropriations Committee Chair Nita Lowey': two name words after a capitalised title, which
        the model left out of every entity (it took the committee), are that title's holder."""
        if i == 0 or i + 1 >= len(doc) or i in taken or i + 1 in taken:
            return False
        title, pair = doc[i - 1], doc[i:i + 2]
        words = {t.lower_ for t in pair}
        return title.is_title and title.lower_ in offices_held and title.i - 1 in taken and \
            all(_is_name_token(t) and _name_cased(t) and t.lower_ not in titles for t in pair) and \
            not (i + 2 < len(doc) and _is_name_token(doc[i + 2])) and \
            not places.intersection(words) and not countries.intersection(words)

    def initials(end: int) -> int:
        return sum(1 for t in doc[i + 1:end] if INITIAL_TOKEN.match(t.text))

    new, i = [], 0
    while i < len(doc) - 1:
        end = i + 1
        # 'Natalia' and 'Veselnitskaya' each tagged a one-word GPE: still a given name, if no country's
        if doc[i].lower_ in names and doc[i].is_title and _is_name_token(doc[i]) and \
                (i not in taken or (free(i) and taken[i].label_ != "PERSON" and doc[i].lower_ not in countries)):
            while end < len(doc) and end - i < 3 + initials(end) and free(end) and (
                    _is_name_token(doc[end]) and _name_cased(doc[end]) or
                    INITIAL_TOKEN.match(doc[end].text) and end + 1 < len(doc) and _is_name_token(doc[end + 1])):
                end += 1  # a middle initial too: 'Ann E. Marimow'
            if INITIAL_TOKEN.match(doc[end - 1].text):
                end -= 1
            words = [t.lower_.rstrip(".") for t in doc[i:end + 1]]  # and the word after: 'George Mason University'
            if end - i >= 2 and not (end < len(doc) and _is_name_token(doc[end])) and not places.intersection(words):
                new.append(Span(doc, i, end, label="PERSON"))
        elif titled_name(i):
            end = i + 2
            new.append(Span(doc, i, end, label="PERSON"))
        i = end
    return _replace_ents(ents, new)


INITIAL_TOKEN = re.compile(r"^[A-Z]\.$")


def _prefixed_surname(tok: Token) -> bool:
    """'O’Rourke': a surname prefix (data/entity_words.csv) and a capitalised rest."""
    low = tok.lower_
    return any(low.startswith(p) and len(tok.text) > len(p) + 2 and tok.text[len(p)].isupper() and tok.text[len(p):].isalpha()
               for p in surname_prefixes())


def _prefixed_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """'O’Rourke said' typed ORG, or left untyped, in an article that never gives his first name: a word with
    a surname prefix, alone or after name words, is a person (not a facility: 'O'Hare Airport')."""
    places = facility_words() | org_words()
    out = [Span(doc, e.start, e.end, label="PERSON") if e.label_ in MISTYPED and len(e) <= 3 and
           _prefixed_surname(e[-1]) and all(_name_word(t) for t in e) and
           not places.intersection(t.lower_ for t in e) else e for e in ents]
    taken = {i for e in out for i in range(e.start, e.end)}
    ends = {e.end: e for e in out if e.label_ == "PERSON"}
    for t in doc:
        if t.i in taken or not _prefixed_surname(t) or t.pos_ not in ("PROPN", "NOUN") or \
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ in places:
            continue
        given = ends.get(t.i)  # 'Judge Diarmuid O'Scannlain' with only the given name typed: the name goes on
        if given is not None:
            out[out.index(given)] = Span(doc, given.start, t.i + 1, label="PERSON")
        else:
            out.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return out


def _given_name_before_known(doc: Doc, ents: list[Span]) -> list[Span]:
    """'President Hasan Rouhani': the gazetteer knows 'Rouhani' (as Hassan Rouhani), and the model typed the
    given name, spelt another way, a person of its own; the two are one name, the known person's, when the given
    name is (nearly) the known one's."""
    names = {g["id"]: g["name"].split() for g in gazetteer()}
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        given = names.get(e.id_, [""])[0]  # 'Hasan' is Hassan Rouhani's given name; 'Ivanka' no Donald Trump's
        if prev is not None and e.id_ and e.label_ == "PERSON" and prev.label_ == "PERSON" and not prev.id_ and \
                prev.end == e.start and len(prev) == 1 and _is_name_token(prev[0]) and similar(prev.text, given) >= 0.8:
            out[-1] = Span(doc, prev.start, e.end, label="PERSON", span_id=e.id_)
            continue
        out.append(e)
    return out


def _self_named_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """'The resident, who gave his name as Maher, said': the capitalised words after such a phrase are a person,
    whatever the model typed them ('Maher' ORG)."""
    out = list(ents)
    for m in self_naming().finditer(doc_text(doc)):
        first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if first is None or not _is_name_token(first[0]):
            continue  # 'identified himself as the owner'
        end = first.start
        while end < len(doc) and _is_name_token(doc[end]) and end - first.start < 4:
            end += 1
        name = Span(doc, first.start, end, label="PERSON")
        out = [e for e in out if e.end <= name.start or e.start >= name.end] + [name]
    return sorted(out, key=lambda e: e.start)


def _described_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name the model typed an organisation (or, of two or three words, a place) is a person when a person noun
    describes it ('Latvia's foreign minister, Edgars Rinkevics', 'General Campbell', 'Maja Kocijancic, EU
    spokeswoman') or, for a full name, 'who' opens its relative clause ('said Andreas Onnerfors, who lives in
    Lund'); an organisation or place word in it keeps it an organisation.
    A 'person' an organisation noun describes ('al-Shabab, al-Qaeda's affiliate') is an organisation."""
    nouns = person_nouns() | title_words()
    orgs = org_words()
    blocked = facility_words() | orgs | place_words() | {w for ws in country_words().values() for w in ws}

    def person_noun(tok) -> bool:
        return tok.lower_.rstrip(".") in nouns or tok.lemma_.lower() in nouns

    def described(e: Span) -> bool:
        root, before = e.root, doc[e.start - 1] if e.start else None
        if root.dep_ in ("compound", "amod", "nmod"):
            return False  # 'the official White House Twitter account'
        return any(c.dep_ == "appos" and c.i >= e.end and c.ent_type_ == "" and person_noun(c) for c in root.children) \
            or (root.dep_ == "appos" and root.head.i < e.start and root.head.ent_type_ == "" and person_noun(root.head)) \
            or (before is not None and before.dep_ == "compound" and e.start <= before.head.i < e.end and person_noun(before)) \
            or bool(_premodifier(doc, e))  # 'Iraqi Prime Minister haider Al-Abadi'

    def organisation(e: Span) -> bool:
        """'released by al-Shabab, al-Qaeda's Somalia-based affiliate': an organisation noun in apposition."""
        root = e.root
        return any(c.dep_ == "appos" and c.i >= e.end and c.ent_type_ == "" and c.lower_ in orgs for c in root.children) \
            or (root.dep_ == "appos" and root.head.i < e.start and root.head.ent_type_ == "" and root.head.lower_ in orgs)

    def who_clause(e: Span) -> bool:
        return any(c.dep_ == "relcl" and c.i >= e.end and c.left_edge.lower_ in ("who", "whom", "whose") for c in e.root.children)

    given = first_names()

    def titled_name(e: Span) -> int:
        """Where a person's name starts after a title inside the entity ('Iowa Democratic Party Chair Troy Price'):
        a capitalised title word, a known given name and one or two more name words ending the entity; else -1."""
        for k in range(len(e) - 3, max(len(e) - 5, -1), -1):
            person = e[k + 1:]
            if person_noun(e[k]) and e[k].is_title and person[0].lower_ in given and \
                    all(_is_name_token(t) and _name_cased(t) and t.lower_ not in blocked for t in person):
                return e.start + k + 1
        return -1

    out = []
    for e in ents:
        names = [t for t in e if t.text not in "-‐"]
        if e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and not e.id_ and (start := titled_name(e)) > 0:
            if start - 1 > e.start:
                out.append(Span(doc, e.start, start - 1, label=e.label_))
            e = Span(doc, start, e.end, label="PERSON")  # the title word itself belongs to neither
        elif (e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART") and 1 <= len(names) <= 3 or
              e.label_ == "GPE" and 2 <= len(names) <= 3) and not e.id_ and \
                all(_is_name_token(t) and (_name_cased(t) or _initial(t) and t != names[-1]) and t.lower_ not in blocked
                    for t in names) and (described(e) or len(names) >= 2 and who_clause(e)):
            # 'Maja Kocijancic, EU spokeswoman' typed a place; 'commander D S Hooda' (initials) an organisation
            e = Span(doc, e.start, e.end, label="PERSON")
        elif e.label_ == "PERSON" and not e.id_ and organisation(e) and not described(e):
            e = Span(doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _split_at_comma(doc: Doc, ent: Span, surnames: set[str]) -> list[Span]:
    """A title or organisation the model ran over a comma into a known surname ('Face the Nation, Pompeo'):
    the part before the comma, and the person after it."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ == "PERSON" or not commas or commas[-1] + 1 >= ent.end or ent[-1].text not in surnames:
        return [ent]
    tail = doc[commas[-1] + 1: ent.end]
    if not all(_is_name_token(t) for t in tail):
        return [ent]
    head = [Span(doc, ent.start, commas[-1], label=ent.label_)] if commas[-1] > ent.start else []
    return head + [Span(doc, tail.start, tail.end, label="PERSON")]


NUMERIC = {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}  # labels no name can rightly carry


def _speaking_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Foaz Izadi told …' with no entity: two or three name-cased proper nouns that are the subject of a
    speech verb, or that a person noun describes ('Hiba Ezzideen, a 29-year-old Syrian activist'), are a person
    (the model knows few Iranian, Indian or unusual given names, and may type one a number); so is such a name
    tagged an organisation when a person noun describes it ('Foaz Izadi, a professor at …, told')."""
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    blocked = facility_words() | org_words() | place_words() | {w for ws in country_words().values() for w in ws}
    nouns = person_nouns() | title_words()
    lower = _lower_words(doc)
    new = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken and taken[tok.i].label_ == "PERSON":
            continue
        found = cue_of(tok.head) if tok.dep_ == "nsubj" else None
        # 'Hiba Ezzideen, a 29-year-old Syrian activist, recently made it to …' (the model typed 'Ezzideen' a number)
        # … or 'Raja Androon, a 65-year-old Syrian from Idlib whose two sons were killed …': one of a people
        described = any(c.dep_ == "appos" and (c.tag_ == "NN" and c.lemma_.lower() in nouns or
                                               c.ent_type_ == "NORP" and c.tag_ in ("NN", "NNP", "JJ")) and
                        any(d.dep_ == "det" and d.lower_ in ("a", "an") or d.dep_ == "det" and d.lower_ == "the" and
                            c.ent_type_ != "NORP" for d in c.children) for c in tok.children)
        if (found is None or found[0].type != "speech") and not described:
            continue
        names = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
        start = names[0].i
        # one given name only when both hold: 'Emiliano, a 57-year-old day laborer from Honduras, says …'
        least = 1 if described and found is not None and found[0].type == "speech" and tok.i not in taken else 2
        if not (least <= len(names) <= 3 and names[-1].i - start + 1 == len(names)) or any(
                not (_is_name_token(t) and _name_cased(t) and t.is_alpha) or t.lower_ in blocked or
                re.sub(r"ies$", "y", t.lower_).rstrip("s") in blocked or t.lower_.rstrip(".") in honorifics() for t in names):
            continue
        span = Span(doc, start, tok.i + 1, label="PERSON")
        own = {id(taken[t.i]): taken[t.i] for t in names if t.i in taken and taken[t.i].label_ not in NUMERIC}
        e = next(iter(own.values())) if len(own) == 1 else None
        if not own or (e is not None and e.label_ in ("ORG", "PRODUCT", "WORK_OF_ART")
                       and (e.start, e.end) == (span.start, span.end) and not e.id_ and describe(span)) or \
                (e is not None and e.label_ in ("GPE", "LOC", "NORP") and (e.start, e.end) == (span.start, span.start + 1)
                 and tok.tag_ == "NNP" and tok.lower_ not in lower):  # 'Paddy Chayefsky blasted …' with 'Paddy' typed a
            # place; not 'Hamburg Police tweeted' in an article that speaks of the police
            new.append(span)
    return _replace_ents(ents, new)


def _byline_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'“…” ⏎ Uri Friedman, The Atlantic': the name on a line of its own under a quote, before the outlet, is the
    writer quoted (opinion round-ups); the model knows few such names or types them ORG."""
    text, found = doc_text(doc), []
    for line in re.finditer(r"[^\n]+", text):
        k = line.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1  # the last character before the line's blank run: a closing quote mark?
        m = BYLINE.match(text, line.start(), line.end()) if k >= 0 and text[k] in "”\"" else None
        if m:
            found.append((m.start("name"), m.end("name")))
    return _named_people(doc, ents, found)


def _label_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'John Ash (Central Magnet High School, Murfreesboro, Tenn.): A lot of …': a panel's speaker label opening a
    paragraph names the person who speaks it, whatever the model typed it (here an organisation)."""
    text = doc_text(doc)
    found = [(ps + m.start(1), ps + m.end(1)) for ps, pe in paragraphs(text) if (m := PANEL_LABEL.match(text[ps:pe]))]
    return _named_people(doc, ents, found)


def _transcript_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'AMY GOODMAN: …', 'MAYOR DAVE BING: …': a transcript's speaker label in capitals names a person, whatever the
    model made of it, when after its titles it is two to four words that open on a known given name or that the
    transcript uses twice ('NERMEEN SHAIKH'); not a rubric ('OUR PICKS: …', 'HEAVY INDUSTRY: …')."""
    text = doc_text(doc)
    labels = [(ps + m.start(1), ps + m.end(1)) for ps, pe in paragraphs(text)
              if (m := TRANSCRIPT_LABEL.match(text[ps:pe])) and m.group(1).isupper()]
    repeated = {k for k, n in Counter(text[s:e] for s, e in labels).items() if n > 1}
    titles = honorifics() | title_words() | offices()
    common = facility_words() | org_words() | place_words() | person_nouns() | set(speaker_words())
    new = []
    for s, e in labels:
        span = doc.char_span(s, e, alignment_mode="contract")
        words = [t for t in span] if span is not None else []
        while words and words[0].lower_.rstrip(".") in titles:
            words = words[1:]
        if 2 <= len(words) <= 4 and all(t.is_alpha and len(t) > 1 and not t.is_stop and t.lower_ not in common
                                        and t.lower_ not in voice_labels() for t in words) and \
                (text[s:e] in repeated or given_name_gender(words[0].lower_) is not None):
            new.append(Span(doc, words[0].i, words[-1].i + 1, label="PERSON"))
    return _replace_ents(ents, new)


def _replace_ents(ents: list[Span], new: list[Span]) -> list[Span]:
    """``ents`` with ``new`` in place of any entity they overlap."""
    if not new:
        return ents
    covered = {i for x in new for i in range(x.start, x.end)}
    return [x for x in ents if not covered.intersection(range(x.start, x.end))] + new


# 'Jesse "The Body" Ventura', 'James “Spider” Marks': a quoted nickname between a given name and a surname
NICKNAME_INSIDE = re.compile(r"\b([A-Z][a-z]+) [\"“]([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})[\"”] ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# '"Gridlock" Sam Schwartz': a quoted nickname before the name
NICKNAME_BEFORE = re.compile(r"[\"“][A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}[\"”] ([A-Z][a-z]+) ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _nicknamed(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person written with a quoted nickname ('Jesse "The Body" Ventura', '"Gridlock" Sam Schwartz'), which the
    model splits or types a work of art: one person, from a known given name to the surname; the name drops the
    nickname (see _clean_name)."""
    from .dates import MONTHS, WEEKDAYS

    text, found = doc_text(doc), []
    calendar = {w.lower() for w in (*MONTHS, *WEEKDAYS)}

    def surname(word: str) -> bool:  # not 'Mary "No." Then', 'Karen "Why" Thursday'
        return word.lower() not in calendar and not doc.vocab[word.lower()].is_stop

    for m in NICKNAME_INSIDE.finditer(text):
        if given_name_gender(m.group(1).lower()) is not None and m.group(2)[-1] not in ".?!," and surname(m.group(3)):
            found.append((m.start(1), m.end(3)))
    for m in NICKNAME_BEFORE.finditer(text):
        if given_name_gender(m.group(1).lower()) is not None and surname(m.group(2)):
            found.append((m.start(1), m.end(2)))
    return _replace_ents(ents, [span for a, b in found if (span := doc.char_span(a, b, label="PERSON")) is not None])


def _couples(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Fred and Cindy Warmbier': a known given name alone before 'and' and a full name is a person of that surname
    (named so by _shared_surname), whatever the model made of the word."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    new = [Span(doc, e.start - 2, e.start - 1, label="PERSON") for e in ents
           if e.label_ == "PERSON" and len(e) == 2 and e.start >= 2 and _shared_surname(doc, doc[e.start - 2:e.start - 1])
           and e.start - 2 not in taken]
    return ents + new if new else ents


def _shared_surname(doc: Doc, ent: Span) -> str:
    """The full name of a given name written before 'and' and another's full name ('Fred' of 'Fred and Cindy
    Warmbier' is Fred Warmbier), else ''."""
    if len(ent) != 1 or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and" or not ent[0].is_title or \
            not ent[0].is_alpha or ent[0].ent_id_ or given_name_gender(ent[0].lower_) is None or \
            ent[0].text in _full_name_surnames(doc):  # 'Warren and Bernie Sanders' after Elizabeth Warren
        return ""
    other = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "PERSON"), None) or \
        (doc[ent.end + 1:ent.end + 3] if doc[ent.end + 2].ent_type_ == "PERSON" else None)
    if other is None or len(other) != 2 or given_name_gender(other[0].lower_) is None or not _name_cased(other[1]):
        return ""
    return f"{ent.text} {other[1].text}"


def _full_name_surnames(doc: Doc) -> set[str]:
    """The last words of the article's full person names."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}


def _post_signers(doc: Doc, ents: list[Span]) -> list[Span]:
    """'… — Deepa Shivaram (@deepa_shivaram) April 1, 2020': the name signing an embedded post, before its handle, is
    the person who posted it, whatever the model typed it (or missed)."""
    text = doc_text(doc)
    found = [(m.start(1), m.end(1)) for ps, pe in paragraphs(text) if (m := POST_SIGNATURE.search(text, ps, pe))]
    return _named_people(doc, ents, found)


def _cut_at_verb(ents: list[Span]) -> list[Span]:
    """'Bult told CBN News' typed a work of art: a name the model ran on over a lower-case verb ends before it, so a
    known surname there can be its person again; one that does not open on a name ('staying & killing') is no
    entity at all."""
    out = []
    typed = {e.text: e.label_ for e in ents if e.label_ != "PERSON"}
    for e in ents:
        verb = next((t for t in e[1:] if t.is_lower and t.pos_ in ("VERB", "AUX")), None)
        if e.label_ == "PERSON" and (said := next((t for t in e[1:-1] if _headline_cue(t)), None)) is not None:
            # 'Kerry Warns North Korea, But …': Kerry, and North Korea what the article types it elsewhere
            out.append(Span(e.doc, e.start, said.i, label="PERSON"))
            if (rest := e.doc[said.i + 1:e.end]).text in typed:
                out.append(Span(e.doc, rest.start, rest.end, label=typed[rest.text]))
        elif verb is None or e.label_ not in MISTYPED:
            out.append(e)
        elif all(_name_cased(t) for t in e[:verb.i - e.start]):
            out.append(Span(e.doc, e.start, verb.i, label=e.label_))
    return out


def _headline_cue(tok) -> bool:
    """'Warns' in a headline written in title case: a speech cue in its third person, capitalised as every word
    of its sentence is, is no part of a name."""
    from .claims import third_person_cue

    return tok.is_title and third_person_cue(tok.text) is not None and \
        all(t.is_title for t in tok.sent if t.is_alpha and len(t) > 3)


def _named_people(doc: Doc, ents: list[Span], found: list[tuple[int, int]]) -> list[Span]:
    """The character spans a layout marks as a person's name become PERSON entities: two to four name-cased words,
    none a common noun of organisations, places or people, none a place or date the model found."""
    common = facility_words() | org_words() | place_words() | person_nouns() | set(speaker_words())
    label = {i: e.label_ for e in ents for i in range(e.start, e.end)}  # as typed so far, not as the model typed
    new = []
    for start, end in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and 2 <= len(span) <= 4 and all(_name_cased(t) and t.is_alpha and t.lower_ not in common
                                                            and re.sub(r"ies$", "y", t.lower_).rstrip("s") not in common
                                                            for t in span) and \
                not any(label.get(t.i) in ("GPE", "LOC", "DATE") or t.ent_id_ for t in span) and \
                not any(e.label_ == "PERSON" and e.start < span.end and span.start < e.end and
                        (e.start < span.start or e.end > span.end or len(e) > 1 and len(e) < len(span)) for e in ents):
            # a one-word person the model cut short inside the span grows to it ('Dan' of '— Dan Ozzi (@danozzi) …');
            # a full name stays as it is ('Pat Shanahan' of '— Acting SecDef Pat Shanahan (@ActingSecDef) …')
            new.append(Span(doc, span.start, span.end, label="PERSON"))
    return _replace_ents(ents, new)


def _family_first(ents: list[Span]) -> set[str]:
    """Family names that open a full name of the article ('Zhang' of Zhang Ming, 'Kim' of Kim Jong Un), from
    the family names in data/first_names.csv or before a Korean given name of two syllables joined by a hyphen
    ('Ryoo Kihl-jae'): the word a bare mention of that person uses."""
    known = family_names()
    return {e[0].text for e in ents if e.label_ == "PERSON" and 2 <= len(e) <= 4 and (e[0].lower_ in known or (
        len(e) == 4 and e[2].text in "-‐" and e[0].is_title and e[1].is_title and e[3].is_lower))}


def _surname_tails(ents: list[Span]) -> set[str]:
    """The full surnames, particles included, of the article's people of two or more words ('Le Pen')."""
    return {" ".join(e.text.split()[len(_name_parts(e.text)[0]):]) for e in ents
            if e.label_ == "PERSON" and len(e.text.split()) >= 2}


def _relative(ent: Span, tails: set[str]) -> bool:
    """'Jean-Marie Le Pen', typed an organisation beside 'Marine Le Pen': a given name (a known one, or a
    hyphenated pair) before the full surname of a person in the article is a relative of theirs."""
    if len(ent) < 2 or ent.label_ not in ("ORG", "GPE", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "LOC"):
        return False
    blocked = facility_words() | org_words() | place_words()
    for tail in tails:
        head = ent.text[:-len(tail)].split() if tail and ent.text.endswith(" " + tail) else []
        if head and all(w[:1].isupper() and w.lower() not in blocked for w in head) and \
                (head[0].lower() in first_names() or re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", head[0])):
            return True
    return False


def _person_from_known_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A capitalised name token that is (a variant of) a person's surname in this article is that
    person, whatever label the model gave it; the full name extends left over name tokens."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and _is_name_token(e[-1])}
    surnames |= {e[-1].text for e in ents if e.label_ == "PERSON" and e.id_}
    # 'Nate Silver' with 'Silver' tagged a common noun: a full name's capitalised last word is still its surname
    surnames |= {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and _name_cased(e[-1]) and _letters(e[-1])
                 and _name_word(e[-1])}
    family = _family_first(ents)  # 'Zhang' after Zhang Ming
    if not surnames and not family:
        return ents
    person_names = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    lower_names = {n.lower() for n in person_names}  # 'JILL STEIN' (a transcript label typed ORG) is Jill Stein
    full_surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and (len(e) > 1 or e.id_)} | _titled_names(doc, ents)
    ents = [piece for e in ents for piece in _split_at_comma(doc, e, full_surnames)]  # 'Face the Nation, Pompeo'
    # 'Ocasio-Cortez' (tagged ORG) after 'Rep. Alexandria Ocasio-Cortez': a person's full surname of several tokens,
    # in any case ("De Maiziere's" at a sentence's start after 'Thomas de Maiziere')
    tails = _surname_tails(ents)
    ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ != "PERSON" and (
        e.text in person_names or e.text.isupper() and e.text.lower() in lower_names
        or len(e) > 1 and any(n.lower().endswith(" " + e.text.lower()) for n in person_names)
        or _relative(e, tails)) else e for e in ents]
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    countries = {c.lower() for c in country_words()}
    lower = _lower_words(doc)

    def surname_word(tok) -> bool:
        """'Yates said' tagged a common noun after 'Sally Yates', 'Modly said' an adverb, 'Ahat said' a pronoun after
        'Jandos Kontorbai Ahat': the surname itself, when the article never uses the word in lower case."""
        return tok.is_title and _letters(tok) and tok.text in full_surnames and tok.lower_ not in lower

    new, replaced = [], []
    for tok in doc:
        if not (_is_name_token(tok) or surname_word(tok)) or len(tok.text) < 3 or tok.lower_ in countries:
            continue  # a country's name is that country here, even if a person elsewhere is called so ('Russia-')
        own = taken.get(tok.i)
        # 'Rear Adm. Kirby' typed a work of art after 'Rear Adm. John Kirby': an honorific and the surname are the person
        titled = own is not None and own.label_ != "PERSON" and own.end == tok.i + 1 and tok.text in full_surnames and \
            any(t.lower_.rstrip(".") in honorifics() for t in own[:-1])
        if own is not None and (own.label_ == "PERSON" or len(own) > 1) and not titled:
            continue
        if own is not None and own.label_ == "GPE" and tok.dep_ == "pobj" and tok.head.lower_ in ONLY_PLACES:
            continue  # 'officials in Jordan' is the place, though Anna Jordan speaks elsewhere
        if own is not None and own.label_ in ("GPE", "LOC") and tok.text not in full_surnames | family:
            continue  # a place the model also tagged a one-word "person" ('Kiev announced') stays a place
        if not any(tok.text == s or (len(s) >= 5 and similar(tok.text, s) >= SURNAME_SIMILARITY) for s in surnames) and \
                tok.text not in family:
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            owner = taken.get(prev.i)
            if owner is not None and (owner.label_ != "PERSON" and len(owner) > 1) and not (titled and owner == own):
                break
            if prev.text.lower().rstrip(".") in honorifics():
                start -= 1
                if titled:
                    break  # 'Rear Adm. Kirby' is Adm. Kirby: 'Rear' belongs to the rank, not the name
            elif _is_name_token(prev):
                start -= 1
            elif prev.text in "-‐" and not prev.whitespace_ and start >= 2 and _is_name_token(doc[start - 2]):
                start -= 2
            else:
                break
        new.append(Span(doc, start, tok.i + 1, label="PERSON"))
        if titled:
            replaced.append(own)
    if not new:
        return ents
    covered = {i for s in new for i in range(s.start, s.end)}
    kept = [e for e in ents if e not in replaced and (not any(i in covered for i in range(e.start, e.end))
            or (e.label_ != "PERSON" and len(e) > 1 and not all(i in covered for i in range(e.start, e.end))))]
    return kept + [s for s in new if not any(k.start < s.end and s.start < k.end for k in kept)]


def _drop_stray(doc: Doc, ents: list[Span]) -> list[Span]:
    """Drop one-word ORGs that are really part of a title (``Supreme`` Leader), PERSONs with no capital letter
    ('lone wolf'), and one-word PERSONs that only modify a common noun (the ``Maghrib`` evening prayer) or are a
    wire slug or a family ('the Obamas'); 'a Colorado Republican' is a party member, not a name."""
    out = []
    full_names = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    for e in ents:
        if e.label_ == "PERSON" and not e.id_ and not any(t.text[:1].isupper() or t.text[:1] == "@" for t in e) and \
                not re.match(r"\s*\(@", doc_text(doc)[e.end_char:e.end_char + 4]):
            continue  # 'lone wolf', 'marijuana': no capital, no one's name (a post's '— jack (@jack)' and a handle sign it)
        if len(e) == 1 and not e.id_:
            tok = e[0]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if e.label_ in ("ORG", "GPE", "NORP") and nxt is not None and nxt.text.lower() in roles():
                continue
            if e.label_ == "ORG" and tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in roles():
                continue  # Secretary of ``State``
            if e.label_ == "PERSON" and tok.text not in full_names and tok.dep_ == "compound" \
                    and tok.head.pos_ == "NOUN" and tok.head.ent_type_ != "PERSON":
                continue
            if e.label_ == "PERSON" and tok.text not in full_names and (tok.i == 0 or doc[tok.i - 1].is_space) and \
                    any(c.dep_ == "conj" and c.is_lower and c.tag_ in ("NN", "VB", "VBP") and not any(c.children)
                        for c in tok.children):
                continue  # 'Screenwriter and presenter Paddy Chayefsky': a role capitalised to open the paragraph
            if e.label_ == "PERSON" and tok.is_upper and "-" in tok.text:
                continue  # a wire slug ('AFGHANISTAN-TALIBAN'), no one's name
            if e.label_ == "PERSON" and tok.text.endswith("s") and tok.text[:-1] in full_names and tok.i > 0 and \
                    doc[tok.i - 1].lower_ == "the":
                continue  # 'the Obamas' are a family, not Michelle or Barack
        if e.label_ == "PERSON" and not e.id_ and e[-1].lower_.removesuffix("s") in party_members():
            e = Span(doc, e.start, e.end, label="NORP")  # 'a Colorado Republican' is anyone from that party
        out.append(e)
    return out


ONLY_PLACES = {"in", "near", "inside", "outside", "across", "around", "into", "throughout"}  # never a person's
LOCATIVE = {"in", "to", "from", "near", "at", "into", "across", "toward", "towards", "outside", "around", "inside",
            "via", "through", "throughout", "between"}


def _places_not_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word "person" that no full name in the article explains and that is a country, the
    object of a place preposition (``in Kiev``, ``near Rasht``), or tagged a place elsewhere in the
    article (``but Kiev announced``), is a place."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1} | _family_first(ents)
    countries = {c.lower() for c in country_words()}
    tagged_places = {e.text for e in ents if len(e) == 1 and (e.label_ in ("GPE", "LOC") or e.label_ == "PERSON" and (
        e[0].lower_ in countries or e[0].dep_ == "pobj" and e[0].head.lower_ in LOCATIVE))}
    # 'according to President Obama' is no place: a title before the name, anywhere in the article, says it is a person
    tagged_places -= _titled_names(doc, ents)
    given = first_names()
    # a multi-word "person" named somewhere as a place ('outside the town of Tal Abyad') is that place everywhere
    places = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e.root.dep_ == "pobj" and
              (e.root.head.lower_ in ONLY_PLACES or e.root.head.lower_ == "of" and e.root.head.head.lemma_.lower() in place_nouns())
              and e[0].lower_ not in given and e[0].lower_.rstrip(".") not in honorifics() and not e.id_}
    named = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[0].lower_ in given}
    places -= {p for p in places if p.split()[-1] in named}  # 'in Mr. Bolton's book': John Bolton is named
    longer = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 2}
    places -= {p for p in places if any(n.endswith(" " + p) for n in longer)}  # 'in Le Pen' after Marine Le Pen
    # 'the disputed territory of Ladakh', 'the cities of Rasht and Astara', 'Deraa and Quneitra provinces'
    nouns = place_nouns()

    def slot(tok) -> bool:
        for _ in range(4):  # a list's later names share its first one's slot ('of Syria, Nagorno-Karabakh and Donbass')
            if tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            return tok.head.head.lower_ in nouns or tok.head.head.lemma_.lower() in nouns
        return tok.dep_ in ("compound", "nmod") and tok.head.lower_ in nouns

    places |= {e.text for e in ents if e.label_ == "PERSON" and slot(e.root) and not e.id_
               and e[0].lower_ not in given and e[0].lower_.rstrip(".") not in honorifics() and e.text not in surnames
               and e.text.split()[-1] not in named}
    out = []
    for e in ents:
        if e.label_ == "PERSON" and (e.text in places or len(e) > 1 and not e.id_ and
                                     (e[-1].lower_ in place_words() or e[0].lower_ in place_prefixes())):
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        if e.label_ == "PERSON" and len(e) == 1 and not e.id_ and e.text not in surnames:
            tok = e[0]
            if e.text in tagged_places:
                out.append(Span(doc, e.start, e.end, label="GPE"))
                continue
        out.append(e)
    return out


def _not_a_word(tok) -> bool:
    """A token with no letter ('3', '01:56', '✓', '—') or a link: never part of a name."""
    return not any(c.isalpha() for c in tok.text) or tok.like_url or "twitter.com" in tok.text


def _not_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """'People' a reader would strike from the table: a common word opening a sentence ('Strikes on …'), a bare
    role ('Deputy Chief'); a photo credit keeps the name before its slash ('Alexander Nemenov/AFP/Getty Images'),
    a poll row the name before its numbers ('Tom Steyer 3 3'); a 'Read more' link's last word is no name ('… over
    Syria Read more'); a name with a digit is a thing ('S-400s'); a document or agreement is no one ('Joint
    Declaration'); a line's 'Follow' or a credit's 'Photograph' is no part of a name (`not_a_name` in
    entity_words.csv)."""
    surnames = {_surname(e.text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    lower = _lower_words(doc)
    roles_only = person_nouns() | title_words()
    out = []
    for e in ents:
        if e.label_ != "PERSON" or e.id_:
            out.append(e)
            continue
        # a common word: used in lower case elsewhere, or a plural noun or adjective the parser read in a phrase
        if len(e) == 1 and e.text not in surnames and e[0].is_title and e[0].pos_ != "PROPN" and \
                (e[0].lower_ in lower or e[0].tag_ in ("NNS", "JJ") and e.end < len(doc) and
                 doc[e.end].pos_ in ("ADP", "CCONJ", "NOUN", "ADJ")) and e[0].lower_ not in first_names() and \
                (e[0].is_sent_start or e.start == 0 or doc[e.start - 1].is_punct or doc[e.start - 1].is_space):
            continue  # 'Strikes on Russian territory …', '“Continuous and stable relations …': a word opening a sentence
        if len(e) == 1 and e.text not in surnames and e.start > 0 and doc[e.start - 1].lower_ == "the" and \
                e[0].lower_ in lower:
            continue  # 'The Left denounced him': a camp the article also writes as a word ('left'), no one's name
        if e[0].lower_ in not_a_name() and e[0].is_title:
            if len(e) == 1:
                continue  # 'Photograph: Mikhail Klimentyev/RIA Novosti': the credit's label
            e = Span(doc, e.start + 1, e.end, label="PERSON")  # 'Follow Julie Pace at http://twitter.com/…'
        if len(e) > 1 and all(t.lower_.rstrip(".") in roles_only for t in e):
            continue  # "Raisi's Deputy Chief of Staff": a role, no name (a lone 'King' may be Angus King's surname)
        slash = next((t.i for t in e if t.text == "/"), None)
        if slash is not None:
            if not any(t.is_alpha for t in doc[e.start:slash]):
                continue
            e = Span(doc, e.start, slash, label="PERSON")
        if e[0].text.startswith("/") or e[-1].text.endswith("/"):
            continue  # '/Leningrad Region/', a TASS dateline
        if e[-1].text == "Read" and e.end < len(doc) and doc[e.end].lower_ == "more":
            if len(e) == 1:
                continue
            e = Span(doc, e.start, e.end - 1, label="PERSON")
        start, end = e.start, e.end
        while end > start and _not_a_word(doc[end - 1]):
            end -= 1  # 'Tom Steyer 3 3', 'Christie 01:56', 'Gregory Krieg pic.twitter.com/…': a poll row, a clip
        while start < end and _not_a_word(doc[start]):
            start += 1  # '✓ Andrew Yang'
        if start == end:
            continue
        if (start, end) != (e.start, e.end) and any(t.is_upper and len(t) >= 3 for t in doc[start:end]):
            out.append(Span(doc, e.start, e.end, label="ORG"))  # 'KTVU Fox 2': a station, not a poll row
            continue
        e = Span(doc, start, end, label="PERSON")
        if any(any(c.isdigit() for c in t.text) for t in e):
            out.append(Span(doc, e.start, e.end, label="PRODUCT"))  # 'S-400s', 'Adrian Darya-1'
            continue
        if e[-1].lower_ in work_words():
            out.append(Span(doc, e.start, e.end, label="LAW"))
            continue
        out.append(e)
    return out


def _of_place(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation cut before ``of <place>`` (the Spiritual Administration of Muslims ``of Russia``)
    takes the place in: the model often stops at the second ``of``."""
    by_start = {e.start: e for e in ents}
    out, skip = [], set()
    for e in ents:
        if e.start in skip:
            continue
        place = by_start.get(e.end + 1)
        if e.label_ == "ORG" and not e.id_ and e.end < len(doc) and doc[e.end].lower_ == "of" \
                and place is not None and place.label_ == "GPE" and len(e) >= 3:
            out.append(Span(doc, e.start, place.end, label="ORG"))
            skip.add(place.start)
            continue
        out.append(e)
    return [e for e in out if e.start not in skip or e.label_ == "ORG"]


def _facilities(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place name followed by a facility noun (``Bushehr nuclear power plant``) is a FAC."""
    out = []
    words = facility_words()
    for e in ents:
        if e.label_ in ("GPE", "LOC", "ORG", "FAC") and not e.id_:
            j = e.end
            while j < len(doc) and doc[j].pos_ in ("ADJ", "NOUN") and doc[j].text.lower() not in words and j - e.end < 3:
                j += 1
            if j < len(doc) and doc[j].text.lower() in words:
                out.append(Span(doc, e.start, j + 1, label="FAC"))
                continue
        out.append(e)
    return out


# ---------------------------------------------------------------- mentions of one article

@dataclass
class Mention:
    text: str
    label: str
    start: int  # offsets in doc.text
    end: int
    sentence_id: int
    key: str = ""  # article-level identity, linked corpus-wide later
    name: str = ""
    descriptions: list[str] = field(default_factory=list)
    holders: tuple[str, ...] = ()  # a title's mention: every person of the article who holds it


def strip_honorifics(name: str) -> str:
    """``Ayatollah Sayyid Ebrahim Raisi`` → ``Ebrahim Raisi``; possessive ``'s`` and a leading description
    ('Spokeswoman Gillian Christensen') dropped."""
    words = re.sub(r"[’']s$", "", name.strip()).split()
    hon, described = honorifics(), person_nouns()
    while words and not any(ch.isalnum() or ch == "@" for ch in words[0]):
        words.pop(0)  # '— David French' signing a quote
    while True:
        if len(words) > 3 and " ".join(words[:2]).lower() in hon | described:
            del words[:2]  # 'Grand Ayatollah Ali Sistani', 'Crown Prince Mohammed bin Salman'
        elif len(words) > 1 and words[0].lower().rstrip(".").removeprefix("then-").removeprefix("ex-") in hon or \
                len(words) > 2 and words[0].lower() in described:
            words.pop(0)  # also 'Then-Rep. Tom Tancredo', 'Billionaire T. Boone Pickens', not 'Prince Andrew'
        else:
            return " ".join(words)


def _clean_name(text: str) -> str:
    text = re.sub(r"^(?:the|The)\s+", "", text.strip())
    text = re.sub(r"\s[\"“][^\"“”]{1,30}[\"”]\s", " ", text)  # 'Jesse "The Body" Ventura' is Jesse Ventura
    return re.sub(r"[’']s$", "", text).strip()


def name_suffixes() -> set[str]:
    """Generational suffixes (Jr., Sr., III): they make a different person of the same name."""
    return set(_words()["name_suffix"])


def _split_suffix(words: list[str]) -> tuple[list[str], str]:
    """A name's words without a trailing generational suffix, and the suffix ('' if none)."""
    suffix = ""
    while len(words) > 1 and words[-1].lower().strip(".,") in name_suffixes():
        suffix, words = words[-1].lower().strip(".,"), words[:-1]
    return [w.rstrip(",") for w in words], suffix


def _suffix(name: str) -> str:
    return _split_suffix(name.split())[1]


def _surname(name: str) -> str:
    words = _split_suffix(name.split())[0]
    return words[-1] if words else name


def describe(ent: Span) -> list[str]:
    """Descriptions of a named person: appositions (``X, an analyst at Y,``) and pre-modifiers
    that carry a role (``Russian President`` X, ``The head of Russia's Center …`` X)."""
    doc = ent.doc
    found = []
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.ent_type_ != "PERSON" \
                and _heads_person_noun(doc[child.left_edge.i: child.i + 1]):
            span = doc[child.left_edge.i: child.right_edge.i + 1]
            text = span.text.strip(" ,;")
            if 1 <= len(text.split()) <= 25:
                found.append(text)
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start and head.ent_type_ != "PERSON" and _heads_person_noun(doc[head.i:head.i + 1]):
        # 'this Russian lawyer, Natalia Veselnitskaya', 'his secretary of state, Rex Tillerson' (the role's 'of' too)
        found.append(doc[head.left_edge.i: ent.start].text.strip(" ,;"))
    pre = _premodifier(doc, ent)
    if not pre and (name := _past_title(ent)) is not None:
        pre = _premodifier(doc, name, ent.start)  # 'Crown Prince' of 'Crown Prince Mohammed bin Salman'
        if all(w.lower().rstrip(".") in honorifics() for w in pre.split()):
            pre = ""  # 'Ayatollah Sayyid' of 'Ayatollah Sayyid Ebrahim Raisi': a form of address, no title
    if pre:
        found.append(pre)
    if (office := _honorific_office(doc, ent)):
        found.append(office)
    return found


def _past_title(ent: Span) -> Span | None:
    """A name the model typed with its title ('Crown Prince Mohammed bin Salman'), without the title: the title
    before it then describes it like one outside the name."""
    name = strip_honorifics(ent.text)
    at = ent.text.rfind(name) if name != ent.text else -1
    return ent.doc.char_span(ent.start_char + at, ent.end_char) if at > 0 else None


def _honorific_office(doc: Doc, ent: Span) -> str:
    """The office an honorific names, with the place before it: ``Washington Gov. Jay Inslee`` is
    described as ``Washington governor``, so 'the governor' later can be resolved to him, and ``Lt. Gov. Kim
    Guadagno`` as ``lieutenant governor``, who is not."""
    offices = honorific_roles()

    def office(t: Token) -> str:
        return offices.get(t.lower_.rstrip("."), "") if t.text[:1].isupper() else ""

    for i in (ent.start, ent.start - 1):
        if 0 <= i < ent.end - 1 and office(doc[i]):
            lo, hi = i, i  # 'Lt. Gov.': every office word in the run
            while lo > 0 and office(doc[lo - 1]):
                lo -= 1
            while hi + 1 < ent.end - 1 and office(doc[hi + 1]):
                hi += 1
            words = [office(t) for t in doc[lo:hi + 1]]
            before = doc[lo - 1] if lo > 0 and doc[lo - 1].ent_type_ in ("GPE", "NORP") else None
            return " ".join(([before.text] if before is not None else []) + words)
    return ""


_PREP = {"of", "for", "at", "to", "'s", "’s", "the"}


def _premodifier(doc: Doc, ent: Span, own: int | None = None) -> str:
    """The role phrase right before a name: scanning left from the name, the nearest role or person
    noun, the phrase it heads (``President of the Islamic Republic of Iran``) and the modifiers
    attached to it (``Russian`` President); never across a preposition that governs the name
    (``spokesman for`` Russian President X). own: where the model's name span began, when it took in the title."""
    nouns = person_nouns()
    own = ent.start if own is None else own
    i = ent.start - 1
    while i >= 0 and (doc[i].tag_ == "HYPH" and not doc[i].whitespace_ or  # 'President-elect Donald Trump'
                      not doc[i].is_punct and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "NUM")) \
            and (i >= own or doc[i].ent_type_ not in ("PERSON", "DATE", "CARDINAL")):
        if doc[i].lower_ in nouns or doc[i].lemma_.lower() in nouns:
            break
        if doc[i].pos_ in ("DET", "ADP") and doc[i].lower_ not in _PREP:
            return ""
        i -= 1
    else:
        return ""
    if i < 0 or not (doc[i].lower_ in nouns or doc[i].lemma_.lower() in nouns):
        return ""
    head = i
    start = head
    while start - 1 >= 0 and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN", "PART") and not doc[start - 1].is_punct \
            and (start - 1 >= own or doc[start - 1].ent_type_ not in ("PERSON", "DATE")) and \
            ent.end > doc[start - 1].head.i > start - 1:
        start -= 1
    while (before := hyphened_before(doc[start])) is not None:
        start = before.i  # 'Vice-President Mike Pence': the word before the hyphen is the title's too
    if start - 1 >= 0 and doc[start - 1].lower_ in ("'s", "’s") and start - 2 >= 0 and doc[start - 2].ent_type_ in ("GPE", "ORG", "NORP"):
        start -= 2  # Iran's Supreme Leader, Saudi Arabia's King
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    text = doc[start: ent.start].text.strip()
    return text if text and doc[ent.start - 1].pos_ != "ADP" else ""


def _heads_person_noun(span: Span) -> bool:
    """Does the phrase name a kind of person (``an analyst``, ``Russian President``, ``head of``)?"""
    nouns = person_nouns()
    return any(t.lower_ in nouns or t.lemma_.lower() in nouns for t in span)


def _title_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    role_words = [w for w in roles() if " " not in w]
    mods = {"POS": {"IN": ["ADJ", "PROPN", "NOUN"]}, "OP": "*"}
    matcher.add("TITLE", [
        [{"LOWER": "the"}, mods, {"LOWER": {"IN": role_words}}],
        # 'the vice-president': the tokenizer splits the hyphen off, and the lesser word makes it another role
        [{"LOWER": "the"}, mods, {"LOWER": {"IN": LESSER.split("|")}}, {"ORTH": "-"}, {"LOWER": {"IN": role_words}}],
    ], greedy="LONGEST")
    return matcher


_MATCHERS: dict[int, Matcher] = {}


def title_matcher(vocab) -> Matcher:
    """The title matcher of a vocabulary, made on first use (the pipeline makes it when it loads,
    outside any memory zone, so the strings of its patterns stay in the vocabulary)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = _MATCHERS[id(vocab)] = _title_matcher(vocab)
    return matcher


def _titles(doc: Doc) -> list[Span]:
    """``the Iranian President``, ``The IRI leader``: a role noun after ``the``, not followed by a name."""
    spans = []
    for _, s, e in title_matcher(doc.vocab)(doc):
        if e + 1 < len(doc) and doc[e].tag_ == "HYPH" and doc[e + 1].is_alpha and doc[e].whitespace_ == "":
            e += 2  # 'the president-elect': another role, which its holder's description must name
        elif e < len(doc) and (doc[e].pos_ == "PROPN" or doc[e].lower_ == "of"):
            continue
        spans.append(doc[s:e])
    return filter_spans(spans)


def _country_of(words: list[str]) -> str:
    dem = demonyms()
    for w in words:
        if w in dem:
            return dem[w]
        for country, names in country_words().items():
            if w.lower() in names:
                return country
    return ""


LESSER = "vice|deputy|assistant|lieutenant"  # before a role word, another role: 'vice president', 'deputy minister', 'lieutenant governor'


def lesser(words) -> list[str]:
    """The words of a title that make it another role ('vice' in 'the vice president'), which its holder's
    description must then have too."""
    return [t.lower_ for t in words if t.lower_ in LESSER.split("|")]


def _holds(description: str, role: str, country: str, required: list[str]) -> bool:
    """Does a person described so hold ``role`` (of ``country``)? The role must head the description
    (an "envoy of the Russian president" is no president) and every other qualifier of the title
    (``foreign`` minister, ``press`` secretary) must be in it."""
    desc = description.lower()
    head = re.split(r"\b(?:of|for|to|at|in|with|under)\b", desc, maxsplit=1)[0]
    means = roles().get(role, [role])
    said = {w.lower() for w in required} | {w for m in means for w in m.split()}
    # a role named with 'of' must open the description: 'U.S. Secretary of State' is a diplomat
    opens = any(" of " in m and re.match(rf"(?:\S+\s+)?{re.escape(m)}\b", desc) for m in means)
    # the role itself, not an owner ("the president's top personal lawyer" is no president; "Slovak Prime Minister’s"
    # before "Robert Fico’s visit" is)
    # nor a hyphenated other role ('President-elect Trump' is no 'the president'), unless the title names it too
    suffix = "|".join(re.escape(w.lower()) for w in required) or "(?!)"
    if not opens and not any(re.search(rf"\b{re.escape(m.split()[-1])}\b(?!['’]s\s+\w)(?!-(?!(?:{suffix})\b)\w)", head) and not any(
            w not in said for w in re.findall(rf"\b({LESSER})[\s-]+(?:\S+\s+)?{re.escape(m.split()[-1])}\b", head)) for m in means):
        return False  # 'Vice President Mike Pence' is no 'the president'
    if any(not re.search(rf"\b{re.escape(w.lower())}\b", desc) for w in required):
        return False
    # word edges, not \b: 'U.S.' ends on a point ('u.s. secretary of state')
    return not country or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", desc) for w in country_words()[country])


def article_mentions(doc: Doc) -> list[Mention]:
    """Every entity mention of one parsed article, with an article-level identity ``key``."""
    sent_ids = {}
    for k, sent in enumerate(doc.sents):
        for t in sent:
            sent_ids[t.i] = k
    mentions: list[Mention] = []
    persons: list[tuple[Mention, Span]] = []
    gaz_names = {e["id"]: e["name"] for e in gazetteer()}
    honorific: dict[int, str] = {}  # mention start -> the gender its 'Ms.' or 'Mr.' tells
    for ent in doc.ents:
        m = Mention(ent.text, ent.label_, ent.start_char, ent.end_char, sent_ids.get(ent.start, 0))
        if ent.label_ == "PERSON":
            m.name = gaz_names.get(ent.id_) or strip_honorifics(_clean_name(ent.text))
            m.key = f"gaz:{ent.id_}" if ent.id_ else ""
            if (hon := _honorific_gender(doc, ent)) is not None:
                honorific[m.start] = hon
                if ent.id_ and _given_gender(m.name) not in (None, hon):
                    # 'Ms. Trump' is not the gazetteer's Donald Trump: a woman of the article named Trump
                    m.name, m.key = strip_honorifics(_clean_name(ent.text)), ""
            if junior := _junior(doc, ent):
                m.name, m.key = junior, ""  # 'the younger Trump' is Donald Trump Jr., not the gazetteer's father
            elif couple := _shared_surname(doc, ent):
                m.name, m.key = couple, ""  # 'Fred' of 'Fred and Cindy Warmbier'
            m.descriptions = describe(ent)
            persons.append((m, ent))
        elif ent.id_:
            m.key = f"gaz:{ent.id_}"
            m.name = gaz_names.get(ent.id_, ent.text)
        else:
            m.name = _clean_name(ent.text)
            m.key = f"{ent.label_}:{_norm(m.name)}"
        mentions.append(m)
    _cluster_persons([m for m, _ in persons], honorific)
    _link_acronyms(doc, mentions)
    _link_initials(doc, mentions)
    mentions += _resolve_titles(doc, mentions, sent_ids)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _junior(doc: Doc, ent: Span) -> str:
    """The Jr. (or II) the article names with this bare surname, for 'the younger Trump', or for 'Trump' in an
    article that calls the father 'Donald Trump Sr.'; else ''."""
    same = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 2 and e[-2].lower_ == ent.root.lower_]
    suffixes = {e[-1].lower_.strip(".") for e in same}
    younger = any(t.dep_ == "amod" and t.lower_ == "younger" for t in ent.root.children)
    if not (younger or (len(ent) == 1 and "sr" in suffixes)):
        return ""
    junior = [e for e in same if e[-1].lower_.strip(".") in (("jr", "ii") if younger else ("jr",))]
    return strip_honorifics(_clean_name(junior[0].text)) if junior else ""


def _honorific_gender(doc: Doc, ent: Span) -> str | None:
    """The gender a 'Ms.', 'Mrs.' or 'Mr.' right before (or opening) a name tells, if any."""
    words = gendered_honorifics()
    for t in ([doc[ent.start - 1]] if ent.start > 0 else []) + [ent[0]]:
        if (g := words.get(t.lower_.rstrip("."))) is not None:
            return g
    return None


def _given_gender(name: str) -> str | None:
    """The usual gender of a full name's given name (claims.given_name_gender), if known."""
    words = name.split()
    return given_name_gender(words[0]) if len(words) >= 2 else None


def _cluster_persons(persons: list[Mention], honorific: dict[int, str] | None = None) -> None:
    """Within an article: full names are people; a surname (or a variant of it) joins its full name, never one
    whose given name is of the other gender than its honorific ('Ms. Trump' joins Ivanka, not Donald)."""
    honorific = honorific or {}
    clusters: list[dict] = []  # {"name": full name, "key": identity}
    for m in persons:  # gazetteer people first: their variants join them
        if m.key and not any(c["key"] == m.key for c in clusters):
            clusters.append({"name": m.name, "key": m.key, "fixed": True})
    names = {m.name for m in persons}
    for m in persons:
        if m.key or not _name_parts(m.name)[0] or _norm(m.name).split()[0] in surname_particles() and \
                any(n.endswith(" " + m.name) for n in names):
            continue  # a surname alone ('Le Pen', 'De Maiziere', 'Van Hollen' beside Chris Van Hollen) joins below
        for c in clusters:
            if c.get("fixed") and _suffix(c["name"]) != _suffix(m.name):
                continue  # the gazetteer's Donald Trump is not Donald Trump Jr.
            if len(c["name"].split()) >= 2 and same_person(c["name"], m.name):
                m.key = c["key"]  # the first full form stays the name (later ones may be scraped junk)
                break
        else:
            clusters.append({"name": m.name, "key": f"PERSON:{_norm(m.name)}"})
            m.key = clusters[-1]["key"]
    starts: dict[str, list[int]] = {}
    for m in persons:
        if m.key:
            starts.setdefault(m.key, []).append(m.start)
    for m in persons:
        if m.key:
            continue
        # 'Trump Jr.' is only one whose full name has that suffix
        fits = [c for c in clusters if (not _suffix(m.name) or _suffix(c["name"]) == _suffix(m.name)) and
                _given_gender(c["name"]) in (None, honorific.get(m.start, _given_gender(c["name"])))]
        scored = sorted(((max(similar(_surname(m.name), _surname(c["name"])), similar(m.name, c["name"].split()[0]) * 0.9), c)
                         for c in fits), key=lambda x: -x[0])
        if scored and scored[0][0] >= SURNAME_SIMILARITY and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            m.key = scored[0][1]["key"]
        elif scored and scored[0][0] >= SURNAME_SIMILARITY and not any(
                similar(_surname(m.name), _surname(c["name"])) >= SURNAME_SIMILARITY for _, c in scored):
            # a family name said first ('Kim' after Kim Jong Un and Kim Myong Gil): the one named last before it
            tied = [c for score, c in scored if score == scored[0][0]]
            before = [(max(x for x in starts.get(c["key"], []) if x < m.start), c["key"]) for c in tied
                      if any(x < m.start for x in starts.get(c["key"], []))]
            m.key = max(before)[1] if before else f"PERSON:{_norm(m.name)}"
        elif (main := _dominant(scored, starts, m.start)) is not None:
            m.key = main  # 'Couch' after Ethan Couch (named 7 times) and his mother Tonya Couch (twice): Ethan
        else:
            m.key = f"PERSON:{_norm(m.name)}"
    names = {c["key"]: _majority_spelling(c["name"], [m.text for m in persons if m.key == c["key"]]) for c in clusters}
    for m in persons:
        m.name = names.get(m.key, m.name)


def _majority_spelling(name: str, texts: list[str]) -> str:
    """'Recep Tayyip Erogdan' once and 'Erdogan' six times: the name takes the surname as the article mostly spells
    it (a typo in the one full form must not become the person's name; a transliteration stays as first given)."""
    words = name.split()
    if len(words) < 2 or _suffix(name):
        return name
    spelled = Counter(t.split()[-1] for t in texts if t.split())
    best, n = max(spelled.items(), key=lambda kv: kv[1]) if spelled else (words[-1], 0)
    if best != words[-1] and n >= 2 * spelled.get(words[-1], 0) and n >= 3 and _typo(best, words[-1]):
        return " ".join(words[:-1] + [best])
    return name


def _typo(a: str, b: str) -> bool:
    """Two letters swapped ('Erogdan') or one doubled ('McAlleenan'): a slip, not a transliteration (Galibaf)."""
    def undoubled(w: str) -> str:
        return re.sub(r"(.)\1", r"\1", w.lower())

    return a[:1].lower() == b[:1].lower() and (sorted(a.lower()) == sorted(b.lower()) or undoubled(a) == undoubled(b))


def _dominant(scored: list, starts: dict[str, list[int]], pos: int) -> str | None:
    """Of several people sharing a surname, the one a bare surname means: named before it, and at least twice as
    often as each of the others (the article's subject, not a relative named once or twice); none with Jr./Sr."""
    tied = [c for score, c in scored if score == scored[0][0]]
    if len(tied) < 2 or scored[0][0] < SURNAME_SIMILARITY or any(_suffix(c["name"]) for c in tied):
        return None
    counts = sorted(((len(starts.get(c["key"], [])), c["key"]) for c in tied), reverse=True)
    (n, key), runner_up = counts[0], counts[1][0]
    named_before = any(x < pos for x in starts.get(key, []))
    return key if n >= 2 and n >= 2 * runner_up and named_before else None


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


def same_person(a: str, b: str) -> bool:
    """Two full names of one person: similar surnames and similar first names, or the given
    names of one among the other's (``Tayyip Erdogan`` and ``Recep Tayyip Erdogan``). A surname's particles
    and hyphenated parts belong to it: Jean-Marie Le Pen, Marine Le Pen and Marion Maréchal-Le Pen are three."""
    (a_given, a_family, a_suffix), (b_given, b_family, b_suffix) = _name_parts(a), _name_parts(b)
    if a_suffix and b_suffix and a_suffix != b_suffix:
        return False  # Donald Trump Jr. and Donald Trump Sr.
    if not a_family or not b_family or similar(a_family[-1], b_family[-1]) < SURNAME_SIMILARITY or \
            len(a_family) != len(b_family):
        return False
    if a_given and b_given and similar(a_given[0], b_given[0]) >= FULLNAME_SIMILARITY:
        return True
    # 'Van Hollen' is among 'Chris Van Hollen'
    return any(given and all(w in before for w in given)
               for given, before in ((a_given, _before_family(b)), (b_given, _before_family(a))))


def _before_family(name: str) -> list[str]:
    """The words before a name's surname proper, particles included ('chris', 'van' in Chris Van Hollen)."""
    words, _ = _split_suffix(name.split())
    return [w for word in words[:-1] for w in _norm(word).split()]


def _name_parts(name: str) -> tuple[list[str], list[str], str]:
    """Given names (a hyphenated one kept whole), the surname's words without particles, and the suffix. A
    particle that opens the name is a given name where it can be one ('Al Gore', 'Van Jones', not 'Le Pen')."""
    words, suffix = _split_suffix(name.split())
    i = len(words) - 1
    particles = surname_particles()
    while i > 0 and (last := _norm(words[i - 1]).split()[-1:]) and last[0] in particles and \
            (i > 1 or not particles[last[0]] or words[0][:1].islower()):
        i -= 1  # 'Le' in 'Marine Le Pen', 'Maréchal-Le' in 'Marion Maréchal-Le Pen', 'bin' in 'Bin Laden'
    family = [w for w in _norm(" ".join(words[i:])).split() if w not in particles]
    return [_norm(w).replace(" ", "-") for w in words[:i]], family, suffix


# an acronym introduced after its long form: '(FMES)', ', also known as MBS'
ACRONYM_INTRO = re.compile(r"\(\s*([A-Z][A-Z0-9&.-]{1,9})\s*\)|(?<=[a-z]),? (?:also |better |widely |commonly )?"
                           r"known as ([A-Z][A-Z0-9&.-]{1,9})(?![\w-])")


def _link_acronyms(doc: Doc, mentions: list[Mention]) -> None:
    """``Mediterranean Foundation of Strategic Studies (FMES)``, ``Mohammed bin Salman, also known as MBS``: the
    acronym is the long form."""
    by_end = {m.end: m for m in mentions if m.label not in VALUE_LABELS}
    acronyms: dict[str, Mention] = {}
    text = doc_text(doc)  # spaCy rebuilds doc.text on every access; cached for this Doc
    for m in ACRONYM_INTRO.finditer(text):
        g = 1 if m[1] else 2
        long = None
        for end in range(m.start(), max(m.start() - 3, -1), -1):
            if end in by_end:
                long = by_end[end]
                break
        if long is None or not _acronym_fits(m[g], long.name):
            continue
        acronyms[m[g]] = long
        if not any(x.start == m.start(g) for x in mentions):
            mentions.append(Mention(m[g], long.label, m.start(g), m.end(g), _sent_of(doc, m.start(g))))
    if not acronyms:
        return
    for acr in acronyms:
        for m in re.finditer(rf"(?<![\w.-]){re.escape(acr)}(?![\w-])", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(acr, acronyms[acr].label, m.start(), m.end(), _sent_of(doc, m.start())))
    for x in mentions:
        if x.text in acronyms and x is not acronyms[x.text]:
            long = acronyms[x.text]
            x.key, x.name, x.label = long.key, long.name, long.label


INITIALS_LABEL = re.compile(r"([A-Z]{2,3}):\s")


def _link_initials(doc: Doc, mentions: list[Mention]) -> None:
    """'MN: …' answering, paragraph after paragraph, in an interview with Marion Nestle: a speaker label used more
    than once that spells the initials of one person of the article is that person."""
    text = doc_text(doc)
    at = defaultdict(list)
    for ps, _ in paragraphs(text):
        if m := INITIALS_LABEL.match(text, ps):
            at[m[1]].append(ps)
    people = defaultdict(set)
    for m in mentions:
        if m.label == "PERSON" and m.key and len(words := m.name.split()) >= 2:
            people["".join(w[0] for w in words)].add((m.key, m.name))
            people[words[0][0] + words[-1][0]].add((m.key, m.name))
    for label, starts in at.items():
        if len(starts) < 2 or len(people.get(label, ())) != 1:
            continue
        (key, name), = people[label]
        mentions[:] = [x for x in mentions if x.start not in starts]  # 'MN' is no Minnesota here
        mentions += [Mention(label, "PERSON", ps, ps + len(label), _sent_of(doc, ps), key=key, name=name)
                     for ps in starts]


def _acronym_fits(acronym: str, long: str) -> bool:
    """The acronym's letters are mostly the long form's initials, in any order (it may abbreviate
    the name in another language: FMES for the Mediterranean Foundation of Strategic Studies)."""
    initials = Counter(w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper())
    letters = Counter(re.sub(r"[^A-Z]", "", acronym))
    shared = sum((letters & initials).values())
    return sum(letters.values()) >= 2 and shared >= max(2, round(sum(letters.values()) * 2 / 3))


def _sent_of(doc: Doc, char: int) -> int:
    for k, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return k
    return 0


def _title_terms(modifiers: list) -> tuple[str, list[str]]:
    """A title's country and the qualifiers its holder's description must carry (``foreign`` minister)."""
    country = _country_of([t.text for t in modifiers])
    required = [t.text for t in modifiers if not _country_of([t.text]) and not (t.pos_ == "ADJ" and t.is_lower)]
    return country, required


def title_holder(title: Span, mentions: list[Mention]) -> str:
    """The key of the one person of the article described as holding ``title`` (``Iran's foreign
    minister`` when only Zarif is so described, even further down), else ""."""
    role = title.root  # the role must head the phrase: "Theresa May's office" holds no title
    if role.lower_ not in roles():
        return ""
    country, required = _title_terms([t for t in title[:role.i - title.start]
                                      if t.pos_ not in ("DET", "PRON") and t.tag_ != "POS" and not t.is_punct])
    of = of_phrase(role, title.end)
    country = country or _country_of([t.text for t in of])  # 'the deputy foreign minister of Syria'
    required += body_names(of)
    required += lesser(title)  # 'the deputy foreign minister' is a deputy's title
    people = [m for m in mentions if m.label == "PERSON" and m.key]
    keys = {m.key for m in role_holders(people, lambda m: m.descriptions, role_word(role), country, required,
                                        body=heads_body(role))}
    return keys.pop() if len(keys) == 1 else ""


def of_phrase(role: Token, end: int | None = None) -> list[Token]:
    """The words of a title's 'of' phrase ('of the Russian Duma'), up to token ``end``."""
    return [t for c in role.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
            if end is None or t.i < end]


def body_names(of: list[Token]) -> list[str]:
    """The body a title's 'of' phrase names, which the holder's description must name too ('the head of the Russian
    Duma', 'the president of the Minneapolis police union'); a country is not a body."""
    return [t.text for t in of if t.pos_ == "PROPN" and not _country_of([t.text])]


def heads_body(role: Token) -> str:
    """The body a title heads, named by a common noun ('group' of 'the president of the group', 'union' of 'the
    president of the Minneapolis police union'), else "". Its holder is then one described as heading something
    (see heads_something), never a country's ('U.S. President Donald Trump')."""
    return next((o.lemma_.lower() for t in role.children if t.dep_ == "prep" and t.lower_ == "of"
                 for o in t.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not _country_of([o.text])), "")


def heads_something(description: str, body: str) -> bool:
    """Is a description one of heading a body ('president of the White House Correspondents’ Association',
    'Minneapolis police union president' for the body 'union')?"""
    return re.search(rf"\b(?:of|for|at|{re.escape(body)})\b", description.lower()) is not None


def role_holders(people: list, descriptions, word: str, country: str, required: list[str], body: str = "") -> list:
    """The people whose descriptions (``descriptions(person)``) hold the role of that country; when none does, those
    holding it with no country in the description ('Iran's foreign minister' where the one foreign minister is
    'Foreign Minister Mohammad Javad Zarif'; one described as of another country, 'the Iranian president, Hassan
    Rouhani', is no rival). body: only those described as heading something (see heads_body)."""
    if body:
        return [p for p in role_holders(people, descriptions, word, country, required)
                if any(heads_something(d, body) for d in descriptions(p))]
    held = [p for p in people if any(_holds(d, word, country, required) for d in descriptions(p))]
    if held or not country:
        return held
    return [p for p in people if any(_holds(d, word, "", required) and not _country_of(d.split()) for d in descriptions(p))]


def _argument_of(tok: Token) -> Token | None:
    """The verb a noun is subject or object of, directly or through a preposition ('The president met with
    Putin'); None for a noun that describes, owns or joins another ('Romney became the first senator')."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def _resolve_titles(doc: Doc, mentions: list[Mention], sent_ids: dict[int, int]) -> list[Mention]:
    """``the Iranian President`` → the person of this article whose description holds that role."""
    people: dict[str, dict] = {}
    for m in mentions:
        if m.label == "PERSON" and m.key:
            p = people.setdefault(m.key, {"name": m.name, "descriptions": [], "positions": []})
            p["descriptions"] += m.descriptions
            p["positions"].append(m.start)
    out = []
    for span in _titles(doc):
        k = len(span) - 1 if span[-1].lower_ in roles() or len(span) < 3 else len(span) - 3
        role = span[k].lower_
        modifiers = [t for t in span[1:k] if not t.is_punct]  # 'vice' of 'the vice-president' without its hyphen
        if any(m.start <= span.start_char < m.end and m.label == "PERSON" for m in mentions):
            continue
        country, required = _title_terms(modifiers)
        required += lesser(modifiers)  # 'the vice president' (an adjective here) is no president
        required += [t.lower_ for t in span[k + 1:] if not t.is_punct]  # 'elect' of 'the president-elect'
        candidates = [(k, p) for k, p in people.items()
                      if any(_holds(d, role, country, required) for d in p["descriptions"])]
        # 'The president met with Putin': a person named in the title's own clause is someone else
        verb = _argument_of(span.root)
        others = {m.key for m in mentions if m.label == "PERSON" and m.sentence_id == sent_ids.get(span.start, 0)
                  and (other := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                  and verb is not None and _argument_of(other.root) == verb}
        if len(candidates) > 1 and any(k not in others for k, _ in candidates):
            candidates = [(k, p) for k, p in candidates if k not in others]
        if not candidates:
            continue
        before = [(max(x for x in p["positions"] if x < span.start_char), k, p) for k, p in candidates
                  if any(x < span.start_char for x in p["positions"])]
        key, p = (max(before)[1:] if before else candidates[0])
        out.append(Mention(span.text, "PERSON", span.start_char, span.end_char, sent_ids.get(span.start, 0),
                           key=key, name=p["name"], holders=tuple(k for k, _ in candidates)))
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _norm(name)).strip("-") or "x"
