"""Loading glossary files and directories into a :class:`~medgloss.glossary.model.Glossary`.

Files are YAML, validated against :data:`~medgloss.glossary.schema.GLOSSARY_SCHEMA`; the
first problem stops loading with ``file:line: what is wrong``.  Several glossaries can be
layered: a concept or rule id defined again in a later layer replaces the earlier one, so a
user's file can amend the bundled glossary.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GlossaryError
from ..text.typography import french
from .patterns import check_pattern
from .model import Concept, Context, Example, Glossary, Rule, RuleTerm, Status, Term, WordCondition
from .schema import GLOSSARY_SCHEMA
from .yaml_io import LINE_KEY, line_of, load_yaml, strip_lines

if TYPE_CHECKING:
    import jsonschema

GLOSSARY_SUFFIXES = (".yaml", ".yml")
DEFAULT_WINDOW = 5


@lru_cache(maxsize=1)
def _validator() -> "jsonschema.Draft202012Validator":
    # jsonschema takes 0.2 s to import; a run whose compiled glossary is cached never needs it.
    import jsonschema

    return jsonschema.Draft202012Validator(GLOSSARY_SCHEMA)


def _prose(text: str | None) -> str | None:
    """French prose of the glossary, typeset (« », no-break spaces, ’) as it will be shown."""
    return french(text) if text else text


def bundled_glossary_dir() -> Path:
    """Directory of the glossary shipped with medgloss (inside the wheel, or the source tree)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "glossaries"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "glossaries"


def glossary_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories (recursively, sorted) into glossary files."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in GLOSSARY_SUFFIXES and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise GlossaryError("no such glossary file or directory", path)
    return files


