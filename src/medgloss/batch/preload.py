"""What ``--jobs`` workers share: loaded once in the parent, before the workers are forked.

A forked worker starts with the parent's memory, shared page by page until written, so
whatever the parent loaded before the fork costs the workers nothing.  The compiled glossary
is stored in parts that are decoded on first use (a one-line check reads few of them), and
the detectors keep tables of their own made on first use (memoised per process): left to the
workers, every worker decodes and builds them again, which is the extra CPU time of two
processes over one in ``benchmarks/jobs.py``.

So :func:`preload` reads every part of the compiled glossary that a check of a text with
glossary terms reads, then checks a few sentences made of the glossary's own wrong examples,
which makes each detector build its tables the way it does on a real text: the warm-up follows
the detectors as they change, where a list of their memos would go stale.

This module must not change what a check finds (the warm-up's findings are dropped, and the
memos it fills are those a first real sentence would fill), and it does not ask for spaCy:
most runs never parse, and a worker that needs it loads it on first use (the bundled
glossary's warm-up loads neither spaCy nor verbecc: tested).
"""

from __future__ import annotations

from ..api import check_text, checker_for
from ..glossary import Glossary
from ..matching.compiled import CompiledGlossary

_WARM_UP_RULES = 24  # wrong examples checked: enough to reach every detector, a few ms each


def preload(glossary: Glossary) -> None:
    """Load in this process what every worker of ``glossary``'s check would load."""
    from ..french.english_words import english_only
    from ..french.lexicon_words import lexicon
    from ..matching.english import english
    from ..matching.compiled import RULE, TERM

    compiled = checker_for(glossary).compiled
    _read_parts(compiled)
    english(glossary, TERM)
    english(glossary, RULE)
    lexicon()
    english_only()
    text = warm_up_text(glossary)
    if text:
        check_text(text, glossary=glossary, path="<warm-up>")


def _read_parts(compiled: CompiledGlossary) -> None:
    """Read each deferred part of ``compiled`` (automata, keys, buckets, forms, calques) once."""
    for index in (compiled, compiled.calque_index):
        if index is None:
            continue
        index.automaton  # noqa: B018 - restores the automaton's node tables
        index.keys  # noqa: B018
        if len(index.entries):
            index.entries[0]  # noqa: B018 - decodes the packed buckets
    compiled.context_forms  # noqa: B018
    compiled.target_forms  # noqa: B018
    if len(compiled.calques):
        compiled.calques[0]  # noqa: B018


def warm_up_text(glossary: Glossary) -> str:
    """A few of the glossary's wrong example sentences, spread over its rules, as paragraphs.

    Only rules that replace no verb or adjective: their fix may ask spaCy which form it is
    (« testez »: present or imperative; « nuageux » after « il est »: singular or plural), and
    the parent must not load the parser its workers rarely need."""
    wrong = [example.text for rule in glossary.rules.values()
             if not any(term.pos in ("verb", "adj") for term in (*rule.match, *rule.replace))
             for example in rule.examples if example.is_wrong]
    if not wrong:
        return ""
    step = max(1, len(wrong) // _WARM_UP_RULES)
    return "\n\n".join(wrong[::step][:_WARM_UP_RULES]) + "\n"


__all__ = ["preload", "warm_up_text"]
