"""What the notebooks show besides charts: compact tables and article text, always escaped.

Article text is untrusted, so everything here is HTML-escaped before it reaches a page.
"""
from __future__ import annotations

import html

import pandas as pd

ARTICLE_VIEW = ["article_id", "title", "outlet", "author", "published", "n_words", "format"]


def articles_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table without the body and bookkeeping columns, sorted by date then id."""
    return (articles[ARTICLE_VIEW]
            .sort_values(["published", "article_id"])
            .reset_index(drop=True))


def corpus_summary(articles: pd.DataFrame, problems: pd.DataFrame) -> pd.DataFrame:
    """One-row summary: article, outlet and word counts, date range, problems."""
    dated = articles.loc[articles["published"].astype(bool), "published"]
    return pd.DataFrame([{
        "articles": len(articles),
        "outlets": articles["outlet"].replace("", pd.NA).nunique(),
        "words": int(articles["n_words"].sum()),
        "first published": dated.min() if len(dated) else "",
        "last published": dated.max() if len(dated) else "",
        "undated": int((~articles["published"].astype(bool)).sum()),
        "problems": len(problems),
    }])


class ArticleText:
    """An article's cleaned body for display: escaped HTML in notebooks and reports, text elsewhere."""

    def __init__(self, row: pd.Series):
        self.row = row

    def _repr_html_(self) -> str:
        r = self.row
        meta = " · ".join(html.escape(str(x)) for x in (r["outlet"], r["author"], r["published"]) if x)
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in str(r["text"]).split("\n\n"))
        return (f'<article class="article-text" style="max-width:48em">'
                f"<h3>{html.escape(str(r['title']))}</h3><p><em>{meta}</em></p>{paras}</article>")

    def __repr__(self) -> str:
        return f"{self.row['title']}\n\n{self.row['text']}"


def article_text(articles: pd.DataFrame, article_id: str = "") -> ArticleText:
    """The article with ``article_id`` as displayable text; the first by id when it is empty or not
    in this corpus (a notebook default naming a seed article still runs on another corpus)."""
    match = articles[articles["article_id"] == article_id] if article_id else articles.iloc[0:0]
    if match.empty:
        match = articles.sort_values("article_id")
    return ArticleText(match.iloc[0])


ENTITY_VIEW = ["name", "label", "n_mentions", "n_articles", "aliases", "description"]


def entity_table(entities: pd.DataFrame, labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT", "LOC"),
                 top: int = 40) -> pd.DataFrame:
    """The most mentioned entities of ``labels`` with their aliases and descriptions."""
    df = entities[entities["label"].isin(labels)].sort_values(["n_mentions", "entity_id"], ascending=[False, True])
    return df[ENTITY_VIEW].head(top).assign(aliases=lambda d: d["aliases"].str.replace("|", ", ")).reset_index(drop=True)


class Rendered:
    """Pre-rendered, already escaped HTML (displaCy output) with a plain-text fallback."""

    def __init__(self, html_text: str, text: str):
        self.html, self.text = html_text, text

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


def displacy_article(articles: pd.DataFrame, mentions: pd.DataFrame, article_id: str = "") -> Rendered:
    """displaCy's entity view of one article, from the mentions table (no model is loaded)."""
    from spacy import displacy

    art = article_text(articles, article_id).row
    ments = mentions[mentions["article_id"] == art["article_id"]].sort_values(["text_start", "text_end"])
    ents, last = [], -1
    for s, e, label in zip(ments["text_start"], ments["text_end"], ments["label"]):
        if s >= last:  # displaCy draws non-overlapping spans
            ents.append({"start": int(s), "end": int(e), "label": label})
            last = e
    page = displacy.render({"text": art["text"], "ents": ents, "title": html.escape(str(art["title"]))}, style="ent", manual=True,
                           jupyter=False, options={"colors": {}})
    return Rendered(page, f"{art['title']}: {len(ents)} entity mentions")


def explore(df: pd.DataFrame, caption: str = "") -> None:
    """A searchable, sortable table with a filter per column (itables), for JupyterLab sessions.

    Text stays escaped (``allow_html`` is off). The shared HTML keeps plain pandas tables; call
    this from a cell of your own when exploring, e.g. ``views.explore(attribution.explorer(claims, articles))``.
    """
    from itables import show

    show(df, caption=caption or None, column_filters="header", allow_html=False, maxBytes=0,
         layout={"topStart": "search", "topEnd": "pageLength"})
