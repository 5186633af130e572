"""Random edit sequences: undoing all returns to the start, redoing all to the end."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import normalized, small_dataset
from workbench.model import Channel, Interaction, Reading, Remark, Stakeholder, Status
from workbench.workspace import EditRefused, Workspace

EDITS = st.lists(
    st.tuples(
        st.sampled_from(["add", "rename", "move", "delete", "connect", "disconnect", "reading",
                         "interaction", "group", "status", "info"]),
        st.integers(min_value=0, max_value=1000),
        st.integers(min_value=0, max_value=1000),
    ),
    min_size=1,
    max_size=25,
)


def _apply(ws: Workspace, op: str, i: int, j: int) -> None:
    people = [s for s in ws.stakeholders()]
    others = [s for s in people if s.kind.value != "facilitator"]
    relations = ws.relations()
    pick = people[i % len(people)]
    other = people[j % len(people)]
    if op == "add":
        ws.add_stakeholder(Stakeholder(id="", name=f"P{i}", x=float(i), y=float(j)))
    elif op == "rename":
        ws.update_stakeholder(replace(pick, name=f"{pick.name}*", notes=f"n{j}"))
    elif op == "move":
        ws.move_stakeholders({p.id: (float(i + k), float(j - k)) for k, p in enumerate(people[: 1 + j % 3])})
    elif op == "delete" and others:
        ws.delete_stakeholders([others[i % len(others)].id])
    elif op == "connect":
        ws.connect(pick.id, other.id, f"k{j}")
    elif op == "disconnect" and relations:
        ws.disconnect([relations[i % len(relations)].id])
    elif op == "reading" and relations:
        ws.add_reading(Reading(id="", relation=relations[i % len(relations)].id,
                               at=datetime(2020, 1, 1) + timedelta(days=j), energy=1 + j % 5))
    elif op == "interaction":
        ws.add_interaction(Interaction(id="", at=datetime(2020, 2, 1) + timedelta(hours=i),
                                       channel=list(Channel)[j % 6], with_=(pick.id, other.id),
                                       remarks=(Remark(id="", by=pick.id, text="hm", theme="t"),)))
    elif op == "group":
        if j % 2:
            ws.set_group_members("inner", add=[pick.id])
        else:
            ws.set_group_members("inner", remove=[pick.id])
    elif op == "status" and others:
        target = others[i % len(others)]
        ws.update_stakeholder(replace(target, status=list(Status)[j % 4]))
    elif op == "info":
        ws.set_info(replace(ws.info(), about=f"about {i}"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_undo_all_then_redo_all(make_store, qapp, edits) -> None:
    store = make_store(name=f"p{abs(hash(tuple(edits)))}.voelspriet", data=small_dataset())
    ws = Workspace(store)
    start = normalized(ws.dataset())
    for op, i, j in edits:
        try:
            _apply(ws, op, i, j)
        except EditRefused:
            pass  # a refused edit must leave no trace: checked by the round trip below
    end = normalized(ws.dataset())
    while ws.undo_stack.canUndo():
        ws.undo_stack.undo()
    assert normalized(ws.dataset()) == start
    while ws.undo_stack.canRedo():
        ws.undo_stack.redo()
    assert normalized(ws.dataset()) == end
    ws.close()
