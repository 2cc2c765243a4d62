"""Terminology exchange: TBX-Basic and CSV export/import of the glossary's concepts, round trips."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from pathlib import Path

import pytest
from lxml import etree

from medgloss.errors import MedglossError
from medgloss.exchange import COLUMNS, export_glossary, import_glossary
from medgloss.exchange.records import cited_sources
from medgloss.glossary import Glossary, load_glossary
from medgloss.glossary.validate import validate

NS = "urn:iso:std:iso:30042:ed-2"
T = f"{{{NS}}}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CORPUS = Path(__file__).parent / "data" / "corpus"

# Everything TBX-Basic has no data category for, in one small glossary of our own.
TRICKY = """\
domain: essai
sources:
  mesh-fr: "MeSH bilingue anglais-français"
  ansm: "ANSM : terminologie des médicaments dérivés du sang"
concepts:
  - id: 22q11-deletion
    source: mesh-fr
    definition: "Perte d’un petit fragment du chromosome 22 ; « syndrome de DiGeorge » en clinique."
    note: "Concept repris tel quel du PNDS.\\nÀ relire : la définition vient d’un document pour les patients."
    en: [22q11.2 deletion syndrome, DiGeorge syndrome]
    fr:
      - {term: délétion 22q11.2, status: preferred, pos: noun, gender: f}
      - {term: syndrome de DiGeorge, status: admitted, pos: noun, gender: m, source: ansm}
  - id: ivig
    domain: immunoglobulines
    source: ansm
    en: [IVIG, intravenous immunoglobulin]
    fr:
      - {term: immunoglobulines intraveineuses, status: preferred, pos: noun, gender: f, number: p}
      - {term: IgIV, status: preferred, pos: noun, gender: f, number: p, abbreviation: true}
      - {term: IVIG, status: forbidden, abbreviation: true, use: IgIV, note: "use: never the English acronym."}
      - {term: immunoglobines, status: deprecated, pos: noun, gender: f, use: immunoglobulines intraveineuses,
         note: "note: faute d’orthographe."}
      - {term: faire une perfusion, status: admitted, pos: phrase, forms: [fait une perfusion, font une perfusion]}
