"""French grammar: inflection, conjugation, agreement and the spaCy parse.

Everything here knows French and nothing about the glossary, checks or documents: it takes
words and sentences and gives forms, analyses and agreement edits.
"""

from .forms import Form, context_word_forms, term_forms
from .nominal import adjective_forms, feminise, pluralise
from .verbs import UnknownVerbError, conjugate

__all__ = [
    "Form",
    "UnknownVerbError",
    "adjective_forms",
    "conjugate",
    "context_word_forms",
    "feminise",
    "pluralise",
    "term_forms",
]
