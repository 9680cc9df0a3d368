"""Personal data in texts that will be published (public replies, closing messages).

DOMAIN.md: a public reply must not leak the reporter's name, phone numbers or ID numbers.
This finds the usual Vietnamese forms of them so the server can refuse the text before it
reaches the public; it errs on the side of asking the clerk to look again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from deskhandler.domain.text import fold, nfc


class PersonalKind(StrEnum):
    PHONE = "phone"
    ID_NUMBER = "id_number"
    EMAIL = "email"
    NAME = "name"


#: How each kind is named in a message to the person who wrote the text.
LABELS: dict[PersonalKind, str] = {
    PersonalKind.PHONE: "a phone number",
    PersonalKind.ID_NUMBER: "an ID number (CMND/CCCD)",
    PersonalKind.EMAIL: "an e-mail address",
    PersonalKind.NAME: "the reporter's name",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data; ``hint`` is a masked form that is safe to show."""

    kind: PersonalKind
    start: int
    end: int
    hint: str

    def describe(self) -> str:
        return f"{LABELS[self.kind]} ({self.hint})"


# A phone number: 0 or +84/84, then digits in groups separated by single spaces, dots or
# hyphens ("0905 123 456", "+84.905.123.456", "0234-3822-123").
_PHONE = re.compile(r"(?<![\w+])(?:\+84|84|0)(?:[ .\-]?\d){8,10}(?!\d)")
# ID numbers are written as one run of digits: CMND has 9, CCCD 12.
_ID_NUMBER = re.compile(r"(?<!\d)(?:\d{12}|\d{9})(?!\d)")
#: Anchored at the start of a run: without the lookbehind, every position inside a long run
#: without "@" starts a new scan of the rest of it (quadratic: 8,000 characters took 6 s).
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _mask_digits(digits: str) -> str:
    return f"{digits[:2]}…{digits[-2:]}"


def _is_phone(raw: str) -> bool:
    digits = _digits(raw)
    national = "0" + digits[2:] if raw.lstrip("+").startswith("84") and digits[0] == "8" else digits
    # Mobile numbers have 10 digits, landlines (02xx area codes) 11.
    return national.startswith("0") and (
        len(national) == 10 or (len(national) == 11 and national.startswith("02"))
    )


def _name_pattern(name: str) -> re.Pattern[str] | None:
    words = fold(name).split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")


def find_personal_data(text: str, known_names: Iterable[str | None] = ()) -> list[Finding]:
    """Phone numbers, ID numbers, e-mail addresses and the given names found in ``text``.

    Names are matched diacritics- and case-insensitively (``fold``), as whole words.
    Positions refer to the NFC form of ``text``.
    """
    text = nfc(text)
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: PersonalKind, start: int, end: int, hint: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        findings.append(Finding(kind, start, end, hint))

    for match in _EMAIL.finditer(text):
        local, _, domain = match.group().partition("@")
        add(PersonalKind.EMAIL, match.start(), match.end(), f"{local[:1]}…@{domain}")
    for match in _PHONE.finditer(text):
        if _is_phone(match.group()):
            add(
                PersonalKind.PHONE, match.start(), match.end(), _mask_digits(_digits(match.group()))
            )
    for match in _ID_NUMBER.finditer(text):
        add(PersonalKind.ID_NUMBER, match.start(), match.end(), _mask_digits(match.group()))
    # fold() keeps the length of Vietnamese text (it only drops combining marks after NFD ->
    # NFC), but not of every text, so positions of names are looked up in the folded text
    # and reported only when the lengths agree.
    folded = fold(text)
    aligned = len(folded) == len(text)
    for name in known_names:
        pattern = _name_pattern(name or "")
        if pattern is None:
            continue
        for match in pattern.finditer(folded):
            start, end = (match.start(), match.end()) if aligned else (0, 0)
            initials = "".join(word[:1].upper() + "." for word in match.group().split())
            add(PersonalKind.NAME, start, end, initials)
    findings.sort(key=lambda f: f.start)
    return findings


def describe_findings(findings: Iterable[Finding]) -> str:
    """A message naming what was found, without repeating it in full."""
    return "the public text contains personal data: " + ", ".join(f.describe() for f in findings)
