"""Server engines against real servers on loopback: LibreTranslate (from PyPI, offline, tiny copy
packages) and Apertium APy (Debian, apertium-bel-rus). A fault-injecting proxy in front of them
shows retries, failover, bounded concurrency and failures that are reported, never a crash."""

from __future__ import annotations

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

import pytest

from uaintl.catalog.pofile import read_po
from uaintl.config import load_project
from uaintl.mt.apy import ApyEngine
from tests.conftest import require_tool
from tests.mt.servers import (LIBRETRANSLATE_VENV, FaultyProxy, Gauge, free_port, libretranslate_command,
                              libretranslate_packages, running)

UA = "ua-85-21"
API_KEY = "test-key"


@pytest.fixture(scope="module")
def libretranslate(tiny, tmp_path_factory) -> dict[str, str]:
    """Two LibreTranslate servers; the second one requires an API key (``API_KEY``)."""
    program = LIBRETRANSLATE_VENV / "bin" / "libretranslate"
    require_tool("libretranslate (make libretranslate)", program.exists())
    folder = tmp_path_factory.mktemp("libretranslate")
    packages = libretranslate_packages(folder, tiny, LIBRETRANSLATE_VENV / "bin" / "python")
    keys = folder / "keys.db"
    open_port, keyed_port = free_port(), free_port()
    open_command, open_env = libretranslate_command(folder, packages, open_port)
    keyed_command, keyed_env = libretranslate_command(folder, packages, keyed_port, "--api-keys",
                                                      "--api-keys-db-path", str(keys), "--under-attack")
    with ExitStack() as stack, ThreadPoolExecutor(2) as pool:  # the two start in parallel
        starting = [pool.submit(stack.enter_context, running(command, f"http://127.0.0.1:{port}/languages",
                                                             folder / f"server-{port}.log", env))
                    for command, env, port in ((open_command, open_env, open_port),
                                               (keyed_command, keyed_env, keyed_port))]
        servers = [future.result() for future in starting]
        # the keyed server has created its key database by now
        subprocess.run([str(LIBRETRANSLATE_VENV / "bin" / "ltmanage"), "keys", "--api-keys-db-path", str(keys),
                        "add", "--key", API_KEY, "1000"], check=True, env=keyed_env, capture_output=True)
        yield {"open": servers[0].removesuffix("/languages"), "keyed": servers[1].removesuffix("/languages")}


@pytest.fixture(scope="module")
def apy(tmp_path_factory) -> str:
    program = require_tool("apertium-apy")
    require_tool("apertium-bel-rus", Path("/usr/share/apertium/modes/rus-bel.mode").exists())
    port = free_port()
    log = tmp_path_factory.mktemp("apy") / "apy.log"
    with running([program, "--port", str(port), "/usr/share/apertium/modes"], f"http://127.0.0.1:{port}/listPairs",
                 log) as ready:
        yield ready.removesuffix("/listPairs")


def configure(project: Path, engines: list[str], table: str, servers: list[str], **settings) -> None:
    extra = "".join(f"{key} = {json.dumps(value)}\n" for key, value in settings.items())
    (project / "uaintl.toml").write_text(
        f'[project]\nlocales = ["be", "ru"]\n[mt]\nengines = {json.dumps(engines)}\n'
        "boilerplate = false\n"  # the bundled UA memory would answer before the server under test
        f'[mt.{table}]\nservers = {json.dumps(servers)}\n{extra}', encoding="utf-8")


def catalog(project: Path, locale: str) -> dict:
    return {entry.msgctxt: entry for entry in read_po(project / "locales" / UA / f"{locale}.po").messages}


def test_engines_lists_each_servers_languages_or_why_it_is_unreachable(cli, project: Path, libretranslate) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    configure(project, ["libretranslate"], "libretranslate", [libretranslate["open"], closed])
    listed = {item["engine"]: item for item in json.loads(cli("engines", "--format", "json").output)["engines"]}
    entry = listed["libretranslate"]
    assert entry["available"] and entry["pairs"] == ["en-ru", "ru-en"]
    assert entry["servers"][libretranslate["open"]] == "en→ru, ru→en"
    assert entry["servers"][closed].startswith(f"unreachable ({closed}/languages: ") and "refused" in entry["servers"][closed]
    text = cli("engines").output
    assert f"{libretranslate['open']}: en→ru, ru→en" in text and f"{closed}: unreachable" in text


