"""Tiny models built once per test session (a few seconds, no downloads)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.mt.tiny_models import bpe_vocabulary, build_copy_model, learn_bpe, piece_vocabulary, train_sentencepiece

# English pieces → Cyrillic pieces of the same vocabulary: a word-for-word "translation".
SUBSTITUTIONS = {"▁write": "▁напішыце", "▁letter": "▁ліст", "▁prosecutor": "▁пракурору", "▁general": "▁генеральнаму",
                 "▁release": "▁вызваліць", "▁ask": "▁папрасіце", "▁and": "▁і", "▁him": "▁яго"}


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tiny-models")
    spm = train_sentencepiece(root / "spm")
    vocabulary = piece_vocabulary(spm)
    models = {"spm": spm}
    models["copy"] = build_copy_model(root / "copy", vocabulary)
    models["substitute"] = build_copy_model(root / "substitute", vocabulary, SUBSTITUTIONS)
    models["prefixed"] = build_copy_model(root / "prefixed", vocabulary, prefix_token="bel_Cyrl")
    models["bpe"] = learn_bpe(root / "bpe")
    models["bpe-copy"] = build_copy_model(root / "bpe-copy", bpe_vocabulary(models["bpe"]))
    return models


def argos_package(tiny: dict[str, Path], folder: Path, model: str = "copy", from_code: str = "en",
                  to_code: str = "ru", metadata: bool = True) -> Path:
    """An .argosmodel zip: one folder with metadata.json, model/ and sentencepiece.model (bpe.model
    for the BPE models)."""
    name = f"translate-{from_code}_{to_code}-1_0"
    staging = folder / "staging" / name
    shutil.copytree(tiny[model], staging / "model")
    if model.startswith("bpe"):
        shutil.copy(tiny["bpe"], staging / "bpe.model")
    else:
        shutil.copy(tiny["spm"], staging / "sentencepiece.model")
    if metadata:
        (staging / "metadata.json").write_text(json.dumps({
            "package_version": "1.0", "argos_version": "1.9.0", "from_code": from_code, "from_name": "English",
            "to_code": to_code, "to_name": "Russian", "type": "translate"}), encoding="utf-8")
    archive = folder / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in sorted(staging.rglob("*")):
            bundle.write(path, path.relative_to(staging.parent))
    shutil.rmtree(folder / "staging")
    return archive


def model_directory(tiny: dict[str, Path], folder: Path, target_prefix: str | None) -> Path:
    """A generic CTranslate2 model directory described by uaintl-model.toml."""
    shutil.copytree(tiny["prefixed"], folder)
    shutil.copy(tiny["spm"], folder / "sentencepiece.model")
    prefix = f'target_prefix = "{target_prefix}"\n' if target_prefix else ""
    (folder / "uaintl-model.toml").write_text(f'source = "en"\n[targets.be]\n{prefix}', encoding="utf-8")
    return folder


@pytest.fixture(scope="session", autouse=True)
def argos_home(tmp_path_factory):
    """argostranslate creates folders under $HOME when imported: keep them out of the real one."""
    import os

    home = tmp_path_factory.mktemp("argos-home")
    saved = {key: os.environ.get(key) for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    for key in saved:
        os.environ[key] = str(home / key.lower())
    yield home
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def mt_project(project: Path, tmp_path: Path) -> Path:
    """The sample project with argos packages kept in a folder of its own; the bundled boilerplate
    memory is off, so that these tests see what the engines do (tests/mt/test_memory.py covers it)."""
    (project / "uaintl.toml").write_text(
        '[project]\nlocales = ["be", "ru"]\n[mt]\n'
        f'argos_packages = "{tmp_path / "packages"}"\nengines = ["argos", "ct2", "apertium"]\n'
        "beam_size = 1\nboilerplate = false\n",  # the tiny copy models are decoded greedily
        encoding="utf-8")
    return project
