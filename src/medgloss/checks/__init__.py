"""Applying the glossary to text: rule contexts, the checking engine, built-in checks and the
bilingual checks of translated units.

Checks turn hits into findings with proposed fixes; they must not read or write files, nor
render reports.
"""

from .engine import Checker, CheckResult

__all__ = ["CheckResult", "Checker"]
