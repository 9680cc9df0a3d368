"""The sync engine: pull the change feed into the store, push the outbox to the server.

One sync at a time: a second request while one runs joins it.  Every step that changes the
store is one store transaction taken between two awaits, so cancelling a sync at any await
loses nothing: what was stored stays stored, what was not is fetched or sent again next
time, and sending again is safe because every action carries its idempotency key.

Push sends at most one entry per case per batch (the store picks them); the server answers
each, and `Store.settle` rebases the next entry of that case on the returned version, so a
person's own chain of actions never conflicts with itself.  An entry the server refuses as
a whole request (a 4xx for the batch) is retried alone, and if it is refused alone it goes
to the conflicts list with its text: one bad action never blocks the rest.

Before a batch is posted its entries are claimed (``outbox.sent_at``, committed): from then
on an entry may be applied on the server, so "Undo" (`Store.withdraw`) refuses it, and the
claim and the withdrawal exclude each other (one store transaction each).  An entry undone
before the claim is simply not sent.

Files attached to an action are uploaded just before it, each recorded in the store the
moment the server has it, so a sync stopped after some uploads only sends the rest.  An
upload has no idempotency key: a sync stopped between the upload and the record uploads
the file again, and the first copy stays an unlinked upload the case never shows (files are
uploaded without ``case_id``; the action links them).  A file the server refuses (type,
size), or whose bytes are gone from this PC, settles its action as rejected with the words
why, and the action waits in the conflicts list.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from deskhandler.store.attachments import AttachmentCache
from deskhandler.store.records import ChangeSet, OutboxEntry
from deskhandler.store.store import Store
from deskhandler.sync.api import CentralApi
from deskhandler.sync.errors import BadData, Offline, Refused, SyncError
from deskhandler.wire.models import (
    ActionIn,
    ActionResult,
    Case,
    ErrorDetail,
    Outcome,
)

_T = TypeVar("_T")

log = logging.getLogger(__name__)


class State(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Connectivity:
    """What the status bar shows: the state and, for offline/error, why."""

    state: State
    reason: str = ""
    code: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a sync got: ``phase`` is ``pull``, ``index`` (a first sync building the
    queue's indexes once the cases are in) or ``push``; ``total`` None when unknown."""

    phase: str
    done: int
    total: int | None = None


@dataclass(frozen=True, slots=True)
class Changed:
    """The store changed under the views: refresh what ``changes`` names."""

    changes: ChangeSet


Event = Connectivity | Progress | Changed
Listener = Callable[[Event], None]


@dataclass(slots=True)
class SyncReport:
    """The summary of one sync, for the CLI and the status bar."""

    pulled: int = 0
    removed: int = 0
    uploaded: int = 0
    duplicates: int = 0
    conflicts: int = 0
    pending: int = 0
    waiting_conflicts: int = 0
    finished: bool = False
    error: SyncError | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def exit_code(self) -> int:
        """0 done and nothing left; 1 could not finish, work queued; 2 conflicts wait."""
        if not self.finished or self.pending:
            return 1
        return 2 if self.waiting_conflicts else 0


