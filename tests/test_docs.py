"""The documentation runs: README.md and docs/*.md code blocks, the JSON formats against their
schemas, and the custom glossary example (issue 21: « a person following the README from a
fresh clone meets no surprise »).

Blocks are run in a temporary folder holding a copy of ``examples/`` and the placeholder
documents the README names (``leaflet.txt``, ``docs/``, ``app-fr.po``…), as edsnlp runs its
documentation:

- ```` ```python ```` blocks are executed (one namespace per file, in order);
- in ```` ```sh ```` blocks, every line starting with ``medgloss`` is run by the shell (pipes
  and redirections included) and must exit 0 or 1 (1: findings left), never 2 nor with a
  traceback; ```` ```console ```` blocks run their ``$ medgloss …`` lines and every output line
  shown must appear in the real output, in order (a line ending in « … » is a prefix; no-break
  spaces compare as spaces; a block showing ``medgloss: error:`` must exit 2);
- ``<!-- file: NAME -->`` before a block writes the block to NAME first (a configuration file);
- ``<!-- same-as: PATH -->`` before a block: the block is the repository file PATH, verbatim;
- ``<!-- output-of: COMMAND -->`` before a ```` ```json ```` or ```` ```text ```` block: the
  block is what COMMAND prints today;
- ``<!-- not-tested: reason -->`` before a block skips it.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SCHEMAS = ROOT / "docs" / "schemas"
EXAMPLE_GLOSSARY = ROOT / "examples" / "my-glossary.yaml"
# Fields DESIGN.md announces that another change adds: shown in the examples already, compared
# with the real output as soon as it has them.
ANNOUNCED = {"corrected"}

_FENCE = re.compile(r"^(?:<!--\s*(?P<directive>[a-z-]+):\s*(?P<argument>.*?)\s*-->\n)?```(?P<lang>[a-z]*)\n(?P<body>.*?)^```$",
                    re.M | re.S)


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    body: str
    directive: str | None
    argument: str

    def __str__(self) -> str:
        return f"{self.page.name}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, with the directive comment just before each."""
    text = page.read_text(encoding="utf-8")
    return [
        Block(page, text.count("\n", 0, m.start("body")), m["lang"], m["body"], m["directive"], m["argument"] or "")
        for m in _FENCE.finditer(text)
    ]


ALL_BLOCKS = [b for page in PAGES for b in blocks(page)]
_PO = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"

msgid "The treatment dampened the immune response."
msgstr "Le traitement humidifiait la réponse immunitaire."

msgid "Infusions are given through a cannula in a vein."
msgstr "Les perfusions passent par une canule dans une veine."
'''
_XLIFF = '''<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="fr" datatype="plaintext" original="leaflet">
    <body>
      <trans-unit id="1"><source>The diagnosis is reached by a blood test.</source>
        <target>Le diagnostic est atteint par une prise de sang.</target></trans-unit>
    </body>
  </file>
