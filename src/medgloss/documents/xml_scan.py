"""XML parsed safely, with the exact position of every element, reference and comment.

lxml tells what a document means (namespaces, attribute values) but not where an element's
text sits in the file.  :func:`parse_xml` therefore does two passes:

0. a document with a DOCTYPE is first read by lxml (entity resolution, DTD loading and the
   network off) and refused if its internal subset declares any entity, general or parameter
   — the billion-laughs and quadratic blow-up attacks, and external entities, all need one;
1. a linear lexer over the raw text records every start/end tag, comment, processing
   instruction, CDATA section and entity or character reference with its span.  It expands
   nothing;
2. lxml, configured to resolve no entity, load no DTD, touch no network and keep its size
   limits, then validates the document (well-formedness, namespaces); its elements are paired
   one-to-one with the lexer's, in document order, and must agree on their names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..errors import DocumentError

_MARKUP = re.compile(r"[<&]")
_NAME = re.compile(r"[^\s/>=<!?\"'&]+")
_ATTRIBUTE = re.compile(r"\s+([^\s/>=<\"']+)\s*=\s*(?:\"[^\"<]*\"|'[^'<]*')")
_TAG_END = re.compile(r"\s*(/?)>")
_END_TAG = re.compile(r"</([^\s/>=<!?\"'&]+)\s*>")
_REFERENCE = re.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_:][\w.:-]*));")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class RefusedXML(DocumentError):
    """The document declares entities: refused before any parser sees it."""


@dataclass(slots=True)
class Element:
    """An element's spans: start tag ``[start, open_end)``, end tag ``[close_start, end)``."""

    qname: str
    start: int
    local: str = ""  # the name without its prefix
    open_end: int = 0
    close_start: int = 0
    end: int = 0
    children: list[Element] = field(default_factory=list)
    node: etree._Element | None = None  # the lxml element: names, attributes


@dataclass(slots=True)
class XMLLayout:
    """Where things are in the raw text of an XML document."""

    root: Element
    references: list[tuple[int, int, str]]  # span and the character(s) it stands for
    comments: list[tuple[int, int]]  # comments and processing instructions
    cdata: list[tuple[int, int]]  # whole CDATA sections, markers included


def _refuse_declarations(text: str, path: str) -> None:
    """Refuse a document whose DOCTYPE declares any entity, general or parameter.

    lxml itself reads the internal subset (with entity resolution, DTD loading and the network
    all off, so reading it expands and fetches nothing) and lists its declarations: no hand
    lexer decides what a DTD means.
    """
    if "<!DOCTYPE" not in text:
        return
    try:
        tree = etree.fromstring(text.encode("utf-8"), _parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        if "entit" in str(exc.msg or exc).lower():  # lxml's own amplification and entity limits
            raise RefusedXML("refused: XML entity declarations are not allowed (entity-expansion or "
                             f"external-entity attack: {exc.msg})", path, exc.lineno or None) from exc
        return  # malformed: the passes below report lxml's own message
    except ValueError:
        return
    dtd = tree.docinfo.internalDTD
    entities = [entity.name for entity in dtd.iterentities()] if dtd is not None else []
    if entities:
        line = text.count("\n", 0, max(text.find("<!ENTITY"), 0)) + 1
        raise RefusedXML(f"refused: the DOCTYPE declares entities ({', '.join(entities[:3])}); XML entity declarations "
                         "are not allowed (entity-expansion or external-entity attack)", path, line)


def parse_xml(text: str, path: str) -> XMLLayout:
    """Lex and validate ``text``; :class:`DocumentError` (with its line) when unsafe or malformed."""
    _refuse_declarations(text, path)
    try:
        layout = _Lexer(text, path).run()
    except RefusedXML:
        raise  # never hand a hostile document to a parser
    except DocumentError as lexer_error:
        _lxml(text, path)  # lxml's message is usually the more precise: prefer it
        raise lexer_error
    tree = _lxml(text, path)
    _pair(layout.root, tree, path)
    return layout


def local_name(node: etree._Element) -> str:
    """The element's name without its namespace."""
    return etree.QName(node).localname


def namespace(node: etree._Element) -> str:
    """The element's namespace URI ('' when none)."""
    return etree.QName(node).namespace or ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_blank_text=False, encoding="utf-8",
    )


def _lxml(text: str, path: str) -> etree._Element:
    try:
        return etree.fromstring(text.encode("utf-8"), _parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc).split(", line ")[0]
        raise DocumentError(f"malformed XML: {message}", path, exc.lineno or None) from exc
    except ValueError as exc:
        raise DocumentError(f"malformed XML: {exc}", path) from exc


