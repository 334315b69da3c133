"""One error type for bad input, so the CLI can print one clear line and exit 2."""

from __future__ import annotations

import errno
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
            shown = as_given(self.path)
            where = f"{shown}:{self.line}: " if self.line else f"{shown}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


def as_given(path: Path | str) -> str:
    """A file as the user knows it: relative to the current folder when it is inside it (as they
    would type it there), otherwise as it is. The project root is absolute, so every path built from
    it would otherwise print as /home/…/locales/ua-85-21/be.po."""
    path = Path(path)
    if not path.is_absolute():
        return path.as_posix()
    try:
        here = Path.cwd()
    except OSError:  # the current folder was removed
        return path.as_posix()
    if here == Path(here.anchor):
        return path.as_posix()  # from /, "tmp/x/be.po" would read worse than /tmp/x/be.po
    for candidate in (path, path.resolve()):
        if candidate.is_relative_to(here):
            return candidate.relative_to(here).as_posix()
    return path.as_posix()


def line_at(data: str | bytes, offset: int) -> int:
    """The 1-based line of ``offset`` in ``data`` (text or bytes): where an error points."""
    return data.count(b"\n" if isinstance(data, bytes) else "\n", 0, offset) + 1


_OS_HINTS = {
    errno.ENOSPC: "the disk is full: free some space, then run the command again",
    errno.EDQUOT: "the disk quota is used up: free some space, then run the command again",
    errno.EROFS: "the folder is on a read-only file system: choose a writable folder",
    errno.EACCES: "no permission: check the folder's owner and permissions",
    errno.EPERM: "no permission: check the folder's owner and permissions",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EISDIR: "a folder is in the way where a file should be",
    errno.ENOTDIR: "a file is in the way where a folder should be",
    errno.EEXIST: "a file is in the way where a folder should be",
}


def os_error(error: OSError, path: Path | str | None, doing: str) -> UaintlError:
    """An operating-system failure (disk full, read-only folder, …) as one clear error."""
    where = path if path is not None else error.filename
    return UaintlError(f"cannot {doing}: {error.strerror or error}", where,
                       hint=_OS_HINTS.get(error.errno or 0))
