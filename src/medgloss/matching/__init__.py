"""Matching glossary terms in text: compilation to one automaton, its cache, the scan, lookup.

A hit says where a glossary form occurs and what it may be; whether it is an error is decided
by :mod:`medgloss.checks`, never here.
"""

from .cache import compiled
from .compiled import RULE, TERM, CompiledGlossary, Entry, compile_glossary
from .scanner import Hit, scan

__all__ = ["RULE", "TERM", "CompiledGlossary", "Entry", "Hit", "compile_glossary", "compiled", "scan"]
