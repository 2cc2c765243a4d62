"""Which reader an editor buffer goes through: by LSP ``languageId``, else by file extension.

Editors name a buffer's language (``markdown``, ``html``, ``po``…); an unsaved buffer has no
extension to go by, and a ``.txt`` file switched to Markdown mode should be read as Markdown.
A buffer of any other language (source code, JSON…) is not checked at all: a false alarm in a
programmer's file is worse than silence.  This module must not check anything itself; it
only builds :class:`~medgloss.documents.Document` objects from in-memory text.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import unquote, urlparse

from ..documents import Document
from ..documents.registry import READERS

# languageId → the extension whose reader handles it.  ``plaintext`` is deliberately absent:
# editors give it to files they do not recognise (a .po file without a PO extension
# installed), so the extension decides first and plain text is only the last resort.
LANGUAGE_EXTENSIONS: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "xhtml": ".xhtml",
    "po": ".po",
    "pot": ".pot",
    "gettext": ".po",
    "xliff": ".xlf",
    "tmx": ".tmx",
}
PLAIN_TEXT_LANGUAGES = frozenset({"plaintext", "text", "txt"})


def uri_to_path(uri: str) -> str:
    """The file-system path of a ``file:`` URI; any other URI as it is (``untitled:Untitled-1``)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return uri
    path = unquote(parsed.path)
    if len(path) >= 3 and path[0] == "/" and path[2] == ":":  # file:///C:/… on Windows
        path = path[1:]
    return path


def extension_for(uri: str, language_id: str | None) -> str | None:
    """The reader extension for a buffer, or ``None`` when the buffer is not to be checked."""
    language = (language_id or "").lower()
    if language in LANGUAGE_EXTENSIONS:
        return LANGUAGE_EXTENSIONS[language]
    suffix = PurePath(urlparse(uri).path).suffix.lower()
    if suffix in READERS:
        return suffix
    if language in PLAIN_TEXT_LANGUAGES:
        return ".txt"
    return None


def load_buffer(uri: str, language_id: str | None, text: str) -> Document | None:
    """The document of an editor buffer (``None`` for a language medgloss does not check).

    Raises :class:`~medgloss.errors.DocumentError` when the text is malformed for its format
    (a PO entry cut in the middle while the user types).
    """
    extension = extension_for(uri, language_id)
    if extension is None:
        return None
    path = uri_to_path(uri)
    reader = READERS[extension]
    if READERS.get(PurePath(path).suffix.lower()) is not reader:
        # The library reads a document again after each fix pass, choosing the reader by
        # name: the name must lead to the reader the language chose.
        path += extension
    return reader(path, text)


__all__ = ["LANGUAGE_EXTENSIONS", "extension_for", "load_buffer", "uri_to_path"]
