"""MG107: a term and its own expansion side by side (« intraveineuse ou intraveineuse »).

Machine translation expands an English abbreviation that was given after its term
("intravenous or IV") into the same French word twice.  A term repeated right after itself,
joined only by « ou », « / », « , » or « soit », is reported; the fix keeps one term and
restores the concept's abbreviation in parentheses (in square brackets as an alternative
when already inside parentheses, as French typography nests them).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from ..findings.codes import CODES
from ..findings.model import Edit, Finding, Fix
from ..glossary.model import Glossary
from ..matching.compiled import TERM
from ..matching.scanner import Hit
from ..text.sentences import BLANK_LINE as _BLANK_LINE

_JOINER = re.compile(r"\s*(?:ou|ou bien|soit|/|,)\s*", re.IGNORECASE)
# A blank line ends a paragraph: a term at the end of one and again at the start of the next
# is no term beside its expansion (and no finding may span paragraphs: streamed checks cut there).


def _concepts(hit: Hit) -> set[str]:
    return {e.owner for e in hit.entries if e.kind == TERM}


def _inside_parentheses(text: str, pos: int) -> bool:
    line_start = max(text.rfind("\n", 0, pos), 0)
    before = text[line_start:pos]
    return before.count("(") > before.count(")")


def duplicated_expansions(
    text: str, path: str, hits: list[Hit], glossary: Glossary, flagged: Container[int]
) -> Iterator[Finding]:
    """Findings for a term repeated right after itself, joined by a mere « ou ».

    The first occurrence may be a longer term ending with the repeated word (« voie
    intraveineuse ou intraveineuse »); the finding then covers the repeated word only.
    """
    for first, second in zip(hits, hits[1:]):
        # (The words between first: ``flagged`` may decide a hit's finding only when asked.)
        if not _JOINER.fullmatch(text, first.end, second.start) or _BLANK_LINE.search(text, first.end, second.start):
            continue
        if first.start in flagged or second.start in flagged:
            continue
        repeated = text[second.start : second.end]
        start = first.end - len(repeated)
        if start < first.start or text[start : first.end].lower() != repeated.lower():
            continue
        if start > first.start and text[start - 1].isalnum():
            continue
        concepts = sorted(_concepts(second))
        if not concepts:
            continue
        concept = glossary.concepts[concepts[0]]
        found = text[start : second.end]
        kept = text[start : first.end]
        replacements = [kept]
        abbreviations = concept.abbreviations
        if abbreviations:
            abbreviation = abbreviations[0].text
            replacements = [f"{kept} ({abbreviation})"]
            if _inside_parentheses(text, start):
                # French typography nests brackets inside parentheses.
                replacements.append(f"{kept} [{abbreviation}]")
            replacements.append(kept)
        code = CODES["MG107"]
        yield Finding(
            path=path,
            offset=start,
            length=second.end - start,
            rule=code.code,
            concept=concept.id,
            severity=code.severity,
            message=(
                f"{code.summary}: « {found} » repeats one word; the English original probably gave the "
                f"term and its abbreviation → « {replacements[0]} »"
            ),
            found=found,
            replacements=replacements,
            name=code.name,
            fix=Fix((Edit(start, second.end - start, replacements[0]),), safe=True, title=f"Replace with « {replacements[0]} »"),
        )
