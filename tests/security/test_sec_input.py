"""Issue 17, classes 4, 5, 6, 17 and 18: hostile input (configuration, glossaries, file names,
encodings) gives one clear line and exit 2, never a hang, a traceback or a forged line."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sec_helpers import RULE_LAYER, WRONG

root_only = pytest.mark.skipif(os.geteuid() != 0, reason="needs root (chown)")


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", cwd=cwd, timeout=timeout, env={**os.environ, **(env or {})})


def _one_line(err: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err, err


# --- class 4: configuration only from places the user owns ---------------------------------

def _planted(tmp_path: Path) -> Path:
    """A shared parent folder (like /tmp) with a configuration that silences every check."""
    (tmp_path / ".medgloss.toml").write_text('ignore = ["MG1"]\n', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    (work / "doc.txt").write_text(WRONG, encoding="utf-8")
    return work


@root_only
def test_a_config_owned_by_another_user_is_ignored(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    work = _planted(tmp_path)
    os.chown(tmp_path / ".medgloss.toml", 65534, 65534)
    monkeypatch.chdir(work)
    result = medgloss_run("check", "doc.txt")
    assert result.code == 1 and "MG103" in result.out
    assert "owned by another user" in result.err


def test_a_config_others_can_write_is_ignored(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    work = _planted(tmp_path)
    os.chmod(tmp_path / ".medgloss.toml", 0o666)
    monkeypatch.chdir(work)
    result = medgloss_run("check", "doc.txt")
    assert result.code == 1 and "others can write it" in result.err


def test_the_search_stops_at_the_repository_top_and_at_home(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    work = _planted(tmp_path)
    (work / ".git").mkdir()
    monkeypatch.chdir(work)
    assert medgloss_run("check", "doc.txt").code == 1  # the file above the repository is not read
    (work / ".git").rmdir()
    monkeypatch.setenv("HOME", str(work))
    assert medgloss_run("check", "doc.txt").code == 1  # nor one above the home folder
    monkeypatch.setenv("HOME", "/nonexistent")
    assert medgloss_run("check", "doc.txt").code == 0  # a file the user owns, in a parent, is obeyed


def test_the_search_starts_at_the_checked_path(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / ".medgloss.toml").write_text('ignore = ["MG1"]\n', encoding="utf-8")
    (project / "doc.txt").write_text(WRONG, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".git").mkdir()
    monkeypatch.chdir(elsewhere)
    assert medgloss_run("check", str(project / "doc.txt")).code == 0


# --- class 5: user regexes and YAML cannot hang medgloss ------------------------------------

def test_a_catastrophic_context_regex_does_not_hang(tmp_path: Path) -> None:
    # The same run with a harmless pattern is the baseline: compiling the glossary with a layer
    # takes from 25 s on an idle machine to 90 s on a loaded one, and (a+)+b on 60 « a » would
    # take 2**60 steps without the engine's timeout.
    (tmp_path / "doc.txt").write_text("a" * 60 + " une chaleur.\n", encoding="utf-8")
    elapsed = {}
    for pattern in ("a+b", "(a+)+b"):
        (tmp_path / "rules.yaml").write_text(RULE_LAYER.replace("PATTERN", pattern), encoding="utf-8")
        started = time.monotonic()
        result = _cli("check", "--no-cache", "--glossary", "rules.yaml", "doc.txt", cwd=tmp_path, timeout=300)
        elapsed[pattern] = time.monotonic() - started
        assert result.returncode == 0, result.stderr  # no decision in time: no finding
    assert elapsed["(a+)+b"] < elapsed["a+b"] + 30


def test_validate_and_check_use_the_same_regex_engine(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(RULE_LAYER.replace("PATTERN", "(unclosed"), encoding="utf-8")
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    for args in (("glossary", "validate", "--glossary", "bad.yaml"), ("check", "--glossary", "bad.yaml", "doc.txt")):
        result = medgloss_run(*args)
        assert result.code == 2 and result.err.startswith("medgloss: error: bad.yaml:") and "invalid before_regex" in result.err
        _one_line(result.err)
    # A variable-length look-behind: accepted by validate, so check must run it too.
    (tmp_path / "lb.yaml").write_text(RULE_LAYER.replace("PATTERN", "(?<=\\\\ba+)\\\\s"), encoding="utf-8")
    (tmp_path / "fever.txt").write_text("Il a une chaleur, appelez.\n", encoding="utf-8")
    assert medgloss_run("glossary", "validate", "--glossary", "lb.yaml").code == 0
    result = medgloss_run("check", "--glossary", "lb.yaml", "fever.txt")
    assert result.code == 1 and "de la fièvre" in result.out


def test_a_yaml_alias_bomb_is_refused_at_once(medgloss_run, tmp_path: Path) -> None:
    lines = ["domain: test", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    lines.append("concepts: *a9")
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    result = medgloss_run("glossary", "validate", "--glossary", "bomb.yaml")
    assert time.monotonic() - started < 10
    assert result.code == 2 and "aliases" in result.err
    _one_line(result.err)


# --- class 6: file names cannot forge output -----------------------------------------------

EVIL = "evil\n::error file=forged.txt::forged\x1b[2J.txt"


def test_control_characters_in_file_names_are_escaped(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / EVIL).write_text(WRONG, encoding="utf-8")
    text = medgloss_run("check", ".")
    assert text.code == 1
    assert "\x1b" not in text.out and "evil\\n::error file=forged.txt::forged\\x1b[2J.txt:1:" in text.out
    github = medgloss_run("check", "--format", "github", ".")
    assert github.out.count("\n") == 1 and github.out.startswith("::error file=evil\\n%3A%3Aerror")
    missing = medgloss_run("check", "no\nsuch\x1b.txt")
    assert missing.code == 2 and missing.err == "medgloss: error: no\\nsuch\\x1b.txt: no such file\n"


# --- class 17: one line and exit 2, whatever goes wrong ------------------------------------

def test_tool_not_a_table_in_config(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / ".medgloss.toml").write_text("tool = 1\n", encoding="utf-8")
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    result = medgloss_run("check", "doc.txt")
    assert result.code == 2 and ".medgloss.toml:1: tool must be a table" in result.err
    _one_line(result.err)


def test_gitignore_patterns_git_tolerates(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("[z-a]\n\\\nskipped.txt\n", encoding="utf-8")
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "skipped.txt").write_text(WRONG, encoding="utf-8")
    result = medgloss_run("check", ".")
    assert result.code == 1 and "doc.txt" in result.out and "skipped.txt" not in result.out  # later lines still apply
    bad = medgloss_run("check", "--exclude", "[z-a]", ".")
    assert bad.code == 2 and "invalid exclude pattern '[z-a]'" in bad.err
    _one_line(bad.err)


def test_non_utf8_file_names_in_every_output(medgloss_run, tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(WRONG.encode())
    report = medgloss_run("check", "--output-file", "report.log", ".")
    assert report.code == 1 and "caf\\xe9.txt:1:" in (tmp_path / "report.log").read_text(encoding="utf-8")
    sarif = medgloss_run("check", "--format", "sarif", ".")
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(sarif.out)["runs"][0]["results"]]
    assert uris == ["caf%E9.txt"]
    strict = _cli("check", ".", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii:strict"})
    assert strict.returncode == 1 and "Traceback" not in strict.stderr and "caf\\xe9.txt:1:" in strict.stdout


def test_an_encoding_giving_a_lone_surrogate(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_bytes(b"Texte +2D0- ici.\n")
    result = medgloss_run("check", "--encoding", "utf-7", "doc.txt")
    assert result.code == 2 and "lone surrogate" in result.err
    _one_line(result.err)


def test_a_killed_worker(medgloss_run, tmp_path: Path, monkeypatch) -> None:
    import medgloss.cli.check as check_cli
    import sec_helpers

    for i in range(3):
        (tmp_path / f"doc{i}.txt").write_text(WRONG, encoding="utf-8")
    monkeypatch.setattr(check_cli, "read_with_snapshot", sec_helpers.die)  # inherited by the forked workers
    result = medgloss_run("check", "--no-cache", "--jobs", "2", ".")
    assert result.code == 2 and "worker process stopped" in result.err
    _one_line(result.err)


def test_closed_stdout(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    closed = subprocess.run(f"{sys.executable} -m medgloss check doc.txt >&-", shell=True, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert closed.returncode == 2 and "standard output was closed" in closed.stderr
    _one_line(closed.stderr)
    piped = subprocess.run(f"{sys.executable} -m medgloss check --format json doc.txt doc.txt doc.txt | head -c1",
                           shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in piped.stderr and "Exception ignored" not in piped.stderr


COMMANDS = [
    ("check", "doc.txt"),
    ("check", "--fix", "doc.txt"),
    ("extract", "doc.txt"),
    ("lookup", "humidifier"),
    ("glossary", "validate"),
]


@pytest.mark.parametrize("failure", [RuntimeError("boom"), MemoryError(), KeyError("x"), UnicodeEncodeError("latin-1", "œ", 0, 1, "no")])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_injected_failures_are_one_line_and_exit_2(medgloss_run, tmp_path: Path, monkeypatch, command, failure) -> None:
    """Whatever breaks deep inside any command, the user sees one line and exit status 2."""
    import medgloss.glossary.loader as loader
    import medgloss.matching.cache as compiled_cache

    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")

    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise failure

    monkeypatch.setattr(compiled_cache, "_MEMO", {})
    monkeypatch.setattr(compiled_cache, "load_parts", fail)  # every command compiles a glossary
    monkeypatch.setattr(loader, "_DEFAULT", None)
    monkeypatch.setattr(loader, "_load_cached", fail)  # and loads one
    result = medgloss_run(*command)
    assert result.code == 2, result
    _one_line(result.err)
    if isinstance(failure, MemoryError):
        assert "out of memory" in result.err
    else:
        assert "internal error" in result.err and "github.com/medgloss/medgloss/issues" in result.err and "--debug" in result.err
    debug = medgloss_run("--debug", *command)
    assert debug.code == 2 and "Traceback" in debug.err


# --- class 18: clearer messages -----------------------------------------------------------

def test_decode_error_offset_counts_the_bom(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_bytes(codecs.BOM_UTF8 + b"abc\xff\n")
    result = medgloss_run("check", "doc.txt")
    assert "byte 0xff at offset 6" in result.err


def test_a_carriage_return_in_a_replacement_is_blamed_on_the_glossary(medgloss_run, tmp_path: Path) -> None:
    layer = RULE_LAYER.replace("PATTERN", "a").replace("{term: de la fièvre, pos: phrase}", '{term: "de la\\rfièvre", pos: phrase}')
    (tmp_path / "cr.yaml").write_text(layer, encoding="utf-8")
    (tmp_path / "doc.po").write_text('msgid "x"\nmsgstr "Il a une chaleur."\n', encoding="utf-8")
    result = medgloss_run("check", "--fix", "--glossary", "cr.yaml", "doc.po")
    assert result.code == 2 and result.err.startswith("medgloss: error: cr.yaml:") and "control character" in result.err


def test_schema_errors_do_not_print_a_huge_value(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_text("domain: test\nconcepts:\n  - id: " + "X" * 310_000
                                       + "\n    source: mesh-fr\n    en: [a]\n    fr: [{term: x, status: preferred}]\n",
                                       encoding="utf-8")
    result = medgloss_run("glossary", "validate", "--glossary", "big.yaml")
    assert result.code == 2 and len(result.err) < 400


def test_deeply_nested_markdown_is_checked_or_refused(medgloss_run, tmp_path: Path) -> None:
    (tmp_path / "q20.md").write_text("> " * 20 + WRONG, encoding="utf-8")
    assert "MG103" in medgloss_run("check", "q20.md").out
    (tmp_path / "q200.md").write_text("> " * 200 + WRONG, encoding="utf-8")
    deep = medgloss_run("check", "q200.md")
    assert deep.code == 2 and "nested deeper than" in deep.err
