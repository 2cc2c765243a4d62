"""Benchmark of the bilingual readers: PO, XLIFF 1.2 and TMX on a real French catalog.

    python benchmarks/bilingual.py [--entries 10000]

The catalog is the machine's own French gettext translations (``/usr/share/locale/fr``),
decompiled with ``msgunfmt`` and merged with ``msgcat``; the same entries are written as
XLIFF 1.2 and TMX.  Every figure comes with a baseline measured in the same run on the same
file:
  - reading a PO with positions (:func:`medgloss.documents.po.read_po`: scanner + polib's
    validation + view) against polib alone and against GNU ``msgfmt --check`` (the C floor);
  - reading XLIFF/TMX with positions against lxml parsing the same bytes (the floor);
  - ``check`` of each document, and ``--fix`` on the PO with a few injected mistranslations.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import polib
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogs import timed  # noqa: E402  (best of n runs, shared with the catalog benchmark)
from medgloss.api import check_document, fix_document  # noqa: E402
from medgloss.documents.po import read_po  # noqa: E402
from medgloss.documents.po_syntax import scan_po  # noqa: E402
from medgloss.documents.xml_bilingual import read_xml_bilingual  # noqa: E402

LOCALES = Path("/usr/share/locale/fr/LC_MESSAGES")


def french_catalog(work: Path, minimum: int) -> Path:
    """Merge the largest French .mo catalogs of the machine until ``minimum`` entries."""
    if not shutil.which("msgunfmt") or not LOCALES.is_dir():
        sys.exit("needs GNU gettext (msgunfmt) and French catalogs in /usr/share/locale/fr")
    parts, total = [], 0
    for mo in sorted(LOCALES.glob("*.mo"), key=lambda p: p.stat().st_size, reverse=True):
        po = work / f"{mo.stem}.po"
        if subprocess.run(["msgunfmt", str(mo), "-o", str(po)], capture_output=True).returncode:
            continue
        parts.append(str(po))
        total += po.read_text(encoding="utf-8").count("\nmsgid ")
        if total >= minimum:
            break
    merged = work / "fr.po"
    subprocess.run(["msgcat", "--use-first", "-o", str(merged), *parts], check=True, capture_output=True)
    return merged


def as_xml(po: Path, work: Path) -> tuple[Path, Path]:
    """The catalog's translated entries as XLIFF 1.2 and as TMX."""
    entries = [e for e in scan_po(po.read_text(encoding="utf-8"), str(po))
               if not e.obsolete and not e.is_header and e.msgstrs and e.msgstrs[0].value]
    units, tus = [], []
    for n, entry in enumerate(entries):
        source, target = escape(entry.value("msgid") or ""), escape(entry.msgstrs[0].value)
        units.append(f'<trans-unit id="{n}"><source>{source}</source><target>{target}</target></trans-unit>')
        tus.append(f'<tu tuid="{n}"><tuv xml:lang="en"><seg>{source}</seg></tuv>'
                   f'<tuv xml:lang="fr-FR"><seg>{target}</seg></tuv></tu>')
    xliff = work / "fr.xlf"
    xliff.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                     'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="fr.po" source-language="en" '
                     'target-language="fr" datatype="po"><body>\n' + "\n".join(units) + "\n</body></file></xliff>\n",
                     encoding="utf-8")
    tmx = work / "fr.tmx"
    tmx.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en" '
                   'datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="po" creationtool="bench" '
                   'creationtoolversion="1"/><body>\n' + "\n".join(tus) + "\n</body></tmx>\n", encoding="utf-8")
    return xliff, tmx


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        po = french_catalog(work, args.entries)
        text = po.read_text(encoding="utf-8")
        xliff, tmx = as_xml(po, work)
        print(f"catalog: {text.count(chr(10) + 'msgid ')} entries, {len(text) / 1e6:.1f} M characters")

        t_read, document = timed(lambda: read_po(str(po), text))
        t_polib, _ = timed(lambda: polib.pofile(text, encoding="utf-8"))
        t_msgfmt, _ = timed(lambda: subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True))
        print(f"PO read with positions  {t_read:6.2f} s   polib alone {t_polib:6.2f} s   msgfmt --check {t_msgfmt:6.2f} s")
        check_document(document)  # warm the glossary and spaCy
        t_check, findings = timed(lambda: check_document(read_po(str(po), text)), repeat=1)
        print(f"PO check                {t_check:6.2f} s   ({len(findings)} findings)")

        for name, path in (("XLIFF", xliff), ("TMX", tmx)):
            raw = path.read_text(encoding="utf-8")
            t_ours, doc = timed(lambda: read_xml_bilingual(str(path), raw))
            t_lxml, _ = timed(lambda: etree.fromstring(raw.encode("utf-8"), etree.XMLParser(resolve_entities=False)))
            t_checked, found = timed(lambda: check_document(read_xml_bilingual(str(path), raw)), repeat=1)
            print(f"{name:5} read with positions {t_ours:6.2f} s   lxml alone  {t_lxml:6.2f} s   "
                  f"check {t_checked:6.2f} s ({len(doc.units)} units, {len(found)} findings)")

        entries = [e for e in scan_po(text, "fr.po") if not e.obsolete and not e.is_header
                   and len(e.msgstrs) == 1 and len(e.msgstrs[0].literals) == 1 and e.msgstrs[0].value]
        wrong = "Des médicaments pour humidifier le système immunitaire."
        pieces, last = [], 0
        for entry in entries[:: max(1, len(entries) // 20)][:20]:
            literal = entry.msgstrs[0].literals[0]
            pieces += [text[last : literal.start], wrong]
            last = literal.end
        injected = "".join(pieces) + text[last:]
        t_fix, result = timed(lambda: fix_document(read_po("fr.po", injected), select=["MG1"]), repeat=1)
        diff = [line for line in difflib.unified_diff(injected.split("\n"), result.text.split("\n"), lineterm="", n=0)
                if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        removed = sum(1 for line in diff if line.startswith("-"))
        print(f"PO --fix (20 injected)  {t_fix:6.2f} s   {result.fixed} fixes: {removed} msgstr lines changed, "
              f"{len(diff) - 2 * removed} fuzzy flag lines added, nothing else")


if __name__ == "__main__":
    main()
