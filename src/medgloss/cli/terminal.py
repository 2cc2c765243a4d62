"""Terminal niceties: colour only where it can be seen, a progress bar only on a TTY."""

from __future__ import annotations

import os
import time
from typing import TextIO


def use_color(stream: TextIO | None) -> bool:
    """Colour when ``stream`` is a terminal, unless NO_COLOR is set; FORCE_COLOR forces it.

    See https://no-color.org and https://force-color.org.
    """
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if stream is None or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """``[####    ] 12/40 files`` on stderr, redrawn in place; silent unless stderr is a TTY.

    It only appears after half a second, so short runs print nothing extra.
    """

    _DELAY = 0.5
    _WIDTH = 24

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.started = time.monotonic()
        self.drawn = False
        try:
            self.enabled = total > 1 and stream.isatty()
        except (AttributeError, ValueError):
            self.enabled = False

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more items done."""
        self.done = min(self.total, self.done + count)
        if self.enabled and time.monotonic() - self.started >= self._DELAY:
            filled = self._WIDTH * self.done // self.total
            bar = "#" * filled + " " * (self._WIDTH - filled)
            self.stream.write(f"\r\x1b[K[{bar}] {self.done}/{self.total} files")
            self.stream.flush()
            self.drawn = True

    def close(self) -> None:
        """Erase the bar."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
