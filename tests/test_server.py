"""``medgloss server`` driven by a real LSP client (pytest-lsp) over stdio.

One server process serves most tests (it loads the glossary and spaCy once, as in an
editor); the tests that need their own start-up (a bad glossary, the exit status, the
client's locale) start their own.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from medgloss.api import fix_document
from medgloss.documents import reader_for
from medgloss.server.documents import uri_to_path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SERVER = [sys.executable, "-m", "medgloss", "server"]
PUBLISH = types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
TIMEOUT = float(os.environ.get("MEDGLOSS_TEST_LSP_TIMEOUT", "120"))

IN_SHARED_SERVER = pytest.mark.asyncio(loop_scope="module")


def _recording_client() -> LanguageClient:
    """The pytest-lsp client, also keeping every publishDiagnostics it receives (in order)."""
    from pytest_lsp.client import make_test_lsp_client

    client = make_test_lsp_client()
    client.published = []  # type: ignore[attr-defined]
    original = client.protocol.fm.features[PUBLISH]

    def record(params: types.PublishDiagnosticsParams) -> None:
        client.published.append(params)  # type: ignore[attr-defined]
        original(params)

    client.protocol.fm.features[PUBLISH] = record
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=_recording_client)


def _capabilities() -> types.ClientCapabilities:
    return types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            configuration=True,
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=False),
        ),
        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
    )


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient):
    lsp_client.result = await lsp_client.initialize_session(  # type: ignore[attr-defined]
        types.InitializeParams(capabilities=_capabilities(), locale="en"))
    yield
    await lsp_client.shutdown_session()


_COUNTER = [0]


def _uri(tmp_path: Path, name: str) -> str:
    _COUNTER[0] += 1
    return (tmp_path / f"{_COUNTER[0]}-{name}").as_uri()


async def _published(client: LanguageClient, uri: str, version: int | None = None, timeout: float = TIMEOUT):
    """The first diagnostics published for ``uri`` (at ``version``), waiting for them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in client.published:  # type: ignore[attr-defined]
            if params.uri == uri and (version is None or params.version == version):
                return list(params.diagnostics)
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


async def _open(client: LanguageClient, uri: str, text: str, language: str = "markdown", version: int = 1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return await _published(client, uri, version)


def _change(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, position: types.Position) -> int:
    """Code-point offset of a UTF-16 position, computed independently of the server."""
    line_start = 0
    for _ in range(position.line):
        line_start = text.index("\n", line_start) + 1
    units = 0
    offset = line_start
    while units < position.character:
        units += 2 if ord(text[offset]) > 0xFFFF else 1
        offset += 1
    return offset


def _apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (all on the original text) as an editor does."""
    spans = sorted(((_offset(text, e.range.start), _offset(text, e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def _action_edits(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    assert action.edit is not None and action.edit.document_changes
    change = action.edit.document_changes[0]
    assert isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri
    return list(change.edits)


async def _actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic | None, only=None):
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=10_000, character=0))
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=diagnostic.range if diagnostic is not None else whole,
        context=types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [], only=only)))


@IN_SHARED_SERVER
async def test_initialize_announces_the_features(client: LanguageClient) -> None:
    capabilities = client.result.capabilities  # type: ignore[attr-defined]
    assert capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert capabilities.hover_provider
    assert "source.fixAll.medgloss" in capabilities.code_action_provider.code_action_kinds
    sync = capabilities.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental and sync.save
    uri = "untitled:Untitled-1"
    diagnostics = await _open(client, uri, "Des médicaments pour humidifier le système immunitaire.\n", "markdown")
    assert [d.code for d in diagnostics] == ["MG103"]
    assert diagnostics[0].source == "medgloss"
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    link = diagnostics[0].code_description
    if link is not None:  # only ever a page that exists on this machine
        assert Path(uri_to_path(link.href.split("#")[0])).is_file()


SAMPLES = [
    ("plaintext", "leaflet.txt", "Une canule dans une veine du bras.\n"),
    ("markdown", "leaflet.md", "# Titre\n\nUne canule dans une veine du bras, `canule` en code.\n"),
    ("html", "leaflet.html", "<p>Une canule dans une veine du bras.</p><code>canule</code>\n"),
]


@pytest.mark.parametrize(("language", "name", "text"), SAMPLES)
@IN_SHARED_SERVER
async def test_diagnostics_are_the_findings_of_check(client: LanguageClient, tmp_path: Path, language, name, text) -> None:
    uri = _uri(tmp_path, name)
    diagnostics = await _open(client, uri, text, language)
    expected = [f for f in _check(name, text)]
    assert [(d.code, _offset(text, d.range.start), _offset(text, d.range.end)) for d in diagnostics] == [
        (f.rule, f.offset, f.end) for f in expected]
    assert expected and all(d.message == f.message for d, f in zip(diagnostics, expected))


def _check(name: str, text: str):
    """What ``medgloss check`` finds, with English messages like the module's server."""
    from medgloss.api import check_document
    from medgloss.i18n import use_language

    use_language("en")
    try:
        return check_document(reader_for(name)(name, text))
    finally:
        use_language(None)


@pytest.mark.parametrize("fixture", ["bilingual/nemo-leaflet.fr.po", "bilingual/nemo-leaflet.fr.xlf",
                                     "bilingual/nemo-memory.tmx"])
@IN_SHARED_SERVER
async def test_bilingual_formats_by_extension(client: LanguageClient, tmp_path: Path, fixture: str) -> None:
    path = FIXTURES / fixture
    text = path.read_text(encoding="utf-8")
    uri = _uri(tmp_path, path.name)
    # Editors often give these files a generic language: the extension decides then.
    diagnostics = await _open(client, uri, text, "plaintext" if path.suffix == ".po" else "xml")
    expected = _check(path.name, text)
    assert expected, "the fixture must have findings"
    assert sorted((d.code, _offset(text, d.range.start)) for d in diagnostics) == sorted(
        (f.rule, f.offset) for f in expected)


@IN_SHARED_SERVER
async def test_source_code_is_not_checked(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path, "tool.py")
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=uri, language_id="python", version=1, text="# Une canule dans une veine du bras.\n")))
    marker = _uri(tmp_path, "after.txt")
    await _open(client, marker, "Rien à signaler.\n", "plaintext")
    assert all(p.uri != uri for p in client.published)  # type: ignore[attr-defined]


