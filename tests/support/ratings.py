"""Cases a citizen has rated, through the real Open311 intake and rating extension."""

from __future__ import annotations

from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from tests.support.open311 import BASE, move_case, new_request


def resolved_request(
    client: TestClient,
    db: Database,
    department: str,
    description: str = "Rác thải tồn đọng nhiều ngày trước số 12 Lê Lợi, bốc mùi.",
) -> tuple[str, str]:
    """A citizen's report resolved by ``department`` with a public reply: its id and the
    citizen's token (what rating it needs)."""
    posted = new_request(client, description=description)
    case_id: str = posted["service_request_id"]
    move_case(db, case_id, status="resolved", department=department, public_text="Đã xử lý xong.")
    return case_id, str(posted["token"])


def rate(client: TestClient, case_id: str, token: str, rating: str, comment: str = "") -> None:
    """The citizen rates the case (satisfied, neutral or unsatisfied) as an app would."""
    answer = client.post(
        f"{BASE}/requests/{case_id}/satisfaction.json",
        data={"token": token, "rating": rating, "comment": comment},
    )
    assert answer.status_code == 200, answer.text


def rated_case(
    client: TestClient, db: Database, department: str, rating: str | None, comment: str = ""
) -> str:
    """A resolved case of ``department`` rated ``rating`` (None: not rated); its id."""
    case_id, token = resolved_request(client, db, department)
    if rating is not None:
        rate(client, case_id, token, rating, comment)
    return case_id
