"""A synthetic MeSH-sized glossary: 100,000 concepts of made-up but French-shaped terms.

Terms are built from syllables and medical suffixes, one to three words (« kalomite du
dunase »), so their inflection goes through the same nominal and adjectival rules as real
terms.  One concept in ten has a forbidden variant with its correction, so the checker has
findings to produce if the corpus contained them; the corpus is real text, so it mostly
does not — what is measured is the cost of a large automaton and payload table.
"""

from __future__ import annotations

import random
from pathlib import Path

_ONSETS = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "br", "cl", "gr", "pl", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "é", "ou", "ai", "eu"]
_SUFFIXES = [("ite", "f"), ("ose", "f"), ("ase", "f"), ("ine", "f"), ("ome", "m"), ("isme", "m"), ("al", "m"), ("yte", "m")]
_LINKS = ["de", "du", "des"]


def _word(rng: random.Random) -> tuple[str, str]:
    stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 3)))
    suffix, gender = rng.choice(_SUFFIXES)
    return stem + suffix, gender


def _term(rng: random.Random) -> tuple[str, str]:
    head, gender = _word(rng)
    words = rng.choice((1, 1, 2, 3))
    if words == 2:
        return f"{head} {_word(rng)[0]}", gender
    if words == 3:
        return f"{head} {rng.choice(_LINKS)} {_word(rng)[0]}", gender
    return head, gender


def write(folder: Path, concepts: int = 100_000, per_file: int = 2_000, seed: int = 7) -> Path:
    """Write the synthetic glossary into ``folder``: one YAML file per sub-domain.

    Like the bundled glossary, it is split by domain (50 files of 2,000 concepts): PyYAML
    builds a node tree of about 9 kB per concept while parsing a file, so one 100,000-concept
    file would need close to 1 GiB just to be read.
    """
    done = folder / "complete"
    if done.is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    rng = random.Random(seed)
    seen: set[str] = set()
    lines: list[str] = []
    for i in range(concepts):
        if i % per_file == 0:
            _flush(folder, lines)
            lines = [f"domain: synthetic-{i // per_file:02d}", "concepts:"]
            if i == 0:
                lines[1:1] = ["sources:", "  synthetic-mesh: \"Synthetic MeSH-sized terminology (benchmark)\""]
        while True:
            text, gender = _term(rng)
            if text not in seen:
                seen.add(text)
                break
        lines.append(f"  - id: syn-{i:06d}")
        lines.append("    source: synthetic-mesh")
        lines.append(f"    en: [synthetic term {i}]")
        lines.append("    fr:")
        lines.append(f"      - {{term: {text}, status: preferred, pos: noun, gender: {gender}}}")
        if i % 10 == 0:
            wrong = text.replace(" ", "-", 1) + "x" if " " in text else text + "x"
            if wrong not in seen:
                seen.add(wrong)
                lines.append(f"      - {{term: {wrong}, status: forbidden, pos: noun, gender: {gender}}}")
    _flush(folder, lines)
    done.write_text("ok\n", encoding="utf-8")
    return folder


def _flush(folder: Path, lines: list[str]) -> None:
    if lines:
        name = lines[0].split(": ")[1]
        (folder / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