@IN_SHARED_SERVER
async def test_positions_are_utf16_after_emoji_and_combining_accents(client: LanguageClient, tmp_path: Path) -> None:
    prefix = "🩺💉 Le cafe\u0301 de l’hôpital 👩🏽‍⚕️ : "
    text = f"Ligne un.\n{prefix}des médicaments pour humidifier le système immunitaire.\n"
    uri = _uri(tmp_path, "emoji.txt")
    diagnostics = await _open(client, uri, text, "plaintext")
    (diagnostic,) = diagnostics
    column = len(prefix) + len("des médicaments pour ")
    expected = _utf16(prefix + "des médicaments pour ")
    assert expected != column  # the emoji make the two counts differ
    assert diagnostic.range.start == types.Position(line=1, character=expected)
    assert diagnostic.range.end == types.Position(line=1, character=expected + len("humidifier"))


@IN_SHARED_SERVER
async def test_quick_fix_applies_every_edit_of_the_fix(client: LanguageClient, tmp_path: Path) -> None:
    text = "😀 Une canule dans une veine du bras.\n"
    uri = _uri(tmp_path, "canule.md")
    (diagnostic,) = await _open(client, uri, text)
    actions = await _actions(client, uri, diagnostic, only=[types.CodeActionKind.QuickFix])
    fix = next(a for a in actions if "cathéter" in a.title)
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
    # Gender agreement: the article changes with the noun.
    assert _apply(text, _action_edits(fix, uri)) == "😀 Un cathéter dans une veine du bras.\n"
    change = fix.edit.document_changes[0]
    assert change.text_document.version == 1


@IN_SHARED_SERVER
async def test_fix_all_applies_the_safe_fixes_like_check_fix(client: LanguageClient, tmp_path: Path) -> None:
    text = ("Une canule dans une veine du bras.\n\n"
            "Des médicaments pour humidifier le système immunitaire.\n\n"
            "Le syndrome de carence en NEMO est rare.\n")
    uri = _uri(tmp_path, "all.md")
    diagnostics = await _open(client, uri, text)
    assert len(diagnostics) == 3
    actions = await _actions(client, uri, None, only=["source.fixAll"])
    (action,) = actions
    assert action.kind == "source.fixAll.medgloss"
    expected = fix_document(reader_for("all.md")("all.md", text)).text
    assert expected != text
    assert _apply(text, _action_edits(action, uri)) == expected
    _change(client, uri, 2, expected)
    assert await _published(client, uri, 2) == []


