"""Engines on tiny real models: CTranslate2 loading, argostranslate packages, generic model directories."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from uaintl.errors import UaintlError
from uaintl.mt.argos import ArgosEngine, install_package, installed_packages, remove_package
from uaintl.mt.ct2 import CT2Model, SentencePieceTokens
from uaintl.mt.ct2_dir import CT2DirectoryEngine
from tests.mt.conftest import argos_package, model_directory

SENTENCES = ["Write a letter to the prosecutor general.",
             "Напішыце ліст <1>генеральнаму</1> пракурору <2/> 85.21!",
             "Dear %(user_name)s, release <n1/> and ask him."]


def texts(translations) -> list[str | None]:
    return [translation.text for translation in translations]


def test_copy_model_reproduces_its_input(tiny) -> None:
    model = CT2Model(tiny["copy"], SentencePieceTokens(tiny["spm"]), SentencePieceTokens(tiny["spm"]), beam_size=1)
    assert model.translate(SENTENCES) == SENTENCES


def test_substitution_model_changes_language_and_keeps_placeholders(tiny) -> None:
    model = CT2Model(tiny["substitute"], SentencePieceTokens(tiny["spm"]), SentencePieceTokens(tiny["spm"]), beam_size=1)
    [output] = model.translate(["Please write a letter to the prosecutor <2/> and release <1>%(user_name)s</1>."])
    assert ["напішыце", "ліст", "пракурору", "вызваліць"] == [word for word in output.split()
                                                           if word in ("напішыце", "ліст", "пракурору", "вызваліць")]
    assert "write" not in output and "<2/>" in output and "<1>%(user_name)s</1>" in output


def test_argos_package_installs_lists_translates_and_removes(tiny, tmp_path: Path) -> None:
    packages = tmp_path / "packages"
    archive = argos_package(tiny, tmp_path)
    installed = install_package(archive, packages)
    assert (installed.from_code, installed.to_code, installed.version) == ("en", "ru", "1.0")
    assert [(p.from_code, p.to_code) for p in installed_packages(packages)] == [("en", "ru")]
    engine = ArgosEngine(packages, beam_size=1)
    assert engine.pairs() == {("en", "ru")}
    assert texts(engine.translate(SENTENCES, "en", "ru")) == SENTENCES  # underscores and tags survive
    assert engine.describe("en", "ru") == "argos translate-en_ru-1_0 v1.0"
    remove_package("en-ru", packages)
    assert installed_packages(packages) == []


def test_bpe_package_is_tokenised_by_argostranslate_and_translates(tiny, tmp_path: Path) -> None:
    """OPUS-MT-style packages ship bpe.model (Moses tokens + BPE codes) instead of SentencePiece."""
    packages = tmp_path / "packages"
    installed = install_package(argos_package(tiny, tmp_path, model="bpe-copy"), packages)
    assert not (installed.path / "sentencepiece.model").exists() and (installed.path / "bpe.model").exists()
    plain = ["Write a letter to the prosecutor general of the republic of Belarus.",
             "Dear ambassador, release human rights defenders from pretrial detention!"]
    engine = ArgosEngine(packages, beam_size=1)
    assert texts(engine.translate(plain, "en", "ru")) == plain


def rewritten(archive: Path, problem: str) -> Path:
    """A copy of a good package with one hostile change."""
    bad = archive.with_name(f"{problem}.argosmodel")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, b'["en", "ru"]' if problem == "metadata-list" and
                            item.filename.endswith("metadata.json") else data)
        if problem == "many-members":
            for number in range(10_000):
                target.writestr(f"{item.filename.split('/')[0]}/junk/{number}", b"")
        if problem == "zip-bomb":
            for number in range(3):
                target.writestr(f"{item.filename.split('/')[0]}/zeros-{number}", b"\0" * 1024)
    if problem == "zip-bomb":  # each member claims 4 GiB unpacked, as a zip bomb's would
        data = bytearray(bad.read_bytes())
        for name in (b"zeros-0", b"zeros-1", b"zeros-2"):
            header = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
            data[header + 24:header + 28] = (4 * 2**30 - 1).to_bytes(4, "little")
        bad.write_bytes(bytes(data))
    return bad


@pytest.mark.parametrize("problem, message", [
    ("no-metadata", "the package has no metadata.json"),
    ("wrong-pair", "translates en→ru, not en→be"),
    ("same-pair", "names no usable language pair"),
    ("corrupt", "cannot load the CTranslate2 model"),
    ("not-zip", "not an .argosmodel (zip) file"),
    ("metadata-list", "metadata.json must be a JSON object, not a list"),
    ("many-members", "the archive holds 10006 files; an .argosmodel holds a few dozen"),
    ("zip-bomb", "the archive would unpack to 12.0 GiB"),
])
def test_bad_packages_are_refused_and_install_nothing(tiny, tmp_path: Path, problem: str, message: str) -> None:
    packages = tmp_path / "packages"
    expected = None
    if problem == "no-metadata":
        archive = argos_package(tiny, tmp_path, metadata=False)
    elif problem == "same-pair":
        archive = argos_package(tiny, tmp_path, from_code="en", to_code="en")
    elif problem in ("metadata-list", "many-members", "zip-bomb"):
        archive = rewritten(argos_package(tiny, tmp_path), problem)
    elif problem == "not-zip":
        archive = tmp_path / "model.argosmodel"
        archive.write_bytes(b"not a zip at all")
    else:
        archive = argos_package(tiny, tmp_path)
        expected = ("en", "be") if problem == "wrong-pair" else None
        if problem == "corrupt":
            corrupt = tmp_path / "corrupt.argosmodel"
            with zipfile.ZipFile(archive) as source, zipfile.ZipFile(corrupt, "w") as target:
                for item in source.infolist():
                    data = source.read(item)
                    target.writestr(item, data[: len(data) // 3] if item.filename.endswith("model.bin") else data)
            archive = corrupt
    with pytest.raises(UaintlError, match=re.escape(message)):
        install_package(archive, packages, expected)
    assert installed_packages(packages) == []
    assert not packages.exists() or [p for p in packages.iterdir() if not p.name.startswith(".")] == []


def test_model_directory_with_target_prefix(tiny, tmp_path: Path) -> None:
    engine = CT2DirectoryEngine([model_directory(tiny, tmp_path / "en-be", "bel_Cyrl")], beam_size=1)
    assert engine.pairs() == {("en", "be")}
    assert texts(engine.translate(SENTENCES[:1], "en", "be")) == SENTENCES[:1]


def test_model_that_needs_a_prefix_fails_without_it(tiny, tmp_path: Path) -> None:
    engine = CT2DirectoryEngine([model_directory(tiny, tmp_path / "en-be", None)], beam_size=1)
    assert texts(engine.translate(SENTENCES[:1], "en", "be")) != SENTENCES[:1]


def test_model_directory_without_description_is_refused(tiny, tmp_path: Path) -> None:
    folder = model_directory(tiny, tmp_path / "en-be", "bel_Cyrl")
    (folder / "uaintl-model.toml").unlink()
    with pytest.raises(UaintlError, match="no uaintl-model.toml"):
        CT2DirectoryEngine([folder]).pairs()


def test_download_without_network_is_one_error_line_and_exit_2(cli, mt_project: Path, monkeypatch) -> None:
    import socket

    def unreachable(*args, **kwargs):
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(socket.socket, "connect", unreachable)
    monkeypatch.setattr(socket, "getaddrinfo", unreachable)
    result = cli("models", "install", "--download", "en", "ru", expect=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("uaintl: error: cannot download the package index from ")
    assert "Network is unreachable" in lines[0] and "uaintl models install FILE" in lines[0]
    assert result.stdout == ""


def test_download_from_an_index_that_refuses_ends_at_once_through_a_pipe(mt_project: Path, tmp_path: Path) -> None:
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, ARGOS_PACKAGE_INDEX=f"http://127.0.0.1:{port}/", HOME=str(tmp_path))
    run = subprocess.run([str(Path(sys.executable).parent / "uaintl"), "--project", str(mt_project), "models", "install",
                          "--download", "en", "ru"], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.splitlines() == [
        f"uaintl: error: cannot download the package index from http://127.0.0.1:{port}/index.json: "
        "[Errno 111] Connection refused (no network? install a downloaded .argosmodel: uaintl models install FILE)"]
    assert not (tmp_path / "packages").exists() or not any((tmp_path / "packages").iterdir())
