"""Find people in English text by the shape of their names, registered or not.

A person is a run of capitalised words on one line that has a person's shape: a given name from the
table before a surname ("Ihar Bantsar", "Kara-Murza"), a surname before a given name and a
patronymic ("Krasnov Igor Viktorovich"), initials before a surname ("K. Dzmitryenka"), a title
before a surname ("Ms Kavaliova"), or a surname in capitals before a given name ("SHVED Andrei").
Places, organisations and streets have the same capitals but not the shape, or are followed by a
word that gives them away ("Bolshaya Dmitrovka Street", "Human Rights House", "New Hampshire Ave").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from uaintl.names.given import fold, lookup_given
from uaintl.names.people import GENDERED_TITLES, NEUTRAL_TITLES, PATRONYMIC

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*(?:['’]s\b|(?<=s)['’](?!\w))?\.?")
_INITIAL = re.compile(r"^(?:[A-ZА-ЯЁІЎ][a-zа-яё]?\.)+$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# Strong surname endings (Belarusian and Russian, as English sources write them).
_SURNAME_ENDING = re.compile(
    r"(?:vich|vič|ski|sky|skiy|skaya|skaja|skaia|cki|tski|tsky|tskaya|enka|enko|onak|ionak|yonak|au|ou|eu|aŭ|"
    r"oŭ|eŭ|ava|ova|eva|iova|yova|ina|yna|chuk|čuk|uk|ak|ik|yk|ets|ov|ev|yev|in|yn|ich|ič|ka|ko|ia|ya|ny|"
    r"aya|aja)$", re.I)
_STRONG_ENDING = re.compile(
    r"(?:vich|vič|ski|sky|skiy|skaya|skaja|skaia|cki|tski|tsky|tskaya|enka|enko|onak|au|ou|eu|aŭ|oŭ|eŭ|ava|"
    r"ova|eva|iova|yova|chuk|čuk|ov|ev|yev)$", re.I)
# Words after a name that make it a place, organisation or event.
_NOT_PERSON_AFTER = frozenset("""
street st ave avenue prospekt prospect pr square sq lane road rd boulevard blvd embankment highway alley
house centre center committee foundation prize award university institute library school museum theatre
theater region oblast district colony prison hospital court group party union movement fund council
church cathedral airport station park bridge square office agency service ministry bureau department
academy college society association club company ltd inc llc channel radio tv newspaper magazine times
post news media prize's medal fellowship programme program project initiative campaign network forum
platform mission bank hotel restaurant island bay river lake mountain mountains city town village
""".split())
_PLACE_BEFORE = frozenset({"vul", "vul.", "vulitsa", "ul", "ul.", "ulitsa", "street", "prospekt", "pr.", "pl.",
                           "pl", "ploshcha", "ploshchad", "prosp.", "str.", "per.", "pereulok", "shosse"})
# Capitalised words that are never part of a person's name.
_NOT_NAME = frozenset("""
the a an and or of in on at for to from by with without about after before during under over into
this that these those his her their its our your my we you they he she it i
dear urgent action amnesty international human rights centre center court committee prosecutor general
embassy republic belarus belarusian russia russian federation ukraine ukrainian minsk moscow president
ministry minister head deputy chair chairman chairwoman vice office department internal affairs
investigative criminal code article state security penal colony prison detention centre city regional
district oblast supreme european union united nations un eu osce kgb fsb omon police militia
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
email e-mail fax phone tel twitter facebook telegram instagram salutation sincerely respectfully yours
take please write additional information background name pronoun preferred language target address
mr mrs ms miss dr prof sir madam judge ambassador
viasna memorial nobel peace prize freedom democracy opposition leader journalist lawyer activist
political prisoner prisoners defender defenders organisation organization free release
north south east west new old great grand saint st
""".split())
_TITLES = frozenset(GENDERED_TITLES) | frozenset(NEUTRAL_TITLES)


class Token(NamedTuple):
    text: str  # without a possessive ending
    start: int
    end: int


@dataclass(frozen=True)
class PersonSpan:
    """One written mention of a person: the words as written, where, and why it is a person."""

    text: str
    start: int
    end: int
    evidence: str  # "given name", "patronymic", "initials", "title", "capitals", "surname ending"
    surname: str
    title: str = ""


def _tokens(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        last = word[-1]
        if last == "." and not _INITIAL.match(word) and word[:-1].lower() not in _TITLES:
            word, end = word[:-1], end - 1
        elif last in "s'’" and (possessive := _POSSESSIVE.search(word)):
            word, end = word[:possessive.start()], start + possessive.start()
        tokens.append(Token(word, start, end))
    return tokens


def _is_initial(token: Token) -> bool:
    """K., A.I., Ya. — but not the street abbreviations Ul., Vul., Pr., St."""
    return bool(_INITIAL.match(token.text)) and token.text.lower() not in _PLACE_BEFORE and \
        token.text.lower().rstrip(".") not in _NOT_PERSON_AFTER


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _is_given(token: Token, strict: bool = False) -> bool:
    if _INITIAL.match(token.text) or token.text.isupper() and len(token.text) > 1 or len(token.text) < 2:
        return False
    if token.text.lower() in _NOT_NAME:
        return False
    match = lookup_given(token.text)
    return match is not None and (not strict or not match.typo)


def _is_surname(token: Token) -> bool:
    word = token.text
    if len(word) < 2 or word.endswith(".") or not word[:1].isupper() or word.lower() in _NOT_NAME:
        return False
    if word.lower() in _TITLES or word.lower().rstrip(".") in _NOT_PERSON_AFTER:
        return False
    return word.isupper() or not any(char.isupper() for char in word[1:].replace("-", "").replace("'", "")) or \
        "-" in word


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two name words belong together: one space (or a line break after a lone given name) between."""
    gap = text[left.end:right.start]
    if gap == " " or (gap.strip() == "" and gap.count("\n") == 0 and len(gap) <= 2):
        return True
    # a name broken across lines, as PDF copies and wrapped text break them ("Dzianis\nIvashyn")
    return gap.strip(" \t") == "\n" and _is_given(left, strict=True) and _is_surname(right) and \
        not _is_given(right, strict=True)


