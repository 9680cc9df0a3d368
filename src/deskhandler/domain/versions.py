"""Whether this desk's version is the one IT rolls out, from what the central API says.

The central API publishes the current and the minimum desk version (``GET /api/v1/client``);
the desk compares and tells the person when IT should upgrade.  It never updates itself:
upgrades are IT's job (an MSI pushed to every PC), not a download by a clerk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_PART = re.compile(r"\d+")


def version_key(text: str) -> tuple[int, ...]:
    """``"1.10.2"`` -> ``(1, 10, 2)``: numbers compared as numbers, trailing zeros and any
    suffix after the numbers ignored (``1.2`` == ``1.2.0``, ``1.2.0rc1`` counts as 1.2.0)."""
    numbers: list[int] = []
    for part in text.strip().lstrip("vV").split("."):
        match = _PART.match(part)
        if match is None:
            break
        numbers.append(int(match.group()))
        if match.end() != len(part):
            break
    while numbers and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


class Verdict(StrEnum):
    CURRENT = "current"
    #: A newer version is out; this one still works.
    UPGRADE_AVAILABLE = "upgrade_available"
    #: Older than the minimum the server supports: IT must upgrade this PC.
    UPGRADE_REQUIRED = "upgrade_required"


@dataclass(frozen=True, slots=True)
class UpgradeAdvice:
    verdict: Verdict
    running: str
    current: str
    minimum: str

    @property
    def message(self) -> str:
        """One line for the person, the status bar and ``doctor``."""
        if self.verdict is Verdict.UPGRADE_REQUIRED:
            return (
                f"This desk ({self.running}) is older than the server supports "
                f"(at least {self.minimum}). Please ask IT to install version {self.current}."
            )
        if self.verdict is Verdict.UPGRADE_AVAILABLE:
            return (
                f"Version {self.current} of the desk is available (this PC has "
                f"{self.running}). IT can install it; your work is kept."
            )
        return f"This desk ({self.running}) is up to date."


def upgrade_advice(running: str, current: str, minimum: str) -> UpgradeAdvice:
    key = version_key(running)
    if key < version_key(minimum):
        verdict = Verdict.UPGRADE_REQUIRED
    elif key < version_key(current):
        verdict = Verdict.UPGRADE_AVAILABLE
    else:
        verdict = Verdict.CURRENT
    return UpgradeAdvice(verdict, running, current, minimum)


__all__ = ["UpgradeAdvice", "Verdict", "upgrade_advice", "version_key"]
