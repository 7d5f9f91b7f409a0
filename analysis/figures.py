"""Export the figures a notebook showed: interactive HTML, PNG, SVG and the CSV of what is plotted.

Figures are found in executed notebooks by the slug :func:`analysis.charts.show` put in the
output metadata, and written as ``<notebook>-<slug>.<ext>``. The HTML files share one
``plotly.min.js`` beside them instead of each embedding a copy.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import plotly
import plotly.graph_objects as go
import plotly.io as pio

from .charts import FIGURE_MIME
from .tables import atomic_write_bytes, atomic_write_text

TRACE_COLUMNS = ["x", "y", "z", "text", "hovertext", "ids", "labels", "values", "parents", "lat", "lon"]


def notebook_figures(path: Path) -> list[tuple[str, dict]]:
    """``(slug, figure dict)`` for every figure shown in an executed notebook, in order."""
    nb = nbformat.read(path, as_version=4)
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            slug = out.get("metadata", {}).get("analysis", {}).get("figure")
            if slug and FIGURE_MIME in out.get("data", {}):
                found.append((slug, out["data"][FIGURE_MIME]))
    return found


def _array(value) -> list | None:
    """A trace data array as a list, decoding plotly's base64 typed arrays (``bdata``)."""
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, dict) and "bdata" in value:
        arr = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        if "shape" in value:
            arr = arr.reshape([int(n) for n in str(value["shape"]).split(",")])
        return arr.tolist()
    return list(value)


def _customdata_names(trace: go.BaseTraceType) -> dict[int, str]:
    template = getattr(trace, "hovertemplate", None) or ""
    return {int(i): name.strip() for name, i in re.findall(r"([^=<>]+)=%\{customdata\[(\d+)\]", template)}


def plotted_data(fig: go.Figure) -> pd.DataFrame:
    """One row per plotted point: trace name plus every data array the traces carry."""
    frames = []
    for i, trace in enumerate(fig.data):
        cols: dict[str, object] = {}
        for attr in TRACE_COLUMNS:
            value = _array(getattr(trace, attr, None) if attr in trace else None)
            if value is not None:
                cols[attr] = value
        size = getattr(getattr(trace, "marker", None), "size", None)
        if size is not None and not isinstance(size, (int, float)):
            cols["marker_size"] = _array(size)
        custom = _array(getattr(trace, "customdata", None))
        if custom is not None:
            names = _customdata_names(trace)
            for j, column in enumerate(zip(*custom)):
                cols[names.get(j, f"customdata_{j}")] = list(column)
        n = max((len(v) for v in cols.values()), default=0)
        df = pd.DataFrame({k: v for k, v in cols.items() if len(v) == n})
        df.insert(0, "trace", trace.name or str(i))
        frames.append(df)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def export_figures(notebooks: list[Path], figures_dir: Path, *, images: bool = True) -> list[Path]:
    """Write every figure of the executed ``notebooks`` into ``figures_dir``; returns the files."""
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(figures_dir / "plotly.min.js", plotlyjs())
    written: list[Path] = []
    to_image: list[tuple[go.Figure, Path]] = []
    for nb in notebooks:
        stem = Path(nb).stem
        for slug, spec in notebook_figures(nb):
            fig = go.Figure(spec)
            base = figures_dir / f"{stem}-{slug}"
            page = pio.to_html(fig, include_plotlyjs="plotly.min.js", full_html=True, div_id=f"fig-{slug}",
                               config={"displaylogo": False, "responsive": True})
            atomic_write_text(base.with_suffix(".html"), page)
            atomic_write_bytes(base.with_suffix(".csv"), plotted_data(fig).to_csv(index=False).encode("utf-8"))
            written += [base.with_suffix(".html"), base.with_suffix(".csv")]
            to_image.append((fig, base))
    if images and to_image:
        written += _write_images(to_image)
    return written


def plotlyjs() -> str:
    """The plotly.js bundled with the installed plotly package."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def stable_svg(svg: bytes, name: str) -> bytes:
    """Replace plotly.js's random ids (plot, clip paths, gradients, trace classes) with ones derived
    from ``name`` and their order, so the same figure always gives the same bytes."""
    tokens: list[bytes] = []
    for m in re.finditer(rb'id="([^"]+)"|\btrace([0-9a-f]{6})\b', svg):
        for token in re.findall(rb"[0-9a-f]{6,}", m[1] or m[2]):
            if token not in tokens:
                tokens.append(token)
    for i, token in enumerate(tokens):
        fixed = hashlib.sha256(f"{name}-{i}".encode()).hexdigest()[: len(token)].encode()
        svg = svg.replace(token, fixed)
    return svg


IMAGE_STATE = ".images.json"  # figure name -> key of the spec its PNG/SVG were drawn from


def _image_key(fig: go.Figure) -> str:
    from importlib.metadata import version

    spec = fig.to_json() + f"|{plotly.__version__}|{version('kaleido')}|{fig.layout.height}"
    return hashlib.sha256(spec.encode()).hexdigest()[:16]


def _write_images(items: list[tuple[go.Figure, Path]]) -> list[Path]:
    """PNG and SVG through kaleido, one browser for the whole batch (needs a Chromium); says what to
    install when it cannot. A figure whose spec is unchanged since its images were drawn is skipped
    (drawing is most of a warm run's time)."""
    if not items:
        return []
    state_path = items[0][1].parent / IMAGE_STATE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    keys = {base.name: _image_key(fig) for fig, base in items}
    current = [base.with_suffix(f".{fmt}") for fig, base in items for fmt in ("png", "svg")
               if state.get(base.name) == keys[base.name] and base.with_suffix(f".{fmt}").exists()]
    done = {p.with_suffix("") for p in current if p.with_suffix(".png") in current and p.with_suffix(".svg") in current}
    todo = [(fig, base) for fig, base in items if base not in done]
    written = [p for p in current if p.with_suffix("") in done] + _draw_images(todo)
    drawn = {p.with_suffix("") for p in written}
    atomic_write_text(state_path, json.dumps({b.name: keys[b.name] for _, b in items if b in drawn},
                                             indent=1, sort_keys=True) + "\n")
    return written


def _draw_images(items: list[tuple[go.Figure, Path]]) -> list[Path]:
    written: list[Path] = []
    if not items:
        return written
    try:
        for fmt in ("png", "svg"):
            tmps = [base.with_name(f".{base.name}.tmp.{fmt}") for _, base in items]
            pio.write_images([fig for fig, _ in items], tmps, format=fmt, width=1000,
                             height=[int(fig.layout.height or 420) for fig, _ in items], scale=1)
            for tmp, (_, base) in zip(tmps, items):
                data = tmp.read_bytes()
                tmp.unlink()
                if fmt == "svg":
                    data = stable_svg(data, base.name)
                atomic_write_bytes(base.with_suffix(f".{fmt}"), data)
                written.append(base.with_suffix(f".{fmt}"))
    except Exception as exc:  # kaleido without a browser: keep the HTML and CSV, say why
        print(f"figures: PNG/SVG export skipped ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
              "install Chromium (Debian: apt-get install chromium) for static images", file=sys.stderr)
    return written
