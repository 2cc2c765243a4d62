"""``Plural-Forms`` headers: both French conventions read the same, broken ones are refused."""

from __future__ import annotations

import gettext

import pytest
from babel.messages.plurals import get_plural

from medgloss.documents.plurals import CLDR_FRENCH, GNU_FRENCH, header_plural_forms, parse_plural_forms


@pytest.mark.parametrize(("header", "slots"), [
    (GNU_FRENCH, {0: 0, 1: 0, 2: 1, 3: 1, 1_000_000: 1}),
    (CLDR_FRENCH, {0: 0, 1: 0, 2: 2, 3: 2, 1_000_000: 1, 2_000_000: 1, 1_000_001: 2}),
])
def test_french_headers_choose_the_slots_gettext_chooses(header, slots):
    forms = parse_plural_forms(header)
    assert {n: forms.slot(n) for n in slots} == slots
    assert forms.singular_slot == 0
    assert forms.forms("dose", "doses") == ("dose",) + ("doses",) * (forms.count - 1)
    # The same slots as Python's gettext computes from the header.
    plural = gettext.c2py(header.split("plural=", 1)[1].rstrip(";"))
    assert all(plural(n) == slot for n, slot in slots.items())


def test_babel_writes_one_of_the_two():
    # Babel < 2.19 follows GNU gettext, 2.19 and later CLDR: medgloss knows both.
    assert get_plural("fr").plural_forms in (GNU_FRENCH, CLDR_FRENCH)


def test_a_rule_whose_singular_is_not_slot_zero():
    forms = parse_plural_forms("nplurals=2; plural=(n == 1 ? 1 : 0);")
    assert forms.singular_slot == 1 and forms.forms("dose", "doses") == ("doses", "dose")


@pytest.mark.parametrize("value", [
    "nplurals=INTEGER; plural=EXPRESSION;",  # xgettext's template placeholder
    "nplurals=2;",
    "nplurals=2; plural=n +;",
    "nplurals=2; plural=(n > 1 ? 2 : 0);",  # a slot beyond nplurals
    "nplurals=0; plural=0;",
])
def test_unusable_headers_are_refused(value):
    with pytest.raises(ValueError, match="Plural-Forms"):
        parse_plural_forms(value)


def test_header_lookup():
    assert header_plural_forms("Language: fr\nPlural-Forms: nplurals=2; plural=(n > 1);\n").count == 2
    assert header_plural_forms("Language: fr\n") is None
