"""The calques of a compiled glossary stored as columns (issue 19, peak memory): every calque
read back is the one generated, the one-word wrong senses keep their context words in the side
table, and the calques' automaton reports the entries it reported when each was an object."""

from __future__ import annotations

from array import array

import pytest

import medgloss
from medgloss.cache.codec import Codec
from medgloss.french.forms import noun_analysis
from medgloss.glossary.calques import Calque
from medgloss.glossary.sense_words import WRONG_SENSE_WORD
from medgloss.matching.calque_table import CalqueTable
from medgloss.matching.compiled import CALQUE, CalqueEntries, Entry, compile_glossary
from medgloss.matching.scanner import scan
from medgloss.text.fold import fold

# Real machine-translated health prose (benchmarks/devset/mt-errors.yaml quotes its sources) and
# a sentence with a calque, as in tests/test_compiled_storage.py.
TEXTS = [
    "Vous pourriez avoir besoin de ce test si votre fournisseur de soins de santé pense que vos taux "
    "d'immunoglobulines sont trop bas.",
    "Une carence en NEMO est traitée. Le patient a un haut cholestérol et une pression artérielle élevée.",
]


@pytest.fixture(scope="module")
def compiled(glossary: medgloss.Glossary):
    return compile_glossary(glossary)


def test_every_calque_reads_back_as_generated(compiled) -> None:
    table = compiled.calques
    assert isinstance(table, CalqueTable) and len(table) > 40_000
    calques = list(table)
    again = CalqueTable.of(calques)
    assert again == table and list(again) == calques
    kinds = {c.kind for c in calques}
    assert {"", "wrong-sense", WRONG_SENSE_WORD} <= kinds
    # the one-word wrong senses, and only they, carry context words: they are the side table
    with_context = [c for c in calques if c.context or c.unless or c.strong or c.right]
    assert with_context and all(c.kind == WRONG_SENSE_WORD for c in with_context)
    assert sorted(table._side.values(), key=calques.index) == with_context
    for i in (0, len(table) // 2, len(table) - 1, calques.index(with_context[0])):
        assert table[i] == calques[i] and table.text(i) == calques[i].text
        assert table.concept(i) == calques[i].concept and table.number(i) == calques[i].number
    assert table[-1] == calques[-1] and table[2:5] == calques[2:5]
    with pytest.raises(IndexError):
        table[len(table)]


def test_the_columns_go_through_the_cache_codec(compiled) -> None:
    codec = Codec([Calque])
    table = compiled.calques
    back = CalqueTable.from_columns(codec.unpackb(codec.packb(table.columns())))
    assert back == table and list(back) == list(table)
    concepts, concept_of, english, english_of, texts, ends, codes, side = table.columns()
    with pytest.raises(ValueError):  # one rendering short: the columns no longer fit
        CalqueTable.from_columns((concepts, concept_of, english, english_of, texts[:-1], ends, codes, side))
    with pytest.raises(ValueError):
        CalqueTable.from_columns((concepts, concept_of[:-4], english, english_of, texts, ends, codes, side))


def test_a_calque_outside_the_columns_values_is_kept_whole() -> None:
    odd = [Calque("c1", "full blood count", "compte de sang plein", "s"),
           Calque("c2", "white cell", "cellules blanches", "p", "wrong-sense"),
           Calque("c3", "x", "y", "sp", "a kind of its own")]
    table = CalqueTable.of(odd)
    assert list(table) == odd and set(table._side) == {2}


def test_calque_entries_are_those_of_one_entry_per_calque(compiled) -> None:
    index = compiled.calque_index
    assert isinstance(index.entries, CalqueEntries)
    table = compiled.calques
    for pattern in (0, len(index.entries) // 3, len(index.entries) - 1):
        for entry in index.entries[pattern]:
            c = table[entry.index]
            assert entry == Entry(CALQUE, c.concept, entry.index, c.text, frozenset({noun_analysis(c.number)}), False)
    assert sum(len(b) for b in index.entries) >= len(table)
    hits = [h for text in TEXTS for h in scan(text, index, fold(text))]
    assert hits and all(fold(table[e.index].text) for h in hits for e in h.entries)
    members, ends = index.entries.columns()
    with pytest.raises(ValueError):  # a bucket naming a calque the table does not hold
        CalqueEntries.from_columns(table, (array("I", [len(table)]).tobytes(), array("I", [1]).tobytes()))
    assert list(CalqueEntries.from_columns(table, (members, ends))) == list(index.entries)
