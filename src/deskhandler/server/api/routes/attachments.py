"""Department API: uploading a file for a reply, and reading attachment bytes.

Uploads are parsed from the request stream as it arrives and refused as soon as they pass
``max_upload_bytes``: nothing unbounded is buffered or spooled.  The type comes from the
file's first bytes, never from what the client claims.  Downloads stream from disk with a
strong ETag (the SHA-256) and single byte ranges, so an interrupted photo resumes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.responses import Response, StreamingResponse
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.concurrency import run_in_threadpool

from deskhandler.domain.files import SNIFF_BYTES, sniff_content_type
from deskhandler.server import attachments_service
from deskhandler.server.api.deps import CurrentUser, DbDep, Principal, SettingsDep
from deskhandler.server.api.routes.cases import not_found as case_not_found
from deskhandler.server.api.routes.directory import etag_matches
from deskhandler.server.attachment_store import AttachmentStore
from deskhandler.server.db import Database
from deskhandler.server.errors import APIError
from deskhandler.server.models import AttachmentRow, CaseRow, utcnow
from deskhandler.server.settings import Settings
from deskhandler.wire.models import AttachmentCreated, ErrorBody

router = APIRouter(tags=["attachments"])

#: Room for the multipart framing and the small fields around the file.
_FRAMING = 16 * 1024
_FIELD_MAX = 256
_CHUNK = 64 * 1024


def _too_large(limit: int) -> APIError:
    return APIError(413, "too_large", f"a file may have at most {limit // (1024 * 1024)} MB")


class _Upload:
    """Callbacks for python-multipart: one file part named ``file``, small text fields."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.fields: dict[str, str] = {}
        self.data = bytearray()
        self.filename: str | None = None
        self.files = 0
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._name = ""
        self._is_file = False
        self._value = bytearray()

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._part_begin,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_header_field": self._header_field,
            "on_header_value": self._header_value_cb,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
        }

    def _part_begin(self) -> None:
        self._disposition = b""
        self._value = bytearray()
        self._is_file = False

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _header_value_cb(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        self._name = options.get(b"name", b"").decode("utf-8", "replace")
        self._is_file = self._name == "file"
        if self._is_file:
            self.files += 1
            if self.files > 1:
                raise APIError(400, "bad_request", "send one file per upload")
            self.filename = _filename(self._disposition, options)

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_file:
            if len(self.data) + (end - start) > self.limit:
                raise _too_large(self.limit)
            self.data += data[start:end]
        else:
            if len(self._value) + (end - start) > _FIELD_MAX:
                raise APIError(400, "bad_request", f"field {self._name!r} is too long")
            self._value += data[start:end]

    def _part_end(self) -> None:
        if not self._is_file and self._name:
            self.fields[self._name] = self._value.decode("utf-8", "replace")


def _filename(disposition: bytes, options: dict[bytes, bytes]) -> str | None:
    """``filename*`` (RFC 8187) when present, else the plain (UTF-8, as browsers send) one."""
    text = disposition.decode("utf-8", "replace")
    for part in text.split(";"):
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "filename*":
            decoded = attachments_service.decode_ext_value(value)
            if decoded:
                return decoded
    raw = options.get(b"filename")
    return raw.decode("utf-8", "replace") if raw is not None else None


async def _parse_upload(request: Request, limit: int) -> _Upload:
    content_type, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise APIError(400, "bad_request", "send the file as multipart/form-data, field 'file'")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + _FRAMING:
        raise _too_large(limit)  # refused before reading a byte
    upload = _Upload(limit)
    parser = MultipartParser(boundary, upload.callbacks())  # type: ignore[arg-type]
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit + _FRAMING:
                raise _too_large(limit)
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError:
        raise APIError(400, "bad_request", "the multipart body is malformed") from None
    if upload.files == 0:
        raise APIError(400, "bad_request", "no field 'file' in the upload")
    return upload


def _store_upload(
    db: Database, settings: Settings, user: Principal, upload: _Upload, content_type: str
) -> AttachmentCreated:
    case_id = upload.fields.get("case_id") or None
    if case_id is not None:
        with db.reading() as session:
            case = session.get(CaseRow, case_id)
            if case is None or not user.can_see(case.department):
                raise case_not_found(case_id)
    # Bytes first, then the row: a crash between leaves an unreferenced file, never a row
    # pointing at nothing.
    digest = AttachmentStore(settings.resolved_attachments_dir()).put(bytes(upload.data))
    row = AttachmentRow(
        id=uuid.uuid4().hex,
        case_id=case_id,
        sha256=digest,
        name=attachments_service.clean_name(upload.filename, content_type),
        content_type=content_type,
        size=len(upload.data),
        uploaded_by=user.username,
        department=user.department,
        public=False,
        created_at=utcnow(),
    )
    with db.writing() as session:
        session.add(row)
    return AttachmentCreated(
        id=row.id, name=row.name, content_type=row.content_type, size=row.size, sha256=digest
    )


_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "case_id": {"type": "string"},
                    },
                }
            }
        },
    }
}


