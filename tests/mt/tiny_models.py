"""Tiny CTranslate2 models the tests build themselves: no downloads, nothing large committed.

A one-layer transformer whose weights are set by hand so that it copies its input: the
width is vocabulary one-hots plus position one-hots, self-attention and feed-forward
are zero, cross-attention aligns each target position with the same source position, the output
projection is a multiple of the token embeddings, and the model asks CTranslate2 to append </s> to
every source, so that copying it ends the translation. A substitution table turns the copy into a
word-for-word "translation"; a required target prefix token imitates NLLB.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

SPECIALS = ["<blank>", "<s>", "</s>", "<unk>"]
MAX_POSITIONS = 300  # ctranslate2 decodes up to 256 steps by default
WORDS = ("write a letter to the prosecutor general of the republic of belarus and ask him to release "
         "human rights defenders ales bialiatski valyantsin stefanovich uladzimir labkovich from pretrial "
         "detention they have committed no crime and are targeted for their work with viasna dear "
         "ambassador sincerely urgent action deadline september july august march background "
         "organization preparation actions public order criminal code article investigative committee").split()
CYRILLIC = ("напішыце ліст генеральнаму пракурору рэспублікі беларусь і папрасіце яго вызваліць "
            "праваабаронцаў алеся бяляцкага з-пад варты яны не здзейснілі злачынства паважаны спадар "
            "з павагай напишите письмо генеральному прокурору освободить").split()


def training_sentences(seed: int = 7) -> list[str]:
    """Generated letter-like sentences with the markup and placeholders uaintl produces, plus the
    bundled sources' lines, so that real appeal sentences stay well under the position limit."""
    rng = random.Random(seed)
    vocabulary = WORDS + CYRILLIC + ["<1>", "</1>", "<2/>", "<n1/>", "%(user_name)s", "85.21", "342", "2021"]
    lines = []
    for _ in range(400):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(4, 14))]
        line = " ".join(words)
        lines.append(line[0].upper() + line[1:] + rng.choice([".", "!", "?", ","]))
    for source in sorted((Path(__file__).resolve().parents[2] / "sources").glob("*.md")):
        lines += [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def train_sentencepiece(folder: Path, vocab_size: int = 800) -> Path:
    import sentencepiece as spm

    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(training_sentences()) + "\n", encoding="utf-8")
    prefix = folder / "sentencepiece"
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), model_type="unigram", vocab_size=vocab_size,
        hard_vocab_limit=False, normalization_rule_name="identity", character_coverage=1.0,
        bos_id=-1, eos_id=-1, unk_id=0, unk_piece="<unk>", minloglevel=2, num_threads=1,
        user_defined_symbols=["<1>", "</1>", "<2/>", "<n1/>"],
    )
    corpus.unlink()
    (folder / "sentencepiece.vocab").unlink()
    return prefix.with_suffix(".model")


