"""Precision on correct professional French (issue 22): what a medical translator would sign.

The corpus (tests/data/precision: quotations and trigger-word sentences) is correct French,
so every finding there is a false alarm.  Errors must stay at zero, warnings and errors at
most 0.5 per 1,000 words; of the correct trigger-word sentences at most 3 may be flagged at
warning or above, and ``--fix`` may change none.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from medgloss.api import check_text
from medgloss.glossary import default_glossary
from medgloss.glossary.variety import for_variety

ROOT = Path(__file__).resolve().parent.parent


def _benchmark(name: str, filename: str):
    """The benchmark script ``benchmarks/<filename>`` imported as module ``name`` (its
    dataclasses look their module up, and it imports its sibling scripts)."""
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / filename)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


precision = _benchmark("precision_benchmark", "precision_folders.py")

# Explained exceptions: (rule or concept, found) → why an error there is not a false alarm.
ERROR_EXCEPTIONS: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def figures():
    texts = precision.load_corpus([f for f in precision.DEFAULT_FOLDERS if f.is_dir()])
    assert sum(1 for t in texts if t.sentence) >= 40 and sum(1 for t in texts if not t.sentence) >= 20
    return precision.measure(texts)


def test_no_error_on_professional_french(figures) -> None:
    errors = {key: n for key, n in figures.by_rule.items() if key.endswith("[error]")}
    unexplained = {k: n for k, n in errors.items() if (k.split()[1], figures.examples[k][0]) not in ERROR_EXCEPTIONS}
    assert unexplained == {}, [(k, figures.examples[k]) for k in unexplained]


def test_warnings_and_errors_stay_under_half_a_finding_per_thousand_words(figures) -> None:
    assert figures.per_thousand(figures.warning_or_error) <= 0.5, precision.report(figures, show=True)


def test_correct_trigger_sentences_are_not_flagged_nor_changed(figures) -> None:
    assert figures.sentences_flagged <= 3, precision.report(figures, show=True)
    assert figures.sentences_changed == 0


def test_attested_terms_are_reported_as_preferences_only() -> None:
    # Correct French that the house style replaces: an info finding with the preferred term.
    (finding,) = check_text("L’hérédité est liée au chromosome X.")
    # (The apostrophe of the replacement is the fix builder's business, not this test's.)
    assert (finding.rule, finding.severity) == ("MG109", "info")
    assert [r.replace("'", "’") for r in finding.replacements] == ["liée à l’X"]


def test_meaning_errors_stay_errors() -> None:
    findings = check_text("Les corticoïdes servent à humidifier le système immunitaire.")
    assert [(f.found, f.severity) for f in findings] == [("humidifier", "error")]


# -- explicit English and word boundaries ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Le déficit immunitaire combiné sévère (SCID, Severe Combined ImmunoDeficiency) est rare.",
    "Severe Combined ImmunoDeficiency (SCID) : le nom anglais du DICS.",
    "Le déficit immunitaire commun variable (DICV ; CVID en anglais) touche l’adulte jeune.",
    "Le sigle vient de l’anglais IVIG.",
])
def test_acronym_glossed_as_english_is_not_flagged(text) -> None:
    assert check_text(text) == []


@pytest.mark.parametrize("text", [
    "Les IVIG sont perfusées toutes les trois semaines.",
    "Les IVIG (immunoglobulines intraveineuses) sont perfusées à l’hôpital.",  # a French expansion does not spell it
])
def test_english_acronym_in_french_prose_is_still_a_warning(text) -> None:
    assert [(f.found, f.severity) for f in check_text(text)] == [("IVIG", "warning")]


def test_acronym_of_the_international_nomenclature_is_a_preference() -> None:
    # IUIS names the inborn errors of immunity in English; Belgian and Swiss professionals write
    # « la SCID », a French noun: a preference (info).  Bare in running French, as machine
    # translation leaves it, it is English left in French (issue 16: a warning).
    assert [(f.found, f.severity) for f in check_text("La SCID est due à un déficit en lymphocytes T.")] == [("SCID", "info")]
    assert [(f.found, f.rule, f.severity) for f in check_text("Les enfants atteints de SCID reçoivent une greffe.")] == [
        ("SCID", "MG111", "warning")]


def test_no_match_inside_a_hyphenated_compound() -> None:
    text = "Les micro-organismes résistants sont isolés en culture."
    assert check_text(text) == []
    assert [f.found for f in check_text("Les organismes résistants sont isolés en culture.")] == ["organismes"]


# -- varieties ---------------------------------------------------------------------------


@pytest.mark.parametrize("variety", ["fr-BE", "fr-CH", "fr-CA"])
def test_regional_usage_is_admitted_in_its_variety(variety) -> None:
    glossary = for_variety(default_glossary(), variety)
    text = "Les enfants atteints de SCID reçoivent une greffe. Le calendrier d’immunisation est à jour."
    assert check_text(text, glossary=glossary) == []
    assert len(check_text(text)) == 2  # fr-FR: an English acronym and « immunisation » for vaccination (info)


@pytest.mark.parametrize("variety", ["fr-BE", "fr-CH", "fr-CA"])
def test_variety_keeps_attested_phrases(variety) -> None:
    base = default_glossary()
    glossary = for_variety(base, variety)
    assert set(base.attested) <= set(glossary.attested)
    # « examen sanguin » is attested professional French: no variety reports it as a calque.
    assert check_text("Un examen sanguin est prévu demain.", glossary=glossary) == []


def test_rule_admitted_in_a_variety_is_no_generated_calque_there() -> None:
    # INSPQ (Québec) writes « les immunoglobulines sont des produits sanguins »: the rule is
    # admitted in fr-CA, and the calque generator must not report the same words instead.
    text = "Les immunoglobulines sont des produits sanguins préparés à partir de plasma."
    assert [f.rule for f in check_text(text)] == ["MG104"]
    assert check_text(text, glossary=for_variety(default_glossary(), "fr-CA")) == []


def test_variety_glossary_has_its_own_fingerprint() -> None:
    base = default_glossary()
    assert for_variety(base, "fr-FR") is base
    assert for_variety(base, "fr-BE").fingerprint not in ("", base.fingerprint)


# -- the command line ----------------------------------------------------------------------


def test_check_reports_fails_and_fixes_at_warning_by_default(cli, tmp_path) -> None:
    path = tmp_path / "notice.txt"
    text = "L’hérédité est liée au chromosome X.\n"
    path.write_text(text, encoding="utf-8")
    quiet = cli("check", "--format", "json", "notice.txt")
    assert quiet.returncode == 0 and json.loads(quiet.stdout)["findings"] == []
    loud = cli("check", "--format", "json", "--severity", "info", "notice.txt")
    assert loud.returncode == 1 and [f["severity"] for f in json.loads(loud.stdout)["findings"]] == ["info"]
    assert cli("check", "--fix", "notice.txt").returncode == 0
    assert path.read_text(encoding="utf-8") == text  # a preference hidden by the threshold is not applied
    assert cli("check", "--fix", "--severity", "info", "notice.txt").returncode == 0
    assert path.read_text(encoding="utf-8").replace("'", "’") == "L’hérédité est liée à l’X.\n"


def test_config_sets_min_severity_and_variety(cli, tmp_path) -> None:
    (tmp_path / "notice.txt").write_text("Les perfusions ont lieu sur une base régulière.\n", encoding="utf-8")
    assert cli("check", "notice.txt").returncode == 1  # a calque in France
    assert cli("check", "--variety", "fr-BE", "notice.txt").returncode == 0  # Belgian usage
    (tmp_path / ".medgloss.toml").write_text('variety = "fr-CA"\n', encoding="utf-8")
    assert cli("check", "notice.txt").returncode == 0
    (tmp_path / ".medgloss.toml").write_text('min-severity = "error"\n', encoding="utf-8")
    assert cli("check", "notice.txt").returncode == 0
    (tmp_path / ".medgloss.toml").write_text('variety = "fr-XX"\n', encoding="utf-8")
    bad = cli("check", "notice.txt")
    assert bad.returncode == 2 and "variety" in bad.stderr and "Traceback" not in bad.stderr


# -- the usage corpus (tests/data/evidence/usage/, 40,000 words of professional French) ----------

@pytest.fixture(scope="module")
def usage_benchmark():
    return _benchmark("precision_usage_benchmark", "precision.py")


# Warnings and errors per 1,000 words measured after the round-8 fixes (own variety 0.17, every
# source as fr-FR 0.27: 7 and 11 findings on 40,331 words), with a margin of five and three
# findings: the goal of issue 22 is 0.50, and each finding moves the figure by 0.025.  A rise past the ceiling is a new false alarm on
# professional text; list it with ``python benchmarks/precision.py [--as-fr-FR]``.
USAGE_CEILINGS = {True: 0.30, False: 0.35}


@pytest.mark.parametrize("own_variety", [True, False], ids=["own-variety", "as-fr-FR"])
def test_usage_corpus_stays_under_its_ceiling(usage_benchmark, own_variety) -> None:
    bench = usage_benchmark
    sources = bench.evidence.usage_sources()
    words = sum(s.words for s in sources)
    assert words >= 40_000
    records, _spent = bench.run(sources, own_variety=own_variety)
    serious = [r for r in records if r["severity"] in ("error", "warning")]
    assert not [r for r in records if r["severity"] == "error"], serious
    rate = 1000.0 * len(serious) / words
    assert rate <= USAGE_CEILINGS[own_variety], [(r["rule"], r["found"], r["source"]) for r in serious]
