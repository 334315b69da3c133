"""Benchmark: reading (segmenting) one-line Markdown appeals of growing size, in the same run.

Work must grow linearly with the text: for each hostile shape the seconds per 100 KB should stay flat
as the line grows from 100 KB to 1 MB (a quadratic reader multiplies them by ten).
Run: make bench   (or: .venv/bin/python benchmarks/bench_segment.py)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from uaintl.document.load import load_document

SHAPES = {
    "sentences": "Mr. Shved wrote to Vul. Lenina No. 5, e.g. the U.S. Embassy. ",
    "unclosed bold": "**Free ",
    "brackets": "[Free ",
    "urls": "See https://a.org/x. ",
}
SIZES = (100_000, 1_000_000)


def seconds(folder: Path, piece: str, size: int) -> float:
    path = folder / f"line-{size}.md"
    path.write_text("# Urgent action\n\n" + piece * (size // len(piece)) + "End.\n", encoding="utf-8")
    started = time.process_time()
    load_document(path)
    return time.process_time() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'shape':<14}" + "".join(f"{size // 1000:>8} KB" for size in SIZES) + "   s/100 KB growth")
        for name, piece in SHAPES.items():
            times = [seconds(Path(folder), piece, size) for size in SIZES]
            per = [elapsed / (size / 100_000) for elapsed, size in zip(times, SIZES, strict=True)]
            print(f"{name:<14}" + "".join(f"{elapsed:>10.2f}s" for elapsed in times) + f"   ×{per[1] / per[0]:.2f}")


if __name__ == "__main__":
    main()
