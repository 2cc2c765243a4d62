"""Translation of medgloss's own messages (gettext domain ``medgloss``).

The French catalog lives in ``locales/fr/LC_MESSAGES/medgloss.mo``; with ``LANG=fr_FR.UTF-8``
the command line speaks French.  Library code marks strings with :func:`_`.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

DOMAIN = "medgloss"


def locale_dir() -> Path:
    """Folder of compiled catalogs (inside the wheel, or the source tree's ``locales``)."""
    here = Path(__file__).resolve().parent
    packaged = here / "locales"
    return packaged if packaged.is_dir() else here.parent.parent / "locales"


@lru_cache(maxsize=1)
def translation() -> gettext.NullTranslations:
    """The catalog for the user's locale (from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    return gettext.translation(DOMAIN, localedir=str(locale_dir()), fallback=True)


def _(message: str) -> str:
    """Translate ``message`` into the user's language."""
    return translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a count."""
    return translation().ngettext(singular, plural, n)
