"""Scale-out and large inputs: streamed windows, --jobs, the slow reference path, line index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medgloss.batch import stream
from medgloss.api import check_text
from medgloss.text.positions import LineIndex

# Sentences of our own: prose without terms, and sentences with glossary errors (some need
# spaCy, some a mention of a concept in the previous sentence).
PROSE = [
    "Le fichier de configuration est relu à chaque démarrage du service.",
    "Chaque utilisateur dispose d’un répertoire personnel sur le serveur.",
    "La commande affiche la liste des paquets installés, triés par nom.",
]
MEDICAL = [
    "L’immunoglobuline est administrée par perfusion à travers une canule dans une veine.",
    "Des médicaments biologiques peuvent humidifier le système immunitaire.",
    "Le traitement commence dès qu’un diagnostic est atteint.",
    "L’injection intra-veineuse doit être faite lentement.",
    "Une réponse auto-immune peut être traitée avec des stéroïdes.",
]


# These need no parse: CLI tests with several processes stay fast without spaCy loading.
LIGHT = MEDICAL[1:4:2] + ["Le syndrome de carence en NEMO touche surtout les garçons.", "Les IVIG sont préparées à partir du plasma."]


def _document(paragraphs: int, newline: str = "\n", medical: list[str] = MEDICAL) -> str:
    out = []
    for i in range(paragraphs):
        sentences = [PROSE[(i + k) % len(PROSE)] for k in range(i % 4 + 1)]
        if i % 3 == 0:
            sentences.insert(i % 2, medical[i % len(medical)])
        out.append(" ".join(sentences) if i % 5 else newline.join(sentences))
    return (newline * 2).join(out) + newline


def _dicts(findings) -> list[dict]:
    return [f.to_dict() for f in findings]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_chunked_check_equals_whole_check(newline: str) -> None:
    text = _document(120, newline)
    whole = _dicts(check_text(text))
    assert len(whole) >= 30
    for size in (300, 1000, 5000):
        assert _dicts(stream.check_chunked_text(text, size=size, piece=97)) == whole


def test_overlong_lines_are_cut_and_keep_columns() -> None:
    # One 60,000-character line: chunks are cut at spaces, positions stay global.
    text = " ".join(PROSE * 300 + [MEDICAL[0]] + PROSE * 300)
    whole = _dicts(check_text(text))
    assert [f["line"] for f in whole] == [1]
    assert _dicts(stream.check_chunked_text(text, size=4000)) == whole


def test_cli_streams_large_files_with_identical_output(cli, tmp_path, monkeypatch) -> None:
    text = _document(400, medical=LIGHT)
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    whole = cli("check", "--format", "json", "big.txt")
    from medgloss.cli.main import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(stream, "STREAM_BYTES", 1000)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 2000)
    assert main(["check", "--format", "json", "--output-file", "streamed.json", "big.txt"]) == 1
    assert json.loads((tmp_path / "streamed.json").read_text()) == json.loads(whole.stdout)


def test_jobs_keep_single_process_order(cli, tmp_path) -> None:
    for i in range(6):
        (tmp_path / f"doc{i}.txt").write_text(_document(10 + 7 * i, medical=LIGHT), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("Une canule, été.\n".encode("latin-1"))
    one = cli("check", "--format", "json", ".")
    two = cli("check", "--jobs", "3", "--format", "json", ".")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr
    paths = [f["path"] for f in json.loads(two.stdout)["findings"]]
    assert paths == sorted(paths) and len(set(paths)) == 6


def test_jobs_fix_gives_the_same_files(cli, tmp_path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for i in range(4):
            (tmp_path / folder / f"doc{i}.txt").write_text(_document(6 + i, medical=LIGHT), encoding="utf-8")
    cli("check", "--fix", "a")
    cli("check", "--fix", "--jobs", "2", "b")
    for i in range(4):
        fixed = (tmp_path / "a" / f"doc{i}.txt").read_text(encoding="utf-8")
        assert fixed == (tmp_path / "b" / f"doc{i}.txt").read_text(encoding="utf-8")
        assert "humidifier" not in fixed and "atténuer" in fixed


def test_exhaustive_path_gives_the_same_findings() -> None:
    text = _document(40)
    fast = _dicts(check_text(text))
    assert fast and fast == _dicts(check_text(text, exhaustive=True))


def test_exhaustive_path_gives_the_same_findings_on_real_french() -> None:
    # Real professional French (the usage corpus) with our medical sentences between its
    # paragraphs: long enough that the sentence index replaces the local scans midway.
    usage = Path(__file__).parent / "data" / "evidence" / "usage"
    paragraphs = []
    for source in sorted(usage.rglob("*.txt")):
        body = source.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        paragraphs += [p for p in body.split("\n") if p.strip()][:40]
    for i, sentence in enumerate(MEDICAL):
        paragraphs.insert(3 * i + 1, sentence)
    text = "\n\n".join(paragraphs) + "\n"
    assert len(text) > 12_000
    fast = _dicts(check_text(text))
    assert len(fast) >= len(MEDICAL) - 1 and fast == _dicts(check_text(text, exhaustive=True))


def test_line_index_counts_every_newline_style() -> None:
    index = LineIndex("a\r\nb\rc\nd")
    assert [index.position(i) for i in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert index.position(1) == (1, 2)  # the \r of \r\n belongs to line 1


def _square(n: int) -> int:
    return n * n


def test_ordered_map_keeps_task_order_when_the_costliest_go_first() -> None:
    from medgloss.batch.parallel import ordered_map

    tasks = list(range(40))  # more than one batch, made lazily below
    expected = [n * n for n in tasks]
    assert list(ordered_map(_square, iter(tasks), 2, cost=lambda n: n % 7)) == expected
    assert list(ordered_map(_square, (n for n in tasks), 3)) == expected
    assert list(ordered_map(_square, [], 2, cost=float)) == []


@pytest.mark.parametrize("files", [1, 3])
def test_jobs_on_streamed_files_give_the_single_process_output(tmp_path, monkeypatch, files: int) -> None:
    # One streamed file: its windows are spread over the workers; as many files as workers or
    # more: each worker streams whole files (cli.check._run_streamed).  Both must print what
    # one process prints, findings whose decisions need the whole document included.
    from medgloss.cli.main import main

    for i in range(files):
        (tmp_path / f"big{i}.txt").write_text(_document(120 + 40 * i, medical=LIGHT), encoding="utf-8")
    (tmp_path / "small.txt").write_text(LIGHT[0] + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(stream, "STREAM_BYTES", 1000)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 2000)
    outputs = []
    for jobs in ("1", "2"):
        out = f"jobs{jobs}.json"
        assert main(["check", "--no-cache", "--jobs", jobs, "--format", "json", "--output-file", out, "."]) == 1
        outputs.append(json.loads((tmp_path / out).read_text()))
    assert outputs[0] == outputs[1]
    assert {f["path"] for f in outputs[0]["findings"]} >= {f"big{i}.txt" for i in range(files)}
