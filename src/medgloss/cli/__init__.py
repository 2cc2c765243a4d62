"""The ``medgloss`` command line: argument parsing, exit statuses, one-line errors.

The top layer.  It must hold no checking logic of its own: every sub-command calls the library
(:mod:`medgloss.api`, :mod:`medgloss.catalog`, …) so that a developer gets the same answers.
"""
