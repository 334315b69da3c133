"""argostranslate packages (.argosmodel): install, list, remove, and translate with them.

Loading uses argostranslate's own ``Package`` class (from ``argos-translate-lt``), so metadata and
the tokenizer are chosen exactly as argostranslate chooses them: SentencePiece packages
(``sentencepiece.model``) and BPE packages (``bpe.model``, Moses tokenisation). Translation goes
through ``CT2Model``, batched; SentencePiece pieces are decoded faithfully (argostranslate's decoder
turns every ``_`` into a space). Nothing here touches the network; ``download_package`` is only
called when the user asks for it (``uaintl models install --download``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.ct2 import CT2Model, SentencePieceTokens, Tokenizer
from uaintl.mt.engine import Engine, Translation
from uaintl.mt.settings import beam_size, packages_dir

DOWNLOAD_TIMEOUT = 20  # seconds without an answer before a download is given up


def _argos(packages_dir: Path):
    """Import argostranslate with its folders pointed at ``packages_dir`` (it reads its settings
    once, at import)."""
    os.environ.setdefault("ARGOS_PACKAGES_DIR", str(packages_dir))
    os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
    try:
        import argostranslate.package
        import argostranslate.tokenizer
    except ImportError as error:
        raise UaintlError(f"argostranslate is not installed ({error})",
                          hint="pip install argos-translate-lt") from None
    return argostranslate


@dataclass
class ArgosPackage:
    path: Path
    from_code: str
    to_code: str
    version: str
    tokenizer: Tokenizer
    target_prefix: str = ""
    beam_size: int = 2

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def model(self) -> CT2Model:
        return CT2Model(self.path / "model", self.tokenizer, self.tokenizer, self.beam_size)


def _check_metadata(path: Path) -> None:
    """metadata.json exists and is a JSON object (argostranslate itself would fail with a traceback)."""
    file = path / "metadata.json"
    if not file.is_file():
        raise UaintlError("the package has no metadata.json", path,
                          hint="an .argosmodel is a zip of one folder with metadata.json, model/ and "
                               "sentencepiece.model or bpe.model")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UaintlError(f"metadata.json is not valid JSON: {error}", file) from None
    if not isinstance(data, dict):
        raise UaintlError(f"metadata.json must be a JSON object, not a {type(data).__name__}", file,
                          hint='e.g. {"from_code": "en", "to_code": "ru", "package_version": "1.9"}')


def _load(path: Path, packages_dir: Path) -> ArgosPackage:
    argostranslate = _argos(packages_dir)
    _check_metadata(path)
    loaded = argostranslate.package.Package(path)
    if not loaded.from_code or not loaded.to_code or loaded.from_code == loaded.to_code:
        raise UaintlError(f"metadata.json names no usable language pair "
                          f"({loaded.from_code!r} → {loaded.to_code!r})", path / "metadata.json",
                          hint="from_code and to_code must be two different language codes")
    tokenizer = getattr(loaded, "tokenizer", None)
    if not (path / "model" / "model.bin").exists() or tokenizer is None:
        raise UaintlError("the package lacks model/model.bin or a tokenizer", path,
                          hint="CTranslate2 packages with sentencepiece.model or bpe.model are supported")
    if isinstance(tokenizer, argostranslate.tokenizer.SentencePieceTokenizer):
        tokenizer = SentencePieceTokens(tokenizer.model_file)
    return ArgosPackage(path, loaded.from_code, loaded.to_code, loaded.package_version or "?", tokenizer,
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
                _check_size(bundle, archive, packages_dir)
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


# An .argosmodel holds a few dozen files and at most about a gigabyte of model.
MAX_MEMBERS = 10_000
MAX_UNPACKED = 8 * 2**30


def _check_size(bundle: zipfile.ZipFile, archive: Path, packages_dir: Path) -> None:
    """Refuse an archive that would unpack into too many files or too many bytes (a zip bomb),
    before anything is extracted."""
    members = bundle.infolist()
    if len(members) > MAX_MEMBERS:
        raise UaintlError(f"the archive holds {len(members)} files; an .argosmodel holds a few dozen",
                          archive, hint="check the download")
    unpacked = sum(member.file_size for member in members)
    room = min(MAX_UNPACKED, shutil.disk_usage(packages_dir).free)
    if unpacked > room:
        raise UaintlError(f"the archive would unpack to {unpacked / 2**30:.1f} GiB, more than "
                          f"{room / 2**30:.1f} GiB", archive,
                          hint="check the download, or free space where packages are installed")


def remove_package(name: str, packages_dir: Path) -> Path:
    packages_dir = packages_dir.expanduser()
    for package in installed_packages(packages_dir):
        if package.name == name or f"{package.from_code}-{package.to_code}" == name:
            shutil.rmtree(package.path)
            return package.path
    raise UaintlError(f"no installed package {name!r}", packages_dir, hint="see `uaintl models list`")


def _fetch(url: str, what: str) -> bytes:
    """One download with a timeout: no network gives one clear error, not a wait."""
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT) as response:
            return response.read()
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise UaintlError(f"cannot download {what} from {url}: {reason}",
                          hint="no network? install a downloaded .argosmodel: uaintl models install FILE") from None


def download_package(source: str, target: str, packages_dir: Path) -> ArgosPackage:
    """Fetch a package from argostranslate's index — only when the user asks for it."""
    argostranslate = _argos(packages_dir.expanduser())
    index_url = argostranslate.settings.remote_package_index
    try:
        index = json.loads(_fetch(index_url, "the package index"))
    except json.JSONDecodeError as error:
        raise UaintlError(f"the package index is not JSON: {error}", index_url) from None
    for metadata in index:
        if (metadata.get("from_code"), metadata.get("to_code")) == (source, target):
            links = metadata.get("links") or []
            if not links:
                break
            with tempfile.TemporaryDirectory() as folder:
                archive = Path(folder) / f"translate-{source}_{target}.argosmodel"
                archive.write_bytes(_fetch(links[0], f"the {source}→{target} package"))
                return install_package(archive, packages_dir, (source, target))
    raise UaintlError(f"the package index has no {source}→{target} package", index_url)


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
