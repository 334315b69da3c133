"""English (en): the language of the source appeals, and the fallback for what a locale lacks."""

from __future__ import annotations

import re

from uaintl.lang.profile import LocaleProfile

PROFILE = LocaleProfile(
    code="en",
    plural_forms="nplurals=2; plural=(n != 1);",
    script="Latn",
    letters="abcdefghijklmnopqrstuvwxyz",
    draft_banner="DRAFT — translation not reviewed",
    salutations={"m": "Dear", "f": "Dear", "n": "Dear"},
    greeting="Dear",
    salutation_format="{greeting} {title},",
    letter_opening=re.compile(r"^(?:Dear|To whom it may concern)\b", re.I),
    letter_closing=re.compile(
        r"^(?:Yours (?:sincerely|faithfully|truly)|Sincerely(?: yours)?|Respectfully(?: yours)?|"
        r"(?:Kind|Best|Warm) regards|Regards),?$", re.I),
)
