"""Open311 GeoReport v2 routes."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["open311"])
