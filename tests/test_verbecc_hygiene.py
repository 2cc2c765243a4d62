"""Conjugating with verbecc must not touch the user's logging, directory or stdout."""

from __future__ import annotations

import subprocess
import sys


def test_verbecc_leaves_no_log_file_and_no_root_handler(tmp_path) -> None:
    code = (
        "import logging\n"
        "from medgloss.french.verbs import conjugate\n"
        "forms = conjugate('atténuer')\n"
        "assert any(f == 'atténuait' for f, _ in forms)\n"
        "print(len(logging.getLogger().handlers))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"  # nothing else printed on stdout, no handler added
    assert list(tmp_path.iterdir()) == []
