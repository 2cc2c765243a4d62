"""Fuzzing the document readers (hypothesis): any bytes give a document or one clear error.

Every reader registered for an extension (plain text now; Markdown, HTML, PO, XLIFF… as they
are registered) gets random bytes and mutated snippets of its own format.  A reader may
refuse the input only with a :class:`~medgloss.errors.MedglossError` naming the file; what it
accepts must be a document whose view has the text's length and whose findings sit inside
the text.  Bounded examples keep it to seconds in CI; raise ``MEDGLOSS_FUZZ_EXAMPLES`` to
fuzz longer locally.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgloss.api import check_document
from medgloss.documents.registry import READERS, BinaryFileError, load_document
from medgloss.errors import MedglossError

EXAMPLES = int(os.environ.get("MEDGLOSS_FUZZ_EXAMPLES", "60"))

# Seeds that look like each format, to be cut and spliced by hypothesis.
SEEDS = [
    "Une canule dans une veine du bras.\n",
    "# Titre\n\nDes médicaments pour *humidifier* le système `code` immunitaire.\n",
    "<p>Une <b>canule</b> &amp; une veine &#233;<!-- x --></p><script>canule</script>\n",
    'msgid "cannula"\nmsgstr "canule"\n\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
    '<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
    "<target>canule</target></trans-unit></body></file></xliff>\n",
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>\n',
    "\ufeffL’immunoglobuline\r\nintra-veineuse\u00ad\u200b\n",
]

fragments = st.one_of(
    st.sampled_from(SEEDS).flatmap(lambda s: st.tuples(st.integers(0, len(s)), st.integers(0, len(s))).map(
        lambda ij: s[min(ij) : max(ij)])),
    st.text(max_size=30),
)
documents = st.one_of(
    st.lists(fragments, max_size=8).map(lambda parts: "".join(parts).encode("utf-8")),
    st.binary(max_size=200),
)


@pytest.mark.parametrize("extension", sorted(READERS))
def test_readers_survive_random_input(extension: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="medgloss-fuzz-"))

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(documents)
    def run(data: bytes) -> None:
        path = folder / f"fuzz{extension}"
        path.write_bytes(data)
        try:
            document = load_document(str(path))
        except BinaryFileError:
            return
        except MedglossError as error:
            assert str(path) in str(error) and "\n" not in str(error)
            return
        assert len(document.view) == len(document.text)
        for finding in check_document(document):
            assert 0 <= finding.offset <= finding.end <= len(document.text)
            assert document.text[finding.offset : finding.end] == finding.found

    run()
