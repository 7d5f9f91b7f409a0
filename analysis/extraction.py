"""The NLP pass over articles: parse in batches with ``nlp.pipe``, extract per article, map offsets.

Everything an article yields (its mention rows and its claim rows) depends only on its text, the
model and the knowledge files, so it is computed here per article and linked corpus-wide after.
"""
from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_mod
from .claims import (INDEFINITE, doc_text, extract_claims, hung_on_preposition, is_collective, modifies_speaker, named_pair,
                     named_with_group, title_words)
from .distributed import records
from .entities import VALUE_LABELS, Mention, article_mentions, honorifics, person_nouns, title_holder
from .offsets import OffsetMap
from .writers import WRITER_KEY

RAW_MENTION_COLUMNS = ["article_id", "text", "label", "start", "end", "sentence", "sentence_id",
                       "text_start", "text_end", "key", "name", "descriptions"]
RAW_CLAIM_COLUMNS = ["article_id", "kind", "speaker_key", "speaker_text", "speaker_start", "speaker_end",
                     "cue", "cue_type", "cue_start", "cue_end", "text", "start", "end"]
# Who can speak: people, and organisations or states named as such ("the Kremlin said").
SPEAKER_LABELS = ("PERSON", "ORG", "GPE")
POSSESSIVE = re.compile(r"['’]s\b")
# ('discussions between Fox and ': a name joined to a preposition's object is that preposition's too)
AFTER_PREPOSITION = re.compile(r"\b(?:to|from|with|about|for|by|on|against|toward|towards|at|between)\s+(?:the\s+)?"
                               r"(?:(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}and\s+(?:the\s+)?)?$", re.I)


def after_preposition(before: str) -> bool:
    """Does the text before a name end in a preposition, perhaps with an honorific or a capitalised title ('a deputy
    to Mr. ', 'One aide to President ')?"""
    words = before.split()
    if words and (words[-1].lower().rstrip(".") in honorifics() or words[-1].istitle() and words[-1].lower() in title_words()):
        before = before[:before.rstrip().rfind(words[-1])]
    return AFTER_PREPOSITION.search(before) is not None


