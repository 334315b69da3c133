"""One error type for bad input, so the CLI can print one clear line and exit 2."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class UaintlError(Exception):
    """A problem the user can fix: where it is, what is wrong, what to do."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


def line_at(data: str | bytes, offset: int) -> int:
    """The 1-based line of ``offset`` in ``data`` (text or bytes): where an error points."""
    return data.count(b"\n" if isinstance(data, bytes) else "\n", 0, offset) + 1
