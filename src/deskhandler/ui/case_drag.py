"""Dragging cases out of the queue (onto a person of the team view, to assign them).

The drag carries only case ids, as JSON under our own mime type: whoever receives them
reads the cases from the store and runs the ordinary bulk flow (preview, confirm, undo).
The queue model stays as it is (its rows are not drag-enabled items); the table starts the
drag itself when the left button moves far enough from a press on a row that was already
selected, taking every selected row (a press on a selected row keeps the selection, as Qt's
extended selection does); a sweep that starts on an unselected row still selects rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from deskhandler.ui.queue_model import Role

#: Case ids of the desk, as a JSON array of strings.
CASE_IDS_MIME = "application/x-deskhandler-case-ids"
#: More than a leader can mean to drop at once; a bigger drop is ignored.
MAX_DROPPED = 1000


def case_ids_mime(case_ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CASE_IDS_MIME, json.dumps(list(case_ids)).encode())
    return mime


def case_ids_from(mime: QMimeData | None) -> list[str]:
    """The case ids a drop carries; [] for anything else (another app's drop, bad data)."""
    if mime is None or not mime.hasFormat(CASE_IDS_MIME):
        return []
    try:
        value = json.loads(bytes(mime.data(CASE_IDS_MIME).data()).decode())
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(value, list) or len(value) > MAX_DROPPED:
        return []
    if not all(isinstance(item, str) and 0 < len(item) <= 64 for item in value):
        return []
    return list(dict.fromkeys(value))


class CaseDragTable(QTableView):
    """The queue's table: drags its selected cases as `CASE_IDS_MIME`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed_at: QPoint | None = None

    def selected_case_ids(self) -> list[str]:
        model = self.model()
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        ids = [model.data(model.index(row, 0, QModelIndex()), Role.CASE_ID) for row in rows]
        return [case_id for case_id in ids if case_id]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Only from a row already selected: a sweep from an unselected row still selects.
        index = self.indexAt(event.position().toPoint())
        selected = index.isValid() and self.selectionModel().isRowSelected(index.row())
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed_at = event.position().toPoint() if left and plain and selected else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._pressed_at
        if start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._pressed_at = None
                ids = self.selected_case_ids()
                if ids:
                    drag = QDrag(self)
                    drag.setMimeData(case_ids_mime(ids))
                    drag.exec(Qt.DropAction.CopyAction)
                    return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = None
        super().mouseReleaseEvent(event)


__all__ = ["CASE_IDS_MIME", "CaseDragTable", "case_ids_from", "case_ids_mime"]
