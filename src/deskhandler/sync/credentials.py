"""Where the refresh token is kept between runs: the OS credential store, through ``keyring``.

The token is stored under service ``deskhandler`` and account ``<server-url>|<username>``.
When no usable backend exists (a Linux box without a secret service, keyring's ``fail`` or
``null`` backend, a backend that raises, or one that keyring cannot even load, such as a
``PYTHON_KEYRING_BACKEND`` naming a package that is not installed), the token stays in
memory for this session and ``warning`` says that sign-in will not be remembered; nothing
else changes.  The token is never written anywhere else: not to the database, the config
or a log.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "deskhandler"
#: Windows Credential Manager holds at most 2,560 bytes per secret, stored as UTF-16.
MAX_SECRET_CHARS = 1000
NOT_REMEMBERED = "Sign-in will not be remembered on this PC: no password store is available."


def account_name(server_url: str, username: str) -> str:
    """``https://host:port/path|username`` with the scheme and host in lower case."""
    parts = urlsplit(server_url.strip())
    url = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), "", ""))
    return f"{url}|{username}"


def usable(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's placeholder backends, which store nothing."""
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # third-party backends compute priority as they like
        return False


def system_backend() -> tuple[keyring.backend.KeyringBackend, str | None]:
    """keyring's backend for this PC, and None; or, when choosing one fails (e.g.
    ``PYTHON_KEYRING_BACKEND`` names a backend that is not installed), keyring's ``fail``
    backend, which stores nothing, and why."""
    try:
        return keyring.get_keyring(), None
    except Exception as error:  # keyring imports and builds whatever it is configured with
        log.warning("no usable password store: %s: %s", type(error).__name__, error)
        failing = keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
        return failing, f"{type(error).__name__}: {error}"


def describe_backend(backend: keyring.backend.KeyringBackend | None = None) -> str:
    """The backend's class for ``deskhandler doctor``, e.g. ``...Windows.WinVaultKeyring``."""
    problem = None
    if backend is None:
        backend, problem = system_backend()
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}"
    return name if problem is None else f"{name} (the configured one failed: {problem})"


class RefreshTokenStore:
    """The refresh token of one person on one server.  Callable, so it can be handed to
    `deskhandler.sync.api.CentralApi` as its ``on_refresh_token`` sink."""

    def __init__(
        self,
        server_url: str,
        username: str,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self.account = account_name(server_url, username)
        self._backend = backend or system_backend()[0]
        self._memory: str | None = None
        self.warning: str | None = None if usable(self._backend) else NOT_REMEMBERED

    def __repr__(self) -> str:
        return f"RefreshTokenStore({self.account!r}, persistent={self.persistent})"

    @property
    def persistent(self) -> bool:
        """True when the token survives this process (kept in the OS store)."""
        return self.warning is None

    @property
    def backend_name(self) -> str:
        return describe_backend(self._backend)

    def load(self) -> str | None:
        if self._memory is not None or not self.persistent:
            return self._memory
        try:
            token: str | None = self._backend.get_password(SERVICE, self.account)
        except Exception as error:  # backends raise whatever their OS raises
            self._fall_back("read", error)
            return None
        self._memory = token
        return token

    def save(self, token: str | None) -> None:
        """Keep ``token``; None forgets it (signed out, or the server said it is dead)."""
        self._memory = token
        if token is None:
            self.forget()
            return
        if len(token) > MAX_SECRET_CHARS:
            # Never expected (ours are 43 characters), but a longer one cannot be stored.
            self.warning = "Sign-in will not be remembered on this PC: the token is too long."
            return
        if not self.persistent:
            return
        try:
            self._backend.set_password(SERVICE, self.account, token)
        except Exception as error:  # see load()
            self._fall_back("write", error)

    __call__ = save

    def forget(self) -> None:
        self._memory = None
        if not self.persistent:
            return
        try:
            self._backend.delete_password(SERVICE, self.account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already forgotten
        except Exception as error:  # see load()
            self._fall_back("delete", error)

    def _fall_back(self, what: str, error: Exception) -> None:
        # The error type only: some backends put the secret's attributes in the message.
        log.warning("the password store failed to %s (%s); using memory", what, type(error))
        self.warning = NOT_REMEMBERED


__all__ = [
    "MAX_SECRET_CHARS",
    "NOT_REMEMBERED",
    "SERVICE",
    "RefreshTokenStore",
    "account_name",
    "describe_backend",
    "usable",
]
