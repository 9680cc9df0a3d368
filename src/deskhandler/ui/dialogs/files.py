"""The list of files attached to a note, reply or closure (photos of the work done).

The widget only keeps paths: checking a file (type, size) and copying it for upload is the
desk's job when the action is queued (`Desk.act`), off the UI thread.  The file chooser is
opened with ``open()`` (no nested event loop) and lists only the types the server accepts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.domain.files import MAX_ATTACHMENTS
from deskhandler.ui.plain import single_line, tooltip_markup

_PATTERNS = "*.jpg *.jpeg *.png *.webp *.pdf *.JPG *.JPEG *.PNG *.WEBP *.PDF"


class AttachedFiles(QWidget):
    """Paths of the files to attach, with Add… and Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("attached_files")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton()
        self.add_button.setObjectName("attach_add")
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("attach_remove")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        # The chooser while it is open (tests answer it).
        self.chooser: QFileDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add &files…"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.list.setAccessibleName(self.tr("Attached files"))
        self.add_button.setAccessibleDescription(
            self.tr("Photos (JPEG, PNG, WebP) or PDF files, at most {n}").format(n=MAX_ATTACHMENTS)
        )

    def paths(self) -> list[Path]:
        return [
            Path(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def add_paths(self, paths: Iterable[str | Path]) -> None:
        """Add files (one already listed is not added twice)."""
        known = set(self.paths())
        for raw in paths:
            path = Path(raw)
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(single_line(path.name, 120))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(tooltip_markup(str(path)))
            self.list.addItem(item)
        self.changed.emit()

    def set_paths(self, paths: Iterable[str | Path]) -> None:
        self.list.clear()
        self.add_paths(paths)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def choose(self) -> None:
        chooser = QFileDialog(self, self.tr("Attach photos of the work done"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFiles)
        chooser.setNameFilter(
            self.tr("Photos and PDF files ({patterns})").format(patterns=_PATTERNS)
        )
        chooser.filesSelected.connect(self.add_paths)
        chooser.finished.connect(self._chooser_closed)
        self.chooser = chooser
        chooser.open()

    def _chooser_closed(self) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def problems(self) -> list[str]:
        count = self.list.count()
        if count > MAX_ATTACHMENTS:
            return [
                self.tr("Attach at most {max} files ({n} now).").format(
                    max=MAX_ATTACHMENTS, n=count
                )
            ]
        return []
