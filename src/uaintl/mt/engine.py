"""The engine protocol every machine translation backend follows.

Like Weblate's machinery classes, each engine class carries its own metadata: its ``name``, how it
is built from the project (``from_project``), the pairs it serves, why it cannot serve any here
(``unavailable``), and translations that carry their unknown-word counts. The classes are listed
once, in ``uaintl.mt.registry``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from uaintl.config import Project


@dataclass
class EngineStatus:
    """What ``uaintl engines`` shows: is it usable here, for which pairs, and if not, why."""

    name: str
    available: bool
    pairs: list[tuple[str, str]] = field(default_factory=list)
    detail: str = ""
    servers: dict[str, str] = field(default_factory=dict)  # server engines: URL → languages, or why not


@dataclass(frozen=True)
class Translation:
    """One engine output: ``text`` is None when the engine could not translate the sentence, and
    ``error`` then says why; ``unknown`` counts the source words the engine left untranslated."""

    text: str | None
    unknown: int = 0
    error: str | None = None


class Engine(ABC):
    """A machine translation backend."""

    name: ClassVar[str]

    @classmethod
    @abstractmethod
    def from_project(cls, project: Project) -> Engine:
        """The engine as ``uaintl.toml`` configures it; raises UaintlError on a bad setting."""

    @abstractmethod
    def pairs(self) -> set[tuple[str, str]]:
        """Language pairs this engine serves here (empty when it cannot work)."""

    @abstractmethod
    def unavailable(self) -> str:
        """Why ``pairs()`` is empty, and what to do about it."""

    @abstractmethod
    def describe(self, source: str, target: str) -> str:
        """Engine, model and version for a pair: recorded in every machine suggestion."""

    @abstractmethod
    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        """One Translation per text, in order."""

    def status(self) -> EngineStatus:
        pairs = sorted(self.pairs())
        if not pairs:
            return EngineStatus(self.name, False, [], self.unavailable())
        return EngineStatus(self.name, True, pairs, ", ".join(self.describe(*pair) for pair in pairs))
