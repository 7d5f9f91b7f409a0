"""Dates mentioned in the text, resolved against the article's publication date.

``normalize("May of last year", "2021-02-12")`` → ``("2020-05-01", "month")``. Absolute dates
need no anchor; relative ones ("this week", "Monday", "January 20") are placed nearest the
publication date the way news uses them (a bare weekday is the last one on or before it).
Durations ("six months", "25-year") are not points in time and give ``None``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "a": 1, "an": 1, "several": 3, "a few": 3}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3].lower()) + 1


def _anchor(published: str) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(published or ""))
    if not m:
        return None
    return date(int(m[1]), int(m[2]), int(m[3] or 1))


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _nearest_year(month: int, day: int, anchor: date) -> date | None:
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    return best


def normalize(text: str, published: str = "") -> tuple[str, str] | None:
    """``(ISO start date, granularity)`` for a date expression, or ``None`` if it is not a point in time."""
    t = " ".join(str(text).lower().replace(",", " ").split())
    t = re.sub(r"^(?:the|on|in|early|late|mid|earlier|later)\s+", "", t)
    anchor = _anchor(published)

    m = re.search(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})\b", t) or \
        re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\s+(\d{{4}})\b", t)
    if m:
        mon, day = (m[1], m[2]) if not m[1].isdigit() else (m[2], m[1])
        try:
            return date(int(m[3]), _month(mon), int(day)).isoformat(), "day"
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), "day"
    m = re.search(rf"\b{_MON}\s+(?:of\s+)?(\d{{4}})\b", t)
    if m:
        return date(int(m[2]), _month(m[1]), 1).isoformat(), "month"
    m = re.fullmatch(r"(?:the\s+)?(1[89]\d|20\d)0s", t)
    if m:
        return f"{m[1]}0-01-01", "decade"
    m = re.fullmatch(r"(?:the\s+year\s+)?(1[89]\d\d|20\d\d)", t)
    if m:
        return f"{m[1]}-01-01", "year"
    if anchor is None:
        return None

    m = re.fullmatch(rf"{_MON}\s+(?:of\s+)?(last|this|next)\s+year", t)
    if m:
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[m[2]]
        return date(y, _month(m[1]), 1).isoformat(), "month"
    m = re.fullmatch(rf"{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}", t)
    if m:
        mon, day = (m[1], m[2]) if m[1] else (m[4], m[3])
        d = _nearest_year(_month(mon), int(day), anchor)
        return (d.isoformat(), "day") if d else None
    m = re.fullmatch(rf"(last|this|next)?\s*{_MON}", t)
    if m and m[2]:
        month = _month(m[2])
        if m[1] == "last":
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif m[1] == "next":
            y = anchor.year if month > anchor.month else anchor.year + 1
        else:
            y = _nearest_year(month, 1, anchor).year
        return date(y, month, 1).isoformat(), "month"
    relative = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                "yesterday": -1, "tomorrow": 1}
    if t in relative:
        return (anchor + timedelta(days=relative[t])).isoformat(), "day"
    m = re.fullmatch(r"(last|next|this|past)?\s*(" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?", t)
    if m:
        wd = WEEKDAYS.index(m[2])
        if m[1] == "next":
            delta = (wd - anchor.weekday()) % 7 or 7
        else:
            delta = -((anchor.weekday() - wd) % 7)
            if m[1] == "last" and delta == 0:
                delta = -7
        return (anchor + timedelta(days=delta)).isoformat(), "day"
    m = re.fullmatch(r"(?:(?:earlier|later)\s+)?(last|this|next|past|the past)\s+(week|month|year|weekend)", t)
    if m:
        step = {"last": -1, "past": -1, "the past": -1, "this": 0, "next": 1}[m[1]]
        if m[2] in ("week", "weekend"):
            monday = anchor - timedelta(days=anchor.weekday())
            d = monday + timedelta(weeks=step) + (timedelta(days=5) if m[2] == "weekend" else timedelta())
            return d.isoformat(), "week"
        if m[2] == "month":
            return _shift_months(anchor, step).isoformat(), "month"
        return date(anchor.year + step, 1, 1).isoformat(), "year"
    if t in ("weekend",):
        monday = anchor - timedelta(days=anchor.weekday())
        return (monday - timedelta(days=2)).isoformat(), "week"
    m = re.fullmatch(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|a few)\s+(day|week|month|year)s?\s+ago", t)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
        if m[2] == "day":
            return (anchor - timedelta(days=n)).isoformat(), "day"
        if m[2] == "week":
            return (anchor - timedelta(weeks=n)).isoformat(), "week"
        if m[2] == "month":
            return _shift_months(anchor, -n).isoformat(), "month"
        return date(anchor.year - n, 1, 1).isoformat(), "year"
    return None


def timeline(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per DATE mention that resolves to a point in time: date, granularity, outlet, sentence."""
    dates = mentions[mentions["label"] == "DATE"].merge(
        articles[["article_id", "outlet", "published", "title"]], on="article_id")
    resolved = [normalize(t, p) for t, p in zip(dates["text"], dates["published"])]
    dates = dates.assign(date=[r[0] if r else "" for r in resolved], granularity=[r[1] if r else "" for r in resolved])
    out = dates[dates["date"] != ""][["article_id", "outlet", "published", "title", "text", "date", "granularity", "sentence", "start", "end"]]
    return out.sort_values(["date", "article_id", "start"]).reset_index(drop=True)
