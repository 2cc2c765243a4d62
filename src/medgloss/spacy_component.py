"""A spaCy pipeline component: ``nlp.add_pipe("medgloss")`` on any French pipeline.

It puts the glossary terms of the text in ``doc.spans["medgloss_terms"]`` (``label_`` and
``kb_id_`` are the concept id) and the terminology findings in ``doc._.medgloss_findings``.
Matching is :mod:`medgloss.api`'s, so the component and ``medgloss check`` always agree.
Registered through the ``spacy_factories`` entry point, so no import is needed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from .api import check_text, extract_terms
from .findings.model import Finding
from .glossary import Glossary, load_glossary

SPANS_KEY = "medgloss_terms"
FINDINGS_ATTR = "medgloss_findings"
_SETTINGS_FILE = "medgloss.json"

if not Doc.has_extension(FINDINGS_ATTR):
    Doc.set_extension(FINDINGS_ATTR, default=None)


class MedglossComponent:
    """Marks glossary terms and terminology findings on each Doc."""

    def __init__(
        self,
        name: str = "medgloss",
        *,
        glossary: Sequence[str] = (),
        default_glossary: bool = True,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.name = name
        self.settings: dict[str, Any] = {
            "glossary": [str(p) for p in glossary],
            "default_glossary": bool(default_glossary),
            "select": list(select),
            "ignore": list(ignore),
            "spans_key": spans_key,
        }
        self._glossary: Glossary | None = None

    @property
    def glossary(self) -> Glossary:
        """The glossary, loaded on first use (a bad file raises ``GlossaryError`` naming it)."""
        if self._glossary is None:
            self._glossary = load_glossary(self.settings["glossary"], include_default=self.settings["default_glossary"])
        return self._glossary

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place."""
        text = doc.text
        group = SpanGroup(doc, name=self.settings["spans_key"])
        for term in extract_terms(text, glossary=self.glossary):
            span = doc.char_span(term.offset, term.offset + term.length, label=term.concept,
                                 kb_id=term.concept, alignment_mode="expand")
            if span is not None:
                group.append(span)
        doc.spans[self.settings["spans_key"]] = group
        findings: list[Finding] = check_text(text, glossary=self.glossary, select=self.settings["select"],
                                             ignore=self.settings["ignore"])
        doc._.set(FINDINGS_ATTR, findings)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Annotate a stream of docs."""
        for doc in docs:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the settings (glossary paths, selection) with the pipeline."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _SETTINGS_FILE).write_text(json.dumps(self.settings, ensure_ascii=False, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MedglossComponent:
        """Restore the settings saved by :meth:`to_disk`."""
        settings_file = Path(path) / _SETTINGS_FILE
        if settings_file.exists():
            self.settings.update(json.loads(settings_file.read_text(encoding="utf-8")))
            self._glossary = None
        return self


@Language.factory(
    "medgloss",
    default_config={"glossary": [], "default_glossary": True, "select": [], "ignore": [], "spans_key": SPANS_KEY},
)
def make_medgloss(
    nlp: Language,
    name: str,
    glossary: list[str],
    default_glossary: bool,
    select: list[str],
    ignore: list[str],
    spans_key: str,
) -> MedglossComponent:
    """spaCy factory of :class:`MedglossComponent`."""
    return MedglossComponent(name, glossary=glossary, default_glossary=default_glossary,
                             select=select, ignore=ignore, spans_key=spans_key)
