"""Attachments as the department API sees them: who may read one, and linking to a reply.

A desk uploads a file first (it gets an id), then sends a reply action listing those ids;
applying the reply links them to the case and makes them public with it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PureWindowsPath
from urllib.parse import unquote

from sqlalchemy.orm import Session

from deskhandler.server.api.deps import Principal
from deskhandler.server.models import AttachmentRow, CaseRow

#: Longest file name kept (the column's width).
NAME_MAX = 255

_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}


def may_read(session: Session, row: AttachmentRow, principal: Principal) -> bool:
    """Visible when its case is visible, or (not linked yet) when the caller's unit sent it."""
    if principal.province_wide:
        return True
    if row.case_id is not None:
        case = session.get(CaseRow, row.case_id)
        return case is not None and principal.can_see(case.department)
    return principal.department is not None and row.department == principal.department


def clean_name(raw: str | None, content_type: str) -> str:
    """A file name safe to store and send back: no path, no control characters, NFC."""
    name = unicodedata.normalize("NFC", raw or "")
    name = PureWindowsPath(name.replace("/", "\\")).name  # both separators, any OS
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip(" .")
    if not name:
        name = "tep-dinh-kem" + _EXTENSIONS.get(content_type, "")
    if len(name) > NAME_MAX:
        stem, dot, ext = name.rpartition(".")
        keep = ext if dot and len(ext) <= 10 else ""
        name = (stem if keep else name)[: NAME_MAX - len(keep) - 1].rstrip() + (
            "." + keep if keep else ""
        )
    return name[:NAME_MAX]


_EXT_VALUE = re.compile(r"^(?P<charset>[\w!#$%&+^`{}~-]*)'[\w-]*'(?P<value>.*)$")


def decode_ext_value(value: str) -> str | None:
    """An RFC 8187 ``ext-value`` (``UTF-8''%E1%BA%A2nh.jpg``), or None when it is not one."""
    match = _EXT_VALUE.match(value.strip().strip('"'))
    if match is None:
        return None
    charset = match["charset"].lower() or "utf-8"
    try:
        return unquote(match["value"], encoding=charset, errors="strict")
    except (LookupError, UnicodeDecodeError):
        return None


def claim_attachments(session: Session, ids: list[str], case_id: str, principal: Principal) -> None:
    """Link uploaded attachments to ``case_id`` and make them public (a reply publishes them).

    Raises ValueError, naming the id, for an unknown attachment, one uploaded by another
    unit, or one already linked to another case.  The caller checks the case is visible.
    """
    rows: list[AttachmentRow] = []
    for attachment_id in ids:
        row = session.get(AttachmentRow, attachment_id)
        if row is None:
            raise ValueError(f"unknown attachment {attachment_id!r}")
        if not principal.province_wide and row.department != principal.department:
            raise ValueError(f"attachment {attachment_id!r} was uploaded by another unit")
        if row.case_id is not None and row.case_id != case_id:
            raise ValueError(f"attachment {attachment_id!r} belongs to another case")
        rows.append(row)
    for row in rows:
        row.case_id = case_id
        row.public = True
