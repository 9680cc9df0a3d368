"""A4 pages from a `QTextDocument`: real text in a font with Vietnamese glyphs, a footer
with "Page n of m" on every page, and text that can only ever be plain text.

Everything printed comes from citizens, staff or the server, so it enters the document
through `DocumentWriter`, which calls ``QTextCursor.insertText`` with a character format:
no HTML is parsed, ``<b>`` prints as the four characters it is.  Text is normalised to
NFC first (decomposed marks, as some phones send them, render as loose accents in many
fonts) and loses bidi and control characters (`clean`).  Images are added as resources
under names the program makes up, never under a name from the data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
    QTransform,
)

#: Dots per inch of the PDF's coordinate system (text stays vector text at any zoom).
RESOLUTION = 300
#: Dots per inch of lengths in a document's layout (Qt's default screen resolution).
LAYOUT_DPI = 96
#: Page margins in millimetres: left, top, right, bottom.
MARGINS_MM = (16.0, 14.0, 16.0, 12.0)
#: Space kept at the bottom of each page for the footer, in millimetres.
FOOTER_MM = 9.0
#: Fonts tried in order; each has the Vietnamese letters (DejaVu Sans on Linux, the
#: Windows fonts on a desk PC).  A family missing from the PC is skipped.
FONT_FAMILIES = ("DejaVu Sans", "Segoe UI", "Arial", "Noto Sans", "Liberation Sans", "Tahoma")
#: Longest text printed from one field (a pasted 3 MB description makes no useful file).
TEXT_LIMIT = 50_000

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
GREY = QColor("#555555")
RULE = QColor("#9e9e9e")
SHADE = QColor("#eeeeee")


def clean(text: object, limit: int = TEXT_LIMIT) -> str:
    """``text`` as it may be printed: NFC, no reordering or control characters."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROLS.sub("", _BIDI_CONTROLS.sub("", value))
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return unicodedata.normalize("NFC", value)


def one_line(text: object, limit: int = 200) -> str:
    """`clean` text on one line, at most ``limit`` characters."""
    return clean(" ".join(clean(text).split()), limit)


def font_family() -> str:
    """The first family of `FONT_FAMILIES` installed here, else the application's font."""
    installed = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in installed:
            return family
    return QFont().family()


def mm(value: float) -> float:
    """Millimetres as a length of the document's layout (margins, padding, image sizes).

    Qt's text layout takes such lengths in pixels of a 96 dpi screen and scales them to
    the paint device, so they are not device pixels (`device_mm`)."""
    return value / 25.4 * LAYOUT_DPI


def device_mm(value: float) -> float:
    """Millimetres in the PDF's device units (page size, the painter's footer)."""
    return value / 25.4 * RESOLUTION


@dataclass(frozen=True, slots=True)
class Footer:
    """What the bottom of every page says: ``left`` and "Page n of m" (``pages(n, m)``)."""

    left: str
    pages: Callable[[int, int], str]


