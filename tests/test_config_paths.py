"""Project configuration, .gitignore-aware walking, exclude lists, stdin format choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medgloss.workspace.config import find_config, load_config
from medgloss.errors import ConfigError
from medgloss.workspace.paths import FileFilter, iter_files

WRONG = "Une canule dans une veine du bras.\n"


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def test_walk_honours_nested_gitignore_and_negation(tmp_path: Path) -> None:
    _tree(tmp_path, {
        ".git/HEAD": "",
        ".gitignore": "brouillons/\n*.tmp.md\n",
        "docs/a.md": WRONG,
        "docs/b.tmp.md": WRONG,
        "docs/.gitignore": "vieux-*.md\n!vieux-garde.md\n",
        "docs/vieux-1.md": WRONG,
        "docs/vieux-garde.md": WRONG,
        "brouillons/c.md": WRONG,
        "build/d.md": WRONG,
    })
    rules = FileFilter([".md"], exclude=["build/"], root=tmp_path)
    found = [Path(p).relative_to(tmp_path).as_posix() for p in iter_files([str(tmp_path)], rules=rules)]
    assert found == ["docs/a.md", "docs/vieux-garde.md"]
    everything = FileFilter([".md"], root=tmp_path, respect_gitignore=False)
    assert len(list(iter_files([str(tmp_path)], rules=everything))) == 6


def test_config_found_by_walking_up_and_relative_glossary(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "pyproject.toml": '[project]\nname = "x"\n\n[tool.medgloss]\nglossary = ["terms"]\nignore = ["MG105"]\n'
                          'severity = { MG103 = "warning" }\nextend-exclude = ["drafts/"]\n',
        "terms/.keep": "",
        "docs/sub/.keep": "",
    })
    path = find_config(tmp_path / "docs" / "sub")
    assert path == tmp_path / "pyproject.toml"
    config = load_config(path)
    assert config.glossary == [str((tmp_path / "terms").resolve())]
    assert config.ignore == ["MG105"] and config.severity == {"MG103": "warning"}
    assert "drafts/" in config.all_excludes and "build/" in config.all_excludes


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('select = ["MG1"]\nunknown-key = 3\n', 2, "unknown setting"),
        ('select = ["MG1"]\nseverity = { MG103 = "fatal" }\n', 2, "severity must be one of"),
        ('language = "de"\n', 1, "unsupported language"),
        ('select = ["MG1",\nignore = 2\n', 2, "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_line(tmp_path: Path, content: str, line: int, words: str) -> None:
    path = tmp_path / ".medgloss.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == line and words in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_cli_config_severity_exclude_and_errors(cli, tmp_path: Path) -> None:
    _tree(tmp_path, {
        ".medgloss.toml": 'severity = { MG103 = "warning" }\nexclude = ["archives/"]\n',
        "docs/a.md": WRONG,
        "docs/archives/b.md": WRONG,
        "docs/c.html": "<p>" + WRONG + "</p>\n",
    })
    result = cli("check", "--format", "json", "docs", "absent.md")
    assert result.returncode == 2  # the missing path, yet the others were checked
    assert result.stderr.strip().count("\n") == 0 and "absent.md" in result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert sorted(Path(f["path"]).name for f in findings) == ["a.md", "c.html"]
    assert {f["severity"] for f in findings} == {"warning"}
    # --extend-exclude adds to the configured list, --exclude replaces it.
    names = lambda r: sorted(Path(f["path"]).name for f in json.loads(r.stdout)["findings"])  # noqa: E731
    assert names(cli("check", "--format", "json", "--extend-exclude", "*.html", "docs")) == ["a.md"]
    assert names(cli("check", "--format", "json", "--exclude", "*.md", "docs")) == ["c.html"]
    (tmp_path / ".medgloss.toml").write_text("select = 3\n", encoding="utf-8")
    bad = cli("check", "docs")
    assert bad.returncode == 2 and ".medgloss.toml:1: select: must be a list" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_stdin_filename_chooses_the_reader(cli) -> None:
    markdown = "Lancez `une canule dans une veine`.\n\nUne canule dans une veine du bras.\n"
    result = cli("check", "--format", "json", "--stdin-filename", "notice.md", "-", stdin=markdown)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["path"], f["line"]) for f in findings] == [("notice.md", 3)]


def test_unknown_extension_is_text_and_binary_is_skipped(cli, tmp_path: Path) -> None:
    (tmp_path / "notes.rst").write_text(WRONG, encoding="utf-8")
    (tmp_path / "image.bin").write_bytes(b"\x89PNG\x00\x00canule veine")
    result = cli("check", "notes.rst", "image.bin")
    assert result.returncode == 1
    assert "notes.rst:1:" in result.stdout
    assert "image.bin" in result.stderr and "binary" in result.stderr
