"""XLIFF 1.2, XLIFF 2.x and TMX: the French targets are checked, the sources give context.

The view shows the text of target segments only.  Inline codes are masked: paired formatting
tags (``<g>``, ``<pc>``, ``<mrk>``, ``<hi>``) are invisible (NUL) around text that is still
checked; native codes and placeholders (``<bpt>``, ``<ept>``, ``<it>``, ``<ph>``, ``<x/>``…)
are masked whole, invisible when they only format, as a separator when they stand for
content.  A reference (``&amp;``, ``&#233;``) shows its character in its first position, so
findings and fixes point into the file as written.  Fixes are escaped for XML, never touch a
tag, and an entity is replaced whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..errors import DocumentError
from ..findings.model import Finding
from .edits import PositionSet, confine
from .model import Document, Unit
from .xml_scan import Element, XMLLayout, local_name, namespace, parse_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF_12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0"
TARGET_LANGUAGE = "fr"

# Inline elements whose tags are invisible and whose text is part of the sentence.
_TRANSPARENT = {"g", "pc", "mrk", "hi"}
# Inline elements masked whole: formatting codes (invisible) and placeholders (separators).
_INVISIBLE_CODES = {"bpt", "ept", "it", "bx", "ex", "sc", "ec", "sm", "em", "ut"}
_PLACEHOLDERS = {"x", "ph", "cp", "sub"}


@dataclass
class XMLBilingualDocument(Document):
    """An XLIFF or TMX document: units are target segments."""

    atoms: list[tuple[int, int]] = field(default_factory=list)  # references inside targets
    seams: list[tuple[int, int]] = field(default_factory=list)  # tags, comments, CDATA markers
    cdata: list[tuple[int, int]] = field(default_factory=list)

    def escape(self, replacement: str) -> str:
        """``replacement`` as XML character data."""
        return replacement.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def review(self, findings: list[Finding]) -> list[Finding]:
        """Drop suppressed findings; keep every fix inside one target and clear of markup."""
        kept = super().review(findings)
        confine(kept, self.units, text=self.text, view=self.view, seams=PositionSet(self.seams),
                atoms=PositionSet(self.atoms), seams_replaceable=False)
        cdata = PositionSet(self.cdata)
        for finding in kept:
            # Inside CDATA an escaped replacement would be written literally: no fix then.
            if finding.fix is not None and any(
                cdata.covers(e.offset) and self.escape(e.text) != e.text for e in finding.fix.edits
            ):
                finding.fix = None
        return kept


class _ViewBuilder:
    """Builds the view: every target's content unmasked, the rest newlines."""

    def __init__(self, text: str, layout: XMLLayout) -> None:
        self.text = text
        self.view = ["\n"] * len(text)
        self.references = PositionSet([(s, e) for s, e, _ in layout.references])
        self.values = {s: v for s, _, v in layout.references}
        self.comments = PositionSet(layout.comments)
        self.cdata = PositionSet(layout.cdata)
        self.atoms: list[tuple[int, int]] = []
        self.seams: list[tuple[int, int]] = []
        self.cdata_spans: list[tuple[int, int]] = []

    def content(self, element: Element) -> str:
        """The view of ``element``'s content, written into ``view`` too."""
        out: list[str] = []
        self._walk(element, out, record=True)
        return "".join(out)

    def plain(self, element: Element) -> str:
        """The checkable text of ``element`` (a source), markup removed, blanks collapsed."""
        out: list[str] = []
        self._walk(element, out, record=False)
        return " ".join("".join(out).replace("\x00", "").split())

    def _walk(self, element: Element, out: list[str], record: bool) -> None:
        position = element.open_end
        for child in element.children:
            self._text(position, child.start, out, record)
            name = child.local
            opaque = name in _INVISIBLE_CODES or name in _PLACEHOLDERS or _untranslatable(child.node)
            if opaque:
                mask = "\x00" if name in _INVISIBLE_CODES else " "
                self._mask(child.start, child.end, mask, out, record)
            else:
                self._mask(child.start, child.open_end, "\x00", out, record)
                self._walk(child, out, record)
                self._mask(child.close_start, child.end, "\x00", out, record)
            position = child.end
        self._text(position, element.close_start, out, record)

    def _mask(self, start: int, end: int, char: str, out: list[str], record: bool) -> None:
        if start == end:
            return
        out.append(char * (end - start))
        if record:
            self.view[start:end] = char * (end - start)
            self.seams.append((start, end))

    def _text(self, start: int, end: int, out: list[str], record: bool) -> None:
        """Character data between tags: text, references, comments, CDATA sections."""
        text = self.text
        i = start
        while i < end:
            comment = self.comments.covering(i)
            section = self.cdata.covering(i)
            reference = self.references.covering(i)
            if comment is not None:
                self._mask(i, comment[1], " ", out, record)
                i = comment[1]
            elif section is not None:
                s, e = section
                self._mask(s, s + 9, "\x00", out, record)
                out.append(text[s + 9 : e - 3])
                if record:
                    self.view[s + 9 : e - 3] = text[s + 9 : e - 3]
                    self.cdata_spans.append((s + 9, e - 3))
                self._mask(e - 3, e, "\x00", out, record)
                i = e
            elif reference is not None:
                s, e = reference
                value = self.values[s]
                shown = (value[0] if value.isprintable() else " ") + "\x00" * (e - s - 1)
                out.append(shown)
                if record:
                    self.view[s:e] = shown
                    self.atoms.append((s, e))
                i = e
            else:
                stop = max(min(self._next_markup(i, end), end), i + 1)
                out.append(text[i:stop])
                if record:
                    self.view[i:stop] = text[i:stop]
                i = stop

    def _next_markup(self, i: int, end: int) -> int:
        nxt = end
        for char in "<&":
            j = self.text.find(char, i, end)
            if j >= 0:
                nxt = min(nxt, j)
        return nxt


