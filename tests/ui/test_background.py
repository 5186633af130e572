"""Work off the window's thread (``ui.background``): the result comes back on the window's
thread, never to a panel deleted meanwhile, and the cycle collector is paused while the
work runs and resumed after (a Qt object must not be freed on the worker)."""

from __future__ import annotations

import gc
import sys
import threading

import pytest

from PySide6.QtWidgets import QWidget

from workbench.ui import background
from workbench.ui.first_frame import alive


class Panel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[object, int]] = []

    def take(self, result: object) -> None:
        self.got.append((result, threading.get_ident()))


def test_the_result_comes_back_on_the_windows_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = Panel()
    qtbot.addWidget(panel)
    ran_on: list[int] = []

    def work() -> str:
        ran_on.append(threading.get_ident())
        return "measured"

    background.run(panel, work, Panel.take)
    qtbot.waitUntil(lambda: bool(panel.got))
    assert panel.got == [("measured", threading.get_ident())]
    assert ran_on and ran_on[0] != threading.get_ident()
    assert not background.busy()


def test_an_exception_is_handed_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = Panel()
    qtbot.addWidget(panel)

    def work() -> None:
        raise ValueError("no")

    background.run(panel, work, Panel.take)
    qtbot.waitUntil(lambda: bool(panel.got))
    [(error, _thread)] = panel.got
    assert isinstance(error, ValueError) and str(error) == "no"


def test_a_deleted_panel_gets_nothing_and_collecting_resumes(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = Panel()
    go = threading.Event()
    calls: list[object] = []
    assert gc.isenabled()
    switch = sys.getswitchinterval()
    background.run(panel, lambda: go.wait(10), lambda owner, result: calls.append(result))
    assert background.busy()
    assert not gc.isenabled()  # paused while the work runs
    assert sys.getswitchinterval() == pytest.approx(background.SWITCH_S)  # the lock changes hands often
    panel.deleteLater()
    qtbot.waitUntil(lambda: not alive(panel))
    go.set()
    qtbot.waitUntil(lambda: not background.busy())
    assert calls == []
    assert gc.isenabled()
    assert sys.getswitchinterval() == switch


def test_wait_hands_every_result_over_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = Panel()
    qtbot.addWidget(panel)
    for n in range(3):
        background.run(panel, lambda n=n: n * n, Panel.take)
    background.wait()
    assert [result for result, _thread in panel.got] == [0, 1, 4]
    assert gc.isenabled() and not background.busy()


def test_collecting_stays_off_when_it_was_off_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = Panel()
    qtbot.addWidget(panel)
    gc.disable()
    try:
        background.run(panel, lambda: 1, Panel.take)
        background.wait()
        assert not gc.isenabled()
    finally:
        gc.enable()
