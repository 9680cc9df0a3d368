from deskhandler.server.db import Database
from deskhandler.server.models import DepartmentRow


def test_database_has_reference_units(db: Database) -> None:
    with db.reading() as session:
        assert session.get(DepartmentRow, "SXD") is not None
