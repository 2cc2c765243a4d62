"""gettext catalogs: the glossary as PO/MO, documents as POT, pre-translation of PO files.

Checking translated catalogs is not done here: PO files are documents like any other, read by
:mod:`medgloss.documents` and checked by :mod:`medgloss.checks` (bilingual checks included).
"""

from .build import BuildResult, build_catalogs, glossary_catalog

__all__ = ["BuildResult", "build_catalogs", "glossary_catalog"]
