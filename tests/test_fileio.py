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
    with pytest.raises(UaintlError, match="be.po: cannot write: disk full"):
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


WRITING_COMMANDS = [  # (arguments, steps already done) — each command has something to write
    (["extract"], []),
    (["update"], [["extract"]]),
    (["run"], []),
    (["render", "--allow-fuzzy"], [["extract"], ["update"]]),
    (["report"], [["extract"], ["update"]]),
    (["rebuild", "ua-85-21", "-o", "{project}/rebuilt.md"], [["extract"]]),
]


@pytest.mark.parametrize("disk", ["full", "read-only"])
@pytest.mark.parametrize("args, steps", WRITING_COMMANDS, ids=[" ".join(args) for args, _ in WRITING_COMMANDS])
def test_every_command_stops_in_one_line_on_a_full_or_read_only_disk(cli, project: Path, args, steps,
                                                                    disk: str) -> None:
    from tests.conftest import run_on_own_disk, sha256_files

    for step in steps:
        cli(*step)
    before = sha256_files(project)
    args = [arg.format(project=project) for arg in args]
    code, stderr, after = run_on_own_disk(project, args, full=disk == "full", read_only=disk == "read-only")
    problem = "No space left on device" if disk == "full" else "Read-only file system"
    assert code == 2 and len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("uaintl: error: ") and problem in stderr and stderr.strip().endswith(")")
    assert not [name for name in after if name.endswith(".tmp")]  # no half-written file left behind
    assert {name: after[name] for name in before if name in after} == before  # nothing changed


ODD_PATHS = [  # (arguments, what is in the way, steps already done)
    (["rebuild", "ua-85-21", "-o", "/dev/null/rebuilt.md"], "/dev/null/rebuilt.md", [["extract"]]),
    (["render", "--allow-fuzzy", "--out", "/dev/null/out"], "/dev/null/out", [["extract"], ["update"]]),
    (["report", "--out", "/dev/null"], "/dev/null/report", [["extract"], ["update"]]),
    (["names", "check"], "locales/names.toml", [["extract"]]),
    (["translate"], "locales/names.toml", [["extract"], ["update"]]),
]


@pytest.mark.parametrize("args, culprit, steps", ODD_PATHS, ids=[" ".join(args) for args, _, _ in ODD_PATHS])
def test_a_path_that_cannot_be_written_or_read_is_one_line_naming_it(cli, project: Path, args, culprit,
                                                                     steps) -> None:
    for step in steps:
        cli(*step)
    if culprit == "locales/names.toml":
        (project / culprit).mkdir()  # a folder where the names registry should be
    result = cli(*args, expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("uaintl: error: "), result.stderr
    assert culprit in lines[0] and lines[0].endswith(")")


def test_only_durable_writes_wait_for_the_disk(tmp_path: Path, monkeypatch) -> None:
    """Translators' catalogues are fsynced; regenerable output (letters, the report) is not."""
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    atomic_write(tmp_path / "be.po", b"po")
    assert len(synced) == 1
    atomic_write(tmp_path / "letter.txt", b"letter", durable=False)
    assert len(synced) == 1 and (tmp_path / "letter.txt").read_bytes() == b"letter"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []


def test_temporary_files_of_a_killed_run_are_removed_by_the_next_run(tmp_path: Path) -> None:
    """A run killed with SIGKILL between writing its temporary file and renaming it leaves the file."""
    import signal
    import subprocess
    import sys

    folder = tmp_path / "locales" / "ua"
    folder.mkdir(parents=True)
    killed = subprocess.Popen([sys.executable, "-c", (
        "import os, sys, tempfile\n"
        "fd, name = tempfile.mkstemp(prefix='.be.po.', suffix='.tmp', dir=sys.argv[1])\n"
        "os.write(fd, b'half a catalogue'); print(name, flush=True); sys.stdin.read()\n"), str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    leftover = Path(killed.stdout.readline().strip())
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    keep = folder / ".notes.tmp"  # not one of ours
    keep.write_text("mine", encoding="utf-8")
    assert leftover.exists()
    with directory_lock(folder):
        pass
    assert not leftover.exists() and keep.exists()
