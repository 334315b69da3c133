"""CTranslate2 + SentencePiece, driven directly: batches by examples, threads chosen on purpose.

Used for argostranslate packages and for any other CTranslate2 model directory (NLLB, OPUS-MT).
Driving ctranslate2 ourselves skips argostranslate's sentence-boundary models (which it would fetch
from the network) and its decoder that turns every ``_`` into a space.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from uaintl.errors import UaintlError

BATCH_SIZE = 16


def thread_settings() -> tuple[int, int]:
    """(inter_threads, intra_threads): one translator replica per core beats threads inside one
    replica for short sentences (DESIGN.md: 7 vs 3 sentences/s on 2 cores)."""
    cores = max(1, os.cpu_count() or 1)
    return cores, 1


@dataclass
class CT2Model:
    """A CTranslate2 model directory with its SentencePiece model(s)."""

    model_dir: Path
    source_spm: Path
    target_spm: Path
    beam_size: int = 2

    @cached_property
    def translator(self):
        import ctranslate2

        inter, intra = thread_settings()
        try:
            return ctranslate2.Translator(str(self.model_dir), device="cpu", inter_threads=inter,
                                          intra_threads=intra)
        except (RuntimeError, ValueError, OSError) as error:
            raise UaintlError(f"cannot load the CTranslate2 model: {error}", self.model_dir,
                              hint="reinstall the model; the file may be corrupt or truncated") from None

    @cached_property
    def _processors(self):
        import sentencepiece as spm

        try:
            source = spm.SentencePieceProcessor(model_file=str(self.source_spm))
            target = source if self.target_spm == self.source_spm else spm.SentencePieceProcessor(
                model_file=str(self.target_spm))
        except (RuntimeError, OSError) as error:
            raise UaintlError(f"cannot load the SentencePiece model: {error}", self.source_spm,
                              hint="reinstall the model") from None
        return source, target

    def translate(self, texts: list[str], source_prefix: list[str] | None = None,
                  source_suffix: list[str] | None = None, target_prefix: list[str] | None = None
                  ) -> list[str]:
        """Translate already-segmented sentences, one output per input."""
        if not texts:
            return []
        source_sp, target_sp = self._processors
        batch = [(source_prefix or []) + source_sp.encode(text, out_type=str) + (source_suffix or [])
                 for text in texts]
        results = self.translator.translate_batch(
            batch,
            target_prefix=[list(target_prefix) for _ in batch] if target_prefix else None,
            max_batch_size=BATCH_SIZE,
            batch_type="examples",
            beam_size=self.beam_size,
            replace_unknowns=True,
            max_decoding_length=min(256, 3 * max(len(tokens) for tokens in batch) + 10),
        )
        outputs = []
        for result in results:
            tokens = result.hypotheses[0]
            if target_prefix and tokens[: len(target_prefix)] == list(target_prefix):
                tokens = tokens[len(target_prefix):]
            outputs.append(target_sp.decode(tokens))
        return outputs
