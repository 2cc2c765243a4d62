"""JSON Schema of a glossary file (YAML), checked before anything else is read from it."""

from __future__ import annotations

from typing import Any

_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*[a-z0-9]$"}
_TEXT = {"type": "string", "minLength": 1}
_TEXTS = {"type": "array", "items": _TEXT}
_POS = {"enum": ["noun", "adj", "verb", "adv", "phrase"]}
_GENDER = {"enum": ["m", "f"]}
_NUMBER = {"enum": ["s", "p"]}
_VARIETIES = {"type": "array", "items": {"enum": ["fr-FR", "fr-BE", "fr-CH", "fr-CA"]}, "minItems": 1}

_RULE_TERM = {
    "oneOf": [
        _TEXT,
        {
            "type": "object",
            "properties": {"term": _TEXT, "pos": _POS, "gender": _GENDER, "number": _NUMBER},
            "required": ["term"],
            "additionalProperties": False,
        },
    ]
}
_RULE_TERMS = {"oneOf": [_RULE_TERM, {"type": "array", "items": _RULE_TERM, "minItems": 1}]}

_WORDS = {
    "oneOf": [
        {"type": "array", "items": _TEXT, "minItems": 1},
        {
            "type": "object",
            "properties": {
                "words": {"type": "array", "items": _TEXT, "minItems": 1},
                "window": {"type": "integer", "minimum": 1, "maximum": 50},
            },
            "required": ["words"],
            "additionalProperties": False,
        },
    ]
}

_UNLESS: dict[str, Any] = {
    "type": "object",
    "properties": {"near": _WORDS, "before": _WORDS, "after": _WORDS, "object": _WORDS},
    "additionalProperties": False,
}

_CONTEXT = {
    "type": "object",
    "properties": {
        "near": _WORDS,
        "before": _WORDS,
        "after": _WORDS,
        # The words as the matched verb's direct object, or as the subject of its passive.
        "object": _WORDS,
        "unless": _UNLESS,
        "mentions": {
            "type": "object",
            "properties": {
                "concepts": {"type": "array", "items": _ID, "minItems": 1},
                "sentences": {"type": "integer", "minimum": 1, "maximum": 10},
            },
            "required": ["concepts"],
            "additionalProperties": False,
        },
        "before_regex": _TEXT,
        "after_regex": _TEXT,
        "dependents": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": _TEXT, "minItems": 1},
        },
        "head": {"type": "array", "items": _TEXT, "minItems": 1},
        "pos": {"type": "array", "items": {"enum": ["NOUN", "VERB", "AUX", "ADJ", "ADV", "PROPN"]}},
    },
    "additionalProperties": False,
}

