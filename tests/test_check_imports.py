"""What a check loads: no scikit-learn or scipy ever, no spaCy or verbecc where no parse is needed.

Each case runs ``medgloss check`` in a fresh interpreter (the glossary compiled beforehand,
as a user's second run finds it) and lists the heavy modules it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medgloss.api import checker_for
from medgloss.checks.engine import _target_from_concept, _target_from_rule_term

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "seeds" / "000_1927d8f9a20f693b.txt"
HEAVY = ("spacy", "verbecc", "sklearn", "scipy", "thinc")

_PROBE = """
import sys, runpy, atexit, json
def report():
    sys.__stderr__.write("\\nIMPORTED " + json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)) + "\\n")
    sys.__stderr__.flush()
atexit.register(report)
sys.argv = ["medgloss", *{argv!r}]
from medgloss.cli.main import main
code = main(sys.argv[1:])
report()
raise SystemExit(code)
"""


def _imported(tmp_path: Path, *argv: str) -> set[str]:
    code = _PROBE.format(heavy=HEAVY, argv=list(argv))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    line = next(l for l in done.stderr.splitlines() if l.startswith("IMPORTED "))
    return set(json.loads(line.removeprefix("IMPORTED ")))


@pytest.fixture(scope="module", autouse=True)
def _compiled() -> None:
    checker_for()  # the compiled glossary in the test cache, as after a first run


@pytest.mark.parametrize("fix", [(), ("--diff",), ("--fix",)])
@pytest.mark.parametrize(
    "line",
    [
        "Le fichier de configuration est relu à chaque démarrage du service.",  # clean
        "Les IVIG sont préparées à partir du plasma.",  # a finding, its fix needs no parse
        "Le syndrome de carence en NEMO touche surtout les garçons.",
        "Une carence en NEMO est traitée.",  # its fix needs agreement: decided by the lexicon
    ],
)
def test_one_line_file_loads_neither_spacy_nor_verbecc(tmp_path: Path, line: str, fix: tuple[str, ...]) -> None:
    path = tmp_path / "one.txt"
    path.write_text(line + "\n", encoding="utf-8")
    assert _imported(tmp_path, "check", *fix, str(path)) == set()
    if fix == ("--fix",) and "IVIG" in line:
        assert "IgIV" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fix", [(), ("--diff",)])
def test_the_users_sample_loads_neither_spacy_nor_verbecc(tmp_path: Path, fix: tuple[str, ...]) -> None:
    if not SAMPLE.is_file():
        pytest.skip("the user's sample (../shared/seeds) is not present")
    assert _imported(tmp_path, "check", *fix, str(SAMPLE)) == set()


CATALOGS = ROOT / "tests" / "data" / "evidence" / "catalogs" / "gnuhealth"


@pytest.mark.parametrize("select", [(), ("--select", "MG204,MG111")])
def test_a_real_translated_catalog_loads_neither_spacy_nor_verbecc(tmp_path: Path, select: tuple[str, ...]) -> None:
    catalogs = sorted(str(p) for p in CATALOGS.glob("*.fr.po"))
    assert catalogs, "the committed GNU Health catalogs are missing"
    assert _imported(tmp_path, "check", *select, *catalogs) == set()


def test_jobs_2_loads_neither_spacy_nor_verbecc_before_forking(tmp_path: Path) -> None:
    # The parent preloads what its workers share (batch.preload): that must not be the parser.
    files = [str(ROOT / "examples" / name) for name in ("nemo-leaflet.txt", "notice.txt")]
    assert _imported(tmp_path, "check", "--jobs", "2", *files) == set()


def test_spacy_and_verbecc_load_without_sklearn_or_scipy(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from medgloss.french.parse import load_nlp\n"
        "from medgloss.french.verbs import conjugate\n"
        "assert load_nlp()('Le diagnostic est posé.')[3].pos_ in ('VERB', 'ADJ')\n"
        "assert any(form == 'atténuait' for form, _ in conjugate('atténuer'))\n"
        "print(sorted(m for m in ('sklearn', 'scipy', 'spacy', 'verbecc') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "['spacy', 'verbecc']"


def test_every_replacement_is_inflected_when_the_glossary_is_compiled() -> None:
    compiled = checker_for().compiled
    glossary = compiled.glossary
    wanted = []
    for concept in glossary.concepts.values():
        for term in concept.terms:
            if term.status.is_wrong:
                wanted.append(_target_from_concept(concept, concept.correction_for(term), term))
    for rule in glossary.rules.values():
        concept = glossary.concepts[rule.concept]
        wanted += [_target_from_rule_term(t) for t in rule.replace] or [
            _target_from_concept(concept, concept.preferred.text, concept.preferred)
        ]
    assert any(t.pos == "verb" for t in wanted)
    missing = [t for t in wanted if (t.text, t.pos, t.number) not in compiled.target_forms]
    assert missing == []
