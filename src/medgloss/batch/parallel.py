"""Running tasks in worker processes while keeping their results in submission order.

``--jobs N`` must print exactly what one process prints, so results are consumed in the
order the tasks were made.  At most a few tasks per worker are in flight at any time: the
tasks of a huge file are produced lazily (one window of text each) and must not all sit in
memory waiting for a worker.

Workers are forked where the platform can: they start with what the parent loaded (the
compiled glossary, spaCy's model) instead of loading it again each.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_IN_FLIGHT_PER_WORKER = 2


def ordered_map(
    function: Callable[[T], R],
    tasks: Iterable[T],
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> Iterator[R]:
    """``map(function, tasks)`` over ``jobs`` processes, results in task order, bounded memory."""
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, tasks)
        return
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        pending: deque[Future[R]] = deque()
        for task in tasks:
            pending.append(pool.submit(function, task))
            if len(pending) >= jobs * _IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
