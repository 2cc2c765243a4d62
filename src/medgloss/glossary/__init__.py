"""The concept glossary: model, schema, loading and validation."""

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
