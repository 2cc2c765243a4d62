"""A hit that a later stage rejects hides nothing (issue 16, the scanner's resolution).

The scanner keeps the leftmost-longest hits; a rule hit whose context does not hold, or a calque
another finding covers, used to hide every hit starting inside it all the same (the rule for
« avoir une fièvre » was dropped because it hid « fièvre haute »).  Rejected hits now give way:
the findings are those of a scan that never found them, in every path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import medgloss
from medgloss.api import check_text
from medgloss.batch import stream
from medgloss.matching.scanner import Hit, Scan

# A glossary of overlapping triggers: « pomme rouge vive » whose context never holds, « rouge
# vive » whose context holds before a full stop only, « vive poire » always, and the forbidden
# term « poire verte ».  Each starts inside the one before it.
_GLOSSARY = """\
domain: scan-test
sources:
  me: "Glossaire d’essai"
concepts:
  - {id: fruit-blue, source: me, en: [blue fruit], fr: [{term: fruit bleu, status: preferred, pos: noun, gender: m},
                                                        {term: poire verte, status: forbidden, pos: noun, gender: f}]}
  - {id: colour-red, source: me, en: [red colour], fr: [{term: couleur rouge, status: preferred, pos: noun, gender: f}]}
rules:
  - id: never-holds
    type: calque
    concept: fruit-blue
    match: {term: pomme rouge vive, pos: phrase}
    replace: {term: fruit bleu, pos: phrase}
    source: me
    context:
      before: {words: [zzzz], window: 2}
    examples:
      - {wrong: "zzzz pomme rouge vive", fixed: "zzzz fruit bleu"}
      - {right: "Une pomme rouge vive"}
  - id: before-a-stop
    type: calque
    concept: colour-red
    match: {term: rouge vive, pos: phrase}
    replace: {term: couleur rouge, pos: phrase}
    source: me
    context:
      after_regex: "\\\\s*[.]"
    examples:
      - {wrong: "Une rouge vive.", fixed: "Une couleur rouge."}
      - {right: "Une rouge vive et"}
  - id: always
    type: calque
    concept: fruit-blue
    match: {term: vive poire, pos: phrase}
    replace: {term: fruit bleu, pos: phrase}
    source: me
    examples:
      - {wrong: "La vive poire", fixed: "La fruit bleu"}
      - {right: "La vive"}
