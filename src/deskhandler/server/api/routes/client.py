"""Department API: which desk version is current, for desks to tell IT to upgrade."""

from __future__ import annotations

from fastapi import APIRouter

from deskhandler import __version__
from deskhandler.server.api.deps import SettingsDep
from deskhandler.wire.models import ClientVersions

router = APIRouter(tags=["client"])


@router.get("/client", operation_id="get_client_versions", response_model=ClientVersions)
def get_client_versions(settings: SettingsDep) -> ClientVersions:
    """The desk version IT rolls out and the oldest one this server supports.  Needs no
    sign-in, so a desk can say "ask IT to upgrade" even when it cannot sign in."""
    return ClientVersions(
        current=settings.client_current_version or __version__,
        minimum=settings.client_minimum_version,
        download_url=settings.client_download_url,
    )