def _runs(text: str, tokens: list[Token]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index, token in enumerate(tokens):
        if not _capitalised(token):
            continue
        if runs and runs[-1][-1] == index - 1 and _joined(text, tokens[index - 1], token):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _place_follows(text: str, tokens: list[Token], last: int) -> bool:
    if last + 1 < len(tokens):
        after = tokens[last + 1]
        if after.text.lower().rstrip(".") in _NOT_PERSON_AFTER and _joined(text, tokens[last], after):
            return True
    return False


def _place_precedes(tokens: list[Token], first: int) -> bool:
    return first > 0 and tokens[first - 1].text.lower() in _PLACE_BEFORE


def find_people(text: str) -> list[PersonSpan]:
    """Every mention of a person by name (with a given name, patronymic, initials or title)."""
    tokens = _tokens(text)
    spans: list[PersonSpan] = []
    for run in _runs(text, tokens):
        position = 0
        while position < len(run):
            found = _person_at(text, tokens, run, position)
            if found is None:
                position += 1
                continue
            span, used = found
            first, last = run[position], run[position + used - 1]
            if not (_place_follows(text, tokens, last) or _place_precedes(tokens, first)):
                spans.append(span)
            position += used
    return spans


def _person_at(text: str, tokens: list[Token], run: list[int], position: int) -> tuple[PersonSpan, int] | None:
    """The person starting at ``run[position]`` and how many words it takes, if the shape is one."""
    words = [tokens[index] for index in run[position:position + 5]]
    title_words = 0
    while title_words < len(words) and words[title_words].text.lower().rstrip(".") in _TITLES:
        title_words += 1
    # two-word titles: Prosecutor General
    title = " ".join(word.text for word in words[:title_words])
    rest = words[title_words:]

    def span(count: int, evidence: str, surname: Token) -> tuple[PersonSpan, int]:
        chosen = rest[:count]
        start, end = chosen[0].start, chosen[-1].end
        written = " ".join(text[start:end].split())  # one line even when the name was broken across two
        return PersonSpan(written, start, end, evidence, surname.text, title), title_words + count

    if not rest:
        return None
    one = rest[0]
    two = rest[1] if len(rest) > 1 else None
    three = rest[2] if len(rest) > 2 else None
    # Surname Given Patronymic / Given Patronymic Surname
    if two and three and PATRONYMIC.search(three.text) and _is_given(two) and _is_surname(one) and not _is_given(one):
        return span(3, "patronymic", one)
    if two and three and _is_given(one) and PATRONYMIC.search(two.text) and _is_surname(three):
        return span(3, "patronymic", three)
    # A given name no table knows before a patronymic and a surname (Yerlan Maratovich Dzhaksybekov)
    if two and three and PATRONYMIC.search(two.text) and _is_surname(one) and _is_surname(three) \
            and not PATRONYMIC.search(one.text) and not PATRONYMIC.search(three.text):
        return span(3, "patronymic", three)
    # Given Surname (a typo'd given name needs a surname that looks like one)
    if two and _is_given(one) and _is_surname(two) and not _is_given(two, strict=True):
        strict = _is_given(one, strict=True)
        if strict or _SURNAME_ENDING.search(two.text):
            return span(2, "given name", two)
    # SURNAME Given
    if two and one.text.isupper() and len(one.text) > 2 and _is_given(two) and one.text.lower() not in _NOT_NAME:
        return span(2, "capitals", one)
    # Initials Surname, Surname Initials
    if two and _is_initial(one) and _is_surname(two) and not _is_given(two, strict=True):
        return span(2, "initials", two)
    if two and _is_initial(two) and _is_surname(one) and (title or _SURNAME_ENDING.search(one.text)) \
            and not _is_given(one):
        return span(2, "initials", one)
    # Title Surname (Ms Kavaliova, Judge Lukashevich)
    if title and _is_surname(one) and not _is_given(one, strict=True) and not (two and _is_surname(two)):
        return span(1, "title", one)
    # Unknown given name before a surname with a strong Slavic ending (Vitold Ashurak is not one)
    if two and _is_surname(one) and _is_surname(two) and _STRONG_ENDING.search(two.text) \
            and not _STRONG_ENDING.search(one.text) and not one.text.isupper() and 3 <= len(one.text) <= 12 \
            and not (three and _is_surname(three)):
        return span(2, "surname ending", two)
    return None


def surname_key(surname: str) -> str:
    return fold(_POSSESSIVE.sub("", surname))


def surname_mentions(text: str, surnames: set[str]) -> list[tuple[str, int, int]]:
    """Later mentions of known surnames alone ("Bantsar's lawyer"): (surname key, start, end)."""
    found = []
    for token in _tokens(text):
        key = surname_key(token.text)
        if key in surnames and _capitalised(token):
            found.append((key, token.start, token.end))
    return found
