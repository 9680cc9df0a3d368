"""The committed OpenAPI document is the app's, and the app serves every fixed path."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from tools.export_openapi import TARGET, openapi_document, render

#: ARCHITECTURE.md, "Department API — fixed paths".
DEPARTMENT_PATHS = {
    ("post", "/api/v1/auth/token"),
    ("get", "/api/v1/me"),
    ("get", "/api/v1/directory"),
    ("get", "/api/v1/changes"),
    ("post", "/api/v1/actions"),
    ("get", "/api/v1/cases/{}"),
    ("get", "/api/v1/attachments/{}"),
    ("post", "/api/v1/attachments"),
}

#: ARCHITECTURE.md: Open311 GeoReport v2, each as .xml and .json.
OPEN311 = [
    ("get", "discovery"),
    ("get", "services"),
    ("get", "services/{}"),
    ("get", "requests"),
    ("post", "requests"),
    ("get", "requests/{}"),
    ("get", "tokens/{}"),
    ("get", "servicerequestupdates"),
]


def _operations(document: dict[str, object]) -> set[tuple[str, str]]:
    paths = document["paths"]
    assert isinstance(paths, dict)
    return {
        (method, re.sub(r"\{[^}]+\}", "{}", path))
        for path, item in paths.items()
        for method in item
    }


def test_the_committed_document_is_current() -> None:
    committed = TARGET.read_text(encoding="utf-8")
    assert committed == render(openapi_document()), (
        "docs/openapi.json differs from the app: run python tools/export_openapi.py"
    )


def test_openapi_json_is_served_with_every_fixed_path(client: TestClient) -> None:
    answer = client.get("/openapi.json")
    assert answer.status_code == 200
    operations = _operations(answer.json())
    assert operations >= DEPARTMENT_PATHS
    for method, path in OPEN311:
        for fmt in ("json", "xml"):
            # Either one route per format or one route with a {format} parameter.
            stem = re.sub(r"\{\}$", "", path)
            candidates = {
                (method, f"/open311/v2/{path}.{fmt}"),
                (method, f"/open311/v2/{path}.{{}}"),
                (method, f"/open311/v2/{stem}{{}}"),
            }
            assert candidates & operations, f"{method.upper()} /open311/v2/{path}.{fmt}"
