"""medgloss's own catalog: French CLI with a French locale, catalog complete and valid."""

from __future__ import annotations

import gettext
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from babel.messages.extract import extract_from_dir
from catalog_helpers import msgfmt_check

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "locales" / "fr" / "LC_MESSAGES" / "medgloss.po"
MO = PO.with_suffix(".mo")
NBSP = "\u00a0"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    clean.update(env)
    return subprocess.run([sys.executable, "-m", "medgloss", *args], capture_output=True, text=True,
                          encoding="utf-8", env=clean, timeout=120)


@pytest.mark.parametrize("env", [{"LANGUAGE": "fr"}, {"LANG": "fr_FR.UTF-8"}, {"LC_ALL": "fr_FR.UTF-8"}])
def test_cli_speaks_french_with_a_french_locale(env):
    done = _run("--help", **env)
    assert done.returncode == 0
    assert f"utilisation{NBSP}: medgloss" in done.stdout
    assert "afficher cette aide et quitter" in done.stdout
    assert "vérifier la terminologie de fichiers" in done.stdout
    assert "check files for terminology errors" not in done.stdout


def test_lookup_and_usage_errors_in_french():
    done = _run("lookup", "zzz", LANGUAGE="fr")
    assert done.returncode == 1
    assert done.stdout == f"Aucun concept ni aucune règle pour «{NBSP}zzz{NBSP}».\n"
    card = _run("lookup", "IVIG", LANGUAGE="fr").stdout
    assert f"✗ déconseillé{NBSP}: IVIG" in card and f"Définition{NBSP}: " in card
    usage = _run("catalog", "build", "--nope", LANGUAGE="fr")
    assert usage.returncode == 2
    assert f"erreur{NBSP}: arguments non reconnus{NBSP}: --nope" in usage.stderr


def test_english_without_a_french_locale():
    done = _run("lookup", "zzz", LC_ALL="C")
    assert done.stdout == "No concept or rule found for « zzz ».\n"
    assert "show this help message and exit" in _run("--help", LANG="en_GB.UTF-8").stdout


def test_french_catalog_is_valid_complete_and_compiled():
    msgfmt_check(PO)
    po = polib.pofile(str(PO))
    assert po.metadata["Language"] == "fr"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"
    for entry in po:
        if entry.obsolete:
            continue
        assert entry.translated(), f"untranslated or fuzzy: {entry.msgid!r}"
        # Typography: no plain space before a French colon, no straight apostrophe.
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            assert " :" not in text and "'" not in text, text
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 2) == entry.msgstr_plural[1]
        else:
            assert compiled.gettext(entry.msgid) == entry.msgstr, "the .mo is stale: run `make catalogs`"


def test_french_catalog_covers_every_message_of_the_source():
    keywords = {"_": None, "N_": None, "ngettext": (1, 2)}
    extracted = {
        message if isinstance(message, str) else message[0]
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT / "src"), method_map=[("**.py", "python")], keywords=keywords)
    }
    translated = {e.msgid for e in polib.pofile(str(PO)) if e.translated() and not e.obsolete}
    missing = sorted(extracted - translated)
    assert not missing, (
        "messages marked with _() but not translated; run `make catalogs`, translate them in "
        f"{PO.relative_to(ROOT)} and run it again: {missing}"
    )


def test_check_report_in_french(tmp_path):
    (tmp_path / "notice.txt").write_text("Le traitement humidifiait la réponse inflammatoire.\n", encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    done = subprocess.run([sys.executable, "-m", "medgloss", "check", "notice.txt"], capture_output=True, text=True,
                          encoding="utf-8", env={**clean, "LANGUAGE": "fr"}, cwd=tmp_path, timeout=120)
    assert done.returncode == 1
    assert f"MG103 Faux ami (anglais «{NBSP}dampen{NBSP}»){NBSP}: «{NBSP}humidifiait{NBSP}» → «{NBSP}atténuait{NBSP}» ou" in done.stdout
    assert done.stdout.endswith("1 erreur trouvée dans 1 fichier (1 corrigeable avec --fix).\n")
