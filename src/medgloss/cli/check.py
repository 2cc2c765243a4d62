"""``medgloss check``: find (and fix) terminology errors in files."""

from __future__ import annotations

import argparse
import difflib
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..batch import parallel, stream
from ..batch import results as result_cache
from ..api import check_document, fix_document
from ..documents import BinaryFileError, Document, load_document
from ..documents.io import Snapshot, encode, read_with_snapshot, write_file
from ..documents.registry import READERS
from ..errors import MedglossError, UsageError
from ..findings.codes import SEVERITIES, severity_at_least
from ..findings.model import Finding
from ..glossary import Glossary, default_glossary
from ..findings.codes import selector_is_known, selector_suggestions
from ..i18n import _, ngettext
from ..workspace.paths import iter_files
from ..report import RENDERERS
from ..report import statistics
from ..batch.results import CachedResult, load_result, result_key, store_result
from .terminal import Progress, use_color
from .options import (add_file_options, add_glossary_options, add_variety_option, comma_list, file_filter,
                      glossary_from_args, project_config)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``check`` sub-command."""
    parser = subparsers.add_parser(
        "check",
        help=_("check files for terminology errors"),
        description=_("Check documents against the glossary; exit 1 if findings are left."),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("file, folder, or - for standard input"))
    parser.add_argument("--format", default="text", choices=sorted(RENDERERS), help=_("output format"))
    parser.add_argument("--fix", action="store_true", help=_("apply the fixes to the files"))
    parser.add_argument("--diff", action="store_true", help=_("print the fixes as a unified diff, write nothing"))
    parser.add_argument("--no-fuzzy", action="store_true", help=_("do not mark fixed PO entries fuzzy"))
    parser.add_argument("--unsafe-fixes", action="store_true", help=_("also apply fixes marked unsafe"))
    parser.add_argument("--select", type=comma_list, default=[], metavar="ID,...", help=_("only these codes, names or rule ids"))
    parser.add_argument("--ignore", type=comma_list, default=[], metavar="ID,...", help=_("skip these codes, names or rule ids"))
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help=_("number of worker processes"))
    parser.add_argument("--stdin-filename", metavar="NAME", help=_("file name to report (and choose the format) for standard input"))
    parser.add_argument("--encoding", metavar="NAME", help=_("encoding of files without a byte-order mark (default UTF-8)"))
    parser.add_argument("--exit-zero", action="store_true", help=_("exit 0 even when findings are left"))
    parser.add_argument("--output-file", metavar="FILE", help=_("write the report to FILE instead of standard output"))
    parser.add_argument("--severity", choices=SEVERITIES, default=None,
                        help=_("report (fix, and fail on) findings of this severity or above "
                               "(default: the configured min-severity, else warning)"))
    parser.add_argument("--domain", choices=("auto", "medical", "general"), default=None,
                        help=_("bilingual checks: treat every entry as medical or general text, "
                               "or decide entry by entry (auto, the default)"))
    parser.add_argument("--statistics", action="store_true", help=_("print the number of findings per code instead"))
    parser.add_argument("--no-cache", action="store_true",
                        help=_("check every file again instead of reusing the findings of unchanged ones"))
    add_glossary_options(parser)
    add_variety_option(parser)
    add_file_options(parser)
    parser.set_defaults(func=run)


def _diff(document: Document, new_text: str) -> str:
    old = document.text.splitlines(keepends=True)
    new = new_text.splitlines(keepends=True)
    # git's a/ b/ prefixes for relative paths (`git apply`, `patch -p1`); an absolute path as is.
    absolute = document.path.startswith("/")
    before, after = (document.path, document.path) if absolute else (f"a/{document.path}", f"b/{document.path}")
    return "".join(difflib.unified_diff(old, new, fromfile=before, tofile=after))


def _fix_document(document: Document, findings: list[Finding], options: _Options, source: str, outcome: "_Outcome",
                  snapshot: Snapshot | None = None) -> list[Finding]:
    """Apply fixes (or give their diff); return the findings left."""
    if options.no_fuzzy and hasattr(document, "mark_fuzzy"):
        document.mark_fuzzy = False
    result = fix_document(
        document,
        glossary=_GLOSSARY[0] if _GLOSSARY else None,
        select=options.select,
        ignore=options.ignore,
        unsafe=options.unsafe_fixes,
        findings=findings,
        domain=options.domain,
        min_severity=options.threshold,
        severity=options.severity,
    )
    if not result.changed:
        return findings
    new_text = result.text
    if options.diff:
        outcome.stdout += _diff(document, new_text)
        return findings
    if source == "-":
        outcome.stdout += new_text
    else:
        # Compare-and-swap: refused (nothing written) if the file changed since it was read.
        write_file(source, encode(new_text, document.encoding, document.bom, document.path), expect=snapshot)
    outcome.fixed = len(findings) - len(result.remaining)
    outcome.fixed_path = document.path
    return result.remaining


def run(args: argparse.Namespace) -> int:
    """Check every path; print the report; return the exit status."""
    if args.fix and args.diff:
        raise UsageError("--fix and --diff cannot be used together")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    config = project_config(args)
    glossary = glossary_from_args(args, config)
    check_selectors(config.select, config.ignore, glossary)
    threshold = args.severity or config.min_severity
    options = _Options(config.select, config.ignore, args.encoding, args.fix, args.diff, args.unsafe_fixes, args.no_fuzzy,
                       cache=not args.no_cache, domain=args.domain or config.domain, threshold=threshold,
                       severity=dict(config.severity))
    sources = list(iter_files(args.paths, READERS.keys(), rules=file_filter(config, READERS.keys())))
    if args.output_file:
        _refuse_output_onto_input(args.output_file, sources)
    jobs = 1 if "-" in sources else args.jobs
    if jobs > 1:
        _preload(glossary)
    # With at least as many files as workers, each streamed file is one worker's task: its
    # windows checked in turn there learn the document's answers from each other, as in one
    # process, where windows spread over workers were given other answers and checked again.
    whole = jobs > 1 and len(sources) >= jobs
    with_text = args.format in _SNIPPETS and not args.statistics
    tasks = _tasks(sources, args, options, glossary, whole, with_text)
    findings: list[Finding] = []
    documents: dict[str, str] = {}
    errors = 0
    files = 0
    skipped = 0
    fixed: list[tuple[str, int, int]] = []  # (path, fixes applied, findings left)
    progress = Progress(len(sources), sys.stderr)
    windows: list[stream.WindowResult] = []  # of the streamed file being checked
    for outcome in parallel.ordered_map(_run_task, tasks, jobs, _init_worker, (glossary,), cost=_task_cost):
        if outcome.window is not None:
            windows.append(outcome.window)
            continue
        if outcome.streamed is not None:
            outcome = _finish_streamed(outcome, windows, glossary, options, with_text)
            windows = []
        if outcome.stdout:
            sys.stdout.write(outcome.stdout)
        if outcome.stderr:
            print(outcome.stderr, file=sys.stderr)
        errors += outcome.error
        files += outcome.files
        skipped += outcome.skipped
        if outcome.fixed:
            fixed.append((outcome.fixed_path, outcome.fixed, len(outcome.findings)))
        findings.extend(outcome.findings)
        documents.update(outcome.documents)
        progress.advance(outcome.files + outcome.error)
    progress.close()
    config.apply_severity(findings)
    findings = at_or_above(findings, threshold)
    if args.fix and fixed:
        _print_fixes(fixed, len(findings))
    report = _report(args, findings, files, documents)
    if (errors or (skipped and not files)) and not findings and args.format == "text" and not args.statistics:
        report = ""  # no "All clear" beside an error: something was not checked
    if (args.fix and source_is_stdin(args)) or (args.diff and not args.output_file):
        # Standard output carries the fixed text or the patch; the report must not corrupt it.
        print(report, end="", file=sys.stderr)
    elif args.output_file:
        write_file(args.output_file, report.encode("utf-8", "backslashreplace"))
    else:
        sys.stdout.write(report)
    if errors:
        return 2
    if skipped and not files:
        print(_("medgloss: error: nothing could be checked"), file=sys.stderr)
        return 2
    if findings and not args.exit_zero:
        return 1
    return 0


def check_selectors(select: list[str], ignore: list[str], glossary: Glossary) -> None:
    """Refuse a ``--select``/``--ignore`` item (or configured one) that designates nothing:
    a typo would otherwise silently check nothing, and pass CI."""
    if not select and not ignore:
        return  # nothing to look up: the rules stay undecoded
    rule_ids = set(glossary.rules)
    for option, items in (("select", select), ("ignore", ignore)):
        for item in items:
            if not selector_is_known(item, rule_ids):
                close = selector_suggestions(item, rule_ids)
                hint = _(" (did you mean {names}?)").format(names=", ".join(close)) if close else ""
                raise UsageError(_("unknown code, name or rule {item!r} in {option}{hint}").format(
                    item=item, option=f"--{option}", hint=hint))


def _print_fixes(fixed: list[tuple[str, int, int]], left: int) -> None:
    """What --fix corrected, per file and in all (as ruff says it), on standard error."""
    for path, count, remaining in fixed:
        print(f"{path}: " + ngettext("{n} fix applied, {left} left", "{n} fixes applied, {left} left", count).format(
            n=count, left=remaining), file=sys.stderr)
    total = sum(count for _path, count, _left in fixed)
    print(ngettext("In all: {n} fix applied, {left} left.", "In all: {n} fixes applied, {left} left.", total).format(
        n=total, left=left), file=sys.stderr)


def _refuse_output_onto_input(output: str, sources: list[str]) -> None:
    """The report must never replace a document: ``--output-file`` naming an input (by any
    path, link or hard link) is a usage error, raised before anything is checked or fixed."""
    import os

    try:
        out = os.stat(output)
    except OSError:
        return  # a new file cannot be an input
    for source in sources:
        if source == "-":
            continue
        try:
            same = os.path.samestat(out, os.stat(source))
        except OSError:
            continue
        if same:
            raise UsageError(f"--output-file {output} is also an input; the report would overwrite it")


@dataclass(frozen=True)
class _Options:
    select: list[str]
    ignore: list[str]
    encoding: str | None
    fix: bool
    diff: bool
    unsafe_fixes: bool
    no_fuzzy: bool = False
    cache: bool = True
    domain: str = "auto"
    threshold: str = "warning"  # findings below it are neither reported nor fixed
    severity: dict[str, str] = field(default_factory=dict)  # the configuration's overrides


@dataclass
class _Outcome:
    """What checking one file (or one chunk of a large file) gives, in output order."""

    findings: list[Finding] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    error: int = 0
    files: int = 0
    skipped: int = 0  # named files that could not be checked (binary)
    fixed: int = 0  # findings corrected in place by --fix
    fixed_path: str = ""
    documents: dict[str, str] = field(default_factory=dict)  # texts with findings, for snippets
    window: stream.WindowResult | None = None  # a window of a streamed file, put together at its end
    # The end of a streamed file (its windows are all checked): the file, its result-cache key,
    # and its findings if the cache had them.
    streamed: tuple[stream.StreamedFile, str | None, list[Finding] | None] | None = None


_GLOSSARY: list[Glossary] = []


def _preload(glossary: Glossary) -> None:
    """Load before the workers fork what every one of them would load: they share it
    (:mod:`medgloss.batch.preload`).  spaCy is not preloaded: most runs never need it."""
    from ..batch.preload import preload

    preload(glossary)


def _init_worker(glossary: Glossary) -> None:
    _GLOSSARY[:] = [glossary]


def _tasks(sources: list[str], args: argparse.Namespace, options: _Options, glossary: Glossary,
           whole: bool = False, with_text: bool = False) -> Iterator[tuple]:
    """A task per file; a task per chunk for large plain-text files that are only checked
    (unless ``whole``: then a large file's windows are all one task, :func:`_run_streamed`)."""
    for source in sources:
        name = (args.stdin_filename or "-") if source == "-" else source
        if whole and not (options.fix or options.diff) and source != "-":
            yield ("streamed-file", source, name, options, with_text)
            continue
        if not (options.fix or options.diff) and source != "-":
            try:
                streamed = stream.open_streamed(source, name, options.encoding, glossary)
            except MedglossError as error:
                yield ("error", f"medgloss: error: {error}")
                continue
            if streamed is not None:
                key = _streamed_key(source, name, glossary, options)
                cached = load_result(key) if key else None
                if cached is None:
                    try:
                        learnt: dict = {}  # what earlier windows settled (stream.learn), in one process
                        for window in streamed.windows():
                            yield ("window", window, options, learnt)
                    except MedglossError as error:
                        yield ("error", f"medgloss: error: {error}")
                        continue
                # The windows' results are put together in the parent (_finish_streamed).
                yield ("streamed", (streamed, key, None if cached is None else cached.findings))
                continue
        yield ("file", source, name, options)


def _run_streamed(source: str, name: str, options: _Options, with_text: bool) -> _Outcome:
    """A file checked as :func:`_tasks` would check it in one process, in this worker: windowed
    when it is large (each window learning the answers of those before it, then put together),
    else whole."""
    glossary = _GLOSSARY[0] if _GLOSSARY else None
    try:
        streamed = stream.open_streamed(source, name, options.encoding, glossary)
    except MedglossError as error:
        return _Outcome(stderr=f"medgloss: error: {error}", error=1)
    if streamed is None:
        return _run_task(("file", source, name, options))
    key = _streamed_key(source, name, glossary, options)
    cached = load_result(key) if key else None
    windows: list[stream.WindowResult] = []
    if cached is None:
        learnt: dict = {}
        try:
            for window in streamed.windows():
                result = stream.check_window(window, glossary, options.select, options.ignore, dict(learnt))
                stream.learn(learnt, result)
                windows.append(result)
        except MedglossError as error:
            return _Outcome(stderr=f"medgloss: error: {error}", error=1)
    outcome = _Outcome(files=1, streamed=(streamed, key, None if cached is None else cached.findings))
    outcome = _finish_streamed(outcome, windows, glossary or default_glossary(), options, with_text)
    outcome.streamed = None  # put together here: the parent takes it as a file's outcome
    return outcome


# The formats that show the text around findings (their renderers read ``documents``).
_SNIPPETS = frozenset({"text", "html"})


def _finish_streamed(outcome: _Outcome, windows: list[stream.WindowResult], glossary: Glossary,
                     options: _Options, with_text: bool) -> _Outcome:
    """The findings of a streamed file from its windows' (some checked again: stream.finish),
    and its text if the report shows snippets (``with_text``)."""
    assert outcome.streamed is not None
    streamed, key, cached = outcome.streamed
    try:
        if cached is not None:
            outcome.findings = cached
        else:
            outcome.findings = stream.finish(windows, streamed.windows, glossary, options.select, options.ignore)
            if key and _streamed_key(streamed.path, streamed.name, glossary, options) == key:
                # (Kept without its text, which is the file's as long as the key holds.)
                store_result(key, CachedResult(outcome.findings, None))
        if outcome.findings and with_text:  # its text for the snippets, as a file read whole gives it
            outcome.documents[streamed.name] = streamed.text()
    except MedglossError as error:  # the file changed since its windows were read
        return _Outcome(stderr=f"medgloss: error: {error}", error=1)
    return outcome


def _streamed_key(source: str, name: str, glossary: Glossary | None, options: _Options) -> str | None:
    """The result-cache key of a streamed file, from its bytes read piece by piece."""
    if not options.cache or not result_cache.enabled():
        return None
    return result_cache.file_result_key(source, name, glossary or default_glossary(), options.select, options.ignore,
                                        options.encoding, options.domain)


def _task_cost(task: tuple) -> float:
    """How much work a task is, for handing the largest to the workers first: its text's size."""
    import os

    if task[0] == "window":
        return len(task[1].text)
    if task[0] == "file" and task[1] != "-":
        try:
            return os.path.getsize(task[1])
        except OSError:
            return 0
    return 0


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one document is read and checked, and what is
    alive then set aside from its later passes.

    A check builds millions of objects that live until the document is reported (a 48k-entry
    catalog's entries, literals, hits and spans), and the collector's passes over them freed a
    few hundred objects of reference cycles for 0.2 s of CPU: the first pass after the check
    still traverses every young object alive.  ``gc.freeze()`` (constant time) moves them out
    of its sight instead: the document's objects are freed by reference counting as before
    when the run drops them, and the few cycles made meanwhile stay until the process ends
    (a run checks its files one by one and exits; the long-lived tables are frozen too,
    which only spares the collector from traversing them again)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def _run_task(task: tuple) -> _Outcome:
    glossary = _GLOSSARY[0] if _GLOSSARY else None
    kind = task[0]
    if kind == "error":
        return _Outcome(stderr=task[1], error=1)
    if kind == "streamed":
        return _Outcome(files=1, streamed=task[1])
    if kind == "streamed-file":
        return _run_streamed(*task[1:])
    if kind == "window":
        _, window, options, learnt = task
        result = stream.check_window(window, glossary, options.select, options.ignore, dict(learnt))
        stream.learn(learnt, result)  # (a worker's copy with --jobs: its answers stay its own)
        return _Outcome(window=result)
    _, source, name, options = task
    outcome = _Outcome()
    try:
        data, snapshot = read_with_snapshot(source)
        key = _cache_key(data, source, name, glossary, options)
        cached = load_result(key) if key else None
        if cached is not None:
            outcome.findings, outcome.files = cached.findings, 1
            if cached.findings and cached.text is not None:
                outcome.documents[name] = cached.text
            return outcome
        with _collector_paused():
            document = load_document(source, display_name=name, encoding=options.encoding, data=data)
            found = check_document(document, glossary=glossary, select=options.select, ignore=options.ignore,
                                   domain=options.domain)
        if options.fix or options.diff:
            # Only what is reported is fixed: an info finding (a house preference) hidden by
            # the threshold must not rewrite a professional's correct sentence.
            found = _fix_document(document, found, options, source, outcome, snapshot)
    except BinaryFileError as notice:
        return _Outcome(stderr=f"medgloss: {notice}", skipped=1)
    except MedglossError as error:
        return _Outcome(stderr=f"medgloss: error: {error}", error=1)
    outcome.findings = found
    outcome.files = 1
    if found and not options.fix:  # fixed files' remaining findings point into the new text
        outcome.documents[name] = document.text
    if key:
        store_result(key, CachedResult(found, document.text if found else None))
    return outcome


def _cache_key(data: bytes, source: str, name: str, glossary: Glossary | None, options: _Options) -> str | None:
    """The result-cache key of a plain check of ``source``; ``None`` when it must run."""
    if not options.cache or options.fix or options.diff or source == "-" or not result_cache.enabled():
        return None
    return result_key(data, name, glossary or default_glossary(), options.select, options.ignore, options.encoding,
                      options.domain)


def at_or_above(findings: list[Finding], severity: str) -> list[Finding]:
    """The findings of ``severity`` or a higher one (unknown severities count as info)."""
    return [f for f in findings if severity_at_least(f.severity, severity)]


def _report(args: argparse.Namespace, findings: list[Finding], files: int, documents: dict[str, str]) -> str:
    if args.statistics:
        return statistics.render(findings)
    if args.format == "text":
        to_terminal = not args.output_file and not (args.fix and source_is_stdin(args))
        return RENDERERS["text"](findings, files, documents=documents,
                                 color=use_color(sys.stdout if to_terminal else None))  # type: ignore[call-arg]
    return RENDERERS[args.format](findings, files, documents=documents)


def source_is_stdin(args: argparse.Namespace) -> bool:
    """True when the only input is standard input (fixed text goes to stdout)."""
    return list(args.paths) == ["-"]


__all__ = ["register", "run"]
