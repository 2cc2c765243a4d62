"""Property: any catalog polib writes (escapes, wrapping at 78 columns) is read, checked and
fixed with exact positions, and a fix changes translations and flags only."""

from __future__ import annotations

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.api import check_document, fix_document
from medgloss.documents.po import read_po

# Mistranslations the glossary corrects, and filler with every character PO must escape.
TRIGGERS = [
    "une canule dans une veine",
    "pour humidifier le système immunitaire",
    "aidera à attraper les infections tôt",
    "des cellules souches sanguines",
    "le type de tissu du donneur",
]
FILLER = st.text(alphabet=st.sampled_from(list('abcdé ’«»"\\\t\n.,;:!?%')), max_size=30)
MSGSTR = st.lists(st.one_of(st.sampled_from(TRIGGERS), FILLER), min_size=1, max_size=5).map(" ".join)


def catalog(msgstrs: list[str]) -> str:
    po = polib.POFile(wrapwidth=40)  # narrow wrapping: terms get split across lines
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    for n, msgstr in enumerate(msgstrs):
        po.append(polib.POEntry(msgid=f"Sentence {n} about a cannula, steroids and tissue type.",
                                msgstr=msgstr, occurrences=[("leaflet.md", str(n))],
                                flags=["c-format"] if n % 2 else []))
    return str(po)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MSGSTR, min_size=1, max_size=4))
def test_polib_written_catalogs_round_trip(glossary, msgstrs) -> None:
    text = catalog(msgstrs)
    document = read_po("p.po", text)
    assert [dict(u.context)["msgid"] for u in document.units] == [
        e.msgid for e in polib.pofile(text) if e.msgstr
    ]
    findings = check_document(document, glossary=glossary, select=["MG1"])
    for finding in findings:
        assert text[finding.offset : finding.end] == finding.found
        assert any(u.start <= finding.offset and finding.end <= u.end for u in document.units)
    result = fix_document(document, glossary=glossary, select=["MG1"])
    before = {e.msgid: e for e in polib.pofile(text)}
    after = {e.msgid: e for e in polib.pofile(result.text)}
    assert before.keys() == after.keys()
    for msgid, entry in after.items():
        old = before[msgid]
        assert (entry.occurrences, entry.comment, entry.tcomment) == (old.occurrences, old.comment, old.tcomment)
        assert [f for f in entry.flags if f != "fuzzy"] == old.flags
        assert ("fuzzy" in entry.flags) == (entry.msgstr != old.msgstr)
