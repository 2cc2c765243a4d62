"""Code actions: a quick fix per finding, "fix all safe findings", "ignore this rule here".

Every action's text comes from the library: a quick fix applies the finding's own fix (all
its edits, agreement included) through :func:`medgloss.api.fix_findings` and the document's
escaping and after-fix step (a fixed PO entry becomes fuzzy, as with ``check --fix``); fix-all
is :func:`medgloss.api.fix_document`, pass after pass, safe fixes only.  The result is sent as
the few text edits that differ from the buffer, tied to the version that was checked, so a
stale action is refused by the editor instead of corrupting newer text.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from ..api import fix_document
from ..findings import Finding
from ..fixing.apply import apply_fixes
from ..i18n import _
from .analysis import Analysis, to_diagnostic
from .documents import load_buffer
from .edits import text_edits, workspace_edit
from .ignore import suppression_edit

FIX_ALL_KIND = "source.fixAll.medgloss"


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.offset <= end and start <= finding.end


def _wanted(only: Sequence[str] | None, kind: str) -> bool:
    """True if the client's ``only`` filter lets actions of ``kind`` through."""
    return not only or any(kind == o or kind.startswith(o + ".") for o in only)


def _fix_title(finding: Finding) -> str:
    if finding.replacements:
        title = _("Replace « {found} » with « {replacement} »").format(found=finding.found, replacement=finding.replacements[0])
    else:
        title = _("Fix « {found} »").format(found=finding.found)
    if finding.fix is not None and not finding.fix.safe:
        title += _(" (unsafe: check the sentence)")
    return title


def quick_fix(analysis: Analysis, finding: Finding, versioned: bool = True) -> types.CodeAction | None:
    """The action applying ``finding``'s fix, or ``None`` when it has none."""
    document = analysis.document
    if document is None or finding.fix is None or not finding.fix.edits:
        return None
    result = apply_fixes(document.text, [finding], unsafe=True, escape=document.escape)
    if not result.changed:
        return None
    fixed = document.after_fix(result.text, result.fixed)
    edits = text_edits(document.text, fixed, analysis.index)
    return types.CodeAction(
        title=_fix_title(finding),
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[to_diagnostic(finding, analysis.index)],
        is_preferred=finding.fix.safe and len(finding.replacements) == 1,
        edit=workspace_edit(analysis.uri, analysis.version, edits, versioned),
    )


def fix_all(analysis: Analysis, kind: str = FIX_ALL_KIND, versioned: bool = True) -> types.CodeAction | None:
    """The action applying every safe fix of the document, or ``None`` when there is none."""
    document = analysis.document
    if document is None or analysis.glossary is None:
        return None
    if not any(f.fix is not None and f.fix.safe for f in analysis.findings):
        return None
    settings = analysis.settings
    # The later passes check again: they must keep the editor's severity overrides and floor, or
    # fix-all would apply the fixes of findings the user never saw.
    result = fix_document(document, glossary=analysis.glossary, select=settings.select, ignore=settings.ignore,
                          findings=analysis.findings, min_severity=settings.min_severity,
                          severity=dict(settings.severity))
    if not result.changed:
        return None
    edits = text_edits(document.text, result.text, analysis.index)
    return types.CodeAction(
        title=_("Fix all safe medgloss findings"),
        kind=kind,
        edit=workspace_edit(analysis.uri, analysis.version, edits, versioned),
    )


def ignore_here(analysis: Analysis, finding: Finding, versioned: bool = True) -> types.CodeAction | None:
    """The action writing a suppression comment for ``finding``'s code, where the format has one."""
    document = analysis.document
    if document is None:
        return None
    edit = suppression_edit(document, finding, lambda text: load_buffer(analysis.uri, analysis.language_id, text))
    if edit is None:
        return None
    text_edit = types.TextEdit(range=analysis.index.range(edit.offset, edit.end), new_text=edit.text)
    where = _("in this entry") if document.format == "po" else _("on this line")
    return types.CodeAction(
        title=_("Ignore {code} ({name}) {where}").format(code=finding.rule, name=finding.name, where=where),
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[to_diagnostic(finding, analysis.index)],
        edit=workspace_edit(analysis.uri, analysis.version, [text_edit], versioned),
    )


def code_actions(
    analysis: Analysis, selection: types.Range, only: Sequence[str] | None, versioned: bool = True
) -> list[types.CodeAction]:
    """The actions for the findings under ``selection``, then fix-all when asked for."""
    actions: list[types.CodeAction] = []
    start, end = analysis.index.offset(selection.start), analysis.index.offset(selection.end)
    if _wanted(only, types.CodeActionKind.QuickFix):
        for finding in analysis.findings:
            if not _overlaps(finding, start, end):
                continue
            for action in (quick_fix(analysis, finding, versioned), ignore_here(analysis, finding, versioned)):
                if action is not None:
                    actions.append(action)
    if _wanted(only, FIX_ALL_KIND):
        action = fix_all(analysis, FIX_ALL_KIND, versioned)
        if action is not None:
            actions.append(action)
    return actions


__all__ = ["FIX_ALL_KIND", "code_actions", "fix_all", "ignore_here", "quick_fix"]