def piece_vocabulary(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [processor.id_to_piece(index) for index in range(processor.get_piece_size())]
    return SPECIALS + [piece for piece in pieces if piece not in SPECIALS]


def build_copy_model(output_dir: Path, vocabulary: list[str], substitutions: dict[str, str] | None = None,
                     prefix_token: str | None = None) -> Path:
    """Write a CTranslate2 model directory that copies (or substitutes) its input tokens."""
    from ctranslate2.specs import transformer_spec

    tokens = list(vocabulary)
    if prefix_token and prefix_token not in tokens:
        tokens.append(prefix_token)
    size = len(tokens)
    width = size + MAX_POSITIONS
    index = {token: position for position, token in enumerate(tokens)}
    embeddings = np.zeros((size, width), dtype=np.float32)
    embeddings[np.arange(size), np.arange(size)] = 1.0
    positions = np.zeros((MAX_POSITIONS, width), dtype=np.float32)
    positions[np.arange(MAX_POSITIONS), size + np.arange(MAX_POSITIONS)] = 1.0
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 1)
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = False
        side.position_encodings.encodings = positions
        side.layer_norm.gamma = np.ones(width, dtype=np.float32)
        side.layer_norm.beta = np.zeros(width, dtype=np.float32)
        for layer in side.layer:
            for block in [layer.self_attention, layer.ffn] + ([layer.attention] if side is spec.decoder else []):
                block.layer_norm.gamma = np.ones(width, dtype=np.float32)
                block.layer_norm.beta = np.zeros(width, dtype=np.float32)
            layer.self_attention.linear[0].weight = np.zeros((3 * width, width), dtype=np.float32)
            layer.self_attention.linear[0].bias = np.zeros(3 * width, dtype=np.float32)
            layer.self_attention.linear[1].weight = np.zeros((width, width), dtype=np.float32)
            layer.self_attention.linear[1].bias = np.zeros(width, dtype=np.float32)
            layer.ffn.linear_0.weight = np.zeros((4, width), dtype=np.float32)
            layer.ffn.linear_0.bias = np.zeros(4, dtype=np.float32)
            layer.ffn.linear_1.weight = np.zeros((width, 4), dtype=np.float32)
            layer.ffn.linear_1.bias = np.zeros(width, dtype=np.float32)
    spec.encoder.embeddings[0].weight = embeddings
    # The decoder needs only its position: what it writes comes through cross-attention.
    spec.decoder.embeddings.weight = np.zeros_like(embeddings)
    attention = spec.decoder.layer[0].attention
    # A target position t (shifted by one when a prefix token is required) looks at source position t.
    shift = 1 if prefix_token else 0
    query = np.zeros((width, width), dtype=np.float32)
    for position in range(MAX_POSITIONS - shift):
        query[size + position, size + position + shift] = 40.0
    key_value = np.zeros((2 * width, width), dtype=np.float32)
    key_value[np.arange(size, width), np.arange(size, width)] = 1.0  # keys: source positions
    key_value[width + np.arange(size), np.arange(size)] = 1.0  # values: source tokens
    attention.linear[0].weight = query
    attention.linear[0].bias = np.zeros(width, dtype=np.float32)
    attention.linear[1].weight = key_value
    attention.linear[1].bias = np.zeros(2 * width, dtype=np.float32)
    out_projection = np.zeros((width, width), dtype=np.float32)
    mapping = np.arange(size)
    for source, target in (substitutions or {}).items():
        if source in index and target in index:
            mapping[index[source]] = index[target]
    out_projection[mapping, np.arange(size)] = 30.0
    attention.linear[2].weight = out_projection
    attention.linear[2].bias = np.zeros(width, dtype=np.float32)
    projection = embeddings.copy() * 10.0
    spec.decoder.projection.weight = projection
    # CTranslate2 appends </s> to every source, so copying it ends the sentence. (Weaker beam
    # hypotheses never end: decode this model greedily, beam_size = 1.)
    object.__setattr__(spec.config, "add_source_eos", True)
    spec.decoder.projection.bias = np.zeros(size, dtype=np.float32)
    spec.register_source_vocabulary(tokens)
    spec.register_target_vocabulary(tokens)
    spec.validate()
    spec.optimize(quantization="int8")
    output_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(output_dir))
    return output_dir


def learn_bpe(folder: Path, merges: int = 300) -> Path:
    """BPE codes (subword-nmt format 0.2) learnt from the training sentences, for packages that
    ship ``bpe.model`` instead of SentencePiece (OPUS-MT-style argos packages)."""
    from collections import Counter

    words = Counter(word for line in training_sentences() for word in line.split())
    spelled = {word: tuple(word[:-1]) + (word[-1] + "</w>",) for word in words}
    codes = []
    for _ in range(merges):
        pairs: Counter = Counter()
        for word, symbols in spelled.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += words[word]
        if not pairs:
            break
        best = max(pairs, key=lambda pair: (pairs[pair], pair))
        codes.append(best)
        for word, symbols in spelled.items():
            merged, index = [], 0
            while index < len(symbols):
                if symbols[index:index + 2] == best:
                    merged.append(best[0] + best[1])
                    index += 2
                else:
                    merged.append(symbols[index])
                    index += 1
            spelled[word] = tuple(merged)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bpe.model"
    path.write_text("#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in codes), encoding="utf-8")
    return path


def bpe_vocabulary(codes: Path) -> list[str]:
    """Every token argostranslate's BPE tokenizer makes of the training sentences."""
    from argostranslate.tokenizer import BPETokenizer

    tokenizer = BPETokenizer(codes, "en", "ru")
    tokens = {token for line in training_sentences() for token in tokenizer.encode(line)}
    return SPECIALS + sorted(tokens - set(SPECIALS))
