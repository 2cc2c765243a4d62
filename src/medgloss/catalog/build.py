"""The glossary as gettext catalogs: ``<dir>/<locale>/LC_MESSAGES/<domain>.po`` and ``.mo``.

One message per concept and English term: ``msgctxt`` is the concept id, ``msgid`` the
English term, ``msgstr`` the preferred French term; nouns that have a plural get a plural
entry (``msgid_plural`` and one ``msgstr[n]`` per plural form of the header, every one filled:
the singular in the slot of 1, the plural in the others).

The header is GNU gettext's French ``Plural-Forms: nplurals=2; plural=(n > 1);`` (what
msginit and Poedit write) whatever Babel's CLDR data says; ``plural_forms`` chooses another
(:data:`~medgloss.documents.plurals.CLDR_FRENCH`), and a rebuild keeps the header of the
catalog it updates unless told otherwise.  Translator comments (``#.``) carry
what a translator needs to choose: the definition, admitted variants, terms to avoid with
their correction, and the reference terminology.

Rebuilding over an existing catalog follows Babel's update semantics (``Catalog.update``):
new entries are added, entries whose concept or term left the glossary become obsolete
(``#~``), and a translation edited by hand is kept.  To tell a hand translation from the
glossary's own, every entry records the glossary's proposal in a translator comment
(« Preferred: … »); a ``msgstr`` still equal to it follows the glossary, anything else is
the translator's and stays (marked fuzzy if the glossary now forbids it).
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from .. import __version__
from ..documents.io import write_file
from ..documents.plurals import CLDR_FRENCH, GNU_FRENCH, PluralForms, parse_plural_forms
from ..errors import DocumentError, UsageError
from ..glossary.model import Concept, Glossary, Status
from ..matching.english import english_plural, is_acronym
from ..french.nominal import pluralise

NBSP = "\u00a0"
_PREFERRED = re.compile(f"Preferred: «{NBSP}(.+?){NBSP}»(?: \\(plural «{NBSP}(.+?){NBSP}»\\))?")


@dataclass
class BuildResult:
    """What a build wrote and how the catalog changed."""

    po_path: Path
    mo_path: Path
    messages: int = 0
    added: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # hand translations kept over the glossary's
    updated: list[str] = field(default_factory=list)  # glossary translations that changed


def french_locale(locale: str) -> Locale:
    """Parse ``locale`` (``fr``, ``fr_CA``…); the glossary's target language is French."""
    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise UsageError(f"unknown locale {locale!r}") from exc
    if parsed.language != "fr":
        raise UsageError(f"the glossary translates into French; locale {locale!r} is not a French locale")
    return parsed


def _has_plural(concept: Concept, english: str) -> str | None:
    """The English plural when the term is a countable noun on both sides, else ``None``."""
    preferred = concept.preferred
    if preferred.pos not in (None, "noun") or preferred.abbreviation or preferred.number:
        return None
    return english_plural(english)


def french_for(concept: Concept, english: str) -> str:
    """The French rendering of one English term: the preferred term, or for an English
    acronym (IVIG) the concept's French abbreviation (IgIV) when it has one."""
    if is_acronym(english) and concept.abbreviations:
        ranked = sorted(concept.abbreviations, key=lambda t: t.status is not Status.PREFERRED)
        return ranked[0].text
    return concept.preferred.text


def _comments(concept: Concept, glossary: Glossary, strings: str | tuple[str, str]) -> list[str]:
    if isinstance(strings, tuple):
        comments = [f"Preferred: «{NBSP}{strings[0]}{NBSP}» (plural «{NBSP}{strings[1]}{NBSP}»)"]
    else:
        comments = [f"Preferred: «{NBSP}{strings}{NBSP}»"]
    if concept.definition:
        comments.append(f"Definition: {concept.definition}")
    admitted = [t for t in concept.terms if not t.status.has_correction and t is not concept.preferred]
    if admitted:
        comments.append("Admitted: " + ", ".join(
            f"{t.text} (abbreviation)" if t.abbreviation else t.text for t in admitted))
    for status, label in ((Status.FORBIDDEN, "Forbidden"), (Status.DEPRECATED, "Deprecated"), (Status.SUPERSEDED, "Superseded")):
        wrong = [t for t in concept.terms if t.status is status]
        if wrong:
            comments.append(f"{label}: " + "; ".join(
                f"{t.text} → {concept.correction_for(t)}" + (f" ({t.note})" if t.note else "") for t in wrong))
    rules = [r for r in glossary.rules.values() if r.concept == concept.id and r.en]
    for rule in rules:
        comments.append(f"Avoid: {', '.join(m.text for m in rule.match)} for « {', '.join(rule.en)} » ({rule.kind})")
    source = glossary.sources.get(concept.source)
    comments.append(f"Source: {concept.source}" + (f" — {source}" if source else ""))
    return comments


@lru_cache(maxsize=256)
def _shown_path(path: str, cwd: str) -> str:
    """A glossary file as a reference: relative to the working folder, else its name."""
    try:
        return Path(path).resolve().relative_to(Path(cwd).resolve()).as_posix()
    except ValueError:
        return Path(path).name