def test_libretranslate_prefills_the_catalogue_in_batches(cli, project: Path, libretranslate) -> None:
    with FaultyProxy(libretranslate["open"]) as proxy:
        configure(project, ["libretranslate"], "libretranslate", [proxy.url], batch_size=8)
        cli("extract")
        cli("update")
        result = cli("translate", "--locale", "ru")
        requests = proxy.requests
    assert "machine (libretranslate en-ru)" in result.output
    ru = catalog(project, "ru")
    machine = [entry for entry in ru.values() if any(c.startswith("uaintl-mt: libretranslate en-ru")
                                                     for c in entry.translator_comments)]
    assert len(machine) > 20 and all(entry.fuzzy for entry in machine)
    assert all(entry.msgstr == entry.msgid for entry in machine)  # the copy package, through the real server
    unique = len({entry.msgid for entry in machine})
    assert requests == 1 + -(-unique // 8)  # /languages, then one request per batch of 8 sentences


def test_retries_on_429_and_5xx_then_translates(cli, project: Path, libretranslate) -> None:
    with FaultyProxy(libretranslate["open"], failures=[429, 503]) as proxy:
        configure(project, ["libretranslate"], "libretranslate", [proxy.url], batch_size=500, retries=2)
        cli("extract")
        cli("update")
        result = cli("translate", "--locale", "ru")
        assert proxy.requests == 1 + 3  # /languages, 429, 503, then the answer
    assert "0 left empty" in result.output and "left empty:" not in result.stderr


def test_a_failing_server_leaves_sentences_empty_and_says_why(cli, project: Path, libretranslate) -> None:
    with FaultyProxy(libretranslate["open"], failures=[503] * 50) as proxy:
        configure(project, ["libretranslate"], "libretranslate", [proxy.url], batch_size=500, retries=1)
        cli("extract")
        cli("update")
        result = cli("translate", "--locale", "ru")
    empty = [entry for entry in catalog(project, "ru").values() if not entry.msgstr and not entry.msgid_plural]
    assert len(empty) > 20
    assert (f"  {len(empty)} left empty: {proxy.url}/translate: HTTP 503: injected by the test proxy "
            "(after 2 attempts)\n") in result.stderr
    assert proxy.requests == 1 + 2  # /languages, then one batch tried twice
    assert f"{len(empty)} left empty" in result.output


def test_jobs_bound_the_requests_in_flight_over_two_servers(cli, project: Path, libretranslate) -> None:
    cli("extract")
    for jobs in (1, 3):
        gauge = Gauge()
        with FaultyProxy(libretranslate["open"], gauge=gauge, hold=0.05) as first, \
                FaultyProxy(libretranslate["keyed"], gauge=gauge, hold=0.05) as second:
            configure(project, ["libretranslate"], "libretranslate", [first.url, second.url], batch_size=2,
                      api_key=API_KEY)
            for path in (project / "locales" / UA).glob("*.po"):
                path.unlink()
            cli("update")
            cli("translate", "--locale", "ru", "--jobs", str(jobs))
        assert all(entry.msgstr for entry in catalog(project, "ru").values() if entry.msgctxt)
        assert first.requests > 5 and abs(first.requests - second.requests) <= 1  # spread over both
        # never more in flight than --jobs; with more than one allowed, requests do overlap
        assert gauge.most == 1 if jobs == 1 else 2 <= gauge.most <= jobs


def test_api_key_is_sent_and_a_refused_request_is_reported(cli, project: Path, libretranslate) -> None:
    configure(project, ["libretranslate"], "libretranslate", [libretranslate["keyed"]])
    cli("extract")
    cli("update")
    refused = cli("translate", "--locale", "ru")
    assert "HTTP 400: Please contact the server operator to get an API key" in refused.stderr
    empty = [ctxt for ctxt, entry in catalog(project, "ru").items() if ctxt and not entry.msgstr]
    assert len(empty) > 20
    configure(project, ["libretranslate"], "libretranslate", [libretranslate["keyed"]], api_key=API_KEY)
    accepted = cli("translate", "--locale", "ru")
    assert "left empty:" not in accepted.stderr
    ru = catalog(project, "ru")
    assert all(ru[ctxt].msgstr == ru[ctxt].msgid for ctxt in empty)


def test_apy_translates_ru_to_be_and_counts_unknown_words(project: Path, apy) -> None:
    configure(project, ["apy"], "apy", [apy])
    engine = ApyEngine.from_project(load_project(project))
    assert engine.pairs() == {("ru", "be"), ("be", "ru")}
    assert engine.describe("ru", "be") == "apy rus-bel"
    sentences = ["Уважаемый господин Генеральный прокурор!", "Я пишу, чтобы выразить глубокую обеспокоенность.",
                 "Они должны быть освобождены.", "С уважением,"]
    results = engine.translate(sentences, "ru", "be")
    assert results[0].text == "Паважаны спадар Генеральны пракурор!" and results[0].unknown == 0
    assert all(result.text and "*" not in result.text for result in results)
    assert results[1].unknown >= 1  # «пишу» is not in apertium-bel-rus: left as in the source, counted
    assert results[3].text == "З павагай,"


def test_apy_serves_the_be_leg_of_a_pivot_through_the_cli(cli, project: Path, libretranslate, apy) -> None:
    (project / "uaintl.toml").write_text(
        '[project]\nlocales = ["be", "ru"]\n[mt]\nengines = ["libretranslate", "apy"]\nboilerplate = false\n'
        f'[mt.libretranslate]\nservers = ["{libretranslate["open"]}"]\n[mt.apy]\nservers = ["{apy}"]\n',
        encoding="utf-8")
    cli("extract")
    cli("update")
    result = cli("translate", "--locale", "be")
    assert "machine (libretranslate en-ru → apy rus-bel (via ru))" in result.output
    machine = [entry for entry in catalog(project, "be").values()
               if any(c.startswith("uaintl-mt: libretranslate en-ru → apy rus-bel (via ru)")
                      for c in entry.translator_comments)]
    assert len(machine) > 20 and all(entry.fuzzy and "*" not in entry.msgstr for entry in machine)
    # the copy package hands APy English: its unknown-word marks are removed and counted
    sentence = "They have committed no crime and should be immediately released."
    plain = [entry for entry in machine if entry.msgid == sentence]
    assert plain and plain[0].msgstr == sentence
    assert "uaintl-note: 10 unknown word(s) left as in the source" in plain[0].translator_comments
