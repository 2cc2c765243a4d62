"""``python -m medgloss`` is the ``medgloss`` command."""

from .cli.main import console_main

console_main()