def _location(concept: Concept) -> list[tuple[str, int]]:
    if not concept.path:
        return []
    # Babel leaves out a falsy line number (0 as None), so an unknown line is written as the path alone.
    return [(_shown_path(concept.path, os.getcwd()), concept.line or 0)]


def _creation_date() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


# Names accepted by ``plural_forms`` (and ``catalog build --plural-forms``) besides a header value.
PLURAL_FORMS = {"gnu": GNU_FRENCH, "cldr": CLDR_FRENCH}


def plural_forms_of(value: str) -> PluralForms:
    """``gnu``, ``cldr`` or a ``Plural-Forms`` header value, parsed; :class:`UsageError` if unusable."""
    try:
        return parse_plural_forms(PLURAL_FORMS.get(value, value))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def glossary_catalog(
    glossary: Glossary, locale: str = "fr", domain: str = "medgloss", plural_forms: str = GNU_FRENCH
) -> Catalog:
    """A fresh catalog of the glossary for ``locale`` (every entry translated, every plural slot filled).

    ``plural_forms`` is written as the header instead of Babel's (which follows CLDR from
    Babel 2.19 on, and GNU gettext's convention before): the catalog must not change with the
    Babel installed.
    """
    parsed = french_locale(locale)
    forms = plural_forms_of(plural_forms)
    now = _creation_date()
    catalog = Catalog(
        locale=parsed,
        domain=domain,
        header_comment=(
            f"# French terminology of the medgloss glossary, domain « {domain} ».\n"
            "# Generated by `medgloss catalog build`; msgctxt is the concept, msgid the English term.\n"
            "# Hand translations survive a rebuild; change the glossary to change them for everyone."
        ),
        project="medgloss glossary",
        version=__version__,
        msgid_bugs_address="https://github.com/medgloss/medgloss/issues",
        creation_date=now,
        revision_date=now,
        last_translator="medgloss glossary <https://github.com/medgloss/medgloss>",
        language_team=f"{parsed.english_name} <https://github.com/medgloss/medgloss>",
        fuzzy=False,
    )
    catalog.mime_headers = [("Plural-Forms", forms.header)]
    for concept in glossary.concepts.values():
        english_terms = list(concept.en)
        for english in english_terms:
            plural_en = _has_plural(concept, english)
            if any(_has_plural(concept, other) == english for other in english_terms if other != english):
                continue  # « antibodies » is the plural entry of « antibody »
            preferred = french_for(concept, english)
            strings: str | tuple[str, str]
            if plural_en:
                strings = (preferred, pluralise(preferred))
                message_id: str | tuple[str, str] = (english, plural_en)
                translation: str | tuple[str, ...] = forms.forms(*strings)
            else:
                strings, message_id = preferred, english
                translation = preferred
            catalog.add(
                message_id,
                translation,
                locations=_location(concept),
                auto_comments=_comments(concept, glossary, strings),
                context=concept.id,
            )
    return catalog


def recorded_preferred(message: Message) -> str | tuple[str, str] | None:
    """The glossary's proposal recorded in an entry's comments by a previous build."""
    found = _PREFERRED.search(" ".join(message.auto_comments))
    if not found:
        return None
    return (found[1], found[2]) if found[2] else found[1]


def _key(message: Message) -> str:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return f"{message.context}|{msgid}" if message.context else msgid


def _read_catalog(path: Path, locale: str, domain: str) -> tuple[Catalog, PluralForms | None]:
    """The catalog at ``path`` and the plural forms its header declares (``None``: no header)."""
    try:
        data = path.read_bytes()
        catalog = read_po(io.BytesIO(data), locale=locale, domain=domain, abort_invalid=True)
    except OSError as exc:
        raise DocumentError(f"cannot read: {exc.strerror or exc}", path) from exc
    except Exception as exc:  # babel's PoFileError and decoding errors
        line = getattr(exc, "lineno", None)
        raise DocumentError(f"not a valid PO file ({exc})", path, line) from exc
    # Babel reports its own locale data's plural forms when the header has none (and that
    # data changed with Babel 2.19): only a header the file declares is the translator's.
    if b"Plural-Forms:" not in data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]:
        return catalog, None
    try:
        return catalog, parse_plural_forms(catalog.plural_forms)
    except ValueError as exc:
        raise DocumentError(str(exc), path) from exc


def _slot_strings(string: tuple[str, ...], forms: PluralForms) -> tuple[str, str]:
    """The singular and the plural of a plural entry's translations under ``forms``."""
    singular = string[forms.singular_slot] if forms.singular_slot < len(string) else ""
    plural = next((s for i, s in enumerate(string) if i != forms.singular_slot and s), "")
    return singular, plural


def convert_plural_forms(catalog: Catalog, old: PluralForms, new: PluralForms) -> None:
    """Give ``catalog`` the header ``new`` and re-slot its plural translations (from ``old``)."""
    catalog.mime_headers = [("Plural-Forms", new.header)]
    for message in list(catalog) + list(catalog.obsolete.values()):
        if message.id and isinstance(message.string, tuple):
            singular, plural = _slot_strings(message.string, old)
            message.string = new.forms(singular, plural) if singular or plural else ("",) * new.count


