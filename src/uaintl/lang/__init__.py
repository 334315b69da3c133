"""Locale profiles: one module per target locale, listed once here.

Each module (``be.py``, ``ru.py``, ``be_latn.py``, ``en.py``) defines ``PROFILE``, a
:class:`LocaleProfile` with the locale's plural forms, romanisation schemes, name inflection,
spelling dictionary, salutations, date style and draft banner — the way translate-toolkit's
``translate/lang/`` gives each language a class. Adding a locale is one new module plus its name
in ``BUILTIN``; nothing else in uaintl names a locale.
"""

from __future__ import annotations

from importlib import import_module

from uaintl.lang.profile import CASES, LocaleProfile

__all__ = ["BUILTIN", "CASES", "LocaleProfile", "find", "get", "profiles", "register", "unregister"]

BUILTIN = ("en", "be", "ru", "be_latn")  # modules of this package, in the order files list locales
_PROFILES: dict[str, LocaleProfile] = {}


def _load_builtin() -> None:
    if not _PROFILES:
        for module in BUILTIN:
            profile = import_module(f"{__name__}.{module}").PROFILE
            _PROFILES[profile.code] = profile


def register(profile: LocaleProfile) -> LocaleProfile:
    """Add a locale (or replace one of the same code)."""
    _load_builtin()
    _PROFILES[profile.code] = profile
    return profile


def unregister(code: str) -> None:
    _load_builtin()
    _PROFILES.pop(code, None)


def profiles() -> list[LocaleProfile]:
    _load_builtin()
    return list(_PROFILES.values())


def find(locale: str) -> LocaleProfile | None:
    """The profile of ``locale``; a region tag falls back to its language (ru-RU, be_BY → ru, be),
    a script tag does not (sr-Latn is not sr)."""
    _load_builtin()
    code = locale.replace("_", "-")
    if code in _PROFILES:
        return _PROFILES[code]
    language, _, rest = code.partition("-")
    script = rest.split("-")[0]
    if len(script) == 4 and script.isalpha():
        return None
    return _PROFILES.get(language)


def get(locale: str) -> LocaleProfile:
    profile = find(locale)
    if profile is None:
        raise KeyError(locale)
    return profile
