"""What the server engines (LibreTranslate, Apertium APy) share: their ``uaintl.toml`` table, HTTP
with timeouts and retries, and batches spread over several servers with bounded concurrency.

Only the URLs the user configured are ever contacted; without a configured server a remote engine
is simply unavailable and nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from uaintl.config import Project
from uaintl.errors import UaintlError
from uaintl.mt.engine import Engine, EngineStatus, Translation
from uaintl.mt.settings import jobs, mt_settings

BACKOFF = 0.5  # seconds before the first retry; doubled each time, or the server's Retry-After
MAX_WAIT = 10.0
PROBE_TIMEOUT = 5.0  # `uaintl engines` asks each server for its languages, no retries


class RemoteError(Exception):
    """A request that failed for good: the message says which server and why. ``unreachable``:
    the server did not answer at all (refused, timed out), so asking it again is pointless."""

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


@dataclass(frozen=True)
class RemoteSettings:
    servers: tuple[str, ...]
    api_key: str | None = None
    timeout: float = 30.0
    retries: int = 3
    batch_size: int = 16
    jobs: int = 4


def remote_settings(project: Project, table: str) -> RemoteSettings:
    """``[mt.<table>]``: servers (http/https URLs), api_key, timeout, retries, batch_size; ``[mt] jobs``."""
    where = project.root / "uaintl.toml"
    settings = mt_settings(project).get(table, {})
    if not isinstance(settings, dict):
        raise UaintlError(f"[mt.{table}] must be a table", where)
    servers = settings.get("servers", [])
    if isinstance(servers, str):
        servers = [servers]
    if not isinstance(servers, list) or not all(isinstance(url, str) for url in servers):
        raise UaintlError(f"[mt.{table}] servers must be a list of URLs", where)
    for url in servers:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise UaintlError(f"[mt.{table}] servers: {url!r} is not an http(s) URL", where,
                              hint='write it as "http://host:port"')
    api_key = settings.get("api_key")
    if api_key is not None and not isinstance(api_key, str):
        raise UaintlError(f"[mt.{table}] api_key must be a string", where)
    numbers = {}
    for key, default, lowest in (("timeout", 30.0, 0.1), ("retries", 3, 0), ("batch_size", 16, 1)):
        value = settings.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < lowest:
            raise UaintlError(f"[mt.{table}] {key} must be a number ≥ {lowest}", where)
        numbers[key] = value
    return RemoteSettings(tuple(url.rstrip("/") for url in servers), api_key or None, float(numbers["timeout"]),
                          int(numbers["retries"]), int(numbers["batch_size"]), jobs(project))


def _message(error) -> str:
    """The server's own error text where it gives one (LibreTranslate: {"error": …})."""
    try:
        body = json.loads(error.read() or b"{}")
    except (json.JSONDecodeError, OSError, ValueError):
        return f"HTTP {error.code}"
    detail = body.get("error") or body.get("message") if isinstance(body, dict) else None
    return f"HTTP {error.code}: {detail}" if detail else f"HTTP {error.code}"


def request_json(url: str, *, form: dict | None = None, payload: dict | None = None, timeout: float,
                 retries: int, sleep: Callable[[float], None] = time.sleep) -> object:
    """GET (or POST ``form``/``payload``) ``url`` and decode its JSON answer.

    Connection failures, timeouts, 429 and 5xx are retried with exponential backoff (honouring
    Retry-After); any other answer fails at once. Raises RemoteError.
    """
    import http.client  # imported here: most runs use no server, and these cost 0.1 s at start-up
    import urllib.error
    import urllib.request

    data, headers = None, {"Accept": "application/json", "User-Agent": "uaintl"}
    if payload is not None:
        data, headers["Content-Type"] = json.dumps(payload).encode("utf-8"), "application/json"
    elif form is not None:
        data = urllib.parse.urlencode(form, doseq=True).encode("utf-8")
    problem, unreachable = "", False
    for attempt in range(retries + 1):
        wait = min(BACKOFF * 2 ** attempt, MAX_WAIT)
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data, headers), timeout=timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            problem, unreachable = _message(error), False
            if error.code != 429 and error.code < 500:
                raise RemoteError(f"{url}: {problem}") from None
            retry_after = error.headers.get("Retry-After", "") if error.headers else ""
            if retry_after.isdigit():
                wait = min(float(retry_after), MAX_WAIT)
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            problem, unreachable = str(getattr(error, "reason", error)), True
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise RemoteError(f"{url}: the answer is not JSON") from None
        if attempt < retries:
            sleep(wait)
    raise RemoteError(f"{url}: {problem}" + (f" (after {retries + 1} attempts)" if retries else ""), unreachable)


