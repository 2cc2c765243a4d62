"""``medgloss catalog extract`` and the Babel extraction method: documents → POT."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polib
from catalog_helpers import msgfmt_check

from medgloss.catalog.extract import markdown_paragraphs, text_paragraphs

LEAFLET_MD = """# Votre traitement par immunoglobulines

The immunoglobulin is given **intravenously**
every four weeks, in hospital.

- Keep the [leaflet](https://example.org/leaflet).
- Tell your nurse about any fever: 50 % of patients have none.

```
medgloss check leaflet.md
```

| Route | Interval |
|---|---|
| IVIG | 4 weeks |

The immunoglobulin is given **intravenously** every four weeks, in hospital.
"""

NOTES_TXT = "Stem cells come from a donor.\r\nThey are given by infusion.\r\n\r\n\r\nA second paragraph.\r\n"


def test_markdown_paragraphs_keep_inline_markup_and_skip_code():
    found = markdown_paragraphs(LEAFLET_MD)
    texts = [p.text for p in found]
    assert texts[0] == "Votre traitement par immunoglobulines"
    assert texts[1] == "The immunoglobulin is given **intravenously** every four weeks, in hospital."
    assert "Keep the [leaflet](https://example.org/leaflet)." in texts
    assert not any("medgloss check" in t for t in texts)
    assert "IVIG" in texts and "4 weeks" in texts
    assert found[1].line == 3 and found[-1].line == 17


def test_text_paragraphs_lines():
    found = text_paragraphs(NOTES_TXT)
    assert [(p.line, p.text) for p in found] == [
        (1, "Stem cells come from a donor. They are given by infusion."),
        (5, "A second paragraph."),
    ]


def test_cli_extract_writes_a_valid_pot(cli, tmp_path):
    (tmp_path / "leaflet.md").write_text(LEAFLET_MD, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(NOTES_TXT, encoding="utf-8", newline="")
    done = cli("catalog", "extract", "leaflet.md", "notes.txt", "-o", "docs.pot")
    assert done.returncode == 0, done.stderr
    msgfmt_check(tmp_path / "docs.pot")
    pot = polib.pofile(str(tmp_path / "docs.pot"))
    repeated = pot.find("The immunoglobulin is given **intravenously** every four weeks, in hospital.")
    assert repeated.occurrences == [("leaflet.md", "3"), ("leaflet.md", "17")]
    fever = pot.find("Tell your nurse about any fever: 50 % of patients have none.")
    assert "python-format" not in fever.flags
    assert pot.find("A second paragraph.").occurrences == [("notes.txt", "5")]
    missing = cli("catalog", "extract", "nowhere.md")
    assert missing.returncode == 2 and "nowhere.md" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "logo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    binary = cli("catalog", "extract", "logo.md")
    assert binary.returncode == 2 and binary.stderr == "medgloss: error: logo.md: binary file, not a document\n"
    unwritable = cli("catalog", "extract", "leaflet.md", "-o", "no/such/folder.pot")
    assert unwritable.returncode == 2
    assert unwritable.stderr == "medgloss: error: no/such/folder.pot: cannot write: No such file or directory\n"


def test_pybabel_extract_with_a_mapping(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "leaflet.md").write_text(LEAFLET_MD, encoding="utf-8")
    (tmp_path / "mapping.cfg").write_text("[medgloss: **.md]\n", encoding="utf-8")
    pybabel = Path(sys.executable).with_name("pybabel")
    command = [str(pybabel)] if pybabel.exists() else [sys.executable, "-m", "babel.messages.frontend"]
    done = subprocess.run(
        [*command, "extract", "-F", "mapping.cfg", "-o", "messages.pot", "docs"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    pot = polib.pofile(str(tmp_path / "messages.pot"))
    entry = pot.find("Votre traitement par immunoglobulines")
    assert entry is not None and entry.occurrences == [("docs/leaflet.md", "1")]
    assert len([e for e in pot if e.msgid]) == len({p.text for p in markdown_paragraphs(LEAFLET_MD)})
