"""``python -m medgloss`` is the ``medgloss`` command."""

from .cli.main import main

raise SystemExit(main())
