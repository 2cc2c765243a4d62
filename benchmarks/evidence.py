"""Load the evidence sets under ``tests/data/evidence/``: what precision and recall are measured on.

    python benchmarks/evidence.py              # a summary of the three sets
    python benchmarks/evidence.py --manifest   # rewrite usage/manifest.json from the source files

Three sets, described file by file in ``tests/data/evidence/README.md``:
  - the **usage corpus**: short passages of professional French medical text (France, Belgium,
    Switzerland, Canada), one file per source, a ``key: value`` header (url, licence, variety…)
    then ``---`` then passages separated by blank lines.  ``usage/free/`` holds sources under a
    free licence, ``usage/quoted/`` short quotations of non-free sources;
  - the **MT development set** (``mt_devset.jsonl``): sentences of machine-translated French
    patient pages, each with its annotated errors (span, character offset, class, correct
    French) or none (a negative);
  - **real catalogs** (``catalogs/``): French PO files of clinical software, copied whole with
    their licence, described in ``catalogs/SOURCES.json``.

This module only reads files.  It imports nothing from medgloss, so the data can be checked
(tests/test_evidence.py) whatever state the library is in.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "evidence"
USAGE = ROOT / "usage"
MANIFEST = USAGE / "manifest.json"
MT_DEVSET = ROOT / "mt_devset.jsonl"
CATALOGS = ROOT / "catalogs"

VARIETIES = ("fr-FR", "fr-BE", "fr-CH", "fr-CA")
HEADER_KEYS = ("url", "title", "licence", "licence_basis", "variety", "domain", "retrieved", "via", "selection")
MAX_PASSAGE = 1500  # characters: a quotation, never a page

_WORD = re.compile(r"\w+(?:[-’']\w+)*")


def count_words(text: str) -> int:
    """Words as a reader counts them: « micro-organismes » and « l’hôpital » are one each."""
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class UsageSource:
    """One source of the usage corpus: its header fields and its passages."""

    id: str
    path: Path
    meta: dict[str, str]
    passages: tuple[str, ...]

    @property
    def free(self) -> bool:
        """True for a source under a free licence (``usage/free/``)."""
        return self.path.parent.name == "free"

    @property
    def variety(self) -> str:
        return self.meta.get("variety", "")

    @property
    def words(self) -> int:
        return sum(count_words(p) for p in self.passages)


class EvidenceError(ValueError):
    """A data file that does not have the shape this module reads."""


def parse_usage(path: Path) -> UsageSource:
    """Read one usage-corpus file (header, ``---``, passages separated by blank lines)."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise EvidenceError(f"{path}: no '---' line between the header and the passages")
    meta: dict[str, str] = {}
    for number, line in enumerate(head.splitlines(), 1):
        key, colon, value = line.partition(":")
        if not colon or not key.strip() or " " in key.strip():
            raise EvidenceError(f"{path}:{number}: header line is not 'key: value'")
        meta[key.strip()] = value.strip()
    passages = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
    return UsageSource(path.stem, path, meta, passages)


def usage_sources(*, free_only: bool = False, root: Path = USAGE) -> list[UsageSource]:
    """Every source of the usage corpus, sorted by id (free-licence ones only if asked)."""
    folders = ("free",) if free_only else ("free", "quoted")
    paths = [p for folder in folders for p in sorted((root / folder).glob("*.txt"))]
    return sorted((parse_usage(p) for p in paths), key=lambda s: s.id)


def build_manifest(sources: list[UsageSource]) -> dict:
    """The manifest: per source its provenance fields, passage and word counts."""
    entries = []
    for s in sources:
        entry = {"id": s.id, "file": str(s.path.relative_to(USAGE)), "free": s.free}
        entry.update({k: s.meta.get(k, "") for k in HEADER_KEYS})
        if "original" in s.meta:
            entry["original"] = s.meta["original"]
        entry.update({"passages": len(s.passages), "words": s.words})
        entries.append(entry)
    varieties = Counter(s.variety for s in sources)
    return {
        "version": 1,
        "sources": len(sources),
        "words": sum(s.words for s in sources),
        "words_free": sum(s.words for s in sources if s.free),
        "varieties": dict(sorted(varieties.items())),
        "entries": entries,
    }


@dataclass(frozen=True)
class MTError:
    """One annotated error of the MT development set."""

    span: str
    offset: int
    cls: str
    correct: str
    english: str = ""
    note: str = ""

    @property
    def end(self) -> int:
        return self.offset + len(self.span)


@dataclass(frozen=True)
class MTSentence:
    """A sentence of a machine-translated page, with its errors (none for a negative)."""

    id: str
    page: str
    url: str
    sentence: str
    errors: tuple[MTError, ...] = field(default_factory=tuple)

    @property
    def negative(self) -> bool:
        return not self.errors


def mt_devset(path: Path = MT_DEVSET) -> list[MTSentence]:
    """The MT development set, in file order."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            errors = tuple(
                MTError(e["span"], e["offset"], e["class"], e["correct"], e.get("english", ""), e.get("note", ""))
                for e in row["errors"]
            )
            out.append(MTSentence(row["id"], row["page"], row["url"], row["sentence"], errors))
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise EvidenceError(f"{path}:{number}: {exc}") from None
    return out


def catalog_sources(root: Path = CATALOGS) -> list[dict]:
    """The catalogs' provenance records (``catalogs/SOURCES.json``), each with its ``path``."""
    data = json.loads((root / "SOURCES.json").read_text(encoding="utf-8"))
    for entry in data["catalogs"]:
        entry["path"] = root / entry["file"]
    return data["catalogs"]


def iter_passages(sources: list[UsageSource]) -> Iterator[tuple[UsageSource, int, str]]:
    """(source, passage number, passage) for every passage."""
    for s in sources:
        for n, p in enumerate(s.passages, 1):
            yield s, n, p


def _summary() -> None:
    sources = usage_sources()
    m = build_manifest(sources)
    print(f"usage corpus: {m['sources']} sources, {m['words']:,} words ({m['words_free']:,} under a free licence)")
    print("  by variety: " + ", ".join(f"{k} {v}" for k, v in m["varieties"].items()))
    mt = mt_devset()
    errors = [e for s in mt for e in s.errors]
    print(
        f"MT development set: {len(mt)} sentences from {len({s.page for s in mt})} pages, "
        f"{len(errors)} annotated errors, {sum(s.negative for s in mt)} correct sentences"
    )
    print("  by class: " + ", ".join(f"{k} {v}" for k, v in Counter(e.cls for e in errors).most_common()))
    for c in catalog_sources():
        print(f"catalog: {c['file']} ({c['entries']} entries) from {c['repository']} {c['path_in_repository']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", action="store_true", help="rewrite usage/manifest.json")
    args = parser.parse_args(argv)
    if args.manifest:
        text = json.dumps(build_manifest(usage_sources()), ensure_ascii=False, indent=1) + "\n"
        MANIFEST.write_text(text, encoding="utf-8")
        print(f"wrote {MANIFEST}")
    _summary()
    return 0


if __name__ == "__main__":
    sys.exit(main())
