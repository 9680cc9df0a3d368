"""A tiny HTTP server that answers whatever a test tells it to, byte for byte.

For answers the real server never gives: broken JSON, wrong types, unknown statuses,
bodies of 100 MB.  Paths without an answer get a valid token response at the token
endpoint (so a client can sign in) and 404 elsewhere.
"""

from __future__ import annotations

import json
import socketserver
import threading
from collections.abc import Callable
from io import BufferedIOBase
from types import TracebackType

Writer = Callable[[BufferedIOBase], None]

TOKEN_BODY = json.dumps(
    {
        "access_token": "a" * 43,
        "token_type": "bearer",
        "expires_in": 900,
        "refresh_token": "r" * 43,
    }
).encode()


def response(
    status: int = 200,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    head = [f"HTTP/1.1 {status} Whatever", "Connection: close"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    head.append(f"Content-Length: {len(body) if content_length is None else content_length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def chunked(total: int, chunk: int = 1024 * 1024) -> Writer:
    """An answer of ``total`` bytes of JSON-looking text, without a Content-Length."""

    def write(out: BufferedIOBase) -> None:
        out.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        out.write(b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
        block = b" " * chunk
        sent = 0
        while sent < total:
            out.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")
            sent += len(block)
        out.write(b"0\r\n\r\n")

    return write


class RawServer:
    def __init__(self) -> None:
        self.answers: dict[str, bytes | Writer] = {
            "/api/v1/auth/token": response(200, TOKEN_BODY, {"Content-Type": "application/json"})
        }
        self.requests: list[str] = []
        answers, requests = self.answers, self.requests

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                request_line = self.rfile.readline().decode("latin-1")
                length = 0
                while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                self.rfile.read(length)
                path = request_line.split(" ")[1].split("?")[0]
                requests.append(path)
                answer = answers.get(path, response(404, b'{"error":{"code":"x","message":"y"}}'))
                try:
                    if isinstance(answer, bytes):
                        self.wfile.write(answer)
                    else:
                        answer(self.wfile)
                except OSError:
                    pass  # the client gave up reading, as it should for huge answers

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
