"""SpanSet answers exactly what a scan of every span answers (the detectors' « is this free? »)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medgloss.text.spans import SpanSet

_span = st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1]))


def _scan(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(_span, max_size=30), st.lists(_span, max_size=10), st.lists(_span, min_size=1, max_size=20))
def test_overlaps_equals_a_scan_of_every_span(initial, added, queries) -> None:
    spans = SpanSet(initial)
    known = list(initial)
    for start, end in added:
        spans.add(start, end)
        known.append((start, end))
        for q_start, q_end in queries:
            assert spans.overlaps(q_start, q_end) == _scan(known, q_start, q_end)
    for q_start, q_end in queries:
        assert spans.overlaps(q_start, q_end) == _scan(known, q_start, q_end)
    assert len(spans) == len(known)


def test_touching_spans_do_not_overlap_and_a_long_span_is_found_far_back() -> None:
    spans = SpanSet([(10, 20), (0, 1000)])
    spans.add(2000, 2005)
    assert spans.overlaps(999, 1001)  # only the long span reaches here
    assert not spans.overlaps(1000, 2000)  # half-open: touching is not overlapping
    assert spans.overlaps(2004, 2010) and not spans.overlaps(2005, 2010)
    assert not SpanSet().overlaps(0, 10)
