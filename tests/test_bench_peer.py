"""The benchmark's peer (benchmarks/peer.py): the prh rule file a prh user writes, and that
textlint+prh, given it, really reports the wrong forms (else the speed ratio means nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import peer  # noqa: E402

PAIRS = [
    ("humidifier", "atténuer"),
    ("humidifie", "atténuer"),
    ("délivra le bébé", "accoucher"),  # starts with an accented letter: JavaScript's \b never holds
    ("auto-infusions", "auto-perfusions"),  # prh's own escape of « - » is refused under its u flag
]


def test_rule_file_groups_plain_patterns_by_correction() -> None:
    import yaml

    text, patterns, rules = peer.prh_rules(PAIRS)
    assert (patterns, rules) == (4, 3)
    parsed = yaml.safe_load(text)
    assert parsed["version"] == 1
    got = [(r["expected"], r["patterns"], r.get("options", {}).get("wordBoundary", False)) for r in parsed["rules"]]
    assert got == [
        # The accented form in a rule without prh's word boundary, which could never hold there.
        ("accoucher", ["délivra le bébé"], False),
        ("atténuer", ["humidifier", "humidifie"], True),  # longer first, as prh's README asks
        ("auto-perfusions", ["/auto-infusions/"], True),  # the hyphenated form as a literal
    ]


def test_subset_is_spread_and_deterministic() -> None:
    pairs = [(f"f{i}", "x") for i in range(100)]
    assert peer.subset(pairs, 4) == [pairs[0], pairs[25], pairs[50], pairs[75]]
    assert peer.subset(pairs, 200) == pairs


@pytest.mark.skipif(not peer.TEXTLINT.exists(), reason="textlint not installed (benchmarks/peer: npm ci)")
def test_textlint_reports_every_kind_of_form_and_not_inside_words(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Le vent humidifie l’air. Elle délivra le bébé. Les auto-infusions sont faites.\n\n"
                   "Les humidifiers sont vendus ici.\n", encoding="utf-8")
    run = peer.run_peer([str(doc)], PAIRS, tmp_path / "peer", timeout=120)
    assert run is not None and not run.timed_out
    text = doc.read_text(encoding="utf-8")
    found = sorted(text[start:end] for _path, start, end in run.spans)
    assert found == ["auto-infusions", "délivra le bébé", "humidifie"]  # « humidifiers » is a longer word
    finding = {"path": str(doc), "offset": text.index("humidifie"), "length": len("humidifie")}
    assert peer.covered([finding], run) == 1


def test_a_run_over_its_timeout_is_a_lower_bound(tmp_path: Path) -> None:
    if not peer.TEXTLINT.exists():
        pytest.skip("textlint not installed")
    doc = tmp_path / "doc.txt"
    doc.write_text("Le vent humidifie l’air.\n", encoding="utf-8")
    run = peer.run_peer([str(doc)], PAIRS, tmp_path / "peer", timeout=0.01)
    assert run is not None and run.timed_out and run.seconds == 0.01 and peer.describe(run).startswith("> ")
