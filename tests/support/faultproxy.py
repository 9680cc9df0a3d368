"""A loopback HTTP proxy in front of the real server that misbehaves on demand.

It serves on its own port (``proxy.url`` replaces the server URL) and relays each request
to the upstream server on a fresh connection with ``Connection: close``, so every request
is one connection and request boundaries are exact.  Faults are planned with rules::

    with FaultProxy(live_url) as proxy:
        proxy.fail(Fault.drop_answer(), times=1, path="/api/v1/actions")
        proxy.fail(Fault.status(503), every=3)
        proxy.down()   # refuse connections: the client is "offline"
        proxy.up()

A rule applies to the next ``times`` matching requests, or to every ``every``-th matching
request, or (neither given) to all of them; the first rule that fires wins.  ``drop_answer``
forwards the whole request, reads the whole answer (the server has committed) and closes
without sending it: the case that makes a non-idempotent client apply an action twice.

Also runnable for subprocess tests: ``python -m tests.support.faultproxy UPSTREAM
[--port P] [--mode drop_answer] [--every N]`` prints its URL and serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

_HEAD_MAX = 64 * 1024


@dataclass(frozen=True)
class Fault:
    """What to do with one request."""

    kind: str
    delay_ms: int = 0
    after_bytes: int = 0
    code: int = 0
    retry_after: int | None = None

    @staticmethod
    def delay(ms: int) -> Fault:
        """Wait ``ms`` before forwarding (then relay normally)."""
        return Fault("delay", delay_ms=ms)

    @staticmethod
    def cut_request(after_bytes: int = 10) -> Fault:
        """Forward only the first bytes of the request, then close both sides."""
        return Fault("cut_request", after_bytes=after_bytes)

    @staticmethod
    def cut_response(after_bytes: int = 20) -> Fault:
        """Forward the request, relay only the first bytes of the answer, then close."""
        return Fault("cut_response", after_bytes=after_bytes)

    @staticmethod
    def status(status: int, retry_after: int | None = None) -> Fault:
        """Answer ``status`` without forwarding anything."""
        return Fault("status", code=status, retry_after=retry_after)

    @staticmethod
    def drop_answer() -> Fault:
        """Forward the request, read the whole answer, close without sending it."""
        return Fault("drop_answer")

    @staticmethod
    def hang() -> Fault:
        """Read the request and never answer (the client's read timeout fires)."""
        return Fault("hang")


@dataclass
class _Rule:
    fault: Fault
    times: int | None
    every: int | None
    path: str | None
    method: str | None
    seen: int = 0

    def fires(self, method: str, path: str) -> bool:
        if self.path is not None and not path.startswith(self.path):
            return False
        if self.method is not None and method != self.method:
            return False
        self.seen += 1
        if self.times is not None:
            if self.times <= 0:
                return False
            self.times -= 1
            return True
        if self.every is not None:
            return self.seen % self.every == 0
        return True


@dataclass(frozen=True)
class Seen:
    """One request as the proxy saw it, and what it did with it."""

    method: str
    path: str
    fault: str


@dataclass
class _State:
    rules: list[_Rule] = field(default_factory=list)
    log: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FaultProxy:
    """The proxy, served from a background thread with its own event loop."""

    def __init__(self, upstream: str, port: int = 0) -> None:
        parts = urlsplit(upstream)
        if parts.hostname is None or parts.port is None:
            raise ValueError(f"upstream needs host and port: {upstream!r}")
        self._upstream = (parts.hostname, parts.port)
        self._state = _State()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._port = port

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        self.up()
        return self

    def stop(self) -> None:
        self.down()
        self._call(self._cancel_tasks())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def up(self) -> None:
        """Accept connections (again, on the same port)."""
        self._call(self._listen())

    def down(self) -> None:
        """Refuse new connections and cut the open ones: the client is offline."""
        self._call(self._close())

    def _call(self, coroutine: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", self._port, reuse_address=True
        )
        self._port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        if server is not None:
            await server.wait_closed()

    async def _cancel_tasks(self) -> None:
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # --- planning faults -----------------------------------------------------------------

    def fail(
        self,
        fault: Fault,
        *,
        times: int | None = None,
        every: int | None = None,
        path: str | None = None,
        method: str | None = None,
    ) -> None:
        """Apply ``fault`` to the next ``times`` matching requests, or every ``every``-th,
        or (neither) to all; ``path`` is a prefix, ``method`` e.g. "POST"."""
        with self._state.lock:
            self._state.rules.append(_Rule(fault, times, every, path, method))

    def clear(self) -> None:
        """Pass everything through from now on."""
        with self._state.lock:
            self._state.rules.clear()

    @property
    def seen(self) -> list[Seen]:
        with self._state.lock:
            return list(self._state.log)

    def _choose(self, method: str, path: str) -> Fault | None:
        with self._state.lock:
            chosen = None
            for rule in self._state.rules:
                if rule.fires(method, path):
                    chosen = rule.fault
                    break
            self._state.log.append(Seen(method, path, chosen.kind if chosen else "pass"))
            return chosen

    # --- relaying ------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            await self._relay_one(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass  # the proxy is stopping: end quietly (asyncio logs a cancelled handler)
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _relay_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await _read_request(reader)
        if request is None:
            return
        method, path, raw = request
        fault = self._choose(method, path)
        kind = fault.kind if fault else "pass"
        if fault is not None and kind == "delay":
            await asyncio.sleep(fault.delay_ms / 1000)
        if fault is not None and kind == "status":
            writer.write(_canned(fault.code, fault.retry_after))
            await writer.drain()
            return
        if kind == "hang":
            await asyncio.sleep(3600)
            return
        up_reader, up_writer = await asyncio.open_connection(*self._upstream)
        try:
            if fault is not None and kind == "cut_request":
                up_writer.write(raw[: fault.after_bytes])
                await up_writer.drain()
                writer.transport.abort()
                return
            up_writer.write(raw)
            await up_writer.drain()
            if kind == "drop_answer":
                await up_reader.read()  # the whole answer: the server has committed
                writer.transport.abort()
                return
            limit = fault.after_bytes if fault is not None and kind == "cut_response" else None
            sent = 0
            while chunk := await up_reader.read(64 * 1024):
                if limit is not None and sent + len(chunk) >= limit:
                    writer.write(chunk[: max(0, limit - sent)])
                    await writer.drain()
                    writer.transport.abort()
                    return
                writer.write(chunk)
                sent += len(chunk)
                await writer.drain()
        finally:
            up_writer.close()


def _canned(status: int, retry_after: int | None) -> bytes:
    body = json.dumps({"error": {"code": "fault_proxy", "message": f"injected {status}"}}).encode()
    lines = [
        f"HTTP/1.1 {status} Injected",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    if retry_after is not None:
        lines.append(f"Retry-After: {retry_after}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, bytes] | None:
    """One whole request (head rewritten to ``Connection: close``), or None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    if len(head) > _HEAD_MAX:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ", 2)
    if "://" in target:  # absolute form: we were used as the client's forward proxy
        parts = urlsplit(target)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines[0] = f"{method} {target} {version}"
    headers: list[str] = []
    length = 0
    chunked = False
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        lowered = name.strip().lower()
        if lowered in ("connection", "keep-alive", "proxy-connection"):
            continue
        if lowered == "content-length":
            length = int(value.strip())
        if lowered == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
        headers.append(line)
    body = await _read_chunked(reader) if chunked else await reader.readexactly(length)
    rewritten = "\r\n".join([lines[0], *headers, "Connection: close"]) + "\r\n\r\n"
    return method, target, rewritten.encode("latin-1") + body


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    raw = bytearray()
    while True:
        size_line = await reader.readuntil(b"\r\n")
        raw += size_line
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            while (trailer := await reader.readuntil(b"\r\n")) != b"\r\n":
                raw += trailer
            raw += b"\r\n"
            return bytes(raw)
        raw += await reader.readexactly(size + 2)


@contextlib.contextmanager
def fault_proxy(upstream: str) -> Iterator[FaultProxy]:
    with FaultProxy(upstream) as proxy:
        yield proxy


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


_MODES = {
    "drop_answer": Fault.drop_answer,
    "cut_response": Fault.cut_response,
    "cut_request": Fault.cut_request,
    "hang": Fault.hang,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upstream")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", choices=[*_MODES, "500", "502", "503", "429"])
    parser.add_argument("--every", type=int)
    parser.add_argument("--path")
    args = parser.parse_args(argv)
    with FaultProxy(args.upstream, args.port) as proxy:
        if args.mode:
            fault = (
                Fault.status(int(args.mode), retry_after=1 if args.mode == "429" else None)
                if args.mode.isdigit()
                else _MODES[args.mode]()
            )
            proxy.fail(fault, every=args.every, path=args.path)
        print(proxy.url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
