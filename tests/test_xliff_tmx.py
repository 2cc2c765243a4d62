"""XLIFF 1.2, XLIFF 2.0 and TMX: targets checked, sources as context, markup never touched."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from lxml import etree

from medgloss.api import check_document
from medgloss.documents import load_document
from medgloss.documents.xml_bilingual import XMLBilingualDocument, read_xml_bilingual
from medgloss.errors import DocumentError
from medgloss.fixing.apply import apply_fixes

FIXTURES = Path(__file__).parent / "fixtures" / "bilingual"


def load(name: str) -> tuple[str, XMLBilingualDocument]:
    text = (FIXTURES / name).read_bytes().decode("utf-8")
    return text, read_xml_bilingual(name, text)


def fixed(document: XMLBilingualDocument, findings) -> str:
    return apply_fixes(document.text, findings, escape=document.escape).text


def outside_units(text: str, document: XMLBilingualDocument) -> list[str]:
    pieces, last = [], 0
    for unit in document.units:
        pieces.append(text[last : unit.start])
        last = unit.end
    return pieces + [text[last:]]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nemo-leaflet.fr.xlf", ["canule", "st&#233;ro&#x00EF;des", "humidifier",
                                 'cellules<x id="2"/> souches sanguines', "type de tissu", "attraper"]),
        ("nemo-leaflet.xliff", ["attraper", "stéroïdes", "humidifier", "canule"]),
        ("nemo-memory.tmx", ["stéroïdes", "humidifier", "canule", 'type<ph x="1">&lt;br/&gt;</ph> de tissu']),
    ],
)
def test_targets_checked_with_exact_positions(name, expected, glossary) -> None:
    text, document = load(name)
    findings = check_document(document, glossary=glossary, select=["MG1"])
    assert [f.found for f in findings] == expected
    lines = text.split("\n")
    for finding in findings:
        assert text[finding.offset : finding.end] == finding.found
        assert lines[finding.line - 1][finding.column - 1 :].startswith(finding.found.split("\n")[0])
        unit = next(u for u in document.units if u.start <= finding.offset < u.end)
        assert finding.context["source"] == unit.source


def test_sources_comments_notes_alt_trans_and_untranslatable_are_not_checked(glossary) -> None:
    text, document = load("nemo-leaflet.fr.xlf")
    lines = {f.line for f in check_document(document, glossary=glossary)}
    for needle in ["canule dans une veine\" >", "Glossaire : « humidifier", "<target>Des stéroïdes pour humidifier",
                   '<target>Une canule dans une veine.</target>']:
        line = next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)
        assert line not in lines, needle
    # The protected marker at the start of t6 is skipped, the later « attraper » is found.
    (catch,) = [f for f in check_document(document, glossary=glossary) if f.found == "attraper"]
    assert text[catch.offset - 18 : catch.offset] == '<mrk mtype="term">'
    assert document.view[text.index('protected">') + 11 :].startswith(" " * 8)
    units = {dict(u.context)["id"]: u for u in document.units}
    assert sorted(units) == ["t1", "t2", "t3", "t5", "t6"]  # t4 translate="no", t7 empty
    assert units["t2"].source == "Steroids & biologics to dampen the immune system."


def test_tmx_french_variants_are_targets_english_is_source(glossary) -> None:
    text, document = load("nemo-memory.tmx")
    assert [dict(u.context)["lang"] for u in document.units] == ["fr-fr", "fr-ca", "fr"]
    assert document.units[1].source == "Immunoglobulin is given through a cannula into a vein."
    assert "Kanüle" not in document.view and "passwd" not in document.view


@pytest.mark.parametrize("name", ["nemo-leaflet.fr.xlf", "nemo-leaflet.xliff", "nemo-memory.tmx"])
def test_fix_changes_only_target_text_and_stays_valid(name, glossary) -> None:
    text, document = load(name)
    findings = check_document(document, glossary=glossary, select=["MG1"])
    out = fixed(document, findings)
    etree.fromstring(out.encode("utf-8"))  # still well-formed
    again = read_xml_bilingual(name, out)
    assert outside_units(out, again) == outside_units(text, document)
    # Every inline tag is kept, in order; what is left has no fix (it would cut a tag).
    assert _inline_tags(out) == _inline_tags(text)
    assert all(f.fix is None for f in check_document(again, glossary=glossary, select=["MG1"]))


def _inline_tags(text: str) -> list[str]:
    import re

    return re.findall(r"<(?:g|x|bpt|ept|ph|pc|mrk)\b[^>]*>", text)


def test_entities_and_tags_in_fixes(glossary) -> None:
    text, document = load("nemo-leaflet.fr.xlf")
    findings = check_document(document, glossary=glossary, select=["MG1"])
    out = fixed(document, findings)
    assert "Des corticoïdes &amp; des biothérapies pour <bpt id=\"1\">&lt;b&gt;</bpt>atténuer<ept" in out
    assert 'de cellules<x id="2"/> souches hématopoïétiques.' in out
    assert "<![CDATA[Un donneur dont le groupe tissulaire correspond <bien>.]]>" in out
    assert document.escape("A & <b>") == "A &amp; &lt;b&gt;"
    tissue = [f for f in check_document(load("nemo-memory.tmx")[1], glossary=glossary) if f.rule == "MG104"]
    assert tissue and tissue[0].fix is None  # the <ph> inside the span cannot be kept: reported, not fixed


HOSTILE = {
    "billion-laughs.xlf": '<?xml version="1.0"?>\n<!DOCTYPE x [\n <!ENTITY a "aaaaaaaaaa">\n'
    ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
    '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>&c;</target></trans-unit>'
    "</body></file></xliff>\n",
    "quadratic.tmx": '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "' + "x" * 100_000 + '">]>\n<tmx><body><tu>'
    '<tuv xml:lang="fr"><seg>' + "&a;" * 10_000 + "</seg></tuv></tu></body></tmx>\n",
    "xxe.xliff": '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
    '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>&e;</target></trans-unit>'
    "</body></file></xliff>\n",
    "param.xlf": '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>\n<x/>\n',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_xml_is_refused_quickly(name, tmp_path) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8")
    began = time.perf_counter()
    with pytest.raises(DocumentError) as caught:
        load_document(str(path))
    assert time.perf_counter() - began < 2
    assert "entity declarations are not allowed" in str(caught.value)
    assert caught.value.line is not None and "\n" not in str(caught.value)


def test_external_dtd_is_never_fetched(tmp_path, glossary) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    path = tmp_path / "remote.xlf"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE xliff SYSTEM "http://127.0.0.1:{port}/xliff.dtd">\n'
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>cannula</source>'
        "<target>Une canule dans une veine.</target></trans-unit></body></file></xliff>\n",
        encoding="utf-8",
    )
    connections = []

    def accept() -> None:
        try:
            connections.append(server.accept())
        except OSError:
            pass

    listener = threading.Thread(target=accept)
    listener.start()
    document = load_document(str(path))
    assert [f.found for f in check_document(document, glossary=glossary, select=["MG1"])] == ["canule"]
    listener.join()
    server.close()
    assert connections == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<xliff version="1.2"><file><body><trans-unit id="1"><target>x</targ></trans-unit></body></file></xliff>',
         "malformed XML"),
        ("<html><body>texte</body></html>", "not an XLIFF or TMX document"),
        ('<xliff version="1.2">\n<file a="1" a="2"/></xliff>', "malformed XML"),
        ("", "malformed XML"),
    ],
)
def test_malformed_xml_is_one_line(content, message) -> None:
    with pytest.raises(DocumentError) as caught:
        read_xml_bilingual("bad.xlf", content)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_tricky_markup_positions(glossary) -> None:
    # Attributes holding '>', comments and a PI inside the target, self-closing tags, a prefix.
    text = (
        '<?xml version="1.0"?>\n<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
        '<x:file original="a>b.md"><x:body><x:trans-unit id="q&gt;1" extradata=\'say "hi" > bye\'>\n'
        "<x:source>Catch <x:x id='1'/>infections early.</x:source>\n"
        '<x:target note="attraper > rien">Aider à <!-- attraper --><?pi attraper?>attraper'
        "<x:x id='2'/> les infections tôt.</x:target>\n"
        "</x:trans-unit></x:body></x:file></x:xliff>\n"
    )
    document = read_xml_bilingual("tricky.xlf", text)
    (finding,) = check_document(document, glossary=glossary, select=["MG1"])
    assert finding.found == "attraper" and text[finding.offset - 2 : finding.offset] == "?>"
    assert document.units[0].source == "Catch infections early."
    out = fixed(document, [finding])
    assert out == text.replace("?>attraper<", "?>détecter<")


def test_xml_declared_encoding_is_used(tmp_path, glossary) -> None:
    path = tmp_path / "latin1.xlf"
    path.write_bytes(
        ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff version="1.2"><file><body><trans-unit id="1">'
         "<source>A cannula into a vein.</source><target>Une canule dans une veine, été.</target>"
         "</trans-unit></body></file></xliff>\n").encode("latin-1")
    )
    document = load_document(str(path))
    assert document.encoding == "iso8859-1"
    assert [f.found for f in check_document(document, glossary=glossary, select=["MG1"])] == ["canule"]
