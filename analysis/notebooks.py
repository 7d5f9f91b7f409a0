"""Keep the committed notebooks as nbval references: executed on the seeds, deterministic, small."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

from .tables import atomic_write_text

VOLATILE_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes from run to run (timings, papermill bookkeeping) and renumber cells."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    count = 0
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count if cell.outputs or cell.source.strip() else None
            for out in cell.outputs:
                if "execution_count" in out:
                    out["execution_count"] = count
    return nb


def refresh(path: Path, *, kernel: str = "python3", timeout: int = 1200) -> None:
    """Execute ``path`` in place with its default parameters (the seeds) and clean it."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name=kernel, timeout=timeout, resources={"metadata": {"path": str(path.parent)}}).execute()
    atomic_write_text(path, nbformat.writes(clean(nb)) + "\n")
