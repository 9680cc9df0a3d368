"""One profile's desk: its store, its session with the central API and its sync engine.

The composition root that both faces use: the CLI builds a `Desk` per command, the GUI one
per window.  Actions go to the outbox and the overlay in one store transaction and return
the `ChangeSet` that tells views what to refresh; nothing here talks to the user.
"""

from __future__ import annotations

import logging
import os
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskhandler import __version__
from deskhandler.config import Config
from deskhandler.domain.actions import ActionKind
from deskhandler.domain.files import (
    ATTACHING_KINDS,
    MAX_ATTACHMENTS,
    MAX_UPLOAD_BYTES,
    SNIFF_BYTES,
    sniff_content_type,
)
from deskhandler.domain.versions import UpgradeAdvice, upgrade_advice
from deskhandler.store.attachments import AttachmentCache
from deskhandler.store.records import ChangeSet, ConflictEntry, OutboxEntry, OutboxFile
from deskhandler.store.store import Store
from deskhandler.store.withdrawal import Withdrawal
from deskhandler.sync.api import CentralApi, TokenSink
from deskhandler.sync.credentials import RefreshTokenStore
from deskhandler.sync.engine import Listener, SyncEngine, SyncReport
from deskhandler.sync.errors import AuthRequired, SyncError
from deskhandler.wire.models import ClientVersions, Me

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "DESKHANDLER_PASSWORD"  # noqa: S105 - the name of a variable, not a secret


class DeskError(Exception):
    """Something the person must fix before the desk can do what was asked."""


@dataclass(frozen=True, slots=True)
class Outbox:
    pending: list[OutboxEntry]
    conflicts: list[ConflictEntry]


