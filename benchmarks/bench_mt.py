"""Benchmark: uaintl's MT path against argostranslate.translate.translate(), on the same package.

1. 300 letter-style segments through one tiny CTranslate2 copy model (built here, as in the tests),
   installed as an .argosmodel: segments/s for uaintl (batched by examples, one replica per core)
   and for argostranslate's own translate(), and whether outputs are identical. Target ≥ 4×.
   argostranslate needs stanza importable and fetches a sentence-boundary model on first use, which
   cannot work offline: stub ``stanza`` and ``minisbd`` modules are registered and the MiniSBD
   splitter returns the segment unchanged (each segment is one sentence already). Both sides decode greedily (beam 1),
   which the tiny model needs.
2. `uaintl translate` on the sample project cold, then again after a one-paragraph edit.
   Target: the re-run costs ≤ 5% of the cold run.
Run: make bench   (or: .venv/bin/python benchmarks/bench_mt.py)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mt.conftest import argos_package  # noqa: E402
from tests.mt.tiny_models import build_copy_model, piece_vocabulary, train_sentencepiece  # noqa: E402


def segments(count: int = 300) -> list[str]:
    from uaintl.document.load import load_document

    units = [unit.text for source in sorted((ROOT / "sources").glob("*.md"))
             for unit in load_document(source).units if unit.translatable]
    return [units[index % len(units)] + ("" if index < len(units) else f" ({index // len(units)})")
            for index in range(count)]


def argos_reference(packages: Path, texts: list[str]) -> tuple[float, list[str]]:
    os.environ["ARGOS_PACKAGES_DIR"] = str(packages)
    os.environ["ARGOS_BEAM_SIZE"] = "1"
    # Stand-ins for the sentence-boundary libraries argostranslate imports but cannot use offline.
    sys.modules.setdefault("stanza", types.ModuleType("stanza"))
    minisbd = types.ModuleType("minisbd")
    minisbd.SBDetect = object  # type: ignore[attr-defined]
    minisbd.models = types.SimpleNamespace(cache_dir=None)  # type: ignore[attr-defined]
    sys.modules.setdefault("minisbd", minisbd)
    from argostranslate import sbd, translate

    sbd.MiniSBDSentencizer.__init__ = lambda self, pkg: None  # type: ignore[method-assign]
    sbd.MiniSBDSentencizer.split_sentences = lambda self, text: [text]  # type: ignore[method-assign]
    translate.translate("warm up", "en", "ru")
    start = time.perf_counter()
    outputs = [translate.translate(text, "en", "ru") for text in texts]
    return time.perf_counter() - start, outputs


def uaintl_run(packages: Path, texts: list[str]) -> tuple[float, list[str]]:
    from uaintl.mt.argos import ArgosEngine

    engine = ArgosEngine(packages, beam_size=1)
    engine.translate(["warm up"], "en", "ru")
    start = time.perf_counter()
    outputs = engine.translate(texts, "en", "ru")
    return time.perf_counter() - start, [output.text or "" for output in outputs]


def rerun_cost(folder: Path, packages: Path) -> tuple[float, float, int, int]:
    from click.testing import CliRunner

    from uaintl.cli import main
    from uaintl.config import load_project
    from uaintl.mt.run import translate_project

    project = folder / "project"
    shutil.copytree(ROOT / "sources", project / "sources")
    (project / "uaintl.toml").write_text(
        f'[project]\nlocales = ["ru"]\n[mt]\nargos_packages = "{packages}"\nbeam_size = 1\n', encoding="utf-8")
    runner = CliRunner()
    for command in (["extract"], ["update"]):
        runner.invoke(main, ["--project", str(project), *command], catch_exceptions=False)
    loaded = load_project(project)
    start = time.perf_counter()
    cold, _ = translate_project(loaded, loaded.documents(), ("ru",), "argos")
    cold_seconds = time.perf_counter() - start
    source = project / "sources" / "ua-85-21.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "In the light of the above, I urge you", "In light of all the above, I urge you"), encoding="utf-8")
    for command in (["extract"], ["update"]):
        runner.invoke(main, ["--project", str(project), *command], catch_exceptions=False)
    start = time.perf_counter()
    again, _ = translate_project(loaded, loaded.documents(), ("ru",), "argos")
    rerun_seconds = time.perf_counter() - start
    return (cold_seconds, rerun_seconds, sum(r.report.segments_translated for r in cold),
            sum(r.report.segments_translated for r in again))


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[key] = str(folder / key.lower())
        spm = train_sentencepiece(folder / "spm")
        tiny = {"spm": spm, "copy": build_copy_model(folder / "copy", piece_vocabulary(spm))}
        packages = folder / "packages"
        from uaintl.mt.argos import install_package

        install_package(argos_package(tiny, folder), packages)
        texts = segments()
        ours, our_outputs = uaintl_run(packages, texts)
        theirs, their_outputs = argos_reference(packages, texts)
        identical = sum(a == b for a, b in zip(our_outputs, their_outputs, strict=True))
        print(f"{len(texts)} segments, one tiny CTranslate2 model (argos package), greedy decoding")
        print(f"  uaintl          {len(texts) / ours:8.1f} segments/s")
        print(f"  argostranslate  {len(texts) / theirs:8.1f} segments/s")
        print(f"  ratio           {theirs / ours:8.1f}× (target ≥ 4×); identical outputs: {identical}/{len(texts)}")
        cold, rerun, cold_segments, rerun_segments = rerun_cost(folder, packages)
        print(f"uaintl translate, sample project: cold {cold:.2f} s ({cold_segments} segments), "
              f"after a one-paragraph edit {rerun:.3f} s ({rerun_segments} segment)")
        print(f"  re-run costs {100 * rerun / cold:.1f}% of the cold run (target ≤ 5%)")


if __name__ == "__main__":
    main()
