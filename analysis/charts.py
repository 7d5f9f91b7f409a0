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


def safe(value):
    """Article text as inert chart text: ``<`` and ``>`` become entities, so plotly's pseudo-HTML
    (links, spans) can never come from a corpus; numbers and other values pass through."""
    if isinstance(value, str):
        return value.replace("<", "&lt;").replace(">", "&gt;")
    if isinstance(value, (list, tuple)):
        return type(value)(safe(v) for v in value)
    return value


def _safe_item(v):
    if isinstance(v, str):
        return safe(v)
    if hasattr(v, "__len__") and not isinstance(v, (bytes, dict)):
        return [safe(x) for x in list(v)]
    return v


TEXT_ATTRS = ("x", "y", "text", "hovertext", "customdata", "ids", "labels")


def _sanitize(fig: go.Figure) -> None:
    """Make every string that reached the figure from the corpus inert (see :func:`safe`)."""
    for trace in fig.data:
        for attr in TEXT_ATTRS:
            if attr in trace and getattr(trace, attr) is not None:
                value = getattr(trace, attr)
                if not isinstance(value, (str, int, float)):
                    setattr(trace, attr, [_safe_item(v) for v in value])
        if trace.name:
            trace.name = safe(trace.name)
        if trace.type == "sankey":
            trace.node.label = safe(list(trace.node.label))
            if trace.link.customdata is not None:
                trace.link.customdata = safe(list(trace.link.customdata))
    for ann in fig.layout.annotations or ():
        ann.text = safe(ann.text)
    for axis in (a for a in dir(fig.layout) if a.startswith(("xaxis", "yaxis"))):
        ax = getattr(fig.layout, axis)
        if ax.categoryarray is not None:
            ax.categoryarray = safe(list(ax.categoryarray))


def _style(fig: go.Figure, title: str, slug: str) -> go.Figure:
    _sanitize(fig)
    fig.update_layout(
        template=TEMPLATE, title=title, height=fig.layout.height or HEIGHT, autosize=True,
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
        "text/plain": f"<figure {slug}: {title}>",
    }
    return data, {"analysis": {"figure": slug}}


def show(fig: go.Figure, slug: str | None = None) -> None:
    """Display a figure in a notebook so that Lab, the HTML report, nbval and export all work."""
    from IPython.display import display

    data, metadata = figure_bundle(fig, slug)
    display(data, raw=True, metadata=metadata)


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _examples(mentions: pd.DataFrame) -> pd.Series:
    """First sentence mentioning each entity, as hover evidence."""
    return mentions.sort_values(["article_id", "start"]).groupby("entity_id")["sentence"].first().map(_clip)


