"""Which detectors a ``--select``/``--ignore`` pair needs to run.

``--select MG204,MG111`` should cost what those two checks cost, not what every check costs
with most findings thrown away afterwards.  A detector is skipped when none of the codes it
can give is selected — unless a detector that does run reads its findings: English left in
French (MG111) stays silent where a glossary finding already is, so the glossary's own
findings are still computed (and then dropped) for it.  The table :data:`STAGES` says, for
every detector, what it gives and whose findings it reads; :func:`selection` closes it.

The findings of a selected code must be exactly those of a full run (tested code by code on
real text).  This module only decides what runs: the findings are still filtered by
:meth:`Selection.keeps` afterwards, as they always were.  It must not know how a detector
works, only what it gives and reads.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..findings.codes import CODES, selector_matches

if TYPE_CHECKING:
    from ..glossary import Glossary

_RULE_CODES = frozenset({"MG101", "MG102", "MG103", "MG104", "MG105", "MG106", "MG107", "MG108", "MG109"})

STAGES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    # stage: (codes its findings can have, stages whose findings it reads), in running order.
    # French checks (checks.engine):
    "terms": (_RULE_CODES, ()),  # the glossary's terms and rules
    "duplicates": (frozenset({"MG107"}), ("terms",)),
    "english": (frozenset({"MG111", "MG112"}), ("terms", "duplicates")),
    "accents": (frozenset({"MG111"}), ("terms", "duplicates", "english")),
    "broken_words": (frozenset({"MG113"}), ("terms", "duplicates", "english", "accents")),
    "calques": (frozenset({"MG110", "MG115"}), ("terms", "duplicates", "english", "accents", "broken_words")),
    # content-word renderings of a known concept, where no string calque was found
    "literal": (frozenset({"MG118"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques")),
    "agreement": (frozenset({"MG114"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques",
                                         "literal")),
    # (not agreement's: an agreement error and a possessive may share words, each fixes its own)
    "body_parts": (frozenset({"MG116"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques",
                                          "literal")),
    "units": (frozenset({"MG117"}), ()),  # a number and its unit: no other detector's span is one
    # (not agreement's, possessives' or units': a finding of theirs may share its words, each says its own)
    "neighbours": (frozenset({"MG119"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques",
                                          "literal")),
    # MG109 English acronyms made MG111: it takes MG109 findings away as well as giving MG111.
    "promote": (frozenset({"MG109", "MG111"}), ("terms",)),
    "acronyms": (frozenset({"MG112"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques",
                                        "literal", "agreement", "body_parts", "units", "neighbours", "promote")),
    # Info findings raised to warning in a text with enough signs of machine translation
    # (checks.escalation): it changes the severity of these codes, and counts every French one.
    "escalation": (frozenset({"MG103", "MG104", "MG105", "MG109"}), ("terms", "duplicates", "english", "accents",
                                                                      "broken_words", "calques", "literal",
                                                                      "agreement", "body_parts", "units", "neighbours", "promote",
                                                                      "acronyms")),
    # Bilingual checks (checks.bilingual): the French findings of an entry silence MG201 and
    # MG203 there; the source-aware false friends mark the spans the rules' MG203 skip.
    "untranslated": (frozenset({"MG204"}), ()),
    "inconsistent": (frozenset({"MG202"}), ()),
    "clinical": (frozenset({"MG203"}), ("terms", "duplicates", "english", "accents", "broken_words", "calques",
                                        "literal", "agreement", "body_parts", "units", "neighbours", "promote", "acronyms")),
    "source_false_friends": (frozenset({"MG203"}), ("clinical",)),
    "missing": (frozenset({"MG201"}), ("source_false_friends",)),
}


@dataclass(frozen=True)
class Selection:
    """A ``--select``/``--ignore`` pair: the findings it keeps, and the detectors to run."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    codes: frozenset[str]  # the codes a kept finding may have
    stages: frozenset[str]  # the detectors to run (those of :data:`STAGES` not listed are skipped)

    def keeps(self, finding: object) -> bool:
        """True if ``finding`` (a :class:`~medgloss.findings.model.Finding`) is selected."""
        rule, rule_id = getattr(finding, "rule"), getattr(finding, "rule_id", None)
        if self.select and not any(selector_matches(s, rule, rule_id) for s in self.select):
            return False
        return not (self.ignore and any(selector_matches(s, rule, rule_id) for s in self.ignore))

    def runs(self, stage: str) -> bool:
        """True if the detector ``stage`` must run."""
        return stage in self.stages

    def wants(self, codes: Collection[str]) -> bool:
        """True if a finding of one of ``codes`` may be kept."""
        return not self.codes.isdisjoint(codes)


def selection(select: Sequence[str] | None, ignore: Sequence[str] | None,
              rule_ids: Collection[str] = ()) -> Selection | None:
    """The selection of ``select``/``ignore``; ``None`` when every detector must run.

    A selected glossary rule id (``rule_ids``) may name a finding of any code (its rule's kind,
    or MG203 when the source vouches for it), so it selects every code; an ignored one takes
    no code away (the rule's other findings of that code stay).
    """
    select, ignore = tuple(select or ()), tuple(ignore or ())
    if not select and not ignore:
        return None
    codes = set()
    for code in CODES:
        if select and not any(selector_matches(s, code, None) or s.strip() in rule_ids for s in select):
            continue
        if any(selector_matches(s, code, None) for s in ignore):
            continue
        codes.add(code)
    needed = {stage for stage, (gives, _reads) in STAGES.items() if not gives.isdisjoint(codes)}
    # Close over what the needed detectors read (the table lists every reader after what it reads).
    for stage in reversed(list(STAGES)):
        if stage in needed:
            needed.update(STAGES[stage][1])
    return Selection(select, ignore, frozenset(codes), frozenset(needed))


def glossary_selection(select: Sequence[str] | None, ignore: Sequence[str] | None,
                       glossary: "Glossary") -> Selection | None:
    """:func:`selection` with ``glossary``'s rule ids, read only when something is selected:
    a cached glossary decodes its rules on first use, a cost a check without ``--select`` or
    ``--ignore`` need not pay."""
    if not select and not ignore:
        return None
    return selection(select, ignore, glossary.rules)


__all__ = ["STAGES", "Selection", "glossary_selection", "selection"]
