"""Department API: who is signed in."""

from __future__ import annotations

from fastapi import APIRouter

from deskhandler.server.api.deps import CurrentUser
from deskhandler.wire.models import Me

router = APIRouter(tags=["me"])


@router.get("/me", operation_id="get_me", response_model=Me)
def get_me(user: CurrentUser) -> Me:
    """The signed-in person: username, name, role and unit."""
    return Me(username=user.username, name=user.name, role=user.role, department=user.department)
