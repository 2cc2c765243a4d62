"""The cache folder: two runs missing the same entry at once build it once (the second waits on
the folder's lock, filelock, and loads what the first stored), and a folder medgloss refuses is
said once on stderr."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medgloss.cache import store
from medgloss.cache.codec import Codec


def _build_slowly(folder: str, marks: str) -> list[str]:
    with open(marks, "a") as handle:
        handle.write(f"{os.getpid()}\n")
    time.sleep(0.5)
    return ["greffon", "réanimation"]


def _worker(folder: str, marks: str, out: "multiprocessing.Queue[list[str]]") -> None:
    os.environ["MEDGLOSS_CACHE_DIR"] = folder
    out.put(store.cached_value("words.msgpack", Codec([]), lambda: _build_slowly(folder, marks), list))


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(folder))
    return folder


def test_two_processes_missing_one_entry_build_it_once(cache: Path, tmp_path: Path) -> None:
    marks = tmp_path / "builds"
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    runs = [context.Process(target=_worker, args=(str(cache), str(marks), out)) for _ in range(2)]
    for run in runs:
        run.start()
    values = [out.get(timeout=60) for _ in runs]
    for run in runs:
        run.join(60)
    assert values == [["greffon", "réanimation"]] * 2
    assert len(marks.read_text().split()) == 1


def test_the_lock_lives_in_the_cache_folder_and_survives_eviction(cache: Path) -> None:
    with store.building("words.msgpack"):
        locks = list((cache / "locks").iterdir())
    assert len(locks) == 1 and locks[0].suffix == ".lock"
    store.evict(cache, 0)
    assert locks[0].exists()


def test_without_a_cache_folder_the_build_runs_unlocked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDGLOSS_NO_CACHE", "1")
    built: list[int] = []
    value = store.cached_value("words.msgpack", Codec([]), lambda: built.append(1) or ["greffon"], list)
    assert value == ["greffon"] and built == [1]


@pytest.mark.parametrize("why, make", [
    ("other users can write to it", lambda p: (p.mkdir(), p.chmod(0o777))),
    ("it is not a folder", lambda p: p.write_text("")),
])
def test_a_refused_cache_folder_is_said_once_after_the_report(tmp_path: Path, why: str, make) -> None:
    folder = tmp_path / "cache"
    make(folder)
    sample = tmp_path / "one.txt"
    sample.write_text("Une carence en NEMO est traitée.\n", encoding="utf-8")
    env = {**os.environ, "MEDGLOSS_CACHE_DIR": str(folder)}
    env.pop("MEDGLOSS_NO_CACHE", None)
    # Without a cache the whole glossary is compiled: 30 s idle, minutes on a loaded machine.
    # The timeout only guards against a hang.
    run = subprocess.run([sys.executable, "-m", "medgloss", "check", str(sample)], env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 1 and "MG101" in run.stdout
    warnings = [line for line in run.stderr.splitlines() if "cache folder not used" in line]
    assert warnings == [f"medgloss: warning: {folder}: cache folder not used ({why}); results stay right, runs stay slow"]


def test_a_usable_cache_folder_says_nothing(cache: Path, tmp_path: Path) -> None:
    sample = tmp_path / "one.txt"
    sample.write_text("Un déficit en NEMO est traité.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "medgloss", "check", str(sample)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0 and run.stderr == ""
