"""Score the canonical speakers of claims against a hand-annotated sample (evaluation/corpus_speakers_gold.csv).

The gold names, for each sampled claim (found again by its cue offsets), who really speaks: a person
(by the fullest name in the article), an organisation, a group, or nobody. This prints the share of
person claims whose ``speaker`` is that person, and the claims of groups or organisations given a person.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .entities import _norm, _split_suffix, _surname, similar

GOLD = Path(__file__).resolve().parent.parent / "evaluation" / "corpus_speakers_gold.csv"


def same_person(gold: str, predicted: str, others: Iterable[str] = ()) -> bool:
    """True when the predicted canonical name is the gold person (surname match, spelling variants allowed).
    A gold 'Jr.' (or Sr., III) is not a prediction with another suffix, nor one without it when the article
    has a speaker with that suffix and surname (the tool knew the son and chose the father)."""
    (g, g_suffix), (p, p_suffix) = _split_suffix(_norm(gold).split()), _split_suffix(_norm(predicted).split())
    if not (g and p) or not any(similar(g[-1], w) >= 0.85 for w in p):
        return False
    if g_suffix and p_suffix != g_suffix:
        return not p_suffix and not any(_split_suffix(_norm(o).split())[1] == g_suffix and
                                        similar(_surname(o), g[-1]) >= 0.85 for o in others)
    return True


def _keys(df: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Two ways to find a claim again: by its cue, and by its content (a cue span may since have grown)."""
    by_cue = [f"{a}|{cs}|{ce}" if cs >= 0 else f"{a}|s{s}" for a, cs, ce, s in
              zip(df["article_id"], df["cue_start"], df["cue_end"], df["start"])]
    by_content = [f"{a}|c{s}|{e}" for a, s, e in zip(df["article_id"], df["start"], df["end"])]
    return by_cue, by_content


def _overlapping(claims: pd.DataFrame, article_id: str, start: int, end: int) -> str:
    """The claim-content key of the claim covering most of [start, end) in that article (half at least):
    how a claim is found again after its cue changed (a relayed person's words, not the outlet's)."""
    same = claims[(claims["article_id"] == article_id) & (claims["start"] < end) & (claims["end"] > start)]
    if same.empty or end <= start:
        return ""
    cover = (same["end"].clip(upper=end) - same["start"].clip(lower=start)) / (end - start)
    best = same.loc[cover.idxmax()]
    return f"{article_id}|c{best['start']}|{best['end']}" if cover.max() >= 0.5 else ""


def score(claims: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold rows joined to the claim with the same article and cue, else the same content, else the one
    covering most of the gold content."""
    cue_keys, content_keys = _keys(claims)
    pred = pd.concat([claims.assign(_key=cue_keys), claims.assign(_key=content_keys)])
    pred = pred.drop_duplicates("_key").set_index("_key")
    gk = [c if c in pred.index else t if t in pred.index else _overlapping(claims, a, s, e)
          for c, t, a, s, e in zip(*_keys(gold), gold["article_id"], gold["start"], gold["end"])]
    out = gold.assign(found=[k in pred.index for k in gk],
                      speaker=[pred["speaker"].get(k, "") for k in gk],
                      speaker_text=[pred["speaker_text"].get(k, "") for k in gk],
                      speaker_id=[pred["speaker_id"].get(k, "") for k in gk])
    # a person the article never names has no canonical entity to get right: such claims are not given one
    speakers = claims.groupby("article_id")["speaker"].agg(lambda x: sorted(set(x) - {""})).to_dict()
    out["correct"] = [same_person(g, s, speakers.get(a, ())) if t == "person" and g else not str(i).startswith("person:")
                      for t, g, s, i, a in zip(out["gold_type"], out["gold_speaker"], out["speaker"], out["speaker_id"],
                                               out["article_id"])]
    return out


def named_person_claims(res: pd.DataFrame) -> pd.DataFrame:
    """The target's population: real claims (``valid_claim`` yes) by a person the article names."""
    return res[(res["gold_type"] == "person") & (res["gold_speaker"] != "") & (res["valid_claim"] != "no")]


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Two annotations of the same claims (by claim_id): the first one's named-person claims, each marked
    ``agrees`` when the second one also calls it a real claim by that same person. The ceiling the target
    can be measured against."""
    other = second.set_index("claim_id").reindex(first["claim_id"])
    named = first.assign(second_type=other["gold_type"].fillna("").to_numpy(),
                         second_speaker=other["gold_speaker"].fillna("").to_numpy(),
                         second_valid=other["valid_claim"].fillna("").to_numpy())
    named = named_person_claims(named)
    return named.assign(agrees=[t == "person" and v != "no" and bool(s) and same_person(g, s)
                                for t, v, s, g in zip(named["second_type"], named["second_valid"],
                                                      named["second_speaker"], named["gold_speaker"])])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.evaluate_speakers", description=__doc__)
    ap.add_argument("tables", type=Path, help="the tables folder of an extraction of the annotated corpus")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--show", action="store_true", help="list the claims that disagree")
    ap.add_argument("--second", type=Path, help="a second annotation of the same claims: print how often the two "
                                                "annotators agree on the named person (TABLES is then not read)")
    a = ap.parse_args(argv)
    if a.second is not None:
        agreed = agreement(pd.read_csv(a.gold, keep_default_na=False), pd.read_csv(a.second, keep_default_na=False))
        print(f"claims by named people (valid) the second annotator gives to the same person: "
              f"{int(agreed['agrees'].sum())}/{len(agreed)} = {agreed['agrees'].mean():.3f}")
        if a.show:
            for r in agreed[~agreed["agrees"]].itertuples():
                print(f"  {r.claim_id}  first {r.gold_speaker!r}  second {r.second_type}:{r.second_speaker!r} "
                      f"valid {r.second_valid}")
        return 0
    claims = pd.read_parquet(a.tables / "claims.parquet")
    res = score(claims, pd.read_csv(a.gold, keep_default_na=False))
    person = res[res["gold_type"] == "person"]
    named = named_person_claims(res)
    other = res[res["gold_type"].isin(["org", "group", "none"])]
    print(f"claims annotated: {len(res)}, found again (by cue or content): {int(res['found'].sum())}")
    print(f"claims by named people (valid) with the right canonical person: {int(named['correct'].sum())}/{len(named)} "
          f"= {named['correct'].mean():.3f}")
    print(f"all person claims (unnamed: no person given) right: {int(person['correct'].sum())}/{len(person)} "
          f"= {person['correct'].mean():.3f}")
    print(f"organisation/group/no-source claims given a person: {int((~other['correct']).sum())}/{len(other)}")
    if a.show:
        for r in res[~res["correct"]].itertuples():
            print(f"  {r.claim_id}  gold {r.gold_type}:{r.gold_speaker!r}  got {r.speaker!r} from {r.speaker_text!r}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
