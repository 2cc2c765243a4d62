"""French typography for the glossary's prose (messages, notes, definitions).

Terminologists type plain spaces and straight apostrophes; French print wants a no-break
space inside « guillemets » and before a colon, a narrow no-break space before ; ! ? and the
typographic apostrophe.  Applying the rules when the glossary is read keeps the YAML easy to
edit and every report right.  Nothing is added where the author put no space (« 10:30 »,
URLs), and the function is idempotent.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

_SPACE = "[ \u00a0\u202f]"
_OPEN = re.compile(f"«{_SPACE}*")
_CLOSE = re.compile(f"{_SPACE}*»")
_COLON = re.compile(f"{_SPACE}+:(?=\\s|$)")
_HIGH = re.compile(f"{_SPACE}+([;!?])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def french(text: str) -> str:
    """``text`` with French spacing around punctuation and typographic apostrophes."""
    text = _OPEN.sub("«" + NBSP, text)
    text = _CLOSE.sub(NBSP + "»", text)
    text = _COLON.sub(NBSP + ":", text)
    text = _HIGH.sub(NNBSP + r"\1", text)
    return _APOSTROPHE.sub("’", text)
