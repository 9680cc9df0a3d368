"""The printed one-page unit summary: what a leader takes to the morning meeting.

Open cases by status, overdue / due today / due this week, the biggest categories and
each person's workload.  It must stay one page however many people the unit has and
however long their names: names are cut to one line, the people's table runs in two
column groups when long, and the layout steps the font down until the page holds it;
past the smallest font, the people with the fewest open cases are summed up in one line.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from deskhandler.app.printouts import UnitSummary
from deskhandler.domain.deadlines import LOCAL_TZ
from deskhandler.domain.statuses import Status
from deskhandler.domain.text import sort_key
from deskhandler.store.records import Workload
from deskhandler.ui.labels import status_label
from deskhandler.ui.printing.case_file import Printed, PrintNames
from deskhandler.ui.printing.pdf import DocumentWriter, PdfPages, one_line

#: Font sizes tried, largest first, until the summary fits its page.
POINT_SIZES = (9.0, 8.0, 7.0, 6.5)
#: More people than this and the workload table runs in two column groups.
ONE_GROUP = 16
#: Longest name printed in the workload table.
NAME_LIMIT = 48

_STATUS_ORDER = [s.value for s in Status]

Person = tuple[str | None, str, Workload]


class UnitSummaryLayout(QObject):
    """Lays out a `UnitSummary` on exactly one page of `PdfPages`."""

    def __init__(self, names: PrintNames, printed: Printed, staff: Mapping[str, str]) -> None:
        super().__init__()
        self._names = names
        self._printed = printed
        #: The unit's handling staff (username: name): listed even with no open case.
        self._staff = staff

    def people(self, data: UnitSummary) -> list[Person]:
        """Everyone to list, sorted as Vietnamese reads; "not assigned" last."""
        empty = Workload(0, 0, 0)
        who = {name: self._staff[name] for name in self._staff}
        for name in data.workload:
            if name is not None and name not in who:
                who[name] = self._names.person(name)
        listed: list[Person] = [
            (name, shown, data.workload.get(name, empty)) for name, shown in who.items()
        ]
        listed.sort(key=lambda person: sort_key(person[1]))
        if None in data.workload:
            listed.append((None, self.tr("Not assigned"), data.workload[None]))
        return listed

    def build(self, pages: PdfPages, data: UnitSummary) -> QTextDocument:
        people = self.people(data)
        document = self._layout(pages, data, people, POINT_SIZES[0], len(people))
        for size in POINT_SIZES[1:]:
            if pages.lay_out(document) <= 1:
                return document
            document = self._layout(pages, data, people, size, len(people))
        keep = len(people)
        while pages.lay_out(document) > 1 and keep > 0:
            keep = max(keep - max(len(people) // 10, 1), 0)
            document = self._layout(pages, data, people, POINT_SIZES[-1], keep)
        return document

    def _layout(
        self,
        pages: PdfPages,
        data: UnitSummary,
        people: list[Person],
        size: float,
        keep: int,
    ) -> QTextDocument:
        document = pages.document(size)
        out = DocumentWriter(document, size)
        counts = data.counts
        printed = self._printed
        at = printed.at.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M")
        out.paragraph(self.tr("Unit summary"), grey=True, bold=True)
        out.paragraph(printed.unit, scale=1.6, bold=True, limit=200)
        out.paragraph(
            self.tr("At {at}, printed by {who}").format(at=at, who=one_line(printed.by, 120)),
            grey=True,
        )

        figures = out.table(2, (25, 25, 25, 25), space_before=4)
        deadlines = counts.deadlines
        for column, (name, value) in enumerate(
            (
                (self.tr("Open cases"), counts.open),
                (self.tr("Overdue"), deadlines.overdue),
                (self.tr("Due today"), deadlines.due_today),
                (self.tr("Due this week"), deadlines.due_this_week),
            )
        ):
            out.cell(figures, 0, column, name, grey=True, shade=True)
            out.cell(figures, 1, column, str(value), bold=True, scale=1.8)

        statuses = [s for s in _STATUS_ORDER if s in counts.by_status]
        rows = max(len(statuses), len(counts.top_categories), 1) + 1
        side = out.table(rows, (32, 10, 4, 44, 10), header=True, borders=False, space_before=4)
        out.cell(side, 0, 0, self.tr("Open cases by status"), bold=True)
        out.cell(side, 0, 3, self.tr("Biggest categories of open cases"), bold=True)
        for n, status in enumerate(statuses, start=1):
            out.cell(side, n, 0, status_label(status))
            out.cell(side, n, 1, str(counts.by_status[status]), right=True)
        for n, (category, count) in enumerate(counts.top_categories, start=1):
            out.cell(side, n, 3, one_line(self._names.category(category), 60))
            out.cell(side, n, 4, str(count), right=True)
        if not statuses:
            out.cell(side, 1, 0, self.tr("No open cases."), grey=True)

        out.heading(self.tr("Workload per person"), space_before=4)
        self._people(out, people, keep)
        out.paragraph(
            self.tr("Counted on this PC's data, uploads not yet made included."),
            grey=True,
            scale=0.8,
            space_before=3,
        )
        return document

    def _people(self, out: DocumentWriter, people: list[Person], keep: int) -> None:
        shown = people
        left_out: list[Person] = []
        if keep < len(people):
            by_work = sorted(people, key=lambda p: (-p[2].open, -p[2].overdue))
            kept = {id(p) for p in by_work[:keep]}
            shown = [p for p in people if id(p) in kept]
            left_out = [p for p in people if id(p) not in kept]
        groups = 2 if len(shown) > ONE_GROUP else 1
        per_group = (len(shown) + groups - 1) // groups
        widths: tuple[float, ...] = (23.5, 8.8, 8.8, 8.9) if groups == 2 else (52, 16, 16, 16)
        table = out.table(per_group + 1, widths * groups, header=True)
        for group in range(groups):
            base = group * 4
            for offset, title in enumerate(
                (self.tr("Person"), self.tr("Open"), self.tr("Overdue"), self.tr("Due soon"))
            ):
                out.cell(
                    table,
                    0,
                    base + offset,
                    title,
                    bold=True,
                    shade=True,
                    right=offset > 0,
                    scale=0.85,
                )
            for n, (_, name, load) in enumerate(shown[group * per_group : (group + 1) * per_group]):
                row = n + 1
                out.cell(table, row, base, one_line(name, NAME_LIMIT))
                out.cell(table, row, base + 1, str(load.open), right=True)
                out.cell(table, row, base + 2, str(load.overdue), right=True)
                out.cell(table, row, base + 3, str(load.due_soon), right=True)
        if left_out:
            out.paragraph(
                self.tr("… and {n} more people with {open} open cases.").format(
                    n=len(left_out), open=sum(p[2].open for p in left_out)
                ),
                grey=True,
                space_before=1,
            )


__all__ = ["UnitSummaryLayout"]
