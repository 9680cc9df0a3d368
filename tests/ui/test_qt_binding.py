"""The Qt binding keeps Python's reference counts: a regression in one release crashed the suite.

PySide6 6.12.0 returns ``None`` from ``QModelIndex.data()`` without taking a reference.  Views
and delegates call ``data()`` on every repaint, so on Python 3.11 (where ``None`` is an ordinary
object) the count reaches zero and the interpreter aborts with "none_dealloc" — or, earlier,
frees something it should not and segfaults.  Python 3.12 made ``None`` immortal and hides it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROOT = QModelIndex()


class Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 2

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.UserRole:
            return True
        return None


def test_index_data_keeps_references_to_none_and_bools(qapp: object) -> None:
    model = Empty()
    index = model.index(1, 1)
    persistent = QPersistentModelIndex(index)
    calls: list[tuple[object, Callable[[], object]]] = [
        (None, index.data),
        (None, persistent.data),
        (True, lambda: index.data(Qt.ItemDataRole.UserRole)),
    ]
    for value, call in calls:
        before = sys.getrefcount(value)
        for _ in range(200):
            call()
        lost = before - sys.getrefcount(value)
        assert lost < 50, f"the binding dropped {lost} references to {value!r} in 200 calls"
