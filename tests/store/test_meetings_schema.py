"""Interactions remember their planned session; a draft lives inside the workspace."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import small_dataset
from workbench.interchange import InterchangeError, json_v1
from workbench.model import Channel, Interaction
from workbench.workspace import Workspace


@pytest.fixture
def ws(make_store, qapp) -> Workspace:
    return Workspace(make_store(data=small_dataset()))


def _meeting(session: str | None) -> Interaction:
    return Interaction(id="m1", at=datetime(2020, 5, 28, 21, 0), channel=Channel.MEETING,
                       with_=("anna", "piet"), summary="inner circle", session=session)


def test_an_interaction_keeps_its_session_and_deleting_the_session_unlinks_it(ws: Workspace) -> None:
    ws.add_interaction(_meeting("s1"))
    assert ws.interactions(["m1"])[0].session == "s1"
    ws.delete_sessions(["s1"])
    assert ws.interactions(["m1"])[0].session is None
    ws.undo_stack.undo()
    assert ws.interactions(["m1"])[0].session == "s1"


def test_json_carries_the_session_and_refuses_an_unknown_one(ws: Workspace, tmp_path: Path) -> None:
    ws.add_interaction(_meeting("s1"))
    out = tmp_path / "all.json"
    ws.export_file(out)
    again = json_v1.read(out)
    assert next(i for i in again.interactions if i.id == "m1").session == "s1"
    assert all(i.session is None for i in again.interactions if i.id != "m1")
    broken = replace(again, sessions=())
    json_v1.write(broken, tmp_path / "broken.json")
    with pytest.raises(InterchangeError, match=r"interactions\[\d+\]\.session"):
        json_v1.read(tmp_path / "broken.json")
