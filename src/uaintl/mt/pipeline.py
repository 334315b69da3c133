"""Pre-translate catalogues: translation memory first, then machine translation, always reviewable.

- Only empty entries, and entries that still hold uaintl's own machine output, are filled;
  a translator's work (any msgstr uaintl did not write, or that a person changed) is never touched.
- Every machine or fuzzy-memory suggestion is marked fuzzy, with a ``# uaintl-…`` translator comment
  naming the engine, model and version (or the memory's origin and score).
- The comment records hashes of the source and of the suggestion: an unchanged source is not
  translated again, and an edited suggestion counts as human work.
- An entry left empty gets, as ``# uaintl-tm: fragment: …`` comments, the parts of it the memory has
  (``TranslationMemory.fragments``): hints, not suggestions — the msgstr stays empty and not fuzzy,
  and each run writes them afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from uaintl.catalog.model import Catalog, Entry
from uaintl.catalog.origin import FRAGMENT_MARK, MT_MARK, NOTE_MARK, TM_MARK, digest, machine_state, settle
from uaintl.catalog.units import unit_comment
from uaintl.document.inline import placeholder_tags
from uaintl.mt.agreement import addressee_genders, agree
from uaintl.mt.engine import Engine, Translation
from uaintl.mt.memory import TranslationMemory
from uaintl.names.unknown import appeal_people

AGREED_NOTE = "greeting made to agree with the official's gender"


@dataclass
class Route:
    """How a language pair is served: one engine, or two through a pivot language."""

    legs: list[tuple[Engine, str, str]]

    def describe(self) -> str:
        text = " → ".join(engine.describe(source, target) for engine, source, target in self.legs)
        if len(self.legs) > 1:
            text += f" (via {self.legs[0][2]})"
        return text


def find_route(engines: list[Engine], source: str, target: str, pivots: dict[str, str]) -> Route | None:
    for engine in engines:
        if (source, target) in engine.pairs():
            return Route([(engine, source, target)])
    pivot = pivots.get(target)
    if pivot and pivot not in (source, target):
        first = find_route(engines, source, pivot, {})
        second = find_route(engines, pivot, target, {})
        if first and second:
            return Route(first.legs + second.legs)
    return None


@dataclass
class TranslateReport:
    memory_exact: int = 0
    memory_fuzzy: int = 0
    machine: int = 0
    failed: list[str] = field(default_factory=list)
    engine_errors: list[tuple[str, str]] = field(default_factory=list)  # (entry, why the engine failed)
    skipped_human: int = 0
    fragment_hints: int = 0  # entries left empty with hints of the memory's fragments
    unchanged: int = 0
    engine_calls: int = 0
    segments_translated: int = 0


def _mark(entry: Entry, text: str, comment: str, fuzzy: bool, notes: list[str]) -> None:
    entry.msgstr = text
    entry.translator_comments = [line for line in entry.translator_comments
                                 if not line.startswith((MT_MARK, TM_MARK, NOTE_MARK))]
    entry.translator_comments.append(f"{comment} src={digest(entry.msgid)} out={digest(text)}")
    entry.translator_comments += [f"{NOTE_MARK} {note}" for note in notes]
    entry.set_fuzzy(fuzzy)
    entry.previous_msgid = entry.previous_msgctxt = None


Protector = Callable[[str], tuple[str, Callable[[str], tuple[str, list[str]]]]]


@dataclass
class _Pending:
    """Entries of one catalogue that wait for machine translation, with their protected texts."""

    report: TranslateReport
    genders: dict[str, str]  # official → gender, for salutations that must agree
    entries: list[Entry] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    restorers: list[Callable[[str], tuple[str, list[str]]]] = field(default_factory=list)


def pretranslate(catalogs: list[Catalog], memory: TranslationMemory, route: Route | None,
                      threshold: float = 75.0, protect: Protector | None = None, cache: dict | None = None
                      ) -> list[TranslateReport]:
    """Fill catalogues of one locale in place: memory first, then one engine call per leg
    for the sentences of all of them, so that each model sees full batches across documents.

    A report's ``segments_translated`` counts the sentences first met in its catalogue, and its
    ``engine_calls`` the calls it took part in."""
    cache = cache if cache is not None else {}
    pendings = [_from_memory(catalog, memory, route, threshold, protect) for catalog in catalogs]
    if route is None:
        return [pending.report for pending in pendings]
    texts = [text for pending in pendings for text in pending.texts]
    first_leg = cache.get(_leg_key(*route.legs[0]), {})
    fresh = {text for text in texts if text not in first_leg}
    shared = TranslateReport()
    outputs = iter(_run_route(route, texts, cache, shared))
    for pending in pendings:
        mine = fresh.intersection(pending.texts)
        fresh -= mine
        pending.report.segments_translated = len(mine)
        pending.report.engine_calls = shared.engine_calls if mine else 0
        _from_machine(pending, route, [next(outputs) for _ in pending.texts])
    return [pending.report for pending in pendings]


def _from_memory(catalog: Catalog, memory: TranslationMemory, route: Route | None, threshold: float,
                 protect: Protector | None) -> _Pending:
    pending = _Pending(TranslateReport(), addressee_genders(catalog))
    report = pending.report
    appeal = appeal_people("\n".join(entry.msgid for entry in catalog.messages), memory.names)
    for entry in catalog.messages:
        if entry.read_only or entry.msgid_plural is not None:
            continue
        settle(entry)
        state = machine_state(entry)
        if state == "human":
            report.skipped_human += 1
            continue
        if state == "current":
            report.unchanged += 1
            continue
        entry.translator_comments = [line for line in entry.translator_comments if not line.startswith(FRAGMENT_MARK)]
        match = memory.lookup(entry.msgid, threshold, unit_comment(entry.extracted_comments, "role"), appeal)
        if match is None and state == "empty" and (hints := memory.fragments(entry.msgid, appeal)):
            entry.translator_comments += [f"{FRAGMENT_MARK} {hint.describe()}" for hint in hints]
            report.fragment_hints += 1
        agreed = agree(entry, match.text, pending.genders, memory.locale) if match else None
        if match and match.reviewed and agreed is None:
            _mark(entry, match.text, f"{TM_MARK} {match.describe()}", False, [])
            entry.translator_comments[-1] = f"{TM_MARK} {match.describe()}"
            report.memory_exact += 1
        elif match:
            _mark(entry, agreed or match.text, f"{TM_MARK} {match.describe()}", True,
                  [AGREED_NOTE] if agreed else [])
            report.memory_fuzzy += 1
        elif route is not None:
            text, restore = protect(entry.msgid) if protect else (entry.msgid, lambda out: (out, []))
            pending.entries.append(entry)
            pending.texts.append(text)
            pending.restorers.append(restore)
        else:
            report.failed.append(entry.msgctxt or entry.msgid)
    return pending


def _from_machine(pending: _Pending, route: Route, outputs: list[Translation]) -> None:
    report = pending.report
    for entry, translation, restore in zip(pending.entries, outputs, pending.restorers, strict=True):
        if not translation.text:
            report.failed.append(entry.msgctxt or entry.msgid)
            if translation.error:
                report.engine_errors.append((entry.msgctxt or entry.msgid, translation.error))
            continue
        unknown = translation.unknown
        output, notes = restore(translation.text)
        if unknown:
            notes.append(f"{unknown} unknown word(s) left as in the source")
        if sorted(placeholder_tags(output)) != sorted(placeholder_tags(entry.msgid)):
            notes.append("placeholders changed: compare the tags with the source")
        if agreed := agree(entry, output, pending.genders, route.legs[-1][2]):
            output = agreed
            notes.append(AGREED_NOTE)
        _mark(entry, output, f"{MT_MARK} {route.describe()}", True, notes)
        report.machine += 1


def _leg_key(engine: Engine, source: str, target: str) -> tuple[str, str, str]:
    return engine.describe(source, target), source, target


def _run_route(route: Route, texts: list[str], cache: dict, report: TranslateReport) -> list[Translation]:
    """Translate through every leg; results are cached per engine, pair and text for this run.
    Unknown words add up over the legs."""
    current = [Translation(text) for text in texts]
    for engine, source, target in route.legs:
        known: dict[str, Translation] = cache.setdefault(_leg_key(engine, source, target), {})
        todo = sorted({item.text for item in current if item.text and item.text not in known})
        if todo:
            report.engine_calls += 1
            report.segments_translated += len(todo)
            for text, output in zip(todo, _translate(engine, todo, source, target), strict=True):
                known[text] = output
        current = [Translation(known[item.text].text, item.unknown + known[item.text].unknown,
                               known[item.text].error) if item.text else item for item in current]
    return current


def _translate(engine: Engine, texts: list[str], source: str, target: str) -> list[Translation]:
    """The engine's translations; when a batch fails, each sentence alone, so that an engine error
    on one sentence leaves only that sentence empty (and reported) and the run goes on."""
    try:
        return engine.translate(texts, source, target)
    except Exception as error:  # noqa: BLE001 — any failure inside a third-party engine or model
        if len(texts) > 1:
            return [output for text in texts for output in _translate(engine, [text], source, target)]
        return [Translation(None, error=f"{engine.describe(source, target)}: "
                                        f"{str(error).strip() or type(error).__name__}")]
