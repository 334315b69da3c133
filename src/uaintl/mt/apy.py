"""Apertium APy servers (Debian ``apertium-apy``): ``[mt.apy] servers = ["http://host:2737", …]``.

``/listPairs`` tells which pairs each server serves (ISO 639-3 codes: rus|bel). ``/translate``
takes one text, so a batch of sentences travels as one text with blank lines between them; a batch
whose sentences do not come back one for one is sent again sentence by sentence. Unknown-word marks
are removed and counted, as with the local Apertium engine.
"""

from __future__ import annotations

from uaintl.mt.apertium import SEPARATOR, unmarked
from uaintl.mt.engine import Translation
from uaintl.mt.remote import RemoteError, Server, ServerEngine, request_json

# APy names languages by ISO 639-3; uaintl by the codes of its catalogues.
ISO_639_3 = {"rus": "ru", "bel": "be", "ukr": "uk", "eng": "en", "pol": "pl", "deu": "de", "fra": "fr",
             "spa": "es", "ita": "it", "lit": "lt", "lav": "lv", "est": "et", "kaz": "kk"}
TO_APY = {short: long for long, short in ISO_639_3.items()}


class ApyEngine(ServerEngine):
    """Translation by Apertium APy servers (ru↔be with apertium-bel-rus): rough drafts, always fuzzy."""

    name = "apy"
    table = "apy"

    def list_pairs(self, url: str) -> set[tuple[str, str]]:
        return {(ISO_639_3.get(item["sourceLanguage"], item["sourceLanguage"]),
                 ISO_639_3.get(item["targetLanguage"], item["targetLanguage"]))
                for item in self.probe(f"{url}/listPairs")["responseData"]}  # type: ignore[index]

    def describe(self, source: str, target: str) -> str:
        return f"apy {TO_APY.get(source, source)}-{TO_APY.get(target, target)}"

    def send(self, server: Server, batch: list[str], source: str, target: str) -> list[Translation]:
        clean = [" ".join(text.split()) for text in batch]
        pieces = self._ask(server, SEPARATOR.join(clean), source, target).strip("\n").split(SEPARATOR)
        if len(pieces) != len(clean):
            pieces = [self._ask(server, text, source, target) for text in clean]
        return [unmarked(piece) for piece in pieces]

    def _ask(self, server: Server, text: str, source: str, target: str) -> str:
        form = {"langpair": f"{TO_APY.get(source, source)}|{TO_APY.get(target, target)}", "q": text,
                "markUnknown": "yes", "format": "txt"}
        if self.settings.api_key:
            form["key"] = self.settings.api_key
        answer = request_json(f"{server.url}/translate", form=form, timeout=self.settings.timeout,
                              retries=self.settings.retries)
        try:
            return str(answer["responseData"]["translatedText"])  # type: ignore[index]
        except (TypeError, KeyError):
            raise RemoteError(f"{server.url}/translate: not APy's answer") from None
