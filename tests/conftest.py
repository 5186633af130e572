"""Shared fixtures: an isolated home for every test, real workspace files, a small dataset."""

from __future__ import annotations

import contextlib
import gc
import io
import os
import shutil
import subprocess
import sys
import traceback
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

from workbench.model import (  # noqa: E402
    Channel,
    Dataset,
    Followup,
    Group,
    Interaction,
    Phase,
    Reading,
    Relation,
    Remark,
    RemarkKind,
    SensingSettings,
    Session,
    Source,
    Stakeholder,
    StakeholderKind,
    Status,
    WorkspaceInfo,
)
from workbench.store import Store, open_store  # noqa: E402
from workbench.store.imports import import_dataset  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data and settings folders: nothing real is touched."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VOELSPRIET_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    return home


@contextlib.contextmanager
def _exceptions_inside_qt() -> Iterator[list[str]]:
    """Record what reaches ``sys.excepthook`` and ``sys.unraisablehook`` meanwhile."""
    caught: list[str] = []

    def on_exception(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        caught.append("".join(traceback.format_exception(kind, value, tb)))

    def on_unraisable(u: sys.UnraisableHookArgs) -> None:
        caught.append(f"{u.err_msg or 'Exception ignored in'}: {u.object!r}\n"
                      + "".join(traceback.format_exception(u.exc_type, u.exc_value, u.exc_traceback)))

    hooks = sys.excepthook, sys.unraisablehook
    sys.excepthook, sys.unraisablehook = on_exception, on_unraisable
    try:
        yield caught
    finally:
        sys.excepthook, sys.unraisablehook = hooks


def _fail_if(caught: list[str]) -> None:
    if caught:
        pytest.fail("Python raised inside a call from Qt (printed and ignored at run time):\n"
                    + "\n".join(caught), pytrace=False)


class _Leftovers:
    """Whether a fixture broader than one test (module, class, session) was torn down
    since the last full collection: what it held may be garbage now, frozen with the rest."""

    pending = False


def pytest_fixture_post_finalizer(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest) -> None:
    if fixturedef.scope != "function":
        _Leftovers.pending = True


@pytest.fixture(autouse=True)
def fail_on_exceptions_inside_qt() -> Iterator[None]:
    """Any test fails when Python code called from C++ raised: an override such as
    ``eventFilter`` or ``paint``, a slot, a destructor. Such an exception cannot reach the
    test; PySide prints it (through ``sys.excepthook``, or ``sys.unraisablehook``) and
    carries on. pytest-qt hooks ``sys.excepthook`` only around its own phases, and an
    object that only the cycle collector frees is destroyed whenever the collector happens
    to run: in a later test, between tests, after the session. So both hooks record for the
    whole test, and the test's garbage is collected here, inside it.

    What lives on from before the test is frozen first (``gc.freeze``): the collection
    at its end then walks only what the test made, not the whole session's heap (with the
    session's heap, these collections took about half the suite's time). After a module's
    (or class's) fixtures were torn down, the next test first collects everything once:
    what they left is collected there, as it was before the freezing."""
    with _exceptions_inside_qt() as caught:
        if _Leftovers.pending:
            _Leftovers.pending = False
            gc.unfreeze()
            gc.collect()
        gc.freeze()
        yield
        # qtbot closed the test's widgets with deleteLater(), which only an event loop
        # honours (processEvents does not): delete them now, inside the test, so that what
        # they hold becomes garbage here and Qt does not keep every test's windows.
        for _ in range(2):
            if QCoreApplication.instance() is not None:
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            if QCoreApplication.instance() is not None:
                QCoreApplication.processEvents()
    _fail_if(caught)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Nothing stays frozen: what is left is collected at exit, as without the freezing."""
    gc.unfreeze()


def small_dataset() -> Dataset:
    """A small workspace touching every entity and field."""
    people = (
        Stakeholder(id="me", name="Floor de Wit", kind=StakeholderKind.FACILITATOR, status=Status.CORE,
                    x=0.0, y=0.0),
        Stakeholder(id="anna", name="Anna Bakker", organisation="Stichting Waarde", role="director",
                    interests="impact", needs="time", drivers="purpose", value="network",
                    notes="met at the Creathon", email="anna@example.org", phone="+31 6 0000",
                    tags=("volunteer", "director"), x=120.5, y=-40.0, groups=("inner",),
                    fields={"URL": "https://example.org"}),
        Stakeholder(id="gem", name="Gemeente Zeewolde", kind=StakeholderKind.GOVERNMENT,
                    status=Status.PROSPECT, x=-200.0, y=80.0),
        Stakeholder(id="piet", name="Piet Jansen", status=Status.OWN_WAY, groups=("inner", "ams")),
    )
    return Dataset(
        workspace=WorkspaceInfo(name="Test network", about="value-driven entrepreneurship",
                                what_happens="meetings", who_comes_and_why="makers",
                                shared_goal="a thriving region", phase=Phase.COMMUNITY),
        settings=SensingSettings(silence_min_days=14, as_of=date(2020, 5, 15)),
        groups=(Group(id="inner", name="Inner circle", color="#aaccee"),
                Group(id="ams", name="Amsterdam", show_region=False)),
        stakeholders=people,
        relations=(Relation(id="r1", a="me", b="anna", kind="knows"),
                   Relation(id="r2", a="piet", b="anna", kind="works with", note="old friends",
                            fields={"Strength": 3})),
        readings=(Reading(id="rd1", relation="r1", at=datetime(2020, 3, 1), energy=4,
                          source=Source.CALL, interaction="i1"),
                  Reading(id="rd2", relation="r2", at=datetime(2020, 3, 2, 14, 30), energy=2,
                          note="tension")),
        interactions=(Interaction(
            id="i1", at=datetime(2020, 3, 1, 10, 0), channel=Channel.CALL, with_=("anna", "me"),
            summary="catch-up",
            remarks=(Remark(id="i1/remark-1", by="anna", text="Is this worth my time?",
                            theme="time investment", kind=RemarkKind.DOUBT),),
            followups=(Followup(id="i1/followup-1", what="send the plan", due=date(2020, 3, 8),
                                who="anna"),)),),
        sessions=(Session(id="s1", title="Inner circle", at=datetime(2020, 5, 28, 19, 30),
                          place="Amersfoort", goal="a shared plan", attendees=("anna", "piet"),
                          agenda=("welcome", "plan")),),
    )


@pytest.fixture
def dataset() -> Dataset:
    return small_dataset()


@pytest.fixture(scope="session")
def _made_workspaces() -> list[tuple[str, Dataset | None, Path]]:
    """The workspace files ``make_store`` made this session: (name, data, file)."""
    return []


@pytest.fixture
def make_store(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
               _made_workspaces: list[tuple[str, Dataset | None, Path]]) -> Iterator[Callable[..., Store]]:
    """Create real workspace files; closed at the end of the test.

    Creating a workspace and importing *data* into it takes ~40 ms, and most tests ask for
    the same few: each is made once per session (per worker) with ``open_store(create=True)``
    and ``import_dataset``, and a test gets a copy of that file, opened. A test that changes
    how workspaces are created or imported (a monkeypatch) makes its own with ``open_store``."""
    opened: list[Store] = []

    def make(name: str = "ws.voelspriet", data: Dataset | None = None) -> Store:
        path = tmp_path / name
        if path.exists():  # a second one of that name: fill the one there, as open_store does
            store = open_store(path, create=True)
            opened.append(store)
            if data is not None:
                with store.begin() as s:
                    import_dataset(s, data)
            return store
        made = next((file for n, d, file in _made_workspaces if n == path.name and d == data), None)
        if made is None:
            made = tmp_path_factory.mktemp("made") / path.name
            store = open_store(made, create=True)
            try:
                if data is not None:
                    with store.begin() as s:
                        import_dataset(s, data)
            finally:
                store.close()
            assert [p.name for p in made.parent.iterdir()] == [path.name]  # all of it in the one file
            _made_workspaces.append((path.name, data, made))
        shutil.copyfile(made, path)
        store = open_store(path)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def run_cli_here(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """``main.py ARGS`` run in this process (``workbench.cli.main``), reported as a real run
    is: the exit status (argparse's ``SystemExit`` too), stdout and stderr as UTF-8 bytes (a
    stdout with a ``buffer``, as a real one has), no terminal on stdin, *env* set meanwhile.

    For what a command does. A process of its own costs ~0.2-0.5 s of start-up and imports a
    call: tests start one where the process is the point (the entry point, the locale, the
    terminal's encoding, another process holding the file). Not for ``screenshot`` and
    ``brief``, which make the Qt application and its translation for the whole process."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout, stderr = io.TextIOWrapper(out, encoding="utf-8"), io.TextIOWrapper(err, encoding="utf-8")
    from workbench import cli

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("VOELSPRIET_DEBUG", raising=False)
        for key, value in (env or {}).items():
            patch.setenv(key, value)
        patch.setattr(sys, "stdin", io.StringIO())
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = cli.main([str(a) for a in args])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
            stdout.flush()
            stderr.flush()
    return subprocess.CompletedProcess([str(a) for a in args], code, out.getvalue(), err.getvalue())


def normalized(d: Dataset) -> Dataset:
    """*d* with ordering aside: items by id, relation ends and group lists sorted."""
    from dataclasses import replace

    def by_id(items):  # type: ignore[no-untyped-def]
        return tuple(sorted(items, key=lambda x: x.id))

    return replace(
        d,
        groups=by_id(d.groups),
        stakeholders=by_id(replace(s, groups=tuple(sorted(s.groups))) for s in d.stakeholders),
        relations=by_id(replace(r, a=min(r.a, r.b), b=max(r.a, r.b)) for r in d.relations),
        readings=by_id(d.readings),
        interactions=by_id(replace(i, with_=tuple(sorted(i.with_))) for i in d.interactions),
        sessions=by_id(d.sessions),
    )
