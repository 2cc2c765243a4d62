"""Issue 8 round trip: a real French catalog of 10,000+ entries survives ``--fix`` byte for byte.

The catalog is the machine's own French gettext translations (``/usr/share/locale/fr``),
decompiled with ``msgunfmt`` and merged with ``msgcat``; the test skips when GNU gettext or
the French catalogs are not installed.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from medgloss.documents.po_syntax import scan_po

LOCALE_DIR = Path("/usr/share/locale/fr/LC_MESSAGES")
MINIMUM = 10_000
# Mistranslations from the NEMO leaflet, each with the correction the glossary dictates.
INJECTED = [
    ("Des médicaments pour humidifier le système immunitaire.", "atténuer"),
    ("Une surveillance régulière aidera à attraper les infections tôt.", "détecter"),
    ("Une perfusion à travers une canule dans une veine.", "cathéter"),
    ("Le patient a reçu une greffe de cellules souches sanguines.", "hématopoïétiques"),
]


def _entries(po: Path) -> int:
    return sum(1 for line in po.read_text(encoding="utf-8").splitlines() if line.startswith("msgid "))


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    if shutil.which("msgunfmt") is None or shutil.which("msgcat") is None:
        pytest.skip("GNU gettext (msgunfmt, msgcat) is not installed: make system-deps")
    mos = sorted(LOCALE_DIR.glob("*.mo"), key=lambda p: p.stat().st_size, reverse=True) if LOCALE_DIR.is_dir() else []
    work = tmp_path_factory.mktemp("catalog")
    parts: list[Path] = []
    total = 0
    for mo in mos:
        po = work / f"{mo.stem}.po"
        done = subprocess.run(["msgunfmt", "--no-wrap", str(mo), "-o", str(po)], capture_output=True)
        if done.returncode != 0 or not po.is_file():
            continue
        parts.append(po)
        total += _entries(po)
        if total >= MINIMUM * 1.1:
            break
    if total < MINIMUM:
        pytest.skip(f"only {total} French gettext entries on this machine (need {MINIMUM})")
    merged = work / "fr.po"
    # --use-first: one translation per message, no "#-#-#-#-#" conflict blocks.
    subprocess.run(["msgcat", "--use-first", "-o", str(merged), *map(str, parts)], check=True, capture_output=True)
    # Re-wrap as msgcat does by default, so that many messages span several lines.
    subprocess.run(["msgcat", "-o", str(merged), str(merged)], check=True, capture_output=True)
    assert _entries(merged) >= MINIMUM
    return merged


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    import sys

    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=300)


def test_fix_without_findings_is_byte_identical(catalog, tmp_path) -> None:
    target = tmp_path / "fr.po"
    shutil.copy(catalog, target)
    before = target.read_bytes()
    report = json.loads(_run("check", "--format", "json", "fr.po", cwd=tmp_path).stdout)
    fixed = _run("check", "--fix", "--format", "json", "fr.po", cwd=tmp_path)
    assert fixed.returncode in (0, 1), fixed.stderr
    fixable = [f for f in report["findings"] if f["fix"] is not None]
    if fixable:
        pytest.skip(f"this machine's catalog has {len(fixable)} fixable findings of its own")
    # Findings without a fix (bilingual MG2xx on software messages) must not touch the file.
    assert target.read_bytes() == before


def _changed(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed from ``before`` and added in ``after``."""
    removed, added = [], []
    for line in difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


def test_fix_changes_only_the_fixed_msgstr_lines(catalog, tmp_path) -> None:
    text = catalog.read_text(encoding="utf-8")
    entries = [e for e in scan_po(text, "fr.po") if not e.obsolete and not e.is_header]
    # One-line translations without format directives, spread over the catalog.
    simple = [e for e in entries if len(e.msgstrs) == 1 and len(e.msgstrs[0].literals) == 1
              and e.msgstrs[0].value and "%" not in e.value("msgid") and "fuzzy" not in e.flags]
    chosen = [simple[i * len(simple) // len(INJECTED)] for i in range(len(INJECTED))]
    pieces, last = [], 0
    for entry, (sentence, _) in zip(chosen, INJECTED):
        literal = entry.msgstrs[0].literals[0]
        pieces += [text[last:literal.start], sentence]
        last = literal.end
    injected = "".join(pieces) + text[last:]
    # The machine's catalog may have fixable findings of its own (a general anglicism in a
    # software message): the lines their fixes change are the catalog's, not the injected ones'.
    own = tmp_path / "own"
    own.mkdir()
    (own / "fr.po").write_text(text, encoding="utf-8")
    _run("check", "--fix", "--select", "MG1", "--format", "json", "fr.po", cwd=own)
    own_removed, own_added = _changed(text, (own / "fr.po").read_text(encoding="utf-8"))
    target = tmp_path / "fr.po"
    target.write_text(injected, encoding="utf-8")
    # The monolingual checks only: the bilingual ones report (without fixes) on software messages.
    result = _run("check", "--fix", "--select", "MG1", "--format", "json", "fr.po", cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    fixed = target.read_text(encoding="utf-8")
    removed, added = _changed(injected, fixed)
    own_flags = len([a for a in own_added if a.startswith("#")])
    removed = [line for line in removed if line.startswith("#") or line not in own_removed]
    added = [line for line in added if line.startswith("#") or line not in own_added]
    assert sorted(removed) == sorted(f'msgstr "{s}"' for s, _ in INJECTED)
    assert sorted(a for a in added if a.startswith("msgstr")) == sorted(
        a for a in added if a.startswith("msgstr") and any(fix in a for _, fix in INJECTED))
    assert len([a for a in added if a.startswith("msgstr")]) == len(INJECTED)
    flags = [a for a in added if a.startswith("#")]
    assert len(flags) == len(INJECTED) + own_flags and all(re.fullmatch(r"#, fuzzy.*", a) for a in flags)
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(target)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr[-1000:]
