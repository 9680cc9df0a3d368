"""Sign in: server address (prefilled from the machine-wide setting), name, password.

The dialog only collects and validates; the window's controller signs in (a network
call) and tells the dialog how it went, so the dialog stays open, with what was typed,
when the password is wrong or the server cannot be reached.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskhandler.ui.plain import plain_label, set_plain, set_plain_title


class SignInDialog(QDialog):
    """Emits `submitted` with (server, username, password, remember)."""

    submitted = Signal(str, str, str, bool)

    def __init__(
        self,
        server_url: str = "",
        username: str = "",
        *,
        server_locked: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        set_plain_title(self, self.tr("Sign in to deskhandler"))
        self.server = QLineEdit(self)
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("https://api.example.gov.vn")
        set_plain(self.server, server_url)
        self.server.setReadOnly(server_locked)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("User name"))
        set_plain(self.username, username)
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this PC"), self)
        self.remember.setChecked(True)
        self.remember.setAccessibleName(self.tr("Remember me on this PC"))
        self.note = plain_label(note, self)
        self.note.setVisible(bool(note))
        self.error = plain_label("", self)
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Server"), self, wrap=False), self.server)
        form.addRow(plain_label(self.tr("User name"), self, wrap=False), self.username)
        form.addRow(plain_label(self.tr("Password"), self, wrap=False), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        set_plain(ok, self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username if server_url else self.server).setFocus()

    def problem(self) -> str | None:
        if not self.server.text().strip():
            return self.tr("Enter the server address.")
        if not self.username.text().strip():
            return self.tr("Enter your user name.")
        if not self.password.text():
            return self.tr("Enter your password.")
        return None

    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self.fail(problem)
            return
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
            self.remember.isChecked(),
        )

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        for field in (self.server, self.username, self.password, self.remember):
            field.setEnabled(not busy)

    def fail(self, message: str) -> None:
        """Show why signing in did not work; keep everything typed but the password."""
        self.set_busy(False)
        set_plain(self.error, message)
        self.error.show()
        self.password.clear()
        self.password.setFocus()


__all__ = ["SignInDialog"]
