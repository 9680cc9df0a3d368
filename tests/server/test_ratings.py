"""The citizen's rating as the desks get it: the wire ``rating`` of a case (issue #5).

The Open311 side (who may rate, when, refusals) is in ``test_open311_updates.py``; here:
what reaches a unit through the change feed and ``GET /cases/{id}``, and what does not.
"""

from __future__ import annotations

import uuid

import httpx
from fastapi.testclient import TestClient

from deskhandler.server.db import Database
from deskhandler.server.models import CaseRow
from deskhandler.wire.models import CaseDetail, ChangesPage
from tests.support.open311 import BASE, PERSONAL, move_case, new_request
from tests.support.people import add_person, sign_in


def rate(client: TestClient, case_id: str, token: str, rating: str, comment: str = "") -> None:
    answer: httpx.Response = client.post(
        f"{BASE}/requests/{case_id}/satisfaction.json",
        data={"token": token, "rating": rating, "comment": comment},
    )
    assert answer.status_code == 200, answer.text


def test_the_feed_carries_the_latest_rating_without_personal_data(
    client: TestClient, db: Database
) -> None:
    posted = new_request(client)
    case_id = posted["service_request_id"]
    move_case(db, case_id, status="resolved", department="HEPCO", public_text="Đã thu gom.")
    clerk = sign_in(client, add_person(db, "clerk", "HEPCO"))
    first = ChangesPage.model_validate_json(client.get("/api/v1/changes", headers=clerk).content)
    assert first.cases[0].rating is None

    rate(client, case_id, posted["token"], "unsatisfied", "Vẫn còn rác, chưa hài lòng.")
    answer = client.get(f"/api/v1/changes?cursor={first.cursor}", headers=clerk)
    assert answer.status_code == 200, answer.text
    raw = answer.json()["cases"][0]["rating"]
    assert set(raw) == {"satisfied", "comment", "rated_at"}
    page = ChangesPage.model_validate_json(answer.content)
    assert [case.id for case in page.cases] == [case_id]
    case = page.cases[0]
    assert case.rating is not None
    assert case.rating.satisfied is False
    assert case.rating.comment == "Vẫn còn rác, chưa hài lòng."
    assert case.satisfaction is not None
    assert case.rating.rated_at == case.satisfaction.at
    assert case.status == "resolved"  # not reopened by itself
    assert case.reporter is None
    for secret in PERSONAL:
        assert secret not in answer.text

    # The latest rating wins; "neutral" is no complaint to follow up.
    rate(client, case_id, posted["token"], "neutral")
    detail = client.get(f"/api/v1/cases/{case_id}", headers=clerk)
    assert detail.status_code == 200, detail.text
    shown = CaseDetail.model_validate_json(detail.content)
    assert shown.rating is not None
    assert (shown.rating.satisfied, shown.rating.comment) == (True, None)
    assert [e.kind for e in shown.timeline].count("satisfaction") == 2


def test_the_supervisor_follows_up_with_a_reopen(client: TestClient, db: Database) -> None:
    posted = new_request(client)
    case_id = posted["service_request_id"]
    move_case(db, case_id, status="closed", department="HEPCO", public_text="Đã xử lý xong.")
    rate(client, case_id, posted["token"], "unsatisfied", "Làm qua loa.")
    with db.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        version = row.version
    supervisor = sign_in(client, add_person(db, "supervisor", "HEPCO"))
    action = {
        "action_id": str(uuid.uuid4()),
        "case_id": case_id,
        "kind": "reopen",
        "payload": {"reason": "Công dân chưa hài lòng: kiểm tra lại hiện trường."},
        "base": {"version": version},
    }
    answer = client.post("/api/v1/actions", json={"actions": [action]}, headers=supervisor)
    assert answer.status_code == 200, answer.text
    result = answer.json()["results"][0]
    assert result["outcome"] == "applied", result
    assert result["case"]["status"] == "in_progress"
    # The citizen's word stays on the case while the unit works it again.
    assert result["case"]["rating"]["satisfied"] is False
    assert result["case"]["rating"]["comment"] == "Làm qua loa."
