"""About: what this program is, its version and the versions it runs on (plain text)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from deskhandler import __version__
from deskhandler.ui.plain import plain_label, set_plain_title


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_plain_title(self, self.tr("About deskhandler"))
        layout = QVBoxLayout(self)
        name = plain_label(self.tr("deskhandler %1").replace("%1", __version__), self)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        name.setFont(font)
        layout.addWidget(name)
        layout.addWidget(
            plain_label(
                self.tr(
                    "The desk of a unit that handles citizens' scene reports: the queue, "
                    "the case, the actions, offline and back."
                ),
                self,
            )
        )
        versions = (
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        layout.addWidget(plain_label(versions, self, selectable=True))
        layout.addWidget(plain_label(self.tr("Licence: Apache-2.0"), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


__all__ = ["AboutDialog"]
