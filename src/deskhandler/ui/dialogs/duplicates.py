"""Possible duplicates of the open case, side by side; "mark as duplicate of" the one chosen.

The candidates come from the local store (`Store.possible_duplicates`), so this works
offline.  Marking closes the open case with the resolution ``duplicate``, ``duplicate_of``
set to the chosen case and a public message that points the citizen to it; the close
dialog opens prefilled (`duplicate_close_payload`) so the clerk reads and may edit it first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.duplicates import Match
from deskhandler.store.records import CaseView
from deskhandler.ui.labels import moment_text, status_label
from deskhandler.ui.plain import plain_label, set_plain, set_plain_title, single_line

DUPLICATE = "duplicate"


def duplicate_close_payload(main_id: str) -> dict[str, Any]:
    """What the close dialog opens with when a case is marked as a duplicate of ``main_id``.

    The public message is Vietnamese whatever the clerk's interface language: the citizen
    reads it (as the reason of a returned case, see docs/decisions.md)."""
    return {
        "resolution": DUPLICATE,
        "duplicate_of": main_id,
        "text": (
            f"Phản ánh của Ông/Bà trùng với phản ánh {main_id} đã được tiếp nhận. "
            f"Kết quả xử lý sẽ được cập nhật tại phản ánh {main_id}."
        ),
    }


def case_text(view: CaseView) -> str:
    case = view.case
    lines = [
        f"{case.id} · {status_label(case.status)}",
        case.title,
        moment_text(case.reported_at),
        case.address or "",
        "",
        case.description,
    ]
    return "\n".join(lines)


class DuplicatesDialog(QDialog):
    """The candidates on the left, the open case and the chosen one side by side."""

    def __init__(
        self,
        view: CaseView,
        candidates: Sequence[tuple[CaseView, Match]],
        *,
        can_close: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates_dialog")
        self.view = view
        self._candidates = list(candidates)
        # The case the open one duplicates, once the clerk chose "Mark as duplicate".
        self.chosen: str | None = None
        self._heading = plain_label(wrap=True)
        self.list = QListWidget()
        self.list.setObjectName("candidates")
        self.mine = QPlainTextEdit()
        self.theirs = QPlainTextEdit()
        for pane in (self.mine, self.theirs):
            pane.setReadOnly(True)
        self.mark = QPushButton()
        self.mark.setObjectName("mark_duplicate")
        self.mark.setEnabled(False)
        self._can_close = can_close
        self.mark.clicked.connect(self._mark)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.mark, QDialogButtonBox.ButtonRole.ActionRole)
        self._mine_heading = plain_label(wrap=False)
        self._theirs_heading = plain_label(wrap=False)
        panes = QGridLayout()
        panes.addWidget(self._mine_heading, 0, 1)
        panes.addWidget(self._theirs_heading, 0, 2)
        panes.addWidget(self.list, 1, 0)
        panes.addWidget(self.mine, 1, 1)
        panes.addWidget(self.theirs, 1, 2)
        for column, stretch in enumerate((2, 3, 3)):
            panes.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)
        set_plain(self.mine, case_text(view), limit=20_000)
        for candidate, _match in self._candidates:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, candidate.case.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        self.retranslate()
        if self._candidates:
            self.list.setCurrentRow(0)
        self.resize(1000, 520)

    def retranslate(self) -> None:
        set_plain_title(self, self.tr("Possible duplicates of {id}").format(id=self.view.case.id))
        if self._candidates:
            set_plain(
                self._heading,
                self.tr(
                    "Reports within 50 m and 14 days with similar words. Compare them, then "
                    "mark this case as a duplicate of the one it repeats."
                ),
            )
        else:
            set_plain(
                self._heading,
                self.tr("No other report within 50 m and 14 days says something similar."),
            )
        for row, (candidate, match) in enumerate(self._candidates):
            item = self.list.item(row)
            item.setText(
                self.tr("{id}\n{metres} m · {days} days · {percent}% alike").format(
                    id=single_line(candidate.case.id, 64),
                    metres=round(match.metres),
                    days=round(match.days),
                    percent=round(match.similarity * 100),
                )
            )
        self.mark.setText(self.tr("&Mark this case as a duplicate of it…"))
        self._close_button.setText(self.tr("Close"))
        self.mine.setAccessibleName(self.tr("This case"))
        self.theirs.setAccessibleName(self.tr("The selected report"))
        set_plain(self._mine_heading, self.tr("This case"))
        set_plain(self._theirs_heading, self.tr("The selected report"))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._candidates):
            set_plain(self.theirs, case_text(self._candidates[row][0]), limit=20_000)
            self.mark.setEnabled(self._can_close)
        else:
            set_plain(self.theirs, "")
            self.mark.setEnabled(False)

    def _mark(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._candidates):
            self.chosen = self._candidates[row][0].case.id
            self.accept()
