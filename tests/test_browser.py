"""Open every rendered page in headless Chromium: charts draw, no console errors, nothing fetched."""
import pytest

from analysis import runner


def open_page(browser, path, width=1280):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors, remote = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors, remote


@pytest.mark.parametrize("width", [1280, 390])
def test_notebook_pages_draw_charts_offline(browser, suite_run, width):
    build, _ = suite_run
    for nb in runner.notebook_paths():
        page, errors, remote = open_page(browser, build / f"{nb.stem}{'-code' if width > 1000 else ''}.html", width)
        page.wait_for_selector(".plotly-graph-div svg.main-svg", timeout=15000)
        n_charts = page.locator(".plotly-graph-div").count()
        drawn = page.locator(".plotly-graph-div:has(svg.main-svg)").count()
        assert n_charts >= 3 and drawn == n_charts, (nb.name, n_charts, drawn)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, nb.name  # wide tables scroll inside
        assert errors == [], errors
        assert remote == [], remote
        page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_index_page_opens_offline_and_fits(browser, suite_run, width):
    build, _ = suite_run
    page, errors, remote = open_page(browser, build / "index.html", width)
    links = page.locator("ol a")
    assert links.count() == 2 * len(runner.notebook_paths())  # each notebook, shared and with code
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1  # nothing overflows the page
    assert errors == [] and remote == []
    page.close()


def test_exported_figure_html_draws_with_the_shared_plotlyjs(browser, suite_run):
    _, figures = suite_run
    page, errors, remote = open_page(browser, figures / "01_corpus-timeline.html")
    page.wait_for_selector(".plotly-graph-div svg.main-svg", timeout=15000)
    assert page.locator(".scatterlayer .point").count() == 2
    assert errors == [] and remote == []
    page.close()
