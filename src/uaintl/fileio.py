"""Atomic writes and per-directory locks: a crash or a second run never leaves half a file."""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from uaintl.errors import UaintlError


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomically write ``data`` unless the file already holds exactly these bytes."""
    if path.exists() and path.read_bytes() == data:
        return False
    atomic_write(path, data)
    return True


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
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory, os.O_RDONLY)
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
        yield
    finally:
        os.close(fd)


@contextmanager
def directory_locks(directories: Iterable[Path]) -> Iterator[None]:
    """Lock several folders, always in sorted order, so two runs can never deadlock."""
    with ExitStack() as stack:
        for directory in sorted(set(directories)):
            stack.enter_context(directory_lock(directory))
        yield
