"""Shared fixtures: the project paths, the seeds corpus, one full suite run per session."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from analysis import runner
from analysis.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds():
    """The seeds corpus, indexed by article id."""
    corpus = load_corpus(SEEDS)
    return corpus.articles.set_index("article_id", drop=False)


@pytest.fixture(scope="session")
def suite_run(tmp_path_factory):
    """One full run of the suite on the seeds into a temporary output folder."""
    out = tmp_path_factory.mktemp("run")
    cwd = os.getcwd()
    index = runner.run(SEEDS, out / "build", figures_dir=out / "figures", log=lambda *_: None)
    # the notebooks run side by side in threads: none may move the process (nbval reads relative paths)
    assert os.getcwd() == cwd
    return index.parent, out / "figures"


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    path = chromium_path()
    if not path:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: `make test` installs it as root; else apt-get install chromium")
        pytest.skip("Chromium is not installed (Debian/Ubuntu: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()
