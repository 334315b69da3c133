"""The appeal's headline: one rule for the letters' subject and the report's title (review #5)."""

from __future__ import annotations

from uaintl.document.appeal import headline
from uaintl.document.model import Placeholder, Unit


def _unit(unit_id: str, role: str, text: str, placeholders: tuple = (), **layout: str) -> Unit:
    return Unit(id=unit_id, role=role, text=text, line=1, placeholders=placeholders, layout=dict(layout))


def test_labels_are_not_the_headline() -> None:
    units = [_unit("header/title-1", "title", "UA: 271/12 Index: EUR 46/038/2012 Russian Federation"),
             _unit("header/title-2", "title", "URGENT ACTION"),
             _unit("header/title-3", "title", "Environmental defender fined and threatened")]
    assert headline(units) == "Environmental defender fined and threatened"


def test_shouting_headline_in_sentence_case_keeps_names_and_acronyms() -> None:
    units = [_unit("header/title-1", "title", "URGENT ACTION"),
             _unit("header/title-2", "title", "ACTIVIST IN CHECHNYA BEATEN BY KGB AGENTS"),
             _unit("header/summary-1.1", "summary", "Ruslan Umarov was beaten in Grozny, Chechnya, by KGB agents."),
             _unit("action/title-1", "title", "TAKE ACTION")]
    assert headline(units) == "Activist in Chechnya beaten by KGB agents"


def test_translated_headline_and_tags_removed() -> None:
    units = [_unit("header/title-1", "title", "<1>ADDITIONAL INFORMATION</1>", (Placeholder(1, "strong", "**", "**"),)),
             _unit("header/title-2", "title", "<1>JOURNALIST DETAINED IN KAZAN</1>",
                   (Placeholder(1, "strong", "**", "**"),)),
             _unit("header/summary-1.1", "summary", "Maria Sokolova was detained in Kazan.")]
    translations = {"header/title-2": "<1>ЖУРНАЛИСТКА ЗАДЕРЖАНА В КАЗАНИ</1>",
                    "header/summary-1.1": "Мария Соколова задержана в Казани."}
    assert headline(units) == "Journalist detained in Kazan"
    assert headline(units, lambda unit: translations.get(unit.id, unit.text)) == "Журналистка задержана в Казани"


def test_page_title_with_the_site_name_gives_way_to_the_pages_heading() -> None:
    units = [_unit("header/title-1", "title", "Belarus: Free Nasta Loika | Amnesty International", element="title"),
             _unit("header/title-2", "title", "Belarus: Free human rights defender Nasta Loika", element="h1")]
    assert headline(units) == "Belarus: Free human rights defender Nasta Loika"
    assert headline(units[:1]) == "Belarus: Free Nasta Loika"
