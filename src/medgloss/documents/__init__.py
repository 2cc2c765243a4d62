"""Documents: reading files of every supported format into checkable views, and writing them back.

A reader decides what is prose (the view) and where each unit sits; it must not judge the
terminology, and nothing here knows the glossary.
"""

from .io import write_atomic
from .model import Document, Suppression, Unit
from .registry import BinaryFileError, load_document, reader_for, register

__all__ = ["BinaryFileError", "Document", "Suppression", "Unit", "load_document", "reader_for", "register", "write_atomic"]
