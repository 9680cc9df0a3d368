"""The composition root of the central API: one FastAPI app over one database."""

from __future__ import annotations

from fastapi import FastAPI

from deskhandler import __version__
from deskhandler.server import errors
from deskhandler.server.api.routes import (
    actions,
    attachments,
    auth,
    cases,
    changes,
    client,
    directory,
    me,
    stats,
)
from deskhandler.server.db import Database
from deskhandler.server.open311 import routes as open311_routes
from deskhandler.server.settings import Settings
from deskhandler.wire import API_PREFIX


def create_app(db: Database | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    db = db or Database(settings.resolved_db())
    app = FastAPI(
        title="deskhandler central API",
        version=__version__,
        description=(
            "The department API that deskhandler desks sync with, and Open311 GeoReport v2 "
            "for citizen apps."
        ),
    )
    app.state.db = db
    app.state.settings = settings
    errors.install(app)
    for module in (auth, me, directory, changes, actions, cases, attachments, client, stats):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(open311_routes.router, prefix="/open311/v2")
    return app
