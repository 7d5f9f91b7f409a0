"""Corpus-wide entities from the article-level keys of the mentions (entity linking, second half).

Linking reads only a mention's identity (key, label, name, descriptions, text), so it runs on the
distinct identities of a corpus, each with how many mentions it stands for and where it first
occurs: far fewer rows than mentions, gathered as the articles come in. What linking decides
depends on a mention's key, label and name alone, so the mentions get their entity ids afterwards,
part by part (:meth:`Links.assign`), without the whole mentions table in memory.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from .entities import (ENTITY_COLUMNS, MENTION_COLUMNS, VALUE_LABELS, SURNAME_SIMILARITY, _name_parts, _norm, _slug,
                       _surname, _SurnameIndex, gazetteer, same_person, similar)

IDENTITY = ("key", "label", "name", "descriptions", "text")


class Identities:
    """The distinct identities of a corpus's mentions, gathered in any order of articles: for each,
    how many mentions it stands for and the first place (in the tables' order) it occurs."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, ...], list[int]] = {}

    def add(self, place: int, rows: Iterable[Mapping]) -> None:
        """Count ``rows``, the first of them at ``place`` in the tables' order, the others after it."""
        for i, row in enumerate(rows):
            if row["label"] in VALUE_LABELS:  # values are not entities
                continue
            identity = tuple(row[c] for c in IDENTITY)
            counted = self.seen.get(identity)
            if counted is None:
                self.seen[identity] = [1, place + i]
            else:
                counted[0] += 1
                counted[1] = min(counted[1], place + i)

    def ordered(self) -> list[tuple[tuple[str, ...], int]]:
        """``(identity, mentions)`` in order of first occurrence."""
        return [(ident, n) for ident, (n, _first) in sorted(self.seen.items(), key=lambda kv: kv[1][1])]


@dataclass
class Links:
    """What linking decided: the relabelling rules, each (relabelled) key's entity and the entities
    (their ``n_articles`` counted from the mentions, see :meth:`entity_table`)."""

    person_full: set[str]  # full names the corpus calls a person: so is a same-named ORG/GPE
    demoted: dict[str, str]  # one-word "persons" the corpus mostly calls something else → that label
    key_ids: dict[str, str]  # relabelled key → entity id
    entities: list[dict]  # entity rows without n_articles, in order of first mention
    names: dict[str, str]  # entity id → canonical name

    def relabel(self, label: str, key: str, name: str) -> tuple[str, str]:
        """A mention's label and key as the whole corpus sees it."""
        gaz = key.startswith("gaz:")
        if label != "PERSON" and not gaz and (nm := _norm(name)) in self.person_full:
            label, key = "PERSON", f"PERSON:{nm}"
        if label == "PERSON" and not gaz and (nm := _norm(name)) in self.demoted:
            label = self.demoted[nm]
            key = f"{label}:{nm}"
        return label, key

    def assign(self, mentions: pd.DataFrame) -> pd.DataFrame:
        """``mentions`` (with ``key``, ``label`` and ``name``) with their linked ``label`` and ``entity_id``."""
        labels, ids = [], []
        for label, key, name in zip(mentions["label"].tolist(), mentions["key"].tolist(), mentions["name"].tolist()):
            label, key = self.relabel(label, key, name)
            labels.append(label)
            ids.append(self.key_ids[key])
        return mentions.assign(label=labels, entity_id=ids)

    def keymap(self, mentions: pd.DataFrame) -> dict[tuple[str, str], str]:
        """``(article_id, key)`` → entity id for these mentions (claims name their speakers by it).
        A value mention (a number) only adds its key when linking knows it as a thing's key."""
        out: dict[tuple[str, str], str] = {}
        values = []
        for aid, label, key, name in zip(mentions["article_id"].tolist(), mentions["label"].tolist(),
                                         mentions["key"].tolist(), mentions["name"].tolist()):
            if label in VALUE_LABELS:
                values.append((aid, key))
                continue
            key = self.relabel(label, key, name)[1]
            out.setdefault((aid, key), self.key_ids[key])
        for aid, key in values:
            if key in self.key_ids and (aid, key) not in out:
                out[aid, key] = self.key_ids[key]
        return out

    def entity_table(self, n_articles: Mapping[str, int]) -> pd.DataFrame:
        """The entities table, most mentioned first, given each entity's number of articles."""
        if not self.entities:
            return pd.DataFrame(columns=ENTITY_COLUMNS)
        columns = {c: [e[c] for e in self.entities] for c in ENTITY_COLUMNS if c != "n_articles"}
        columns["n_articles"] = [n_articles.get(eid, 0) for eid in columns["entity_id"]]
        table = pd.DataFrame(columns, columns=ENTITY_COLUMNS)
        return table.sort_values(["n_mentions", "entity_id"], ascending=[False, True]).reset_index(drop=True)


def articles_per_entity(mentions: pd.DataFrame) -> Counter:
    """How many articles of ``mentions`` (linked) each entity is mentioned in."""
    pairs = mentions[["entity_id", "article_id"]].drop_duplicates()
    return Counter(pairs["entity_id"].tolist())


def _shouted(name: str) -> bool:
    """Is a word of the name in capitals ('AMY GOODMAN', a transcript's label; 'John LEWIS'), not initials or a
    numeral ('J.D.', 'III')?"""
    return any(_shouted_word(w) for w in name.split())


def _shouted_word(word: str, least: int = 3) -> bool:
    letters = re.sub(r"[’'.\-]", "", word)
    return word.isupper() and letters.isalpha() and len(letters) >= least and re.fullmatch(r"[IVX]+", letters) is None


def _readable(name: str) -> str:
    """'AMY GOODMAN' → 'Amy Goodman', "O'ROURKE" → "O'Rourke", 'MCCAIN' → 'McCain': a person's name as running text
    writes it (other inner capitals are lost: 'Dj')."""
    words = [re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), w) if _shouted_word(w, 2) else w
             for w in name.split()]
    return " ".join(re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), w) for w in words)  # 'McCain