def _error_message(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties":
        message = error.message.replace("Additional properties are not allowed", "unknown key(s)")
    elif error.validator == "oneOf":
        message = f"{error.instance!r} is not a valid entry"
    else:
        message = error.message
    if len(message) > 200:  # the message quotes the offending value, which may be huge
        message = message[:200] + f"… ({len(message)} characters)"
    return f"{where}: {message}" if where else message


def _check_schema(data: Any, path: Path) -> dict[str, Any]:
    if data is None:
        return {}
    clean = strip_lines(data)
    errors = sorted(_validator().iter_errors(clean), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        # The most specific error of the first failing entry is the useful one.
        error = min(errors, key=lambda e: (line_of(data, list(e.absolute_path)) or 0, -len(e.absolute_path)))
        raise GlossaryError(_error_message(error), path, line_of(data, list(error.absolute_path)))
    if not isinstance(data, dict):
        raise GlossaryError("a glossary file must be a mapping", path, 1)
    return data


def _rule_terms(value: Any) -> tuple[RuleTerm, ...]:
    items = value if isinstance(value, list) else [value]
    terms = []
    for item in items:
        if isinstance(item, str):
            terms.append(RuleTerm(item))
        else:
            terms.append(RuleTerm(item["term"], item.get("pos"), item.get("gender"), item.get("number")))
    return tuple(terms)


# An item of a context's word list that stands for the terms of a domain's concepts: kept as
# written by the file's loading, replaced once every layer is loaded (_expand_domains).
DOMAIN_PREFIX = "domain:"
WordClasses = dict[str, list[str]]


def _class_words(name: str, classes: WordClasses, path: Path, line: int | None, seen: tuple[str, ...] = ()) -> list[str]:
    """The words of the word class ``name``, classes it cites expanded."""
    if name not in classes:
        raise GlossaryError(f"word class {name!r} is not defined under 'word_classes' in this file", path, line)
    if name in seen:
        raise GlossaryError(f"word class {name!r} cites itself (through {' → '.join(seen)})", path, line)
    words: list[str] = []
    for item in classes[name]:
        words += _class_words(item[1:], classes, path, line, (*seen, name)) if item.startswith("@") else [item]
    return words


def _words(value: Any, side: str, classes: WordClasses, path: Path) -> WordCondition:
    items = value if isinstance(value, list) else value["words"]
    line = None if isinstance(value, list) else value.get(LINE_KEY)
    words: list[str] = []
    for item in items:
        for word in _class_words(item[1:], classes, path, line) if item.startswith("@") else [item]:
            if word not in words:
                words.append(word)
    window = DEFAULT_WINDOW if isinstance(value, list) else value.get("window", DEFAULT_WINDOW)
    return WordCondition(tuple(words), window, side)


_SIDES = ("near", "before", "after", "object")


def _context(raw: dict[str, Any] | None, classes: WordClasses | None = None, path: Path = Path()) -> Context:
    if not raw:
        return Context()
    classes = classes or {}
    require = tuple(_words(raw[side], side, classes, path) for side in _SIDES if side in raw)
    unless_raw = raw.get("unless") or {}
    unless = tuple(
        _words(unless_raw[side], side, classes, path) for side in _SIDES if side in unless_raw)
    mentions = raw.get("mentions") or {}
    dependents = tuple((rel, tuple(lemmas)) for rel, lemmas in (raw.get("dependents") or {}).items() if rel != LINE_KEY)
    return Context(
        require=require,
        unless=unless,
        mentions=tuple(mentions.get("concepts", ())),
        mentions_sentences=mentions.get("sentences", 1),
        before_regex=raw.get("before_regex"),
        after_regex=raw.get("after_regex"),
        dependents=dependents,
        heads=tuple(raw.get("head", ())),
        pos=tuple(raw.get("pos", ())),
    )


def _term(raw: dict[str, Any]) -> Term:
    return Term(
        text=raw["term"],
        status=Status(raw.get("status", "admitted")),
        pos=raw.get("pos"),
        gender=raw.get("gender"),
        number=raw.get("number"),
        abbreviation=raw.get("abbreviation", False),
        use=raw.get("use"),
        note=_prose(raw.get("note")),
        forms=tuple(raw.get("forms", ())),
        source=raw.get("source"),
        line=raw.get(LINE_KEY),
        admitted_in=tuple(raw.get("admitted_in", ())),
    )


def _refuse_control(text: object, path: Path, line: int | None) -> None:
    """A term is written into the user's document by a fix: a carriage return or another
    control character in it would break that document, and the fault is the glossary's."""
    if isinstance(text, str) and any(unicodedata.category(ch) == "Cc" for ch in text):
        raise GlossaryError(f"term {text!r} contains a control character", path, line)


def _concept(raw: dict[str, Any], path: Path, domain: str) -> Concept:
    for t in raw["fr"]:
        _refuse_control(t.get("term"), path, t.get(LINE_KEY) or raw.get(LINE_KEY))
        _refuse_control(t.get("use"), path, t.get(LINE_KEY) or raw.get(LINE_KEY))
    terms = tuple(_term(t) for t in raw["fr"])
    preferred = [t for t in terms if t.status is Status.PREFERRED]
    if not preferred:
        raise GlossaryError(f"concept {raw['id']!r} has no preferred French term", path, raw.get(LINE_KEY))
    if sum(1 for t in preferred if not t.abbreviation) > 1:
        raise GlossaryError(
            f"concept {raw['id']!r} has more than one preferred French term (abbreviations aside)",
            path,
            raw.get(LINE_KEY),
        )
    return Concept(
        id=raw["id"],
        domain=raw.get("domain", domain),
        source=raw["source"],
        terms=terms,
        en=tuple(raw["en"]),
        definition=_prose(raw.get("definition")),
        note=_prose(raw.get("note")),
        path=str(path),
        line=raw.get(LINE_KEY),
        derived=tuple(raw.get("derived", ())),
    )


def _rule(raw: dict[str, Any], path: Path, classes: WordClasses | None = None) -> Rule:
    examples = []
    for ex in raw["examples"]:
        if "wrong" in ex:
            examples.append(Example(ex["wrong"], ex["fixed"], ex.get(LINE_KEY)))
        else:
            examples.append(Example(ex["right"], None, ex.get(LINE_KEY)))
    if not any(e.is_wrong for e in examples) or all(e.is_wrong for e in examples):
        raise GlossaryError(
            f"rule {raw['id']!r} needs at least one 'wrong' and one 'right' example", path, raw.get(LINE_KEY)
        )
    for key in ("match", "replace"):
        for item in raw.get(key) or () if isinstance(raw.get(key), list) else [raw.get(key)]:
            _refuse_control(item.get("term") if isinstance(item, dict) else item, path, raw.get(LINE_KEY))
    context = raw.get("context") or {}
    for field in ("before_regex", "after_regex"):
        if context.get(field) is not None:
            check_pattern(context[field], field, path, context.get(LINE_KEY) or raw.get(LINE_KEY))
    return Rule(
        id=raw["id"],
        kind=raw["type"],
        concept=raw["concept"],
        match=_rule_terms(raw["match"]),
        replace=_rule_terms(raw["replace"]) if "replace" in raw else (),
        context=_context(raw.get("context"), classes, path),
        examples=tuple(examples),
        source=raw["source"],
        en=tuple(raw.get("en", ())),
        message=_prose(raw.get("message")),
        safe=raw.get("safe", True),
        severity=raw.get("severity"),
        path=str(path),
        line=raw.get(LINE_KEY),
        en_unless=tuple(raw.get("en_unless", ())),
        admitted_in=tuple(raw.get("admitted_in", ())),
    )


def _examples(raw: list[dict[str, Any]]) -> tuple[Example, ...]:
    return tuple(Example(ex["wrong"], ex["fixed"], ex.get(LINE_KEY)) if "wrong" in ex
                 else Example(ex["right"], None, ex.get(LINE_KEY)) for ex in raw)


def _list_fields(raw: dict[str, Any], path: Path, classes: WordClasses, what: str, nouns: tuple[str, str],
                 placeholders: tuple[str, ...], templates: tuple[str, ...]) -> dict[str, Any]:
    """The fields every collocation list has (:class:`~medgloss.glossary.collocation_lists.
    CollocationListBase`) read from ``raw``, and its nouns: the words of the key ``nouns[0]``,
    word classes expanded, as the field ``nouns[1]``.  ``what`` names the list in errors;
    its ``templates`` may cite only ``placeholders``."""
    from .collocation_lists import DEFAULT_WINDOW as LIST_WINDOW

    line = raw.get(LINE_KEY)
    examples = _examples(raw["examples"])
    if not any(e.is_wrong for e in examples) or all(e.is_wrong for e in examples):
        raise GlossaryError(f"{what} {raw['id']!r} needs at least one 'wrong' and one 'right' example", path, line)
    for field in templates:
        try:
            raw.get(field, "").format(**{name: name[0] for name in placeholders})
        except (KeyError, IndexError, ValueError) as exc:
            cited = ", ".join(f"{{{name}}}" for name in placeholders)
            raise GlossaryError(f"{what} {raw['id']!r}: {field} may only cite {cited}", path, line) from exc
    return {
        "id": raw["id"], "concept": raw["concept"], "source": raw["source"], "attested": tuple(raw["attested"]),
        "message": raw["message"], "template": raw["template"], "examples": examples,
        "unless": _context({"unless": raw["unless"]} if raw.get("unless") else None, classes, path),
        "window": raw.get("window", LIST_WINDOW), "severity": raw.get("severity"), "safe": raw.get("safe", True),
        "admitted_in": tuple(raw.get("admitted_in", ())), "path": str(path), "line": line,
        nouns[1]: _words({"words": raw[nouns[0]], LINE_KEY: line}, nouns[0], classes, path).words,
    }


def _collocation_rules(raw: dict[str, Any], path: Path, classes: WordClasses) -> list[Rule]:
    """The rules a ``collocations:`` list generates (:mod:`medgloss.glossary.collocations`)."""
    from .collocations import CollocationList, Sense, collocation_rules

    spec = CollocationList(
        **_list_fields(raw, path, classes, "collocation list", ("object", "objects"), ("verb", "english", "use"),
                       ("message", "template")),
        en_object=raw["en_object"], senses=tuple(Sense(tuple(v["en"]), tuple(v["use"])) for v in raw["verbs"]),
        role=raw.get("role", "object"), report=tuple(raw.get("report", ())), passive=raw.get("passive", True),
    )
    return collocation_rules(spec)


def _adjective_rules(raw: dict[str, Any], path: Path, classes: WordClasses) -> list[Rule]:
    """The rules an ``adjective_collocations:`` list generates (:mod:`medgloss.glossary.adjective_collocations`)."""
    from .adjective_collocations import AdjectiveList, AdjectiveSense, adjective_rules

    agrees = raw["agrees"]
    spec = AdjectiveList(
        **_list_fields(raw, path, classes, "adjective collocation list", ("noun", "nouns"), ("adjective", "english", "use"),
                       ("message", "template", "template_before")),
        en_noun=raw["en_noun"], agrees=(agrees[0], agrees[1]), template_before=raw.get("template_before"),
        senses=tuple(AdjectiveSense(tuple(a["en"]), tuple(a["use"]), tuple(a.get("use_before", ())))
                     for a in raw["adjectives"]),
    )
    return adjective_rules(spec)


def _site_infection_rule(raw: dict[str, Any], path: Path) -> Rule:
    """The rule one pair of a ``site_infections:`` table generates (:mod:`medgloss.glossary.site_infections`)."""
    from .site_infections import Site, SiteInfection, site_infection_rule

    line = raw.get(LINE_KEY)
    examples = _examples(raw["examples"])
    if not any(e.is_wrong for e in examples) or all(e.is_wrong for e in examples):
        raise GlossaryError(f"site infection {raw['id']!r} needs at least one 'wrong' and one 'right' example", path, line)
    site, disease = raw["site"], raw["disease"]
    forms = tuple(disease.get("forms") or (disease["term"], disease["term"] + "s"))
    return site_infection_rule(SiteInfection(
        id=raw["id"], concept=raw["concept"], en=tuple(raw["en"]),
        site=Site(site["singular"], site["plural"], site["gender"]),
        disease=RuleTerm(disease["term"], "noun", disease["gender"]), disease_forms=forms,
        source=raw["source"], examples=examples, severity=raw.get("severity"),
        admitted_in=tuple(raw.get("admitted_in", ())), unless=tuple(raw.get("unless", ())),
        message=_prose(raw.get("message")), path=str(path), line=line,
    ))


_ACTIVE_AND_PASSIVE = {"active-object", "passive-object"}


def _said_by_hand(generated: Rule, glossary: Glossary, own_prefix: str | None = None) -> bool:
    """True if a rule loaded before says what ``generated`` would: same verb, some of the same
    objects, same correction (« humidifier le système immunitaire » → « atténuer »).  The hand
    rule is tried first and its context is the tested one; the generated twin would only
    duplicate it."""
    verb = generated.match[0].text
    objects = {w for c in generated.context.require for w in c.words}
    sides = {c.side for c in generated.context.require}
    for rule in glossary.rules.values():
        if own_prefix is not None and rule.id.startswith(own_prefix):
            continue  # a sibling from the same list (« -avant »), not a hand rule
        if sides | {c.side for c in rule.context.require} == _ACTIVE_AND_PASSIVE:
            continue  # the active's list and the passive's never say the same thing
        if any(t.text == verb for t in rule.match) and rule.replace[:1] == generated.replace[:1] and \
                objects & {w for c in rule.context.require for w in c.words}:
            return True
    return False


def _load_layer(files: Sequence[Path], glossary: Glossary, digest: "hashlib._Hash") -> None:
    """Load the files of one layer; ids must be unique within a layer."""
    seen_concepts: dict[str, str] = {}
    seen_rules: dict[str, str] = {}
    for path in files:
        raw_bytes = path.read_bytes() if path.is_file() else b""
        digest.update(str(path.name).encode() + b"\0" + raw_bytes + b"\0")
        _add_file_data(load_yaml(path), path, glossary, seen_concepts, seen_rules)


def _add_file_data(
    raw_data: Any, path: Path, glossary: Glossary, seen_concepts: dict[str, str], seen_rules: dict[str, str]
) -> None:
    """Check one file's parsed YAML against the schema and add its sources, concepts and rules."""
    data = _check_schema(raw_data, path)
    domain = data.get("domain", path.stem)
    for key, title in (data.get("sources") or {}).items():
        if key != LINE_KEY:
            glossary.sources[key] = title
    for raw in data.get("concepts") or []:
        cid = raw["id"]
        if cid in seen_concepts:
            raise GlossaryError(f"concept {cid!r} is defined twice (first in {seen_concepts[cid]})", path, raw.get(LINE_KEY))
        seen_concepts[cid] = f"{path.name}:{raw.get(LINE_KEY)}"
        glossary.concepts[cid] = _concept(raw, path, domain)
    classes = {name: list(words) for name, words in (data.get("word_classes") or {}).items() if name != LINE_KEY}
    for raw in data.get("rules") or []:
        rid = raw["id"]
        if rid in seen_rules:
            raise GlossaryError(f"rule {rid!r} is defined twice (first in {seen_rules[rid]})", path, raw.get(LINE_KEY))
        seen_rules[rid] = f"{path.name}:{raw.get(LINE_KEY)}"
        glossary.rules[rid] = _rule(raw, path, classes)
    # A hand rule loaded before that says what a generated one would wins; an adjective list's
    # own « -avant » twin is no hand rule.
    for key, what, generate, siblings in (("collocations", "collocation list", _collocation_rules, False),
                                           ("adjective_collocations", "adjective collocation list", _adjective_rules, True)):
        for raw in data.get(key) or []:
            for rule in generate(raw, path, classes):
                if _said_by_hand(rule, glossary, f"{raw['id']}-" if siblings else None):
                    continue
                if rule.id in seen_rules:
                    raise GlossaryError(f"rule {rule.id!r}, generated by {what} {raw['id']!r}, is defined twice (first "
                                        f"in {seen_rules[rule.id]})", path, raw.get(LINE_KEY))
                seen_rules[rule.id] = f"{path.name}:{raw.get(LINE_KEY)}"
                glossary.rules[rule.id] = rule
    for raw in data.get("site_infections") or []:
        rule = _site_infection_rule(raw, path)
        if rule.id in seen_rules:
            raise GlossaryError(f"rule {rule.id!r}, generated by site infection {raw['id']!r}, is defined twice (first "
                                f"in {seen_rules[rule.id]})", path, raw.get(LINE_KEY))
        seen_rules[rule.id] = f"{path.name}:{raw.get(LINE_KEY)}"
        glossary.rules[rule.id] = rule
    glossary.attested.extend(raw["text"] for raw in data.get("attested") or [])
    glossary.files.append(str(path))


def glossary_from_data(data: Any, path: str | Path) -> Glossary:
    """A glossary from data shaped like one parsed glossary file, checked exactly as a loaded file is.

    Importers build such data from other formats, with ``__line__`` keys holding lines of
    *their* input, so that a problem is reported as ``input-file:line``.
    """
    glossary = Glossary()
    _add_file_data(data, Path(path), glossary, {}, {})
    _check_references(glossary)
    _expand_domains(glossary)
    return glossary


def _expand_domains(glossary: Glossary) -> None:
    """Replace each « domain:NAME » of the rules' word lists by the French terms (abbreviations
    aside) of the concepts of that domain, and each « class:NAME » by the words of that class
    derived from the glossary (:mod:`medgloss.glossary.collocate_classes`), once every layer
    is loaded."""
    # Deriving a class reads Lexique383: imported only when a glossary is loaded from YAML.
    from .collocate_classes import CLASS_PREFIX, class_words

    for rid, rule in list(glossary.rules.items()):
        conditions = (*rule.context.require, *rule.context.unless)
        if not any(w.startswith((DOMAIN_PREFIX, CLASS_PREFIX)) for c in conditions for w in c.words):
            continue

        def expand(condition: WordCondition) -> WordCondition:
            words: list[str] = []
            for word in condition.words:
                if word.startswith(CLASS_PREFIX):
                    derived = class_words(word[len(CLASS_PREFIX):], glossary)
                    if derived is None:
                        raise GlossaryError(f"rule {rid!r} cites {word!r}, which is not a class of "
                                            "medgloss.glossary.collocate_classes", rule.path, rule.line)
                    words += derived
                    continue
                if not word.startswith(DOMAIN_PREFIX):
                    words.append(word)
                    continue
                domain = word[len(DOMAIN_PREFIX):]
                terms = [t.text for c in glossary.concepts.values() if c.domain == domain for t in c.terms
                         if not t.abbreviation and not t.status.is_wrong]
                if not terms:
                    raise GlossaryError(f"rule {rid!r} cites {word!r}, a domain without concepts", rule.path, rule.line)
                words += terms
            return replace(condition, words=tuple(dict.fromkeys(words)))

        context = replace(rule.context, require=tuple(map(expand, rule.context.require)),
                          unless=tuple(map(expand, rule.context.unless)))
        glossary.rules[rid] = replace(rule, context=context)


def _check_references(glossary: Glossary) -> None:
    for concept in glossary.concepts.values():
        for source in {concept.source, *(t.source for t in concept.terms if t.source)}:
            if source not in glossary.sources:
                raise GlossaryError(
                    f"concept {concept.id!r} cites source {source!r}, which no glossary file declares under 'sources'",
                    concept.path,
                    concept.line,
                )
    for rule in glossary.rules.values():
        if rule.concept not in glossary.concepts:
            raise GlossaryError(f"rule {rule.id!r} refers to unknown concept {rule.concept!r}", rule.path, rule.line)
        if rule.source not in glossary.sources:
            raise GlossaryError(f"rule {rule.id!r} cites undeclared source {rule.source!r}", rule.path, rule.line)
        for cid in rule.context.mentions:
            if cid not in glossary.concepts:
                raise GlossaryError(f"rule {rule.id!r} mentions unknown concept {cid!r}", rule.path, rule.line)


def load_glossary(
    paths: Iterable[str | Path] = (),
    *,
    include_default: bool = True,
) -> Glossary:
    """Load the bundled glossary (unless ``include_default`` is false) with ``paths`` layered on top.

    Each element of ``paths`` is a YAML file or a directory of them; each is one layer.
    Raises :class:`~medgloss.errors.GlossaryError` (with file and line) on the first problem.
    """
    layers: list[list[Path]] = []
    if include_default:
        layers.append(glossary_files([bundled_glossary_dir()]))
    for path in paths:
        layers.append(glossary_files([path]))
    if not any(layers):
        raise GlossaryError("no glossary to load (the default glossary is disabled and no --glossary was given)")
    cached = _load_cached(layers)
    if cached is not None:
        return cached
    glossary = _load_layers(layers)
    _store_cached(layers, glossary)
    return glossary


def _load_layers(layers: list[list[Path]]) -> Glossary:
    """The glossary of ``layers`` read from their files (no cache)."""
    glossary = Glossary()
    # The loader's code is part of the fingerprint: it generates rules (collocations, their
    # derived classes), so a change of it must also invalidate every compiled form cached
    # under the fingerprint, not only the loaded glossary.
    digest = hashlib.sha256(b"medgloss-glossary-1\0" + _dictionaries_stamp() + _loader_code_digest())
    for files in layers:
        _load_layer(files, glossary, digest)
    _check_references(glossary)
    _expand_domains(glossary)
    glossary.fingerprint = digest.hexdigest()
    return glossary


# A large glossary (100,000 concepts) takes half a minute to parse and validate; its loaded
# form is cached like the compiled one, keyed by the files' paths and bytes and by the code
# that loads them.  Any problem with the cache just means loading from YAML again.
_LOADER_MODULES = ("loader.py", "model.py", "patterns.py", "schema.py", "yaml_io.py", "collocation_lists.py", "collocations.py", "collocate_classes.py",
                   "adjective_collocations.py", "site_infections.py", "../french/adjective_renderings.py", "../french/literal_verbs.py", "../french/freedict.py", "../cache/codec.py")


def _dictionaries_stamp() -> bytes:
    """What the generated collocation rules depend on besides the files: whether FreeDict and
    Lexique383 are installed, and which version (their size and time)."""
    from ..french.freedict import DICT_PATH
    from ..french.lexicon import lexique_path

    stamp = []
    for path in (DICT_PATH, lexique_path()):
        try:
            info = path.stat() if path is not None else None
        except OSError:
            info = None
        stamp.append(f"{info.st_size}:{info.st_mtime_ns}" if info is not None else "-")
    return "|".join(stamp).encode() + b"\0"


@lru_cache(maxsize=None)
def _loader_code_digest() -> bytes:
    """A digest of the modules that load the glossary and generate its rules (empty when one
    cannot be read: then nothing derived from the code is cached)."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    try:
        for name in _LOADER_MODULES:
            digest.update((here / name).read_bytes())
    except OSError:
        return b""
    return digest.digest()


def _layers_key(layers: list[list[Path]]) -> str | None:
    code = _loader_code_digest()
    if not code:
        return None
    digest = hashlib.sha256(b"medgloss-loaded-3\0" + _dictionaries_stamp() + code)
    try:
        for files in layers:
            digest.update(b"\1")
            for path in files:
                digest.update(str(path.resolve()).encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()[:32]


if TYPE_CHECKING:
    from ..cache.codec import Codec


def _cache_name(layers: list[list[Path]]) -> str | None:
    from ..cache.store import cache_dir

    key = _layers_key(layers) if cache_dir() is not None else None
    return None if key is None else f"glossary-{key}.msgpack"


def _codec() -> "Codec":
    from ..cache.codec import Codec
    from .model import Concept, Context, Example, Rule, RuleTerm, Status, Term, WordCondition

    return Codec([Glossary, Concept, Term, Status, Rule, RuleTerm, Context, WordCondition, Example])


# The loaded glossary is cached in three parts: the glossary without its concepts and rules,
# then each of those, decoded when first read (``Glossary.defer``).
_DEFERRED = ("concepts", "rules")


def _load_cached(layers: list[list[Path]]) -> Glossary | None:
    from ..cache.codec import CodecError
    from ..cache.store import load_entry

    name = _cache_name(layers)
    payload = load_entry(name) if name is not None else None
    if payload is None:
        return None
    codec = _codec()
    try:
        parts = codec.unpackb(payload)
        if not (isinstance(parts, tuple) and len(parts) == 1 + len(_DEFERRED)
                and all(isinstance(p, bytes) for p in parts)):
            return None
        loaded = codec.unpackb(parts[0])
    except (CodecError, TypeError, ValueError):
        return None
    if not isinstance(loaded, Glossary):
        return None

    def maker(field_name: str, blob: bytes) -> Callable[[], Any]:
        def make() -> Any:
            try:
                return codec.unpackb(blob)
            except (CodecError, TypeError, ValueError):
                # The entry is signed, so this means the codec changed under it: the files
                # say the same thing.
                return getattr(_load_layers(layers), field_name)
        return make

    loaded.defer(**{f: maker(f, blob) for f, blob in zip(_DEFERRED, parts[1:])})
    return loaded


def _store_cached(layers: list[list[Path]], glossary: Glossary) -> None:
    from ..cache.codec import CodecError
    from ..cache.store import store_entry

    name = _cache_name(layers)
    if name is None:
        return
    codec = _codec()
    head = replace(glossary, concepts={}, rules={})  # the fields of _DEFERRED
    try:
        payload = codec.packb((codec.packb(head), *(codec.packb(getattr(glossary, f)) for f in _DEFERRED)))
    except CodecError:
        return
    store_entry(name, payload)


_DEFAULT: Glossary | None = None


def default_glossary() -> Glossary:
    """The bundled glossary, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_glossary()
    return _DEFAULT
