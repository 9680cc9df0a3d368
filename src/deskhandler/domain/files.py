"""Files attached to actions: which types are accepted, how many, how large.

The server and the desk apply the same rules: the desk refuses a file the clerk picks
before it is queued (a clear message now, not a rejected action after the next sync), and
the server refuses it again on upload.  A file's type is read from its first bytes, never
from its name.
"""

from __future__ import annotations

from deskhandler.domain.actions import ActionKind

#: The types a desk may upload or a citizen may send, recognised by their first bytes.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
]

#: Bytes needed by `sniff_content_type`.
SNIFF_BYTES = 16

#: Kinds whose payload may carry ``attachments`` (ids of uploads to attach to the case).
ATTACHING_KINDS = frozenset({ActionKind.NOTE, ActionKind.REPLY, ActionKind.CLOSE})

#: Most files one action may attach.
MAX_ATTACHMENTS = 20

#: The server's default upload limit (``max_upload_bytes``); a server may set less, and
#: then refuses the upload, which settles the action as rejected with the server's words.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def sniff_content_type(head: bytes) -> str | None:
    """The real type of a file from its first bytes, or None when it is not one we accept."""
    for signature, content_type in _SIGNATURES:
        if head.startswith(signature):
            return content_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None