def _pair(root: Element, tree: etree._Element, path: str) -> None:
    ours: list[Element] = []
    stack = [root]
    while stack:
        element = stack.pop()
        ours.append(element)
        stack.extend(reversed(element.children))
    theirs = list(tree.iter(tag=etree.Element))
    if len(ours) != len(theirs):
        raise DocumentError("cannot locate the XML elements in the file (unsupported construct)", path)
    for element, node in zip(ours, theirs):
        if element.local != node.tag.rpartition("}")[2]:
            raise DocumentError(f"cannot locate element <{element.qname}> in the file", path, node.sourceline)
        element.node = node


class _Lexer:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.references: list[tuple[int, int, str]] = []
        self.comments: list[tuple[int, int]] = []
        self.cdata: list[tuple[int, int]] = []

    def error(self, message: str, position: int) -> DocumentError:
        return DocumentError(message, self.path, self.text.count("\n", 0, position) + 1)

    def run(self) -> XMLLayout:
        text = self.text
        stack: list[Element] = []
        root: Element | None = None
        i = 0
        while True:
            match = _MARKUP.search(text, i)
            if match is None:
                break
            i = match.start()
            if text[i] == "&":
                i = self.reference(i)
                continue
            kind = text[i + 1 : i + 2]
            if kind == "!" and text.startswith("<!--", i):
                end = text.find("-->", i + 4)
                if end < 0:
                    raise self.error("malformed XML: unterminated comment", i)
                self.comments.append((i, end + 3))
                i = end + 3
            elif kind == "!" and text.startswith("<![CDATA[", i):
                end = text.find("]]>", i + 9)
                if end < 0:
                    raise self.error("malformed XML: unterminated CDATA section", i)
                self.cdata.append((i, end + 3))
                i = end + 3
            elif kind == "!" and text.startswith("<!DOCTYPE", i):
                i = self.doctype(i)
            elif kind == "?":
                end = text.find("?>", i + 2)
                if end < 0:
                    raise self.error("malformed XML: unterminated processing instruction", i)
                self.comments.append((i, end + 2))
                i = end + 2
            elif kind == "/":
                end_tag = _END_TAG.match(text, i)
                if end_tag is None or not stack or stack[-1].qname != end_tag.group(1):
                    raise self.error("malformed XML: unexpected end tag", i)
                element = stack.pop()
                element.close_start, element.end = i, end_tag.end()
                i = end_tag.end()
            else:
                element, empty = self.start_tag(i)
                if stack:
                    stack[-1].children.append(element)
                elif root is None:
                    root = element
                else:
                    raise self.error("malformed XML: a second root element", i)
                if empty:
                    element.close_start = element.end = element.open_end
                else:
                    stack.append(element)
                i = element.open_end
        if root is None or stack:
            raise self.error("malformed XML: no root element" if root is None else "malformed XML: unclosed element",
                             len(text))
        return XMLLayout(root, self.references, self.comments, self.cdata)

    def reference(self, i: int) -> int:
        match = _REFERENCE.match(self.text, i)
        if match is None:
            raise self.error("malformed XML: '&' must be written &amp;", i)
        hexa, decimal, name = match.groups()
        if name is not None:
            value = _PREDEFINED.get(name, " ")  # an undeclared entity: lxml reports it
        else:
            code = int(hexa, 16) if hexa is not None else int(decimal)
            value = chr(code) if code <= 0x10FFFF else " "
        self.references.append((i, match.end(), value))
        return match.end()

    def doctype(self, i: int) -> int:
        """Skip a DOCTYPE (:func:`_refuse_declarations` has already refused its entities)."""
        text = self.text
        j = i + 9
        quote = None
        subset = False
        while j < len(text):
            char = text[j]
            if quote is not None:
                if char == quote:
                    quote = None
            elif char in "\"'":
                quote = char
            elif char == "[":
                subset = True
            elif char == "]":
                subset = False
            elif subset and text.startswith("<!--", j):
                close = text.find("-->", j + 4)
                if close < 0:
                    break
                j = close + 3
                continue
            elif char == ">" and not subset:
                return j + 1
            j += 1
        raise self.error("malformed XML: unterminated DOCTYPE", i)

    def start_tag(self, i: int) -> tuple[Element, bool]:
        text = self.text
        name = _NAME.match(text, i + 1)
        if name is None:
            raise self.error("malformed XML: '<' must be written &lt;", i)
        j = name.end()
        while True:
            attribute = _ATTRIBUTE.match(text, j)
            if attribute is None:
                break
            j = attribute.end()
        end = _TAG_END.match(text, j)
        if end is None:
            raise self.error("malformed XML: bad start tag", i)
        qname = name.group()
        return Element(qname, i, qname.rpartition(":")[2], open_end=end.end()), end.group(1) == "/"


__all__ = ["Element", "RefusedXML", "XMLLayout", "local_name", "namespace", "parse_xml"]
