"""Texts shared by the security tests."""

# « humidifier » is a false friend of « humidify » for « atténuer » with the immune system.
WRONG = "Des médicaments pour humidifier le système immunitaire.\n"
FIXED = "Des médicaments pour atténuer le système immunitaire.\n"

# A rule of a user's glossary whose ``before_regex`` is replaced by each test.
RULE_LAYER = """\
domain: test
rules:
  - id: test-regex
    type: calque
    concept: fever
    match: {term: une chaleur, pos: phrase}
    replace: {term: de la fièvre, pos: phrase}
    source: mesh-fr
    context:
      before_regex: "PATTERN"
    examples:
      - wrong: "aab une chaleur"
        fixed: "aab de la fièvre"
      - right: "Votre enfant a une chaleur de 39 °C."
"""


def die(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Stands for a worker killed by the system (the OOM killer, a signal)."""
    import os

    os._exit(9)
