"""Department API: a batch of outbox entries, each applied or refused on its own
(`actions_service`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from deskhandler.server.actions_service import ActionsService
from deskhandler.server.api.deps import CurrentUser, DbDep, SettingsDep
from deskhandler.wire.models import ActionBatch, ActionResults

router = APIRouter(tags=["actions"])


def _service(request: Request, db: DbDep, settings: SettingsDep) -> ActionsService:
    """One service per app, so the prune timer is shared by every request."""
    service: ActionsService | None = getattr(request.app.state, "actions_service", None)
    if service is None:
        service = ActionsService(db, idempotency_days=settings.idempotency_days)
        request.app.state.actions_service = service
    return service


def client_of(request: Request) -> str | None:
    """Which program sent the request, for the audit timeline."""
    client = request.headers.get("x-client") or request.headers.get("user-agent")
    return client[:200] if client else None


@router.post(
    "/actions",
    response_model=ActionResults,
    operation_id="post_actions",
    summary="Apply a batch of outbox entries",
    responses={422: {"description": "the batch is not valid JSON of the documented shape"}},
)
def post_actions(
    batch: ActionBatch, user: CurrentUser, request: Request, db: DbDep, settings: SettingsDep
) -> JSONResponse:
    """Each entry is applied or refused on its own, in input order, and the batch is stored
    at once: a refused entry changes nothing, and a failed request (5xx) stored nothing, so
    sending the batch again is safe.  Results come back in input order.

    Outcomes: ``applied``; ``duplicate`` (this action_id was applied before: the case as it
    was right after it); ``conflict`` (the case moved on: the current case and what changed);
    ``rejected`` (with an error code such as ``not_visible``, ``forbidden``,
    ``invalid_transition``, ``invalid_payload``, ``personal_data``, ``action_id_reused``).
    """
    service = _service(request, db, settings)
    results = service.apply_batch(user, batch.actions, client_of(request))
    return JSONResponse({"results": [result.to_wire() for result in results]})
