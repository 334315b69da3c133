"""``uaintl init``: the files of a new project, each with comments that say what goes where."""

from __future__ import annotations

from pathlib import Path

from uaintl.config import CONFIG_NAME
from uaintl.errors import UaintlError
from uaintl.fileio import atomic_write

CONFIG = '''\
# uaintl project settings. Every key is optional; the values shown are the defaults.
[project]
source_language = "en"
# Target locales; be-Latn (Łacinka) letters are rendered from be.
locales = ["be", "ru"]
# Folder of the source appeals (.md, .txt, .html), and of the catalogues and the names registry.
sources = "sources"
locales_dir = "locales"

[update]
# Lowest similarity (0-100, like msgmerge's fuzzy search) for reusing a changed message's translation.
fuzzy_threshold = 60

[mt]
# Engines in the order they are tried; a pair no engine serves directly goes through its pivot.
engines = ["argos", "ct2", "apertium", "libretranslate", "apy"]
pivots = { be = "ru" }
# argostranslate packages (uaintl models install FILE.argosmodel); default: argostranslate's own folder.
# argos_packages = "~/.local/share/argos-translate/packages"
# Other CTranslate2 model directories, each with a uaintl-model.toml.
models = []
beam_size = 2
# Translation memory: reviewed catalogues of this project, plus these PO/TMX files, plus uaintl's
# bundled UA boilerplate (recurring UA text in be/ru, always as a draft for review; false turns it off).
compendia = []
memory_threshold = 75
boilerplate = true
# Requests in flight at once to the MT servers below (uaintl translate --jobs).
jobs = 4

# The organisation's MT servers (README: Scaling out). Only the URLs listed here are ever contacted;
# with none, nothing leaves this machine.
[mt.libretranslate]
servers = []   # e.g. ["http://mt1.example.org:5000", "http://mt2.example.org:5000"]
# api_key = ""
# timeout = 30      # seconds per request
# retries = 3       # on 429, 5xx and refused connections, with backoff
# batch_size = 16   # sentences per request

[mt.apy]
servers = []   # Apertium APy, e.g. ["http://apy.example.org:2737"]

[sender]
# Who signs the letters (uaintl render --sender-name/--sender-email override these).
name = ""
address = []
email = ""
'''

NAMES = '''\
# Person registry: the one right form of each name per locale.
# en: as English sources write it; be / ru: Cyrillic; be-Latn: Łacinka. aliases: other spellings seen.
# gender ("m" or "f") chooses the case endings and the salutation of letters.
# `uaintl names check` reports any other form in sources and catalogues. Remove the # to use the example.

# [[person]]
# id = "bialiatski"
# gender = "m"
# en = "Ales Bialiatski"
# be = "Алесь Бяляцкі"
# ru = "Алесь Беляцкий"
# be-Latn = "Aleś Bialacki"
# aliases = ["Ales Byalyatski"]
'''

IGNORED = "out/"


def create_project(folder: Path) -> list[Path]:
    """Write a new project in ``folder`` (created if needed); returns what was created or changed.

    Refuses, writing nothing, when the folder already has a uaintl.toml or a names registry.
    """
    config, names, sources, ignore = (folder / CONFIG_NAME, folder / "locales" / "names.toml",
                                      folder / "sources", folder / ".gitignore")
    existing = [path for path in (config, names) if path.exists()]
    if existing:
        raise UaintlError("already a uaintl project; nothing written", existing[0],
                          hint="edit it, or choose another folder")
    if folder.exists() and not folder.is_dir():
        raise UaintlError("not a folder", folder)
    ignored = ignore.read_text(encoding="utf-8").split("\n") if ignore.exists() else []
    sources.mkdir(parents=True, exist_ok=True)
    atomic_write(config, CONFIG.encode("utf-8"))
    atomic_write(names, NAMES.encode("utf-8"))
    created = [config, sources, names]
    if IGNORED not in (line.strip() for line in ignored):
        lines = [line for line in ignored if line] + [IGNORED]
        atomic_write(ignore, ("\n".join(lines) + "\n").encode("utf-8"))
        created.append(ignore)
    return created
