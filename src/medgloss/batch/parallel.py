"""Running tasks in worker processes while keeping their results in submission order.

``--jobs N`` must print exactly what one process prints, so results are yielded in the
order the tasks were made.  Memory stays bounded: the tasks of a huge file are produced
lazily (one window of text each), and only a batch of them is taken at a time.

Workers are forked where the platform can, after the caller loaded what they all need (the
compiled glossary, the lexicon): they start with it instead of loading it again each.

Within a batch, the costliest tasks are handed out first (longest-processing-time-first):
given in their own order, four files of which the third is the largest let one worker take
two files while the other ends early and waits; largest first, the workers finish close
together.  The order of the results is unchanged by it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

_BATCH_PER_WORKER = 3  # tasks taken from ``tasks`` at a time, per worker (two batches in flight)


def ordered_map(
    function: Callable[[T], R],
    tasks: Iterable[T],
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    cost: Callable[[T], float] | None = None,
) -> Iterator[R]:
    """``map(function, tasks)`` over ``jobs`` processes, results in task order, bounded memory.

    ``cost`` estimates a task's work (a file's size): each batch is submitted costliest first.
    """
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, tasks)
        return
    import multiprocessing  # only with --jobs: a one-process run never imports the pool

    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forking else None
    pending = iter(tasks)
    if forking:
        # What the parent loaded is shared with the workers page by page until written; the
        # collector of a worker would write to every object it tracks, copying it all.
        gc.freeze()
    try:
        yield from _pooled(function, pending, jobs, context, initializer, initargs, cost)
    finally:
        if forking:
            gc.unfreeze()


def _pooled(
    function: Callable[[T], R],
    pending: Iterator[T],
    jobs: int,
    context: Any,
    initializer: Callable[..., Any] | None,
    initargs: tuple,
    cost: Callable[[T], float] | None,
) -> Iterator[R]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:

        def submit_next() -> list[Future[R]]:
            batch = list(islice(pending, jobs * _BATCH_PER_WORKER))
            order: Iterable[int] = range(len(batch))
            if cost is not None:
                weights = [cost(task) for task in batch]
                order = sorted(order, key=lambda i: -weights[i])  # stable: ties keep task order
            futures: dict[int, Future[R]] = {i: pool.submit(function, batch[i]) for i in order}
            return [futures[i] for i in range(len(batch))]

        current = submit_next()
        while current:
            # The next batch is queued before this one's results are awaited, so that no
            # worker idles at the boundary (the pool runs its queue first in, first out).
            following = submit_next()
            for future in current:
                yield future.result()
            current = following
