"""Atomic writes and the catalogue lock: a crash or a second run never loses a file."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write, directory_lock, write_if_changed


def test_atomic_write_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "be.po"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["be.po"]


def test_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "be.po"
    target.write_bytes(b"translator's work")

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(target, b"half")
    assert target.read_bytes() == b"translator's work"
    assert [path.name for path in tmp_path.iterdir()] == ["be.po"]


def test_write_if_changed_does_not_touch_identical_files(tmp_path: Path) -> None:
    target = tmp_path / "ru.po"
    target.write_bytes(b"same")
    before = target.stat().st_mtime_ns
    time.sleep(0.01)
    assert write_if_changed(target, b"same") is False
    assert target.stat().st_mtime_ns == before


def _hold_lock(folder: str, ready, release) -> None:
    with directory_lock(Path(folder)):
        ready.set()
        release.wait(10)


def test_second_run_waits_then_fails_clearly_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(str(tmp_path), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(UaintlError, match="another uaintl run is writing these catalogues"):
            with directory_lock(tmp_path, timeout=0.2):
                pass
    finally:
        release.set()
        holder.join(10)
    with directory_lock(tmp_path, timeout=1):  # free again once the first run is done
        pass
