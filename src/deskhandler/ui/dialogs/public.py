"""Shared checks of the dialogs whose text is published (reply, close, approve)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskhandler.domain.actions import MAX_TEXT
from deskhandler.ui.dialogs.base import ActionDialog
from deskhandler.ui.dialogs.widgets import (
    LONG_RUN,
    PublicTextComposer,
    long_runs,
    unfilled_placeholders,
)


class PublicTextDialog(ActionDialog):
    """An action dialog with a `PublicTextComposer`; OK needs the privacy check passed."""

    composer: PublicTextComposer

    def _make_composer(self) -> PublicTextComposer:
        composer = PublicTextComposer(self.case, self.context.templates, self.context.unit_name)
        composer.changed.connect(self.changed)
        return composer

    def _text_problems(self, *, required: bool = True) -> list[str]:
        text = self.composer.published_text()
        if not text:
            return (
                [
                    QCoreApplication.translate(
                        "PublicTextDialog", "Write the text the citizen will read."
                    )
                ]
                if required
                else []
            )
        problems = []
        if len(text) > MAX_TEXT:
            problems.append(
                QCoreApplication.translate(
                    "PublicTextDialog", "The text is too long ({n} of at most {max} characters)."
                ).format(n=len(text), max=MAX_TEXT)
            )
        runs = long_runs(text)
        if runs:
            problems.append(
                QCoreApplication.translate(
                    "PublicTextDialog",
                    "Break up the run of {n} characters without a space (at most {max}).",
                ).format(n=max(runs), max=LONG_RUN)
            )
        unfilled = unfilled_placeholders(text)
        if unfilled:
            problems.append(
                QCoreApplication.translate(
                    "PublicTextDialog", "Fill in or remove the placeholders: {names}."
                ).format(names=", ".join(unfilled))
            )
        if not self.composer.ok():
            problems.append(
                QCoreApplication.translate(
                    "PublicTextDialog",
                    "The text contains personal data: remove it or confirm it above.",
                )
            )
        return problems

    def retranslate(self) -> None:
        super().retranslate()
        self.composer.retranslate()
