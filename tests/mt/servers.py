"""Real MT servers on loopback for the tests: Apertium APy (Debian) and LibreTranslate (PyPI, in its
own virtual environment, made by `make libretranslate`), plus a fault-injecting proxy in front of
them that counts requests and requests in flight.

LibreTranslate is kept fully offline by: two installed packages (with fewer it fetches the package
index at start), a MiniSBD model inside each package (without one it downloads MiniSBD's model on
the first translation), ORT_DISABLE_TELEMETRY=1 (onnxruntime otherwise looks up Microsoft's
telemetry host), no --update-models, and a HOME of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import ROOT

LIBRETRANSLATE_VENV = Path(os.environ.get("UAINTL_LIBRETRANSLATE_VENV", ROOT / ".venv-libretranslate"))
START_TIMEOUT = 120  # seconds; LibreTranslate loads its packages before it answers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running(command: list[str], ready_url: str, log: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """Start a server in its own process group, wait until ``ready_url`` answers, stop it after."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"{command[0]} exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(ready_url, timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"{command[0]} did not answer in {START_TIMEOUT} s:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.3)
        yield ready_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def libretranslate_packages(folder: Path, tiny: dict[str, Path], python: Path) -> Path:
    """en→ru and ru→en copy-model packages, each with the keep-whole MiniSBD model."""
    sbd = folder / "keep-whole.onnx"
    subprocess.run([str(python), str(Path(__file__).with_name("minisbd_model.py")), str(sbd)], check=True)
    packages = folder / "packages"
    for source, target in (("en", "ru"), ("ru", "en")):
        package = packages / f"translate-{source}_{target}-1_0"
        shutil.copytree(tiny["copy"], package / "model")
        shutil.copy(tiny["spm"], package / "sentencepiece.model")
        (package / "minisbd").mkdir()
        shutil.copy(sbd, package / "minisbd" / f"{source}.onnx")
        (package / "metadata.json").write_text(json.dumps({
            "package_version": "1.0", "argos_version": "1.9.0", "from_code": source, "from_name": source,
            "to_code": target, "to_name": target, "type": "translate"}), encoding="utf-8")
    return packages


def libretranslate_command(folder: Path, packages: Path, port: int, *options: str) -> tuple[list[str], dict[str, str]]:
    home = folder / f"home-{port}"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "ARGOS_PACKAGES_DIR": str(packages),
           "ARGOS_DEVICE_TYPE": "cpu", "ORT_DISABLE_TELEMETRY": "1", "PYTHONUNBUFFERED": "1",
           "ARGOS_BEAM_SIZE": "1"}  # the copy model is decoded greedily (weaker beams never end)
    command = [str(LIBRETRANSLATE_VENV / "bin" / "libretranslate"), "--host", "127.0.0.1", "--port", str(port),
               "--load-only", "en,ru", "--disable-web-ui", "--disable-files-translation", "--threads", "4", *options]
    return command, env


class Gauge:
    """Requests in flight, and the most at once; one gauge may be shared by several proxies."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.current = 0
        self.most = 0

    def __enter__(self) -> None:
        with self.lock:
            self.current += 1
            self.most = max(self.most, self.current)

    def __exit__(self, *exc) -> None:
        with self.lock:
            self.current -= 1


class FaultyProxy:
    """A loopback proxy in front of a real server: answers the first translation requests (POST)
    with the given HTTP statuses (429 with Retry-After: 0), forwards everything else, and counts
    requests and those in flight; `hold` keeps each request in flight that many seconds more, so that
    concurrent clients overlap however fast the machine is."""

    def __init__(self, upstream: str, failures: list[int] | None = None, gauge: Gauge | None = None,
                 hold: float = 0.0) -> None:
        self.upstream = upstream.rstrip("/")
        self.hold = hold
        self.failures = list(failures or [])
        self.gauge = gauge or Gauge()
        self.requests = 0
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                proxy.handle(self, None)

            def do_POST(self) -> None:
                proxy.handle(self, self.rfile.read(int(self.headers.get("Content-Length", 0))))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultyProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes | None) -> None:
        with self.lock:
            self.requests += 1
            failure = self.failures.pop(0) if self.failures and body is not None else None
        headers = {}
        # In flight = while the upstream is asked; the gauge is left before the answer is written, so a
        # client that sends its next request on receiving this answer is never counted twice.
        with self.gauge:
            time.sleep(self.hold)
            if failure:
                status, data = failure, json.dumps({"error": "injected by the test proxy"}).encode()
                if failure == 429:
                    headers["Retry-After"] = "0"
            else:
                request = urllib.request.Request(self.upstream + handler.path, body, method=handler.command,
                                                 headers={key: value for key, value in handler.headers.items()
                                                          if key.lower() in ("content-type", "accept")})
                try:
                    with urllib.request.urlopen(request, timeout=60) as response:
                        status, data = response.status, response.read()
                except urllib.error.HTTPError as error:
                    status, data = error.code, error.read()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)
