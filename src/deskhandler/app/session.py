"""A signed-in desk that stays open: one API client, one sync engine, automatic sync.

The CLI builds a fresh `Desk` and client per command; the GUI lives for a working day, so
it keeps one `CentralApi` (one connection pool, one access token in memory) and one
`SyncEngine` whose events feed the window, and syncs on a timer with capped backoff
(`SyncLoop`), sooner when an action is queued or "Sync now" is pressed.  Nothing here knows
Qt: the window hands in a listener and gets plain events back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime

from deskhandler.app.desk import Desk, DeskError
from deskhandler.store.records import ChangeSet, Identity
from deskhandler.sync.api import CentralApi
from deskhandler.sync.credentials import NOT_REMEMBERED, RefreshTokenStore
from deskhandler.sync.engine import Listener, SyncEngine, SyncLoop, SyncReport
from deskhandler.sync.errors import SyncError
from deskhandler.wire.models import AttachmentRef, Me
from deskhandler.wire.stats import UnitStats

log = logging.getLogger(__name__)

LAST_SYNC_KEY = "last_sync"


class MemoryTokens:
    """A refresh-token sink that forgets with the process ("remember me" off)."""

    def __init__(self, token: str | None = None) -> None:
        self._token = token

    def __call__(self, token: str | None) -> None:
        self._token = token

    def load(self) -> str | None:
        return self._token

    def forget(self) -> None:
        self._token = None


class DeskSyncEngine(SyncEngine):
    """The sync engine plus what a long-lived desk needs: the directory and the last sync."""

    def __init__(self, desk: Desk, api: CentralApi, *, listener: Listener | None = None) -> None:
        super().__init__(desk.store, api, listener=listener, files=desk.attachments)
        self.desk = desk

    async def _pull(self, report: SyncReport) -> None:
        await self.desk.refresh_directory(self.api)
        await super()._pull(report)

    async def sync(self) -> SyncReport:
        report = await super().sync()
        if report.finished:
            self.store.set_meta(LAST_SYNC_KEY, datetime.now(UTC).isoformat())
        return report


def last_sync(desk: Desk) -> datetime | None:
    """When this profile last finished a sync, if ever."""
    value = desk.store.get_meta(LAST_SYNC_KEY)
    return datetime.fromisoformat(value) if isinstance(value, str) else None


class DeskSession:
    """One person signed in on one server, for the life of a window."""

    def __init__(self, desk: Desk, *, listener: Listener | None = None) -> None:
        self.desk = desk
        self._listener = listener
        self._api: CentralApi | None = None
        self.engine: DeskSyncEngine | None = None
        self._loop: SyncLoop | None = None
        self._loop_task: asyncio.Task[None] | None = None
        #: Why sign-in will not be remembered on this PC, when that is so.
        self.warning: str | None = None

    @property
    def identity(self) -> Identity | None:
        return self.desk.store.identity()

    def can_resume(self) -> bool:
        """True when a remembered session exists for the profile's server and person."""
        url, user = self.desk.server_url, self.desk.username
        return bool(url and user and self.desk.tokens(url, user).load())

    def resume(self) -> None:
        """Use the remembered session (no network: the first sync will tell if it works)."""
        url, user = self.desk.server_url, self.desk.username
        if not url or not user:
            raise DeskError("Nobody has signed in on this profile yet")
        self._use(self.desk.api())

    async def sign_in(self, server_url: str, username: str, password: str, *, remember: bool) -> Me:
        """Sign in with a password; with ``remember`` the session survives a restart."""
        keyring_tokens = self.desk.tokens(server_url, username)
        sink: MemoryTokens | RefreshTokenStore
        if remember and keyring_tokens.persistent:
            sink = keyring_tokens
            me = await self.desk.login(server_url, username, password, tokens=sink)
            self.warning = keyring_tokens.warning
        else:
            sink = MemoryTokens()
            me = await self.desk.login(server_url, username, password, tokens=sink)
            keyring_tokens.forget()
            self.warning = NOT_REMEMBERED if remember else None
        api = CentralApi(
            server_url,
            device_id=self.desk.device_id,
            refresh_token=sink.load(),
            on_refresh_token=sink,
        )
        await self._replace(api)
        return me

    def _use(self, api: CentralApi) -> None:
        self._api = api
        self.engine = DeskSyncEngine(self.desk, api, listener=self._listener)
        self._loop = SyncLoop(self.engine, interval=float(self.desk.config.sync_interval))

    async def _replace(self, api: CentralApi) -> None:
        old = self._api
        was_running = await self._stop_loop()
        self._use(api)
        if old is not None:
            await old.aclose()
        if was_running:
            self.start()

    @property
    def signed_in(self) -> bool:
        return self._api is not None and self._api.signed_in

    def start(self) -> None:
        """Sync now and then every ``sync_interval`` seconds (backing off after failures)."""
        if self._loop is None:
            raise DeskError("Sign in first")
        if self._loop_task is None or self._loop_task.done():
            self._loop_task = asyncio.ensure_future(self._loop.run())

    def trigger(self) -> None:
        """Sync as soon as possible (an action was queued, "Sync now")."""
        if self._loop is not None:
            self._loop.trigger()

    async def sync_now(self) -> SyncReport:
        """One sync, waited for (joins one that is running)."""
        if self.engine is None:
            raise DeskError("Sign in first")
        return await self.engine.sync()

    async def fetch_detail(self, case_id: str) -> ChangeSet:
        """Fetch a case's full timeline; an empty change set when offline or signed out."""
        if self._api is None:
            return ChangeSet()
        try:
            detail = await self._api.case(case_id)
        except SyncError as error:
            log.info("case %s not fetched: %s", case_id, error.code)
            return ChangeSet()
        return self.desk.store.save_detail(detail)

    async def server_stats(
        self, department: str | None, days: int, now: datetime
    ) -> UnitStats | None:
        """The central API's own dashboard figures (None when offline or signed out)."""
        if self._api is None:
            return None
        try:
            return await self._api.stats(department, days, now)
        except SyncError as error:
            log.info("stats not fetched: %s", error.code)
            return None

    async def photo(self, ref: AttachmentRef) -> bytes | None:
        """The bytes of an attachment, from the PC's cache or downloaded (None offline)."""
        key = f"attachment:{ref.id}"
        digest = self.desk.store.get_meta(key)
        cache = self.desk.attachments
        if isinstance(digest, str):
            data = cache.read(digest)
            if data is not None:
                return data
        if self._api is None:
            return None
        try:
            data = await self._api.download_attachment(ref.id)
        except SyncError as error:
            log.info("attachment %s not fetched: %s", ref.id, error.code)
            return None
        self.desk.store.set_meta(key, cache.put(data))
        return data

    async def _stop_loop(self) -> bool:
        """Stop the sync loop and any sync in flight; whether the loop was running."""
        task, self._loop_task = self._loop_task, None
        running = task is not None and not task.done()
        if task is not None and running:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.engine is not None:
            await self.engine.stop()
        return running

    async def sign_out(self) -> None:
        """Forget the session here and on the server (local data stays)."""
        await self._stop_loop()
        api, self._api, self.engine, self._loop = self._api, None, None, None
        url, user = self.desk.server_url, self.desk.username
        if url and user:
            self.desk.tokens(url, user).forget()
        if api is not None:
            with contextlib.suppress(Exception):
                await api.revoke()
            await api.aclose()

    async def close(self) -> None:
        """Stop syncing and close the connection (the session stays remembered)."""
        await self._stop_loop()
        api, self._api = self._api, None
        if api is not None:
            await api.aclose()


__all__ = ["LAST_SYNC_KEY", "DeskSession", "DeskSyncEngine", "MemoryTokens", "last_sync"]
