"""Shared fixtures: the bundled glossary, the user's sample, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import medgloss

# The tests assert medgloss's English messages: a French locale on the machine running them
# (LANGUAGE/LC_ALL/LANG) must not translate them.  test_i18n.py sets its own locales.
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory) -> None:
    """Compiled glossaries and cached results of this run in a folder of its own: the tests
    neither read what an earlier run (or the user) left in ~/.cache nor write there."""
    os.environ["MEDGLOSS_CACHE_DIR"] = str(tmp_path_factory.mktemp("medgloss-cache"))


@pytest.fixture(scope="session")
def glossary() -> medgloss.Glossary:
    return medgloss.default_glossary()


@pytest.fixture(scope="session")
def sample_text() -> str:
    if not SAMPLE.is_file():
        pytest.skip("the user's sample (../shared/seeds) is not present")
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture()
def cli(tmp_path, monkeypatch):
    """Run ``python -m medgloss`` and return the completed process."""

    def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "medgloss", *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=cwd or tmp_path,
            timeout=300,
        )

    return run
