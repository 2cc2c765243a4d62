"""--jobs: what the parent loads before forking its workers (medgloss.batch.preload)."""

from __future__ import annotations

import json
import subprocess
import sys

import medgloss
from medgloss.api import check_text
from medgloss.batch.preload import warm_up_text


def test_warm_up_is_wrong_examples_that_the_detectors_flag() -> None:
    glossary = medgloss.default_glossary()
    text = warm_up_text(glossary)
    wrong = {e.text for rule in glossary.rules.values() for e in rule.examples if e.is_wrong}
    paragraphs = text.strip().split("\n\n")
    assert 10 <= len(paragraphs) <= 30 and set(paragraphs) <= wrong
    # Spread over the rules, so more than one detector builds its tables.
    found = check_text(text, glossary=glossary)
    assert len({f.rule for f in found}) >= 2


_PROBE = """
import json, sys
import medgloss
from medgloss.api import checker_for
from medgloss.batch.preload import preload
from medgloss.matching.compiled import Deferred
glossary = medgloss.default_glossary()
preload(glossary)
compiled = checker_for(glossary).compiled
deferred = [name for index in (compiled, compiled.calque_index) if index is not None
            for name in ("_automaton", "_keys", "_context_forms", "_target_forms")
            if type(getattr(index, name, None)) is Deferred]
print(json.dumps({"deferred": deferred,
                  "heavy": sorted({m.split(".")[0] for m in sys.modules} & {"spacy", "verbecc", "sklearn"})}))
"""


def test_preload_reads_every_deferred_part_and_loads_no_parser() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"deferred": [], "heavy": []}
