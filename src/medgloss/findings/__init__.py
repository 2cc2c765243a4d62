"""What checking produces: findings, their fixes and check codes, and term occurrences.

The data model every layer above shares; it depends on nothing of medgloss but its messages.
"""

from .model import Edit, Finding, Fix, TermOccurrence

__all__ = ["Edit", "Finding", "Fix", "TermOccurrence"]
