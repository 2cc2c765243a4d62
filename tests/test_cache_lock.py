"""Two runs missing the same cache entry at once build it once: the second waits on the cache
folder's lock (filelock) and loads what the first stored."""

from __future__ import annotations

import multiprocessing
import os
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
