"""Open311 GeoReport v2 routes, with mySociety's updates and our satisfaction extension."""

from __future__ import annotations

from fastapi import APIRouter

from deskhandler.server.open311 import requests, satisfaction, services, submit, updates

router = APIRouter(tags=["open311"])
for _module in (services, requests, submit, updates, satisfaction):
    router.include_router(_module.router)
