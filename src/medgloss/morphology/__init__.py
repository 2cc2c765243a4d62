"""French morphology: nominal inflection rules and verbecc conjugation."""

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
