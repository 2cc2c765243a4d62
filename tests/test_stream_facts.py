"""A large file checked in windows decides what its detectors read from the whole text for
the whole text (batch/stream.py, checks/document_facts.py): crafted documents whose fact (a
mention, a gloss, the density of medical terms, the evidence of machine translation) sits in
another window than the finding it decides, checked whole and in windows.

Each test first shows that the window of the finding, checked alone, decides otherwise: the
document exercises the fact, and a per-window decision would get it wrong."""

from __future__ import annotations

import pytest

from medgloss.api import check_text
from medgloss.batch import stream
from medgloss.checks import document_facts as df

# Sentences of our own, no glossary term among them.
PROSE = [
    "Le fichier de configuration est relu à chaque démarrage du service.",
    "Chaque utilisateur dispose d’un répertoire personnel sur le serveur.",
    "La commande affiche la liste des paquets installés, triés par nom.",
]
# Correct medical French of our own (glossary terms, no finding).
MEDICAL = [
    "Le médecin prescrit une prise de sang pour mesurer les globules blancs.",
    "Le traitement par immunoglobulines est administré à l’hôpital.",
]
SIZE = 3000  # chunks of a few thousand characters: the 12,000-character overlap is wider


def _filler(characters: int) -> str:
    """Paragraphs of prose without a term, about ``characters`` long."""
    paragraphs, length, i = [], 0, 0
    while length < characters:
        paragraph = " ".join(PROSE[(i + k) % len(PROSE)] for k in range(3))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        i += 1
    return "\n\n".join(paragraphs)


