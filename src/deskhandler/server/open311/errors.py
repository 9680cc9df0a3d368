"""Open311 errors: a bare list of ``{code, description}`` in the format the path asked for."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from deskhandler.server.open311.formats import render


def wants_xml(request: Request) -> bool:
    """JSON only when the path asked for it; XML, the spec's required format, otherwise."""
    return not request.url.path.endswith(".json")


def open311_error(request: Request, status: int, description: str) -> Response:
    return render(
        "xml" if wants_xml(request) else "json",
        [{"code": status, "description": description}],
        root="errors",
        item="error",
        status_code=status,
    )
