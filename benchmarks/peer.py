"""The benchmark peer: textlint with textlint-rule-prh, given the same wrong forms as medgloss.

prh is what a team without medgloss would use: a dictionary of wrong → right spellings.  It is
given every inflected form that medgloss's automaton holds for the forbidden and deprecated
terms and for the triggers of the rules (the forms medgloss compiled, so neither side is helped
by a shorter list), each mapped to the preferred correction.  prh cannot express a rule's
context: it flags every occurrence, which is the "plain dictionary linter" the README compares
with.

The rule file is the one a prh user writes (prh's README and ``misc/prh.yml``): one rule per
correction, ``expected`` and its wrong forms as plain ``patterns`` strings, which prh escapes
and joins into one alternation itself, with prh's ``wordBoundary`` option so that a form is
not flagged inside a longer word.  prh's word boundary is JavaScript's ASCII ``\\b``: it never
holds between a space and an accented letter, so a form that begins or ends with one (« délivra
le bébé ») would never match.  Those forms go into a second rule for the same correction,
without the option, as a prh user who tested them would write it.  Two differences remain, both
prh's own and both counted in the findings the benchmark prints: prh's plain patterns are
case-sensitive (medgloss folds case, so a form at the start of a sentence is missed by prh),
and prh has no context, so every occurrence of a rule's trigger is a finding.

An earlier version wrapped every form in its own ``(?<![\\p{L}])…(?![\\p{L}])`` regular
expression; V8 then tries each look-behind at every position of the text for every form, and
textlint did not finish the corpus in 21 minutes: that measured the wrapping, not prh.

The npm packages are a benchmark-only dependency, pinned in ``benchmarks/peer/package.json``
and its lock file, installed with ``npm ci`` into ``benchmarks/peer/node_modules`` on first use.
Every run has a timeout; a run that hits it is reported as a lower bound, never waited for.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PEER = HERE / "peer"
TEXTLINT = PEER / "node_modules" / ".bin" / "textlint"

# JavaScript's \b (prh's wordBoundary) is a transition between [A-Za-z0-9_] and anything else.
_JS_WORD = re.compile(r"[A-Za-z0-9_]")


@dataclass(frozen=True)
class PeerRun:
    """One textlint+prh run: wall seconds (the timeout if it was hit), findings and their lines."""

    seconds: float
    cpu: float  # user + system seconds of textlint (0 if stopped)
    timed_out: bool
    findings: int
    patterns: int
    rules: int
    spans: frozenset[tuple[str, int, int]]  # (path, start, end) of every finding, in characters


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


def wrong_forms(glossary) -> list[tuple[str, str]]:
    """(wrong surface form, correction) for every form medgloss's automaton flags, sorted."""
    from medgloss.glossary.model import Status
    from medgloss.matching import RULE, TERM, compiled

    table = compiled(glossary)
    expected: dict[str, str] = {}
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
    return sorted((wrong, right) for wrong, right in expected.items() if wrong.lower() != right.lower())


def ascii_edged(form: str) -> bool:
    """Whether prh's ``wordBoundary`` (JavaScript's ASCII ``\\b``) can hold at both ends of ``form``."""
    return bool(_JS_WORD.fullmatch(form[0]) and _JS_WORD.fullmatch(form[-1]))


def _pattern(form: str) -> str:
    """``form`` as prh is given it: the plain string, or ``/…/`` where prh's own escaping breaks it.

    prh escapes ``-`` as ``\\-``, which its ``u`` flag rejects (« Invalid escape »), so a form
    with a hyphen is written as the regular expression of the same literal, the only place a
    prh user must.
    """
    if "-" not in form:
        return form
    return "/" + re.sub(r"[\\^$.*+?()[\]{}|/]", lambda m: "\\" + m.group(0), form) + "/"


