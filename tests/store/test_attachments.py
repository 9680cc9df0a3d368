"""The attachment cache: content-addressed, atomic, LRU under a cap, pins kept."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from deskhandler.store import AttachmentCache


def aged(cache: AttachmentCache, digest: str, seconds_ago: int) -> None:
    path = cache.path(digest)
    assert path is not None
    moment = path.stat().st_mtime - seconds_ago
    os.utime(path, (moment, moment))


def test_content_addressed_and_deduplicated(tmp_path: Path) -> None:
    cache = AttachmentCache(tmp_path / "cache", cap_bytes=10_000)
    digest = cache.put(b"photo bytes")
    assert digest == hashlib.sha256(b"photo bytes").hexdigest()
    assert cache.put(b"photo bytes") == digest
    assert cache.read(digest) == b"photo bytes"
    assert cache.put_stream(io.BytesIO(b"photo bytes")) == digest
    assert cache.size() == len(b"photo bytes")
    assert digest in cache
    assert not list((tmp_path / "cache" / "tmp").iterdir()), "no temporary files left"
    with pytest.raises(ValueError, match="digest"):
        cache.read("../../etc/passwd")


def test_least_recently_used_go_first_and_pins_stay(tmp_path: Path) -> None:
    cache = AttachmentCache(tmp_path / "cache", cap_bytes=300)
    old = cache.put(b"o" * 100)
    pinned = cache.put(b"p" * 100)
    used = cache.put(b"u" * 100)
    aged(cache, old, 300)
    aged(cache, pinned, 400)
    aged(cache, used, 500)
    cache.pin(pinned)
    assert cache.read(used) is not None  # reading makes it the most recently used

    cache.put(b"n" * 100)

    assert old not in cache
    assert pinned in cache, "a pending upload's file is never evicted"
    assert used in cache
    assert cache.size() <= 300

    # Pins survive a restart; unpinning lets the file go when space is needed.
    again = AttachmentCache(tmp_path / "cache", cap_bytes=50)
    assert again.pinned() == {pinned}
    again.evict()
    assert pinned in again
    again.unpin(pinned)
    assert pinned not in again
    assert again.size() <= 50


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    cache = AttachmentCache(tmp_path / "cache", cap_bytes=10_000)

    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            raise OSError("network dropped")

    with pytest.raises(OSError, match="network dropped"):
        cache.put_stream(io.BufferedReader(Broken()))
    assert cache.size() == 0
    assert not list((tmp_path / "cache" / "tmp").iterdir())
