"""The benchmark peer: textlint with textlint-rule-prh, given the same rules as medgloss.

prh is what a team without medgloss would use: a dictionary of wrong → right spellings.  It is
given every inflected form that medgloss's automaton holds for the forbidden and deprecated
terms and for the triggers of the rules (the forms medgloss compiled, so neither side is helped
by a shorter list), each mapped to the preferred correction.  prh cannot express a rule's
context: it flags every occurrence, which is the "plain dictionary linter" the README compares
with.

The npm packages are a benchmark-only dependency, pinned in ``benchmarks/peer/package.json``
and its lock file, installed with ``npm ci`` into ``benchmarks/peer/node_modules`` on first use.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEER = HERE / "peer"
TEXTLINT = PEER / "node_modules" / ".bin" / "textlint"


def install() -> Path | None:
    """The textlint binary, installed from the lock file if needed; ``None`` without npm."""
    if TEXTLINT.exists():
        return TEXTLINT
    npm = shutil.which("npm")
    if npm is None:
        return None
    done = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=PEER,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not TEXTLINT.exists():
        print(f"(textlint not installed: {done.stderr.strip()[-300:]})")
        return None
    return TEXTLINT


def _yaml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def _js_escape(text: str) -> str:
    return re.sub(r"[.*+?^${}()|[\]\\/]", lambda m: "\\" + m.group(0), text)


def prh_rules(glossary) -> tuple[str, int]:
    """A prh rule file with the glossary's wrong forms, and the number of patterns in it."""
    from medgloss.glossary.model import Status
    from medgloss.matching import RULE, TERM, compiled

    table = compiled(glossary)
    expected: dict[str, str] = {}  # wrong surface form -> correction
    for entries in table.entries:
        for entry in entries:
            if entry.kind == RULE:
                rule = glossary.rules[entry.owner]
                if rule.replace:
                    expected.setdefault(entry.surface, rule.replace[0].text)
            elif entry.kind == TERM:
                concept = glossary.concepts[entry.owner]
                term = concept.terms[entry.index]
                if term.status in (Status.FORBIDDEN, Status.DEPRECATED):
                    preferred = next((t.text for t in concept.terms if t.status == Status.PREFERRED), None)
                    if preferred:
                        expected.setdefault(entry.surface, term.use or preferred)
    by_target: dict[str, list[str]] = {}
    for wrong, right in expected.items():
        if wrong.lower() != right.lower():
            by_target.setdefault(right, []).append(wrong)
    lines = ["version: 1", "rules:"]
    count = 0
    for right, wrongs in sorted(by_target.items()):
        lines.append(f"  - expected: {_yaml_string(right)}")
        lines.append("    patterns:")
        for wrong in sorted(set(wrongs)):
            # A word-bounded regex, as medgloss matches whole words only.
            pattern = "/(?<![\\p{L}])" + _js_escape(wrong) + "(?![\\p{L}])/"
            lines.append("      - " + _yaml_string(pattern))
            count += 1
    return "\n".join(lines) + "\n", count


def run_peer(paths: list[str], glossary, workdir: Path) -> tuple[float, int, int] | None:
    """(wall seconds, findings, patterns) of one cold textlint+prh run over ``paths``."""
    binary = install()
    if binary is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    rules, patterns = prh_rules(glossary)
    (workdir / "prh.yml").write_text(rules, encoding="utf-8")
    (workdir / ".textlintrc.json").write_text(json.dumps(
        {"rules": {"prh": {"rulePaths": [str(workdir / "prh.yml")]}}}), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([str(binary), "--config", str(workdir / ".textlintrc.json"),
                           "--rules-base-directory", str(PEER / "node_modules"), "--format", "json", *paths],
                          capture_output=True, text=True, cwd=workdir, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        print(f"(textlint failed: {done.stderr.strip()[-500:]})")
        return None
    findings = sum(len(result["messages"]) for result in json.loads(done.stdout or "[]"))
    return elapsed, findings, patterns
