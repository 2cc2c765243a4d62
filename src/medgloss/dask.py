"""Checking corpora beyond one machine with Dask: a ``dask.bag`` of documents → findings.

Each partition is checked by a worker with the same code as ``medgloss check``; the glossary
is shipped to the workers once per partition (it pickles to a few kilobytes for the bundled
one, and the compiled automaton is rebuilt or taken from the worker's cache on first use).
Findings come back as the JSON dictionaries of ``DESIGN.md`` so that any Dask back end
(threads, processes, a distributed cluster) can move them.

    import dask.bag as db
    from medgloss.dask import check_paths, check_texts

    findings = check_paths(db.from_sequence(paths, npartitions=64)).compute()
    findings = check_texts(db.from_sequence([("a.txt", "Une canule…"), ...])).compute()

Requires the ``dask`` extra: ``pip install 'medgloss[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import MedglossError
from .glossary import Glossary

if TYPE_CHECKING:
    import dask.bag


def _check_path_partition(
    paths: Iterable[str], glossary: Glossary | None, select: Sequence[str], ignore: Sequence[str]
) -> list[dict[str, Any]]:
    from .api import check_file
    from .documents import BinaryFileError

    results: list[dict[str, Any]] = []
    for path in paths:
        try:
            findings = check_file(path, glossary=glossary, select=select, ignore=ignore)
        except BinaryFileError:
            continue
        except MedglossError as error:
            results.append({"path": str(path), "error": str(error)})
            continue
        results.extend(f.to_dict() for f in findings)
    return results


def _check_text_partition(
    items: Iterable[tuple[str, str]], glossary: Glossary | None, select: Sequence[str], ignore: Sequence[str]
) -> list[dict[str, Any]]:
    from .api import check_text

    results: list[dict[str, Any]] = []
    for path, text in items:
        results.extend(f.to_dict() for f in check_text(text, path=path, glossary=glossary, select=select, ignore=ignore))
    return results


def check_paths(
    paths: "dask.bag.Bag",
    *,
    glossary: Glossary | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> "dask.bag.Bag":
    """A bag of finding dictionaries (in path order) for a bag of file paths.

    A file that cannot be read yields ``{"path": ..., "error": ...}`` instead of failing the
    whole computation; binary files are skipped, as by ``medgloss check``.
    """
    return paths.map_partitions(_check_path_partition, glossary, list(select), list(ignore))


def check_texts(
    documents: "dask.bag.Bag",
    *,
    glossary: Glossary | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> "dask.bag.Bag":
    """A bag of finding dictionaries for a bag of ``(name, text)`` plain-text documents."""
    return documents.map_partitions(_check_text_partition, glossary, list(select), list(ignore))


__all__ = ["check_paths", "check_texts"]