def _medical(sentences: int) -> str:
    return "\n\n".join(" ".join(MEDICAL) for _ in range(sentences // 2))


def _dicts(findings) -> list[dict]:
    return [f.to_dict() for f in findings]


def _found(findings, rule: str, found: str, severity: str | None = None) -> bool:
    return any(f.rule == rule and f.found == found and (severity is None or f.severity == severity) for f in findings)


def _same_in_windows(text: str) -> list:
    whole = check_text(text)
    assert _dicts(stream.check_chunked_text(text, size=SIZE, piece=1000)) == _dicts(whole)
    return whole


def test_a_concept_mentioned_in_another_window_makes_its_reshuffled_acronym_a_finding() -> None:
    use = "Le DCIV se traite par des perfusions régulières."
    text = "Le déficit immunitaire commun variable est rare.\n\n" + _filler(30000) + "\n\n" + use + "\n"
    assert not _found(check_text(_filler(15000) + "\n\n" + use), "MG112", "DCIV")  # the window alone
    assert _found(_same_in_windows(text), "MG112", "DCIV")


def test_the_whole_document_decides_whether_it_is_medical() -> None:
    use = "Les enfants atteints de SCID restent à la maison."
    assert _found(check_text(use), "MG111", "SCID")
    # Medical by its first part, though the window of the acronym holds no medical term.
    text = _medical(160) + "\n\n" + _filler(20000) + "\n\n" + use + "\n"
    assert not _found(check_text(_filler(15000) + "\n\n" + use), "MG111", "SCID")
    assert _found(_same_in_windows(text), "MG111", "SCID")
    # Not medical as a whole, though the window of the acronym, checked alone, is.
    text = _filler(60000) + "\n\n" + _medical(40) + "\n\n" + use + "\n"
    assert _found(check_text(_medical(40) + "\n\n" + use), "MG111", "SCID")
    assert not _found(_same_in_windows(text), "MG111", "SCID")


def test_an_acronym_glossed_as_english_in_another_window_stays_an_english_name() -> None:
    gloss = "La SCID (severe combined immunodeficiency, en anglais) est un déficit grave."
    use = "Les enfants atteints de SCID reçoivent une greffe de moelle osseuse."
    medical = _medical(60)
    window_alone = check_text(medical + "\n\n" + _filler(15000) + "\n\n" + use)
    assert _found(window_alone, "MG111", "SCID", "warning")  # promoted: nothing glosses it there
    text = gloss + "\n\n" + medical + "\n\n" + _filler(15000) + "\n\n" + medical + "\n\n" + use + "\n"
    whole = _same_in_windows(text)
    assert not _found(whole, "MG111", "SCID") and _found(whole, "MG109", "SCID", "info")


def test_evidence_of_machine_translation_in_one_window_raises_an_info_finding_in_another() -> None:
    signs = "\n\n".join(f"Une canule dans une veine du bras {n}." for n in range(1, 41))
    use = "Les cellules T attaquent le virus."
    assert _found(check_text(use), "MG104", "cellules T", "info")
    text = signs + "\n\n" + _filler(16000) + "\n\n" + use + "\n"
    assert _found(check_text(_filler(15000) + "\n\n" + use), "MG104", "cellules T", "info")
    whole = _same_in_windows(text)
    assert _found(whole, "MG104", "cellules T", "warning")


def test_a_window_checked_with_a_wrong_answer_is_checked_again() -> None:
    # The window of the acronym answers « not medical » alone; the document's answer differs,
    # so that window (and only the windows that asked otherwise) is checked once more.
    use = "Les enfants atteints de SCID restent à la maison."
    text = _medical(160) + "\n\n" + _filler(20000) + "\n\n" + use + "\n"
    overlap = stream.overlap_for(stream_glossary())

    def again():
        return stream.windows([text], "<string>", "\u2019", overlap, SIZE)

    results = [stream.check_window(w) for w in again()]
    known = stream.document_answers(results, again)
    assert known[df.MEDICAL] is True
    stale = [r.index for r in results if any(known[k] != v for k, v in r.asked.items())]
    assert stale and len(stale) < len(results)
    assert _found(stream.finish(results, again), "MG111", "SCID")


def stream_glossary():
    from medgloss.api import checker_for

    return checker_for(None).glossary


@pytest.mark.parametrize("size", [2000, 7000])
def test_word_counts_of_the_windows_sum_to_the_document(size: int) -> None:
    from medgloss.text.words import word_count

    text = _medical(20) + "\n\n" + _filler(25000) + " " + "x" * 9000 + " fin\n"
    overlap = stream.overlap_for(stream_glossary())
    results = [stream.check_window(w) for w in stream.windows([text], "<s>", "\u2019", overlap, size)]
    assert sum(r.words for r in results) == word_count(text)


def test_a_streamed_file_gives_the_whole_file_s_report_and_is_cached(tmp_path, monkeypatch, capsys) -> None:
    from medgloss.cli.main import main

    use = "Les enfants atteints de SCID restent à la maison."
    text = "Le déficit immunitaire commun variable est rare.\n\n" + _medical(160) + "\n\n" + _filler(20000) + "\n\n" \
        + use + " Le DCIV se soigne.\n"
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for fmt in ("text", "json"):
        assert main(["check", "--format", fmt, "--no-cache", "--output-file", f"whole.{fmt}", "big.txt"]) == 1
    monkeypatch.setattr(stream, "STREAM_BYTES", 1000)
    monkeypatch.setattr(stream, "CHUNK_CHARS", SIZE)
    for fmt in ("text", "json"):
        assert main(["check", "--format", fmt, "--output-file", f"streamed.{fmt}", "big.txt"]) == 1
        assert (tmp_path / f"streamed.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()
    assert "big.txt:" in (tmp_path / "streamed.text").read_text() and " | " in (tmp_path / "streamed.text").read_text()

    def refuse(*args, **kwargs):
        raise AssertionError("a cached file is not checked again")

    monkeypatch.setattr(stream, "check_window", refuse)
    for fmt in ("text", "json"):
        assert main(["check", "--format", fmt, "--output-file", f"cached.{fmt}", "big.txt"]) == 1
        assert (tmp_path / f"cached.{fmt}").read_bytes() == (tmp_path / f"whole.{fmt}").read_bytes()
    # Changed, it is checked again.
    (tmp_path / "big.txt").write_text(text + "\nUne phrase de plus.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--format", "json", "--output-file", "changed.json", "big.txt"]) not in (0, 1)
    assert "not checked again" in capsys.readouterr().err
