"""The language server (``medgloss server``): diagnostics, code actions and hovers in editors.

Built on pygls; every finding, fix and term comes from the library (:mod:`medgloss.api`),
so an editor shows what ``medgloss check`` reports.  Nothing here checks text by itself.
"""

from .app import MedglossServer, create_server, serve

__all__ = ["MedglossServer", "create_server", "serve"]