_EXAMPLE = {
    "oneOf": [
        {
            "type": "object",
            "properties": {"wrong": _TEXT, "fixed": _TEXT},
            "required": ["wrong", "fixed"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {"right": _TEXT},
            "required": ["right"],
            "additionalProperties": False,
        },
    ]
}

_TERM = {
    "type": "object",
    "properties": {
        "term": _TEXT,
        "status": {"enum": ["preferred", "admitted", "superseded", "deprecated", "forbidden"]},
        "pos": _POS,
        "gender": _GENDER,
        "number": _NUMBER,
        "abbreviation": {"type": "boolean"},
        "use": _TEXT,
        "note": _TEXT,
        "forms": _TEXTS,
        "source": _TEXT,
        "admitted_in": _VARIETIES,
    },
    "required": ["term"],
    "additionalProperties": False,
}

_CONCEPT = {
    "type": "object",
    "properties": {
        "id": _ID,
        "domain": _TEXT,
        "source": _TEXT,
        "definition": _TEXT,
        "note": _TEXT,
        "en": {"type": "array", "items": _TEXT, "minItems": 1},
        "fr": {"type": "array", "items": _TERM, "minItems": 1},
        # French words that say the concept without being its term: relational adjectives
        # (« cardiaque » for heart), compounds and combining forms (« cardio- », « -cardite »).
        "derived": {"type": "array", "items": _TEXT, "minItems": 1},
    },
    "required": ["id", "source", "en", "fr"],
    "additionalProperties": False,
}

_RULE = {
    "type": "object",
    "properties": {
        "id": _ID,
        "type": {"enum": ["false-friend", "calque", "collocation", "acronym", "register", "duplicate"]},
        "concept": _ID,
        "en": _TEXTS,
        # English words that, in the source of a bilingual entry, show the sense in which the
        # French look-alike is right (« diet » for « régime »): the rule does not fire there.
        "en_unless": _TEXTS,
        "match": _RULE_TERMS,
        "replace": _RULE_TERMS,
        "context": _CONTEXT,
        "message": _TEXT,
        "safe": {"type": "boolean"},
        "severity": {"enum": ["error", "warning", "info"]},
        "source": _TEXT,
        "admitted_in": _VARIETIES,
        "examples": {"type": "array", "items": _EXAMPLE, "minItems": 2},
    },
    "required": ["id", "type", "concept", "match", "source", "examples"],
    "additionalProperties": False,
}

# What every collocation list has (medgloss.glossary.collocation_lists); ``_list`` adds the
# properties of one kind: its nouns, its English senses (``words`` names their key), and the
# placeholder its templates must cite.
_LIST_PROPERTIES = {
    "id": _ID,
    "concept": _ID,
    "source": _TEXT,
    # Where the attested words were read (references, URLs): every list is backed by evidence.
    "attested_from": _TEXT,
    "attested": {"type": "array", "items": _TEXT, "minItems": 1},
    "unless": _UNLESS,
    "message": _TEXT,
    "severity": {"enum": ["error", "warning", "info"]},
    "safe": {"type": "boolean"},
    "admitted_in": _VARIETIES,
    "examples": {"type": "array", "items": _EXAMPLE, "minItems": 2},
}


def _list(nouns: str, english: str, words: str, placeholder: str, window: int, sense: dict[str, Any],
          extra: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """The schema of one kind of collocation list: the list's ``nouns`` and ``english`` keys,
    its senses under ``words`` (each with « en », « use » and the ``sense`` properties), a
    ``window`` up to that many words, a « template » citing ``placeholder``, and the ``extra``
    properties, of which ``required`` are."""
    template = {"type": "string", "pattern": f"\\{{{placeholder}\\}}"}
    return {
        "type": "object",
        "properties": {
            **_LIST_PROPERTIES,
            nouns: {"type": "array", "items": _TEXT, "minItems": 1},
            "window": {"type": "integer", "minimum": 1, "maximum": window},
            english: _TEXT,
            words: {"type": "array", "minItems": 1, "items": {
                "type": "object",
                "properties": {"en": {"type": "array", "items": _TEXT, "minItems": 1},
                               "use": {"type": "array", "items": _TEXT, "minItems": 1}, **sense},
                "required": ["en", "use"],
                "additionalProperties": False,
            }},
            "template": template,
            **extra,
        },
        "required": ["id", "concept", "source", "attested_from", nouns, english, "attested", words, "message",
                     "template", *required, "examples"],
        "additionalProperties": False,
    }


_COLLOCATION = _list("object", "en_object", "verbs", "verb", 8, {}, {
    # "subject": the nouns are the subject of an intransitive verb (« le médicament travaille »).
    "role": {"enum": ["object", "subject"]},
    # Neutral verbs (NEUTRAL_VERBS) that this list reports all the same (« passer des selles »).
    "report": {"type": "array", "items": _TEXT},
    # false: the noun counts only after the verb, never as the subject of a passive; "only": only
    # as the subject of a passive (« les anticorps sont faits par… », while « faire des anticorps »
    # is another list's).
    "passive": {"anyOf": [{"type": "boolean"}, {"enum": ["only"]}]},
})

_ADJECTIVE_COLLOCATION = _list("noun", "en_noun", "adjectives", "adjective", 6,
                               {"use_before": {"type": "array", "items": _TEXT, "minItems": 1}}, {
    "template_before": {"type": "string", "pattern": "\\{adjective\\}"},
    # The gender and number of the template's noun, which its {adjective} agrees with.
    "agrees": {"enum": ["ms", "fs", "mp", "fp"]},
}, required=("agrees",))

# One pair of a ``site_infections:`` table (medgloss.glossary.site_infections): an organ and
# the disease its infection is called in French, which generates one calque rule.
_SITE_INFECTION = {
    "type": "object",
    "properties": {
        "id": _ID,
        "concept": _ID,
        "en": {"type": "array", "items": _TEXT, "minItems": 1},
        "site": {
            "type": "object",
            "properties": {"singular": _TEXT, "plural": _TEXT, "gender": _GENDER},
            "required": ["singular", "plural", "gender"],
            "additionalProperties": False,
        },
        "disease": {
            "type": "object",
            "properties": {"term": _TEXT, "gender": _GENDER, "forms": _TEXTS},
            "required": ["term", "gender"],
            "additionalProperties": False,
        },
        "source": _TEXT,
        "severity": {"enum": ["error", "warning", "info"]},
        "admitted_in": _VARIETIES,
        # Words near the hit that show another sense (« greffe » beside « infection du greffon »).
        "unless": _TEXTS,
        "message": _TEXT,
        "examples": {"type": "array", "items": _EXAMPLE, "minItems": 2},
    },
    "required": ["id", "concept", "en", "site", "disease", "source", "examples"],
    "additionalProperties": False,
}

GLOSSARY_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://medgloss.example/schema/glossary-1.json",
    "title": "medgloss glossary file",
    "type": "object",
    "properties": {
        "domain": _TEXT,
        "description": _TEXT,
        "sources": {"type": "object", "additionalProperties": _TEXT},
        "concepts": {"type": "array", "items": _CONCEPT},
        "rules": {"type": "array", "items": _RULE},
        # Verb–object collocation lists (medgloss.glossary.collocations): each generates the
        # collocation rules of the literal verbs that professional French does not use.
        "collocations": {"type": "array", "items": _COLLOCATION},
        # Adjective–noun collocation lists (medgloss.glossary.adjective_collocations): each
        # generates the collocation rules of the literal adjectives professional French does not use.
        "adjective_collocations": {"type": "array", "items": _ADJECTIVE_COLLOCATION},
        # Infections named by their site (medgloss.glossary.site_infections): each pair of organ
        # and disease generates the calque rule of « infection de l’organe » → the disease.
        "site_infections": {"type": "array", "items": _SITE_INFECTION},
        # Named word lists that the contexts of this file's rules cite as « @name » (the objects a
        # verb takes: « @symptom », « @test »); an item « @other » cites another class, an item
        # « domain:NAME » stands for the French terms of the glossary's concepts of that domain;
        # « class:NAME » for a class of collocates derived from them (glossary/collocate_classes.py).
        "word_classes": {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z][a-z0-9-]*$"},
            "additionalProperties": {"type": "array", "items": _TEXT, "minItems": 1},
        },
        # Phrases that professional French attests (with where), so that no generated calque
        # (medgloss.glossary.calques) is ever reported for them.
        "attested": {"type": "array", "items": {
            "type": "object",
            "properties": {"text": _TEXT, "source": _TEXT, "where": _TEXT},
            "required": ["text", "source", "where"],
        }},
    },
    "additionalProperties": False,
}
