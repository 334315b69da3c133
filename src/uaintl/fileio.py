"""Atomic writes and per-directory locks: a crash or a second run never leaves half a file."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from uaintl.errors import UaintlError, os_error


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename over ``path``.

    Any failure (disk full, read-only folder) leaves ``path`` as it was and no temporary file.
    ``durable=False`` skips the fsync, for output that can be generated again (letters, the report):
    readers still never see half a file, and a run writing a thousand letters saves seconds.
    """
    try:
        _atomic_write(path, data, durable)
    except OSError as error:
        raise os_error(error, path, "write") from None


def _atomic_write(path: Path, data: bytes, durable: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class FileState:
    """A file as a run read it: enough to notice that someone saved it since (an editor, Poedit)."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result) -> FileState:
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def read_tracked(path: Path) -> tuple[bytes, FileState]:
    """The file's bytes and its state, taken from the same open file."""
    try:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as error:
        raise os_error(error, path, "read") from None
    return data, FileState.of(data, stat)


def changed_since(path: Path, state: FileState | None) -> bool:
    """True when ``path`` is not what was read (``state`` None: it did not exist then)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return state is not None
    if state is None or (stat.st_size, stat.st_mtime_ns) != (state.size, state.mtime_ns):
        return True
    return read_tracked(path)[1].digest != state.digest  # same size and time: compare the bytes


@dataclass
class PlannedWrite:
    """New bytes for a file, with the bytes and state the run computed them from."""

    path: Path
    data: bytes
    read: bytes | None = None  # None: the file did not exist
    state: FileState | None = None


ATTEMPTS = 3


def commit(plan: PlannedWrite, replan: Callable[[], PlannedWrite]) -> bool:
    """Write ``plan`` unless nothing changed; never overwrite a save made since the file was read.

    When someone saved the file during the run, ``replan`` reads it again and redoes this file's
    work on their version. Returns True when the file was written.
    """
    for _ in range(ATTEMPTS):
        if plan.data == plan.read:
            return False  # nothing to do for this file: never touch it
        if not changed_since(plan.path, plan.state):
            atomic_write(plan.path, plan.data)
            return True
        plan = replan()
    raise UaintlError("the file was saved again and again while uaintl worked on it; left as it is",
                      plan.path, hint="run the command again once nobody is saving it")


def plan_from_disk(path: Path, build: Callable[[bytes | None], bytes]) -> PlannedWrite:
    """Read ``path`` (if it exists) and compute its new bytes with ``build``."""
    if not path.exists():
        return PlannedWrite(path, build(None))
    data, state = read_tracked(path)
    return PlannedWrite(path, build(data), data, state)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def directory_lock(directory: Path, timeout: float = 10.0) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` so two runs never merge the same catalogues.

    The lock is taken on the directory itself (flock on its descriptor), so no lock files are
    left behind in ``locales/``.
    """
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory, os.O_RDONLY)
    except OSError as error:
        raise os_error(error, directory, "use this folder") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UaintlError(
                        "another uaintl run is writing these catalogues",
                        path=directory,
                        hint="wait for it to finish, then run this command again",
                    ) from None
                time.sleep(0.05)
        remove_leftovers(directory)
        yield
    finally:
        os.close(fd)


# The temporary files atomic_write makes: .<name>.<8 random characters>.tmp (tempfile.mkstemp).
_LEFTOVER = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def remove_leftovers(directory: Path) -> list[Path]:
    """Delete temporary files a killed run left in ``directory``; call only while holding its lock."""
    removed = []
    for path in directory.glob(".*.tmp"):
        if _LEFTOVER.fullmatch(path.name) and path.is_file():
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # a read-only folder: the write that follows will say so
    return removed


@contextmanager
def directory_locks(directories: Iterable[Path]) -> Iterator[None]:
    """Lock several folders, always in sorted order, so two runs can never deadlock."""
    with ExitStack() as stack:
        for directory in sorted(set(directories)):
            stack.enter_context(directory_lock(directory))
        yield
