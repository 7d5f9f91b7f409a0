"""Render executed notebooks as self-contained HTML and write the report's ``index.html``.

The ``share`` template (``analysis/templates``) is JupyterLab's page with plotly.js inlined
once and nothing fetched from a CDN, so the files open offline and can be mailed around.
"""
from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

import nbformat
import pandas as pd
from nbconvert import HTMLExporter

from .figures import plotlyjs
from .tables import atomic_write_text
from .views import corpus_summary

TEMPLATES = Path(__file__).parent / "templates"


def notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The first markdown heading of a notebook, without the ``#``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return fallback


def render_notebook(path: Path, dest: Path, *, hide_code: bool = False, nav: str = "") -> str:
    """Write ``path`` (an executed notebook) as self-contained HTML at ``dest``; returns its title."""
    nb = nbformat.read(path, as_version=4)
    exporter = HTMLExporter(template_name="share", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=hide_code, exclude_input_prompt=hide_code,
                            exclude_output_prompt=hide_code)
    title = notebook_title(nb, Path(path).stem)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"plotly_js": plotlyjs(), "report_nav": nav})
    atomic_write_text(dest, body)
    return title


def key_findings(tables: dict[str, pd.DataFrame], top: int = 3) -> dict[str, pd.DataFrame]:
    """The report's front-page tables: corpus summary, what was found, top speakers per outlet."""
    articles, claims, entities = tables["articles"], tables.get("claims"), tables.get("entities")
    out = {"Corpus": corpus_summary(articles, tables["problems"]).T.reset_index().set_axis(["", "value"], axis=1)}
    found = []
    if entities is not None:
        for label in ("PERSON", "ORG", "GPE"):
            found.append({"": f"{label.lower()} entities", "value": int((entities["label"] == label).sum())})
    if claims is not None:
        found.append({"": "claims", "value": len(claims)})
        for kind, n in claims["kind"].value_counts().sort_index().items():
            found.append({"": f"  {kind}", "value": int(n)})
        found.append({"": "  with a named speaker", "value": int((claims["speaker"] != "").sum())})
        out["Found"] = pd.DataFrame(found)
        named = claims[claims["speaker"] != ""].merge(articles[["article_id", "outlet"]], on="article_id")
        if len(named):
            counts = named.groupby(["outlet", "speaker"]).size().rename("claims").reset_index()
            counts = counts.sort_values(["outlet", "claims", "speaker"], ascending=[True, False, True])
            out["Top speakers per outlet"] = counts.groupby("outlet").head(top).reset_index(drop=True)
    return out


def write_index(dest: Path, pages: list[tuple[str, str, str]], tables: dict[str, pd.DataFrame],
                *, corpus_dir: str, spacy_model: str) -> None:
    """The report's front page: key findings, problems, links to each notebook page (and its code)."""
    problems = tables["problems"]
    links = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a> '
                       f'<span class="meta">(<a href="{html.escape(code)}">with code</a>)</span></li>'
                       for href, code, title in pages)
    findings = "\n".join(f"<h2>{html.escape(name)}</h2>\n{df.to_html(index=False, border=0)}"
                          for name, df in key_findings(tables).items())
    problem_rows = "".join(
        f"<tr><td>{html.escape(str(p))}</td><td>{html.escape(str(r))}</td></tr>"
        for p, r in zip(problems.get("path", []), problems.get("problem", []))
    )
    problems_html = (f"<h2>Problems</h2><table><tr><th>file</th><th>problem</th></tr>{problem_rows}</table>"
                     if problem_rows else "<p>Every file in the corpus was read.</p>")
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>News corpus report</title>
<style>
body {{ font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }}
td, th {{ border-bottom: 1px solid #ddd; padding: 4px 12px 4px 0; text-align: left; vertical-align: top; white-space: pre-wrap; }}
.meta {{ color: #666; font-size: 14px; }}
</style></head>
<body>
<h1>News corpus report</h1>
<p class="meta">Corpus <code>{html.escape(str(corpus_dir))}</code> · spaCy model <code>{html.escape(spacy_model)}</code> · generated {when}</p>
<h2>Notebooks</h2>
<ol>
{links}
</ol>
{findings}
{problems_html}
</body></html>
"""
    atomic_write_text(dest, page)
