"""Issue 17, classes 1 and 15: a cache can neither run code nor fake results, stays bounded,
and leaves no temporary file behind."""

from __future__ import annotations

import errno
import os
import pickle
from pathlib import Path

import pytest

import medgloss
from medgloss.batch.results import CachedResult, load_result, result_key, store_result
from medgloss.cache import store
from medgloss.findings.model import Edit, Finding, Fix

WRONG = "Le traitement débute dès que le diagnostic est atteint.\n"


class _Planted:
    """Unpickling this runs code: it creates ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (self.marker,))


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(folder))
    monkeypatch.setattr(store, "_written_since_check", [-1])
    return folder


def _finding() -> Finding:
    return Finding("doc.txt", 3, 7, "MG105", "c", "error", "message", "atteint", ["posé"],
                   fix=Fix((Edit(3, 7, "posé"),), True, "t"), context={"msgid": "x"})


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "key")


def test_a_planted_pickle_in_the_result_cache_runs_no_code(cache: Path, tmp_path: Path, glossary) -> None:
    key = result_key(WRONG.encode(), "doc.txt", glossary, None, None, None)
    store_result(key, CachedResult([_finding()], WRONG))
    marker = tmp_path / "pwned"
    [entry] = _entries(cache)
    entry.write_bytes(pickle.dumps(_Planted(marker)))
    assert load_result(key) is None
    assert not marker.exists()


def test_a_planted_compiled_glossary_runs_no_code(cache: Path, tmp_path: Path) -> None:
    from medgloss.matching import cache as compiled_cache

    glossary = medgloss.load_glossary()
    compiled_cache._MEMO.clear()
    first = compiled_cache.compiled(glossary)
    marker = tmp_path / "pwned"
    planted = [p for p in _entries(cache) if p.name.startswith(("compiled-", "glossary-"))]
    assert len(planted) == 3  # the loaded glossary, its compiled form and the form's gate
    for path in planted:
        path.write_bytes(pickle.dumps(_Planted(marker)))
    compiled_cache._MEMO.clear()
    again = compiled_cache.compiled(medgloss.load_glossary())
    assert not marker.exists()
    assert again.keys == first.keys and again.lookup_key("humidifier")  # rebuilt, still working


def test_an_entry_forged_without_the_key_is_a_miss(cache: Path, glossary) -> None:
    key = result_key(WRONG.encode(), "doc.txt", glossary, None, None, None)
    store_result(key, CachedResult([_finding()], WRONG))
    assert load_result(key).findings == [_finding()]  # round trip of a real entry
    [entry] = _entries(cache)
    # An attacker who can write the folder but not read the key fakes « All clear ».
    from medgloss.batch.results import _CODEC

    payload = _CODEC.packb([[], None])
    forged = store._signature(b"x" * 32, entry.relative_to(cache).as_posix(), payload)
    entry.write_bytes(store._MAGIC + forged + payload)
    assert load_result(key) is None


def test_cache_folder_is_private_and_key_is_0600(cache: Path, glossary) -> None:
    store.store_entry("results/ab/cd.msgpack", b"payload")
    assert (cache.stat().st_mode & 0o777) == 0o700
    assert ((cache / "key").stat().st_mode & 0o777) == 0o600
    assert store.load_entry("results/ab/cd.msgpack") == b"payload"


def test_a_folder_others_can_write_is_not_trusted(cache: Path) -> None:
    store.store_entry("entry.msgpack", b"payload")
    os.chmod(cache, 0o777)
    assert store.load_entry("entry.msgpack") is None


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_files_owned_by_another_user_are_not_trusted(cache: Path) -> None:
    store.store_entry("entry.msgpack", b"payload")
    os.chown(cache / "entry.msgpack", 65534, 65534)
    assert store.load_entry("entry.msgpack") is None
    os.chown(cache / "entry.msgpack", 0, 0)
    assert store.load_entry("entry.msgpack") == b"payload"
    os.chown(cache, 65534, 65534)
    assert store.load_entry("entry.msgpack") is None


def test_the_cache_is_bounded_by_evicting_the_oldest(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDGLOSS_CACHE_MAX_BYTES", "20000")
    for i in range(40):
        store.store_entry(f"results/{i:02d}/entry.msgpack", bytes(2000))
        os.utime(cache / f"results/{i:02d}/entry.msgpack", (1000 + i, 1000 + i))
    total = sum(p.stat().st_size for p in _entries(cache))
    assert total <= 20000 + 2 * 2100  # the bound, give or take the writes since the last check
    assert (cache / "results/39/entry.msgpack").exists()  # the newest is kept
    assert not (cache / "results/00/entry.msgpack").exists()


def test_a_full_disk_leaves_no_temporary_file(cache: Path, monkeypatch: pytest.MonkeyPatch, glossary) -> None:
    store.store_entry("first.msgpack", b"x")  # the folder and key exist

    real_replace = os.replace

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    key = result_key(WRONG.encode(), "doc.txt", glossary, None, None, None)
    store_result(key, CachedResult([_finding()], WRONG))
    monkeypatch.setattr(os, "replace", real_replace)
    assert not [p for p in cache.rglob("*") if p.name.endswith(".tmp")]
    assert load_result(key) is None


def test_stale_temporary_files_are_cleaned(cache: Path) -> None:
    store.store_entry("first.msgpack", b"x")
    stale = cache / ".left-by-a-crash.tmp"
    stale.write_bytes(b"partial")
    os.utime(stale, (1, 1))
    store.evict(cache, 10**9)
    assert not stale.exists() and (cache / "first.msgpack").exists()
