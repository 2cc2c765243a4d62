"""Helpers shared by the catalog tests: GNU msgfmt --check, and small glossaries of our own."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOURCES = """domain: sources
sources:
  test-ref: "Référentiel de test des catalogues"
"""

TERMS_V1 = """domain: test
concepts:
  - id: blood-test
    source: test-ref
    definition: "Prélèvement de sang analysé en laboratoire."
    en: [blood test]
    fr:
      - {term: prise de sang, status: preferred, pos: noun, gender: f}
      - {term: analyse de sang, status: admitted, pos: noun, gender: f}
      - {term: test sanguin, status: forbidden, use: prise de sang, pos: noun, gender: m, note: "Calque de l’anglais."}
  - id: nurse
    source: test-ref
    en: [nurse]
    fr:
      - {term: infirmière, status: preferred, pos: noun, gender: f}
  - id: fever
    source: test-ref
    en: [fever]
    fr:
      - {term: fièvre, status: preferred, pos: noun, gender: f}
"""

# v2: « nurse » leaves, « rash » arrives, the preferred term of « fever » changes.
TERMS_V2 = """domain: test
concepts:
  - id: blood-test
    source: test-ref
    definition: "Prélèvement de sang analysé en laboratoire."
    en: [blood test]
    fr:
      - {term: prise de sang, status: preferred, pos: noun, gender: f}
      - {term: analyse de sang, status: admitted, pos: noun, gender: f}
      - {term: test sanguin, status: forbidden, use: prise de sang, pos: noun, gender: m}
  - id: fever
    source: test-ref
    en: [fever]
    fr:
      - {term: hyperthermie, status: preferred, pos: noun, gender: f}
      - {term: fièvre, status: admitted, pos: noun, gender: f}
  - id: rash
    source: test-ref
    en: [rash]
    fr:
      - {term: éruption cutanée, status: preferred, pos: noun, gender: f}
"""


def write_glossary(folder: Path, terms: str) -> Path:
    """A glossary folder with our sources file and ``terms``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "00-sources.yaml").write_text(SOURCES, encoding="utf-8")
    (folder / "terms.yaml").write_text(terms, encoding="utf-8")
    return folder


def msgfmt_check(path: Path) -> None:
    """Run GNU ``msgfmt --check`` on a catalog (skip if gettext is not installed)."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("GNU gettext's msgfmt is not installed (make system-deps)")
    done = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