def link(identities: Identities) -> Links:
    """Turn article-level keys into corpus-wide entities (the rules are in :mod:`analysis.entities`'
    docstring): people by normalised full name and its variants, other things by gazetteer or key."""
    ordered = identities.ordered()
    keys, labels, names, descriptions, texts = (list(c) for c in zip(*(ident for ident, _n in ordered))) \
        if ordered else ([], [], [], [], [])
    counts = [n for _ident, n in ordered]
    norms = [_norm(n) for n in names]
    # A full name the model tagged ORG/GPE in one article is still the person named so elsewhere, unless the
    # corpus mostly calls it something else ('White House', typed a person in a few articles among many)
    by_label: dict[str, Counter] = defaultdict(Counter)
    for nm, lab, n in zip(norms, labels, counts):
        by_label[nm][lab] += n
    person_full = {nm for n, nm, lab in zip(names, norms, labels) if lab == "PERSON" and len(n.split()) >= 2
                   and 2 * by_label[nm]["PERSON"] >= sum(by_label[nm].values())}
    for i, (lab, key, nm) in enumerate(zip(labels, keys, norms)):
        if lab != "PERSON" and not key.startswith("gaz:") and nm in person_full:
            labels[i], keys[i] = "PERSON", f"PERSON:{nm}"
    gaz = {e["id"]: e for e in gazetteer()}
    alias_to_gaz = {}
    for e in gazetteer():
        for a in [e["name"], *e["aliases"]]:
            alias_to_gaz[(e["label"], _norm(a))] = e["id"]
    # A "person" that the corpus mostly calls a place or an organisation is that ('Hong Kong', 'White House'); a
    # promoted full name has at least as many PERSON mentions as all others together, so it is never demoted.
    demoted = {}
    for nm, tally in by_label.items():
        others = sorted((lab, n) for lab, n in tally.items() if lab != "PERSON")
        if others and (best := max(others, key=lambda kv: kv[1]))[1] > tally["PERSON"]:
            demoted[nm] = best[0]
    for i, (lab, key, nm) in enumerate(zip(labels, keys, norms)):
        if lab == "PERSON" and not key.startswith("gaz:") and nm in demoted:
            labels[i], keys[i] = demoted[nm], f"{demoted[nm]}:{nm}"
    key_to_id: dict[str, str] = {}

    # People: same normalised full name → one entity; then variants of it by the similarity rule.
    persons: dict[str, str] = {}  # key → its first name, in order
    for key, name, lab in zip(keys, names, labels):
        if lab == "PERSON" and key not in persons:
            persons[key] = name
    full, shown = {}, {}  # shown: a full name as written, whose hyphens tell a surname's parts ('Maréchal-Le Pen')
    for key, name in persons.items():
        gid = key[4:] if key.startswith("gaz:") else alias_to_gaz.get(("PERSON", _norm(name)))
        if gid:
            key_to_id[key] = f"gaz:{gid}"
        elif _name_parts(name)[0]:  # a given name and a surname ('Bin Laden' is a surname alone)
            full.setdefault(_norm(name), []).append(key)
            shown.setdefault(_norm(name), name)
    reps = _SurnameIndex()
    for norm in sorted(full, key=lambda n: (-len(n), n)):
        match = next((r for r in reps.candidates(_surname(norm)) if same_person(shown[r], shown[norm])), None)
        target = match or norm
        if match is None:
            reps.add(norm)
        for key in full[norm]:
            key_to_id[key] = f"PERSON:{target}"
    for key, name in persons.items():
        if key in key_to_id:
            continue
        alone = " ".join(_name_parts(name)[1]) or _norm(name)  # 'al Baghdadi' is Baghdadi
        cands = {r for r in reps.candidates(alone) if similar(_surname(r), alone) >= SURNAME_SIMILARITY}
        exact = {r for r in cands if _surname(r) == alone}
        cands = exact if len(exact) == 1 else cands  # 'Assad' is Bashar Assad, not a fuzzy 'al-Asad'
        key_to_id[key] = f"PERSON:{cands.pop()}" if len(cands) == 1 else f"PERSON:{_norm(name)}"

    for key, label, nm in zip(keys, labels, norms):
        if key in key_to_id:
            continue
        gid = alias_to_gaz.get((label, nm))
        key_to_id[key] = f"gaz:{gid}" if gid else key

    # The entities, in order of first mention, from the identities each stands for.
    groups: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key_to_id[key], []).append(i)
    entities, ids, used = [], {}, set()
    for cid, idx in groups.items():
        gid = cid[4:] if cid.startswith("gaz:") else None
        if gid and gid in gaz:
            name, label, wikidata = gaz[gid]["name"], gaz[gid]["label"], gaz[gid].get("wikidata", "")
        else:
            by_name: Counter = Counter()
            by_label: Counter = Counter()
            for i in idx:
                by_name[names[i]] += counts[i]
                by_label[labels[i]] += counts[i]
            label = by_label.most_common(1)[0][0]
            name = max(by_name, key=lambda n: (len(n.split()) >= 2, not _shouted(n), by_name[n], len(n), n)) \
                if label == "PERSON" else by_name.most_common(1)[0][0]
            if label == "PERSON" and len(name.split()) >= 2 and all(
                    _shouted_word(w, 2) or not w.isalpha() or re.fullmatch(r"[IVX]+", w) for w in name.split()):
                name = _readable(name)  # 'AMY GOODMAN', no other spelling: not an acronym ('WBEZ', 'Will CPAC')
            wikidata = ""
        eid = f"{label.lower()}:{_slug(name)}"
        n = 2
        while eid in used:
            eid = f"{label.lower()}:{_slug(name)}-{n}"
            n += 1
        ids[cid] = eid
        used.add(eid)
        descs = []
        for d in dict.fromkeys(descriptions[i] for i in idx):
            for x in (d or "").split("|"):
                x = x.strip()
                if x and not any(x.lower() in y.lower() for y in descs):
                    descs = [y for y in descs if y.lower() not in x.lower()] + [x]
        entities.append({
            "entity_id": eid, "name": name, "label": label,
            "aliases": "|".join(sorted({texts[i] for i in idx} - {name})),
            "description": "; ".join(descs), "n_mentions": sum(counts[i] for i in idx), "wikidata": wikidata,
        })
    return Links(person_full=person_full, demoted=demoted, key_ids={k: ids[c] for k, c in key_to_id.items()},
                 entities=entities, names={e["entity_id"]: e["name"] for e in entities})


