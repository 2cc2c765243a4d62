"""The documentation of a check code, as shipped in the package: what it reports, its
severity, and how to select or silence it.  ``medgloss rule`` prints it (adding the glossary
rules behind the code) and the HTML report embeds it, so no link leaves the report."""

from __future__ import annotations

from ..findings.codes import Code
from ..i18n import _


def anchor(code: Code) -> str:
    """The id of the code's section in an HTML report (``rule-mg103``)."""
    return f"rule-{code.code.lower()}"


def code_documentation(code: Code) -> list[str]:
    """Paragraphs documenting ``code``, in the message language."""
    return [
        f"{code.code} {code.name} — {_(code.summary)}",
        code.help,
        _("Default severity: {severity}").format(severity=code.severity),
        _("Select or ignore it: --select {code}, --ignore {name}, or in configuration "
          "ignore = [\"{code}\"].").format(code=code.code, name=code.name),
        _("Silence one place: in HTML and Markdown a comment <!-- medgloss-disable-next-line {code} -->; "
          "in a PO entry the translator comment « # medgloss: ignore[{code}] » "
          "(or the flag « #, medgloss-ignore » for every code).").format(code=code.code),
    ]
