"""The spaCy component: entry-point registration, spans and findings, config round trip."""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Une canule dans une veine du bras permet la perfusion d’immunoglobulines."


def test_blank_pipeline_gets_terms_and_findings() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("medgloss")  # found through the spacy_factories entry point
    doc = nlp(TEXT)
    spans = doc.spans["medgloss_terms"]
    assert {"perfusion", "immunoglobulines"} <= {s.text for s in spans}
    assert all(s.label_ == s.kb_id_ and s.label_ for s in spans)
    findings = doc._.medgloss_findings
    assert [f.found for f in findings if f.rule == "MG103"] == ["canule"]
    assert all(doc.text[f.offset : f.end] == f.found for f in findings)


def test_glossary_config_survives_to_disk_from_disk(tmp_path) -> None:
    layer = tmp_path / "glossary"
    layer.mkdir()
    for name in ("00-sources.yaml", "immunoglobulin-therapy.yaml"):
        shutil.copy(ROOT / "glossaries" / "en-fr" / name, layer / name)
    nlp = spacy.blank("fr")
    nlp.add_pipe("medgloss", config={"glossary": [str(layer)], "default_glossary": False, "ignore": ["MG102"]})
    before = nlp(TEXT)
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    component = loaded.get_pipe("medgloss")
    assert component.settings["glossary"] == [str(layer)]
    assert component.settings["default_glossary"] is False and component.settings["ignore"] == ["MG102"]
    after = loaded(TEXT)
    assert [(s.text, s.label_) for s in after.spans["medgloss_terms"]] == [
        (s.text, s.label_) for s in before.spans["medgloss_terms"]
    ]
    assert [f.to_dict() for f in after._.medgloss_findings] == [f.to_dict() for f in before._.medgloss_findings]
