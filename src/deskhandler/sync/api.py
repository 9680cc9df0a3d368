"""The department API of the central server, as typed async calls.

This is the only module that knows the HTTP library: one long-lived ``httpx.AsyncClient``
per server, with explicit timeouts, TLS verified against the OS trust store, the system
proxy (`deskhandler.sync.proxies`), a cap on the size of any answer, retries only for
requests that are safe to repeat, and every failure turned into one of the types of
`deskhandler.sync.errors`.

Sessions: the access token lives in this object's memory only.  The refresh token is handed
to ``on_refresh_token`` each time the server issues one (and ``None`` once it is dead), so
the caller can keep it in the OS keyring; it never appears in a repr, a log or an error.
A 401 triggers one refresh and one retry; when the refresh is refused the caller gets
`AuthRequired`.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import httpx
import pydantic
import truststore

from deskhandler import __version__
from deskhandler.sync.errors import AuthRequired, BadData, Offline, Refused, ServerError
from deskhandler.sync.proxies import ProxyChoice, choose_proxy
from deskhandler.wire import API_PREFIX
from deskhandler.wire.feed import FeedPage, read_page
from deskhandler.wire.models import (
    ActionIn,
    ActionResults,
    AttachmentCreated,
    CaseDetail,
    ClientVersions,
    Directory,
    Me,
    TokenResponse,
)
from deskhandler.wire.stats import UnitStats

log = logging.getLogger(__name__)

Model = TypeVar("Model", bound=pydantic.BaseModel)
#: Told the new refresh token whenever the server issues one, and None when it is dead.
TokenSink = Callable[[str | None], None]

USER_AGENT = f"deskhandler/{__version__}"
#: No answer of the API is legitimately bigger: a photo is at most 10 MB, a feed page less.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter, for requests that are safe to repeat."""

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    #: A ``Retry-After`` longer than this is handed to the caller instead of waited out.
    max_retry_after: float = 30.0

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait before try ``attempt + 1`` (1-based), or None to give up now."""
        if attempt >= self.attempts:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not a secret


@dataclass(frozen=True)
class Tokens:
    """A signed-in session as the token endpoint issued it."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: httpx.Headers
    body: bytes


