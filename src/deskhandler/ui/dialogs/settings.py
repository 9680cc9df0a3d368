"""Settings: language, server, data folder, sign out, erase local data.

The dialog does no I/O: it emits what the person asked for and the window (or the i18n
switcher) does it.  Values are given in a `SettingsValues`; on OK only the changed ones are
emitted.  Erasing asks for a confirmation inline, naming the actions that would be lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhandler.ui.plain import plain_label, set_plain

LANGUAGES = ("system", "vi", "en")
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True, slots=True)
class SettingsValues:
    language: str = "system"
    server_url: str = ""
    data_folder: str = ""
    #: Set by IT for the whole machine: shown, not editable here.
    server_locked: bool = False
    #: Actions waiting for upload (lost when local data is erased).
    pending: int = 0
    signed_in_as: str | None = None
    #: The morning reminder in the tray (a personal choice, kept in the profile).
    morning_reminders: bool = True


def server_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a central API address, as a key for `SettingsDialog`."""
    parts = urlsplit(url.strip())
    if not url.strip():
        return "empty"
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "not_url"
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        return "not_https"
    return None


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    server_url_changed = Signal(str)
    data_folder_changed = Signal(str)
    sign_out_requested = Signal()
    erase_requested = Signal()
    morning_reminders_changed = Signal(bool)

    def __init__(self, values: SettingsValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.values = values
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(max(self.language.findData(values.language), 0))
        self.server_url = QLineEdit(values.server_url)
        self.server_url.setObjectName("server_url")
        self.server_url.setReadOnly(values.server_locked)
        self.data_folder = QLineEdit(values.data_folder)
        self.data_folder.setObjectName("data_folder")
        self.browse = QPushButton()
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.browse)
        self._labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self._labels, (self.language, self.server_url, self.data_folder), strict=True
        ):
            label.setBuddy(field)
        self._server_note = QLabel()
        self._server_note.setWordWrap(True)
        self._server_note.setVisible(values.server_locked)
        self._restart_note = QLabel()
        self._restart_note.setWordWrap(True)
        self.reminders = QCheckBox()
        self.reminders.setObjectName("morning_reminders")
        self.reminders.setChecked(values.morning_reminders)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.server_url)
        form.addRow(self._server_note)
        form.addRow(self._labels[2], folder_row)
        form.addRow(self._restart_note)
        form.addRow(self.reminders)

        self._account = QGroupBox()
        self._who = plain_label(wrap=True)
        self._who.setObjectName("signed_in_as")
        self.sign_out = QPushButton()
        self.sign_out.setObjectName("sign_out")
        self.sign_out.setEnabled(values.signed_in_as is not None)
        self.sign_out.clicked.connect(self._sign_out)
        self.erase = QPushButton()
        self.erase.setObjectName("erase")
        self.erase.clicked.connect(self._ask_erase)
        account_row = QHBoxLayout()
        account_row.addWidget(self.sign_out)
        account_row.addStretch(1)
        account_row.addWidget(self.erase)
        self._erase_frame = QFrame()
        self._erase_frame.setObjectName("erase_confirm")
        self._erase_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self._erase_text = QLabel()
        self._erase_text.setWordWrap(True)
        self.erase_understood = QCheckBox()
        self.erase_understood.setObjectName("erase_understood")
        self.erase_confirm = QPushButton()
        self.erase_confirm.setObjectName("erase_confirm_button")
        self.erase_confirm.setEnabled(False)
        self.erase_understood.toggled.connect(self.erase_confirm.setEnabled)
        self.erase_confirm.clicked.connect(self._erase)
        erase_layout = QVBoxLayout(self._erase_frame)
        erase_layout.addWidget(self._erase_text)
        erase_layout.addWidget(self.erase_understood)
        erase_layout.addWidget(self.erase_confirm)
        self._erase_frame.setVisible(False)
        account_layout = QVBoxLayout(self._account)
        account_layout.addWidget(self._who)
        account_layout.addLayout(account_row)
        account_layout.addWidget(self._erase_frame)

        self._problems = QLabel()
        self._problems.setObjectName("problems")
        self._problems.setWordWrap(True)
        self._problems.setStyleSheet("color: #a4262c;")
        self._ok = QPushButton()
        self._ok.setObjectName("ok")
        self._ok.setDefault(True)
        self._cancel = QPushButton()
        self._cancel.setObjectName("cancel")
        buttons = QDialogButtonBox()
        buttons.addButton(self._ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._account)
        layout.addStretch(1)
        layout.addWidget(self._problems)
        layout.addWidget(buttons)
        self.server_url.textChanged.connect(self.revalidate)
        self.data_folder.textChanged.connect(self.revalidate)
        self.retranslate()
        self.revalidate()
        self.resize(560, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        names = {
            "system": self.tr("Same as Windows"),
            "vi": "Tiếng Việt",
            "en": "English",
        }
        for index in range(self.language.count()):
            self.language.setItemText(index, names[str(self.language.itemData(index))])
        for label, text in zip(
            self._labels,
            (self.tr("&Language:"), self.tr("&Server:"), self.tr("&Data folder:")),
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(self.tr("&Browse…"))
        self._server_note.setText(self.tr("Set for this computer by IT."))
        self._restart_note.setText(
            self.tr("A new server or data folder takes effect at the next start.")
        )
        self.reminders.setText(self.tr("Morning &reminder of due and overdue cases"))
        self._account.setTitle(self.tr("Account"))
        who = self.values.signed_in_as
        set_plain(
            self._who,
            self.tr("Signed in as {name}").format(name=who) if who else self.tr("Not signed in"),
        )
        self.sign_out.setText(self.tr("Sign &out"))
        self.erase.setText(self.tr("Sign out and &erase local data…"))
        if self.values.pending:
            self._erase_text.setText(
                self.tr(
                    "This deletes the cases, drafts and settings stored on this computer. "
                    "{n} action(s) not uploaded yet will be lost."
                ).format(n=self.values.pending)
            )
        else:
            self._erase_text.setText(
                self.tr("This deletes the cases, drafts and settings stored on this computer.")
            )
        self.erase_understood.setText(self.tr("I understand"))
        self.erase_confirm.setText(self.tr("Erase and sign out"))
        self._ok.setText(self.tr("OK"))
        self._cancel.setText(self.tr("Cancel"))
        self.revalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def problems(self) -> list[str]:
        problems = []
        reason = server_url_problem(self.server_url.text())
        if reason == "empty":
            problems.append(self.tr("Enter the server address."))
        elif reason == "not_url":
            problems.append(self.tr("The server address must look like https://example.gov.vn"))
        elif reason == "not_https":
            problems.append(self.tr("The server address must start with https://"))
        if not self.data_folder.text().strip():
            problems.append(self.tr("Choose a data folder."))
        return problems

    def revalidate(self) -> None:
        problems = self.problems()
        self._problems.setText("\n".join(problems))
        self._problems.setVisible(bool(problems))
        self._ok.setEnabled(not problems)

    def _browse(self) -> None:
        picker = QFileDialog(self)
        picker.setObjectName("folder_picker")
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOption(QFileDialog.Option.ShowDirsOnly, True)
        picker.setDirectory(self.data_folder.text())
        picker.fileSelected.connect(self.data_folder.setText)
        picker.open()

    def _sign_out(self) -> None:
        self.sign_out_requested.emit()
        self.reject()

    def _ask_erase(self) -> None:
        self._erase_frame.setVisible(True)
        self.erase_understood.setFocus()

    def _erase(self) -> None:
        self.erase_requested.emit()
        self.reject()

    def accept(self) -> None:
        if self.problems():
            return
        language = str(self.language.currentData())
        if language != self.values.language:
            self.language_changed.emit(language)
        url = self.server_url.text().strip()
        if url != self.values.server_url and not self.values.server_locked:
            self.server_url_changed.emit(url)
        folder = self.data_folder.text().strip()
        if folder != self.values.data_folder:
            self.data_folder_changed.emit(folder)
        if self.reminders.isChecked() != self.values.morning_reminders:
            self.morning_reminders_changed.emit(self.reminders.isChecked())
        super().accept()


__all__ = ["LANGUAGES", "SettingsDialog", "SettingsValues", "server_url_problem"]
