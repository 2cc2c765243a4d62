"""Documents: reading files of every supported format into checkable views."""

from .io import write_atomic
from .model import Document, Suppression, Unit
from .registry import BinaryFileError, load_document, reader_for, register

__all__ = ["BinaryFileError", "Document", "Suppression", "Unit", "load_document", "reader_for", "register", "write_atomic"]
