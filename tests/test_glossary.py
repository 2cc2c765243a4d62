"""Loading, layering and validating glossaries."""

from __future__ import annotations

import pytest

import medgloss
from medgloss.glossary.validate import validate

HEADER = "sources:\n  me: Mon glossaire\n"


def _write(tmp_path, body: str, name: str = "g.yaml"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_bundled_glossary_is_valid(glossary) -> None:
    assert validate(glossary) == []


def test_every_concept_cites_a_declared_source(glossary) -> None:
    for concept in glossary.concepts.values():
        assert concept.source in glossary.sources


def test_user_layer_overrides_and_extends(tmp_path) -> None:
    path = _write(
        tmp_path,
        "concepts:\n  - id: vein\n    source: me\n    en: [vein]\n    fr:\n"
        "      - {term: veine, status: preferred, pos: noun, gender: f}\n"
        "      - {term: vaine, status: forbidden, pos: noun, gender: f}\n",
    )
    layered = medgloss.load_glossary([path])
    findings = medgloss.check_text("Une vaine du bras.", glossary=layered)
    assert [(f.found, f.replacements) for f in findings] == [("vaine", ["veine"])]
    assert "immunoglobulin" in layered.concepts  # the bundled glossary is still there


def test_own_glossary_only(tmp_path) -> None:
    path = _write(tmp_path, "concepts:\n  - id: a-b\n    source: me\n    en: [a]\n    fr:\n      - {term: abc, status: preferred}\n")
    alone = medgloss.load_glossary([path], include_default=False)
    assert list(alone.concepts) == ["a-b"]


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("concepts:\n  - id: x-y\n    source: nobody\n    en: [x]\n    fr:\n      - {term: x, status: preferred}\n", 4, "nobody"),
        ("concepts:\n  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: x}\n", 4, "no preferred"),
        ("concepts:\n  - id: X Y\n    source: me\n    en: [x]\n    fr:\n      - {term: x, status: preferred}\n", 4, "does not match"),
        ("concepts:\n  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: x, status: preferred}\n"
         "  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: z, status: preferred}\n", 9, "twice"),
        ("concepts:\n  - id: x-y\n    source: me\n    en: [x]\n    fr:\n      - {term: groumf, status: preferred, pos: verb}\n", 8, "verb"),
    ],
)
def test_bad_entries_stop_loading_with_file_and_line(tmp_path, body: str, line: int, words: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(medgloss.GlossaryError) as info:
        medgloss.load_glossary([path], include_default=False)
        from medgloss.matching import compiled

        compiled(medgloss.load_glossary([path], include_default=False))
    assert info.value.path == str(path)
    assert info.value.line == line, str(info.value)
    assert words in str(info.value)


def test_validate_finds_contradictions(tmp_path) -> None:
    path = _write(
        tmp_path,
        "concepts:\n  - id: a-b\n    source: me\n    en: [a]\n    fr:\n      - {term: truc, status: preferred}\n"
        "  - id: c-d\n    source: me\n    en: [c]\n    fr:\n      - {term: chose, status: preferred}\n"
        "      - {term: truc, status: forbidden, pos: noun, gender: m}\n",
    )
    problems = validate(medgloss.load_glossary([path], include_default=False))
    assert any("forbidden in 'c-d' but preferred or admitted in a-b" in p.message for p in problems)


def test_bundled_glossary_meets_the_counts_of_issue_3(glossary) -> None:
    # A curated glossary worth installing: at least 400 concepts and 80 mistranslation rules,
    # every rule with a wrong example (and its correction) and a right one.
    from medgloss.glossary.stats import glossary_stats

    stats = glossary_stats(glossary)
    assert stats["concepts"] >= 1600
    assert stats["rules"] >= 420
    assert stats["wrong_examples"] >= stats["rules"]
    assert stats["right_examples"] >= stats["rules"]
    assert {"false-friend", "calque", "collocation", "acronym", "register"} <= set(stats["rules_by_type"])
