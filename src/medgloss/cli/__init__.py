"""The ``medgloss`` command line."""
