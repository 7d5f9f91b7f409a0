"""Plotly figures for the notebooks, and how a figure is shown so it exports and compares.

Figures are pure functions of tables. :func:`show` displays a figure with a fixed div id and
its slug in the output metadata: JupyterLab renders the plotly JSON, the shared HTML uses the
``text/html`` part (plotly.js is embedded once per page by the report template), nbval
compares the JSON, and the runner finds every figure by its slug to export it.
"""
from __future__ import annotations

import html
import json

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

FIGURE_MIME = "application/vnd.plotly.v1+json"
TEMPLATE = "plotly_white"
HEIGHT = 420


def _style(fig: go.Figure, title: str, slug: str) -> go.Figure:
    fig.update_layout(
        template=TEMPLATE, title=title, height=HEIGHT, autosize=True,
        margin=dict(l=60, r=20, t=60, b=60), hoverlabel=dict(align="left"),
        meta={"slug": slug},
    )
    for i, trace in enumerate(fig.data):
        trace.uid = f"{slug}-{i}"  # fixed ids keep the exported SVG byte-identical
    return fig


def _short(text: str, n: int = 60) -> str:
    text = str(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def words_per_article(articles: pd.DataFrame) -> go.Figure:
    """Bar of body length per article, coloured by outlet, title on hover."""
    df = articles.assign(
        label=articles["article_id"].map(lambda s: _short(s, 28)),
        outlet=articles["outlet"].replace("", "unknown"),
        headline=articles["title"].map(_short),
    ).sort_values(["n_words", "article_id"], ascending=[False, True])
    fig = px.bar(df, x="label", y="n_words", color="outlet", hover_data={"headline": True, "label": False},
                 labels={"label": "article", "n_words": "words in body", "outlet": "outlet"})
    fig.update_xaxes(categoryorder="array", categoryarray=list(df["label"]))
    return _style(fig, "Words per article", "words-per-article")


def outlets(articles: pd.DataFrame) -> go.Figure:
    """Horizontal bar of articles per outlet."""
    counts = (articles["outlet"].replace("", "unknown").value_counts()
              .rename_axis("outlet").reset_index(name="articles")
              .sort_values(["articles", "outlet"], ascending=[True, False]))
    fig = px.bar(counts, x="articles", y="outlet", orientation="h",
                 labels={"articles": "articles", "outlet": "outlet"})
    return _style(fig, "Articles per outlet", "outlets")


def timeline(articles: pd.DataFrame) -> go.Figure:
    """Publication dates by outlet (one dot per article, sized by length); undated ones noted."""
    dated = articles[articles["published"].astype(bool)].copy()
    dated["date"] = pd.to_datetime(dated["published"], format="mixed")
    dated["outlet"] = dated["outlet"].replace("", "unknown")
    dated["headline"] = dated["title"].map(_short)
    dated = dated.sort_values(["date", "article_id"])
    fig = px.scatter(dated, x="date", y="outlet", size="n_words", size_max=28,
                     hover_data={"headline": True, "n_words": True},
                     labels={"date": "published", "outlet": "outlet"})
    undated = len(articles) - len(dated)
    title = "Publication timeline" + (f" ({undated} undated article{'s' * (undated != 1)} not shown)" if undated else "")
    return _style(fig, title, "timeline")


def figure_bundle(fig: go.Figure, slug: str | None = None) -> tuple[dict, dict]:
    """The display data and metadata for a figure (see the module docstring)."""
    slug = slug or (fig.layout.meta or {}).get("slug") or "figure"
    spec = json.loads(pio.to_json(fig))
    div = pio.to_html(fig, include_plotlyjs=False, full_html=False, div_id=f"fig-{slug}",
                      config={"displaylogo": False, "responsive": True})
    title = fig.layout.title.text or slug
    data = {
        FIGURE_MIME: {"data": spec["data"], "layout": spec["layout"]},
        "text/html": div,
        "text/plain": f"<figure {slug}: {html.escape(title)}>",
    }
    return data, {"analysis": {"figure": slug}}


def show(fig: go.Figure, slug: str | None = None) -> None:
    """Display a figure in a notebook so that Lab, the HTML report, nbval and export all work."""
    from IPython.display import display

    data, metadata = figure_bundle(fig, slug)
    display(data, raw=True, metadata=metadata)
