"""The printed case file: the case's fields, its description, the whole timeline in order
(routing, replies, approvals, internal notes marked as such) and its photos.

It is an internal document of the unit, so internal notes are in it; the reporter's
personal data is not (paper travels further than the screen).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from deskhandler.app.printouts import CaseFile
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.store.records import TimelineItem
from deskhandler.ui.labels import kind_label, moment_text, priority_label, status_label
from deskhandler.ui.printing.pdf import DocumentWriter, PdfPages, image_from, one_line
from deskhandler.ui.queue_model import deadline_state_of

#: Photos per row of the photo table, and the width of each in millimetres.
PHOTO_COLUMNS = 3
PHOTO_MM = 52.0


@dataclass(frozen=True, slots=True)
class PrintNames:
    """Turns the codes of the data into the names people read (from the directory)."""

    category: Callable[[str], str]
    unit: Callable[[str | None], str]
    person: Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Printed:
    """Who printed, when, and for which unit (the header and footer of every printout)."""

    at: datetime
    by: str
    unit: str


def _moment(value: Any) -> str:
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, str):
        try:
            return moment_text(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            return value
    return ""


class CaseFileLayout(QObject):
    """Lays out a `CaseFile` as a document for `PdfPages`."""

    def __init__(self, names: PrintNames, printed: Printed, now: datetime) -> None:
        super().__init__()
        self._names = names
        self._printed = printed
        self._now = now

    def build(self, pages: PdfPages, data: CaseFile) -> QTextDocument:
        document = pages.document(9.5)
        out = DocumentWriter(document, 9.5)
        case = data.view.case
        printed = self._printed
        out.paragraph(printed.unit, bold=True, grey=True, limit=200)
        out.paragraph(
            self.tr("Printed {at} by {who}").format(
                at=printed.at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M"),
                who=one_line(printed.by, 120),
            ),
            grey=True,
            scale=0.9,
        )
        out.paragraph(
            self.tr("Case file {id}").format(id=one_line(case.id, 64)),
            scale=1.1,
            bold=True,
            space_before=4,
        )
        out.paragraph(case.title, scale=1.5, bold=True, space_before=1, limit=2_000)
        self._fields(out, data)
        out.heading(self.tr("Description"))
        out.paragraph(case.description or self.tr("No description."), space_before=1)
        if case.public_text:
            out.heading(self.tr("Public answer"))
            out.paragraph(case.public_text, space_before=1)
        self._timeline(out, data)
        self._photos(out, data)
        return document

    def _fields(self, out: DocumentWriter, data: CaseFile) -> None:
        case = data.view.case
        names = self._names
        due = moment_text(case.due_at) or self.tr("No deadline")
        state = deadline_state_of(case.due_at, case.status, self._now)
        if state == "overdue":
            due = self.tr("{due} — overdue").format(due=due)
        elif state == "due_soon":
            due = self.tr("{due} — due soon").format(due=due)
        track = self.tr("Immediate") if case.track == "immediate" else self.tr("Timed")
        rows = [
            (self.tr("Case"), case.id),
            (self.tr("Status"), status_label(case.status)),
            (self.tr("Unit"), names.unit(case.department) or self.tr("At the IOC")),
            (
                self.tr("Assignee"),
                names.person(case.assignee) if case.assignee else self.tr("Nobody yet"),
            ),
            (self.tr("Category"), names.category(case.category)),
            (self.tr("Priority"), f"{priority_label(case.priority)} · {track}"),
            (self.tr("Address"), case.address or ""),
            (self.tr("Reported"), moment_text(case.reported_at)),
            (self.tr("Deadline"), due),
        ]
        if case.lat is not None and case.long is not None:
            rows.append((self.tr("Coordinates"), f"{case.lat:.6f}, {case.long:.6f}"))
        if case.tags:
            rows.append((self.tr("Tags"), ", ".join(case.tags)))
        if case.duplicate_of:
            rows.append((self.tr("Duplicate of"), case.duplicate_of))
        if data.view.pending:
            rows.append(
                (
                    self.tr("Not uploaded"),
                    self.tr("{n} action(s) of this PC wait for upload").format(
                        n=len(data.view.pending)
                    ),
                )
            )
        table = out.table(len(rows), (24, 76), space_before=3)
        for n, (name, value) in enumerate(rows):
            out.cell(table, n, 0, name, bold=True, shade=True)
            out.cell(table, n, 1, value, limit=2_000)

    def _timeline(self, out: DocumentWriter, data: CaseFile) -> None:
        out.heading(self.tr("Timeline"), space_before=5)
        if data.view.timeline is None:
            out.paragraph(
                self.tr("Only this PC's own actions: the timeline was never downloaded."),
                italic=True,
                grey=True,
                space_before=1,
            )
        if not data.timeline:
            out.paragraph(self.tr("Nothing yet."), italic=True, space_before=1)
        for item in data.timeline:
            self._entry(out, item)

    def _entry(self, out: DocumentWriter, item: TimelineItem) -> None:
        marks = []
        if item.kind == "note":
            marks.append(self.tr("INTERNAL"))
        elif item.public:
            marks.append(self.tr("public"))
        if item.pending:
            marks.append(self.tr("waiting to upload"))
        actor = self._names.person(item.actor) if item.actor else ""
        head = " · ".join(
            part
            for part in (moment_text(item.at), one_line(actor, 120), kind_label(item.kind), *marks)
            if part
        )
        out.paragraph(head, bold=True, space_before=2.2)
        for line in self._details(item.kind, item.payload):
            out.paragraph(line, indent_mm=5, space_before=0.6)
        if item.files:
            names = ", ".join(one_line(name, 120) for name in item.files)
            out.paragraph(self.tr("Files: {names}").format(names=names), indent_mm=5, grey=True)

    def _details(self, kind: str, payload: Mapping[str, Any]) -> list[str]:
        names = self._names
        lines: list[str] = []

        def text(key: str) -> str:
            value = payload.get(key)
            return value if isinstance(value, str) else ""

        if to := text("to"):
            lines.append(self.tr("To: {unit}").format(unit=one_line(names.unit(to), 200)))
        if assignee := text("assignee"):
            lines.append(
                self.tr("Assignee: {name}").format(name=one_line(names.person(assignee), 200))
            )
        if priority := text("priority"):
            lines.append(self.tr("Priority: {p}").format(p=priority_label(priority)))
        if category := text("category"):
            lines.append(self.tr("Category: {c}").format(c=one_line(names.category(category), 200)))
        if due := _moment(payload.get("due_at")):
            lines.append(self.tr("Deadline: {due}").format(due=due))
        tags = payload.get("tags")
        if isinstance(tags, list) and tags:
            lines.append(self.tr("Tags: {tags}").format(tags=one_line(", ".join(map(str, tags)))))
        if resolution := text("resolution"):
            lines.append(self.tr("Resolution: {code}").format(code=one_line(resolution, 100)))
        if reason := text("reason"):
            lines.append(self.tr("Reason: {reason}").format(reason=reason))
        if body := text("text"):
            lines.append(body)
        if kind == "satisfaction" and (rating := text("rating")):
            lines.append(self.tr("Rating: {rating}").format(rating=one_line(rating, 40)))
        return lines

    def _photos(self, out: DocumentWriter, data: CaseFile) -> None:
        if not data.photos:
            return
        out.heading(self.tr("Photos"), space_before=5)
        shown = [(p, image) for p in data.photos if (image := image_from(p.data)) is not None]
        if shown:
            rows = (len(shown) + PHOTO_COLUMNS - 1) // PHOTO_COLUMNS
            table = out.table(rows * 2, [100 / PHOTO_COLUMNS] * PHOTO_COLUMNS, borders=False)
            for n, (photo, image) in enumerate(shown):
                row, column = divmod(n, PHOTO_COLUMNS)
                out.image_in_cell(table, row * 2, column, image, PHOTO_MM)
                out.cell(
                    table, row * 2 + 1, column, one_line(photo.ref.name, 80), grey=True, scale=0.85
                )
        for photo in data.photos:
            name = one_line(photo.ref.name, 120)
            if photo.data is None:
                out.paragraph(
                    self.tr("{name} — not downloaded").format(name=name), space_before=0.8
                )
            elif image_from(photo.data) is None:
                out.paragraph(
                    self.tr("{name} — not a picture that can be printed").format(name=name),
                    space_before=0.8,
                )


__all__ = ["CaseFileLayout", "PrintNames", "Printed"]