class SyncEngine:
    """Moves data between one `Store` and one `CentralApi`."""

    def __init__(
        self,
        store: Store,
        api: CentralApi,
        *,
        page_size: int = 1000,
        batch_size: int = 100,
        listener: Listener | None = None,
        files: AttachmentCache | None = None,
    ) -> None:
        self.store = store
        self.api = api
        #: Where the bytes of attached files wait for upload (None: nothing was attached
        #: on this PC; an action with files then waits in the conflicts list).
        self.files = files
        self.page_size = page_size
        self.batch_size = batch_size
        self._listener = listener
        self._running: asyncio.Task[SyncReport] | None = None
        self.connectivity = Connectivity(State.OFFLINE, "not synced yet")

    def _emit(self, event: Event) -> None:
        if isinstance(event, Connectivity):
            self.connectivity = event
        if self._listener is not None:
            self._listener(event)

    async def sync(self) -> SyncReport:
        """Pull then push; a call while a sync runs waits for that one instead."""
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._sync())
        return await asyncio.shield(self._running)

    async def stop(self) -> None:
        """Cancel a sync in progress and wait until it has let go of the store and the
        connection.  Cancelling a caller of `sync` does not reach the sync itself (it is
        shielded, so other callers can share it): whoever closes the store or the
        connection calls this first.  Nothing is lost by stopping mid-way: a store write is
        one transaction, and a page being written on a thread is let finish before the
        sync ends (`_on_thread`); an upload that may have arrived is sent again under
        the same action id, which the server answers as a duplicate."""
        task, self._running = self._running, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _sync(self) -> SyncReport:
        report = SyncReport()
        self._emit(Connectivity(State.SYNCING))
        try:
            await self._pull(report)
            await self._push(report)
            report.finished = True
            self._release_files()
            self._emit(Connectivity(State.ONLINE))
        except Offline as error:
            report.error = error
            self._emit(Connectivity(State.OFFLINE, error.message, error.code))
        except SyncError as error:
            report.error = error
            self._emit(Connectivity(State.ERROR, error.message, error.code))
        except asyncio.CancelledError:
            self._emit(Connectivity(State.OFFLINE, "sync cancelled", "cancelled"))
            raise
        finally:
            report.pending = self.store.outbox_count()
            report.waiting_conflicts = len(self.store.conflicts())
        return report

    async def _pull(self, report: SyncReport) -> None:
        """Follow the feed to its end, one transaction per page.

        While a page is written (on a thread, so the event loop - the desk's window -
        stays free), the next one is already being fetched with the cursor the page
        carries: the server's time and the desk's overlap.  The cursor is stored with its
        page, so an error or a cancel leaves the store at the last page written, and a
        page fetched ahead is simply dropped.

        A first sync (an empty mirror, more than one page to come) writes its pages
        without the secondary indexes and builds them once at the end - also when the pull
        fails or is cancelled, so the store is never left without them."""
        bulk = self.store.mirror_empty()
        deferred = False
        ahead = asyncio.ensure_future(self.api.changes(self.store.cursor(), self.page_size))
        try:
            while True:
                page = await ahead
                if page.has_more:
                    ahead = asyncio.ensure_future(self.api.changes(page.cursor, self.page_size))
                    if bulk and not deferred:
                        deferred = True  # before the await: a cancel during it still builds
                        await self._on_thread(self.store.defer_indexes)
                changes = await self._on_thread(self.store.apply_changes, page)
                report.pulled += len(page.cases)
                report.removed += len(page.removed)
                report.changes |= changes
                if changes:
                    self._emit(Changed(changes))
                self._emit(Progress("pull", report.pulled))
                if not page.has_more:
                    return
        finally:
            if not ahead.done():
                ahead.cancel()
            # retrieved, so a failed fetch ahead is not reported as never retrieved
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await ahead
            if deferred:
                self._emit(Progress("index", report.pulled))
                await self._on_thread(self.store.restore_indexes)

    @staticmethod
    async def _on_thread(work: Callable[..., _T], *args: Any) -> _T:
        """``work(*args)`` on a thread (a store write: one transaction).  A cancel waits
        for it to end first: `stop` promises that the store is let go of when it returns,
        and the caller may close it next."""
        running = asyncio.ensure_future(asyncio.to_thread(work, *args))
        try:
            return await asyncio.shield(running)
        except asyncio.CancelledError:
            await asyncio.wait([running])
            raise

    async def _push(self, report: SyncReport) -> None:
        total = self.store.outbox_count()
        while batch := self.store.next_batch(self.batch_size):
            ready = await self._upload_files(batch, report)
            settled = len(batch) - len(ready)
            if ready:
                settled += await self._send(ready, report)
            self._emit(Progress("push", report.uploaded + report.conflicts, total))
            if not settled:
                # The server answered for none of them: stop rather than loop forever.
                raise BadData("The server did not answer for the uploaded actions")

    async def _upload_files(
        self, batch: list[OutboxEntry], report: SyncReport
    ) -> list[OutboxEntry]:
        """Upload the files the entries of ``batch`` wait for; the entries ready to send.

        An entry whose file is refused or missing is settled as rejected and left out."""
        ready: list[OutboxEntry] = []
        for entry in batch:
            current: OutboxEntry | None = entry
            for file in entry.waiting_files:
                data = None
                if self.files is not None:
                    data = await asyncio.to_thread(self.files.read, file.digest)
                if data is None:
                    error = ErrorDetail(
                        code="file_missing",
                        message=f"The file {file.name} is no longer on this PC; "
                        "attach it again and send the action once more.",
                    )
                    self._settle_one(entry.action_id, "rejected", None, error, report)
                    current = None
                    break
                try:
                    created = await self.api.upload_attachment(
                        data, file.name, content_type=file.content_type
                    )
                except Refused as refused:
                    error = ErrorDetail(
                        code=refused.error_code or "refused",
                        message=f"{file.name}: {refused.message}",
                    )
                    self._settle_one(entry.action_id, "rejected", None, error, report)
                    current = None
                    break
                current = self.store.record_upload(entry.action_id, file.digest, created.id)
                if current is None:
                    break
            if current is not None:
                ready.append(current)
        return ready

    def _release_files(self) -> None:
        """Let the cache evict attached files no queued action waits for any more."""
        if self.files is None:
            return
        for digest in self.files.pinned() - self.store.waiting_file_digests():
            self.files.unpin(digest)

    async def _send(self, batch: list[OutboxEntry], report: SyncReport) -> int:
        """Claim ``batch`` and upload what is still queued; how many entries left the
        outbox (settled, or withdrawn by an undo before the claim)."""
        # Committed before the request: from here on the server may apply an entry, so it
        # can no longer be undone (`Store.withdraw`); one undone meanwhile is not sent.
        claimed = self.store.claim([entry.action_id for entry in batch])
        withdrawn = len(batch) - len(claimed)
        return withdrawn + (await self._post(claimed, report) if claimed else 0)

    async def _post(self, batch: list[OutboxEntry], report: SyncReport) -> int:
        """Upload ``batch`` (claimed); return how many entries were settled."""
        try:
            answer = await self.api.post_actions([_wire(entry) for entry in batch])
        except Refused as refused:
            if len(batch) > 1:
                settled = 0
                for entry in batch:
                    settled += await self._post([entry], report)
                return settled
            error = ErrorDetail(code=refused.error_code or "refused", message=refused.message)
            self._settle_one(batch[0].action_id, "rejected", None, error, report)
            return 1
        by_id = {entry.action_id: entry for entry in batch}
        settled = 0
        for result in answer.results:
            if result.action_id not in by_id:
                raise BadData("The server answered for an action that was not sent")
            self._settle(result, report)
            settled += 1
        return settled

    def _settle(self, result: ActionResult, report: SyncReport) -> None:
        self._settle_one(result.action_id, result.outcome, result.case, result.error, report)

    def _settle_one(
        self,
        action_id: str,
        outcome: Outcome,
        case: Case | None,
        error: ErrorDetail | None,
        report: SyncReport,
    ) -> None:
        changes = self.store.settle(action_id, outcome, case, error)
        if outcome == "applied":
            report.uploaded += 1
        elif outcome == "duplicate":
            report.uploaded += 1
            report.duplicates += 1
        else:
            report.conflicts += 1
            log.info("action %s on the server: %s (%s)", action_id, outcome, error)
        report.changes |= changes
        if changes:
            self._emit(Changed(changes))


def _wire(entry: OutboxEntry) -> ActionIn:
    return ActionIn.model_validate(entry.to_wire())


class Backoff:
    """Capped exponential backoff with full jitter, for automatic retries of a sync."""

    def __init__(self, base: float = 2.0, cap: float = 300.0) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** (self.failures - 1))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not a secret

    def reset(self) -> None:
        self.failures = 0


class SyncLoop:
    """Syncs every ``interval`` seconds, sooner when asked, later after failures."""

    def __init__(
        self, engine: SyncEngine, *, interval: float = 60.0, backoff: Backoff | None = None
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.backoff = backoff or Backoff()
        self._wake = asyncio.Event()

    def trigger(self) -> None:
        """Sync now ("Sync now", a new action queued, the network came back)."""
        self._wake.set()

    async def run(self) -> None:
        while True:
            report = await self.engine.sync()
            if report.error is not None and report.error.retryable:
                delay = self.backoff.next_delay()
            else:
                self.backoff.reset()
                delay = self.interval
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