def _tls_context() -> ssl.SSLContext:
    """The OS trust store, so TLS-inspecting government proxies and internal CAs work."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds: delta-seconds or an HTTP date (RFC 9110, 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _offline(error: httpx.TransportError) -> Offline:
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, httpx.ConnectError):
        reason = error.__context__ or error.__cause__
        if isinstance(reason, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(error):
            return Offline(
                "The server's security certificate could not be verified. "
                "Ask IT to check the certificate or the proxy.",
                detail,
                may_have_arrived=False,
            )
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Offline(
            "The server cannot be reached. Check the network connection; "
            "your work is kept and will be sent later.",
            detail,
            may_have_arrived=False,
        )
    if isinstance(error, httpx.ProxyError):
        return Offline(
            "The proxy server refused the connection. Ask IT to check the proxy settings.",
            detail,
            may_have_arrived=False,
        )
    if isinstance(error, httpx.TimeoutException):
        return Offline(
            "The server did not answer in time. Your work is kept and will be sent later.",
            detail,
        )
    return Offline(
        "The connection to the server broke off. Your work is kept and will be sent later.",
        detail,
    )


def _server_error(answer: _Answer) -> ServerError:
    retry_after = _retry_after(answer.headers.get("retry-after"))
    if answer.status == 429:
        _, said = _error_of(answer)
        message = "The server is busy. Sync will try again shortly."
        if said:
            message = f"The server asks to wait: {said}"
    elif answer.status in (502, 503, 504):
        message = "The server is temporarily unavailable. Sync will try again shortly."
    else:
        message = "The server had a problem with this request. Sync will try again later."
    return ServerError(
        message, f"HTTP {answer.status}", status=answer.status, retry_after=retry_after
    )


def _error_of(answer: _Answer) -> tuple[str, str]:
    """The server's error code and message: ``{"error": {code, message}}`` or OAuth2's."""
    try:
        body = json.loads(answer.body)
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    if isinstance(error, dict):
        return str(error.get("code", ""))[:100], str(error.get("message", ""))[:500]
    if isinstance(error, str):  # RFC 6749 section 5.2
        return error[:100], str(body.get("error_description", ""))[:500]
    return "", ""


def _refused(answer: _Answer) -> Refused:
    code, message = _error_of(answer)
    if answer.status == 404:
        text = "The server does not know this item, or it belongs to another unit."
    elif answer.status == 403:
        text = "You are not allowed to do this."
    elif answer.status == 413:
        text = "The file is too large for the server."
    elif answer.status == 415:
        text = "The server does not accept this type of file."
    else:
        text = "The server refused the request."
    if message:
        text = f"{text} The server said: {message}"
    return Refused(
        text, f"HTTP {answer.status} {code}".strip(), status=answer.status, error_code=code
    )


def _parse(model: type[Model], answer: _Answer) -> Model:
    try:
        return model.model_validate_json(answer.body)
    except pydantic.ValidationError as error:
        raise _not_understood(model.__name__, error) from None


def _not_understood(shape: str, error: ValueError) -> BadData:
    if isinstance(error, pydantic.ValidationError):
        problems = error.errors()
        where = ".".join(str(part) for part in problems[0]["loc"]) if problems else "?"
        kind = problems[0]["type"] if problems else "?"
        detail = f"{shape}: {len(problems)} problem(s), first at {where}: {kind}"
    else:
        detail = f"{shape}: {error}"
    return BadData(
        "The server sent an answer this program does not understand. "
        "Nothing was changed; ask IT whether the server was updated.",
        detail,
    )


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a server address: {base_url!r} (expected https://host[:port])")
    return base_url.rstrip("/")


class CentralApi:
    """One server, one session, one HTTP connection pool.  Use ``async with`` or ``aclose()``."""

    def __init__(
        self,
        base_url: str,
        *,
        device_id: str,
        refresh_token: str | None = None,
        on_refresh_token: TokenSink | None = None,
        client: httpx.AsyncClient | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        proxy: ProxyChoice | None = None,
    ) -> None:
        self.base_url = _check_base_url(base_url)
        self.device_id = device_id
        self.retry = retry or RetryPolicy()
        self.max_answer_bytes = max_answer_bytes
        self.proxy = proxy or choose_proxy(self.base_url)
        self._on_refresh_token = on_refresh_token
        self._access: str | None = None
        self._refresh = refresh_token
        self._refresh_lock = asyncio.Lock()
        self._own_client = client is None
        headers = {
            "User-Agent": USER_AGENT,
            "X-Device-Id": device_id,
            "Accept": "application/json",
        }
        if client is None:
            client = httpx.AsyncClient(
                verify=_tls_context(),
                proxy=self.proxy.url,
                trust_env=False,  # the proxy was chosen above, bypass list included
                timeout=timeout,
                follow_redirects=False,
                limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
            )
        client.headers.update(headers)
        self._client = client

    def __repr__(self) -> str:
        return f"CentralApi({self.base_url!r}, device_id={self.device_id!r})"

    async def __aenter__(self) -> CentralApi:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._own_client:
            await self._client.aclose()

    @property
    def signed_in(self) -> bool:
        """True while there is a session that may still be valid (not a promise it is)."""
        return self._refresh is not None or self._access is not None

    def forget_session(self) -> None:
        """Drop both tokens from memory (the caller forgets its stored copy itself)."""
        self._access = None
        self._refresh = None

    # --- sessions ------------------------------------------------------------------------

    async def login(self, username: str, password: str) -> Tokens:
        """Sign in with a password.  Never retried: a lost answer costs one more sign-in."""
        answer = await self._token_request(
            {"grant_type": "password", "username": username, "password": password},
            idempotent=False,
        )
        if answer.status == 400 and _error_of(answer)[0] == "invalid_grant":
            _, message = _error_of(answer)
            raise Refused(
                "The user name or password is not correct."
                if "wrong" in message or not message
                else f"Sign-in refused: {message}",
                "invalid_grant",
                status=400,
                error_code="invalid_grant",
            )
        return self._take_tokens(answer)

    async def refresh(self) -> Tokens:
        """Trade the refresh token for a new pair.  The server keeps the old one valid until
        the new one is used, so repeating this after a lost answer is safe."""
        token = self._refresh
        if token is None:
            raise AuthRequired("Please sign in.", "no refresh token")
        answer = await self._token_request(
            {"grant_type": "refresh_token", "refresh_token": token}, idempotent=True
        )
        if answer.status in (400, 401):
            if self._refresh == token:
                self.forget_session()
                self._tell(None)
            _, message = _error_of(answer)
            raise AuthRequired(
                "Your sign-in has ended. Please sign in again.", message or "refresh refused"
            )
        return self._take_tokens(answer)

    async def revoke(self) -> None:
        """Sign out: end the session on the server, and here whatever the server says.

        Errors reaching the server are raised after the session is forgotten locally."""
        if not self.signed_in:
            self._tell(None)
            return
        try:
            form = {"token": self._refresh, "token_type_hint": "refresh_token"}
            await self._authorized(
                "POST", "/auth/revoke", data={k: v for k, v in form.items() if v}, idempotent=True
            )
        except AuthRequired:
            pass  # already dead on the server
        finally:
            self.forget_session()
            self._tell(None)

    async def _token_request(self, form: dict[str, str], *, idempotent: bool) -> _Answer:
        answer = await self._send(
            "POST",
            "/auth/token",
            data={**form, "device_id": self.device_id},
            headers={"Cache-Control": "no-store"},
            idempotent=idempotent,
        )
        if answer.status >= 400 and answer.status not in (400, 401):
            raise _refused(answer)
        return answer

    def _take_tokens(self, answer: _Answer) -> Tokens:
        if answer.status != 200:
            raise _refused(answer)
        issued = _parse(TokenResponse, answer)
        self._access = issued.access_token
        if issued.refresh_token != self._refresh:
            self._refresh = issued.refresh_token
            self._tell(issued.refresh_token)
        return Tokens(issued.access_token, issued.refresh_token, issued.expires_in)

    def _tell(self, token: str | None) -> None:
        if self._on_refresh_token is not None:
            self._on_refresh_token(token)

    # --- the department API --------------------------------------------------------------

    async def check_reachable(self) -> None:
        """Raise unless a department API answers at ``base_url`` (for ``doctor``); needs
        no session: an anonymous request must get the API's own 401."""
        answer = await self._send("GET", "/me", idempotent=False)
        if answer.status != 401 or not _error_of(answer)[0]:
            raise BadData(
                "Something answers at this address, but not the case-handling server. "
                "Check the server address in the settings.",
                f"anonymous GET /me gave HTTP {answer.status}",
            )

    async def client_versions(self) -> ClientVersions | None:
        """``GET /client``: the desk versions the server wants (no session needed), or
        None from a central API that does not publish them."""
        answer = await self._send("GET", "/client", idempotent=True)
        if answer.status in (404, 405):
            return None
        if answer.status != 200:
            raise BadData(
                "The server's version information could not be read.",
                f"GET /client gave HTTP {answer.status}",
            )
        return _parse(ClientVersions, answer)

    async def me(self) -> Me:
        return _parse(Me, await self._authorized("GET", "/me", idempotent=True))

    async def directory(self, etag: str | None = None) -> tuple[Directory | None, str | None]:
        """The directory, or ``(None, etag)`` when it has not changed since ``etag``."""
        headers = {"If-None-Match": etag} if etag else {}
        answer = await self._authorized(
            "GET", "/directory", headers=headers, idempotent=True, ok=(200, 304)
        )
        if answer.status == 304:
            return None, answer.headers.get("etag", etag)
        return _parse(Directory, answer), answer.headers.get("etag")

    async def changes(self, cursor: str | None = None, limit: int = 500) -> FeedPage:
        """One page of the change feed after ``cursor`` (None: from the beginning)."""
        params = {"cursor": cursor or "", "limit": str(limit)}
        answer = await self._authorized("GET", "/changes", params=params, idempotent=True)
        try:
            return read_page(answer.body)
        except ValueError as error:  # pydantic's ValidationError too
            raise _not_understood("ChangesPage", error) from None

    async def post_actions(self, actions: list[ActionIn]) -> ActionResults:
        """Upload a batch of outbox entries.  Retried like a GET: each entry carries its
        idempotency key, so the server applies it at most once however often it arrives."""
        if not actions:
            return ActionResults(results=[])
        body = {"actions": [entry.model_dump(mode="json", exclude_none=True) for entry in actions]}
        answer = await self._authorized(
            "POST",
            "/actions",
            content=json.dumps(body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json"},
            idempotent=True,
        )
        results = _parse(ActionResults, answer)
        sent = [entry.action_id for entry in actions]
        got = [result.action_id for result in results.results]
        if sorted(got) != sorted(sent):
            raise BadData(
                "The server's answer does not match the actions sent. "
                "Nothing was marked as sent; sync will try again.",
                f"sent {len(sent)} action(s), got {len(got)} result(s)",
            )
        return results

    async def stats(self, department: str | None, days: int, now: datetime) -> UnitStats:
        """The server's own dashboard figures of ``department`` (every unit: None) over
        ``days`` days at ``now``, to check the desk's offline count against."""
        params = {"days": str(days), "now": now.astimezone(UTC).isoformat()}
        if department is not None:
            params["department"] = department
        return _parse(
            UnitStats, await self._authorized("GET", "/stats", params=params, idempotent=True)
        )

    async def case(self, case_id: str) -> CaseDetail:
        path = f"/cases/{quote(case_id, safe='')}"
        return _parse(CaseDetail, await self._authorized("GET", path, idempotent=True))

    async def download_attachment(self, attachment_id: str) -> bytes:
        """The bytes of an attachment (at most ``max_answer_bytes``)."""
        path = f"/attachments/{quote(attachment_id, safe='')}"
        answer = await self._authorized("GET", path, headers={"Accept": "*/*"}, idempotent=True)
        declared = answer.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) != len(answer.body):
            raise Offline(
                "The download broke off. It will be tried again.",
                f"got {len(answer.body)} of {declared} bytes",
            )
        return answer.body

    async def upload_attachment(
        self,
        data: bytes | Path,
        name: str,
        case_id: str | None = None,
        content_type: str = "application/octet-stream",
    ) -> AttachmentCreated:
        """Upload a file for a reply.  Never retried (uploads carry no idempotency key):
        after `Offline` the caller uploads again, at worst leaving an unused copy."""
        content = data.read_bytes() if isinstance(data, Path) else data
        fields = {"case_id": case_id} if case_id else {}
        answer = await self._authorized(
            "POST",
            "/attachments",
            files={"file": (name, content, content_type)},
            data=fields,
            idempotent=False,
            ok=(200, 201),
        )
        return _parse(AttachmentCreated, answer)

    # --- transport -----------------------------------------------------------------------

    async def _authorized(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        ok: tuple[int, ...] = (200,),
        headers: Mapping[str, str] | None = None,
        **request: Any,
    ) -> _Answer:
        """Send with the access token; on 401 refresh once and send once more."""
        if self._access is None:
            await self._refresh_after(None)
        for attempt in (1, 2):
            used = self._access
            answer = await self._send(
                method,
                path,
                headers={**(headers or {}), "Authorization": f"Bearer {used}"},
                idempotent=idempotent,
                **request,
            )
            if answer.status != 401:
                break
            if attempt == 2:
                self._access = None
                raise AuthRequired(
                    "Your sign-in has ended. Please sign in again.", "401 after a fresh token"
                )
            await self._refresh_after(used)
        if answer.status in ok:
            return answer
        if 300 <= answer.status < 400:
            raise BadData(
                "The server sent this program elsewhere. Check the server address in the settings.",
                f"HTTP {answer.status} to {answer.headers.get('location', '?')[:200]}",
            )
        if answer.status >= 400:
            raise _refused(answer)
        raise BadData(
            "The server sent an answer this program does not understand.",
            f"unexpected HTTP {answer.status}",
        )

    async def _refresh_after(self, used: str | None) -> None:
        """Refresh unless another task already did since ``used`` was the access token."""
        async with self._refresh_lock:
            if self._access is not None and self._access != used:
                return
            await self.refresh()

    async def _send(self, method: str, path: str, *, idempotent: bool, **request: Any) -> _Answer:
        """One request with retries (when ``idempotent``); 5xx/429 and transport
        failures raise, every other status is returned."""
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._exchange(method, path, **request)
            except (Offline, ServerError) as error:
                retry_after = error.retry_after if isinstance(error, ServerError) else None
                delay = self.retry.delay(attempt, retry_after) if idempotent else None
                if delay is None:
                    raise
                log.info("%s %s failed (%s); retrying in %.1fs", method, path, error.detail, delay)
                await asyncio.sleep(delay)

    async def _exchange(self, method: str, path: str, **request: Any) -> _Answer:
        url = f"{self.base_url}{API_PREFIX}{path}"
        started = time.monotonic()
        try:
            async with self._client.stream(method, url, **request) as response:
                body = await self._read_limited(response)
        except httpx.TransportError as error:
            raise _offline(error) from None
        answer = _Answer(response.status_code, response.headers, body)
        log.debug(
            "%s %s -> %d (%d bytes, %.0f ms)",
            method,
            path,
            answer.status,
            len(body),
            (time.monotonic() - started) * 1000,
        )
        if answer.status == 429 or answer.status >= 500:
            raise _server_error(answer)
        return answer

    async def _read_limited(self, response: httpx.Response) -> bytes:
        too_big = BadData(
            "The server sent far more data than expected. Nothing was changed.",
            f"answer over {self.max_answer_bytes} bytes",
        )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_answer_bytes:
            raise too_big
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > self.max_answer_bytes:
                raise too_big
        return bytes(body)


__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_ANSWER_BYTES",
    "USER_AGENT",
    "CentralApi",
    "RetryPolicy",
    "TokenSink",
    "Tokens",
]
