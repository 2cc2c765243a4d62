"""The editor's fix-all applies only the fixes of findings the editor shows: its later passes
keep the severity floor and the per-code overrides of the settings."""

from __future__ import annotations

from pathlib import Path

from medgloss.server.actions import fix_all
from medgloss.server.analysis import analyse
from medgloss.server.config import ClientSettings
from medgloss.server.glossaries import GlossaryCache

# An error (« humidifier », English "dampen") and a superseded term (info).  (A bare English
# acronym such as « (SCID) » is a warning since issue 16, so it cannot be the info finding.)
TEXT = ("Ce déficit lié au chromosome X est traité par greffe. "
        "Des médicaments pour humidifier le système immunitaire.\n")


def _fixed(tmp_path: Path, client: ClientSettings) -> str | None:
    uri = (tmp_path / "notice.txt").as_uri()
    analysis = analyse(uri, "plaintext", TEXT, 1, client, GlossaryCache())
    action = fix_all(analysis, versioned=False)
    if action is None:
        return None
    (edits,) = action.edit.changes.values()
    assert len(edits) >= 1
    return edits


def _rules(tmp_path: Path, client: ClientSettings) -> set[str]:
    uri = (tmp_path / "notice.txt").as_uri()
    return {f.rule for f in analyse(uri, "plaintext", TEXT, 1, client, GlossaryCache()).findings}


def _new_texts(edits) -> str:
    """The document after the action's edits (one line, no character outside the BMP)."""
    lines = TEXT.split("\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = edit.range.start, edit.range.end
        assert start.line == end.line == 0
        lines[0] = lines[0][: start.character] + edit.new_text + lines[0][end.character :]
    return "\n".join(lines)


def test_at_the_info_floor_both_fixes_apply(tmp_path: Path) -> None:
    client = ClientSettings(min_severity="info")
    assert _rules(tmp_path, client) >= {"MG103", "MG109"}
    new = _new_texts(_fixed(tmp_path, client))
    assert "atténuer" in new and "lié à l’X" in new


def test_a_warning_floor_leaves_the_info_finding_alone(tmp_path: Path) -> None:
    client = ClientSettings(min_severity="warning")
    assert "MG109" not in _rules(tmp_path, client)
    new = _new_texts(_fixed(tmp_path, client))
    assert "atténuer" in new and "lié à l’X" not in new


def test_an_override_below_the_floor_is_not_fixed_either(tmp_path: Path) -> None:
    client = ClientSettings(min_severity="warning", severity=(("MG103", "info"),))
    assert _fixed(tmp_path, client) is None
