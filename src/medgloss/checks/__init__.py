"""Applying the glossary to text: rule contexts, the checking engine, built-in checks."""

from .engine import Checker, CheckResult

__all__ = ["CheckResult", "Checker"]
