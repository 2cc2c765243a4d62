"""The evidence sets under tests/data/evidence/ are what precision and recall are measured on:
they must keep their provenance, stay quotations, and say exactly what their annotations say.

This checks the data only; figures about medgloss itself live in benchmarks/precision.py and
benchmarks/recall.py (and in the tests of the rules that use them).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("evidence", ROOT / "benchmarks" / "evidence.py")
assert _spec and _spec.loader
evidence = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = evidence  # dataclasses look their module up there
_spec.loader.exec_module(evidence)

SOURCES = evidence.usage_sources()
MT = evidence.mt_devset()
HELDOUT = evidence.mt_heldout()
PROFESSIONAL = evidence.heldout_professional()
FRESH = evidence.mt_fresh()
FREE_LICENCES = {"CC-BY-SA-4.0", "CC-BY-4.0", "Etalab-2.0", "EMA-reuse"}
MT_CLASSES = {
    "calque",
    "false friend",
    "English left",
    "acronym",
    "broken word",
    "wrong collocation",
    "wrong word",
    "wrong unit",
    "agreement",
}
# A quoted (non-free) source gives a few sentences, never a page.
MAX_QUOTED_SOURCE = 1600


def test_manifest_is_the_one_the_files_give():
    committed = json.loads(evidence.MANIFEST.read_text(encoding="utf-8"))
    assert committed == evidence.build_manifest(SOURCES), "run: python benchmarks/evidence.py --manifest"


def test_the_corpus_is_large_and_covers_the_four_varieties():
    assert len(SOURCES) >= 40
    assert sum(s.words for s in SOURCES) >= 10_000
    varieties = Counter(s.variety for s in SOURCES)
    assert set(varieties) == set(evidence.VARIETIES)
    assert min(varieties.values()) >= 5


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_every_source_has_its_provenance(source):
    for key in evidence.HEADER_KEYS:
        assert source.meta.get(key), f"{source.path.name}: {key} missing"
    assert source.meta["url"].startswith(("http://", "https://"))
    assert source.variety in evidence.VARIETIES
    assert source.passages


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_every_passage_is_a_quotation(source):
    for passage in source.passages:
        assert len(passage) < evidence.MAX_PASSAGE, f"{source.path.name}: a passage of {len(passage)} characters"
    if source.free:
        assert source.meta["licence"] in FREE_LICENCES
    else:
        assert sum(len(p) for p in source.passages) <= MAX_QUOTED_SOURCE, f"{source.path.name} quotes too much"


def test_header_parser_rejects_a_file_without_separator(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("url: https://example.org\nUne phrase sans en-tête fermé.\n", encoding="utf-8")
    with pytest.raises(evidence.EvidenceError, match="no '---' line"):
        evidence.parse_usage(bad)


def test_words_are_counted_as_a_reader_counts_them():
    assert evidence.count_words("Les micro-organismes de l’hôpital, 3 fois.") == 6


def test_mt_set_size_and_spread():
    errors = [e for s in MT for e in s.errors]
    assert len(errors) >= 80
    assert len({s.page for s in MT}) >= 10
    assert sum(s.negative for s in MT) >= 10
    assert len({s.id for s in MT}) == len(MT)


@pytest.mark.parametrize("sentence", MT + HELDOUT + PROFESSIONAL + FRESH, ids=lambda s: s.id)
def test_mt_spans_are_where_their_offsets_say(sentence):
    assert sentence.url.startswith(("http://", "https://"))
    assert len(sentence.sentence) < evidence.MAX_PASSAGE
    previous_end = -1
    for e in sorted(sentence.errors, key=lambda e: e.offset):
        assert sentence.sentence[e.offset : e.end] == e.span
        assert e.offset >= previous_end, "two annotated spans overlap"
        previous_end = e.end
        assert e.cls in MT_CLASSES
        assert e.correct and e.correct != e.span


def _site(url: str) -> str:
    host = url.split("/")[2].lower()
    for prefix in ("www.", "fr2.", "fr."):
        host = host.removeprefix(prefix)
    return host


def test_heldout_set_size_and_spread():
    errors = [e for s in HELDOUT for e in s.errors]
    assert len(errors) >= 100
    assert len({s.page for s in HELDOUT}) >= 20
    assert sum(s.negative for s in HELDOUT) >= 30
    assert len({s.id for s in HELDOUT}) == len(HELDOUT)
    assert len({e.cls for e in errors}) >= 6, "the held-out set covers the classes, not one of them"


def test_heldout_pages_come_from_other_sites_than_the_development_sets():
    yaml_urls = set(re.findall(r"url: (https?://\S+)", (ROOT / "benchmarks" / "devset" / "mt-errors.yaml").read_text("utf-8")))
    dev_sites = {_site(u) for u in yaml_urls | {s.url for s in MT}}
    assert not {_site(s.url) for s in HELDOUT} & dev_sites


def test_every_heldout_page_has_one_url_and_gives_negatives_from_the_same_pages():
    urls: dict[str, set[str]] = {}
    for s in HELDOUT:
        urls.setdefault(s.page, set()).add(s.url)
    assert all(len(u) == 1 for u in urls.values())
    negative_pages = {s.page for s in HELDOUT if s.negative}
    assert negative_pages <= set(urls) and len(negative_pages) >= 15


def test_professional_heldout_set_is_correct_text_from_pages_not_in_the_usage_corpus():
    assert len(PROFESSIONAL) >= 40 and all(s.negative for s in PROFESSIONAL)
    assert len({s.page for s in PROFESSIONAL}) >= 15
    assert len({s.id for s in PROFESSIONAL}) == len(PROFESSIONAL)
    usage_urls = {src.meta.get(k) for src in SOURCES for k in ("url", "original")}
    assert not {s.url for s in PROFESSIONAL} & usage_urls
    assert not {s.url for s in PROFESSIONAL} & {s.url for s in HELDOUT}


def test_mt_loader_names_the_line_of_a_span_not_at_its_offset(tmp_path):
    row = {"id": "x1", "page": "p", "url": "https://example.org", "sentence": "Les patients avec DICV.",
           "negative": False, "errors": [{"span": "avec", "offset": 3, "class": "false friend", "correct": "atteints de"}]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n" + json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(evidence.EvidenceError, match=r"bad\.jsonl:2: span 'avec' is not at offset 3"):
        evidence.read_mt_sentences(bad)
    row["errors"][0]["offset"] = 13
    bad.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evidence.read_mt_sentences(bad)[0].errors[0].span == "avec"


def test_mt_loader_rejects_a_negative_with_errors(tmp_path):
    row = {"id": "x1", "page": "p", "url": "https://example.org", "sentence": "Les patients avec DICV.",
           "negative": True, "errors": [{"span": "avec", "offset": 13, "class": "false friend", "correct": "atteints de"}]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(evidence.EvidenceError, match="bad.jsonl:1: negative is True"):
        evidence.read_mt_sentences(bad)


def test_catalogs_are_the_files_their_provenance_describes():
    catalogs = evidence.catalog_sources()
    assert catalogs
    for c in catalogs:
        data = c["path"].read_bytes()
        assert hashlib.sha256(data).hexdigest() == c["sha256"], c["file"]
        assert len(polib.pofile(data.decode("utf-8"))) == c["entries"]
        assert (evidence.CATALOGS / c["licence_file"]).is_file()
        assert len(c["commit"]) == 40 and c["repository"].startswith("https://")


def test_readme_gives_every_source_and_catalog():
    readme = evidence.README.read_text(encoding="utf-8")
    assert evidence.sources_table(evidence.build_manifest(SOURCES)) in readme, "run: python benchmarks/evidence.py --manifest"
    for c in evidence.catalog_sources():
        assert c["path"].name.split(".")[0] in readme


def test_catalog_judgements_point_at_real_entries():
    rows = evidence.catalog_judgements()
    assert sum(r["kind"] == "error" for r in rows) >= 20 and sum(r["kind"] == "finding" for r in rows) >= 20
    catalogs = {c["file"]: polib.pofile(str(c["path"])) for c in evidence.catalog_sources()}
    for r in rows:
        entries = [e for e in catalogs[r["file"]] if e.msgid == r["msgid"] and (e.msgctxt or None) == r["msgctxt"]]
        assert entries and entries[0].msgstr == r["msgstr"], r["msgid"]
        assert r["reason"]
        if r["kind"] == "finding":
            assert r["verdict"] in {"true", "false", "debatable"} and r["found"] in r["msgstr"]
        else:
            assert r["kind"] == "error" and r["msgstr"][r["offset"] : r["offset"] + len(r["span"])] == r["span"]
            assert r["class"] in MT_CLASSES and r["correct"] != r["span"]


def test_fresh_pages_come_from_other_sites_than_the_other_sets():
    others = {_site(s.url) for s in MT + HELDOUT}
    assert not {_site(s.url) for s in FRESH if not s.negative} & others
    assert len({s.id for s in FRESH}) == len(FRESH) and sum(s.negative for s in FRESH) >= 20