</xliff>
'''
_TMX = '''<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="test" creationtoolversion="1" o-tmf="none"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>Steroids dampen inflammation.</seg></tuv>
<tuv xml:lang="fr"><seg>Les stéroïdes humidifient l’inflammation.</seg></tuv></tu>
</body></tmx>
'''


def workspace(folder: Path) -> Path:
    """A folder with what the documentation's examples read: examples/ and placeholder files."""
    shutil.copytree(ROOT / "examples", folder / "examples")
    leaflet = (ROOT / "examples" / "nemo-leaflet.txt").read_text(encoding="utf-8")
    (folder / "leaflet.txt").write_text(leaflet, encoding="utf-8")
    (folder / "leaflet.md").write_text("# Notice\n\n" + leaflet, encoding="utf-8")
    (folder / "docs").mkdir()
    (folder / "docs" / "nemo.md").write_text("# NEMO\n\n" + leaflet, encoding="utf-8")
    (folder / "docs" / "asthma.md").write_text("Prenez deux bouffées de votre pompe en cas de crise d’asthme.\n",
                                               encoding="utf-8")
    (folder / "corpus").mkdir()
    (folder / "corpus" / "notice.txt").write_text(leaflet, encoding="utf-8")
    (folder / "app-fr.po").write_text(_PO, encoding="utf-8")
    (folder / "messages.pot").write_text(re.sub(r'(?m)^msgstr "[^"]+"$', 'msgstr ""', _PO), encoding="utf-8")
    (folder / "leaflet.fr.xlf").write_text(_XLIFF, encoding="utf-8")
    (folder / "memory.tmx").write_text(_TMX, encoding="utf-8")
    project = folder / "project"  # the configuration example of the README
    for sub in ("terms", "docs", "drafts"):
        (project / sub).mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "my-glossary.yaml", project / "terms" / "asthma.yaml")
    (project / "docs" / "nemo.txt").write_text(leaflet, encoding="utf-8")
    (project / "docs" / "asthma.md").write_text("Prenez deux bouffées de votre pompe en cas de crise d’asthme.\n",
                                                encoding="utf-8")
    (project / "drafts" / "draft.md").write_text(leaflet, encoding="utf-8")
    exported = run_shell("medgloss glossary export --format tbx --no-default-glossary "
                         "--glossary examples/my-glossary.yaml -o reviewed.tbx", folder)
    assert exported.returncode == 0, exported.stderr
    return folder


def run_shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``command`` through the shell, ``medgloss`` being this checkout's."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "LANGUAGE": "en", "NO_COLOR": "1"}
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


def _runnable(block: Block) -> bool:
    return block.directive != "not-tested" and (
        block.lang == "python" or (block.lang in ("sh", "console") and _commands(block)))


def _commands(block: Block) -> list[str]:
    lines = []
    for line in block.body.splitlines():
        line = line.removeprefix("$ ") if block.lang == "console" else line
        if line.startswith("medgloss "):
            lines.append(line)
    return lines


def _expected_lines(block: Block) -> list[str]:
    return [line for line in block.body.splitlines() if line and not line.startswith("$ ")]


def _plain(line: str) -> str:
    # medgloss prints French typography; the pages are typed with plain spaces.
    return line.replace("\u00a0", " ").replace("\u202f", " ")


def _appears_in_order(expected: list[str], actual: list[str]) -> bool:
    expected, actual = [_plain(line) for line in expected], [_plain(line) for line in actual]
    position = 0
    for want in expected:
        while position < len(actual):
            got = actual[position]
            position += 1
            if got == want or (want.endswith("…") and got.startswith(want[:-1])):
                break
        else:
            return False
    return True


@pytest.fixture(scope="module")
def pages_run(tmp_path_factory) -> dict[str, str]:
    """Run every page's blocks in order, in one workspace per page; the failures by block."""
    failures: dict[str, str] = {}
    for page in PAGES:
        folder = workspace(tmp_path_factory.mktemp(page.stem))
        namespace: dict[str, object] = {"__name__": "__docs__"}
        for block in blocks(page):
            if block.directive == "file":
                (folder / block.argument).parent.mkdir(parents=True, exist_ok=True)
                (folder / block.argument).write_text(block.body, encoding="utf-8")
            if not _runnable(block):
                continue
            if block.lang == "python":
                previous = Path.cwd()
                os.chdir(folder)
                try:
                    with contextlib.redirect_stdout(io.StringIO()):
                        exec(compile(block.body, str(block), "exec"), namespace)
                except Exception as error:  # noqa: BLE001 - reported with the block's place
                    failures[str(block)] = f"{type(error).__name__}: {error}"
                finally:
                    os.chdir(previous)
                continue
            output: list[str] = []
            for command in _commands(block):
                done = run_shell(command, folder)
                # A console block that shows an error shows the exit-2 case on purpose.
                shows_error = block.lang == "console" and any(
                    line.startswith("medgloss: error:") for line in _expected_lines(block))
                if done.returncode not in ((2,) if shows_error else (0, 1)) or "Traceback" in done.stderr:
                    failures[str(block)] = f"`{command}` exit {done.returncode}: {done.stderr.strip()[-500:]}"
                    break
                output.extend((done.stdout + done.stderr).splitlines())
            else:
                if block.lang == "console" and not _appears_in_order(_expected_lines(block), output):
                    failures[str(block)] = "output differs:\n" + "\n".join(output[:40])
    return failures


@pytest.mark.parametrize("block", [b for b in ALL_BLOCKS if _runnable(b)], ids=str)
def test_every_code_block_runs(block: Block, pages_run: dict[str, str]) -> None:
    assert str(block) not in pages_run, pages_run.get(str(block))


def test_the_runner_sees_the_blocks_it_must_run() -> None:
    # The test above could not fail if the block parser found nothing.
    readme = [b for b in ALL_BLOCKS if b.page.name == "README.md" and _runnable(b)]
    assert {b.lang for b in readme} >= {"python", "sh", "console"}
    assert sum(len(_commands(b)) for b in readme) >= 40
    assert all(b.argument for b in ALL_BLOCKS if b.directive == "not-tested"), "say why a block is not tested"


def test_the_runner_catches_a_wrong_output_and_a_bad_command(tmp_path) -> None:
    folder = workspace(tmp_path)
    done = run_shell("medgloss check --select MG999 leaflet.txt", folder)
    assert done.returncode == 2
    assert _appears_in_order(["a", "c…"], ["a", "b", "cd"]) and not _appears_in_order(["c", "a"], ["a", "b", "c"])


def test_blocks_that_show_a_file_are_that_file() -> None:
    shown = [b for b in ALL_BLOCKS if b.directive == "same-as"]
    assert any(b.argument == "examples/my-glossary.yaml" for b in shown)
    for block in shown:
        assert block.body == (ROOT / block.argument).read_text(encoding="utf-8"), block


@pytest.mark.parametrize("block", [b for b in ALL_BLOCKS if b.directive == "output-of"], ids=str)
def test_shown_output_is_todays(block: Block) -> None:
    done = run_shell(block.argument, ROOT)
    assert done.returncode in (0, 1), done.stderr
    if block.lang != "json":
        assert done.stdout.rstrip("\n") == block.body.rstrip("\n")
        return
    shown, actual = json.loads(block.body), json.loads(done.stdout)
    _same(shown, actual, "$")


def _same(shown: object, actual: object, where: str) -> None:
    if isinstance(shown, dict) and isinstance(actual, dict):
        assert set(actual) <= set(shown), f"{where}: fields not documented: {set(actual) - set(shown)}"
        for key, value in shown.items():
            if key in ANNOUNCED and key not in actual:
                continue
            assert key in actual, f"{where}.{key} is shown but not printed"
            _same(value, actual[key], f"{where}.{key}")
    elif isinstance(shown, list) and isinstance(actual, list):
        assert len(shown) == len(actual), where
        for i, (a, b) in enumerate(zip(shown, actual)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert shown == actual, where


# — the JSON formats against their schemas —

def _schema(name: str) -> dict:
    schema = json.loads((SCHEMAS / f"{name}-1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _validate(document: dict) -> None:
    name = "check" if "findings" in document else "extract"
    jsonschema.validate(document, _schema(name), cls=jsonschema.Draft202012Validator)


def _is_output(block: Block) -> bool:
    # JSON blocks that show medgloss's output (not, say, an editor's settings).
    try:
        shown = json.loads(block.body)
    except ValueError:
        return False
    return isinstance(shown, dict) and "version" in shown and ("findings" in shown or "terms" in shown)


@pytest.mark.parametrize("block", [b for b in ALL_BLOCKS if b.lang == "json" and _is_output(b)], ids=str)
def test_documented_json_validates(block: Block) -> None:
    _validate(json.loads(block.body))


@pytest.fixture(scope="module")
def real_outputs(tmp_path_factory) -> dict[str, dict]:
    folder = workspace(tmp_path_factory.mktemp("formats"))
    outputs = {}
    for name, command in {
        "check-txt": "medgloss check --format json leaflet.txt examples/notice.txt",
        "check-po": "medgloss check --format json app-fr.po leaflet.fr.xlf memory.tmx",
        "check-none": "medgloss check --format json --select MG106 examples/notice.txt",
        "extract": "medgloss extract --format json --all-readings leaflet.md examples/notice.txt",
    }.items():
        done = run_shell(command, folder)
        assert done.returncode in (0, 1), done.stderr
        outputs[name] = json.loads(done.stdout)
    outputs["texts"] = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file()}  # type: ignore[assignment]
    outputs["texts"]["examples/notice.txt"] = (folder / "examples" / "notice.txt").read_text(encoding="utf-8")
    return outputs


@pytest.mark.parametrize("name", ["check-txt", "check-po", "check-none", "extract"])
def test_real_json_validates(name: str, real_outputs: dict[str, dict]) -> None:
    _validate(real_outputs[name])


def test_real_json_is_what_the_format_page_says(real_outputs: dict[str, dict]) -> None:
    texts = real_outputs["texts"]
    findings = real_outputs["check-txt"]["findings"] + real_outputs["check-po"]["findings"]
    assert {f["rule"] for f in findings} >= {"MG101", "MG103", "MG105"}
    assert any(f.get("context", {}).get("msgid") for f in real_outputs["check-po"]["findings"])
    for f in real_outputs["check-txt"]["findings"]:
        text = texts[f["path"]]
        assert text[f["offset"]:f["offset"] + f["length"]] == f["found"]
        if "corrected" in f:  # the whole corrected phrase gives the text the edits give
            edited = text
            for edit in sorted(f["fix"]["edits"], key=lambda e: -e["offset"]):
                edited = edited[:edit["offset"]] + edit["text"] + edited[edit["offset"] + edit["length"]:]
            c = f["corrected"]
            assert text[:c["offset"]] + c["text"] + text[c["offset"] + c["length"]:] == edited
    terms = real_outputs["extract"]["terms"]
    assert any("alternatives" in t for t in terms)
    for t in terms:
        assert texts[t["path"]][t["offset"]:t["offset"] + t["length"]] == t["found"]


def test_the_schemas_reject_what_breaks_the_contract(real_outputs: dict[str, dict]) -> None:
    finding = real_outputs["check-txt"]["findings"][0]
    for broken in ({**finding, "severity": "fatal"}, {k: v for k, v in finding.items() if k != "found"},
                   {**finding, "fix": {"applicability": "maybe", "title": "", "edits": []}},
                   {**finding, "corrected": {"offset": 0, "length": 1}}):
        with pytest.raises(jsonschema.ValidationError):
            _validate({"version": 1, "findings": [broken], "summary": {"files": 1, "findings": 1}})
    term = real_outputs["extract"]["terms"][0]
    with pytest.raises(jsonschema.ValidationError):
        _validate({"version": 1, "terms": [{**term, "status": "unknown"}]})


def test_extract_csv_has_the_documented_columns_with_alternatives(tmp_path) -> None:
    folder = workspace(tmp_path)
    done = run_shell("medgloss extract --format csv examples/notice.txt", folder)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header == "path,line,column,offset,length,found,canonical,concept,status,alternatives"
    assert "examples/notice.txt,1,49,48,10,perfusions,perfusion,infusion,preferred,infuse" in rows


# — the custom glossary example —

def test_example_glossary_validates_and_its_examples_pass(tmp_path) -> None:
    for glossary in (["--glossary", str(EXAMPLE_GLOSSARY)],
                     ["--no-default-glossary", "--glossary", str(EXAMPLE_GLOSSARY)]):
        validated = run_shell("medgloss glossary validate " + " ".join(glossary), tmp_path)
        assert validated.returncode == 0, validated.stdout + validated.stderr
        tested = run_shell("medgloss glossary test -v --rule pompe-inhalateur " + " ".join(glossary), tmp_path)
        assert tested.returncode == 0 and re.search(r"\b3 passed, 0 failed", tested.stdout), tested.stdout


def test_check_with_the_example_glossary_finds_its_rule_and_its_terms(tmp_path) -> None:
    doc = tmp_path / "asthme.txt"
    doc.write_text("Prenez deux bouffées de votre pompe en cas de crise d’asthme.\n"
                   "La pompe à insuline délivre l’insuline en continu.\n"
                   "Rincez le spacer après usage.\n", encoding="utf-8")
    done = run_shell(f"medgloss check --format json --glossary {EXAMPLE_GLOSSARY} {doc}", tmp_path)
    found = {(f["line"], f["rule"], f["rule_id"], f["found"]) for f in json.loads(done.stdout)["findings"]}
    assert found == {(1, "MG108", "pompe-inhalateur", "pompe"), (3, "MG101", None, "spacer")}
    without = run_shell(f"medgloss check --format json {doc}", tmp_path)
    assert not any(f["rule_id"] == "pompe-inhalateur" for f in json.loads(without.stdout)["findings"])
