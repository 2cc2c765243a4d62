"""The command line: exit statuses, error lines, fix/diff, extract, lookup."""

from __future__ import annotations

import json
import shutil
import subprocess

WRONG = "Des médicaments pour humidifier le système immunitaire.\n"
CLEAN = "Il est conseillé d’humidifier l’air de la chambre.\n"


def test_exit_statuses(cli, tmp_path) -> None:
    (tmp_path / "wrong.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    assert cli("check", "clean.txt").returncode == 0
    assert cli("check", "wrong.txt").returncode == 1
    assert cli("check", "--exit-zero", "wrong.txt").returncode == 0


def test_missing_file_is_one_line_status_2(cli) -> None:
    result = cli("check", "absent.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "absent.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_encoding_is_one_line_status_2(cli, tmp_path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Une canule dans une veine, été.\n".encode("latin-1"))
    result = cli("check", "latin1.txt")
    assert result.returncode == 2
    assert "latin1.txt:1:" in result.stderr and "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_option_is_one_line_status_2(cli) -> None:
    result = cli("check", "--no-such-option", "x.txt")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_bad_glossary_names_file_and_line(cli, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "sources:\n  me: Moi\nconcepts:\n  - id: ok-concept\n    source: me\n    en: [x]\n    fr:\n"
        "      - {term: truc, status: preferred}\n  - id: broken\n    source: me\n    en: [y]\n"
        "    fr:\n      - {term: machin, statut: preferred}\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = cli("check", "--glossary", str(bad), "a.txt")
    assert result.returncode == 2
    assert f"{bad}:13:" in result.stderr
    assert "statut" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_yaml_glossary(cli, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("concepts:\n  - id: x\n    fr: [\n", encoding="utf-8")
    result = cli("glossary", "validate", "--glossary", str(bad))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "malformed YAML" in result.stderr


def test_fix_rewrites_and_second_fix_changes_nothing(cli, tmp_path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(("\ufeff" + WRONG.replace("\n", "\r\n")).encode("utf-8"))
    result = cli("check", "--fix", "doc.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "Des médicaments pour atténuer le système immunitaire.\r\n"
    assert cli("check", "--fix", "doc.txt").returncode == 0
    assert path.read_bytes() == data


def test_diff_writes_nothing(cli, tmp_path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(WRONG, encoding="utf-8")
    result = cli("check", "--diff", "doc.txt")
    assert result.returncode == 1
    assert "-Des médicaments pour humidifier" in result.stdout
    assert "+Des médicaments pour atténuer" in result.stdout
    assert path.read_text(encoding="utf-8") == WRONG
    # Standard output is a patch that applies as is; the report goes to standard error.
    assert result.stdout.startswith("--- a/doc.txt\n+++ b/doc.txt\n@@ ")
    assert "MG103" in result.stderr and "MG103" not in result.stdout
    if shutil.which("patch"):
        subprocess.run(["patch", "-p1", "--quiet"], input=result.stdout, text=True, cwd=tmp_path, check=True)
        assert "atténuer le système immunitaire" in path.read_text(encoding="utf-8")


def test_stdin(cli) -> None:
    result = cli("check", "--format", "json", "-", stdin=WRONG)
    assert result.returncode == 1
    assert json.loads(result.stdout)["findings"][0]["path"] == "-"


def test_select_and_ignore(cli, tmp_path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    assert cli("check", "--ignore", "MG103", "doc.txt").returncode == 0
    assert cli("check", "--ignore", "humidifier-dampen", "doc.txt").returncode == 0
    assert cli("check", "--select", "false-friend", "doc.txt").returncode == 1
    assert cli("check", "--select", "MG101", "doc.txt").returncode == 0


def test_extract_json(cli, tmp_path) -> None:
    text = "Des perfusions intra-veineuses d’immunoglobulines.\n"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = cli("extract", "--format", "json", "doc.txt")
    assert result.returncode == 0
    terms = json.loads(result.stdout)["terms"]
    by_found = {t["found"]: t for t in terms}
    assert by_found["intra-veineuses"]["canonical"] == "intraveineux"
    assert by_found["intra-veineuses"]["concept"] == "intravenous"
    assert by_found["immunoglobulines"]["concept"] == "immunoglobulin"
    for term in terms:
        assert text[term["offset"] : term["offset"] + term["length"]] == term["found"]


def test_lookup_either_language(cli) -> None:
    french = cli("lookup", "--format", "json", "cellules souches sanguines")
    english = cli("lookup", "--format", "json", "blood stem cell")
    assert french.returncode == english.returncode == 0
    assert json.loads(french.stdout)[0]["concept"] == json.loads(english.stdout)[0]["concept"] == "haematopoietic-stem-cell"
    assert cli("lookup", "zzzz").returncode == 1


def test_python_m_medgloss_version(cli) -> None:
    result = cli("--version")
    assert result.returncode == 0 and "medgloss" in result.stdout


def test_report_to_a_folder_that_does_not_exist_is_one_line(cli, tmp_path) -> None:
    (tmp_path / "doc.txt").write_text(WRONG, encoding="utf-8")
    result = cli("check", "--format", "sarif", "--output-file", "missing/report.sarif", "doc.txt")
    assert result.returncode == 2
    assert result.stderr.strip() == "medgloss: error: missing/report.sarif: cannot write: No such file or directory"
    assert not (tmp_path / "missing").exists()