"""


@pytest.fixture(scope="module")
def overlapping(tmp_path_factory) -> tuple[medgloss.Glossary, medgloss.Glossary]:
    """The glossary above, and the same without the rule whose context never holds."""
    folder = tmp_path_factory.mktemp("overlapping")
    whole = folder / "whole.yaml"
    whole.write_text(_GLOSSARY, encoding="utf-8")
    start = _GLOSSARY.index("  - id: never-holds")
    end = _GLOSSARY.index("  - id: before-a-stop")
    without = folder / "without.yaml"
    without.write_text(_GLOSSARY[:start] + _GLOSSARY[end:], encoding="utf-8")
    return (medgloss.load_glossary([whole], include_default=False),
            medgloss.load_glossary([without], include_default=False))


def _found(findings: list[medgloss.Finding]) -> list[tuple[str | None, str, int]]:
    return [(f.rule_id or f.concept, f.found, f.offset) for f in findings]


def test_a_rule_whose_context_fails_lets_the_hit_inside_it_through(overlapping) -> None:
    glossary, _ = overlapping
    assert _found(check_text("Une pomme rouge vive.", glossary=glossary)) == [("before-a-stop", "rouge vive", 10)]
    # two rejected in a row: the third trigger, then hiding the forbidden term
    assert _found(check_text("Une pomme rouge vive poire verte", glossary=glossary)) == [("always", "vive poire", 16)]
    # where the long rule's context holds, it still wins
    assert _found(check_text("zzzz pomme rouge vive.", glossary=glossary)) == [("never-holds", "pomme rouge vive", 5)]


def test_a_rejected_rule_hides_a_forbidden_term_no_more(overlapping) -> None:
    glossary, _ = overlapping
    text = "Une rouge vive poire verte et une pomme rouge vive poire verte"
    findings = check_text(text, glossary=glossary)
    assert _found(findings) == [("always", "vive poire", 10), ("always", "vive poire", text.rindex("vive poire"))]
    findings = check_text("Une rouge vive. Une poire verte", glossary=glossary)
    assert _found(findings) == [("before-a-stop", "rouge vive", 4), ("fruit-blue", "poire verte", 20)]


# Words and the overlapping phrases themselves, so that most texts hold overlaps.
# Words and the overlapping phrases themselves, so that most texts hold overlaps.
_PIECES = ["pomme", "rouge", "vive", "poire", "verte", "zzzz", "et", "une", ".",
           "pomme rouge vive", "pomme rouge vive poire verte", "rouge vive poire", "vive poire verte"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(" ".join)
_PHRASES = [("pomme rouge vive", "never-holds"), ("rouge vive", "before-a-stop"), ("vive poire", "always"),
            ("poire verte", "fruit-blue")]


def _expected(text: str) -> list[tuple[str, str, int]]:
    """The oracle: every phrase found in the words, those whose context fails removed, then
    leftmost-longest (« resolve after filtering »), computed on the words alone."""
    words: list[tuple[str, int]] = []
    at = 0
    for word in text.split(" "):
        words.append((word, at))
        at += len(word) + 1
    candidates = []
    for i in range(len(words)):
        for phrase, owner in _PHRASES:
            n = phrase.count(" ") + 1
            if " ".join(w for w, _ in words[i:i + n]) != phrase:
                continue
            if owner == "never-holds" or (owner == "before-a-stop" and (i + n >= len(words) or words[i + n][0] != ".")):
                continue
            candidates.append((i, i + n, owner, phrase))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    kept, last = [], -1
    for first, end, owner, phrase in candidates:
        if first >= last:
            kept.append((owner, phrase, words[first][1]))
            last = end
    return kept


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(_texts)
def test_findings_are_the_selection_after_the_contexts_are_judged(overlapping, text: str) -> None:
    glossary, without = overlapping
    text = text.replace("zzzz", "zzz")  # the long rule's context never holds
    assert _found(check_text(text, glossary=glossary)) == _expected(text)
    # the same as a glossary that never had the rule
    assert _found(check_text(text, glossary=without)) == _expected(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(_texts, st.integers(min_value=20, max_value=200))
def test_every_path_resolves_rejected_hits_alike(overlapping, text: str, size: int) -> None:
    glossary, _ = overlapping
    text = text.replace(" . ", " .\n\n", 2)  # paragraphs, for the windows to cut
    fast = [f.to_dict() for f in check_text(text, glossary=glossary)]
    assert [f.to_dict() for f in check_text(text, glossary=glossary, exhaustive=True)] == fast
    assert [f.to_dict() for f in stream.check_chunked_text(text, glossary=glossary, size=size, piece=37)] == fast
    for code in {f["rule"] for f in fast}:
        selected = [f.to_dict() for f in check_text(text, glossary=glossary, select=[code])]
        assert selected == [f for f in fast if f["rule"] == code]


# -- the resolution itself, on candidate spans -----------------------------------------------

def _greedy(candidates: list[Hit]) -> list[Hit]:
    hits: list[Hit] = []
    for hit in candidates:
        if not hits or hit.start >= hits[-1].end:
            hits.append(hit)
    return hits


_spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=25, unique=True)


@settings(max_examples=300, deadline=None)
@given(_spans, st.data())
def test_resolve_is_the_selection_after_filtering(spans: list[tuple[int, int]], data) -> None:
    candidates = sorted((Hit(s, s + n, ()) for s, n in spans), key=lambda h: (h.start, h.start - h.end))
    rejected = {h for h in candidates if data.draw(st.booleans())}
    asked: list[Hit] = []

    def rejects(hit: Hit) -> bool:
        asked.append(hit)
        return hit in rejected

    scanned = Scan(candidates)
    assert scanned.hits == _greedy(candidates)
    resolved = scanned.resolve(rejects)
    assert [h for h in resolved if h not in rejected] == _greedy([h for h in candidates if h not in rejected])
    # a rejected hit is left in only where it hides nothing (no later candidate starts inside
    # it): its stage drops it as before; and only a hit that hides another is asked about
    def hides(hit: Hit) -> bool:
        return any(c.start < hit.end for c in candidates[candidates.index(hit) + 1:])

    assert not any(hides(h) for h in resolved if h in rejected)
    assert all(hides(h) for h in asked)


def test_an_uncontested_scan_asks_nothing() -> None:
    scanned = Scan([Hit(0, 4, ()), Hit(5, 9, ())])
    assert not scanned.contested
    assert scanned.resolve(lambda hit: pytest.fail("asked")) is scanned.hits


# -- the class the old workaround lost -----------------------------------------------------------

def test_a_bare_fever_after_avoir_is_reported() -> None:
    findings = check_text("Si votre enfant a une fièvre, donnez-lui à boire souvent.")
    assert [(f.rule_id, f.found, f.replacements[0]) for f in findings] == [
        ("avoir-une-fievre-de-la-fievre", "une fièvre", "de la fièvre")]


@pytest.mark.parametrize("text", [
    "Si votre enfant a une fièvre haute, appelez le médecin.",
    "Le patient avait une fièvre haute et des frissons.",
])
def test_fever_high_is_still_reported_inside_the_fever_rule(text: str) -> None:
    findings = check_text(text)
    assert [(f.rule_id, f.found) for f in findings] == [("fievre-haute", "fièvre haute")]
    assert findings[0].replacements[0] == "forte fièvre"


@pytest.mark.parametrize(("text", "rule", "found"), [
    ("Mon fils a une fièvre glandulaire depuis deux semaines.", "fievre-glandulaire", "fièvre glandulaire"),
    ("Elle avait une fièvre de bas grade tous les soirs.", None, "fièvre de bas grade"),
])
def test_warnings_inside_the_fever_rule_are_not_hidden(text: str, rule: str | None, found: str) -> None:
    # the rule's trigger « une fièvre » starts before them, and its context fails on them
    findings = check_text(text)
    assert [(f.rule_id, f.found, f.severity) for f in findings] == [(rule, found, "warning")]


def test_the_fever_rule_keeps_a_qualified_fever_silent() -> None:
    # chu-nantes.fr, « Fièvre de l’enfant » (short quotation): a fever with its value is French
    assert check_text("Il a une fièvre >38.5°C depuis plus de 5 jours") == []
