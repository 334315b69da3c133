"""LibreTranslate servers (self-hosted): ``[mt.libretranslate] servers = ["http://host:5000", …]``,
optional ``api_key``. ``/languages`` tells which pairs each server serves; each ``/translate``
request carries a batch of sentences (``q`` as a list).
"""

from __future__ import annotations

from uaintl.mt.engine import Translation
from uaintl.mt.remote import RemoteError, Server, ServerEngine, received, request_json


class LibreTranslateEngine(ServerEngine):
    """Translation by the organisation's LibreTranslate servers."""

    name = "libretranslate"
    table = "libretranslate"

    def list_pairs(self, url: str) -> set[tuple[str, str]]:
        return {(item["code"], target) for item in self.probe(f"{url}/languages")  # type: ignore[union-attr]
                for target in item["targets"] if target != item["code"]}

    def describe(self, source: str, target: str) -> str:
        return f"libretranslate {source}-{target}"

    def send(self, server: Server, batch: list[str], source: str, target: str) -> list[Translation]:
        payload = {"q": batch, "source": source, "target": target, "format": "text"}
        if self.settings.api_key:
            payload["api_key"] = self.settings.api_key
        answer = request_json(f"{server.url}/translate", payload=payload, timeout=self.settings.timeout,
                              retries=self.settings.retries)
        outputs = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(outputs, list) or len(outputs) != len(batch):
            raise RemoteError(f"{server.url}/translate: the answer does not hold {len(batch)} translations")
        return [received(output, server.url) for output in outputs]
