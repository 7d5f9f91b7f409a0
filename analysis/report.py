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


def write_index(dest: Path, pages: list[tuple[str, str]], articles: pd.DataFrame, problems: pd.DataFrame,
                *, corpus_dir: str, spacy_model: str) -> None:
    """The report's front page: corpus summary, problems, links to each notebook page."""
    summary = corpus_summary(articles, problems).T.reset_index()
    summary.columns = ["", "value"]
    links = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a></li>' for href, title in pages)
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
table {{ border-collapse: collapse; display: block; overflow-x: auto; }}
td, th {{ border-bottom: 1px solid #ddd; padding: 4px 12px 4px 0; text-align: left; vertical-align: top; }}
.meta {{ color: #666; font-size: 14px; }}
</style></head>
<body>
<h1>News corpus report</h1>
<p class="meta">Corpus <code>{html.escape(str(corpus_dir))}</code> · spaCy model <code>{html.escape(spacy_model)}</code> · generated {when}</p>
<h2>Corpus</h2>
{summary.to_html(index=False, border=0)}
{problems_html}
<h2>Notebooks</h2>
<ol>
{links}
</ol>
</body></html>
"""
    atomic_write_text(dest, page)
