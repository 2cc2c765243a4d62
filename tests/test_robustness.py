"""Robustness: encodings kept on --fix, empty input, and a fixer killed at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# A glossary layer of our own whose correction needs « œ », absent from Latin-1 but in cp1252.
OEDEME = """\
domain: test
concepts:
  - id: test-oedeme
    source: mesh-fr
    en: [oedema]
    fr:
      - {term: œdème, status: preferred, pos: noun, gender: m}
      - {term: edème, status: forbidden, pos: noun, gender: m}
"""


@pytest.fixture()
def oedeme(tmp_path: Path) -> Path:
    path = tmp_path / "oedeme.yaml"
    path.write_text(OEDEME, encoding="utf-8")
    return path


def test_fix_never_changes_the_encoding(cli, tmp_path, oedeme) -> None:
    original = "Un edème du bras après la perfusion, déjà signalé.\n"
    target = tmp_path / "cp1252.txt"
    target.write_bytes(original.encode("cp1252"))
    result = cli("check", "--fix", "--encoding", "cp1252", "--glossary", str(oedeme), "cp1252.txt")
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data == original.replace("edème", "œdème").encode("cp1252")
    assert b"\x9c" in data  # œ in cp1252, not the two UTF-8 bytes


def test_fix_that_the_encoding_cannot_hold_leaves_the_file(cli, tmp_path, oedeme) -> None:
    original = "Un edème du bras après la perfusion.\n".encode("latin-1")
    target = tmp_path / "latin1.txt"
    target.write_bytes(original)
    result = cli("check", "--fix", "--encoding", "latin-1", "--glossary", str(oedeme), "latin1.txt")
    assert result.returncode == 2
    assert result.stderr.startswith("medgloss: error: latin1.txt:1: ") and "latin-1 cannot encode" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin1.txt", "oedeme.yaml"]


def test_utf16_with_bom_is_fixed_in_utf16(cli, tmp_path) -> None:
    target = tmp_path / "utf16.txt"
    text = "Des médicaments pour humidifier le système immunitaire.\r\n"
    target.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert cli("check", "--fix", "utf16.txt").returncode == 0
    assert target.read_bytes() == b"\xff\xfe" + text.replace("humidifier", "atténuer").encode("utf-16-le")


def test_empty_and_blank_files(cli, tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n\n  \n", encoding="utf-8")
    result = cli("check", "--fix", "empty.txt", "blank.txt")
    assert result.returncode == 0 and result.stderr == ""
    assert (tmp_path / "empty.txt").read_bytes() == b""


# -- a fixer killed at random points -------------------------------------------------------

SENTENCES = [
    "Des médicaments biologiques peuvent humidifier le système immunitaire.",
    "L’injection intra-veineuse doit être faite lentement.",
    "Le syndrome de carence en NEMO touche surtout les garçons.",
    "Les IVIG sont préparées à partir du plasma de nombreux donneurs.",
    "Le fichier de configuration est relu à chaque démarrage.",
]


def _files(folder: Path, count: int) -> dict[str, bytes]:
    rng = random.Random(count)
    contents = {}
    for i in range(count):
        lines = [rng.choice(SENTENCES) for _ in range(40 + i % 13)]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (folder / f"doc{i:03d}.txt").write_bytes(data)
        contents[f"doc{i:03d}.txt"] = data
    return contents


def test_killed_fixer_leaves_every_file_original_or_fully_fixed(tmp_path) -> None:
    reference = tmp_path / "reference"
    work = tmp_path / "work"
    reference.mkdir()
    work.mkdir()
    originals = _files(reference, 60)
    command = [sys.executable, "-m", "medgloss", "check", "--fix"]
    start = time.perf_counter()
    subprocess.run([*command, str(reference)], capture_output=True, check=False, timeout=300)
    full_run = time.perf_counter() - start
    fixed = {name: (reference / name).read_bytes() for name in originals}
    assert all(fixed[n] != originals[n] for n in originals)  # every file has something to fix
    rng = random.Random(8)
    states: set[str] = set()
    for attempt in range(24):
        if attempt >= 8 and states == {"original", "fixed"}:
            break
        for name, data in originals.items():
            (work / name).write_bytes(data)
        process = subprocess.Popen([*command, str(work)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, full_run))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        for name in originals:
            data = (work / name).read_bytes()
            assert data in (originals[name], fixed[name]), f"{name} is half-written"
            states.add("fixed" if data == fixed[name] else "original")
        for leftover in work.glob(".*.medgloss-tmp"):
            os.unlink(leftover)  # a killed writer may leave its temporary file, never a torn target
        assert {p.name for p in work.iterdir()} == set(originals)
    # Some kills landed while the files were being rewritten (timing varies with the load).
    assert states == {"original", "fixed"}