def speaker_key(mentions: list[Mention], claim: dict, text: str, doc: Doc | None = None) -> str:
    """The article-level entity key of a claim's speaker, or "" when it is a group or uncertain.

    A person mention overlapping the speaker span (a name, or a title resolved to its holder)
    wins; else the mention at the resolved antecedent (a pronoun's person); else an organisation
    or state whose mention is the whole speaker phrase ("the Kremlin", not "the Iranian side").
    """
    def overlapping(start: int, end: int, labels: tuple[str, ...]) -> list[Mention]:
        return [m for m in mentions if m.label in labels and m.start < end and start < m.end and m.key]

    s, e = claim["speaker_start"], claim["speaker_end"]
    a, b = claim.get("antecedent_start", -1), claim.get("antecedent_end", -1)
    span = doc.char_span(s, e, alignment_mode="expand") if doc is not None and s is not None and s >= 0 else None
    if span is not None and (is_collective(span.root) or span.root.tag_ == "NNS"):
        lead = named_with_group(span.root, [x for x in doc.ents if x.label_ == "PERSON"])
        if lead is None and is_collective(span.root):
            return ""  # 'the Trump administration', 'Russia and other Union members': a group
        if lead is not None:  # 'Lawmakers and Mr. Trump agreed', 'Bundy and law enforcement officials declined'
            return next((m.key for m in overlapping(lead.start_char, lead.end_char, ("PERSON",))), "")
    if span is not None and named_pair(span.root):
        e = min(e, span.root.idx + len(span.root.text))  # 'Pelosi and Schumer said': the one named first
    if s is not None and s >= 0:
        # "the message to Putin" is not Putin speaking: a person after a preposition is not the speaker
        people = [m for m in overlapping(s, e, ("PERSON",)) if not after_preposition(text[s:max(s, m.start)])
                  and not (POSSESSIVE.match(text, m.end) and m.end + 2 < e) and not (span is not None and _modifies(doc, m, span.root))]
        if span is not None and span.root.pos_ == "NOUN" and span.root.lemma_.lower() in person_nouns() | title_words():
            # 'A spokesman for China's Health Commission, Mi Feng, said': the name set beside the phrase is the
            # speaker; 'a spokesman for Gen. Martin Dempsey' is not Dempsey
            people = [m for m in people if not ((t := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                                                and hung_on_preposition(t, span.root))]
        if people:
            best = max(people, key=lambda m: min(m.end, e) - max(m.start, s))
            if span is not None and len({m.key for m in people}) > 1 and \
                    not any(m.start <= span.root.idx < m.end for m in people) and _listed(doc, people):
                best = min(people, key=lambda m: m.start)  # 'testimony by Dan Coats, Mike Rogers, …': the first named
            elif _pair_in_text(text, pair := [m for m in overlapping(s, e, ("PERSON",)) if m.start >= s and
                                              not after_preposition(text[s:m.start])]):
                best = pair[0]  # 'Pence and Defense Secretary Jim Mattis warned' (Pence parsed a modifier): Pence
            # 'Trump told Xi … “…,” the president said': of two presidents, the one the story follows
            chosen = [m.key for m in overlapping(a, b, ("PERSON",))] if a is not None and a >= 0 else []
            if chosen and len(best.holders) > 1 and chosen[0] in best.holders:
                return chosen[0]
            # The person the claim resolved, named before the title in its own paragraph (claims.paragraphs splits at
            # any line break), wins over the title's described holder when that holder
            # - is not yet named (a title mention, 'the president wrote', names no one): '… Donald Trump appeared to
            #   confirm … “…,” the president wrote', where only a past 'President George W. Bush' further down holds
            #   the title (a photo credit's name before a lead's 'The governor called …' is not in its paragraph);
            # - or is not named in this paragraph and is only a body's president: 'Mr. Obama granted … . The president
            #   also vowed', with the union's 'Mary Kay Henry, president of SEIU' far above
            paragraph = text.rfind("\n", 0, s)
            named = [m for m in mentions if m.key == best.key and m.end <= s and not m.holders]
            role = text[best.start:best.end].split()[-1].lower()
            if chosen and best.holders and paragraph < a < s and (not named or chosen[0] not in best.holders and not any(
                    m.start > paragraph for m in named) and _of_body_only(mentions, best.key, role)):
                return chosen[0]
            return best.key
    if a is not None and a >= 0:
        # "Raisi's supporters" (a relative 'who' stands for them) are not Raisi
        people = [m for m in overlapping(a, b, ("PERSON",)) if not (POSSESSIVE.match(text, m.end) and m.end + 2 < b)]
        if people:
            return people[0].key
    if s is not None and s >= 0:
        phrase = text[s:e].strip().lower()
        for m in overlapping(s, e, SPEAKER_LABELS):
            name = m.text.lower().removeprefix("the ").strip()
            if phrase.removeprefix("the ").strip() == name or re.search(rf"\b(?:from|by)\s+(?:the\s+)?{re.escape(name)}$", phrase):
                return m.key  # "the Kremlin", "official information from the Kremlin"
        if span is not None and (a is None or a < 0) and span[0].lower_ not in INDEFINITE:
            return title_holder(span, mentions)  # a title named before its holder ("Iran's foreign minister said")
    return ""


def _pair_in_text(text: str, people: list[Mention]) -> bool:
    """Two people written as a pair, only 'and' and a capitalised title between them ('Pence and Defense Secretary Jim
    Mattis'), however the parser joined them: a joint statement, credited to the first named."""
    if len(people) != 2:
        return False
    first, second = people
    return first.key != second.key and \
        re.fullmatch(r"\s+and\s+(?:[A-Z][\w.-]*\s+)*", text[first.end:second.start]) is not None


def _of_body_only(mentions: list[Mention], key: str, role: str) -> bool:
    """Is the person described with this role only as a body's ('president of the Service Employees International
    Union'), never bare ('President Trump', 'the president')? A bare title may then be someone else's."""
    found = [d.lower() for m in mentions if m.key == key for d in m.descriptions if role in d.lower().split()]
    return bool(found) and all(re.search(rf"\b{re.escape(role)}\s+(?:of|for|at)\b", d) for d in found)


def _listed(doc: Doc, people: list[Mention]) -> bool:
    """Are the later people conjuncts of the first ('Dan Coats, Mike Rogers and Rod Rosenstein'), not a person the
    phrase merely names ('A childhood friend of DeJesus, Kayla Rogers')?"""
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in sorted(people, key=lambda m: m.start)]
    if any(s is None for s in spans):
        return False
    first = spans[0].root

    def joined(tok) -> bool:  # a conjunct of the first, or a name set beside one ('… and former FBI director Andrew McCabe')
        path = [tok]
        while path[-1] != first and path[-1].head != path[-1]:
            path.append(path[-1].head)
        return path[-1] == first and any(t.dep_ == "conj" for t in path[:-1])

    return all(joined(s.root) for s in spans[1:])


def _modifies(doc: Doc, m: Mention, head) -> bool:
    toks = doc.char_span(m.start, m.end, alignment_mode="expand")
    return toks is not None and modifies_speaker(toks.start, toks.end, head)


ROWS = "analysis_rows"  # Doc.user_data key: the rows, computed where the Doc was parsed


