"""argostranslate packages (.argosmodel): install, list, remove, and translate with them.

Loading uses argostranslate's own ``Package`` class, so metadata and tokenizers are read exactly as
argostranslate reads them; translation goes through ``CT2Model``. Nothing here touches the network;
``download`` is only called when the user asks for it (``uaintl models install --download``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.ct2 import CT2Model
from uaintl.mt.engine import Engine, Translation
from uaintl.mt.settings import beam_size, packages_dir


def _argos_package_module(packages_dir: Path):
    """Import argostranslate.package with its folders pointed at ``packages_dir``."""
    os.environ.setdefault("ARGOS_PACKAGES_DIR", str(packages_dir))
    os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
    try:
        from argostranslate import package
    except ImportError as error:
        raise UaintlError(f"argostranslate is not installed ({error})",
                          hint="pip install --no-deps argostranslate (see README)") from None
    return package


@dataclass
class ArgosPackage:
    path: Path
    from_code: str
    to_code: str
    version: str
    target_prefix: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    beam_size: int = 2

    @cached_property
    def model(self) -> CT2Model:
        spm = self.path / "sentencepiece.model"
        return CT2Model(self.path / "model", spm, spm, self.beam_size)


def _load(path: Path, packages_dir: Path) -> ArgosPackage:
    package = _argos_package_module(packages_dir)
    try:
        loaded = package.Package(path)
    except FileNotFoundError:
        raise UaintlError("the package has no metadata.json", path,
                          hint="an .argosmodel is a zip of one folder with metadata.json, model/ and "
                               "sentencepiece.model") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UaintlError(f"metadata.json is not valid JSON: {error}", path / "metadata.json") from None
    if not loaded.from_code or not loaded.to_code or loaded.from_code == loaded.to_code:
        raise UaintlError(f"metadata.json names no usable language pair "
                          f"({loaded.from_code!r} → {loaded.to_code!r})", path / "metadata.json",
                          hint="from_code and to_code must be two different language codes")
    if not (path / "model" / "model.bin").exists() or not (path / "sentencepiece.model").exists():
        raise UaintlError("the package lacks model/model.bin or sentencepiece.model", path,
                          hint="only SentencePiece CTranslate2 packages are supported")
    return ArgosPackage(path, loaded.from_code, loaded.to_code, loaded.package_version or "?",
                        loaded.target_prefix or "")


def installed_packages(packages_dir: Path) -> list[ArgosPackage]:
    packages_dir = packages_dir.expanduser()
    if not packages_dir.is_dir():
        return []
    found = []
    for path in sorted(packages_dir.iterdir()):
        if path.is_dir() and (path / "metadata.json").exists():
            found.append(_load(path, packages_dir))
    return found


def install_package(archive: Path, packages_dir: Path, expected_pair: tuple[str, str] | None = None
                    ) -> ArgosPackage:
    """Check an .argosmodel completely, then move it into place; a bad file installs nothing."""
    packages_dir = packages_dir.expanduser()
    if not zipfile.is_zipfile(archive):
        raise UaintlError("not an .argosmodel (zip) file", archive, hint="check the download")
    packages_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=packages_dir, prefix=".installing-") as staging:
        try:
            with zipfile.ZipFile(archive) as bundle:
                names = bundle.namelist()
                unsafe = [name for name in names if name.startswith("/") or ".." in Path(name).parts]
                if unsafe:
                    raise UaintlError(f"unsafe path in archive: {unsafe[0]}", archive)
                bundle.extractall(staging)
        except zipfile.BadZipFile as error:
            raise UaintlError(f"corrupt zip: {error}", archive) from None
        tops = [path for path in Path(staging).iterdir() if path.is_dir()]
        root = tops[0] if len(tops) == 1 and not (Path(staging) / "metadata.json").exists() else Path(staging)
        loaded = _load(root, packages_dir)
        if expected_pair and (loaded.from_code, loaded.to_code) != expected_pair:
            raise UaintlError(f"the package translates {loaded.from_code}→{loaded.to_code}, "
                              f"not {expected_pair[0]}→{expected_pair[1]}", archive)
        loaded.beam_size = 1
        loaded.model.translate(["test"])  # a corrupt model fails here, before anything is installed
        target = packages_dir / (root.name if root != Path(staging) else archive.stem)
        if target.exists():
            shutil.rmtree(target)
        os.replace(root, target)
    return _load(target, packages_dir)


def remove_package(name: str, packages_dir: Path) -> Path:
    packages_dir = packages_dir.expanduser()
    for package in installed_packages(packages_dir):
        if package.name == name or f"{package.from_code}-{package.to_code}" == name:
            shutil.rmtree(package.path)
            return package.path
    raise UaintlError(f"no installed package {name!r}", packages_dir, hint="see `uaintl models list`")


def download_package(source: str, target: str, packages_dir: Path) -> ArgosPackage:
    """Fetch a package from argostranslate's index — the only network access in uaintl."""
    package = _argos_package_module(packages_dir.expanduser())
    package.update_package_index()
    for available in package.get_available_packages():
        if (available.from_code, available.to_code) == (source, target):
            return install_package(Path(available.download()), packages_dir, (source, target))
    raise UaintlError(f"the package index has no {source}→{target} package")


class ArgosEngine(Engine):
    """Translation with installed argostranslate packages."""

    name = "argos"

    def __init__(self, packages_dir: Path, beam_size: int = 2) -> None:
        self.packages_dir = packages_dir
        self.beam_size = beam_size

    @classmethod
    def from_project(cls, project: Project) -> ArgosEngine:
        return cls(packages_dir(project), beam_size(project))

    @cached_property
    def packages(self) -> dict[tuple[str, str], ArgosPackage]:
        found = {}
        for package in installed_packages(self.packages_dir):
            package.beam_size = self.beam_size
            found[(package.from_code, package.to_code)] = package
        return found

    def pairs(self) -> set[tuple[str, str]]:
        return set(self.packages)

    def unavailable(self) -> str:
        return f"no packages in {self.packages_dir} (uaintl models install FILE.argosmodel)"

    def describe(self, source: str, target: str) -> str:
        package = self.packages[(source, target)]
        return f"argos {package.name} v{package.version}"

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        package = self.packages[(source, target)]
        prefix = [package.target_prefix] if package.target_prefix else None
        return [Translation(text) for text in package.model.translate(texts, target_prefix=prefix)]
