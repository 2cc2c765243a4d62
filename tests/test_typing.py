"""The public API is typed (``py.typed``) and mypy-clean with the configuration in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_package_is_marked_typed() -> None:
    assert (ROOT / "src" / "medgloss" / "py.typed").is_file()


def test_mypy_is_clean() -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "src" / "medgloss")])
    assert status == 0, stdout + stderr
