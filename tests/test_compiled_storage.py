"""The compiled glossary as the cache stores it (issue 19, one-line latency): the automata in
pyahocorasick's own node tables, the other parts decoded on first use, each part of the entry
read into its own bytes object.  What is restored must be what compiling gives, a damaged
entry is rebuilt, never trusted, and a clean one-line check decodes none of the lazy parts."""

from __future__ import annotations

from pathlib import Path

import ahocorasick
import pytest

import medgloss
from medgloss.cache import store
from medgloss.matching import cache as compiled_cache
from medgloss.matching.compiled import Deferred, compile_glossary
from medgloss.matching.scanner import scan

# Real machine-translated health prose (benchmarks/devset/mt-errors.yaml quotes its sources) and
# a sentence with a glossary term, a calque and an agreement to fix.
TEXTS = [
    "Certaines conditions médicales, telles que le cancer ou une infection grave, pourraient affecter "
    "la gamme normale de globules blancs lors d'une numération formule sanguine complète.",
    "Vous pourriez avoir besoin de ce test si votre fournisseur de soins de santé pense que vos taux "
    "d'immunoglobulines sont trop bas.",
    "Une carence en NEMO est traitée. Le patient a un haut cholestérol et une pression artérielle élevée.",
]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MEDGLOSS_CACHE_DIR", str(folder))
    monkeypatch.setattr(store, "_written_since_check", [-1])
    return folder


def _small_glossary(tmp_path: Path) -> medgloss.Glossary:
    path = tmp_path / "g.yaml"
    path.write_text(
        'domain: test\nsources:\n  me: "Référentiel de test"\nconcepts:\n'
        "  - id: nemo-x\n    source: me\n    en: [NEMO deficiency]\n    fr:\n"
        "      - {term: déficit en NEMO, status: preferred, pos: noun, gender: m}\n"
        "      - {term: carence en NEMO, status: forbidden, pos: noun, gender: f}\n",
        encoding="utf-8",
    )
    return medgloss.load_glossary([path], include_default=False)


def _restored(glossary: medgloss.Glossary) -> compiled_cache.CompiledGlossary:
    compiled_cache._MEMO.clear()
    compiled_cache.compiled(glossary)  # built and stored, or read
    compiled_cache._MEMO.clear()
    result = compiled_cache.compiled(glossary)
    assert type(result._automaton) is Deferred  # read back from the entry, not the one just built
    return result


def test_the_stored_glossary_is_the_compiled_one(glossary: medgloss.Glossary) -> None:
    restored = _restored(glossary)
    fresh = compile_glossary(glossary)
    assert list(restored.automaton.items()) == list(fresh.automaton.items())
    assert restored.keys == fresh.keys and list(restored.entries) == list(fresh.entries)
    assert restored.context_forms == fresh.context_forms and restored.target_forms == fresh.target_forms
    assert list(restored.calques) == list(fresh.calques) and len(restored.calques) > 1000
    assert restored.calque_index is not None and fresh.calque_index is not None
    assert list(restored.calque_index.automaton.items()) == list(fresh.calque_index.automaton.items())
    assert restored.calque_index.keys == fresh.calque_index.keys
    for text in TEXTS:
        assert scan(text, restored) == scan(text, fresh) and scan(text, restored)
        assert scan(text, restored.calque_index) == scan(text, fresh.calque_index)
    assert any(scan(text, restored.calque_index) for text in TEXTS)


