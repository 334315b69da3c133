"""Any CTranslate2 model directory, e.g. NLLB-200 or OPUS-MT, described by ``uaintl-model.toml``.

```toml
source = "en"
[targets.be]
target_prefix = "bel_Cyrl"      # NLLB: the target language token the decoder starts with
# source_prefix = ">>bel<<"     # OPUS-MT multi-target: the token in front of the source
source_prefix_tokens = ["eng_Latn"]   # optional, NLLB: the source language token
source_suffix_tokens = ["</s>"]       # optional
```
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.ct2 import CT2Model, SentencePieceTokens
from uaintl.mt.engine import Engine, Translation
from uaintl.mt.settings import beam_size, mt_settings
from uaintl.tomlfile import parse_toml

CONFIG = "uaintl-model.toml"


@dataclass
class ModelDirectory:
    path: Path
    source: str
    targets: dict[str, dict] = field(default_factory=dict)
    source_prefix_tokens: list[str] = field(default_factory=list)
    source_suffix_tokens: list[str] = field(default_factory=list)
    beam_size: int = 2

    @cached_property
    def model(self) -> CT2Model:
        shared = self.path / "sentencepiece.model"
        source = self.path / "source.spm" if (self.path / "source.spm").exists() else shared
        target = self.path / "target.spm" if (self.path / "target.spm").exists() else shared
        source_tokens = SentencePieceTokens(source)
        target_tokens = source_tokens if target == source else SentencePieceTokens(target)
        return CT2Model(self.path, source_tokens, target_tokens, self.beam_size)


def load_model_directory(path: Path) -> ModelDirectory:
    config_path = path / CONFIG
    if not config_path.exists():
        raise UaintlError(f"no {CONFIG} in the model directory", path,
                          hint="it names the source language and the target prefix tokens (README)")
    data = parse_toml(config_path.read_text(encoding="utf-8"), config_path, "fix the model description")
    if not isinstance(data.get("source"), str) or not isinstance(data.get("targets"), dict) or not data["targets"]:
        raise UaintlError("the model description needs source = \"en\" and a [targets.<lang>] table",
                          config_path)
    if not (path / "model.bin").exists():
        raise UaintlError("no model.bin: not a CTranslate2 model directory", path,
                          hint="convert the model with ct2-transformers-converter")
    if not any((path / name).exists() for name in ("sentencepiece.model", "source.spm")):
        raise UaintlError("no SentencePiece model (sentencepiece.model or source.spm)", path)
    return ModelDirectory(path, data["source"], data["targets"], list(data.get("source_prefix_tokens", [])),
                          list(data.get("source_suffix_tokens", [])))


class CT2DirectoryEngine(Engine):
    """Translation with the CTranslate2 model directories listed in uaintl.toml ([mt] models)."""

    name = "ct2"

    def __init__(self, directories: list[Path], beam_size: int = 2) -> None:
        self.directories = directories
        self.beam_size = beam_size

    @classmethod
    def from_project(cls, project: Project) -> CT2DirectoryEngine:
        models = [project.root / Path(path).expanduser() for path in mt_settings(project).get("models", [])]
        return cls(models, beam_size(project))

    @cached_property
    def models(self) -> dict[tuple[str, str], ModelDirectory]:
        found = {}
        for directory in self.directories:
            model = load_model_directory(directory)
            model.beam_size = self.beam_size
            for target in model.targets:
                found[(model.source, target)] = model
        return found

    def pairs(self) -> set[tuple[str, str]]:
        return set(self.models)

    def unavailable(self) -> str:
        return "no model directories in [mt] models (see README: direct en→be)"

    def describe(self, source: str, target: str) -> str:
        return f"ct2 {self.models[(source, target)].path.name}"

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        model = self.models[(source, target)]
        settings = model.targets[target]
        target_prefix = [settings["target_prefix"]] if settings.get("target_prefix") else None
        source_prefix = model.source_prefix_tokens + ([settings["source_prefix"]] if settings.get("source_prefix") else [])
        outputs = model.model.translate(texts, source_prefix=source_prefix or None,
                                        source_suffix=model.source_suffix_tokens or None,
                                        target_prefix=target_prefix)
        return [Translation(text) for text in outputs]
