"""In-process runs of the CLI for the security tests (one spaCy load for the whole suite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medgloss.cli.main import main



class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture()
def medgloss_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``medgloss ARGS`` run in ``tmp_path``; returns exit status, stdout and stderr."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> Run:
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
