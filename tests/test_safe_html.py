"""Untrusted article text never runs script in the shared HTML: a hostile corpus, end to end."""
from pathlib import Path

import pytest

from analysis import runner

PAYLOADS = [
    "<script>window.__xss = 1</script>",
    '<img src=x onerror="window.__xss = 2">',
    '<a href="javascript:window.__xss = 3">click me</a>',
    "<b onmouseover=\"window.__xss = 4\">bold</b>",
]


def write_hostile_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k, payload in enumerate(PAYLOADS):
        (folder / f"hostile_{k}.txt").write_text(
            f"Title: {payload} Talks in Moscow\nOutlet: Wire {payload}\nAuthor: Jane {payload}\nDate: 2021-03-0{k + 1}\n"
            "URL: javascript:alert(1)\n\n"
            f"Iranian Foreign Minister Darius Karimi met Russian President Vladimir Putin in Moscow on day {k}. {payload}\n\n"
            f"\"The talks went well {payload},\" Karimi said.\n\n"
            f"Putin warned that sanctions {payload} would fail.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    write_hostile_corpus(root / "corpus")
    index = runner.run(root / "corpus", root / "build", figures_dir=root / "figures", images=False, log=lambda *_: None)
    return index.parent, root / "figures"


def test_hostile_articles_are_still_analysed(hostile_run):
    import pandas as pd

    build, _ = hostile_run
    claims = pd.read_parquet(build / "tables" / "claims.parquet")
    quotes = claims[claims["text"].str.contains("The talks went well", regex=False)]
    assert len(quotes) == len(PAYLOADS) and set(quotes["speaker"]) == {"Darius Karimi"}


def test_no_script_runs_in_any_page(browser, hostile_run):
    build, figures = hostile_run
    pages = sorted(build.glob("*.html")) + sorted(figures.glob("*.html"))
    assert len(pages) >= 2 * len(runner.notebook_paths()) + 1
    for path in pages:
        page = browser.new_page()
        dialogs, remote = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(("file:", "data:", "blob:", "about:")) else None)
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        # hover every chart point and click every link the corpus could have planted
        for link in page.locator("a[href^='javascript']").all():
            raise AssertionError(f"{path.name}: a javascript: link was rendered: {link.get_attribute('href')}")
        assert page.evaluate("window.__xss === undefined"), path.name
        assert page.locator("img[src='x'], b[onmouseover]").count() == 0, path.name
        assert dialogs == [] and remote == [], (path.name, dialogs, remote)
        page.close()
