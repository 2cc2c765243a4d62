"""The medgloss language server: LSP messages wired to checks, code actions and hovers.

The event loop only receives messages and publishes results; checks run one at a time in a
worker thread, so the glossary, the lexicon and spaCy are loaded once and stay warm.  Edits
are debounced, and a check is dropped, before it starts or after it ends, when a newer
version of its document has arrived: diagnostics are never published for text the user no
longer has.  Problems (a bad glossary or configuration, a malformed document) are shown
with ``window/showMessage`` once each, and the server goes on serving.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..api import checker_for
from ..errors import ConfigError, DocumentError, MedglossError
from ..i18n import _, use_language
from .actions import FIX_ALL_KIND, code_actions
from .analysis import Analysis, analyse
from .config import SECTION, ClientSettings, layered, parse_client_settings
from .documents import extension_for, uri_to_path
from .glossaries import GlossaryCache
from .hover import hover

log = logging.getLogger(__name__)

WORKER_PREFIX = "medgloss-check"

# Files whose change can change findings: glossaries and configuration files.
WATCHED = ("**/*.yaml", "**/*.yml", "**/.medgloss.toml", "**/pyproject.toml")


class MedglossServer(LanguageServer):
    """A language server checking French medical terminology."""

    def __init__(self) -> None:
        super().__init__("medgloss", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.root: Path | None = None
        self.initial = ClientSettings()
        self.changed = ClientSettings()
        self.client_locale: str | None = None
        self.glossaries = GlossaryCache()
        self.analyses: dict[str, Analysis] = {}
        self.latest: dict[str, int | None] = {}  # newest version received, read by the worker
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.shown: set[tuple[str, str]] = set()  # (scope, message) already shown
        # One worker: checks share the warm caches and never compete for the GIL.
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_PREFIX)

    # -- settings -------------------------------------------------------------------------

    @property
    def client(self) -> ClientSettings:
        """The client's settings: initialization options, then configuration changes."""
        return layered(self.initial, self.changed)

    def apply_language(self) -> None:
        """Speak the language the settings or the client's locale ask for."""
        use_language(self.client.language or self.client_locale)

    def read_settings(self, data: Any) -> ClientSettings | None:
        """Parse client settings; a bad one is shown and ``None`` returned."""
        try:
            return parse_client_settings(data, self.root)
        except ConfigError as error:
            self.show(types.MessageType.Error, _("medgloss: invalid settings: {error}").format(error=error))
            return None

    # -- messages to the user -------------------------------------------------------------

    def show(self, kind: types.MessageType, message: str, scope: str = "") -> None:
        """``window/showMessage``, once per distinct message (and ``scope``) until it is solved."""
        if (scope, message) in self.shown:
            return
        self.shown.add((scope, message))
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def report(self, analysis: Analysis) -> None:
        """Show the problems of an analysis; forget the ones that were solved.

        A malformed document is its own problem (scope: its URI); a bad glossary or
        configuration is everyone's (scope: the files it concerns), shown once for all.
        """
        current = set()
        for error in analysis.errors:
            scope = analysis.uri if isinstance(error, DocumentError) else _scope(analysis)
            current.add((scope, f"medgloss: {error}"))
            self.show(types.MessageType.Error, f"medgloss: {error}", scope)
        # A problem that is gone may be shown again if it comes back.
        solved = {analysis.uri, _scope(analysis)}
        self.shown = {item for item in self.shown if item[0] not in solved or item in current}

    # -- checking -------------------------------------------------------------------------

    def position_encoding(self) -> str:
        """The position encoding agreed with the client (UTF-16 unless it chose another)."""
        encoding = self.server_capabilities.position_encoding
        if isinstance(encoding, types.PositionEncodingKind):
            return str(encoding.value)
        return encoding or "utf-16"

    def _analyse(self, uri: str, language_id: str | None, text: str, version: int | None) -> Analysis | None:
        """Worker thread: check one version, unless a newer one arrived in the meantime."""
        if self.latest.get(uri, version) != version:
            return None
        return analyse(uri, language_id, text, version, self.client, self.glossaries, self.position_encoding())

    async def analysis_of(self, uri: str) -> Analysis | None:
        """The analysis of the document's current version, checked now if it is not ready."""
        try:
            document = self.workspace.get_text_document(uri)
        except Exception:  # noqa: BLE001 - pygls raises for unknown URIs
            return None
        analysis = self.analyses.get(uri)
        if analysis is not None and analysis.version == document.version:
            return analysis
        if uri not in self.latest:
            return None
        loop = asyncio.get_running_loop()
        analysis = await loop.run_in_executor(self.worker, self._analyse, uri, document.language_id,
                                              document.source, document.version)
        if analysis is not None and self.latest.get(uri) == analysis.version:
            self.analyses[uri] = analysis
        return analysis

    def schedule(self, uri: str, delay: float) -> None:
        """Check the document after ``delay`` seconds, superseding any check not yet published."""
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        try:
            document = self.workspace.get_text_document(uri)
        except Exception:  # noqa: BLE001
            return
        if extension_for(uri, document.language_id) is None:
            return
        self.latest[uri] = document.version
        self.pending[uri] = asyncio.ensure_future(self._check(uri, document.version, delay))

    async def _check(self, uri: str, version: int | None, delay: float) -> None:
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            if self.latest.get(uri) != version:
                return
            document = self.workspace.get_text_document(uri)
            loop = asyncio.get_running_loop()
            analysis = await loop.run_in_executor(self.worker, self._analyse, uri, document.language_id,
                                                  document.source, version)
        except asyncio.CancelledError:
            return
        except Exception as error:  # noqa: BLE001 - a bug must not stop the server
            log.exception("check of %s failed", uri)
            self.show(types.MessageType.Error, _("medgloss: internal error while checking {uri}: {error}").format(
                uri=uri, error=error))
            return
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]
        if analysis is None or self.latest.get(uri) != version:
            return  # superseded while it ran: the newer version is checked by its own task
        self.analyses[uri] = analysis
        self.report(analysis)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=analysis.diagnostics()))

    def recheck_all(self) -> None:
        """Check every open document again (settings or glossary changed)."""
        for uri in list(self.latest):
            self.analyses.pop(uri, None)
            self.schedule(uri, 0)

    def debounce(self, uri: str) -> float:
        """Seconds to wait after an edit of ``uri`` before checking it."""
        analysis = self.analyses.get(uri)
        return analysis.settings.debounce if analysis is not None else self.client.debounce or 0.2

    @staticmethod
    def preload() -> None:
        """Worker thread, at start-up: the parser and the bundled glossary, which nearly every
        session needs, load while the client is still starting."""
        from ..french.parse import load_nlp
        from ..glossary import default_glossary

        try:
            checker_for(default_glossary())
            load_nlp()
        except MedglossError:
            pass  # the first real check reports it

    def warm_up(self) -> None:
        """Worker thread: load the glossary, lexicon and parser before the first document."""
        try:
            settings = self.client
            glossary, _problem = self.glossaries.get(settings.glossary, not settings.no_default_glossary)
            if glossary is not None:
                from ..api import check_text

                checker_for(glossary)
                # A sentence that needs the parser, so that spaCy is loaded too.
                check_text("Le diagnostic est atteint.", glossary=glossary)
        except MedglossError:
            pass  # the first real check reports it


