"""The user's sample leaflet: every listed error is flagged, nothing else, and fixing it reads clean."""

from __future__ import annotations

import json

import medgloss

EXPECTED = [
    ("atteint", "MG105", "posé"),
    ("produit sanguin", "MG104", "médicament dérivé du sang"),
    ("canule", "MG103", "cathéter"),
    ("intraveineuse ou intraveineuse", "MG107", "intraveineuse (IV)"),
    ("attraper", "MG103", "détecter"),
    ("stéroïdes", "MG103", "corticoïdes"),
    ("humidifier", "MG103", "atténuer"),
    ("syndrome de carence en NEMO", "MG101", "déficit en NEMO"),
    ("cellules souches sanguines", "MG102", "cellules souches hématopoïétiques"),
    ("type de tissu", "MG104", "groupe tissulaire"),
    ("syndrome de carence en NEMO", "MG101", "déficit en NEMO"),
]


def test_sample_findings_are_exactly_the_known_errors(sample_text: str) -> None:
    findings = medgloss.check_text(sample_text)
    got = [(f.found, f.rule, f.replacements[0]) for f in findings]
    assert got == EXPECTED
    for finding in findings:
        assert sample_text[finding.offset : finding.offset + finding.length] == finding.found


def test_sample_fixed_reads_right_and_checks_clean(sample_text: str) -> None:
    fixed = medgloss.fix_text(sample_text)
    for phrase in (
        "dès qu’un diagnostic est posé",
        "C’est un médicament dérivé du sang",
        "à travers un cathéter dans une veine",
        "par voie intraveineuse (IV)",
        "aideront à détecter les infections tôt",
        "avec des corticoïdes",
        "pour atténuer le système immunitaire",
        "le déficit en NEMO est traité",
        "de cellules souches hématopoïétiques",
        "dont le groupe tissulaire correspond",
    ):
        assert phrase in fixed
    assert medgloss.check_text(fixed) == []
    assert medgloss.fix_text(fixed) == fixed


def test_sample_right_uses_are_not_flagged(sample_text: str) -> None:
    # « atteints d’un déficit », « transfusion », « la peau » stay as they are.
    found = {f.found for f in medgloss.check_text(sample_text)}
    assert "atteints" not in found


def test_cli_json_contract_on_sample(cli, sample_text: str, tmp_path) -> None:
    path = tmp_path / "leaflet.txt"
    path.write_text(sample_text, encoding="utf-8")
    result = cli("check", "--format", "json", str(path))
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["version"] == 1
    assert document["summary"] == {"files": 1, "findings": len(EXPECTED)}
    for finding in document["findings"]:
        for key in ("path", "line", "column", "end_line", "end_column", "offset", "length", "rule",
                    "concept", "severity", "message", "found", "replacements"):
            assert key in finding
        assert sample_text[finding["offset"] : finding["offset"] + finding["length"]] == finding["found"]
        line_text = sample_text.splitlines()[finding["line"] - 1]
        assert line_text[finding["column"] - 1 :].startswith(finding["found"])
