"""The refresh token in the OS credential store, and what happens without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import keyring.errors
import pytest

from deskhandler.cli import main
from deskhandler.sync.credentials import (
    NOT_REMEMBERED,
    SERVICE,
    RefreshTokenStore,
    account_name,
    describe_backend,
)

TOKEN = "Xq3v9-abcdefghijklmnopqrstuvwxyz0123456789AB"  # 44 chars, like the server's


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A password store that lives in a dict (what the OS store does, minus the OS)."""

    priority: ClassVar[float] = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    """A store that is there but fails, like a locked or crashed secret service."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_token_outlives_the_store_object(memory_keyring: MemoryKeyring) -> None:
    store = RefreshTokenStore("https://API.hue.gov.vn/", "clerk1")
    assert store.persistent
    assert store.load() is None

    store(TOKEN)  # as CentralApi's on_refresh_token sink

    key = (SERVICE, "https://api.hue.gov.vn|clerk1")
    assert memory_keyring.secrets == {key: TOKEN}
    assert RefreshTokenStore("https://api.hue.gov.vn", "clerk1").load() == TOKEN
    assert RefreshTokenStore("https://api.hue.gov.vn", "clerk2").load() is None
    assert RefreshTokenStore("https://other.hue.gov.vn", "clerk1").load() is None
    assert TOKEN not in repr(store)


def test_none_forgets_the_stored_token(memory_keyring: MemoryKeyring) -> None:
    store = RefreshTokenStore("https://api.hue.gov.vn", "clerk1")
    store.save(TOKEN)
    store.save(None)

    assert memory_keyring.secrets == {}
    assert store.load() is None
    store.forget()  # nothing stored: still fine


def test_account_names_carry_server_and_user() -> None:
    assert account_name("HTTPS://Api.Hue.gov.vn:8443/desk/", "nva") == (
        "https://api.hue.gov.vn:8443/desk|nva"
    )


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],  # type: ignore[no-untyped-call]
    ids=["fail", "null"],
)
def test_without_a_store_the_token_lives_in_memory_and_says_so(
    backend: keyring.backend.KeyringBackend,
) -> None:
    store = RefreshTokenStore("https://api.hue.gov.vn", "clerk1", backend)
    assert not store.persistent
    assert store.warning == NOT_REMEMBERED

    store.save(TOKEN)
    assert store.load() == TOKEN
    assert RefreshTokenStore("https://api.hue.gov.vn", "clerk1", backend).load() is None


def test_a_failing_store_falls_back_to_memory(caplog: pytest.LogCaptureFixture) -> None:
    broken = BrokenKeyring()
    store = RefreshTokenStore("https://api.hue.gov.vn", "clerk1", broken)
    assert store.persistent  # it looks usable until it fails

    store.save(TOKEN)

    assert (store.persistent, store.warning) == (False, NOT_REMEMBERED)
    assert store.load() == TOKEN
    assert TOKEN not in caplog.text
    assert RefreshTokenStore("https://api.hue.gov.vn", "clerk1", broken).load() is None


@pytest.fixture
def unloadable_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``PYTHON_KEYRING_BACKEND`` names a backend that is not installed, and keyring has
    not chosen one yet in this process."""
    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.alt.file.PlaintextKeyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("unloadable_backend")
def test_a_configured_store_that_cannot_load_means_memory_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo or a missing package in the backend setting is a missing store, said
    plainly: sign-in works for the session, and doctor reports it instead of crashing."""
    store = RefreshTokenStore("https://api.hue.gov.vn", "clerk1")
    assert (store.persistent, store.warning) == (False, NOT_REMEMBERED)
    store.save(TOKEN)
    assert store.load() == TOKEN
    assert describe_backend() == (
        "keyring.backends.fail.Keyring (the configured one failed: "
        "ModuleNotFoundError: No module named 'keyring.alt')"
    )

    assert main(["doctor", "--home", str(tmp_path / "desk")]) == 1  # no server configured
    out = capsys.readouterr().out
    assert "keyring backend: keyring.backends.fail.Keyring (the configured one failed" in out
    assert "database: ok" in out


def test_a_token_too_long_for_windows_is_not_stored(memory_keyring: MemoryKeyring) -> None:
    store = RefreshTokenStore("https://api.hue.gov.vn", "clerk1")
    store.save("x" * 3000)

    assert memory_keyring.secrets == {}
    assert not store.persistent
    assert store.warning is not None
    assert store.load() == "x" * 3000
