"""Settings dialog: emits what was changed, validates the server, confirms erasing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from deskhandler.ui.dialogs import SettingsDialog, SettingsValues
from deskhandler.ui.dialogs.settings import server_url_problem

VALUES = SettingsValues(
    language="system",
    server_url="https://phananh.hue.gov.vn",
    data_folder="/data/desk",
    pending=3,
    signed_in_as="lan",
)


def make(qtbot: QtBot, values: SettingsValues = VALUES) -> SettingsDialog:
    dialog = SettingsDialog(values)
    qtbot.addWidget(dialog)
    return dialog


def test_ok_emits_only_what_changed(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    seen: list[tuple[str, str]] = []
    dialog.language_changed.connect(lambda v: seen.append(("language", v)))
    dialog.server_url_changed.connect(lambda v: seen.append(("server", v)))
    dialog.data_folder_changed.connect(lambda v: seen.append(("folder", v)))
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.server_url.setText(" https://desk.hue.gov.vn ")
    dialog.accept()
    assert seen == [("language", "vi"), ("server", "https://desk.hue.gov.vn")]


def test_cancel_emits_nothing(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    seen: list[str] = []
    dialog.language_changed.connect(seen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert seen == []


def test_server_address_is_validated() -> None:
    assert server_url_problem("") == "empty"
    assert server_url_problem("phananh.hue.gov.vn") == "not_url"
    assert server_url_problem("http://phananh.hue.gov.vn") == "not_https"
    assert server_url_problem("http://127.0.0.1:8000") is None
    assert server_url_problem("https://phananh.hue.gov.vn/") is None


def test_bad_server_disables_ok_with_a_message(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.server_url.setText("http://phananh.hue.gov.vn")
    assert dialog.problems() == ["The server address must start with https://"]
    seen: list[str] = []
    dialog.server_url_changed.connect(seen.append)
    dialog.accept()
    assert seen == []
    assert dialog.result() == 0


def test_machine_wide_server_is_read_only(qtbot: QtBot) -> None:
    dialog = make(
        qtbot, SettingsValues(server_url="https://x.gov.vn", server_locked=True, data_folder="/d")
    )
    assert dialog.server_url.isReadOnly()


def test_erase_needs_an_explicit_confirmation_naming_lost_work(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    erased: list[bool] = []
    dialog.erase_requested.connect(lambda: erased.append(True))
    dialog.erase.click()
    assert "3 action(s) not uploaded yet will be lost" in dialog._erase_text.text()
    assert not dialog.erase_confirm.isEnabled()
    dialog.erase_understood.setChecked(True)
    dialog.erase_confirm.click()
    assert erased == [True]


def test_sign_out_is_a_signal(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.waitSignal(dialog.sign_out_requested):
        dialog.sign_out.click()
    signed_out = make(qtbot, SettingsValues(server_url="https://x.gov.vn", data_folder="/d"))
    assert not signed_out.sign_out.isEnabled()
