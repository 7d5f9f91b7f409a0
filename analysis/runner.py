"""Run the whole suite: extract once, execute every notebook with papermill, render the report."""
from __future__ import annotations

import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import papermill as pm

from . import pipeline
from .figures import export_figures
from .lock import OutputLocked, output_lock
from .report import render_notebook, write_index

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SEEDS = ROOT / "seeds"


class NotebookFailed(RuntimeError):
    """A notebook cell raised; the message names the notebook and the cell."""


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The suite's notebooks in order (``NN_name.ipynb``)."""
    return sorted(p for p in Path(folder).glob("[0-9]*.ipynb") if not p.name.startswith("."))


def default_figures_dir(corpus_dir: Path, out_dir: Path) -> Path:
    """``figures/`` for the seeds (committed); a run on another corpus keeps its figures in its output."""
    return ROOT / "figures" if Path(corpus_dir).resolve() == SEEDS else Path(out_dir) / "figures"


NOTEBOOK_WORKERS = 2


def execute(notebook: Path, dest: Path, parameters: dict, *, kernel: str = "python3") -> None:
    """Execute one notebook with papermill into ``dest`` (written whole, or not at all)."""
    known = pm.inspect_notebook(str(notebook))
    params = {k: v for k, v in parameters.items() if k in known}
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.stem}.", suffix=".ipynb")
    os.close(fd)
    try:
        # the kernel starts in the notebook's folder (nbclient's resources path), not by papermill's
        # cwd=, which changes the working directory of this whole process (and races across threads)
        pm.execute_notebook(str(notebook), tmp, parameters=params, kernel_name=kernel,
                            progress_bar=False, log_output=False,
                            resources={"metadata": {"path": str(notebook.parent)}})
        os.replace(tmp, dest)
    except pm.PapermillExecutionError as exc:
        raise NotebookFailed(
            f"{notebook.name}: cell {exc.cell_index} (execution count {exc.exec_count}) failed: "
            f"{exc.ename}: {exc.evalue}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def run(corpus_dir: Path = SEEDS, out_dir: Path = ROOT / "build", *, spacy_model: str = pipeline.DEFAULT_MODEL,
        figures_dir: Path | None = None, images: bool = True,
        notebooks: list[Path] | None = None, log=print, extract_options: dict | None = None) -> Path:
    """Extract the tables, execute the notebooks, write HTML, figures and ``index.html``; returns the index.

    ``extract_options`` go to :func:`pipeline.extract` (``n_process``, ``scheduler``, ``strict``, …);
    with ``strict``, a corpus with problems stops the run before anything is written.
    """
    corpus_dir, out_dir = Path(corpus_dir).resolve(), Path(out_dir).resolve()
    extract_options = dict(extract_options or {})
    if extract_options.get("strict"):
        pipeline.check_strict(corpus_dir)
    with output_lock(out_dir):
        return _run(corpus_dir, out_dir, spacy_model, figures_dir, images, notebooks, log, extract_options)


def _run(corpus_dir: Path, out_dir: Path, spacy_model: str, figures_dir: Path | None, images: bool,
         notebooks: list[Path] | None, log, extract_options: dict) -> Path:
    figures_dir = Path(figures_dir or default_figures_dir(corpus_dir, out_dir)).resolve()
    notebooks = notebooks or notebook_paths()
    log(f"extract: {corpus_dir} -> {out_dir / 'tables'}")
    tables = pipeline.extract(corpus_dir, out_dir, spacy_model, **extract_options)
    log(f"extract: {tables.n_rows('articles')} articles, {tables.n_rows('problems')} problems")
    params = {"corpus_dir": str(corpus_dir), "out_dir": str(out_dir), "spacy_model": spacy_model,
              "scheduler": extract_options.get("scheduler") or ""}
    pages: list = []
    executed = [out_dir / "notebooks" / nb.name for nb in notebooks]
    for nb in notebooks:
        log(f"run: {nb.name}")
    # The notebooks only read the tables: their kernels run side by side, two at a time (a kernel's
    # start and plotly's import are most of a notebook's time on the seeds).
    with ThreadPoolExecutor(max_workers=NOTEBOOK_WORKERS) as pool:
        for done in [pool.submit(execute, nb, dest, params) for nb, dest in zip(notebooks, executed)]:
            done.result()
    for nb in executed:
        page, code_page = out_dir / f"{nb.stem}.html", out_dir / f"{nb.stem}-code.html"
        title = render_notebook(nb, page, hide_code=True,
                                nav=f'<a href="index.html">← report</a> · <a href="{code_page.name}">show the code</a>')
        render_notebook(nb, code_page, hide_code=False,
                        nav=f'<a href="index.html">← report</a> · <a href="{page.name}">hide the code</a>')
        pages.append((page.name, code_page.name, title))
        log(f"html: {page} (+ {code_page.name} with code)")
    files = export_figures(executed, figures_dir, images=images)
    log(f"figures: {len(files)} files in {figures_dir}")
    index = out_dir / "index.html"
    write_index(index, pages, tables, corpus_dir=str(corpus_dir), spacy_model=spacy_model)
    log(f"report: {index}")
    return index


def main_run(args) -> int:
    try:
        run(args.corpus, args.out, spacy_model=args.model, figures_dir=args.figures, images=not args.no_images,
            extract_options=pipeline.options_from_args(args))
    except pipeline.StrictError as exc:
        print(f"run stopped: {exc}", file=sys.stderr)
        return 2
    except (NotebookFailed, OutputLocked) as exc:
        print(f"run failed: {exc}", file=sys.stderr)
        return 1
    return 0
