"""Atomic writes and the catalogue lock: a crash or a second run never loses a file."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write, commit, directory_lock, plan_from_disk


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


def test_commit_does_not_touch_a_file_whose_bytes_did_not_change(tmp_path: Path) -> None:
    target = tmp_path / "ru.po"
    target.write_bytes(b"same")
    plan = plan_from_disk(target, lambda data: data)
    target.write_bytes(b"saved by Poedit meanwhile")
    assert commit(plan, lambda: pytest.fail("nothing to redo")) is False
    assert target.read_bytes() == b"saved by Poedit meanwhile"


def test_commit_redoes_the_work_on_a_file_saved_since_it_was_read(tmp_path: Path) -> None:
    target = tmp_path / "ru.po"
    target.write_bytes(b"old")
    plan = plan_from_disk(target, lambda data: data + b" +machine")
    target.write_bytes(b"old +human")  # same size, maybe the same mtime: the hash tells
    assert commit(plan, lambda: plan_from_disk(target, lambda data: data + b" +machine")) is True
    assert target.read_bytes() == b"old +human +machine"


def test_commit_gives_up_with_a_clear_error_when_the_file_keeps_changing(tmp_path: Path) -> None:
    target = tmp_path / "ru.po"
    target.write_bytes(b"0")
    saves = iter(range(1, 10))

    def replan():
        plan = plan_from_disk(target, lambda data: data + b"!")
        target.write_bytes(str(next(saves)).encode())  # an editor saving again and again
        return plan

    with pytest.raises(UaintlError, match="saved again and again"):
        commit(replan(), replan)
    assert target.read_bytes() == b"4"


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
