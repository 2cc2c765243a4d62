"""gettext catalogs: the glossary as PO/MO, documents as POT, checks of translated catalogs."""

from .build import BuildResult, build_catalogs, glossary_catalog

__all__ = ["BuildResult", "build_catalogs", "glossary_catalog"]
