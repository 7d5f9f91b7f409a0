"""The whole suite on the seeds: tables, notebooks, self-contained HTML, figures, failures named."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import pipeline, runner

ROOT = Path(__file__).resolve().parent.parent


def test_run_writes_report_pages_tables_and_figures(suite_run):
    build, figures = suite_run
    assert (build / "index.html").exists()
    for nb in runner.notebook_paths():
        assert (build / f"{nb.stem}.html").exists() and (build / f"{nb.stem}-code.html").exists()
        assert (build / "notebooks" / nb.name).exists()
    for name in ("articles", "problems", "mentions", "entities", "claims"):
        assert (build / "tables" / f"{name}.csv").exists() and (build / "tables" / f"{name}.parquet").exists()
    articles = pd.read_csv(build / "tables" / "articles.csv", keep_default_na=False)
    assert list(articles.article_id) == ["000_00cc645bec08e127", "002_cdc6c137350c744d"]
    assert pd.read_parquet(build / "tables" / "articles.parquet").equals(pipeline.read_table(build / "tables", "articles"))
    for slug in ("words-per-article", "outlets", "timeline"):
        for ext in ("html", "csv", "png", "svg"):
            assert (figures / f"01_corpus-{slug}.{ext}").stat().st_size > 40, (slug, ext)
    plotted = pd.read_csv(figures / "01_corpus-words-per-article.csv")
    assert dict(zip(plotted.x, plotted.y)) == {"000_00cc645bec08e127": 558, "002_cdc6c137350c744d": 1120}
    assert (figures / "plotly.min.js").exists()
    assert re.search(r'<script [^>]*src="plotly.min.js"', (figures / "01_corpus-outlets.html").read_text())


def test_index_summarises_the_corpus_and_links_every_notebook(suite_run):
    build, _ = suite_run
    page = (build / "index.html").read_text()
    for nb in runner.notebook_paths():
        assert f'href="{nb.stem}.html"' in page and f'href="{nb.stem}-code.html"' in page
    assert "1 · The corpus" in page
    assert re.search(r"<td>articles</td>\s*<td>2</td>", page)
    assert re.search(r"<td>The Moscow Times</td>\s*<td>Rajab Safarov</td>", page)  # top speaker per outlet


def resource_urls(page: str) -> list[str]:
    """URLs the page's elements load (script/link/img/iframe src or href), script bodies excluded."""
    from html.parser import HTMLParser

    found = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio"):
                found.extend(v for k, v in attrs if k in ("src", "href") and v)

    P().feed(page)
    return found


def test_notebook_html_is_self_contained(suite_run):
    build, _ = suite_run
    for page_path in sorted(build.glob("[0-9]*.html")):
        page = page_path.read_text()
        assert page.count("plotly.js v") == 1 or page.count("* plotly.js") == 1  # embedded once
        external = [u for u in resource_urls(page) if re.match(r"(https?:)?//", u)]
        assert external == [], external  # nothing loaded from another host (links in text are fine)
        assert not [u for u in resource_urls(page) if re.search(r"require|mathjax|mermaid", u, re.I)]
        assert 'id="fig-words-per-article"' in page or not page_path.name.startswith("01_corpus")


def test_shared_pages_hide_code_and_review_pages_show_it(suite_run):
    build, _ = suite_run
    shared, review = (build / "01_corpus.html").read_text(), (build / "01_corpus-code.html").read_text()
    assert "load_tables" not in shared and "load_tables" in review


def test_figures_for_another_corpus_stay_out_of_figures(tmp_path):
    assert runner.default_figures_dir(runner.SEEDS, tmp_path) == ROOT / "figures"
    assert runner.default_figures_dir(tmp_path, tmp_path / "out") == tmp_path / "out" / "figures"


def test_a_failing_cell_names_notebook_and_cell(tmp_path):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("1 / 0")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "99_broken.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(runner.NotebookFailed, match=r"99_broken.ipynb: cell \d+ .*ZeroDivisionError"):
        runner.execute(path, tmp_path / "out" / path.name, {"corpus_dir": "x"})
    assert not (tmp_path / "out" / path.name).exists()  # nothing half-written


def test_cli_exits_non_zero_when_a_notebook_fails(tmp_path, monkeypatch):
    from analysis import __main__ as cli

    def boom(*a, **k):
        raise runner.NotebookFailed("01_corpus.ipynb: cell 3 failed: ValueError: x")

    monkeypatch.setattr(runner, "run", boom)
    assert cli.main(["run", "--out", str(tmp_path)]) == 1


def test_committed_notebooks_are_small_and_clean():
    for nb_path in runner.notebook_paths():
        assert nb_path.stat().st_size < 1_000_000
        text = nb_path.read_text()
        assert "plotly.js v" not in text  # no plotly.js inside committed notebooks
        nb = json.loads(text)
        assert "papermill" not in nb["metadata"]
        assert all(c.get("outputs") for c in nb["cells"] if c["cell_type"] == "code" and "parameters" not in c["metadata"].get("tags", []))


def test_figures_regenerate_byte_identical(suite_run, tmp_path):
    from analysis.figures import export_figures

    build, figures = suite_run
    export_figures(sorted((build / "notebooks").glob("*.ipynb")), tmp_path)
    for ext in ("svg", "html", "csv"):
        first = sorted(figures.glob(f"*.{ext}"))
        assert first, ext
        for f in first:
            assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name


def test_parameters_with_quotes_newlines_and_backslashes_pass_intact(tmp_path):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus_dir = ""')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("print(repr(corpus_dir))")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "10_echo.ipynb"
    nbformat.write(nb, path)
    value = 'C:\\corpora\\"quoted" it\'s\nsecond line'
    runner.execute(path, tmp_path / "out" / path.name, {"corpus_dir": value})
    out = nbformat.read(tmp_path / "out" / path.name, as_version=4)
    assert out.cells[-1].outputs[0]["text"].strip() == repr(value)


def test_a_second_run_on_the_same_output_stops_with_a_clear_message(tmp_path):
    from analysis.lock import OutputLocked, output_lock

    with output_lock(tmp_path):
        with pytest.raises(OutputLocked, match=r"is being written by pid \d+"):
            runner.run(runner.SEEDS, tmp_path, log=lambda *_: None)
    with output_lock(tmp_path):  # released: the next run may start
        pass


def test_a_killed_run_leaves_usable_outputs_and_the_next_run_succeeds(tmp_path):
    import signal
    import time

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "analysis", "run", "--out", str(out), "--figures", str(tmp_path / "fig"), "--no-images"]
    assert subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=600).returncode == 0
    before = {p.name: p.read_bytes() for p in (out / "tables").glob("*.parquet")}
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(8)  # somewhere in the notebooks
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    for name, data in before.items():  # every table is whole: the old one or a complete new one
        pd.read_parquet(out / "tables" / name)
    for page in out.glob("*.html"):
        assert page.read_text().rstrip().endswith("</html>"), page.name
    assert subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=600).returncode == 0
    assert pd.read_parquet(out / "tables" / "claims.parquet").shape[0] > 30