"""


def _comparable(glossary: Glossary) -> dict[str, object]:
    """Concepts without where they were read from."""
    return {
        cid: dataclasses.replace(c, path=None, line=None, terms=tuple(dataclasses.replace(t, line=None) for t in c.terms))
        for cid, c in glossary.concepts.items()
    }


def _round_trip(glossary: Glossary, fmt: str, tmp_path: Path) -> Glossary:
    exported = tmp_path / f"export.{fmt}"
    exported.write_bytes(export_glossary(glossary, fmt))
    text, imported = import_glossary(str(exported))
    assert _comparable(imported) == _comparable(glossary)
    written = tmp_path / f"imported-{fmt}.yaml"
    written.write_text(text, encoding="utf-8")
    reloaded = load_glossary([written], include_default=False)
    assert _comparable(reloaded) == _comparable(glossary)
    assert reloaded.sources == cited_sources(glossary)
    assert reloaded.rules == {}
    return reloaded


@pytest.fixture()
def tricky(tmp_path: Path) -> Glossary:
    path = tmp_path / "essai.yaml"
    path.write_text(TRICKY, encoding="utf-8")
    return load_glossary([path], include_default=False)


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_bundled_glossary_round_trips(glossary: Glossary, fmt: str, tmp_path: Path) -> None:
    reloaded = _round_trip(glossary, fmt, tmp_path)
    assert len(reloaded.concepts) == len(glossary.concepts) > 400
    assert validate(reloaded) == []


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_what_tbx_basic_lacks_round_trips(tricky: Glossary, fmt: str, tmp_path: Path) -> None:
    reloaded = _round_trip(tricky, fmt, tmp_path)
    ivig = reloaded.concept("ivig")
    assert ivig.domain == "immunoglobulines" and reloaded.concept("22q11-deletion").domain == "essai"
    forbidden = next(t for t in ivig.terms if t.text == "IVIG")
    assert forbidden.status.value == "forbidden" and forbidden.use == "IgIV"
    assert forbidden.note == "use: never the English acronym."
    assert next(t for t in ivig.terms if t.text == "immunoglobines").note == "note: faute d’orthographe."
    assert reloaded.sources["ansm"] == "ANSM : terminologie des médicaments dérivés du sang"


def _entry(root: etree._Element, cid: str) -> etree._Element:
    return next(e for e in root.iter(f"{T}conceptEntry") if e.get("id") == cid)


def test_tbx_carries_the_data_categories(tricky: Glossary) -> None:
    root = etree.fromstring(export_glossary(tricky, "tbx"))
    ivig = _entry(root, "ivig")
    assert ivig.findtext(f"{T}descrip[@type='subjectField']") == "immunoglobulines"
    assert ivig.findtext(f"{T}admin[@type='source']") == "ansm"
    french = next(s for s in ivig.iter(f"{T}langSec") if s.get(XML_LANG) == "fr")
    terms = {s.findtext(f"{T}term"): s for s in french.iter(f"{T}termSec")}
    acronym = terms["IVIG"]
    # TBX-Basic stops at « deprecated »: forbidden is that, plus a note the importer reads back.
    assert acronym.findtext(f"{T}termNote[@type='administrativeStatus']") == "deprecatedTerm-admn-sts"
    assert acronym.findtext(f"{T}termNote[@type='termType']") == "abbreviation"
    assert [n.text for n in acronym.iter(f"{T}note")] == ["status: forbidden", "use: IgIV",
                                                          "note: use: never the English acronym."]
    plural = terms["immunoglobulines intraveineuses"]
    assert plural.findtext(f"{T}termNote[@type='grammaticalGender']") == "feminine"
    assert plural.findtext(f"{T}termNote[@type='administrativeStatus']") == "preferredTerm-admn-sts"
    assert [n.text for n in plural.iter(f"{T}note")] == ["number: plural"]
    phrase = terms["faire une perfusion"]
    assert phrase.findtext(f"{T}termNote[@type='partOfSpeech']") == "other"
    assert "forms: fait une perfusion | font une perfusion" in [n.text for n in phrase.iter(f"{T}note")]
    deletion = _entry(root, "_22q11-deletion")  # an id may not start with a digit in XML
    assert deletion.findtext(f"{T}note").splitlines()[0] == "Concept repris tel quel du PNDS."
    assert [p.text for p in root.iter(f"{T}p")] == ["mesh-fr: MeSH bilingue anglais-français",
                                                    "ansm: ANSM : terminologie des médicaments dérivés du sang"]


# What the TBX-Basic dialect (DCA style) permits: data categories by element, the levels
# they may sit at, and their picklists.  Written from the dialect's definition; no schema
# file of it ships in any package here, and tests download nothing.
_TYPES = {
    "admin": {"customerSubset", "projectSubset", "source"},
    "descrip": {"subjectField", "context", "definition"},
    "termNote": {"administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender", "termLocation",
                 "termType"},
    "ref": {"crossReference"},
    "xref": {"externalCrossReference", "xGraphic"},
}
_LEVELS = {
    "subjectField": {"conceptEntry"}, "definition": {"conceptEntry", "langSec"}, "context": {"termSec"},
    "source": {"conceptEntry", "langSec", "termSec"}, "projectSubset": {"conceptEntry", "termSec"},
    "customerSubset": {"conceptEntry", "termSec"},
}
_PICKLISTS = {
    "administrativeStatus": {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                             "supersededTerm-admn-sts"},
    "partOfSpeech": {"noun", "verb", "adjective", "adverb", "other"},
    "grammaticalGender": {"masculine", "feminine", "neuter", "other"},
    "termType": {"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"},
}
_NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def check_tbx_basic(data: bytes) -> int:
    """Assert ``data`` is well-formed TBX-Basic as far as the dialect's rules go; return the concept count."""
    root = etree.fromstring(data)
    assert root.tag == f"{T}tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    assert root.get(XML_LANG)
    assert [c.tag for c in root] == [f"{T}tbxHeader", f"{T}text"]
    assert root.find(f"{T}tbxHeader/{T}fileDesc") is not None
    for node in root.iter(etree.Element):
        assert node.tag.startswith(T), node.tag  # DCA style: nothing outside the TBX namespace
        name = node.tag[len(T):]
        kind = node.get("type")
        if name in _TYPES:
            assert kind in _TYPES[name], (name, kind)
            parent = node.getparent().tag[len(T):]
            assert parent in _LEVELS.get(kind, {"conceptEntry", "langSec", "termSec"}), (kind, parent)
            if name == "termNote":
                assert parent == "termSec"
        if kind in _PICKLISTS:
            assert node.text in _PICKLISTS[kind], (kind, node.text)
    entries = list(root.iter(f"{T}conceptEntry"))
    ids = [e.get("id") for e in entries]
    assert len(set(ids)) == len(ids) and all(_NCNAME.match(i or "") for i in ids)
    for entry in entries:
        sections = entry.findall(f"{T}langSec")
        assert sections and all(s.get(XML_LANG) for s in sections)
        assert [c.tag for c in entry].index(sections[0].tag) == len(entry) - len(sections)  # langSecs come last
        for section in sections:
            term_secs = section.findall(f"{T}termSec")
            assert term_secs
            for term_sec in term_secs:
                assert term_sec[0].tag == f"{T}term" and term_sec[0].text
    return len(entries)


