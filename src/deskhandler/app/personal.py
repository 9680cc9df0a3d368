"""Files that belong to one person in a shared profile (drafts, saved views)."""

from __future__ import annotations

import hashlib


def person_key(username: str) -> str:
    """A file-name-safe key for ``username``: another person's files stay out of sight."""
    return hashlib.sha256(username.encode()).hexdigest()[:16]


__all__ = ["person_key"]
