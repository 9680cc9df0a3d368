"""Attachment files kept on the PC: content-addressed, capped in size, evicted LRU.

A file's name is the SHA-256 of its bytes, so the same photo is stored once and a
damaged file is recognisable.  Writes go to a temporary file that is renamed into place,
so a crash never leaves half a file under a real name.  Access time is recorded by
setting the file's times on every read (many file systems do not update atime), and the
least recently used files go first when the cache is over its cap.  Files *pinned* by a
pending upload (the clerk attached them offline) are never evicted: a pin is a marker
file under ``pins/``, so it survives restarts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_DIGEST = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1 << 20


def _check(digest: str) -> str:
    if not _DIGEST.fullmatch(digest):
        raise ValueError(f"not a SHA-256 hex digest: {digest!r}")
    return digest


class AttachmentCache:
    """Files under ``root`` named by their SHA-256, at most ``cap_bytes`` unpinned+pinned."""

    def __init__(self, root: Path, cap_bytes: int) -> None:
        self.root = Path(root)
        self.cap_bytes = cap_bytes
        self._files = self.root / "files"
        self._pins = self.root / "pins"
        self._tmp = self.root / "tmp"
        for folder in (self._files, self._pins, self._tmp):
            folder.mkdir(parents=True, exist_ok=True)

    def _path(self, digest: str) -> Path:
        digest = _check(digest)
        return self._files / digest[:2] / digest

    def put(self, data: bytes) -> str:
        """Store ``data``; returns its digest.  May evict older files."""
        digest = hashlib.sha256(data).hexdigest()
        self._store(digest, [data])
        return digest

    def put_stream(self, stream: BinaryIO) -> str:
        """Store what ``stream`` yields (e.g. a download or a file the clerk picked)."""
        fd, name = tempfile.mkstemp(dir=self._tmp)
        hasher = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                while block := stream.read(_BLOCK):
                    hasher.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            digest = hasher.hexdigest()
            target = self._path(digest)
            target.parent.mkdir(exist_ok=True)
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        self.evict()
        return digest

    def _store(self, digest: str, blocks: list[bytes]) -> None:
        target = self._path(digest)
        if target.exists():
            self._touch(target)
            return
        target.parent.mkdir(exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self._tmp)
        try:
            with os.fdopen(fd, "wb") as out:
                for block in blocks:
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            os.replace(name, target)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
        self.evict()

    def path(self, digest: str) -> Path | None:
        """The file of ``digest`` (marked as just used), or None when it is not cached."""
        target = self._path(digest)
        if not target.exists():
            return None
        self._touch(target)
        return target

    def read(self, digest: str) -> bytes | None:
        target = self.path(digest)
        return None if target is None else target.read_bytes()

    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and self._path(digest).exists()

    @staticmethod
    def _touch(target: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.utime(target)

    def pin(self, digest: str) -> None:
        """Keep ``digest`` whatever the cap (a pending upload needs it)."""
        (self._pins / _check(digest)).touch()

    def unpin(self, digest: str) -> None:
        (self._pins / _check(digest)).unlink(missing_ok=True)
        self.evict()

    def pinned(self) -> set[str]:
        return {p.name for p in self._pins.iterdir() if _DIGEST.fullmatch(p.name)}

    def _entries(self) -> Iterator[tuple[float, int, Path]]:
        for folder in self._files.iterdir():
            if not folder.is_dir():
                continue
            for file in folder.iterdir():
                try:
                    stat = file.stat()
                except FileNotFoundError:
                    continue
                yield stat.st_mtime, stat.st_size, file

    def size(self) -> int:
        """Bytes held, pinned files included."""
        return sum(size for _, size, _ in self._entries())

    def evict(self) -> list[str]:
        """Delete least recently used unpinned files until under the cap; their digests."""
        entries = sorted(self._entries())
        total = sum(size for _, size, _ in entries)
        if total <= self.cap_bytes:
            return []
        pinned = self.pinned()
        evicted = []
        for _, size, file in entries:
            if total <= self.cap_bytes:
                break
            if file.name in pinned:
                continue
            file.unlink(missing_ok=True)
            total -= size
            evicted.append(file.name)
        return evicted
