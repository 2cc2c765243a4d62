"""A cheaper, exactly equivalent form of spaCy's French ``TOKEN_MATCH`` regular expression.

spaCy's French tokenizer keeps words such as « aéro-club » or « entr'abat » whole with one
1.45 MB pattern: about 270 alternatives ``^prefix[-–…][a-zà…]…$``, each spelling out the
same huge character classes again.  Compiling it costs 1.7 s, mostly in the optimisation of
those classes.  Alternatives that share their leading and trailing big classes are merged
here into one, ``^(?:p1|p2|…)[-–…][a-zà…]*$``: the same strings match, since concatenation
distributes over alternation and the pieces use nothing (look-arounds, back-references,
atomic groups) for which the order of alternatives decides whether a match exists.

This module must not change what any pattern matches: :func:`factor_alternatives` returns
``None`` for anything it does not fully understand, and the caller then compiles the
original.
"""

from __future__ import annotations

import re

_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# A class this long is one of spaCy's spelt-out alphabets, worth sharing.
_BIG_CLASS = 64


# One lexical item of a pattern: a character class, an escape, a group opening, or a
# character; quantifiers (with a lazy or possessive mark) are items of their own.
_TOKEN = re.compile(
    r"\[\^?\]?[^\]\\\[]*(?:\\.[^\]\\\[]*)*\]"  # a character class without nested sets
    r"|\\."
    r"|\(\?:|\(\?|[()|]"
    r"|(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?"
    r"|.",
    re.S,
)


def _tokens(text: str) -> list[str] | None:
    tokens = _TOKEN.findall(text)
    for token in tokens:
        if token in ("[", "(?") or (token[0] == "\\" and (token[1].isdigit() or token[1] in "gkN")):
            return None  # nested sets, look-arounds, atomic or named groups, back-references
        if token[0] in "*+?{" and len(token) > 1 and token[-1] == "+" and token != "+":
            return None  # possessive quantifier
    return tokens


def _items(tokens: list[str]) -> list[list[str]] | None:
    """Top-level items (an atom with its quantifier) of a piece; ``None`` on a top-level ``|``."""
    items: list[list[str]] = []
    depth = 0
    for token in tokens:
        quantifier = token[0] in "*+?" or (token[0] == "{" and len(token) > 1 and token[1] in "0123456789,}")
        if depth == 0 and quantifier:
            if not items:
                return None
            items[-1].append(token)
            continue
        if depth == 0:
            if token in ("|", ")"):
                return None
            items.append([token])
        else:
            items[-1].append(token)
        if token in ("(", "(?:"):
            depth += 1
        elif token == ")":
            depth -= 1
    return items if depth == 0 else None


def _split_top(tokens: list[str]) -> list[list[str]] | None:
    """Tokens of ``(?:a)|(?:b)|…`` → the tokens of ``a``, ``b``…; ``None`` for another shape."""
    pieces: list[list[str]] = []
    depth = 0
    current: list[str] = []
    for token in tokens:
        if depth == 0:
            if token == "(?:":
                depth = 1
                current = []
                continue
            if token == "|" and pieces:
                continue
            return None
        if token in ("(", "(?:"):
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                pieces.append(current)
                continue
        current.append(token)
    return pieces if depth == 0 else None


def _shared(atom: str) -> bool:
    return atom in ("^", "$") or (atom.startswith("[") and len(atom) > _BIG_CLASS)


def factor_alternatives(pattern: str) -> str | None:
    """An equivalent pattern with alternatives merged on their shared big classes, or ``None``.

    ``pattern`` must have the shape ``(?flags)(?:a)|(?:b)|…`` that spaCy builds; the result
    matches at a position exactly when ``pattern`` does (the span matched may be another).
    """
    flags = _FLAGS.match(pattern)
    prefix = flags.group() if flags else ""
    tokens = _tokens(pattern[len(prefix) :])
    pieces = _split_top(tokens) if tokens is not None else None
    if pieces is None or len(pieces) < 2:
        return None
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for piece in pieces:
        items = _items(piece)
        if items is None:
            return None
        atoms = ["".join(item) for item in items]
        head = 0
        while head < len(atoms) and _shared(atoms[head]):
            head += 1
        tail = len(atoms)
        while tail > head and _shared(atoms[tail - 1]):
            tail -= 1
        if head < tail < len(atoms) and atoms[tail - 1].startswith("["):
            tail -= 1  # the hyphen (or apostrophe) before the shared tail: compiled once too
        middles = groups.setdefault(("".join(atoms[:head]), "".join(atoms[tail:])), [])
        if atoms[head:tail] not in middles:
            middles.append(atoms[head:tail])
    return prefix + "|".join(f"(?:{_merge(head, middles, tail)})" for (head, tail), middles in groups.items())


def _merge(head: str, middles: list[list[str]], tail: str) -> str:
    """``head(?:m1|m2|…)tail``, with what every middle begins or ends with taken out of the
    alternation, so that a class shared by all (the hyphens) is compiled once."""
    if len(middles) == 1:
        return head + "".join(middles[0]) + tail
    lead = 0
    while all(len(m) > lead for m in middles) and len({m[lead] for m in middles}) == 1:
        lead += 1
    trail = 0
    while all(len(m) > lead + trail for m in middles) and len({m[-1 - trail] for m in middles}) == 1:
        trail += 1
    first = middles[0]
    before = "".join(first[:lead])
    after = "".join(first[len(first) - trail :])
    inner = "|".join("".join(m[lead : len(m) - trail]) for m in middles)
    return f"{head}{before}(?:{inner}){after}{tail}"