def test_exported_tbx_follows_tbx_basic(glossary: Glossary, tricky: Glossary) -> None:
    assert check_tbx_basic(export_glossary(glossary, "tbx")) == len(glossary.concepts)
    assert check_tbx_basic(export_glossary(tricky, "tbx")) == 2


def test_csv_has_weblate_columns_first(tricky: Glossary) -> None:
    rows = list(csv.DictReader(io.StringIO(export_glossary(tricky, "csv").decode("utf-8"))))
    assert list(rows[0])[:3] == ["source", "target", "context"] and list(rows[0]) == COLUMNS
    acronym = next(r for r in rows if r["target"] == "IVIG")
    assert (acronym["source"], acronym["context"], acronym["status"], acronym["use"]) == ("IVIG", "ivig", "forbidden", "IgIV")
    assert acronym["en"] == "IVIG | intravenous immunoglobulin" and acronym["abbreviation"] == "yes"


def test_weblate_csv_written_by_hand_imports(tmp_path: Path) -> None:
    path = tmp_path / "weblate.csv"
    # Excel's byte-order mark, Weblate's column names, two homonyms told apart by context.
    path.write_bytes("\ufeffsource,target,context,developer_comments\n"
                     "infusion,perfusion,,Administration lente d’un liquide dans une veine.\n"
                     "infusion,facteur de perfusion,,\n"
                     "tube,tubulure,pump,\n"
                     "tube,tube à essai,laboratory,\n".encode("utf-8"))
    text, imported = import_glossary(str(path))
    assert sorted(imported.concepts) == ["infusion", "tube-laboratory", "tube-pump"]
    infusion = imported.concept("infusion")
    assert [(t.text, t.status.value) for t in infusion.terms] == [("perfusion", "preferred"),
                                                                  ("facteur de perfusion", "admitted")]
    assert infusion.definition == "Administration lente d’un liquide dans une veine."
    out = tmp_path / "weblate.yaml"
    out.write_text(text, encoding="utf-8")
    reloaded = load_glossary([out], include_default=False)
    assert reloaded.concept("tube-laboratory").preferred.text == "tube à essai"
    assert reloaded.sources == {"imported": "Imported from weblate.csv"}
    assert validate(reloaded) == []


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("source,target,status\nfever,fièvre,preferred\nrash,éruption,wrong\n", 3, "'wrong' is not one of"),
        ("term;translation\nfever;fièvre\n", 1, "'source' and 'target'"),
        ("source,target\nfever,fièvre\n,éruption\n", 3, "needs both a source"),
        ("source,target,abbreviation\nIVIG,IgIV,perhaps\n", 2, "abbreviation must be yes"),
    ],
)
def test_bad_csv_names_file_and_line(tmp_path: Path, content: str, line: int, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MedglossError) as error:
        import_glossary(str(path))
    assert error.value.path == str(path) and error.value.line == line and message in error.value.message


