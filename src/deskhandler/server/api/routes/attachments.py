"""Department API: attachments."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["attachments"])
