"""What an action dialog needs besides the case: the directory, who acts, drafts, the clock.

The window builds one `DialogContext` from the store (`DialogContext.from_directory`) and
passes it to every dialog, so dialogs never reach into the store or the network.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from deskhandler.domain.statuses import Role
from deskhandler.store.units_load import UnitLoad
from deskhandler.wire.models import (
    Category,
    Department,
    Directory,
    DirectoryUser,
    ReplyTemplate,
    Resolution,
)


class DraftStore(Protocol):
    """Where a dialog keeps what the person typed until it is sent (survives a crash).

    A draft is a JSON-able mapping of the dialog's fields, keyed by case and action kind.
    """

    def load(self, case_id: str, kind: str) -> dict[str, Any] | None: ...

    def save(self, case_id: str, kind: str, draft: Mapping[str, Any]) -> None: ...

    def clear(self, case_id: str, kind: str) -> None: ...


class MemoryDraftStore:
    """Drafts kept only in memory: for tests and for a desk with no profile folder."""

    def __init__(self) -> None:
        self.drafts: dict[tuple[str, str], dict[str, Any]] = {}

    def load(self, case_id: str, kind: str) -> dict[str, Any] | None:
        draft = self.drafts.get((case_id, kind))
        return dict(draft) if draft is not None else None

    def save(self, case_id: str, kind: str, draft: Mapping[str, Any]) -> None:
        self.drafts[(case_id, kind)] = dict(draft)

    def clear(self, case_id: str, kind: str) -> None:
        self.drafts.pop((case_id, kind), None)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class DialogContext:
    """The directory data, the person acting, the draft store and the clock."""

    units: list[Department] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    templates: list[ReplyTemplate] = field(default_factory=list)
    users: list[DirectoryUser] = field(default_factory=list)
    username: str = ""
    role: Role = Role.CLERK
    department: str | None = None
    drafts: DraftStore = field(default_factory=MemoryDraftStore)
    now: Callable[[], datetime] = _utc_now
    #: Open and overdue cases per unit, for a coordinator's routing (empty: not known).
    unit_load: Mapping[str, UnitLoad] = field(default_factory=dict)

    @classmethod
    def from_directory(
        cls,
        directory: Mapping[str, Any] | Directory | None,
        *,
        username: str = "",
        role: Role | str = Role.CLERK,
        department: str | None = None,
        drafts: DraftStore | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> DialogContext:
        """Build from ``Store.directory()[0]`` (its JSON) or a parsed `Directory`.

        Units merged or closed (``active`` false) are left out of pickers.
        """
        parsed: Directory | None
        if directory is None:
            parsed = None
        elif isinstance(directory, Directory):
            parsed = directory
        else:
            parsed = Directory.model_validate(directory)
        return cls(
            units=[d for d in parsed.departments if d.active] if parsed else [],
            categories=list(parsed.categories) if parsed else [],
            resolutions=list(parsed.resolutions) if parsed else [],
            templates=list(parsed.templates) if parsed else [],
            users=[u for u in parsed.users if u.active] if parsed else [],
            username=username,
            role=Role(role),
            department=department,
            drafts=drafts if drafts is not None else MemoryDraftStore(),
            now=now or _utc_now,
        )

    def unit_name(self, code: str | None) -> str:
        """The name of a unit code, or the code itself when it is unknown."""
        for unit in self.units:
            if unit.code == code:
                return unit.name
        return code or ""

    def suggested_units(self, category: str) -> list[str]:
        """The units the directory names for ``category``, best first (may be none)."""
        for known in self.categories:
            if known.code == category:
                return list(known.departments)
        return []