HOSTILE = {
    "billion-laughs": '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n <!ENTITY a "ha">\n <!ENTITY b "&a;&a;&a;&a;">\n]>\n'
                      f'<tbx xmlns="{NS}">&b;</tbx>\n',
    "external-entity": '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n <!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
                       f'<tbx xmlns="{NS}"><text><body><conceptEntry id="x">&secret;</conceptEntry></body></text></tbx>\n',
    "parameter-entity": '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n <!ENTITY % remote SYSTEM "http://example.invalid/x.dtd">\n'
                        f' %remote;\n]>\n<tbx xmlns="{NS}"/>\n',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_tbx_is_refused(cli, tmp_path: Path, name: str) -> None:
    (tmp_path / "hostile.tbx").write_text(HOSTILE[name], encoding="utf-8")
    result = cli("glossary", "import", "hostile.tbx", "-o", "out.yaml")
    assert result.returncode == 2
    assert re.fullmatch(r"medgloss: error: hostile\.tbx:3: refused: .*XML entity declarations are not allowed.*\n",
                        result.stderr)
    assert not (tmp_path / "out.yaml").exists()


def test_external_dtd_is_refused_unread(cli, tmp_path: Path) -> None:
    (tmp_path / "outside.dtd").write_text('<!ENTITY secret "leaked">\n', encoding="utf-8")
    (tmp_path / "dtd.tbx").write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "outside.dtd">\n<tbx xmlns="{NS}"><text><body><conceptEntry '
        'id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body>'
        '</text></tbx>\n', encoding="utf-8")
    result = cli("glossary", "import", "dtd.tbx", "-o", "out.yaml")
    assert result.returncode == 2 and "leaked" not in result.stdout + result.stderr
    assert result.stderr == ("medgloss: error: dtd.tbx:3: refused: entity reference &secret; "
                             "(DTDs and their entities are not read)\n")


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        (f'<tbx xmlns="{NS}">\n<text><body>\n<conceptEntry id="x">\n</body></text></tbx>\n', 4, "malformed XML"),
        ('<glossary>\n</glossary>\n', 1, "not a TBX file"),
        (f'<tbx xmlns="{NS}"><text><body>\n<conceptEntry id="fever">\n<langSec xml:lang="en"><termSec><term>fever'
         '</term></termSec></langSec>\n</conceptEntry></body></text></tbx>\n', 2, "has no French term"),
        (f'<tbx xmlns="{NS}"><text><body>\n<conceptEntry id="fever">\n<langSec xml:lang="en"><termSec><term>fever'
         '</term></termSec></langSec>\n<langSec xml:lang="fr"><termSec><term>fièvre</term>\n<termNote type='
         '"administrativeStatus">recommended</termNote></termSec></langSec>\n</conceptEntry></body></text></tbx>\n',
         5, "unknown administrativeStatus"),
    ],
)
def test_malformed_tbx_names_file_and_line(cli, tmp_path: Path, content: str, line: int, message: str) -> None:
    (tmp_path / "bad.tbx").write_text(content, encoding="utf-8")
    result = cli("glossary", "import", "bad.tbx", "-o", "out.yaml")
    assert result.returncode == 2
    assert result.stderr.startswith(f"medgloss: error: bad.tbx:{line}: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_cli_export_and_import(cli, tmp_path: Path) -> None:
    (tmp_path / "essai.yaml").write_text(TRICKY, encoding="utf-8")
    mine = ("--no-default-glossary", "--glossary", "essai.yaml")
    csv_out = cli("glossary", "export", "--format", "csv", *mine)
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("source,target,context,")
    written = cli("glossary", "export", "--format", "tbx", "-o", "essai.tbx", *mine)
    assert written.returncode == 0 and "Wrote essai.tbx: 2 concepts" in written.stdout
    assert cli("glossary", "import", "essai.tbx", "-o", "back.yaml").returncode == 0
    assert cli("glossary", "validate", "--no-default-glossary", "--glossary", "back.yaml").returncode == 0
    # An existing glossary file is never replaced unless asked.
    (tmp_path / "mine.yaml").write_text("# mine\n", encoding="utf-8")
    refused = cli("glossary", "import", "essai.tbx", "-o", "mine.yaml")
    assert refused.returncode == 2 and "mine.yaml: already exists; give --force" in refused.stderr
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert cli("glossary", "import", "essai.tbx", "-o", "mine.yaml", "--force").returncode == 0
    assert load_glossary([tmp_path / "mine.yaml"], include_default=False).concept("ivig").preferred.text == \
        "immunoglobulines intraveineuses"


def test_candidates_export_as_tbx(cli, tmp_path: Path) -> None:
    # Against a small glossary, so that the corpus's « lymphopénie(s) » is still a candidate.
    (tmp_path / "essai.yaml").write_text(TRICKY, encoding="utf-8")
    result = cli("extract", "--candidates", "--format", "tbx", "--no-default-glossary", "--glossary", "essai.yaml",
                 str(CORPUS))
    assert result.returncode == 0
    check_tbx_basic(result.stdout.encode("utf-8"))
    root = etree.fromstring(result.stdout.encode("utf-8"))
    entries = list(root.iter(f"{T}conceptEntry"))
    first = entries[0]
    assert first.findtext(f"{T}admin[@type='projectSubset']") == "medgloss-candidates"
    assert "frequency: 3" in first.findtext(f"{T}note")
    assert [t.text for t in first.iter(f"{T}term")] == ["thrombopénie auto-immune"]
    grouped = next(e for e in entries if "lemma: lymphopénie;" in e.findtext(f"{T}note"))
    assert {t.text for t in grouped.iter(f"{T}term")} == {"lymphopénie", "lymphopénies"}
    assert cli("extract", "--format", "tbx", str(CORPUS)).returncode == 2


# TBX v2 (ISO 30042:2008) as older tools export it: DOCTYPE naming the public DTD, termEntry,
# langSet, tig and ntig/termGrp.
TBX_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Exported from a translation platform</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c12">
      <descrip type="subjectField">laboratoire</descrip>
      <langSet xml:lang="en-GB"><tig><term>trough level</term></tig></langSet>
      <langSet xml:lang="fr-FR">
        <descrip type="definition">Concentration la plus basse avant la perfusion suivante.</descrip>
        <ntig><termGrp><term>taux résiduel</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <termNote type="partOfSpeech">noun</termNote><termNote type="grammaticalGender">masculine</termNote>
        </termGrp></ntig>
        <tig><term>taux de creux</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <note>Calque de « trough level ».</note></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_v2_imports(tmp_path: Path) -> None:
    path = tmp_path / "platform.tbx"
    path.write_text(TBX_V2, encoding="utf-8")
    text, imported = import_glossary(str(path), default_source="plateforme")
    concept = imported.concept("c12")
    assert concept.en == ("trough level",) and concept.domain == "laboratoire"
    assert concept.definition == "Concentration la plus basse avant la perfusion suivante."
    assert [(t.text, t.status.value, t.pos, t.gender) for t in concept.terms] == [
        ("taux résiduel", "preferred", "noun", "m"), ("taux de creux", "deprecated", None, None)]
    # Read back typeset like every note of a glossary (no-break spaces inside the guillemets).
    assert concept.terms[1].note == "Calque de «\u00a0trough level\u00a0»." and concept.source == "plateforme"
    out = tmp_path / "platform.yaml"
    out.write_text(text, encoding="utf-8")
    assert _comparable(load_glossary([out], include_default=False)) == _comparable(imported)
