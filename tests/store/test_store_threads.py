"""Reads on another thread (the radar off the window's thread): closing the store waits for
them, and once closed they are refused; a read on another thread never joins the window's
macro."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from workbench.model import Stakeholder, StakeholderKind
from workbench.store import WorkspaceError, open_store
from workbench.store import privacy
from workbench.workspace import Workspace

WAIT = 0.3  # how long a blocked thread is given to (wrongly) get through


def _hold_a_read(store):  # type: ignore[no-untyped-def]
    """A thread inside ``store.reading()`` until told to go; returns (thread, inside, go, seen)."""
    inside, go, seen = threading.Event(), threading.Event(), []

    def read() -> None:
        with store.reading():
            inside.set()
            go.wait(10)
            with store.session() as s:  # the engine is still there: close waited
                seen.append(s.exec_driver_sql("SELECT count(*) FROM stakeholders").scalar())

    thread = threading.Thread(target=read)
    thread.start()
    assert inside.wait(10)
    return thread, go, seen


def _in_thread(fn):  # type: ignore[no-untyped-def]
    done = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)
        finally:
            done.set()

    threading.Thread(target=run).start()
    return done, errors


def test_close_waits_for_a_read_on_another_thread_and_refuses_later_ones(make_store) -> None:
    store = make_store()
    reader, go, seen = _hold_a_read(store)
    closed, errors = _in_thread(store.close)
    assert not closed.wait(WAIT), "close went on while another thread was reading"
    assert not store.closed
    go.set()
    reader.join(10)
    assert closed.wait(10) and not errors
    assert seen == [1]  # the read finished on the open file (the facilitator)
    assert store.closed and store.lock is None
    with pytest.raises(WorkspaceError) as refused:
        with store.reading():
            pass
    assert refused.value.reason == "closed"


def test_a_read_waits_while_the_file_is_being_closed(make_store) -> None:
    store = make_store()
    entered = threading.Event()

    def read() -> None:
        with store.reading():
            entered.set()

    with store.alone():
        outcome, errors = _in_thread(read)
        assert not outcome.wait(WAIT), "a read started while the store was alone"
        store.close()  # within alone: the store closes first
    assert outcome.wait(10)
    assert [e.reason for e in errors] == ["closed"]  # type: ignore[attr-defined]
    assert not entered.is_set()


def test_scrubbing_waits_for_a_read_on_another_thread(make_store) -> None:
    store = make_store()
    reader, go, _seen = _hold_a_read(store)
    scrubbed, errors = _in_thread(lambda: privacy.scrub(store))
    assert not scrubbed.wait(WAIT), "the file was scrubbed while another thread read it"
    go.set()
    reader.join(10)
    assert scrubbed.wait(30) and not errors
    store.close()


def test_a_read_on_another_thread_has_its_own_session_never_the_macros(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace(open_store(tmp_path / "t.voelspriet", create=True))
    try:
        seen: list[list[str]] = []
        with ws.macro("two new people"):
            ws.add_stakeholder(Stakeholder(id="ann", name="Ann", kind=StakeholderKind.PERSON))
            assert "ann" in [s.id for s in ws.stakeholders()]  # the window sees its own macro
            done, errors = _in_thread(lambda: seen.append([s.id for s in ws.stakeholders()]))
            assert done.wait(10) and not errors
        assert seen and "ann" not in seen[0]  # the other thread saw what was committed only
        done, errors = _in_thread(lambda: seen.append([s.id for s in ws.stakeholders(["ann"])]))
        assert done.wait(10) and not errors
        assert seen[1] == ["ann"]  # what was asked for, committed now
    finally:
        ws.close()
