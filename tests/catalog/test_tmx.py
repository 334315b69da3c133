"""TMX reading and writing: one module for the memory's compendia, the boilerplate and memory export."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate.storage import tmx as tt_tmx

from tests.conftest import FIXTURES
from uaintl.catalog.tmx import TmxUnit, read_tmx, tmx_bytes
from uaintl.errors import UaintlError

TMX = FIXTURES / "tmx"


def test_written_tmx_is_read_back_by_translate_toolkit_and_by_us(tmp_path: Path) -> None:
    units = [TmxUnit({"en": "Free <1>Ales</1> now <2/>.", "be": "Вызваліце <1>Алеся</1> зараз <2/>."},
                     {"x-uaintl-role": "letter"}),
             TmxUnit({"en": "Dear Minister,", "be": "Паважаны спадар Міністр!", "be-Latn": "Pavažany spadar Ministr!"})]
    path = tmp_path / "memory.tmx"
    path.write_bytes(tmx_bytes(units, "en"))
    store = tt_tmx.tmxfile.parsefile(str(path))
    assert [(unit.source, unit.target) for unit in store.units] == [
        ("Free <1>Ales</1> now <2/>.", "Вызваліце <1>Алеся</1> зараз <2/>."),
        ("Dear Minister,", "Паважаны спадар Міністр!")]
    back = read_tmx(path)
    assert [(unit.segments, unit.props) for unit in back] == [(unit.segments, unit.props) for unit in units]
    assert back[1].text("be-latn") == "Pavažany spadar Ministr!" and back[1].text("ru") is None


def test_old_tmx_with_lang_attributes_and_inline_codes(tmp_path: Path) -> None:
    unit, = read_tmx(TMX / "omegat-style.tmx")
    assert unit.text("en") == "Release them <b>now</b>." and unit.text("ru") == "Освободите их <b>немедленно</b>."


@pytest.mark.parametrize("name, message, line", [
    ("broken.tmx", "not well-formed TMX", 8),
    ("not-tmx.xml", "not a TMX file (root element <xliff>)", 2),
    ("no-lang.tmx", "<tuv> without xml:lang", 7),
    ("missing.tmx", "cannot read TMX", None),
])
def test_bad_tmx_is_one_clear_error(name: str, message: str, line: int | None) -> None:
    with pytest.raises(UaintlError) as caught:
        read_tmx(TMX / name)
    assert message in caught.value.message and caught.value.line == line