def prh_rules(pairs: list[tuple[str, str]]) -> tuple[str, int, int]:
    """A prh rule file for ``pairs`` (wrong, right), with its numbers of patterns and rules."""
    by_target: dict[str, set[str]] = {}
    for wrong, right in pairs:
        by_target.setdefault(right, set()).add(wrong)
    lines = ["version: 1", "rules:"]
    patterns = rules = 0
    for right, wrongs in sorted(by_target.items()):
        bounded = sorted(w for w in wrongs if ascii_edged(w))
        unbounded = sorted(w for w in wrongs if not ascii_edged(w))
        for group, boundary in ((bounded, True), (unbounded, False)):
            if not group:
                continue
            lines.append(f"  - expected: {_yaml_string(right)}")
            lines.append("    patterns:")
            # prh joins the patterns in this order and its README asks for the longer first, so
            # that a form is not cut short by a prefix of it.
            for wrong in sorted(group, key=lambda w: (-len(w), w)):
                lines.append("      - " + _yaml_string(_pattern(wrong)))
            if boundary:
                lines.append("    options:")
                lines.append("      wordBoundary: true")
            patterns += len(group)
            rules += 1
    return "\n".join(lines) + "\n", patterns, rules


def subset(pairs: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """``count`` pairs spread evenly over ``pairs`` (a deterministic sample for the scaling curve)."""
    if count >= len(pairs):
        return list(pairs)
    step = len(pairs) / count
    return [pairs[int(i * step)] for i in range(count)]


def run_peer(paths: list[str], pairs: list[tuple[str, str]], workdir: Path,
             timeout: float = 600.0) -> PeerRun | None:
    """One cold textlint+prh run over ``paths`` with the rules of ``pairs``; ``None`` without npm.

    textlint runs in a process group of its own, killed at ``timeout``: the result is then a
    lower bound (``timed_out``), with no findings.
    """
    binary = install()
    if binary is None:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    rules_text, patterns, rules = prh_rules(pairs)
    (workdir / "prh.yml").write_text(rules_text, encoding="utf-8")
    (workdir / ".textlintrc.json").write_text(json.dumps(
        {"rules": {"prh": {"rulePaths": [str(workdir / "prh.yml")]}}}), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(binary), "--config", str(workdir / ".textlintrc.json"),
         "--rules-base-directory", str(PEER / "node_modules"), "--format", "json",
         *(str(Path(p).resolve()) for p in paths)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=workdir, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return PeerRun(timeout, 0.0, True, 0, patterns, rules, frozenset())
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # textlint reports a rule that fails to load on stderr and may still exit 0 with no output.
    if process.returncode not in (0, 1) or not out.strip() or "Error while loading rule" in err:
        print(f"(textlint failed ({process.returncode}): {err.strip()[-500:]})")
        return None
    results = json.loads(out or "[]")
    # prh's fix range is the wrong form's; textlint counts UTF-16 units, equal to Python's
    # characters outside the astral planes.
    spans = frozenset((str(Path(r["filePath"]).resolve()), *m["fix"]["range"])
                      for r in results for m in r["messages"] if m.get("fix"))
    findings = sum(len(result["messages"]) for result in results)
    return PeerRun(elapsed, cpu, False, findings, patterns, rules, spans)


def describe(run: PeerRun) -> str:
    """« 12.3 s » or « > 600 s (stopped) »."""
    return f"> {run.seconds:.0f} s (stopped at the timeout)" if run.timed_out else f"{run.seconds:.2f} s"


def covered(findings: list[dict], run: PeerRun) -> int:
    """How many of medgloss's JSON ``findings`` prh also reports: a prh span overlapping the finding's."""
    by_path: dict[str, list[tuple[int, int]]] = {}
    for path, start, end in run.spans:
        by_path.setdefault(path, []).append((start, end))
    for spans in by_path.values():
        spans.sort()
    count = 0
    for finding in findings:
        spans = by_path.get(str(Path(finding["path"]).resolve()), [])
        start, end = finding["offset"], finding["offset"] + finding["length"]
        # Spans start in order and never overlap each other (prh drops overlapping diffs), so
        # only the last span starting before ``end`` can overlap.
        i = bisect.bisect_left(spans, (end, -1)) - 1
        if i >= 0 and spans[i][1] > start:
            count += 1
    return count
