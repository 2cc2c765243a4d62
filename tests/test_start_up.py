"""What a one-line check imports (issue 19, one-line latency ≤ 0.3 s): nothing its run does not
use.  The YAML parser (the glossary comes from the cache), the rule patterns' engine (no rule
with a pattern is tried), pathspec (no folder is walked), the process pool (no ``--jobs``),
package metadata (no result cache), logging (no verbecc) and SQLite (no word looked up in
Lexique383 on a line without a term) each cost milliseconds to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medgloss.api import checker_for

NOT_NEEDED = ("yaml", "regex", "pathspec", "multiprocessing", "concurrent.futures", "importlib.metadata",
              "logging", "sqlite3", "jsonschema", "spacy", "verbecc")

_PROBE = """
import sys, json
sys.argv = ["medgloss", *{argv!r}]
from medgloss.cli.main import main
code = main(sys.argv[1:])
sys.__stderr__.write("\\nIMPORTED " + json.dumps(sorted(m for m in {names!r} if m in sys.modules)) + "\\n")
raise SystemExit(code)
"""


def _run(tmp_path: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    code = _PROBE.format(names=NOT_NEEDED, argv=list(argv))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    line = next(l for l in done.stderr.splitlines() if l.startswith("IMPORTED "))
    return done, set(json.loads(line.removeprefix("IMPORTED ")))


def _imported(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    done, imported = _run(tmp_path, *argv)
    return done.returncode, imported


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> None:
    checker_for()  # the glossary loaded and compiled in the test cache


def test_a_clean_line_imports_only_what_it_uses(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Le fichier de configuration est lu au démarrage du service.\n", encoding="utf-8")
    _imported(tmp_path, "check", "--no-cache", str(path))  # a first run fills medgloss's caches (word lists…)
    status, imported = _imported(tmp_path, "check", "--no-cache", str(path))
    assert status == 0 and imported == set()


def test_a_walked_folder_and_jobs_still_get_what_they_need(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Une carence en NEMO est traitée.\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Le patient va bien.\n", encoding="utf-8")
    (tmp_path / "docs" / "skip.txt").write_text("Une carence en NEMO est traitée.\n", encoding="utf-8")
    done, imported = _run(tmp_path, "check", "--no-cache", "--jobs", "2", "--exclude", "skip.txt",
                          "--format", "json", "docs")
    assert done.returncode == 1
    assert {"pathspec", "multiprocessing", "concurrent.futures"} <= imported
    files = {f["path"] for f in json.loads(done.stdout)["findings"]}
    assert files == {str(Path("docs") / "a.txt")}