def link_corpus(raw_mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Link a whole table of mentions at once: ``(mentions, entities, keymap)``, where ``keymap``
    maps ``(article_id, key)`` to ``entity_id`` (claims use it to name their speakers).

    ``raw_mentions`` has MENTION_COLUMNS minus ``entity_id`` plus ``key``, ``name`` and
    ``descriptions`` (a ``|``-separated string). Columns linking does not read may be left out,
    and other columns are carried into ``mentions``, which is in article and text order.
    """
    if raw_mentions.empty:
        return (pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ENTITY_COLUMNS), {})
    keep = ~raw_mentions["label"].isin(VALUE_LABELS)
    raw = raw_mentions if keep.all() else raw_mentions[keep]
    identities = Identities()
    identities.add(0, raw[list(IDENTITY)].to_dict("records"))
    links = link(identities)
    extra = [c for c in raw.columns if c not in MENTION_COLUMNS and c not in ("key", "name", "descriptions")]
    columns = [c for c in [*MENTION_COLUMNS, *extra] if c in raw or c == "entity_id"]
    mentions = links.assign(raw)[columns]
    order = mentions[["article_id", "start", "end"]].reset_index(drop=True) \
        .sort_values(["article_id", "start", "end"], kind="stable").index
    if not (order == range(len(order))).all():
        mentions = mentions.take(order)
    mentions = mentions.reset_index(drop=True)
    entities = links.entity_table(articles_per_entity(mentions))
    return mentions, entities, links.keymap(raw_mentions)
