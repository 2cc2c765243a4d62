"""Matching glossary terms in text: compilation, caching and scanning."""

from .cache import compiled
from .compiled import RULE, TERM, CompiledGlossary, Entry, compile_glossary
from .scanner import Hit, scan

__all__ = ["RULE", "TERM", "CompiledGlossary", "Entry", "Hit", "compile_glossary", "compiled", "scan"]
