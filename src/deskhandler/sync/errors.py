"""Why a call to the central API failed, by cause.

Every failure of `deskhandler.sync.api` is one of these, so callers decide by type alone:
`Offline` and `ServerError` are worth retrying later, `AuthRequired` needs the person to
sign in again, `Refused` is the server saying no to this request, `BadData` is a server
(or something pretending to be one) answering nonsense.  ``message`` is for the clerk, in
plain English that the UI translates by ``code``; ``detail`` is for the log and never holds
a secret.
"""

from __future__ import annotations

from typing import ClassVar


class SyncError(Exception):
    """A call to the central API that did not give the expected answer."""

    code: ClassVar[str] = "sync_error"
    #: True when trying the same thing again later may succeed without anyone acting.
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message


class Offline(SyncError):
    """The server could not be reached, or the connection broke before the whole answer
    arrived.  When ``may_have_arrived`` is True the request may have been applied."""

    code = "offline"
    retryable = True

    def __init__(self, message: str, detail: str = "", *, may_have_arrived: bool = True) -> None:
        super().__init__(message, detail)
        self.may_have_arrived = may_have_arrived


class ServerError(SyncError):
    """The server is there but failing or overloaded (5xx, 429)."""

    code = "server_error"
    retryable = True

    def __init__(
        self, message: str, detail: str = "", *, status: int, retry_after: float | None = None
    ) -> None:
        super().__init__(message, detail)
        self.status = status
        #: Seconds the server asked us to wait (``Retry-After``), if it said.
        self.retry_after = retry_after


class AuthRequired(SyncError):
    """No valid session any more: the person has to sign in with their password."""

    code = "auth_required"


class Refused(SyncError):
    """The server understood the request and said no (a 4xx with its own error code)."""

    code = "refused"

    def __init__(
        self, message: str, detail: str = "", *, status: int, error_code: str = ""
    ) -> None:
        super().__init__(message, detail)
        self.status = status
        #: The server's machine-readable code, e.g. ``not_found``, ``invalid_grant``.
        self.error_code = error_code


class BadData(SyncError):
    """The answer was not what the API promises: not JSON, the wrong shape, far too big."""

    code = "bad_data"


__all__ = ["AuthRequired", "BadData", "Offline", "Refused", "ServerError", "SyncError"]