def test_a_clean_line_decodes_none_of_the_lazy_parts(glossary: medgloss.Glossary,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    restored = _restored(glossary)
    from medgloss.checks import Checker

    read = []
    monkeypatch.setattr(compiled_cache, "load_parts", lambda name: read.append(name))
    result = Checker(restored).check("Le fichier de configuration est lu au démarrage du service.\n")
    assert result.findings == []
    for part in ("_keys", "_context_forms", "_target_forms", "_automaton"):
        assert type(getattr(restored, part)) is Deferred, part
    assert type(restored.calque_index._keys) is Deferred
    assert type(restored.calque_index._automaton) is Deferred
    assert read == []  # none of its words anchors a key: the 36 MB entry is never read


def test_a_line_with_a_term_decodes_only_its_buckets(glossary: medgloss.Glossary) -> None:
    """The entry buckets are read one by one from the stored entry, never compiled again."""
    from medgloss.matching.compiled import CompiledGlossary

    restored = _restored(glossary)
    assert scan("Une carence en NEMO est traitée.", restored)
    whole = compiled_cache._stored(compiled_cache._entry_name(glossary), glossary, compile_glossary)
    assert isinstance(whole, CompiledGlossary)
    hits = scan("Une carence en NEMO est traitée.", whole)
    buckets = whole.entries
    assert type(buckets).__name__ == "_Buckets" and buckets._whole is None
    assert 0 < len(buckets._decoded) <= len(hits) * 4  # the hits' candidates, not 14,000
    assert list(buckets) == list(compile_glossary(glossary).entries)
    assert buckets._whole is None  # all of them decoded from the entry


def test_the_gate_answers_as_the_automata_do(glossary: medgloss.Glossary) -> None:
    """A text without an anchor has no hit, and one with an anchor is scanned: on each
    sentence of the real texts, word by word growing, the gated glossary finds what the
    compiled one finds."""
    restored = _restored(glossary)
    fresh = compile_glossary(glossary)
    assert restored.anchors and restored.calque_index is not None and restored.calque_index.anchors
    assert fresh.anchors is None  # only what the cache restores has a gate
    samples = [*TEXTS, "Le fichier de configuration est lu au démarrage du service.",
               "Vos mains sont froides.", "Il a reçu une greffe de moelle osseuse.", ""]
    for text in samples:
        words = text.split(" ")
        for end in range(1, len(words) + 1):
            part = " ".join(words[:end])
            assert scan(part, restored) == scan(part, fresh), part
            assert scan(part, restored.calque_index) == scan(part, fresh.calque_index), part


def test_an_automaton_pyahocorasick_refuses_is_rebuilt_from_the_keys(cache: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    glossary = _small_glossary(tmp_path)
    fresh = compile_glossary(glossary)
    restored = _restored(glossary)
    real = ahocorasick.Automaton

    def refuse(*args: object) -> ahocorasick.Automaton:
        if len(args) == 7:
            raise ValueError("Unable to load from pickle.")
        return real(*args)

    monkeypatch.setattr(compiled_cache.ahocorasick, "Automaton", refuse)
    assert list(restored.automaton.items()) == list(fresh.automaton.items())
    assert scan("Une carence en NEMO est traitée.", restored) == scan("Une carence en NEMO est traitée.", fresh)


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "lengths lie", "one part", "empty"])
def test_a_damaged_entry_is_rebuilt(cache: Path, tmp_path: Path, damage: str) -> None:
    glossary = _small_glossary(tmp_path)
    _restored(glossary)
    [entry] = [p for p in cache.iterdir() if p.name.startswith("compiled-") and not p.name.endswith("-anchors.msgpack")]
    data = bytearray(entry.read_bytes())
    if damage == "flip a byte":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        del data[len(data) - 10 :]
    elif damage == "lengths lie":
        data[40:48] = (2**62).to_bytes(8, "little")  # the first part's length: no 4 EiB allocation
    elif damage == "one part":
        data = bytearray(store._MAGIC + bytes(data[4:]))  # read as a single payload's header
    else:
        data = bytearray()
    entry.write_bytes(bytes(data))
    compiled_cache._MEMO.clear()
    again = compiled_cache.compiled(glossary)
    assert again.lookup_key("carence en nemo")  # the entry, read behind its gate, compiled again
    name = compiled_cache._entry_name(glossary)
    assert name is not None and compiled_cache._stored(name, glossary, compile_glossary) is not None  # stored again


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "empty"])
def test_a_damaged_gate_is_not_trusted(cache: Path, tmp_path: Path, damage: str) -> None:
    glossary = _small_glossary(tmp_path)
    _restored(glossary)
    [gate] = [p for p in cache.iterdir() if p.name.endswith("-anchors.msgpack") and p.name.startswith("compiled-")]
    data = bytearray(gate.read_bytes())
    if damage == "flip a byte":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        del data[len(data) - 3 :]
    else:
        data = bytearray()
    gate.write_bytes(bytes(data))
    compiled_cache._MEMO.clear()
    again = compiled_cache.compiled(glossary)
    assert again.anchors is None  # read from the entry itself, which is whole
    assert scan("Une carence en NEMO est traitée.", again)
    compiled_cache._MEMO.clear()
    assert compiled_cache.compiled(glossary).anchors  # and the gate stored again


def test_parts_round_trip_and_are_signed(cache: Path) -> None:
    parts = [b"head", b"", b"x" * 100_000, "é".encode()]
    store.store_parts("p/entry.msgpack", parts)
    assert store.load_parts("p/entry.msgpack") == parts
    assert store.load_entry("p/entry.msgpack") is None  # not a single payload
    store.store_entry("p/single.msgpack", b"payload")
    assert store.load_parts("p/single.msgpack") is None and store.load_entry("p/single.msgpack") == b"payload"
    path = cache / "p" / "entry.msgpack"
    # Signed with another key: a miss.
    header = len(parts).to_bytes(4, "little") + b"".join(len(p).to_bytes(8, "little") for p in parts)
    forged = store._signature(b"k" * 32, "p/entry.msgpack", header, store._PARTS_MAGIC, parts)
    path.write_bytes(store._PARTS_MAGIC + forged + header + b"".join(parts))
    assert store.load_parts("p/entry.msgpack") is None
    # Renamed: the name is signed too.
    store.store_parts("p/entry.msgpack", parts)
    path.rename(cache / "p" / "other.msgpack")
    assert store.load_parts("p/other.msgpack") is None


def test_a_change_of_the_loaders_code_changes_the_fingerprint(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader generates rules (collocations and their derived classes): compiled entries
    are named after the fingerprint, so a new loader must not find the old entries."""
    from medgloss.glossary import loader

    generator = tmp_path / "generator.py"
    generator.write_text("CLASSES = ('maladie',)\n", encoding="utf-8")
    monkeypatch.setattr(loader, "_LOADER_MODULES", (*loader._LOADER_MODULES, str(generator)))
    loader._loader_code_digest.cache_clear()
    first = _small_glossary(tmp_path)
    name = compiled_cache._entry_name(first)
    assert first.fingerprint and name is not None

    generator.write_text("CLASSES = ('maladie', 'infection')\n", encoding="utf-8")
    loader._loader_code_digest.cache_clear()
    second = _small_glossary(tmp_path)
    loader._loader_code_digest.cache_clear()  # the next test sees the real modules again

    assert second.fingerprint != first.fingerprint
    assert compiled_cache._entry_name(second) != name
    assert second.concepts.keys() == first.concepts.keys()
