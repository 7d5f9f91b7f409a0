"""The whole suite on the hostile fixture corpus: it runs to the end, lists every problem, and the
report opens with no script run. The corpus folder is never modified."""
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from hostile import write_hostile_corpus
from test_safe_html import PAYLOADS

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "hostile"


def snapshot(folder: Path) -> dict[str, str]:
    out = {}
    for dirpath, _dirs, files in os.walk(folder):
        for f in files:
            p = Path(dirpath) / f
            if p.is_symlink():
                out[str(p.relative_to(folder))] = "-> " + os.readlink(p)
            else:
                st = p.lstat()
                out[str(p.relative_to(folder))] = f"{st.st_size}:{st.st_mtime_ns}:{st.st_mode}"
    return out


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    shutil.rmtree(FIXTURE, ignore_errors=True)
    write_hostile_corpus(FIXTURE)
    for k, payload in enumerate(PAYLOADS):
        (FIXTURE / f"xss_{k}.txt").write_text(
            f"Title: Talks {payload}\nOutlet: Wire\nDate: 2021-03-0{k + 1}\n\n"
            f"Iranian Foreign Minister Darius Karimi met officials in Moscow on day {k}.\n\n"
            f"\"The talks went well {payload},\" Karimi said.\n", encoding="utf-8")
    before = snapshot(FIXTURE)
    out = tmp_path_factory.mktemp("hostile-run")
    result = subprocess.run([sys.executable, "-m", "analysis", "run", "--corpus", str(FIXTURE), "--out", str(out),
                             "--no-images"], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    return result, out, before


def test_the_run_goes_to_the_end(hostile_run):
    result, out, _ = hostile_run
    assert result.returncode == 0, result.stderr[-3000:]
    assert (out / "index.html").exists() and (out / "04_compare.html").exists()


def test_every_problem_is_listed_with_its_file(hostile_run):
    result, out, _ = hostile_run
    problems = pd.read_parquet(out / "tables" / "problems.parquet")
    kinds = set(problems["kind"])
    for kind in ("empty", "binary", "no-body", "exact-duplicate", "near-duplicate", "broken-record",
                 "no-text-column", "symlink-loop", "html", "language", "size", "date", "encoding"):
        assert kind in kinds, kind
    index = (out / "index.html").read_text()
    for name in ("empty.txt", "binary.txt", "no_text.csv", "records.jsonl#2"):
        assert name in index, name
        assert name in result.stderr, name  # and on stderr
    articles = pd.read_parquet(out / "tables" / "articles.parquet")
    assert {"ru", "fa"} <= set(articles["language"])


def test_non_english_articles_are_left_out_of_english_nlp(hostile_run):
    _, out, _ = hostile_run
    articles = pd.read_parquet(out / "tables" / "articles.parquet")
    mentions = pd.read_parquet(out / "tables" / "mentions.parquet")
    foreign = set(articles.loc[~articles["language"].isin(["en", "unknown"]), "article_id"])
    assert foreign and not foreign & set(mentions["article_id"])


def test_the_report_opens_with_no_script_run(browser, hostile_run):
    _, out, _ = hostile_run
    for path in [out / "index.html", out / "03_claims.html", out / "01_corpus.html"]:
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss === undefined") and dialogs == [], path.name
        page.close()


def test_the_corpus_folder_is_never_modified(hostile_run):
    _, _, before = hostile_run
    assert snapshot(FIXTURE) == before


CHILD = """
import multiprocessing as mp, sys, time
sys.path.insert(0, {root!r})
from analysis.pool import _watch_parent

def worker(parent):
    _watch_parent(parent, 0.1)
    time.sleep(60)

if __name__ == "__main__":
    import os
    p = mp.get_context("spawn").Process(target=worker, args=(os.getpid(),))
    p.start()
    print(p.pid, flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_a_pool_worker_exits_when_its_run_is_killed(tmp_path):
    """A run killed with SIGKILL runs no cleanup: its pool workers notice the parent is gone and exit,
    instead of keeping a loaded pipeline's memory for good."""
    import signal
    import time

    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(Path(__file__).resolve().parent.parent)))
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    worker = int(child.stdout.readline())
    assert _alive(worker)
    child.send_signal(signal.SIGKILL)
    child.wait()
    deadline = time.time() + 10
    while _alive(worker) and time.time() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)