def top_entities(entities: pd.DataFrame, mentions: pd.DataFrame, n: int = 20,
                 labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT", "LOC")) -> go.Figure:
    """The ``n`` most mentioned entities, coloured by type; aliases, description and a sentence on hover."""
    df = entities[entities["label"].isin(labels)].sort_values(["n_mentions", "entity_id"], ascending=[False, True]).head(n)
    df = df.assign(example=df["entity_id"].map(_examples(mentions)).fillna(""),
                   aliases=df["aliases"].map(lambda s: _clip(str(s).replace("|", ", "), 80)),
                   description=df["description"].map(lambda s: _clip(s, 80)))
    df = df.iloc[::-1]
    fig = px.bar(df, x="n_mentions", y="name", color="label", orientation="h",
                 hover_data={"aliases": True, "description": True, "n_articles": True, "example": True, "name": False},
                 labels={"n_mentions": "mentions", "name": "", "label": "type"})
    fig.update_yaxes(categoryorder="array", categoryarray=list(df["name"]))
    fig.update_layout(height=max(HEIGHT, 24 * len(df) + 120))
    return _style(fig, f"Most mentioned entities (top {len(df)})", "top-entities")


def entities_by_outlet(mentions: pd.DataFrame, entities: pd.DataFrame, articles: pd.DataFrame, n: int = 8,
                       labels: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LAW", "EVENT")) -> go.Figure:
    """For each outlet, its ``n`` most mentioned entities (one panel per outlet)."""
    m = mentions[mentions["label"].isin(labels)].merge(articles[["article_id", "outlet"]], on="article_id")
    m["outlet"] = m["outlet"].replace("", "unknown")
    counts = (m.groupby(["outlet", "entity_id"]).size().rename("mentions").reset_index()
              .merge(entities[["entity_id", "name", "label"]], on="entity_id")
              .sort_values(["outlet", "mentions", "name"], ascending=[True, False, True]))
    counts = counts.groupby("outlet").head(n).iloc[::-1]
    outlets = sorted(counts["outlet"].unique())
    fig = px.bar(counts, x="mentions", y="name", color="label", orientation="h", facet_col="outlet",
                 facet_col_wrap=min(3, len(outlets)) or 1, category_orders={"outlet": outlets},
                 labels={"name": "", "label": "type"}, facet_col_spacing=0.12)
    fig.update_yaxes(matches=None, showticklabels=True)
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    rows = -(-len(outlets) // 3) if outlets else 1
    fig.update_layout(height=max(HEIGHT, rows * (22 * n + 80)))
    return _style(fig, f"Most mentioned entities per outlet (top {n})", "entities-by-outlet")


def network(nodes: pd.DataFrame, edges: pd.DataFrame, mentions: pd.DataFrame) -> go.Figure:
    """Co-occurrence network: node size = mentions, line width = sentences shared; hover shows evidence."""
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(nodes["entity_id"])
    g.add_weighted_edges_from(edges[["source", "target", "weight"]].itertuples(index=False))
    pos = nx.spring_layout(g, seed=7, weight="weight", k=1.2 / max(1, len(nodes)) ** 0.5) if len(g) else {}
    fig = go.Figure()
    if len(edges):
        bins = pd.qcut(edges["weight"].rank(method="first"), q=min(3, len(edges)), labels=False)
        for b in sorted(bins.unique()):
            part = edges[bins == b]
            xs, ys = [], []
            for s, t in zip(part["source"], part["target"]):
                xs += [pos[s][0], pos[t][0], None]
                ys += [pos[s][1], pos[t][1], None]
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                     line=dict(width=1 + 2.5 * b, color="rgba(120,120,120,0.45)"), name=f"edges-{b}"))
        names = dict(zip(nodes["entity_id"], nodes["name"]))
        fig.add_trace(go.Scatter(
            x=[(pos[s][0] + pos[t][0]) / 2 for s, t in zip(edges["source"], edges["target"])],
            y=[(pos[s][1] + pos[t][1]) / 2 for s, t in zip(edges["source"], edges["target"])],
            mode="markers", marker=dict(size=6, color="rgba(0,0,0,0)"), showlegend=False, name="pairs",
            customdata=[[names[s], names[t], w, _clip(ex)] for s, t, w, ex in
                        zip(edges["source"], edges["target"], edges["weight"], edges["example"])],
            hovertemplate="%{customdata[0]} – %{customdata[1]}<br>sentences: %{customdata[2]}<br>%{customdata[3]}<extra></extra>"))
    examples = _examples(mentions)
    for label, part in nodes.groupby("label", sort=True):
        fig.add_trace(go.Scatter(
            x=[pos[e][0] for e in part["entity_id"]], y=[pos[e][1] for e in part["entity_id"]],
            mode="markers+text", name=label, text=list(part["name"]), textposition="top center",
            marker=dict(size=[8 + 4 * v ** 0.5 for v in part["n_mentions"]], line=dict(width=1, color="white")),
            customdata=[[n, m, examples.get(e, "")] for n, m, e in zip(part["name"], part["n_mentions"], part["entity_id"])],
            hovertemplate="%{customdata[0]}<br>mentions: %{customdata[1]}<br>%{customdata[2]}<extra></extra>"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=620, legend_title_text="type")
    return _style(fig, "Who is mentioned with whom (same sentence)", "cooccurrence-network")


KIND_COLORS = {"direct": "#1f77b4", "mixed": "#9467bd", "indirect": "#ff7f0e", "continuation": "#2ca02c"}


def claims_by_speaker(per_speaker: pd.DataFrame, claims: pd.DataFrame) -> go.Figure:
    """Claims per speaker stacked by kind; hover shows one of the speaker's claims."""
    from .attribution import speaker_label

    example = claims.assign(s=speaker_label(claims)).groupby(["s", "kind"])["text"].first().map(_clip)
    df = per_speaker.assign(example=[example.get((s, k), "") for s, k in zip(per_speaker["speaker_label"], per_speaker["kind"])])
    order = list(dict.fromkeys(df["speaker_label"]))[::-1]
    fig = px.bar(df, x="claims", y="speaker_label", color="kind", orientation="h", color_discrete_map=KIND_COLORS,
                 category_orders={"kind": list(KIND_COLORS), "speaker_label": order[::-1]},
                 hover_data={"example": True, "speaker_label": False}, labels={"speaker_label": "", "kind": "kind"})
    fig.update_yaxes(categoryorder="array", categoryarray=order)
    fig.update_layout(barmode="stack", height=max(HEIGHT, 26 * len(order) + 140))
    return _style(fig, "Who is quoted, and how", "claims-by-speaker")


def claims_by_outlet(claims: pd.DataFrame) -> go.Figure:
    """Claims per outlet stacked by kind; hover shows an example claim."""
    df = (claims.assign(outlet=claims["outlet"].replace("", "unknown").fillna("unknown"))
          .groupby(["outlet", "kind"]).agg(claims=("claim_id", "size"), example=("text", "first")).reset_index())
    df["example"] = df["example"].map(_clip)
    fig = px.bar(df, x="outlet", y="claims", color="kind", color_discrete_map=KIND_COLORS,
                 category_orders={"kind": list(KIND_COLORS)}, hover_data={"example": True})
    fig.update_layout(barmode="stack")
    return _style(fig, "Claims per outlet, by kind", "claims-by-outlet")


def cue_verbs(claims: pd.DataFrame, top: int = 20) -> go.Figure:
    """The reporting cues used (continuations have none), coloured by what they report."""
    cued = claims[(claims["kind"] != "continuation") & (claims["cue"] != "")]
    df = (cued.groupby(["cue", "cue_type"]).agg(claims=("claim_id", "size"), example=("text", "first"))
          .reset_index().sort_values(["claims", "cue"], ascending=[False, True]).head(top).iloc[::-1])
    df["example"] = df["example"].map(_clip)
    fig = px.bar(df, x="claims", y="cue", color="cue_type", orientation="h", hover_data={"example": True},
                 labels={"cue": "", "cue_type": "reports"})
    fig.update_yaxes(categoryorder="array", categoryarray=list(df["cue"]))
    fig.update_layout(height=max(HEIGHT, 24 * len(df) + 140))
    return _style(fig, "Reporting cues", "cue-verbs")


def speaker_sankey(links: pd.DataFrame, top: int = 40) -> go.Figure:
    """Who talks about whom: speakers (left) to the entities their claims mention (right)."""
    df = links.head(top)
    speakers = list(dict.fromkeys(df["speaker"]))
    about = list(dict.fromkeys(df["about"]))
    labels = speakers + [f"{a} " for a in about]  # a trailing space keeps a speaker and a topic apart
    index = {n: i for i, n in enumerate(labels)}
    fig = go.Figure(go.Sankey(
        node=dict(label=labels, pad=12, thickness=14),
        link=dict(source=[index[s] for s in df["speaker"]], target=[index[f"{a} "] for a in df["about"]],
                  value=list(df["claims"]), customdata=[_clip(x) for x in df["example"]],
                  hovertemplate="%{source.label} → %{target.label}: %{value} claim(s)<br>%{customdata}<extra></extra>"),
    ))
    fig.update_layout(height=max(HEIGHT, 22 * max(len(speakers), len(about)) + 120))
    return _style(fig, "Who talks about whom (entities mentioned in each speaker's claims)", "speaker-talks-about")


GROUP_COLORS = {"official": "#1f77b4", "expert": "#2ca02c", "media": "#9467bd", "unnamed group": "#ff7f0e", "unknown": "#7f7f7f"}


def voices(shares: pd.DataFrame) -> go.Figure:
    """Share of each outlet's claims by voice group (officials, experts, media, unnamed, unknown)."""
    df = shares.assign(group=shares["group"].astype(str), percent=(shares["share"] * 100).round(1))
    fig = px.bar(df, x="outlet", y="share", color="group", color_discrete_map=GROUP_COLORS,
                 category_orders={"group": list(GROUP_COLORS)},
                 hover_data={"claims": True, "percent": True, "speakers": True, "share": False},
                 labels={"share": "share of the outlet's claims", "group": "voice"})
    fig.update_layout(barmode="stack", yaxis_tickformat=".0%")
    return _style(fig, "Whose voices each outlet carries", "voices-by-outlet")


def actors_heatmap(actors: pd.DataFrame) -> go.Figure:
    """Mentions per 1,000 words: outlets (rows) by the corpus's most mentioned entities (columns)."""
    names = list(dict.fromkeys(actors["name"]))
    outlets = sorted(actors["outlet"].unique())
    z = actors.pivot_table(index="outlet", columns="name", values="per_1000_words").reindex(index=outlets, columns=names)
    n = actors.pivot_table(index="outlet", columns="name", values="mentions").reindex(index=outlets, columns=names)
    fig = go.Figure(go.Heatmap(z=z.values, x=names, y=outlets, colorscale="Blues", customdata=n.values,
                               hovertemplate="%{y} · %{x}<br>%{z} per 1,000 words (%{customdata} mentions)<extra></extra>",
                               colorbar=dict(title="per 1,000 words")))
    fig.update_xaxes(tickangle=-40)
    fig.update_layout(height=max(HEIGHT, 40 * len(outlets) + 220))
    return _style(fig, "Who each outlet talks about (mentions per 1,000 words)", "actors-by-outlet")


def dyads_heatmap(dyads: pd.DataFrame) -> go.Figure:
    """Countries named in the same sentence: a symmetric matrix; hover shows the first such sentence."""
    names = sorted(set(dyads["country"]) | set(dyads["with_country"]))
    idx = {c: i for i, c in enumerate(names)}
    z = [[0] * len(names) for _ in names]
    ex = [[""] * len(names) for _ in names]
    for a, b, n, e in zip(dyads["country"], dyads["with_country"], dyads["sentences"], dyads["example"]):
        for i, j in ((idx[a], idx[b]), (idx[b], idx[a])):
            z[i][j], ex[i][j] = n, _clip(e)
    fig = go.Figure(go.Heatmap(z=z, x=names, y=names, colorscale="Oranges", customdata=ex,
                               hovertemplate="%{y} – %{x}: %{z} sentence(s)<br>%{customdata}<extra></extra>",
                               colorbar=dict(title="sentences")))
    fig.update_layout(height=max(HEIGHT, 30 * len(names) + 200))
    return _style(fig, "Countries mentioned together (same sentence)", "country-dyads")


def dates_mentioned(timeline: pd.DataFrame) -> go.Figure:
    """Dates the articles talk about, resolved against publication; hover shows the sentence."""
    df = timeline.assign(when=pd.to_datetime(timeline["date"]), outlet=timeline["outlet"].replace("", "unknown"),
                         evidence=timeline["sentence"].map(_clip))
    fig = px.scatter(df, x="when", y="outlet", color="granularity", symbol="granularity",
                     hover_data={"text": True, "date": True, "published": True, "evidence": True, "when": False},
                     labels={"when": "date mentioned", "outlet": ""})
    fig.update_traces(marker=dict(size=11, opacity=0.75))
    return _style(fig, "When the events talked about happened", "dates-mentioned")


def claims_month(per_month: pd.DataFrame) -> go.Figure:
    """Claims per publication month, by outlet."""
    fig = px.bar(per_month, x="month", y="claims", color="outlet", labels={"month": "published"})
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    return _style(fig, "Claims per month, by outlet", "claims-per-month")
