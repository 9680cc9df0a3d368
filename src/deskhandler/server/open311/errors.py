"""Open311 errors: a bare list of ``{code, description}`` in the format the path asked for."""

from __future__ import annotations

from xml.sax.saxutils import escape

from fastapi import Request
from fastapi.responses import JSONResponse, Response


def wants_xml(request: Request) -> bool:
    return not request.url.path.endswith(".json")


def open311_error(request: Request, status: int, description: str) -> Response:
    if wants_xml(request):
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f"<errors><error><code>{status}</code>"
            f"<description>{escape(description)}</description></error></errors>"
        )
        return Response(body, status_code=status, media_type="text/xml; charset=utf-8")
    return JSONResponse([{"code": status, "description": description}], status_code=status)
