"""Passwords (argon2) and opaque tokens (random, stored as SHA-256 only)."""

from __future__ import annotations

import hashlib
import secrets
from functools import cache

from argon2 import Parameters, PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class _Hashing:
    """The hasher for new passwords; replaceable as a whole (see `use_hash_parameters`)."""

    hasher = PasswordHasher()


def use_hash_parameters(parameters: Parameters) -> None:
    """Hash new passwords with ``parameters`` (the test suite uses argon2's cheapest profile).

    Existing hashes keep verifying: argon2 reads its parameters from the stored hash.
    """
    _Hashing.hasher = PasswordHasher.from_parameters(parameters)
    _dummy.cache_clear()


@cache
def _dummy() -> str:
    """Compared against when the user does not exist, so timing does not tell who exists."""
    return _Hashing.hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _Hashing.hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _Hashing.hasher.verify(stored or _dummy(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """An opaque token: 32 random bytes, URL-safe (43 characters, keyring-friendly)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