def _follows_glossary(string: str | tuple[str, ...] | list[str] | None, recorded: str | tuple[str, str] | None,
                      forms: PluralForms) -> bool:
    """Whether a translation is still the glossary's recorded proposal (an empty slot, as
    left by a build that filled fewer slots than its header had, counts as following)."""
    if recorded is None:
        return False
    if isinstance(string, tuple) and isinstance(recorded, tuple):
        expected = forms.forms(*recorded)
        return len(string) == len(expected) and all(s in ("", e) for s, e in zip(string, expected))
    return string == recorded


def _wrong_terms(concept: Concept | None) -> set[str]:
    if concept is None:
        return set()
    return {t.text for t in concept.terms if t.status.is_wrong}


def merge_catalog(old: Catalog, template: Catalog, glossary: Glossary, result: BuildResult) -> Catalog:
    """Update ``old`` with ``template`` (Babel semantics) keeping hand translations.

    Both must have the same plural forms (:func:`convert_plural_forms` first if not).
    """
    forms = parse_plural_forms(template.plural_forms)
    before = {_key(m): (recorded_preferred(m), m.string) for m in old if m.id}
    old_keys = set(before)
    old.update(template, no_fuzzy_matching=True, update_header_comment=True)
    for message in old:
        if not message.id:
            continue
        key = _key(message)
        fresh = template.get(message.id, message.context)
        if key not in old_keys:
            result.added.append(key)
            continue
        recorded, string = before[key]
        blank = not any(string) if isinstance(string, tuple) else not string
        if blank or _follows_glossary(string, recorded, forms) or recorded is None and fresh is not None and string == fresh.string:
            if fresh is not None and message.string != fresh.string:
                result.updated.append(key)
                message.string = fresh.string
                message.flags.discard("fuzzy")
        elif fresh is not None and message.string != fresh.string:
            result.kept.append(key)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if any(s in _wrong_terms(glossary.concepts.get(message.context or "")) for s in strings):
                message.flags.add("fuzzy")  # the glossary now forbids this hand translation
    result.obsolete.extend(_key(m) for m in old.obsolete.values())
    # The header is the template's, with the date of this build.
    old.revision_date = template.revision_date
    old.last_translator = template.last_translator
    return old


def build_catalogs(
    glossary: Glossary,
    output_dir: str | Path = "locales",
    *,
    locale: str = "fr",
    domain: str = "medgloss",
    plural_forms: str | None = None,
) -> BuildResult:
    """Write (or update) the PO and MO catalogs of ``glossary`` under ``output_dir``.

    ``plural_forms`` (``gnu``, ``cldr`` or a header value) is the header to write; by default
    an existing catalog keeps its own and a new one gets GNU gettext's French convention.
    """
    french_locale(locale)
    chosen = plural_forms_of(plural_forms) if plural_forms is not None else None
    folder = Path(output_dir) / locale / "LC_MESSAGES"
    result = BuildResult(folder / f"{domain}.po", folder / f"{domain}.mo")
    existing: Catalog | None = None
    if result.po_path.exists():
        existing, declared = _read_catalog(result.po_path, locale, domain)
        # Without a header of its own, the catalog was read with Babel's forms: re-slot to ours.
        chosen = chosen or declared or plural_forms_of(GNU_FRENCH)
        if declared is None or declared.header != chosen.header:
            convert_plural_forms(existing, declared or parse_plural_forms(existing.plural_forms), chosen)
    forms = chosen or plural_forms_of(GNU_FRENCH)
    template = glossary_catalog(glossary, locale, domain, forms.header)
    if existing is not None:
        if existing.project != template.project and any(m.id for m in existing):
            # Merging would make every message of another catalog obsolete (medgloss's own
            # CLI catalog is locales/fr/LC_MESSAGES/medgloss.po in a source checkout).
            raise DocumentError(
                f"not a glossary catalog (Project-Id-Version: {existing.project} {existing.version}); "
                "choose another --output-dir or --domain",
                result.po_path,
            )
        catalog = merge_catalog(existing, template, glossary, result)
    else:
        catalog = template
        result.added.extend(_key(m) for m in catalog if m.id)
    result.messages = sum(1 for m in catalog if m.id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"cannot create the folder: {exc.strerror or exc}", folder) from exc
    write_file(result.po_path, catalog_bytes(catalog))
    write_file(result.mo_path, mo_bytes(catalog))
    return result


def catalog_bytes(catalog: Catalog) -> bytes:
    """The PO file of ``catalog`` (obsolete entries kept, as ``#~``)."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=76, include_previous=True)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    """The compiled MO file of ``catalog`` (fuzzy entries left out, as msgfmt does)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


__all__ = ["BuildResult", "build_catalogs", "catalog_bytes", "glossary_catalog", "merge_catalog", "mo_bytes",
           "recorded_preferred"]
