"""Precision on folders of correct French: findings per 1,000 words, per severity and per rule.

    python benchmarks/precision_folders.py [FOLDER ...] [--variety fr-BE] [--show]
    python benchmarks/precision.py --folder FOLDER ...     # the same, from the usage-corpus benchmark

Each FOLDER (default: tests/data/precision; the usage corpus of tests/data/evidence has its own
reader, ``benchmarks/precision.py``) is read
for texts: ``*.txt`` and ``*.md`` files whole, and ``*.yaml`` files whose lists hold mappings
with a ``text`` key (quotations of professional pages, correct trigger-word sentences).  The
texts are correct French, so every finding is a false alarm; a file whose name contains
``sentences`` is also counted sentence by sentence (flagged at warning or above, changed by
``--fix``), the figure of issue 22.  Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from medgloss.api import check_text, fix_document  # noqa: E402
from medgloss.documents import Document  # noqa: E402
from medgloss.findings.codes import SEVERITIES, severity_at_least  # noqa: E402
from medgloss.glossary import default_glossary  # noqa: E402
from medgloss.glossary.variety import for_variety  # noqa: E402

DEFAULT_FOLDERS = (ROOT / "tests" / "data" / "precision",)


@dataclass
class Text:
    """One correct French text of the corpus and where it comes from."""

    text: str
    origin: str
    sentence: bool = False  # one of the trigger-word sentences


def _texts_in_yaml(data: object, origin: str, sentence: bool) -> list[Text]:
    found: list[Text] = []
    if isinstance(data, dict):
        if isinstance(data.get("text"), str):
            return [Text(data["text"], data.get("url") or origin, sentence)]
        for value in data.values():
            found.extend(_texts_in_yaml(value, origin, sentence))
    elif isinstance(data, list):
        for item in data:
            found.extend(_texts_in_yaml(item, origin, sentence))
    return found


def load_corpus(folders: list[Path]) -> list[Text]:
    """Every text of the folders' files (see the module docstring), in a stable order."""
    texts: list[Text] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            origin = str(path.relative_to(folder.parent))
            if path.suffix in (".txt", ".md"):
                texts.append(Text(path.read_text(encoding="utf-8"), origin))
            elif path.suffix in (".yaml", ".yml"):
                texts.extend(_texts_in_yaml(yaml.safe_load(path.read_text(encoding="utf-8")), origin,
                                            "sentences" in path.name))
    return texts


def words(text: str) -> int:
    """Words as a reader counts them (« l’immunité » is two)."""
    return len(text.replace("’", " ").replace("'", " ").split())


@dataclass
class Figures:
    """What the checker said about a corpus of correct French."""

    words: int = 0
    texts: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_rule: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # rule → (found, origin) of its first finding
    sentences: int = 0
    sentences_flagged: int = 0
    sentences_changed: int = 0

    def per_thousand(self, count: int) -> float:
        """``count`` per 1,000 words of the corpus."""
        return 1000 * count / self.words if self.words else 0.0

    @property
    def warning_or_error(self) -> int:
        """Findings a default ``check`` reports (and fails on)."""
        return self.by_severity["warning"] + self.by_severity["error"]


def measure(texts: list[Text], variety: str = "fr-FR") -> Figures:
    """Check every text with the bundled glossary read in ``variety``."""
    glossary = for_variety(default_glossary(), variety)
    figures = Figures()
    for item in texts:
        findings = check_text(item.text, glossary=glossary)
        if not item.sentence:  # the sentences are counted one by one, below
            figures.texts += 1
            figures.words += words(item.text)
        for finding in findings if not item.sentence else ():
            figures.by_severity[finding.severity] += 1
            key = f"{finding.rule} {finding.rule_id or finding.concept} [{finding.severity}]"
            figures.by_rule[key] += 1
            figures.examples.setdefault(key, (finding.found, item.origin))
        if item.sentence:
            figures.sentences += 1
            if any(severity_at_least(f.severity, "warning") for f in findings):
                figures.sentences_flagged += 1
            fixed = fix_document(Document("<sentence>", item.text, item.text), glossary=glossary, min_severity="warning")
            figures.sentences_changed += fixed.text != item.text
    return figures


def report(figures: Figures, show: bool = False) -> str:
    """The figures as the lines the benchmark prints."""
    lines = [f"professional texts: {figures.texts}, {figures.words} words"]
    for severity in reversed(SEVERITIES):
        count = figures.by_severity[severity]
        lines.append(f"  {severity:<8} {count:4d} findings  {figures.per_thousand(count):6.2f} per 1,000 words")
    lines.append(f"  warning+ {figures.warning_or_error:4d} findings  "
                 f"{figures.per_thousand(figures.warning_or_error):6.2f} per 1,000 words (goal ≤ 0.5)")
    if figures.sentences:
        lines.append(f"trigger sentences: {figures.sentences_flagged} of {figures.sentences} flagged at warning+ "
                     f"(goal ≤ 3 of 40), {figures.sentences_changed} changed by --fix (goal 0)")
    if figures.by_rule:
        lines.append("per rule:")
        for key, count in figures.by_rule.most_common():
            example = f"  « {figures.examples[key][0]} » in {figures.examples[key][1]}" if show else ""
            lines.append(f"  {count:4d}  {figures.per_thousand(count):6.2f}/1,000  {key}{example}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="corpus folders (default: tests/data/precision)")
    parser.add_argument("--variety", default="fr-FR", help="variety of French to read the glossary in")
    parser.add_argument("--show", action="store_true", help="show the first finding of each rule")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    texts = load_corpus(folders)
    if not texts:
        print(f"no texts in {', '.join(map(str, folders))}", file=sys.stderr)
        return 2
    print(report(measure(texts, args.variety), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
