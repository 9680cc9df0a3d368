"""The queue panel's table: columns sized for what they say, in whatever language."""

from __future__ import annotations

from deskhandler.store import Store
from deskhandler.ui.queue_model import Column, QueueModel, StoreQueueSource
from deskhandler.ui.queue_view import QueueView
from tests.ui.conftest import Loop


def test_the_upload_column_fits_its_badges_unelided(client_store: Store, aloop: Loop) -> None:
    model = QueueModel(StoreQueueSource(client_store, aloop.worker), aloop.tasks)
    view = QueueView(model, client_store.identity())
    metrics = view.table.fontMetrics()
    width = view.table.horizontalHeader().sectionSize(Column.UPLOAD)
    for text in model.upload_texts():
        # The badge paints the text 12 px narrower than the cell (see BadgeDelegate.paint).
        assert metrics.horizontalAdvance(text) <= width - 12, text