class Desk:
    """Use cases over one profile.  Open with `Desk.open`, close with `close` or ``with``."""

    def __init__(
        self, config: Config, store: Store, *, env: Mapping[str, str] | None = None
    ) -> None:
        self.config = config
        self.store = store
        self._env = os.environ if env is None else env
        self._attachments: AttachmentCache | None = None

    @classmethod
    def open(cls, config: Config, *, env: Mapping[str, str] | None = None) -> Desk:
        config.profile.create_dirs()
        # The full integrity check only after an unclean end or once a week: it reads the
        # whole file, seconds for a big queue on a cold start.
        return cls(config, Store.open(config.profile.database, check="auto"), env=env)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- who and where ---------------------------------------------------------------

    @property
    def device_id(self) -> str:
        """A stable id of this profile on this PC (sign-in limits and the audit use it)."""
        device: str | None = self.store.get_meta("device_id")
        if device is None:
            device = f"desk-{uuid.uuid4()}"
            self.store.set_meta("device_id", device)
        return device

    @property
    def server_url(self) -> str | None:
        return self.config.server_url or self.store.get_meta("server_url")

    @property
    def username(self) -> str | None:
        name: str | None = self.store.get_meta("username")
        return name

    def tokens(self, server_url: str, username: str) -> RefreshTokenStore:
        return RefreshTokenStore(server_url, username)

    def api(self) -> CentralApi:
        """A client for the configured server with the remembered session, if any."""
        url, user = self.server_url, self.username
        if not url:
            raise DeskError(
                "No server configured: first run deskhandler login --server URL --user NAME"
            )
        sink = self.tokens(url, user) if user else None
        return CentralApi(
            url,
            device_id=self.device_id,
            refresh_token=sink.load() if sink else None,
            on_refresh_token=sink,
        )

    async def login(
        self, server_url: str, username: str, password: str, *, tokens: TokenSink | None = None
    ) -> Me:
        """Sign in, remember the session in the OS keyring, and fetch who this is.

        ``tokens`` receives the refresh token instead of the keyring (the GUI's "remember
        me" off keeps it in memory only)."""
        previous = self.store.identity()
        if previous is not None and previous.username != username and self.store.outbox_count():
            raise DeskError(
                f"{previous.username} still has actions waiting for upload on this profile: "
                "sync or export them first (deskhandler outbox)"
            )
        sink = tokens if tokens is not None else self.tokens(server_url, username)
        async with CentralApi(server_url, device_id=self.device_id, on_refresh_token=sink) as api:
            await api.login(username, password)
            me = await api.me()
        if previous is not None and (
            previous.username != me.username or self.store.get_meta("server_url") != server_url
        ):
            self.store.set_meta("cursor", None)
        self.store.set_identity(me.username, me.role, me.department)
        self.store.set_meta("server_url", server_url)
        self.store.set_meta("username", me.username)
        return me

    async def sync(self, listener: Listener | None = None) -> SyncReport:
        """One pull and push.  Signs in with ``DESKHANDLER_PASSWORD`` when no session works."""
        async with self.api() as api:
            if not api.signed_in:
                await self._password_login(api)
            try:
                await self.refresh_directory(api)
            except AuthRequired:
                await self._password_login(api)
                await self.refresh_directory(api)
            await self.check_client_version(api)
            engine = SyncEngine(self.store, api, listener=listener, files=self.attachments)
            return await engine.sync()

    async def check_client_version(self, api: CentralApi) -> UpgradeAdvice | None:
        """Ask the server which desk version is current, remember the answer for the GUI
        (`upgrade_advice`) and return it; None when the server does not say.  Never fails
        a sync and never downloads anything: upgrading is IT's job."""
        try:
            versions = await api.client_versions()
        except SyncError as error:
            log.info("client version check skipped: %s", error.message)
            return None
        if versions is None:
            self.store.set_meta("client_versions", None)
            return None
        self.store.set_meta("client_versions", versions.model_dump(mode="json"))
        return self.upgrade_advice()

    def upgrade_advice(self) -> UpgradeAdvice | None:
        """What the last answer of ``GET /api/v1/client`` means for this desk."""
        known = self.store.get_meta("client_versions")
        if not isinstance(known, dict):
            return None
        versions = ClientVersions.model_validate(known)
        return upgrade_advice(__version__, versions.current, versions.minimum)

    async def _password_login(self, api: CentralApi) -> None:
        password = self._env.get(PASSWORD_VARIABLE)
        if not password or not self.username:
            raise AuthRequired("Please sign in: deskhandler login --server URL --user NAME")
        await api.login(self.username, password)

    async def refresh_directory(self, api: CentralApi) -> None:
        """Fetch the directory (units, users, categories ...) when it changed (ETag)."""
        cached = self.store.directory()
        directory, etag = await api.directory(cached[1] if cached else None)
        if directory is not None:
            self.store.save_directory(directory.model_dump(mode="json"), etag)

    # --- actions ---------------------------------------------------------------------

    @property
    def attachments(self) -> AttachmentCache:
        """This profile's attachment files: downloaded photos and files waiting for upload."""
        if self._attachments is None:
            cap = self.config.attachment_cache_mb * 1024 * 1024
            self._attachments = AttachmentCache(self.config.profile.attachments_dir, cap)
        return self._attachments

    def act(
        self,
        case_id: str,
        kind: ActionKind | str,
        payload: Mapping[str, Any],
        files: Sequence[Path] = (),
    ) -> ChangeSet:
        """Queue one action (refused by the rules: `ActionRefused`, nothing written).

        ``files`` (photos of the work done, a PDF) are checked and copied into the
        attachment cache, kept there until uploaded, and uploaded before the action; a file
        that cannot be attached raises `DeskError` and nothing is queued."""
        if files and kind not in ATTACHING_KINDS:
            raise DeskError(f"A {kind} action carries no files")
        if len(files) > MAX_ATTACHMENTS:
            raise DeskError(f"Attach at most {MAX_ATTACHMENTS} files to one action")
        attached = [self._attach(Path(path)) for path in files]
        self.store.enqueue(case_id, kind, payload, files=attached)
        return ChangeSet.of([case_id], outbox=True)

    def _attach(self, path: Path) -> OutboxFile:
        """Check one picked file and keep its bytes (pinned) until it is uploaded."""
        name = unicodedata.normalize("NFC", path.name)
        try:
            size = path.stat().st_size
            if size > MAX_UPLOAD_BYTES:
                raise DeskError(
                    f"{name} is too large ({size / 1048576:.1f} MB; "
                    f"at most {MAX_UPLOAD_BYTES // 1048576} MB)"
                )
            data = path.read_bytes()
        except OSError as error:
            raise DeskError(f"Cannot read {name}: {error.strerror or error}") from None
        if not data:
            raise DeskError(f"{name} is empty")
        content_type = sniff_content_type(data[:SNIFF_BYTES])
        if content_type is None:
            raise DeskError(f"{name} is not a photo (JPEG, PNG, WebP) or a PDF")
        digest = self.attachments.put(data)
        # Pinned before the action is queued: a crash in between leaves a pin the next sync
        # releases, never an action whose file was evicted.
        self.attachments.pin(digest)
        return OutboxFile(digest, name, content_type, len(data))

    def outbox(self) -> Outbox:
        return Outbox(self.store.outbox(), self.store.conflicts())

    def reapply(self, conflict_id: int, payload: Mapping[str, Any] | None = None) -> ChangeSet:
        entry = self.store.reapply_conflict(conflict_id, payload)
        return ChangeSet.of([entry.case_id], outbox=True, conflicts=True)

    def discard(self, conflict_id: int) -> ChangeSet:
        return self.store.discard_conflict(conflict_id)

    def undo(self, action_ids: Sequence[str]) -> Withdrawal:
        """Take queued actions back while no sync has sent them (`Store.withdraw`); the
        files they were waiting to upload may leave the cache again."""
        withdrawal = self.store.withdraw(action_ids)
        if withdrawal.files:
            for digest in withdrawal.files - self.store.waiting_file_digests():
                self.attachments.unpin(digest)
        return withdrawal
