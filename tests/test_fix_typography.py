"""Replacements from the glossary take the document's typography."""

from __future__ import annotations

import medgloss
from medgloss.french.inflect import in_document_style


def test_the_documents_apostrophe_is_kept_in_a_replacement_from_use() -> None:
    curly = "Le risque de maladie greffon contre hôte est réel après l’allogreffe."
    straight = curly.replace("’", "'")
    assert medgloss.fix_text(curly, unsafe=True) == (
        "Le risque de maladie du greffon contre l’hôte est réel après l’allogreffe.")
    assert medgloss.fix_text(straight, unsafe=True) == (
        "Le risque de maladie du greffon contre l'hôte est réel après l'allogreffe.")


def test_no_break_spaces_follow_the_document() -> None:
    assert in_document_style("dose : 10 mg ; « dose »", "’", "Texte\u00a0: oui") == "dose\u00a0: 10 mg\u202f; «\u00a0dose\u00a0»"
    assert in_document_style("dose : 10 mg", "'", "Texte : non") == "dose : 10 mg"
