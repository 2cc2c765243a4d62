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
def _environment_translation() -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=str(locale_dir()), fallback=True)


# A language chosen by the program rather than the environment (the language server follows
# its client's locale, which may differ from the one the editor was started with).
_CHOSEN: list[gettext.NullTranslations] = []


def translation() -> gettext.NullTranslations:
    """The catalog in use: the one :func:`use_language` chose, else the user's locale (from
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    return _CHOSEN[0] if _CHOSEN else _environment_translation()


def use_language(language: str | None) -> None:
    """Speak ``language`` (``fr``, ``fr-CA``, ``en``…) from now on; ``None`` goes back to the
    environment's locale.  A language without a catalog gives the English messages."""
    if language is None:
        _CHOSEN.clear()
        return
    tag = language.replace("-", "_")
    languages = [tag, tag.split("_")[0]] if "_" in tag else [tag]
    _CHOSEN[:] = [gettext.translation(DOMAIN, localedir=str(locale_dir()), languages=languages, fallback=True)]


def _(message: str) -> str:
    """Translate ``message`` into the user's language."""
    return translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a count."""
    return translation().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; it is translated where it is used."""
    return message


# argparse's own messages (help headings, usage errors), carried by medgloss's catalog so
# that ``--help`` speaks one language throughout.  argparse looks them up through its
# module-level ``_``/``ngettext``, which :func:`translate_argparse` points at our catalog.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("%(prog)s: error: %(message)s\n"),
)


def translate_argparse() -> None:
    """Make argparse translate its messages with medgloss's catalog (call before building parsers)."""
    import argparse

    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
