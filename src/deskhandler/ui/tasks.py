"""Background work for the window: one serial thread for the store, tracked asyncio tasks.

SQLite calls block.  An ``async def`` slot that calls the store still freezes the window
for as long as the query takes, so store work that can take more than a few milliseconds
goes to `StoreWorker`: one thread, so the store sees one caller at a time in the order the
window asked (STYLE.md point 7, Anki's ``taskman``).

Tasks started from Qt slots must be referenced somewhere or the garbage collector may drop
them mid-flight; `Tasks` keeps them until they finish and reports failures to
``sys.excepthook`` (the crash dialog), which is where qasync sends a failing slot too.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class StoreWorker:
    """Runs store calls one after another on a single thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskhandler-store")

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._loop.run_in_executor(
            self._executor, functools.partial(fn, *args, **kwargs)
        )

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class Tasks:
    """Keeps a strong reference to every task it starts; failures reach ``sys.excepthook``."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coroutine: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        task = self._loop.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


__all__ = ["StoreWorker", "Tasks"]
