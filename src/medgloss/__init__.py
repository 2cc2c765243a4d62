"""medgloss: medical translation quality for French.

Pull out and normalise medical terms, find and correct mistranslations through a curated
concept glossary, and build gettext catalogs.

>>> import medgloss
>>> findings = medgloss.check_text("Des médicaments pour humidifier le système immunitaire.")
>>> [(f.found, f.replacements[0]) for f in findings]
[('humidifier', 'atténuer')]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import apply_fixes, check_file, check_text, extract_terms, fix_text  # noqa: E402
from .errors import ConfigError, DocumentError, GlossaryError, MedglossError, UsageError  # noqa: E402
from .findings.model import Edit, Finding, Fix, TermOccurrence  # noqa: E402
from .glossary import Concept, Glossary, Rule, Term, default_glossary, load_glossary  # noqa: E402

__all__ = [
    "Concept",
    "ConfigError",
    "DocumentError",
    "Edit",
    "Finding",
    "Fix",
    "Glossary",
    "GlossaryError",
    "MedglossError",
    "Rule",
    "Term",
    "TermOccurrence",
    "UsageError",
    "__version__",
    "apply_fixes",
    "check_file",
    "check_text",
    "default_glossary",
    "extract_terms",
    "fix_text",
    "load_glossary",
]
