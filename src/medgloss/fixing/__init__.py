"""Turning findings' edits into corrected text.  Decides nothing about what is wrong: the
checks propose fixes, this package applies them."""

from .apply import FixResult, apply_fixes

__all__ = ["FixResult", "apply_fixes"]
