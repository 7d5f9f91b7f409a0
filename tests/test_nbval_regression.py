"""nbval is a real regression test: a changed result on the seeds makes it fail."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nbval(workdir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p", "no:cacheprovider",
         "-c", "/dev/null", "--rootdir", str(workdir), str(workdir / "notebooks" / "01_corpus.ipynb")],
        cwd=workdir, capture_output=True, text=True, timeout=600)


def copy_project(tmp_path: Path) -> Path:
    work = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", work / "notebooks")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    return work


def test_nbval_passes_on_the_seeds_and_fails_when_a_seed_changes(tmp_path):
    work = copy_project(tmp_path)
    assert nbval(work).returncode == 0
    seed = work / "seeds" / "002_cdc6c137350c744d.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Author: Vladimir Platov", "Author: Ivan Petrov"),
                    encoding="utf-8")
    result = nbval(work)
    assert result.returncode != 0
    assert "Ivan Petrov" in result.stdout and "Vladimir Platov" in result.stdout  # the diff shows the change
