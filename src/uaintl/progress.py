"""How long work reports progress without knowing about terminals: the caller passes ``progress``.

``progress(label, steps)`` is a context manager that yields ``advance(n)``; the CLI's draws a bar on a
terminal, ``no_progress`` (the default everywhere) does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

Advance = Callable[[int], None]
Progress = Callable[[str, int], AbstractContextManager[Advance]]


@contextmanager
def no_progress(label: str, steps: int) -> Iterator[Advance]:
    yield lambda count: None
