"""The concept glossary: model, schema, loading and validation.

The glossary is data: this package reads, validates and describes it, and must not scan text
or decide findings (that is :mod:`medgloss.matching` and :mod:`medgloss.checks`).
"""

from .loader import bundled_glossary_dir, default_glossary, load_glossary
from .model import Concept, Context, Example, Glossary, Rule, RuleTerm, Status, Term

__all__ = [
    "Concept",
    "Context",
    "Example",
    "Glossary",
    "Rule",
    "RuleTerm",
    "Status",
    "Term",
    "bundled_glossary_dir",
    "default_glossary",
    "load_glossary",
]
