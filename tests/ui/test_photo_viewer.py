"""The photo viewer: next and previous (wrapping), zoom, keys, and files that are no picture."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from deskhandler.ui.case_panel import PhotoViewer
from deskhandler.wire.models import AttachmentRef
from tests.ui.conftest import Loop


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes
    return bytes(data.data())


REFS = [
    AttachmentRef(id="a", name="hiện trường.png", content_type="image/png", size=1),
    AttachmentRef(id="b", name="sau khi sửa.png", content_type="image/png", size=1),
    AttachmentRef(id="c", name="hỏng.jpg", content_type="image/jpeg", size=1),
    AttachmentRef(id="d", name="chưa tải.jpg", content_type="image/jpeg", size=1),
]
FILES: dict[str, bytes | None] = {
    "a": png(200, 100),
    "b": png(120, 80),
    "c": b"\xff\xd8 not a jpeg at all",
    "d": None,
}


async def load(ref: AttachmentRef) -> bytes | None:
    return FILES[ref.id]


def test_next_previous_zoom_and_keys(qtbot: QtBot, aloop: Loop) -> None:
    viewer = PhotoViewer(REFS, load, aloop.tasks.spawn)
    qtbot.addWidget(viewer)
    viewer.show()
    aloop.until(lambda: viewer.image.width() == 200)
    assert viewer.caption.text().startswith("1/4")
    assert "hiện trường" in viewer.caption.text().replace("\u200b", "")
    assert viewer.problem.isHidden()

    viewer.zoom_in.click()
    assert (viewer.image.width(), viewer.image.height()) == (250, 125)
    QTest.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.image.width() == 200
    QTest.keyClick(viewer, Qt.Key.Key_Plus)
    QTest.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom_factor == 1.0

    QTest.keyClick(viewer, Qt.Key.Key_Right)
    aloop.until(lambda: viewer.image.width() == 120)
    assert viewer.caption.text().startswith("2/4")

    viewer.next.click()
    aloop.until(viewer.problem.isVisible)
    assert viewer.index == 2
    assert "not a picture" in viewer.problem.text()
    assert viewer.image.width() <= 1, "nothing half-decoded is shown"

    viewer.next.click()
    aloop.until(lambda: "could not be loaded" in viewer.problem.text())

    viewer.next.click()  # wraps to the first
    aloop.until(lambda: viewer.image.width() == 200)
    assert viewer.index == 0
    assert viewer.problem.isHidden()
    QTest.keyClick(viewer, Qt.Key.Key_Left)  # and back to the last
    assert viewer.index == 3


def test_zoom_has_limits(qtbot: QtBot, aloop: Loop) -> None:
    viewer = PhotoViewer(REFS[:1], load, aloop.tasks.spawn)
    qtbot.addWidget(viewer)
    aloop.until(lambda: viewer.image.width() == 200)
    for _ in range(30):
        viewer.zoom(1.25)
    assert viewer.zoom_factor == 8.0
    for _ in range(60):
        viewer.zoom(0.8)
    assert viewer.zoom_factor == 0.1
    assert viewer.image.width() == 20