@router.post(
    "/attachments",
    operation_id="upload_attachment",
    status_code=201,
    response_model=AttachmentCreated,
    responses={
        400: {"model": ErrorBody, "description": "empty or malformed upload"},
        404: {"model": ErrorBody, "description": "case_id is not a case of yours"},
        413: {"model": ErrorBody, "description": "larger than the server's limit"},
        415: {"model": ErrorBody, "description": "not a JPEG, PNG, WebP or PDF"},
    },
    openapi_extra=_UPLOAD_BODY,
)
async def upload_attachment(
    request: Request, user: CurrentUser, db: DbDep, settings: SettingsDep
) -> AttachmentCreated:
    """Upload a photo or document for a reply; a reply action lists the returned id."""
    upload = await _parse_upload(request, settings.max_upload_bytes)
    if not upload.data:
        raise APIError(400, "bad_request", "the file is empty")
    content_type = sniff_content_type(bytes(upload.data[:SNIFF_BYTES]))
    if content_type is None:
        raise APIError(415, "unsupported_type", "only JPEG, PNG, WebP and PDF files are accepted")
    return await run_in_threadpool(_store_upload, db, settings, user, upload, content_type)


def _byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """The single range asked for as (first, last); None for the whole file; "unsatisfiable".

    Several ranges or a malformed header are answered with the whole file, as RFC 9110
    allows; only a well-formed range outside the file is unsatisfiable.
    """
    if not header:
        return None
    unit, _, spec = header.strip().partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first_text, dash, last_text = spec.strip().partition("-")
    if not dash or not (first_text.isdigit() or last_text.isdigit()):
        return None
    if not first_text:  # suffix: the last N bytes
        length = int(last_text)
        if length == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - length), size - 1
    if not first_text.isdigit() or (last_text and not last_text.isdigit()):
        return None
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if last_text and last < first:
        return None
    if first >= size:
        return "unsatisfiable"
    return first, min(last, size - 1)


def _content_disposition(name: str) -> str:
    fallback = name.encode("ascii", "replace").decode().replace('"', "'").replace("\\", "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _read_chunks(path: Path, first: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(first)
        left = length
        while left > 0:
            chunk = handle.read(min(_CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk


@router.get(
    "/attachments/{attachment_id}",
    operation_id="get_attachment",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the bytes"},
        206: {"description": "the requested byte range"},
        304: {"description": "unchanged (If-None-Match)"},
        404: {"model": ErrorBody, "description": "no such attachment, or not yours to see"},
        416: {"model": ErrorBody, "description": "the range lies outside the file"},
    },
)
def get_attachment(
    attachment_id: Annotated[str, PathParam(min_length=1, max_length=64)],
    request: Request,
    user: CurrentUser,
    db: DbDep,
    settings: SettingsDep,
) -> Response:
    """The bytes of an attachment (ETag, single byte ranges)."""
    missing = APIError(404, "not_found", f"no attachment {attachment_id!r} for you")
    with db.reading() as session:
        row = session.get(AttachmentRow, attachment_id)
        if row is None or not attachments_service.may_read(session, row, user):
            raise missing
        sha256, name, content_type, size = row.sha256, row.name, row.content_type, row.size
    path = AttachmentStore(settings.resolved_attachments_dir()).path(sha256)
    if not path.is_file():
        raise missing
    size = path.stat().st_size
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Accept-Ranges": "bytes",
        "Cache-Control": "private, max-age=86400, immutable",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": _content_disposition(name),
    }
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    wanted = _byte_range(request.headers.get("range"), size)
    if_range = request.headers.get("if-range")
    if wanted is not None and if_range is not None and if_range.strip() != etag:
        wanted = None  # the client's partial copy is of other bytes: send them all
    if wanted == "unsatisfiable":
        return Response(
            content=b'{"error":{"code":"range_not_satisfiable","message":"outside the file"}}',
            status_code=416,
            media_type="application/json",
            headers={**headers, "Content-Range": f"bytes */{size}"},
        )
    if isinstance(wanted, tuple):
        first, last = wanted
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        headers["Content-Length"] = str(last - first + 1)
        return StreamingResponse(
            _read_chunks(path, first, last - first + 1),
            status_code=206,
            media_type=content_type,
            headers=headers,
        )
    headers["Content-Length"] = str(size)
    return StreamingResponse(_read_chunks(path, 0, size), media_type=content_type, headers=headers)