@IN_SHARED_SERVER
async def test_ignore_here_writes_a_comment_that_silences_the_finding(client: LanguageClient, tmp_path: Path) -> None:
    text = "Intro.\n\nDes médicaments pour humidifier  \nle système immunitaire.\n"
    uri = _uri(tmp_path, "ignore.md")
    (diagnostic,) = await _open(client, uri, text)
    actions = await _actions(client, uri, diagnostic)
    ignore = next(a for a in actions if a.title.startswith("Ignore MG103"))
    edited = _apply(text, _action_edits(ignore, uri))
    # At the end of the line, before the two spaces of the Markdown line break.
    assert edited == ("Intro.\n\nDes médicaments pour humidifier <!-- medgloss-disable-line MG103 -->  \n"
                      "le système immunitaire.\n")
    _change(client, uri, 2, edited)
    assert await _published(client, uri, 2) == []


@IN_SHARED_SERVER
async def test_ignore_here_in_a_po_entry(client: LanguageClient, tmp_path: Path) -> None:
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            '#: leaflet.c:3\nmsgid "A cannula in a vein of the arm."\nmsgstr "Une canule dans une veine du bras."\n\n'
            'msgid "Drugs to dampen the immune system."\nmsgstr "Des médicaments pour humidifier le système immunitaire."\n')
    uri = _uri(tmp_path, "leaflet.po")
    diagnostics = await _open(client, uri, text, "po")
    assert [d.code for d in diagnostics] == ["MG103", "MG103"]
    actions = await _actions(client, uri, diagnostics[0])
    ignore = next(a for a in actions if a.title.startswith("Ignore MG103"))
    edited = _apply(text, _action_edits(ignore, uri))
    assert "# medgloss: ignore[MG103]\n#: leaflet.c:3\n" in edited
    _change(client, uri, 2, edited)
    remaining = await _published(client, uri, 2)
    assert [d.range.start.line for d in remaining] == [diagnostics[1].range.start.line + 1]


@IN_SHARED_SERVER
async def test_no_ignore_action_where_the_format_has_no_comment(client: LanguageClient, tmp_path: Path) -> None:
    text = "Une canule dans une veine du bras.\n"
    uri = _uri(tmp_path, "plain.txt")
    (diagnostic,) = await _open(client, uri, text, "plaintext")
    titles = [a.title for a in await _actions(client, uri, diagnostic)]
    assert any("cathéter" in t for t in titles)
    assert not any(t.startswith("Ignore") for t in titles)


@IN_SHARED_SERVER
async def test_hover_shows_the_concept_of_a_term(client: LanguageClient, tmp_path: Path) -> None:
    text = "🩺 Les perfusions intra-veineuses d’immunoglobulines.\n"
    uri = _uri(tmp_path, "hover.md")
    await _open(client, uri, text)
    column = _utf16("🩺 Les perfusions intra-vei")
    result = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=column)))
    assert result is not None
    value = result.contents.value
    assert "**intraveineux**" in value and "intravenous" in value
    # « intra-veineux » is a superseded spelling (MG109, info): below the default threshold it is
    # no finding, so the hover is the concept's card alone.
    assert "MG109" not in value and "superseded" in value and "Source:" in value
    start = _utf16("🩺 Les perfusions ")
    assert result.range == types.Range(start=types.Position(line=0, character=start),
                                       end=types.Position(line=0, character=start + len("intra-veineuses")))
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=3)))
    assert nothing is None


@IN_SHARED_SERVER
async def test_configuration_change_rechecks_open_documents(client: LanguageClient, tmp_path: Path) -> None:
    text = "Une canule dans une veine du bras.\n\nLe syndrome de carence en NEMO est rare.\n"
    uri = _uri(tmp_path, "config.md")
    assert sorted(d.code for d in await _open(client, uri, text)) == ["MG101", "MG103"]
    before = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        settings={"medgloss": {"ignore": ["false-friend"], "severity": {"MG101": "warning"}}}))
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        later = [p for p in client.published[before:] if p.uri == uri]  # type: ignore[attr-defined]
        if later:
            break
        await asyncio.sleep(0.02)
    (diagnostic,) = later[-1].diagnostics
    assert diagnostic.code == "MG101" and diagnostic.severity == types.DiagnosticSeverity.Warning
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"medgloss": {}}))
    await asyncio.sleep(0.5)


@IN_SHARED_SERVER
async def test_project_configuration_file_applies(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".medgloss.toml").write_text('ignore = ["MG103"]\n', encoding="utf-8")
    uri = _uri(tmp_path, "project.md")
    diagnostics = await _open(client, uri, "Une canule dans une veine du bras. Le diagnostic est atteint.\n")
    assert [d.code for d in diagnostics] == ["MG105"]


@IN_SHARED_SERVER
async def test_the_configured_variety_applies(client: LanguageClient, tmp_path: Path) -> None:
    text = "Les perfusions de SCIG se font à domicile.\n"  # « SCIG » is admitted in Swiss usage only
    france = tmp_path / "fr"
    swiss = tmp_path / "ch"
    france.mkdir()
    swiss.mkdir()
    (swiss / ".medgloss.toml").write_text('variety = "fr-CH"\n', encoding="utf-8")
    assert [d.code for d in await _open(client, _uri(france, "notice.md"), text)]
    assert [d.code for d in await _open(client, _uri(swiss, "notice.md"), text)] == []