def doc_rows(doc: Doc) -> dict:
    """Mention and claim rows of a parsed text, offsets into ``doc.text`` (no article yet)."""
    sents = [s.text for s in doc.sents]
    found = article_mentions(doc)
    mentions = [{
        "text": m.text, "label": m.label, "start": m.start, "end": m.end,
        "sentence": sents[m.sentence_id] if m.sentence_id < len(sents) else "", "sentence_id": m.sentence_id,
        "key": m.key, "name": m.name, "descriptions": "|".join(m.descriptions),
    } for m in found if m.label not in VALUE_LABELS]  # numbers and times are no entities (claims may still name them)
    claims, text = [], doc_text(doc)  # spaCy rebuilds doc.text on every access; the claims pass cached it
    for c in extract_claims(doc):
        key = speaker_key(found, c, text, doc) or (WRITER_KEY if c["writer"] else "")
        row = {"kind": c["kind"], "speaker_key": key, "speaker_text": c["speaker_text"],
               "cue": c["cue"], "cue_type": c["cue_type"], "text": c["text"]}
        for name in ("speaker_start", "speaker_end", "cue_start", "cue_end", "start", "end"):
            row[name] = c[name] if c[name] is not None else -1
        claims.append(row)
    _it_continues(doc, claims, {m.key: m.label for m in found})
    return {"mentions": mentions, "claims": claims, "n_sentences": len(sents)}


IT_REACH = 600  # characters from the last claim's cue within which 'it said' continues its organisation


def _it_continues(doc: Doc, claims: list[dict], labels: dict[str, str]) -> None:
    """'Iran says … But it has said …', 'The U.S. says … , and it accuses Russia …': an 'it' that reports speaks for
    the organisation or state whose claim came just before (a phrase the model tagged as one, so not 'The US Treasury')."""
    last = None
    for row in claims:
        it = doc.char_span(row["speaker_start"], row["speaker_end"]) if row["speaker_text"].lower() == "it" else None
        # the cue's own subject, not 'it strains credulity … to claim', 'It's worth highlighting', 'where it announced'
        if it is not None and not row["speaker_key"] and last is not None and row["cue_type"] == "speech" and \
                it.root.dep_ == "nsubj" and it.root.head.idx == row["cue_start"] and it.root.head.dep_ != "relcl" and \
                0 <= row["cue_start"] - last["cue_end"] <= IT_REACH and it.start_char >= last["end"] and not any(
                    e.label_ in ("ORG", "GPE", "NORP") and
                    max(last["end"], last["cue_end"]) <= e.start_char < min(it.start_char, row["start"])
                    for e in doc.ents):  # not inside what it reported, nor after another state named since
            row["speaker_key"] = last["speaker_key"]
        if row["speaker_text"] and row["cue_start"] >= 0:  # any other speaker in between ('South Korea's military said')
            last = row if labels.get(row["speaker_key"]) in ("ORG", "GPE", "NORP") else None


@Language.component(ROWS)
def rows_component(doc: Doc, slim: bool = False) -> Doc:
    """The extraction as the pipeline's last step, so ``nlp.pipe(n_process=N)`` runs it in the
    worker processes next to the parse. With ``slim`` (the extraction pass) the parsed Doc is
    dropped there and an empty one carries the rows back: no tokens, vectors or parse to ship."""
    rows = doc_rows(doc)
    if slim:
        slim_doc = Doc(doc.vocab, words=[])
        slim_doc._context = doc._context  # nlp.pipe(as_tuples=True) pairs Docs and contexts through it
        doc = slim_doc
    doc.user_data[ROWS] = rows
    return doc


def place_rows(rows: dict, article_id: str, om: OffsetMap, base: int = 0, sentence_base: int = 0) -> dict:
    """Rows of one text (or of the piece of an article starting at ``base`` in its cleaned text)
    as rows of the article: offsets into the original file, sentences numbered article-wide."""
    mentions = []
    for m in rows["mentions"]:
        start, end = om.span(base + m["start"], base + m["end"])
        mentions.append({"article_id": article_id, "text": m["text"], "label": m["label"], "start": start, "end": end,
                         "sentence": m["sentence"], "sentence_id": sentence_base + m["sentence_id"],
                         "text_start": base + m["start"], "text_end": base + m["end"],
                         "key": m["key"], "name": m["name"], "descriptions": m["descriptions"]})
    claims = []
    for c in rows["claims"]:
        row = {"article_id": article_id, **{k: c[k] for k in ("kind", "speaker_key", "speaker_text", "cue", "cue_type", "text")}}
        for s, e in (("speaker_start", "speaker_end"), ("cue_start", "cue_end"), ("start", "end")):
            row[s], row[e] = om.span(base + c[s], base + c[e]) if c[s] >= 0 else (-1, -1)
        claims.append(row)
    return {"mentions": mentions, "claims": claims, "n_sentences": rows["n_sentences"]}


