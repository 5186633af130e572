"""Work off the window's thread, its result handed back on the window's thread.

``run(owner, work, done)`` runs ``work()`` on one worker thread and later calls
``done(result)`` (or ``done(exception)``) on the window's thread, unless *owner* (the
panel that asked) was deleted meanwhile. The radar and the meshwork measures use it: at
thousands of stakeholders each takes most of a second, and the window stays responsive.

Three rules make it safe, each learnt from a crash:

- The worker never touches a Qt object. Its result comes back by polling (a timer of the
  application checks the worker's future), not by a signal emitted from the worker,
  which could meet its receiver half deleted.
- A workspace read on the worker goes through ``Store.reading`` (``Workspace._read`` does
  it for reads from another thread): closing the store waits for it to end.
- Python's cycle collector runs in whichever thread happens to allocate, and a Qt object
  it frees must be freed on the window's thread. So while work runs, collection is
  paused, and the window's thread resumes it once the work is done (the collector then
  runs on the window's thread).

The worker shares the interpreter lock with the window's thread: each time a Qt call of
the window's thread lets go of it (drawing a path, say), the worker takes it, and by
default keeps it up to 5 ms. A map edit's frame (5,000 stakeholders) makes dozens of such
calls: beside a busy worker it took 141 ms instead of 45. While work runs, the lock changes
hands every ``SWITCH_S`` instead: 100 ms (0.2 ms would give 90; two threads on two cores
share one lock, so about twice the time alone is the floor).
"""

from __future__ import annotations

import gc
import sys
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from workbench.ui.first_frame import alive

#: How often the window's thread looks whether work is done (ms): well within a frame.
POLL_MS = 8
#: How long either thread may hold the interpreter lock while work runs (s; Python's default 0.005).
SWITCH_S = 0.0005


class _Runner(QObject):
    """The worker thread, and the timer that hands its results back (one per application)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("backgroundRunner")
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voelspriet-background")
        self.jobs: list[tuple[Future, weakref.ref, Callable[[QObject, Any], None]]] = []
        self.collecting = True  # whether the cycle collector ran before the work started
        self.switch = sys.getswitchinterval()  # the interpreter's, before the work started
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.deliver)

    def submit(self, owner: QObject, work: Callable[[], Any], done: Callable[[QObject, Any], None]) -> None:
        if not self.jobs:
            self.collecting = gc.isenabled()
            gc.disable()
            self.switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self.switch, SWITCH_S))
        self.jobs.append((self.pool.submit(work), weakref.ref(owner), done))
        self.timer.start()

    def deliver(self) -> None:
        """Hand every finished result to its owner (if it still exists); resume collecting
        when nothing runs any more."""
        finished = [job for job in self.jobs if job[0].done()]
        if not finished:
            return
        self.jobs = [job for job in self.jobs if not job[0].done()]
        if not self.jobs:
            self.timer.stop()
            sys.setswitchinterval(self.switch)
            if self.collecting:
                gc.enable()
        for future, owner_ref, done in finished:
            owner = owner_ref()
            if owner is None or not alive(owner):
                continue
            error = future.exception()
            done(owner, error if error is not None else future.result())

    def wait(self) -> None:
        """Wait for all work, and hand the results over now."""
        while self.jobs:
            for future, _owner, _done in list(self.jobs):
                future.exception()  # waits; never raises the work's exception
            self.deliver()


def _existing() -> _Runner | None:
    app = QCoreApplication.instance()
    return app.findChild(_Runner, "backgroundRunner") if app is not None else None


def _runner() -> _Runner:
    app = QCoreApplication.instance()
    assert app is not None, "background work needs the application"
    return _existing() or _Runner(app)


def run(owner: QObject, work: Callable[[], Any], done: Callable[[QObject, Any], None]) -> None:
    """Run ``work()`` off the window's thread; then, on the window's thread, call
    ``done(owner, result)`` — the result, or the exception ``work`` raised — unless *owner*
    was deleted meanwhile. *done* should not hold *owner* (pass an unbound method, e.g.
    ``Panel._computed``): the work must not keep a closed panel alive."""
    _runner().submit(owner, work, done)


def busy() -> bool:
    """True while work runs (or its result waits to be handed over)."""
    runner = _existing()
    return runner is not None and bool(runner.jobs)


def wait() -> None:
    """Wait for all work running now and hand its results over (tests, and a closing
    window that wants the last result)."""
    runner = _existing()
    if runner is not None:
        runner.wait()


__all__ = ["POLL_MS", "SWITCH_S", "busy", "run", "wait"]