@dataclass
class Server:
    """One configured server; a server that stopped answering is skipped for the rest of the run."""

    url: str
    pairs: set[tuple[str, str]] = field(default_factory=set)
    problem: str = ""
    down: bool = False


def spread(servers: list[Server], batches: list[list[str]], send: Callable[[Server, list[str]], list[Translation]],
           concurrency: int) -> list[Translation]:
    """Send the batches over the servers, at most ``concurrency`` requests at a time; batch i starts
    at server i (round robin) and moves on to the next server if that one fails. A batch that no
    server could translate comes back as empty translations carrying the reason."""
    from concurrent.futures import ThreadPoolExecutor

    lock = threading.Lock()

    def one(index: int, batch: list[str]) -> list[Translation]:
        problem = "no server serves this pair"
        for step in range(len(servers)):
            server = servers[(index + step) % len(servers)]
            if server.down:
                continue
            try:
                return send(server, batch)
            except RemoteError as error:
                problem = str(error)
                if error.unreachable:
                    with lock:
                        server.down = True
        return [Translation(None, error=problem) for _ in batch]

    if not batches:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(batches)))) as pool:
        results = list(pool.map(one, range(len(batches)), batches))
    return [translation for result in results for translation in result]


def batched(texts: list[str], size: int) -> list[list[str]]:
    return [texts[start:start + size] for start in range(0, len(texts), size)]


def received(output: object, url: str) -> Translation:
    """A server's output for one sentence; an empty one is a failure, never an empty translation."""
    if isinstance(output, str) and output.strip():
        return Translation(output.strip())
    return Translation(None, error=f"{url}: empty translation")


class ServerEngine(Engine):
    """An engine whose work is done by the servers of ``[mt.<table>]``: a subclass says how to ask a
    server for its pairs and how to send it one batch."""

    table: ClassVar[str]

    def __init__(self, settings: RemoteSettings) -> None:
        self.settings = settings

    @classmethod
    def from_project(cls, project: Project) -> ServerEngine:
        return cls(remote_settings(project, cls.table))

    @abstractmethod
    def list_pairs(self, url: str) -> set[tuple[str, str]]:
        """The pairs the server at ``url`` serves; RemoteError, KeyError or TypeError if it cannot say."""

    @abstractmethod
    def send(self, server: Server, batch: list[str], source: str, target: str) -> list[Translation]:
        """One request (or a few) for one batch; raises RemoteError."""

    @cached_property
    def servers(self) -> list[Server]:
        """Every configured server with its pairs, asked once per run and without retries."""
        found = []
        for url in self.settings.servers:
            server = Server(url)
            try:
                server.pairs = self.list_pairs(url)
            except RemoteError as error:
                server.problem, server.down = f"unreachable ({error})", True
            except (TypeError, KeyError, AttributeError):
                server.problem, server.down = f"unreachable (not a {self.name} server)", True
            found.append(server)
        return found

    def pairs(self) -> set[tuple[str, str]]:
        return {pair for server in self.servers for pair in server.pairs}

    def unavailable(self) -> str:
        if not self.settings.servers:
            return f"no servers in [mt.{self.table}] servers (see README: Scaling out)"
        return "no configured server answers: " + "; ".join(
            f"{server.url}: {server.problem or 'no language pairs'}" for server in self.servers)

    def status(self) -> EngineStatus:
        status = super().status()
        status.servers = {server.url: server.problem or ", ".join(f"{a}→{b}" for a, b in sorted(server.pairs))
                          for server in self.servers}
        return status

    def translate(self, texts: list[str], source: str, target: str) -> list[Translation]:
        servers = [server for server in self.servers if (source, target) in server.pairs]
        return spread(servers, batched(texts, self.settings.batch_size),
                      lambda server, batch: self.send(server, batch, source, target), self.settings.jobs)

    def probe(self, path: str) -> object:
        """GET a server's description page: short timeout, no retries (``uaintl engines`` waits on it)."""
        return request_json(path, timeout=min(self.settings.timeout, PROBE_TIMEOUT), retries=0)