class DocumentWriter:
    """Adds plain text, tables and images to a `QTextDocument` through one cursor."""

    def __init__(self, document: QTextDocument, point_size: float) -> None:
        self.document = document
        self.cursor = QTextCursor(document)
        self.point_size = point_size
        self._first = True
        self._images = 0

    def char_format(
        self, *, scale: float = 1.0, bold: bool = False, italic: bool = False, grey: bool = False
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(self.point_size * scale)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setForeground(QBrush(GREY if grey else QColor("black")))
        return fmt

    def paragraph(
        self,
        text: object,
        *,
        scale: float = 1.0,
        bold: bool = False,
        italic: bool = False,
        grey: bool = False,
        space_before: float = 0.0,
        indent_mm: float = 0.0,
        limit: int = TEXT_LIMIT,
    ) -> None:
        """A new paragraph of ``text`` (line breaks in it start new lines of it)."""
        block = QTextBlockFormat()
        # Block margins are device pixels, unlike the other layout lengths (`mm`).
        block.setTopMargin(device_mm(space_before))
        block.setLeftMargin(device_mm(indent_mm))
        fmt = self.char_format(scale=scale, bold=bold, italic=italic, grey=grey)
        if self._first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(block, fmt)
        self.text(text, fmt, limit=limit)

    def text(self, text: object, fmt: QTextCharFormat, *, limit: int = TEXT_LIMIT) -> None:
        """``text`` at the cursor, literally: line breaks become line separators."""
        self.cursor.insertText(clean(text, limit).replace("\n", "\u2028"), fmt)

    def heading(self, text: str, *, space_before: float = 4.0) -> None:
        self.paragraph(text, scale=1.2, bold=True, space_before=space_before)

    def table(
        self,
        rows: int,
        widths: Sequence[float],
        *,
        header: bool = False,
        borders: bool = True,
        space_before: float = 1.5,
    ) -> QTextTable:
        """A table of ``len(widths)`` columns (widths in percent of the page width)."""
        fmt = QTextTableFormat()
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        fmt.setCellPadding(mm(0.9))
        fmt.setCellSpacing(0)
        fmt.setTopMargin(mm(space_before))
        fmt.setBorder(1 if borders else 0)
        fmt.setBorderBrush(QBrush(RULE))
        fmt.setBorderStyle(
            QTextFrameFormat.BorderStyle.BorderStyle_Solid
            if borders
            else QTextFrameFormat.BorderStyle.BorderStyle_None
        )
        fmt.setBorderCollapse(True)
        if header:
            fmt.setHeaderRowCount(1)
        self._first = False
        return self.cursor.insertTable(rows, len(widths), fmt)

    def cell(
        self,
        table: QTextTable,
        row: int,
        column: int,
        text: object,
        *,
        bold: bool = False,
        grey: bool = False,
        scale: float = 1.0,
        right: bool = False,
        shade: bool = False,
        limit: int = TEXT_LIMIT,
    ) -> None:
        """Put ``text`` in a cell of ``table`` (the cursor ends up after the table)."""
        cell = table.cellAt(row, column)
        if shade:
            cell_format = QTextTableCellFormat()
            cell_format.setBackground(QBrush(SHADE))
            cell.setFormat(cell_format)
        cursor = cell.firstCursorPosition()
        block = QTextBlockFormat()
        if right:
            block.setAlignment(Qt.AlignmentFlag.AlignRight)
        cursor.setBlockFormat(block)
        fmt = self.char_format(scale=scale, bold=bold, grey=grey)
        cursor.insertText(clean(text, limit).replace("\n", "\u2028"), fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def image_in_cell(
        self, table: QTextTable, row: int, column: int, image: QImage, width_mm: float
    ) -> None:
        """``image`` scaled to ``width_mm`` wide (at most 4:3 tall) in a cell."""
        self._images += 1
        name = QUrl(f"deskhandler-image:{self._images}")
        width = mm(width_mm)
        height = min(width * image.height() / max(image.width(), 1), width * 0.75)
        width = height * image.width() / max(image.height(), 1)
        # Keep about 200 dpi of pixels: enough for paper, not a 12-megapixel photo.
        scale = 200 / LAYOUT_DPI
        thumb = image.scaled(
            max(int(width * scale), 1),
            max(int(height * scale), 1),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.document.addResource(QTextDocument.ResourceType.ImageResource, name, thumb)
        fmt = QTextImageFormat()
        fmt.setName(name.toString())
        fmt.setWidth(width)
        fmt.setHeight(height)
        cursor = table.cellAt(row, column).firstCursorPosition()
        cursor.insertImage(fmt)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


class PdfPages:
    """An A4 PDF written into memory; `document` is laid out for its pages."""

    def __init__(self, title: str) -> None:
        self.data = QByteArray()
        self._buffer = QBuffer(self.data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(clean(title, 200))
        self.writer.setCreator("deskhandler")
        left, top, right, bottom = MARGINS_MM
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(left, top, right, bottom),
                QPageLayout.Unit.Millimeter,
            )
        )
        paint = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(paint.width())
        self.body_height = float(paint.height()) - device_mm(FOOTER_MM)
        self.family = font_family()

    def document(self, point_size: float) -> QTextDocument:
        """An empty document for these pages; `lay_out` it once it is filled."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(self.family)
        font.setPointSizeF(point_size)
        # No "fi"/"fl" ligatures: text copied or searched in the PDF stays plain letters.
        font.setFeature(QFont.Tag("liga"), 0)
        document.setDefaultFont(font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        return document

    def lay_out(self, document: QTextDocument) -> int:
        """Lay ``document`` out on these pages; the number of pages.

        Only once it is filled: a document with a layout lays itself out again on every
        insertion, which made a table of 40 people take seconds per try."""
        if document.documentLayout().paintDevice() is not self.writer:
            document.documentLayout().setPaintDevice(self.writer)
            document.setPageSize(QSizeF(self.width, self.body_height))
        return max(document.pageCount(), 1)

    def render(self, document: QTextDocument, footer: Footer) -> bytes:
        """Paint ``document`` page by page with the footer; the PDF's bytes."""
        painter = QPainter()
        if not painter.begin(self.writer):
            raise OSError("the PDF could not be started")
        try:
            pages = self.lay_out(document)
            height = self.body_height
            font = QFont(self.family)
            font.setPointSizeF(7.5)
            for page in range(pages):
                if page:
                    self.writer.newPage()
                painter.save()
                # (Not painter.translate: the i18n check reads any translate() as Qt's.)
                painter.setTransform(QTransform.fromTranslate(0, -page * height), True)
                document.drawContents(painter, QRectF(0, page * height, self.width, height))
                painter.restore()
                painter.setPen(RULE)
                line_y = height + device_mm(FOOTER_MM) * 0.35
                painter.drawLine(0, int(line_y), int(self.width), int(line_y))
                painter.setPen(GREY)
                painter.setFont(font)
                box = QRectF(0, line_y, self.width, device_mm(FOOTER_MM) * 0.65)
                number = footer.pages(page + 1, pages)
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number
                )
                room = QRectF(box.x(), box.y(), box.width() * 0.78, box.height())
                left = painter.fontMetrics().elidedText(
                    one_line(footer.left), Qt.TextElideMode.ElideRight, int(room.width())
                )
                painter.drawText(
                    room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left
                )
        finally:
            painter.end()
        self._buffer.close()
        return bytes(self.data.data())


def image_from(data: bytes | None) -> QImage | None:
    """The picture in ``data``, or None when it is missing or no picture Qt can read."""
    if not data:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


__all__ = [
    "DocumentWriter",
    "Footer",
    "PdfPages",
    "clean",
    "device_mm",
    "font_family",
    "image_from",
    "mm",
    "one_line",
]
