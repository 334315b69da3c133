"""Benchmark: machine translation with a model of realistic size, built here.

The model has transformer-base dimensions — 6+6 layers, d_model 512, 8 heads, FFN 2048, a
vocabulary of 8,000 entries, int8 — and copies its input, so that its output is deterministic,
terminates, and can be compared exactly: near-orthogonal random token embeddings (448 of the 512
dimensions) and position vectors (the other 64), every head of the first decoder layer's
cross-attention aligned on the source position, all other blocks zero (they are still computed:
CTranslate2 runs every layer). SentencePiece is trained on the tests' letter sentences (≈800
pieces); the rest of the vocabulary is filler entries that cost what real entries cost in the
output projection.

1. The same 300 segments, in three ways, each in a fresh process (peak memory is its own):
   - uaintl: `ArgosEngine` (batches of 16 examples, one replica per core);
   - argostranslate as its documentation shows: `argostranslate.translate.translate()` per segment;
   - argostranslate used well: one translation object, its tokenizer and CTranslate2 translator,
     all segments in one `translate_batch`.
   All decode greedily (the copy model needs it). Outputs must be identical. The package ships a
   MiniSBD model (tests/mt/minisbd_model.py) so argostranslate runs offline and unpatched.
2. `uaintl translate` of 20 documents, cold (new process, model loaded), then again after a
   one-paragraph edit (target ≤ 5% of the cold run); peak memory of each run.
3. LibreTranslate: throughput of the same segments through 1 and through 2 local servers
   (the same package), `[mt] jobs = 4`, batches of 16.

Needs `make libretranslate` (its Python builds the MiniSBD model; it runs the servers).
Run: make bench   (or: .venv/bin/python benchmarks/bench_mt.py)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.mt.servers import (LIBRETRANSLATE_VENV, free_port, libretranslate_command,  # noqa: E402
                              running)
from tests.mt.tiny_models import piece_vocabulary, train_sentencepiece  # noqa: E402

SEGMENTS = 300
VOCABULARY = 8000
LAYERS, D_MODEL, HEADS, FFN = 6, 512, 8, 2048
POSITION_DIMS = 64
MAX_POSITIONS = 512


def build_base_copy_model(output_dir: Path, pieces: list[str], seed: int = 1) -> Path:
    """A transformer-base CTranslate2 model that copies its input (see the module docstring)."""
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    tokens = list(pieces) + [f"<filler_{index}>" for index in range(VOCABULARY - len(pieces))]
    token_dims = D_MODEL - POSITION_DIMS

    def unit_rows(rows: int, columns: int) -> np.ndarray:
        values = rng.standard_normal((rows, columns)).astype(np.float32)
        values -= values.mean(axis=1, keepdims=True)
        return values / np.linalg.norm(values, axis=1, keepdims=True)

    embeddings = np.zeros((len(tokens), D_MODEL), np.float32)
    embeddings[:, :token_dims] = unit_rows(len(tokens), token_dims)
    positions = np.zeros((MAX_POSITIONS, D_MODEL), np.float32)
    positions[:, token_dims:] = unit_rows(MAX_POSITIONS, POSITION_DIMS)

    def zero(*shape: int) -> np.ndarray:
        return np.zeros(shape, np.float32)

    spec = transformer_spec.TransformerSpec.from_config((LAYERS, LAYERS), HEADS)
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = False
        side.position_encodings.encodings = positions
        side.layer_norm.gamma, side.layer_norm.beta = np.ones(D_MODEL, np.float32), zero(D_MODEL)
        for layer in side.layer:
            blocks = [layer.self_attention, layer.ffn] + ([layer.attention] if side is spec.decoder else [])
            for block in blocks:
                block.layer_norm.gamma, block.layer_norm.beta = np.ones(D_MODEL, np.float32), zero(D_MODEL)
            attentions = [layer.self_attention] + ([layer.attention] if side is spec.decoder else [])
            for attention in attentions:
                fused = 3 if attention is layer.self_attention else 1
                attention.linear[0].weight, attention.linear[0].bias = zero(fused * D_MODEL, D_MODEL), zero(fused * D_MODEL)
                if attention is layer.self_attention:
                    attention.linear[1].weight, attention.linear[1].bias = zero(D_MODEL, D_MODEL), zero(D_MODEL)
                else:
                    attention.linear[1].weight, attention.linear[1].bias = zero(2 * D_MODEL, D_MODEL), zero(2 * D_MODEL)
                    attention.linear[2].weight, attention.linear[2].bias = zero(D_MODEL, D_MODEL), zero(D_MODEL)
            layer.ffn.linear_0.weight, layer.ffn.linear_0.bias = zero(FFN, D_MODEL), zero(FFN)
            layer.ffn.linear_1.weight, layer.ffn.linear_1.bias = zero(D_MODEL, FFN), zero(D_MODEL)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = np.zeros_like(embeddings)  # the decoder needs only its position
    head = D_MODEL // HEADS
    query, key_value = zero(D_MODEL, D_MODEL), zero(2 * D_MODEL, D_MODEL)
    for index in range(HEADS):  # every head: target position t attends to source position t
        query[index * head:(index + 1) * head, token_dims:] = 12.0 * np.eye(POSITION_DIMS, dtype=np.float32)
        key_value[index * head:(index + 1) * head, token_dims:] = np.eye(POSITION_DIMS, dtype=np.float32)
    key_value[D_MODEL:, :] = np.eye(D_MODEL, dtype=np.float32)  # values: the source state itself
    output = zero(D_MODEL, D_MODEL)
    output[:token_dims, :token_dims] = 4.0 * np.eye(token_dims, dtype=np.float32)  # the token, not the position
    copying = spec.decoder.layer[0].attention
    copying.linear[0].weight, copying.linear[1].weight, copying.linear[2].weight = query, key_value, output
    spec.decoder.projection.weight = embeddings * 40.0
    spec.decoder.projection.bias = zero(len(tokens))
    object.__setattr__(spec.config, "add_source_eos", True)  # copying </s> ends the sentence
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    spec.validate()
    spec.optimize(quantization="int8")
    output_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(output_dir))
    return output_dir


def make_packages(folder: Path) -> Path:
    """en→ru and ru→en packages (LibreTranslate wants two, or it fetches the index) with the
    keep-whole MiniSBD model, so argostranslate and LibreTranslate stay offline."""
    spm = train_sentencepiece(folder / "spm")
    model = build_base_copy_model(folder / "model", piece_vocabulary(spm))
    sbd = folder / "keep-whole.onnx"
    subprocess.run([str(LIBRETRANSLATE_VENV / "bin" / "python"), str(ROOT / "tests" / "mt" / "minisbd_model.py"),
                    str(sbd)], check=True)
    packages = folder / "packages"
    for source, target in (("en", "ru"), ("ru", "en")):
        package = packages / f"translate-{source}_{target}-base"
        shutil.copytree(model, package / "model")
        shutil.copy(spm, package / "sentencepiece.model")
        (package / "minisbd").mkdir()
        shutil.copy(sbd, package / "minisbd" / f"{source}.onnx")
        (package / "metadata.json").write_text(json.dumps({
            "package_version": "1.0", "argos_version": "1.9.0", "from_code": source, "from_name": source,
            "to_code": target, "to_name": target, "type": "translate"}), encoding="utf-8")
    return packages


def segments(count: int = SEGMENTS) -> list[str]:
    """Translatable units of the bundled sample and the test corpus, repeated with a counter."""
    from uaintl.document.load import load_document

    files = [ROOT / "sources" / "ua-85-21.md", *corpus_files()]
    units = [unit.text for path in files for unit in load_document(path).units if unit.translatable]
    units = [unit for unit in dict.fromkeys(units) if "\n" not in unit]  # one line each (the SPM has no \n)
    return [units[index % len(units)] + ("" if index < len(units) else f" ({index // len(units)})")
            for index in range(count)]


def corpus_files() -> list[Path]:
    return sorted(path for path in (ROOT / "tests" / "fixtures" / "ua-corpus").iterdir()
                  if path.suffix in (".md", ".txt", ".html"))


def one_way(way: str, packages: str, texts: list[str], home: str, queue) -> None:
    """Runs in a fresh process: seconds, outputs, peak memory (MB) for one way of translating."""
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[key] = str(Path(home) / key.lower())
    os.environ.update(ARGOS_PACKAGES_DIR=packages, ARGOS_BEAM_SIZE="1", ARGOS_DEVICE_TYPE="cpu",
                      ORT_DISABLE_TELEMETRY="1")
    if way == "uaintl":
        from uaintl.mt.argos import ArgosEngine

        engine = ArgosEngine(Path(packages), beam_size=1)
        engine.translate(["Warm up."], "en", "ru")
        start = time.perf_counter()
        outputs = [translation.text or "" for translation in engine.translate(texts, "en", "ru")]
    elif way == "argos-translate":
        from argostranslate import translate

        translate.translate("Warm up.", "en", "ru")
        start = time.perf_counter()
        outputs = [translate.translate(text, "en", "ru") for text in texts]
    else:  # argostranslate used well: one translation object, one batch
        from argostranslate import translate

        translation = translate.get_translation_from_codes("en", "ru")
        translation.translate("Warm up.")  # loads its CTranslate2 translator
        translation = getattr(translation, "underlying", translation)
        tokenizer, translator = translation.pkg.tokenizer, translation.translator
        start = time.perf_counter()
        results = translator.translate_batch([tokenizer.encode(text) for text in texts], beam_size=1,
                                             max_batch_size=16, batch_type="examples", replace_unknowns=True)
        outputs = [tokenizer.decode(result.hypotheses[0]).lstrip(" ") for result in results]
    seconds = time.perf_counter() - start
    queue.put((seconds, outputs, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def three_ways(packages: Path, texts: list[str], home: Path) -> dict[str, tuple[float, list[str], float]]:
    context = multiprocessing.get_context("spawn")
    measured = {}
    for way in ("uaintl", "argos-translate", "argos-batched"):
        queue = context.Queue()
        process = context.Process(target=one_way, args=(way, str(packages), texts, str(home / way), queue))
        process.start()
        measured[way] = queue.get()
        process.join()
    return measured


def twenty_documents(folder: Path, packages: Path) -> Path:
    """The bundled sample, the corpus appeals, and variants of them with other numbers (case
    numbers, dates) up to 20 documents."""
    project = folder / "project"
    sources = project / "sources"
    sources.mkdir(parents=True)
    shutil.copy(ROOT / "sources" / "ua-85-21.md", sources)
    originals = corpus_files()
    for path in originals:
        shutil.copy(path, sources)
    for index, path in enumerate(originals[: 20 - 1 - len(originals)], start=1):
        text = re.sub(r"\d", lambda digit: str((int(digit.group()) + index) % 10), path.read_text(encoding="utf-8"))
        (sources / f"{path.stem}-v{index}{path.suffix}").write_text(text, encoding="utf-8")
    (project / "uaintl.toml").write_text(
        f'[project]\nlocales = ["ru"]\n[mt]\nargos_packages = "{packages}"\nbeam_size = 1\nengines = ["argos"]\n',
        encoding="utf-8")
    return project


def uaintl(project: Path, *args: str) -> tuple[float, float, str]:
    """Seconds and peak memory (MB, the process's maximum resident set) of one `uaintl` process."""
    start = time.perf_counter()
    process = subprocess.Popen([str(Path(sys.executable).parent / "uaintl"), "--project", str(project), *args],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"uaintl {' '.join(args)} failed")
    return seconds, usage.ru_maxrss / 1024, output


def cold_and_rerun(folder: Path, packages: Path, reruns: int = 3) -> None:
    """One cold run, then re-runs after one-paragraph edits (the edit, its revert, the edit again):
    the median re-run is compared, as other work on the machine makes single timings noisy."""
    project = twenty_documents(folder, packages)
    uaintl(project, "extract")
    uaintl(project, "update")
    cold, cold_memory, output = uaintl(project, "translate")
    machine = sum(int(count) for count in re.findall(r"(\d+) machine", output))
    source = project / "sources" / "ua-85-21.md"
    original = source.read_text(encoding="utf-8")
    edited = original.replace("In the light of the above, I urge you", "In light of all the above, I urge you")
    runs = []
    for attempt in range(reruns):
        source.write_text(edited if attempt % 2 == 0 else original, encoding="utf-8")
        uaintl(project, "extract")
        uaintl(project, "update")
        seconds, memory, output = uaintl(project, "translate")
        runs.append((seconds, memory, sum(int(count) for count in re.findall(r"(\d+) machine", output))))
    rerun, rerun_memory, again = sorted(runs)[len(runs) // 2]
    documents = len(list((project / "sources").iterdir()))
    print(f"\nuaintl translate, {documents} documents → ru (new process each time, model loaded each time)")
    print(f"  cold:  {cold:6.2f} s, {machine} machine suggestions, peak memory {cold_memory:.0f} MB")
    print(f"  after a one-paragraph edit (median of {reruns}: {', '.join(f'{run[0]:.2f}' for run in runs)} s): "
          f"{rerun:.2f} s, {again} machine suggestion(s), peak memory {rerun_memory:.0f} MB")
    print(f"  re-run costs {100 * rerun / cold:.1f}% of the cold run (target ≤ 5%)")


def servers_throughput(folder: Path, packages: Path, texts: list[str]) -> None:
    from uaintl.mt.libretranslate import LibreTranslateEngine
    from uaintl.mt.remote import RemoteSettings

    ports = [free_port(), free_port()]
    with ExitStack() as stack:
        urls = []
        for port in ports:
            command, env = libretranslate_command(folder, packages, port)
            stack.enter_context(running(command, f"http://127.0.0.1:{port}/languages", folder / f"lt-{port}.log", env))
            urls.append(f"http://127.0.0.1:{port}")
        print(f"\nLibreTranslate 1.9.6, the same package, {len(texts)} segments, jobs = 4, batches of 16")
        rates = []
        for servers in (urls[:1], urls):
            engine = LibreTranslateEngine(RemoteSettings(tuple(servers), timeout=600, jobs=4, batch_size=16))
            engine.translate(["Warm up."] * 2, "en", "ru")
            start = time.perf_counter()
            outputs = engine.translate(texts, "en", "ru")
            seconds = time.perf_counter() - start
            rates.append(len(texts) / seconds)
            done = sum(1 for output in outputs if output.text)
            print(f"  {len(servers)} server(s): {rates[-1]:6.1f} segments/s ({done}/{len(texts)} translated)")
        print(f"  2 servers / 1 server: {rates[1] / rates[0]:.2f}× (2 cores on this machine)")


def main() -> None:
    if not (LIBRETRANSLATE_VENV / "bin" / "python").exists():
        sys.exit(f"needs LibreTranslate's environment ({LIBRETRANSLATE_VENV}): make libretranslate")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[key] = str(folder / key.lower())
        packages = make_packages(folder)
        texts = segments()
        print(f"{len(texts)} segments; transformer-base copy model ({LAYERS}+{LAYERS} layers, d_model {D_MODEL}, "
              f"{HEADS} heads, FFN {FFN}, vocabulary {VOCABULARY}, int8), greedy decoding, {os.cpu_count()} cores")
        measured = three_ways(packages, texts, folder)
        reference = measured["uaintl"][1]
        labels = {"uaintl": "uaintl (ArgosEngine)", "argos-translate": "argostranslate translate()",
                  "argos-batched": "argostranslate, one object, batched"}
        print(f"  {'way':<38} {'segments/s':>10} {'vs uaintl':>10} {'identical':>10} {'peak MB':>8}")
        for way, (seconds, outputs, memory) in measured.items():
            identical = sum(a == b for a, b in zip(outputs, reference, strict=True))
            print(f"  {labels[way]:<38} {len(texts) / seconds:10.1f} {measured['uaintl'][0] / seconds:9.2f}× "
                  f"{identical:>6}/{len(texts)} {memory:8.0f}")
        for way, (_, outputs, _) in measured.items():
            for ours, theirs in zip(reference, outputs, strict=True):
                if ours != theirs:
                    print(f"  first difference ({way}): {ours!r} ≠ {theirs!r}")
                    break
        cold_and_rerun(folder, packages)
        servers_throughput(folder, packages, texts)


if __name__ == "__main__":
    main()
