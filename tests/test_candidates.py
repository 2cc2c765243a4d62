"""``extract --candidates``: unknown medical terms of a corpus, grouped and ranked."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from medgloss.terminology.candidates import is_medical_word, mine_candidates
from medgloss.glossary import load_glossary

CORPUS = Path(__file__).parent / "data" / "corpus"
SMALL_GLOSSARY = Path(__file__).parent / "data" / "candidates-glossary.yaml"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def test_medical_morphology() -> None:
    assert is_medical_word("thrombopénie") and is_medical_word("immunomodulateur") and is_medical_word("lymphocytes")
    assert not is_medical_word("jardin") and not is_medical_word("vacances") and not is_medical_word("unique")


def test_candidates_are_ranked_grouped_and_new() -> None:
    candidates = mine_candidates(_texts(), glossary=load_glossary([SMALL_GLOSSARY], include_default=False))
    lemmas = [c.lemma for c in candidates]
    # Seen three times as a whole: the best term of this corpus.
    assert candidates[0].preferred == "thrombopénie auto-immune" and candidates[0].frequency == 3
    assert "lymphopénie profond" in lemmas
    # Singular and plural are one candidate with two variants.
    single = next(c for c in candidates if c.lemma == "lymphopénie")
    assert set(single.variants) == {"lymphopénie", "lymphopénies"}
    # Only ever nested in « thrombopénie auto-immune »: C-value 0, not a term of its own.
    assert "thrombopénie" not in lemmas
    # General vocabulary and terms the glossary already has are left out.
    assert not any("jardin" in lemma or "vacance" in lemma for lemma in lemmas)
    assert "déficit immunitaire combiné sévère" not in lemmas


def test_terms_of_the_bundled_glossary_are_not_candidates() -> None:
    lemmas = [c.lemma for c in mine_candidates(_texts())]
    # « lymphopénie » is a curated concept of the bundled glossary; its unknown expansion is still new.
    assert "lymphopénie" not in lemmas and "lymphopénie profond" in lemmas
    assert lemmas[0] == "thrombopénie auto-immun"


def test_cli_csv(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "medgloss", "extract", "--candidates", "--format", "csv", str(CORPUS)],
        check=True, capture_output=True, text=True,
    ).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["preferred"] == "thrombopénie auto-immune" and rows[0]["frequency"] == "3"
    assert set(rows[0]) == {"lemma", "preferred", "frequency", "words", "cvalue", "variants"}
