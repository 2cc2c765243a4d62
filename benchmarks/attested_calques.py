"""Which generated calques does professional French attest?  Lists every rendering of
``medgloss glossary calques`` that occurs in the usage corpora of the repository
(tests/data/evidence/usage, tests/data/precision), with the file it occurs in.

    python benchmarks/attested_calques.py            # report
    python benchmarks/attested_calques.py --yaml     # entries for glossaries/en-fr/attested-usage.yaml

A rendering found there is French that professionals write, not a calque: it goes into the
glossary's ``attested`` list (with its source), and the generator never reports it again.
``tests/test_generated_detectors.py`` fails while one is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[tuple[str, str]]:
    """(where, passage) of every usage-corpus passage: its URL, or its file."""
    import yaml

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from evidence import usage_sources

    found = []
    for source in usage_sources():
        where = source.meta.get("url") or str(source.path.relative_to(ROOT))
        found.extend((where, passage) for passage in source.passages)
    professional = yaml.safe_load((ROOT / "tests" / "data" / "precision" / "professional.yaml").read_text(encoding="utf-8"))
    found.extend((quote["url"], quote["text"]) for quote in professional["quotes"])
    return found


def attested_calques(glossary=None) -> list[tuple[str, str, str]]:
    """(rendering, concept, where) of each generated calque the corpora contain."""
    import medgloss
    from medgloss.matching import compiled
    from medgloss.matching.scanner import scan
    from medgloss.text.fold import fold

    glossary = glossary or medgloss.default_glossary()
    done = compiled(glossary)
    result: dict[str, tuple[str, str, str]] = {}
    if done.calque_index is None:
        return []
    # The scanner medgloss checks with (it never matches across punctuation: « anticorps
    # (déficits » is no « anticorps déficits »).
    from medgloss.checks.calques import proved_entry

    for where, text in corpus_texts():
        for hit in scan(text, done.calque_index, fold(text)):
            # A one-word wrong sense is a French word: attested where its context test would
            # report it (« tabouret » in a page about a shower is no « sang dans les tabourets »).
            entry = proved_entry(done, text, hit)
            if entry is None:
                continue
            calque = done.calques[entry.index]
            if calque.text not in result:
                result[calque.text] = (calque.text, calque.concept, where)
    return sorted(result.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--yaml", action="store_true", help="print glossary entries")
    options = parser.parse_args()
    found = attested_calques()
    for text, concept, where in found:
        if options.yaml:
            print(f"  - {{text: {json.dumps(text, ensure_ascii=False)}, source: usage-corpus, where: {json.dumps(where)}}}"
                  f"  # {concept}")
        else:
            print(f"{text}\t{concept}\t{where}")
    print(f"{len(found)} generated renderings attested in the usage corpora", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
