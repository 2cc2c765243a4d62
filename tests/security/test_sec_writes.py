"""Issue 17, classes 2, 8, 9, 10, 13 and 16: writes respect what the path is, --fix never
loses a concurrent edit, the report never replaces an input, special files are never read."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import medgloss.cli.check as check_cli
from medgloss.errors import DocumentError

from sec_helpers import FIXED, WRONG

root_only = pytest.mark.skipif(os.geteuid() != 0, reason="needs root (mknod, chown)")


def test_fix_really_fixes(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    assert medgloss_run("check", "--fix", "doc.txt").code == 0
    assert (tmp_path / "doc.txt").read_text(encoding="utf-8") == FIXED


# --- class 2: special files are never replaced -------------------------------------------

def test_output_file_onto_a_fifo_is_refused(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    result = medgloss_run("check", "--output-file", "pipe", "doc.txt")
    assert result.code == 2 and "not a regular file" in result.err and "Traceback" not in result.err
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)


@root_only
def test_output_file_onto_a_device_is_refused(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = medgloss_run("check", "--output-file", "null", "doc.txt")
    assert result.code == 2 and "is a device" in result.err
    assert stat.S_ISCHR(os.lstat(tmp_path / "null").st_mode)


# --- class 8: compare-and-swap on --fix ---------------------------------------------------

def test_a_line_appended_during_fix_is_not_lost(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    real = check_cli.check_document

    def check_then_edit(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        with doc.open("a", encoding="utf-8") as handle:  # the user saves while medgloss runs
            handle.write("Une ligne ajoutée.\n")
        return found

    monkeypatch.setattr(check_cli, "check_document", check_then_edit)
    result = medgloss_run("check", "--fix", "doc.txt")
    assert result.code == 2
    assert "changed on disk" in result.err and result.err.count("\n") == 1
    assert doc.read_text(encoding="utf-8") == WRONG + "Une ligne ajoutée.\n"


def test_second_of_two_concurrent_fixes_is_refused(tmp_path: Path) -> None:
    from medgloss.documents.io import read_with_snapshot, write_file

    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    _, first = read_with_snapshot(str(doc))
    _, second = read_with_snapshot(str(doc))
    write_file(doc, b"first run\n", expect=first)
    with pytest.raises(DocumentError, match="changed on disk"):
        write_file(doc, b"second run\n", expect=second)
    assert doc.read_bytes() == b"first run\n"


def test_same_size_same_time_edit_is_caught_by_the_hash(tmp_path: Path) -> None:
    from medgloss.documents.io import read_with_snapshot, write_file

    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"aaaa\n")
    _, snapshot = read_with_snapshot(str(doc))
    info = doc.stat()
    with doc.open("r+b") as handle:  # same inode, same size, time put back
        handle.write(b"bbbb\n")
    os.utime(doc, ns=(info.st_atime_ns, info.st_mtime_ns))
    with pytest.raises(DocumentError, match="changed on disk"):
        write_file(doc, b"fixed\n", expect=snapshot)
    assert doc.read_bytes() == b"bbbb\n"


# --- class 9: the report never replaces an input ------------------------------------------

def test_output_file_naming_an_input_is_refused(medgloss_run, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    os.link(doc, tmp_path / "alias.txt")
    for output in ("doc.txt", "./doc.txt", "alias.txt"):
        result = medgloss_run("check", "--output-file", output, "doc.txt")
        assert result.code == 2 and "also an input" in result.err
    result = medgloss_run("check", "--output-file", "doc.txt", ".")  # found by walking
    assert result.code == 2
    assert doc.read_text(encoding="utf-8") == WRONG


# --- class 10: links are kept -------------------------------------------------------------

def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert medgloss_run("check", "--fix", "link.txt").code == 0
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == FIXED


def test_fix_of_a_hard_link_keeps_the_link(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WRONG, encoding="utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    assert medgloss_run("check", "--fix", "a.txt").code == 0
    assert os.path.samefile(tmp_path / "a.txt", tmp_path / "b.txt")
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == FIXED


# --- class 13: metadata kept, umask followed ---------------------------------------------

def test_new_output_file_follows_the_umask(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    old = os.umask(0o022)
    try:
        medgloss_run("check", "--output-file", "report.txt", "doc.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o644


def test_fix_keeps_mode_and_xattrs(medgloss_run, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    os.chmod(doc, 0o640)
    try:
        os.setxattr(doc, "user.medgloss-test", b"kept")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    assert medgloss_run("check", "--fix", "doc.txt").code == 0
    assert doc.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert os.getxattr(doc, "user.medgloss-test") == b"kept"


@root_only
def test_fix_keeps_owner_and_group(medgloss_run, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(WRONG, encoding="utf-8")
    os.chown(doc, 65534, 65534)
    assert medgloss_run("check", "--fix", "doc.txt").code == 0
    info = doc.stat()
    assert (info.st_uid, info.st_gid) == (65534, 65534)
    assert doc.read_text(encoding="utf-8") == FIXED


# --- class 16: special files are never read ----------------------------------------------

def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=120, env={**os.environ, **(env or {})})


def test_a_fifo_named_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = _cli("check", "pipe.txt", cwd=tmp_path)  # would block forever if it were opened for reading
    assert result.returncode == 2
    assert result.stderr == "medgloss: error: pipe.txt: is a FIFO (named pipe), not a regular file; not read\n"


def test_dev_zero_is_refused(medgloss_run) -> None:
    result = medgloss_run("check", "/dev/zero")
    assert result.code == 2 and "is a device" in result.err


def test_a_fifo_in_a_walked_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "doc.txt").write_text(WRONG, encoding="utf-8")
    os.mkfifo(tmp_path / "docs" / "pipe.txt")
    result = _cli("check", "docs", cwd=tmp_path)
    assert result.returncode == 1 and "doc.txt" in result.stdout and "pipe" not in result.stdout + result.stderr


def test_reading_is_bounded(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MEDGLOSS_MAX_FILE_BYTES", "1000")
    (tmp_path / "big.txt").write_text(WRONG * 100, encoding="utf-8")
    result = medgloss_run("check", "big.txt")
    assert result.code == 2 and "larger than 1000 bytes" in result.err
