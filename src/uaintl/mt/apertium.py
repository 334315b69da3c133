"""Apertium ru→be (and be→ru) through Debian's apertium-bel-rus, with the tagger bypass.

``apertium rus-bel`` returns empty output for most formal sentences with exit code 0: its
apertium-tagger asserts or crashes inside the pipe. We run the stages of the
installed ``.mode`` file ourselves with ``cg-proc -1 -n`` in the tagger's place, wrapped in
apertium-destxt/apertium-retxt, one batch at a time; a batch that fails is retried sentence by
sentence, and a sentence that still fails stays untranslated (never silently empty).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from functools import cached_property
from pathlib import Path

from uaintl.config import Project
from uaintl.mt.engine import Engine, Translation

MODES_DIR = Path("/usr/share/apertium/modes")
PAIRS = {("ru", "be"): "rus-bel", ("be", "ru"): "bel-rus"}
_UNKNOWN = re.compile(r"(?<!\w)[*#@](?=\w)")
SEPARATOR = "\n\n"  # sentences of one batch: Apertium keeps blank lines as they are


def unmarked(output: str) -> Translation:
    """Apertium output without its unknown-word marks (``*``, ``#``, ``@``), which are counted."""
    text = output.strip()
    return Translation(_UNKNOWN.sub("", text) or None, len(_UNKNOWN.findall(text)),
                       None if text else "Apertium gave no output")


def _stages(mode_file: Path) -> list[list[str]]:
    """The mode's commands, with the tagger replaced by a second constraint-grammar pass."""
    stages = []
    for command in mode_file.read_text(encoding="utf-8").strip().split(" | "):
        words = [word for word in shlex.split(command.replace("$1", "-g").replace("$2", "")) if word]
        if words[0] == "apertium-tagger":
            rlx = next(stage[-1] for stage in stages if stage[0] == "cg-proc")
            words = ["cg-proc", "-1", "-n", "-w", rlx]
        stages.append(words)
    return [["apertium-destxt"], *stages, ["apertium-retxt"]]


def _run(stages: list[list[str]], text: str, timeout: float = 60) -> str | None:
    """Pipe ``text`` through the stages; None if any stage fails."""
    processes: list[subprocess.Popen] = []
    previous = None
    for stage in stages:
        process = subprocess.Popen(stage, stdin=previous.stdout if previous else subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if previous is not None and previous.stdout is not None:
            previous.stdout.close()
        processes.append(process)
        previous = process
    try:
        assert processes[0].stdin is not None
        processes[0].stdin.write(text.encode("utf-8"))
        processes[0].stdin.close()
        output, _ = processes[-1].communicate(timeout=timeout)
        codes = [process.wait(timeout=timeout) for process in processes]
    except (subprocess.TimeoutExpired, BrokenPipeError):
        for process in processes:
            process.kill()
        return None
    if any(codes):
        return None
    return output.decode("utf-8", errors="replace")


class ApertiumEngine(Engine):
    """Rough ru↔be drafts; always a fuzzy suggestion, never a translation."""

    name = "apertium"

    def __init__(self, modes_dir: Path = MODES_DIR) -> None:
        self.modes_dir = modes_dir

    @classmethod
    def from_project(cls, project: Project) -> ApertiumEngine:
        return cls()

    @cached_property
    def available_pairs(self) -> dict[tuple[str, str], Path]:
        if not shutil.which("apertium-destxt") or not shutil.which("cg-proc"):
            return {}
        return {pair: self.modes_dir / f"{mode}.mode" for pair, mode in PAIRS.items()
                if (self.modes_dir / f"{mode}.mode").exists()}

    def pairs(self) -> set[tuple[str, str]]:
        return set(self.available_pairs)

    def unavailable(self) -> str:
        return "not installed (apt-get install apertium apertium-bel-rus)"

    def describe(self, source: str, target: str) -> str:
        return f"apertium {PAIRS[(source, target)]}"

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        """Unknown words (marked ``*`` by Apertium) are left as in the source and counted."""
        stages = _stages(self.available_pairs[(source, target)])
        clean = [" ".join(text.split()) for text in texts]
        joined = _run(stages, SEPARATOR.join(clean) + "\n")
        pieces = joined.strip("\n").split(SEPARATOR) if joined is not None else []
        if len(pieces) != len(clean):
            pieces = [_run(stages, text + "\n") or "" for text in clean]
        return [unmarked(piece) for piece in pieces]
