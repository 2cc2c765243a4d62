"""The command line's contract with translators and CI (issue "What a new user trips on")."""

from __future__ import annotations

import re

import pytest

WRONG = "Des médicaments pour humidifier le système immunitaire.\n"


@pytest.fixture()
def leaflet(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(WRONG + "Une canule est posée dans la veine.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("option, value, expected", [
    ("--select", "MG13", "MG103"),
    ("--select", "MG999", None),
    ("--ignore", "false-freind", "false-friend"),
    ("--select", "humidifier-dampn", "humidifier-dampen"),
])
def test_unknown_selector_is_bad_usage_with_the_closest_names(cli, leaflet, option, value, expected):
    done = cli("check", option, value, str(leaflet))
    assert done.returncode == 2
    assert "All clear" not in done.stdout
    assert value in done.stderr and len(done.stderr.strip().splitlines()) == 1
    if expected:
        assert expected in done.stderr


def test_unknown_selector_in_configuration_is_refused(cli, leaflet, tmp_path):
    (tmp_path / ".medgloss.toml").write_text('select = ["MG13"]\n', encoding="utf-8")
    done = cli("check", str(leaflet), cwd=tmp_path)
    assert done.returncode == 2 and "MG13" in done.stderr


def test_valid_selectors_still_select(cli, leaflet):
    done = cli("check", "--format", "json", "--select", "MG1,humidifier-dampen", str(leaflet))
    assert done.returncode == 1


def test_fix_says_what_it_fixed_per_file_and_in_all(cli, leaflet):
    done = cli("check", "--fix", str(leaflet))
    assert done.returncode == 0
    per_file = re.search(r"notice\.txt: (\d+) fix(?:es)? applied, 0 left", done.stderr)
    assert per_file and int(per_file.group(1)) == 2
    assert "In all: 2 fixes applied, 0 left." in done.stderr
    assert "humidifier" not in leaflet.read_text(encoding="utf-8")


def test_fix_summary_in_french(cli, leaflet, monkeypatch):
    import os
    import subprocess
    import sys

    env = dict(os.environ, LANGUAGE="fr")
    done = subprocess.run([sys.executable, "-m", "medgloss", "check", "--fix", str(leaflet)],
                          capture_output=True, text=True, env=env, check=False)
    assert "2 corrections appliquées, 0 restante" in done.stderr


def test_an_error_is_not_reported_as_all_clear(cli, tmp_path):
    done = cli("check", str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert "All clear" not in done.stdout


def test_a_binary_file_named_alone_is_exit_2_with_a_notice(cli, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    done = cli("check", str(binary))
    assert done.returncode == 2
    assert "scan.txt" in done.stderr and "binary" in done.stderr
    assert "All clear" not in done.stdout


def test_a_binary_file_beside_a_checked_one_is_a_notice_only(cli, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    good = tmp_path / "ok.txt"
    good.write_text("Le patient reçoit une perfusion.\n", encoding="utf-8")
    done = cli("check", str(binary), str(good))
    assert done.returncode == 0
    assert "binary" in done.stderr


def test_lookup_shows_the_rules_a_word_triggers(cli):
    done = cli("lookup", "humidifiait")
    assert done.returncode == 0
    assert "humidifier-dampen" in done.stdout
    assert "atténuer" in done.stdout and "dampen" in done.stdout
    assert "✓" in done.stdout and "✗" in done.stdout  # its right and wrong examples


def test_rule_documents_a_code_a_name_and_a_rule(cli):
    code = cli("rule", "MG103")
    assert code.returncode == 0 and "false-friend" in code.stdout and "humidifier-dampen" in code.stdout
    assert cli("rule", "false-friend").stdout == code.stdout
    rule = cli("rule", "humidifier-dampen")
    assert rule.returncode == 0 and "dampen" in rule.stdout and "système immunitaire" in rule.stdout
    unknown = cli("rule", "MG13")
    assert unknown.returncode == 2 and "MG103" in unknown.stderr


def test_extract_gives_one_reading_per_span_chosen_by_context(cli, tmp_path):
    doc = tmp_path / "p.txt"
    doc.write_text("Perfusions sous-cutanées à domicile.\nNous perfusions le patient le lundi.\n", encoding="utf-8")
    lines = cli("extract", str(doc)).stdout.splitlines()
    first = [line for line in lines if ":1:1:" in line]
    assert first == [f"{doc}:1:1: Perfusions → perfusion [infusion]"]
    second = [line for line in lines if ":2:6:" in line]
    assert second == [f"{doc}:2:6: perfusions → perfuser [infuse]"]
    both = cli("extract", "--all-readings", str(doc)).stdout
    assert f"{doc}:1:1: Perfusions → perfuser [infuse]" in both


def test_html_report_quotes_once_links_inside_and_speaks_the_message_language(cli, leaflet, tmp_path):
    import os
    import subprocess
    import sys

    page = cli("check", "--format", "html", str(leaflet)).stdout
    assert "« <q" not in page and "</q> »" not in page
    assert 'href="#rule-mg103"' in page and 'id="rule-mg103"' in page
    assert "readthedocs" not in page
    items = re.findall(r'<li class="finding".*?</li>', page)
    assert items and all(item.count("humidifier") <= 1 for item in items if "MG103" in item)
    assert '<html lang="en">' in page
    env = dict(os.environ, LANGUAGE="fr")
    french = subprocess.run([sys.executable, "-m", "medgloss", "check", "--format", "html", str(leaflet)],
                            capture_output=True, text=True, env=env, check=False).stdout
    assert '<html lang="fr">' in french and "Rapport medgloss" in french


def test_messages_put_no_break_spaces_inside_every_guillemet(cli, leaflet):
    import json

    findings = json.loads(cli("check", "--format", "json", str(leaflet)).stdout)["findings"]
    assert findings
    for finding in findings:
        assert not re.search("« |\u00ab[^\u00a0]", finding["message"]), finding["message"]
        assert not re.search(" »|[^\u00a0]\u00bb", finding["message"]), finding["message"]


def test_catalog_extract_reads_html_as_check_does(cli, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Le déficit en NEMO</title>"
        "<script>var x = '<p>no</p>';</script></head>\n<body><h1>Traitement</h1>\n"
        "<p>Les perfusions d&rsquo;<b>immuno</b>globulines sont\nfaites à l’hôpital.</p><pre>code</pre>\n</body></html>\n",
        encoding="utf-8")
    out = tmp_path / "m.pot"
    assert cli("catalog", "extract", "-o", str(out), str(page)).returncode == 0
    pot = out.read_text(encoding="utf-8")
    assert 'msgid "Les perfusions d’immunoglobulines sont faites à l’hôpital."' in pot
    assert "<" not in "".join(line for line in pot.splitlines() if line.startswith("msgid"))
    assert "var x" not in pot and "code" not in pot.split("msgid", 2)[-1]
    assert f"#: {page}:3" in pot
