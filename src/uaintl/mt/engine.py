"""The engine protocol every machine translation backend follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass
class EngineStatus:
    """What ``uaintl engines`` shows: is it usable here, for which pairs, and if not, why."""

    name: str
    available: bool
    pairs: list[tuple[str, str]] = field(default_factory=list)
    detail: str = ""


class Engine(Protocol):
    """A machine translation backend. ``translate`` returns None for a text it could not translate."""

    name: str

    def pairs(self) -> set[tuple[str, str]]: ...

    def describe(self, source: str, target: str) -> str: ...

    def translate(self, texts: list[str], source: str, target: str) -> list[str | None]: ...
