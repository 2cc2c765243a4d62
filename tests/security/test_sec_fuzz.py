"""Fuzzing the security boundaries (hypothesis): cache data, paths shown, CSV cells, declared
charsets, YAML glossaries and the command line's error path.

Bounded examples keep it to seconds in CI; ``make fuzz`` raises ``MEDGLOSS_FUZZ_EXAMPLES``
(and runs the document readers' fuzzing of ``tests/test_fuzz_readers.py`` too).
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.cache.codec import Codec, CodecError
from medgloss.documents.declared import declared_encoding
from medgloss.errors import GlossaryError, MedglossError, shown
from medgloss.exchange.csv_format import neutralised, restored
from medgloss.findings.model import Edit, Finding, Fix

EXAMPLES = int(os.environ.get("MEDGLOSS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CODEC = Codec([Finding, Fix, Edit])

texts = st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)))
edits = st.builds(Edit, st.integers(0, 10**6), st.integers(0, 100), texts)
findings = st.builds(Finding, texts, st.integers(0, 10**6), st.integers(0, 100), texts, texts, texts, texts, texts,
                     st.lists(texts, max_size=3), fix=st.none() | st.builds(Fix, st.tuples(edits), st.booleans(), texts))


@FUZZ
@given(st.binary(max_size=300))
def test_cache_data_never_does_more_than_fail(data: bytes) -> None:
    """Random bytes in a cache entry unpack to plain data or a CodecError, never anything else."""
    try:
        value = CODEC.unpackb(data)
    except CodecError:
        return
    assert isinstance(value, (int, float, str, bytes, bool, list, dict, tuple, frozenset, Finding, Fix, Edit, type(None)))


@FUZZ
@given(st.lists(findings, max_size=4), st.none() | texts)
def test_cache_round_trip(found: list[Finding], text: str | None) -> None:
    assert CODEC.unpackb(CODEC.packb([found, text])) == [found, text]


@FUZZ
@given(st.text())
def test_shown_paths_have_no_control_characters(path: str) -> None:
    out = shown(path)
    assert "\n" not in out and "\r" not in out and "\x1b" not in out and "\x85" not in out
    assert all(ch.isprintable() or unicodedata.category(ch) == "Zs" for ch in out)
    out.encode("utf-8")  # an undecodable byte is shown escaped, so the line can be written


@FUZZ
@given(texts)
def test_csv_cells_never_start_a_formula_and_come_back(cell: str) -> None:
    safe = neutralised(cell)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restored(safe) == cell


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(["a.po", "a.pot", "a.xlf", "a.txt"]))
def test_declared_encoding_is_total(data: bytes, name: str) -> None:
    encoding = declared_encoding(name, data)
    assert encoding is None or isinstance(encoding, str)


YAML_SEEDS = ["domain: t\n", "concepts:\n  - id: a\n", "a: &x [1]\nb: *x\n", "- !!python/object:os.system ['id']\n",
              "context:\n  before_regex: '(a+)+b'\n", "fr: [{term: x}]\n", "{", "\t", "'\\\n"]


@FUZZ
@given(st.lists(st.sampled_from(YAML_SEEDS) | st.text(max_size=20), max_size=6))
def test_any_glossary_file_loads_or_gives_one_glossary_error(parts: list[str]) -> None:
    from medgloss.glossary.loader import glossary_from_data
    from medgloss.glossary.yaml_io import load_yaml

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "g.yaml"
        path.write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
        try:
            glossary_from_data(load_yaml(path), path)
        except MedglossError as error:
            assert isinstance(error, GlossaryError) and "\n" not in str(error).strip()
