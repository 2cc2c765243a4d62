"""The check command's report options: formats, --severity, --statistics, --output-file, colour."""

from __future__ import annotations

import json

import pytest

WRONG = (
    "Une canule dans une veine du bras.\nLe diagnostic est atteint par le médecin.\n"
    "Les corticoïdes servent à humidifier le système immunitaire.\n"
)


_JSON: dict[str, list[dict]] = {}


@pytest.fixture
def wrong(tmp_path, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    return tmp_path / "wrong.txt"


def _findings(cli) -> list[dict]:
    # Each CLI run loads spaCy: run the JSON reference once for the module.
    if "findings" not in _JSON:
        _JSON["findings"] = json.loads(cli("check", "--format", "json", "wrong.txt").stdout)["findings"]
    return _JSON["findings"]


def test_text_report_has_snippet_and_no_colour_in_a_pipe(cli, wrong) -> None:
    result = cli("check", "wrong.txt")
    first = _findings(cli)[0]
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"wrong.txt:{first['line']}:{first['column']}: {first['rule']} ")
    assert f"{first['line']} | Une canule dans une veine du bras." in lines
    assert "\x1b[" not in result.stdout


def test_force_color_and_no_color(cli, wrong, monkeypatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in cli("check", "wrong.txt").stdout


def test_severity_threshold_filters_report_and_exit(cli, wrong) -> None:
    severities = {f["severity"] for f in _findings(cli)}
    assert "error" in severities
    errors_only = json.loads(cli("check", "--format", "json", "--severity", "error", "wrong.txt").stdout)
    assert errors_only["findings"] and {f["severity"] for f in errors_only["findings"]} == {"error"}
    assert len(errors_only["findings"]) == sum(1 for f in _findings(cli) if f["severity"] == "error")


def test_statistics(cli, wrong) -> None:
    codes = [f["rule"] for f in _findings(cli)]
    result = cli("check", "--statistics", "wrong.txt")
    assert result.returncode == 1
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert {row[1]: int(row[0]) for row in rows} == {c: codes.count(c) for c in set(codes)}


def test_output_file_sarif_points_at_the_text(cli, wrong) -> None:
    target = wrong.parent / "out" / "report.sarif"
    target.parent.mkdir()
    result = cli("check", "--format", "sarif", "--output-file", str(target), "wrong.txt")
    assert result.returncode == 1 and result.stdout == ""
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    log = json.loads(target.read_text(encoding="utf-8"))
    for result in log["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert WRONG[region["charOffset"] : region["charOffset"] + region["charLength"]] == result["properties"]["found"]


def test_use_color_rules(monkeypatch) -> None:
    import io

    from medgloss.cli.terminal import use_color

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Tty()) and not use_color(io.StringIO()) and not use_color(None)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_color(io.StringIO())
