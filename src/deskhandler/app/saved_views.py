"""Saved views: the queue filters a person comes back to, under a name they chose.

A view is what the queue panel can show — a quick filter, search text and a sort — never a
copy of cases, so it stays right as the queue changes.  Views belong to one person on one
PC: they are kept as one small JSON file per person in the profile (written to a temporary
file, flushed and renamed, like drafts), not on the server, so they work offline and need
no API.  A damaged file loses the views, never the desk: it is logged and set aside.
"""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from deskhandler.app.personal import person_key
from deskhandler.jsonfile import write_json

log = logging.getLogger(__name__)

#: Longest name kept (a menu entry, not a paragraph).
NAME_MAX = 60
#: Views one person may keep; a menu longer than this is not a shortcut any more.
VIEWS_MAX = 30
#: Longest search text kept in a view (the search box takes no more either).
SEARCH_MAX = 200


class ViewError(ValueError):
    """A view that cannot be saved; the message says why, in words for the person."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class SavedView:
    """One named view of the queue.

    ``quick`` is a quick-filter name of the queue panel ("all", "mine", "overdue", ...);
    ``sort_column`` a column number of the queue table; the panel falls back to its
    defaults for values it does not know (a view saved by a newer version).
    """

    name: str
    quick: str = "all"
    search: str = ""
    sort_column: int = -1
    descending: bool = False


def normal_name(name: str) -> str:
    """The name as kept: NFC, single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _same(a: str, b: str) -> bool:
    return normal_name(a).casefold() == normal_name(b).casefold()


def with_view(views: list[SavedView], view: SavedView) -> list[SavedView]:
    """``views`` with ``view`` added, or replacing the one of the same name (any case).

    Raises `ViewError` for an empty or overlong name, or one view too many."""
    name = normal_name(view.name)
    if not name:
        raise ViewError("empty_name", "Give the view a name.")
    if len(name) > NAME_MAX:
        raise ViewError("long_name", f"A view's name can have at most {NAME_MAX} characters.")
    kept = SavedView(
        name,
        view.quick,
        normal_name(view.search)[:SEARCH_MAX],
        view.sort_column,
        view.descending,
    )
    if any(_same(existing.name, name) for existing in views):
        return [kept if _same(existing.name, name) else existing for existing in views]
    if len(views) >= VIEWS_MAX:
        raise ViewError("too_many", f"At most {VIEWS_MAX} views can be kept; delete one first.")
    return [*views, kept]


def without_view(views: list[SavedView], name: str) -> list[SavedView]:
    return [view for view in views if not _same(view.name, name)]


def _from_json(item: Any) -> SavedView | None:
    if not isinstance(item, dict):
        return None
    name, quick, search = item.get("name"), item.get("quick", "all"), item.get("search", "")
    column, descending = item.get("sort_column", -1), item.get("descending", False)
    if not (isinstance(name, str) and isinstance(quick, str) and isinstance(search, str)):
        return None
    if type(column) is not int or not isinstance(descending, bool):
        return None
    name = normal_name(name)
    if not name or len(name) > NAME_MAX:
        return None
    return SavedView(name, quick, search[:SEARCH_MAX], column, descending)


class FileViewStore:
    """The saved views of one person, as one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_user(cls, data_dir: Path, username: str) -> FileViewStore:
        """``username``'s views in a profile; another person's stay out of sight."""
        return cls(data_dir / "views" / f"{person_key(username)}.json")

    def load(self) -> list[SavedView]:
        """The views in the order they were saved; [] when there are none or the file is bad."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            self._set_aside(f"unreadable ({error})")
            return []
        items = data.get("views") if isinstance(data, dict) else None
        if not isinstance(items, list):
            self._set_aside("not a list of views")
            return []
        views: list[SavedView] = []
        for item in items[:VIEWS_MAX]:
            view = _from_json(item)
            if view is not None and not any(_same(view.name, seen.name) for seen in views):
                views.append(view)
        return views

    def save(self, views: list[SavedView]) -> None:
        """Replace the file with ``views``: a crash leaves the old file or the new, whole."""
        write_json(self.path, {"views": [asdict(v) for v in views]}, indent=1)

    def _set_aside(self, why: str) -> None:
        """Keep a damaged file for whoever investigates, out of the way of the next save."""
        log.warning("saved views file %s is %s; starting without views", self.path.name, why)
        try:
            os.replace(self.path, self.path.with_name(f"{self.path.name}.damaged"))
        except OSError as error:
            log.warning("could not set the damaged views file aside: %s", error)


__all__ = [
    "NAME_MAX",
    "VIEWS_MAX",
    "FileViewStore",
    "SavedView",
    "ViewError",
    "normal_name",
    "with_view",
    "without_view",
]