def _untranslatable(node: etree._Element) -> bool:
    """``translate="no"`` (XLIFF 2, ITS) or a protected 1.2 marker."""
    translate = node.get("translate") or node.get("{http://www.w3.org/2005/11/its}translate")
    return translate == "no" or node.get("mtype") == "protected"


def _children(element: Element, name: str) -> list[Element]:
    return [c for c in element.children if c.local == name]


def _pairs(layout: XMLLayout, path: str) -> tuple[str, list[tuple[Element, Element | None, tuple[tuple[str, str], ...]]]]:
    """The format name and its (target, source, context) triples in document order."""
    root = layout.root
    name, uri = local_name(root.node), namespace(root.node)
    pairs: list[tuple[Element, Element | None, tuple[tuple[str, str], ...]]] = []
    if name == "xliff" and (uri == XLIFF_2 or (root.node.get("version") or "").startswith("2")):
        for unit in _descendants(root, "unit"):
            if _untranslatable(unit.node):
                continue
            for segment in _children(unit, "segment"):
                for target in _children(segment, "target"):
                    sources = _children(segment, "source")
                    context = (("id", unit.node.get("id") or ""),)
                    if segment.node.get("id"):
                        context += (("segment", segment.node.get("id")),)
                    pairs.append((target, sources[0] if sources else None, context))
        return "xliff", pairs
    if name == "xliff":
        for trans_unit in _descendants(root, "trans-unit"):
            if _untranslatable(trans_unit.node):
                continue
            for target in _children(trans_unit, "target"):
                sources = _children(trans_unit, "source")
                pairs.append((target, sources[0] if sources else None, (("id", trans_unit.node.get("id") or ""),)))
        return "xliff", pairs
    if name == "tmx":
        headers = _descendants(root, "header")
        srclang = (headers[0].node.get("srclang") or "").lower() if headers else ""
        for tu in _descendants(root, "tu"):
            variants = [(_lang(v.node), v) for v in _children(tu, "tuv")]
            sources = [v for lang, v in variants if lang == srclang and srclang != "*all*"] or [
                v for lang, v in variants if not _is_target(lang)
            ]
            source_segs = _children(sources[0], "seg") if sources else []
            context = (("tuid", tu.node.get("tuid")),) if tu.node.get("tuid") else ()
            for lang, variant in variants:
                if _is_target(lang):
                    for seg in _children(variant, "seg"):
                        pairs.append((seg, source_segs[0] if source_segs else None, context + (("lang", lang),)))
        return "tmx", pairs
    raise DocumentError(f"not an XLIFF or TMX document (root element <{root.qname}>)", path, root.node.sourceline)


def _lang(node: etree._Element) -> str:
    return (node.get(XML_LANG) or node.get("lang") or "").lower()


def _is_target(lang: str) -> bool:
    return lang == TARGET_LANGUAGE or lang.startswith(TARGET_LANGUAGE + "-") or lang.startswith(TARGET_LANGUAGE + "_")


def _descendants(element: Element, name: str) -> list[Element]:
    found = []
    stack = list(reversed(element.children))
    while stack:
        node = stack.pop()
        if node.local == name:
            found.append(node)
        stack.extend(reversed(node.children))
    return found


def read_xml_bilingual(path: str, text: str) -> XMLBilingualDocument:
    """An XLIFF (1.2 or 2.x) or TMX document whose French targets are the view."""
    layout = parse_xml(text, path)
    kind, pairs = _pairs(layout, path)
    builder = _ViewBuilder(text, layout)
    units = []
    for target, source, context in pairs:
        if target.open_end == target.close_start:
            continue
        content = builder.content(target)
        if not content.replace("\x00", "").strip():
            continue
        source_text = builder.plain(source) if source is not None else ""
        units.append(Unit(target.open_end, target.close_start, source_text, context + (("source", source_text),),
                          target.node.sourceline or 0))
    units.sort(key=lambda u: u.start)
    return XMLBilingualDocument(
        path=path, text=text, view="".join(builder.view), format=kind, units=units,
        atoms=builder.atoms, seams=builder.seams, cdata=builder.cdata_spans,
    )


__all__ = ["XMLBilingualDocument", "read_xml_bilingual"]