def _scope(analysis: Analysis) -> str:
    """What a glossary or configuration problem belongs to: the files it comes from."""
    settings = analysis.settings
    return "\0".join([settings.config_path or "", *settings.glossary, str(settings.include_default)])


def versioned_edits(server: MedglossServer) -> bool:
    """True if the client accepts versioned ``documentChanges`` in workspace edits."""
    workspace = server.client_capabilities.workspace
    edit = workspace.workspace_edit if workspace is not None else None
    return bool(edit is not None and edit.document_changes)


def create_server() -> MedglossServer:
    """A server with every feature registered (not started)."""
    server = MedglossServer()
    server.worker.submit(server.preload)

    @server.feature(types.INITIALIZE)
    def initialize(ls: MedglossServer, params: types.InitializeParams) -> None:
        folders = params.workspace_folders or []
        root = folders[0].uri if folders else params.root_uri
        if root:
            ls.root = Path(uri_to_path(root))
        elif params.root_path:
            ls.root = Path(params.root_path)
        ls.client_locale = params.locale
        settings = ls.read_settings(params.initialization_options)
        if settings is not None:
            ls.initial = settings
        ls.apply_language()
        ls.worker.submit(ls.warm_up)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: MedglossServer, params: types.InitializedParams) -> None:
        workspace = ls.client_capabilities.workspace
        watch = workspace.did_change_watched_files if workspace is not None else None
        if watch is not None and watch.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED])
            registration = types.Registration(id="medgloss-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                              register_options=options)
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception:  # noqa: BLE001 - without watching, glossary files are still compared on each check
                log.info("the client refused file watching")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MedglossServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MedglossServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce(params.text_document.uri))

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: MedglossServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MedglossServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.latest.pop(uri, None)
        ls.analyses.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: MedglossServer, params: types.DidChangeConfigurationParams) -> None:
        data = params.settings
        workspace = ls.client_capabilities.workspace
        if not data and workspace is not None and workspace.configuration:
            # Pull model: the notification only says "something changed".
            try:
                items = await ls.workspace_configuration_async(
                    types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)]))
                data = items[0] if items else None
            except Exception:  # noqa: BLE001
                data = None
        settings = ls.read_settings(data)
        if settings is None:
            return
        ls.changed = settings
        ls.apply_language()
        ls.recheck_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: MedglossServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.glossaries.forget()
        ls.recheck_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    async def code_action(ls: MedglossServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        analysis = await ls.analysis_of(params.text_document.uri)
        if analysis is None:
            return None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ls.worker, code_actions, analysis, params.range, params.context.only,
                                          versioned_edits(ls))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: MedglossServer, params: types.HoverParams) -> types.Hover | None:
        analysis = await ls.analysis_of(params.text_document.uri)
        if analysis is None or analysis.glossary is None or analysis.document is None:
            return None
        loop = asyncio.get_running_loop()
        terms = await loop.run_in_executor(ls.worker, analysis.terms)
        return hover(terms, analysis.findings, analysis.glossary, analysis.index.offset(params.position),
                     analysis.index.range)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: MedglossServer, params: None) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.pending.clear()
        ls.worker.shutdown(wait=False, cancel_futures=True)

    return server


# After ``exit``, a check still running is given this long to end before the process goes:
# an editor waits for its server to exit, and a 20-page first check is not worth the wait.
EXIT_GRACE = 2.0


def _end_worker(server: MedglossServer, status: int) -> int:
    """Stop the worker; if a check outlives :data:`EXIT_GRACE`, end the process without it."""
    server.worker.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + EXIT_GRACE
    for thread in threading.enumerate():
        if thread.name.startswith(WORKER_PREFIX):
            thread.join(max(0.0, deadline - time.monotonic()))
    if any(t.name.startswith(WORKER_PREFIX) and t.is_alive() for t in threading.enumerate()):
        # The check only reads; nothing it holds is lost (cache files are written atomically).
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def serve() -> int:
    """Run the server on standard input and output until the client says ``exit`` (status 0
    after ``shutdown``, 1 without it, as LSP asks) or closes the connection."""
    server = create_server()
    try:
        server.start_io()
    except SystemExit as exit_:
        return _end_worker(server, int(exit_.code or 0))
    return _end_worker(server, 0)


__all__ = ["MedglossServer", "create_server", "serve"]
