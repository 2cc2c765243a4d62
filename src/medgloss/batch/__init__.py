"""Checking many or large files: streaming windows, worker processes, the result cache.
Builds on the library API; the command line and integrations use it, nothing below does."""
