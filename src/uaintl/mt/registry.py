"""Every machine translation engine, listed once. Adding an engine: one module with an ``Engine``
subclass, and one line here. The order is the default ``[mt] engines`` order."""

from __future__ import annotations

from uaintl.mt.apertium import ApertiumEngine
from uaintl.mt.apy import ApyEngine
from uaintl.mt.argos import ArgosEngine
from uaintl.mt.ct2_dir import CT2DirectoryEngine
from uaintl.mt.engine import Engine
from uaintl.mt.libretranslate import LibreTranslateEngine

ENGINES: dict[str, type[Engine]] = {engine.name: engine for engine in (
    ArgosEngine,
    CT2DirectoryEngine,
    ApertiumEngine,
    LibreTranslateEngine,
    ApyEngine,
)}
