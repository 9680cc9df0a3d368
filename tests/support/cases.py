"""Cases for tests: a citizen's report through the real intake, routed to a unit by hand."""

from __future__ import annotations

from sqlalchemy import select, update

from deskhandler.server import feed
from deskhandler.server.db import Database
from deskhandler.server.intake import Report, create_case
from deskhandler.server.models import CaseRow, CategoryRow


def routed_case(
    db: Database,
    department: str | None,
    *,
    consent: bool = False,
    description: str = "Ổ gà lớn trên đường Lê Lợi, gần cầu Trường Tiền",
    category: str | None = None,
) -> str:
    """A case reported with a reporter's identity and, unless ``department`` is None,
    assigned to ``department``; returns its id."""
    with db.writing() as session:
        code = (
            category or session.scalars(select(CategoryRow.code).order_by(CategoryRow.code)).first()
        )
        assert code is not None
        case = create_case(
            session,
            Report(
                category=code,
                description=description,
                address="12 Lê Lợi, phường Phú Hội, Huế",
                lat=16.4637,
                long=107.5909,
                reporter_name="Nguyễn Thị Hoa",
                reporter_phone="0905123456",
                reporter_email="hoa@example.vn",
                reporter_consent=consent,
            ),
        )
        case_id = case.id
        if department is not None:
            session.flush()
            session.execute(
                update(CaseRow)
                .where(CaseRow.id == case_id)
                .values(
                    status="assigned",
                    department=department,
                    version=CaseRow.version + 1,
                    workflow_version=CaseRow.version + 1,
                )
            )
            feed.mark_changed(session, case_id)
    return case_id