@IN_SHARED_SERVER
async def test_newer_edits_supersede_stale_checks(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path, "typing.md")
    await _open(client, uri, "Rien.\n")
    sentence = "Des médicaments pour humidifier le système immunitaire."
    for version in range(2, 12):
        _change(client, uri, version, sentence[: version * 5] + "\n")
    final = "Une canule dans une veine du bras.\n"
    _change(client, uri, 12, final)
    diagnostics = await _published(client, uri, 12)
    assert [d.code for d in diagnostics] == ["MG103"]
    versions = [p.version for p in client.published if p.uri == uri]  # type: ignore[attr-defined]
    # Debounced: the burst of edits gives one check, of the newest version.
    assert versions == [1, 12]


@IN_SHARED_SERVER
async def test_malformed_document_is_reported_and_serving_goes_on(client: LanguageClient, tmp_path: Path) -> None:
    uri = _uri(tmp_path, "broken.po")
    text = 'msgid "A cannula."\nmsgstr "Une canule.\n'
    diagnostics = await _open(client, uri, text, "po")
    assert len(diagnostics) == 1 and diagnostics[0].severity == types.DiagnosticSeverity.Error
    assert any("broken.po" in m.message for m in client.messages if m.type == types.MessageType.Error)
    _change(client, uri, 2, 'msgid "A cannula in a vein."\nmsgstr "Une canule dans une veine du bras."\n')
    assert [d.code for d in await _published(client, uri, 2)] == ["MG103"]


async def _stop(client: LanguageClient) -> None:
    """Stop a test's own server, even when the test failed before ``shutdown``."""
    if client._server is not None and client._server.returncode is None and client.error is None:
        try:
            await asyncio.wait_for(client.shutdown_session(), 30)
        except Exception:  # noqa: BLE001 - the test has already failed; end the process anyway
            pass
    if client._server is not None and client._server.returncode is None:
        client._server.kill()
    await client.stop()


# -- servers of their own -------------------------------------------------------------------------


BAD_GLOSSARY = "concepts:\n  - id: broken\n    terms: [\n"
GOOD_GLOSSARY = """\
domain: test
sources:
  local: "Local terminology"
concepts:
  - id: local-thing
    source: local
    definition: "Objet de test."
    en: [widget]
    fr:
      - {term: bidule, status: preferred, pos: noun, gender: m}
      - {term: machin, status: forbidden, pos: noun, gender: m, use: bidule}
"""


@pytest.mark.asyncio(loop_scope="function")
async def test_bad_glossary_is_shown_and_reloaded_when_repaired(tmp_path: Path) -> None:
    glossary = tmp_path / "local.yaml"
    glossary.write_text(BAD_GLOSSARY, encoding="utf-8")
    client = await CONFIG.start()
    try:
        await client.initialize_session(types.InitializeParams(
            capabilities=_capabilities(), initialization_options={"medgloss": {"glossary": [str(glossary)]}}))
        uri = (tmp_path / "doc.md").as_uri()
        assert await _open(client, uri, "Un machin dans une veine.\n") == []
        errors = [m.message for m in client.messages if m.type == types.MessageType.Error]
        assert any("local.yaml" in m for m in errors)
        # Still serving: a hover is answered.
        await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=0, character=4)))
        glossary.write_text(GOOD_GLOSSARY, encoding="utf-8")
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=glossary.as_uri(), type=types.FileChangeType.Changed)]))
        deadline = time.monotonic() + TIMEOUT
        while not client.diagnostics.get(uri) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert [d.code for d in client.diagnostics[uri]] == ["MG101"]
        await client.shutdown_session()
        assert client._server.returncode == 0  # shutdown then exit: status 0
    finally:
        await _stop(client)


@pytest.mark.asyncio(loop_scope="function")
async def test_messages_follow_the_client_locale(tmp_path: Path) -> None:
    client = await CONFIG.start()
    try:
        await client.initialize_session(types.InitializeParams(capabilities=_capabilities(), locale="fr"))
        uri = (tmp_path / "fr.md").as_uri()
        (diagnostic,) = await _open(client, uri, "Une canule dans une veine du bras.\n")
        assert diagnostic.message.startswith("Faux ami")
        actions = await _actions(client, uri, diagnostic)
        assert any(a.title.startswith("Remplacer") for a in actions)
        await client.shutdown_session()
    finally:
        await _stop(client)