def analyse_doc(doc: Doc, article_id: str, offset_map: str | OffsetMap, base: int = 0,
                sentence_base: int = 0) -> dict[str, list[dict]]:
    """Mention and claim rows of one parsed article (or piece of it), offsets into the original file."""
    om = OffsetMap.from_json(offset_map) if isinstance(offset_map, str) else offset_map
    rows = doc.user_data.get(ROWS) or doc_rows(doc)
    return place_rows(rows, article_id, om, base, sentence_base)


# spaCy's parser needs about 1 GB per 100,000 characters: longer articles are parsed in pieces.
CHUNK_CHARS = 100_000
# Characters in one nlp.pipe batch at most (a longer piece goes alone). A batch's parse memory grows
# faster than its length, so batches of a fixed number of articles made a worker's peak follow the
# longest run of long articles in the corpus (300 news articles in one process, measured: peak 965 MB
# in batches of 32 articles, 534 MB with this bound, in the same time; the rows are the same).
BATCH_CHARS = 60_000
ENGLISH = {"en", "unknown", ""}


def is_english(language: str | None) -> bool:
    """Articles the English pipeline should read: English, or too short or odd to tell."""
    return (language or "") in ENGLISH


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of at most ``limit`` characters, cut at paragraph breaks when
    there are any (else at a line break, else at a space), so no sentence is split needlessly."""
    out, pos, n = [], 0, len(text)
    while n - pos > limit:
        window = text[pos:pos + limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0)
        cut = cut if cut > limit // 4 else limit
        out.append((pos, pos + cut))
        pos += cut
    out.append((pos, n))
    return out


def batches(items: Iterable[tuple[str, tuple]], size: int, chars: int) -> Iterator[list[tuple[str, tuple]]]:
    """Consecutive ``(text, context)`` items in lists of at most ``size`` items and ``chars``
    characters of text (an item longer than that on its own)."""
    batch, n = [], 0
    for item in items:
        if batch and (len(batch) == size or n + len(item[0]) > chars):
            yield batch
            batch, n = [], 0
        batch.append(item)
        n += len(item[0])
    if batch:
        yield batch


def _merge(parts: list[dict]) -> dict[str, list[dict]]:
    if len(parts) == 1:
        return {"mentions": parts[0]["mentions"], "claims": parts[0]["claims"]}
    return {"mentions": [r for p in parts for r in p["mentions"]], "claims": [r for p in parts for r in p["claims"]]}


def analyse(articles: pd.DataFrame | Collection[dict], spacy_model: str = nlp_mod.DEFAULT_MODEL, *,
            batch_size: int = 32, n_process: int = 1) -> Iterator[tuple[str, dict[str, list[dict]]]]:
    """``(article_id, results)`` per article (a table, or records with ``article_id``, ``text`` and
    ``offset_map``), parsing with ``nlp.pipe`` in batches: in order in this process, or with
    ``n_process > 1`` in completion order from a pool of worker processes (:mod:`analysis.pool`),
    each running this function on a batch of articles.

    Articles longer than :data:`CHUNK_CHARS` are parsed piecewise and their rows merged. A batch
    holds at most ``batch_size`` texts and :data:`BATCH_CHARS` characters, and is parsed in its own
    spaCy memory zone, which frees the words and strings it added to the vocabulary once its rows
    are made: memory follows the batch, not the corpus.
    """
    articles = records(articles)
    if n_process != 1:
        from .pool import TASK_ARTICLES, analyse_in_pool

        tasks = -(-len(articles) // min(TASK_ARTICLES, batch_size))
        workers = min(n_process if n_process > 0 else os.cpu_count() or 1, tasks)
        if workers > 1:  # one task (an article added to a cached corpus) parses here: no workers to start
            yield from analyse_in_pool(articles, spacy_model, n_process=workers, batch_size=batch_size)
            return
    nlp = nlp_mod.load(spacy_model)

    def items() -> Iterator[tuple[str, tuple]]:
        for article in articles:
            aid, text, om = article["article_id"], article["text"], article["offset_map"]
            pieces = chunks(text)
            for k, (s, e) in enumerate(pieces):
                yield text[s:e], (aid, om, s, k == len(pieces) - 1)

    parts: list[dict] = []
    sentence_base, current_om = 0, (None, None)
    for batch in batches(items(), batch_size, BATCH_CHARS):
        with nlp.memory_zone():  # Docs must not outlive it: only plain rows leave the block
            for doc, (aid, om, base, last) in nlp.pipe(batch, as_tuples=True, batch_size=batch_size,
                                                       component_cfg={ROWS: {"slim": True}}):
                if current_om[0] is not om and current_om[0] != om:
                    current_om = (om, OffsetMap.from_json(om))
                part = place_rows(doc.user_data.pop(ROWS), aid, current_om[1], base, sentence_base)
                parts.append(part)
                sentence_base += part["n_sentences"]
                if last:
                    yield aid, _merge(parts)
                    parts, sentence_base = [], 0
