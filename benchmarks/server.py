"""Benchmark of ``medgloss server``: how soon an editor sees diagnostics.

    python benchmarks/server.py

Figures, all from this run on this machine, with a real LSP client over stdio:
  (a) first diagnostics of a 20-page document, from the server's start (process, initialize,
      open), against the baseline: a cold ``medgloss check --no-cache`` of the same file
      (process start included) — goal: ratio at most 1;
  (b) once warm, diagnostics for a new one-page document opened in the editor — goal < 0.3 s;
  (c) once warm, diagnostics after an edit of the 20-page document (a sentence typed in the
      middle), debounce set to 0 so the check itself is measured — goal < 0.1 s; the delay
      with the default debounce is printed too.

The text is real French (Debian's French manual pages, ``manpages-fr``) with one sentence in
twenty replaced by a medical one, as in the main benchmark's corpus.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

PAGE = 3000  # characters of a printed page of prose
SERVER = [sys.executable, "-m", "medgloss", "server"]
EDITS = 15


def _paragraphs() -> list[str]:
    if not corpus_mod.MAN_ROOT.is_dir():
        raise SystemExit("benchmark: install manpages-fr (apt-get install manpages-fr) first")
    pages = sorted(p for p in corpus_mod.MAN_ROOT.glob("man1/*") if p.is_file())[:120]
    paragraphs: list[str] = []
    for page in pages:
        paragraphs.extend(corpus_mod._paragraphs(corpus_mod._render(page)))
    return corpus_mod.mix_medical(paragraphs, every=20)


def _take(paragraphs: list[str], start: int, size: int) -> tuple[str, int]:
    text, i = "", start
    while len(text) < size and i < len(paragraphs):
        text += paragraphs[i] + "\n\n"
        i += 1
    return text, i


class Client(LanguageClient):
    """A client that notes when diagnostics arrive for each (uri, version)."""

    def __init__(self) -> None:
        super().__init__("medgloss-benchmark", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.arrived.setdefault((params.uri, params.version), time.perf_counter())

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            print(f"  server says: {params.message}", file=sys.stderr)

    async def diagnostics(self, uri: str, version: int | None, timeout: float = 600) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in self.arrived:
            if time.perf_counter() > deadline:
                raise SystemExit(f"benchmark: no diagnostics for {uri} v{version}")
            await asyncio.sleep(0.001)
        return self.arrived[(uri, version)]


async def _start(options: dict) -> Client:
    client = Client()
    await client.start_io(*SERVER)
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), initialization_options={"medgloss": options}))
    client.initialized(types.InitializedParams())
    return client


def _open(client: Client, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
    return uri


async def _stop(client: Client) -> None:
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def _edit(client: Client, uri: str, text: str, version: int, offset: int, insert: str) -> None:
    before = text[:offset]
    column = len(before[before.rfind("\n") + 1 :].encode("utf-16-le")) // 2  # LSP columns are UTF-16
    position = types.Position(line=before.count("\n"), character=column)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=position, end=position), text=insert)]))


def _cold_check(path: Path) -> float:
    """Seconds for ``medgloss check`` of ``path`` in a new process, findings not cached."""
    started = time.perf_counter()
    subprocess.run([*SERVER[:-1], "check", "--no-cache", "--exit-zero", "--format", "json", str(path)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


async def main() -> None:
    paragraphs = _paragraphs()
    big, used = _take(paragraphs, 0, 20 * PAGE)
    page, _ = _take(paragraphs, used, PAGE)
    folder = Path(tempfile.mkdtemp(prefix="medgloss-server-bench-"))
    big_path = folder / "twenty-pages.txt"
    big_path.write_text(big, encoding="utf-8")
    print(f"documents: 20 pages = {len(big):,} characters, 1 page = {len(page):,} characters")

    # (a) baseline: a cold check of the same file, then the server's first diagnostics; in the
    # order cold, server, server, cold so that a drift in the machine's load evens out.
    colds, firsts = [], []
    client = None
    for round_ in ("cold", "server", "server", "cold"):
        if round_ == "cold":
            colds.append(_cold_check(big_path))
            continue
        if client is not None:
            await _stop(client)
        started = time.perf_counter()
        client = await _start({"debounce": 0})
        uri = _open(client, big_path, big)
        firsts.append(await client.diagnostics(uri, 1) - started)
    assert client is not None
    cold, first = statistics.median(colds), statistics.median(firsts)
    print(f"(a) cold `medgloss check` of the 20 pages: {cold:.2f} s; server's first diagnostics: {first:.2f} s "
          f"(ratio {first / cold:.2f}, goal <= 1; medians of 2 runs each)")

    # (b) a new one-page document, the server warm.
    started = time.perf_counter()
    page_uri = _open(client, folder / "one-page.txt", page)
    warm_page = await client.diagnostics(page_uri, 1) - started
    print(f"(b) new one-page document, warm: {warm_page * 1000:.0f} ms (goal < 300 ms)")

    # (c) edits in the middle of the 20 pages, each a new sentence typed at a paragraph end.
    text = big
    delays = []
    for version in range(2, 2 + EDITS):
        offset = text.index("\n\n", len(text) // 2 + version * 97)
        insert = f" Une canule est posée dans la veine numéro {version}."
        started = time.perf_counter()
        _edit(client, uri, text, version, offset, insert)
        delays.append(await client.diagnostics(uri, version) - started)
        text = text[:offset] + insert + text[offset:]
    edit = statistics.median(delays)
    print(f"(c) edit of the 20 pages, warm, no debounce: median {edit * 1000:.0f} ms, "
          f"max {max(delays) * 1000:.0f} ms over {EDITS} edits (goal < 100 ms)")
    await _stop(client)

    client = await _start({})
    uri = _open(client, big_path, big)
    await client.diagnostics(uri, 1)
    offset = big.index("\n\n", len(big) // 2)
    started = time.perf_counter()
    _edit(client, uri, big, 2, offset, " Une canule est posée dans la veine.")
    debounced = await client.diagnostics(uri, 2) - started
    print(f"    the same edit with the default debounce (0.2 s): {debounced * 1000:.0f} ms")
    await _stop(client)


if __name__ == "__main__":
    asyncio.run(main())
