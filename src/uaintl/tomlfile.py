"""TOML reading with errors that name the file and the line (Python 3.11's tomllib only says it in text)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from uaintl.errors import UaintlError

_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)|\(at end of document\)")


def parse_toml(text: str, path: Path | str, hint: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _AT_LINE.search(message)
        line = None
        if match:
            line = int(match.group(1)) if match.group(1) else len(text.rstrip("\n").split("\n"))
        raise UaintlError(f"invalid TOML: {_AT_LINE.sub('', message).strip()}", path, line, hint) from None
