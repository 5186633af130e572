"""store.rows, pinned down where mutation testing found it loose: what ``capture`` reads,
what ``deletion`` captures, how ``apply`` deletes, what ``reduce`` keeps and how
``column_values`` converts; and the row → value conversions of child rows."""

from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType

import pytest
from sqlalchemy import event

from workbench.model import Channel, Dataset, Phase, RemarkKind, StakeholderKind, Status
from workbench.store import queries
from workbench.store import rows as R


@pytest.fixture
def store(make_store, dataset: Dataset):
    return make_store(data=dataset)


def _statements(store) -> list[str]:
    """Every SQL statement the store's engine runs from now on."""
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: seen.append(statement))
    return seen


# ------------------------------------------------------------------------- capture

def test_capture_reads_the_key_and_only_the_named_columns(store) -> None:
    with store.session() as s:
        assert R.capture(s, "stakeholders", [("anna",)], ["x", "name"]) == [
            ("stakeholders", {"id": "anna", "x": 120.5, "name": "Anna Bakker"})]
        # naming the key again does not read it twice, nor lose the other columns
        assert R.capture(s, "stakeholders", [("gem",)], ["id", "y"]) == [
            ("stakeholders", {"id": "gem", "y": 80.0})]
        (whole,) = R.capture(s, "stakeholders", [("anna",)])
    assert whole[0] == "stakeholders"
    assert set(whole[1]) == set(R.TABLES["stakeholders"].columns.keys())
    assert (whole[1]["role"], whole[1]["status"]) == ("director", "active")


def test_capture_by_composite_key_reads_exactly_those_rows(store) -> None:
    with store.session() as s:
        rows = R.capture(s, "group_members", [("inner", "anna"), ("ams", "piet")])
        assert sorted(rows, key=lambda tr: tr[1]["group_id"]) == [
            ("group_members", {"group_id": "ams", "stakeholder_id": "piet"}),
            ("group_members", {"group_id": "inner", "stakeholder_id": "anna"})]
        # (inner, piet) exists too, but was not asked for
        assert R.capture(s, "group_members", [("inner", "anna")]) == [
            ("group_members", {"group_id": "inner", "stakeholder_id": "anna"})]
        # some columns of a composite-key row: the whole key and those, not the rest
        assert R.capture(s, "session_attendees", [("s1", "piet")], ["stakeholder_id"]) == [
            ("session_attendees", {"session_id": "s1", "stakeholder_id": "piet"})]
        assert R.capture(s, "session_attendees", [("s1", "piet")], ["position"]) == [
            ("session_attendees", {"session_id": "s1", "stakeholder_id": "piet", "position": 1})]
        assert R.capture(s, "group_members", [("inner", "gem")]) == []


def test_capture_reads_every_chunk_once(store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "CHUNK", 2)
    with store.session() as s:
        people = R.capture(s, "stakeholders", [("me",), ("anna",), ("gem",), ("piet",), ("nobody",)],
                           ["name"])
        members = R.capture(s, "group_members",
                            [("inner", "anna"), ("inner", "piet"), ("ams", "piet"), ("ams", "anna"),
                             ("inner", "gem")])
    assert sorted(r["id"] for _t, r in people) == ["anna", "gem", "me", "piet"]
    assert sorted((r["group_id"], r["stakeholder_id"]) for _t, r in members) == [
        ("ams", "piet"), ("inner", "anna"), ("inner", "piet")]


# ------------------------------------------------------------------------ deletion

def test_deletion_captures_the_cascade_and_clears_set_null_references(store) -> None:
    with store.session() as s:
        before, after = R.deletion(s, "stakeholders", [("anna",)])
    assert sorted((t, R.key_of(t, r)) for t, r in before) == sorted([
        ("stakeholders", ("anna",)),
        ("group_members", ("inner", "anna")),
        ("relations", ("r1",)), ("relations", ("r2",)),
        ("readings", ("rd1",)), ("readings", ("rd2",)),
        ("interaction_participants", ("i1", "anna")),
        ("remarks", ("i1/remark-1",)),
        ("session_attendees", ("s1", "anna")),
        ("followups", ("i1/followup-1",)),  # stays, but loses its "who"
    ])
    assert [t for t, _r in before] == sorted((t for t, _r in before), key=R.ORDER.__getitem__)
    (followup_before,) = [r for t, r in before if t == "followups"]
    assert followup_before["who_id"] == "anna"
    assert after == [("followups", {**followup_before, "who_id": None})]

    with store.begin() as s:
        R.apply(s, before, after)
    with store.session() as s:
        d = queries.dataset(s)
    assert "anna" not in {p.id for p in d.stakeholders}
    assert d.relations == () and d.readings == ()
    (interaction,) = d.interactions
    assert interaction.with_ == ("me",) and interaction.remarks == ()
    assert [(f.id, f.who) for f in interaction.followups] == [("i1/followup-1", None)]


def test_deletion_of_a_session_nulls_the_interactions_that_name_it(store) -> None:
    with store.begin() as s:
        s.execute(R.TABLES["interactions"].update().values(session_id="s1"))
    with store.session() as s:
        before, after = R.deletion(s, "sessions", [("s1",)])
    assert sorted((t, R.key_of(t, r)) for t, r in before) == [
        ("interactions", ("i1",)), ("session_attendees", ("s1", "anna")),
        ("session_attendees", ("s1", "piet")), ("sessions", ("s1",))]
    assert [(t, r["id"], r["session_id"]) for t, r in after] == [("interactions", "i1", None)]


# --------------------------------------------------------------------------- apply

def test_apply_deletes_children_before_their_parents_in_chunks(store, monkeypatch) -> None:
    """Children first: the delete must not rely on ON DELETE CASCADE (a server or a
    future rule without it would refuse a parent that still has children)."""
    with store.session() as s:
        before, after = R.deletion(s, "stakeholders", [("anna",)])
    monkeypatch.setattr(R, "CHUNK", 1)
    sql = _statements(store)
    with store.begin() as s:
        diff = R.apply(s, before, after)
    deletes = [q.split()[2] for q in sql if q.startswith("DELETE")]
    # one statement per CHUNK (here 1) keys of a table
    assert sorted(deletes) == sorted(["stakeholders", "group_members", "relations", "relations",
                                      "readings", "readings", "interaction_participants",
                                      "remarks", "session_attendees"])
    assert deletes.index("stakeholders") == len(deletes) - 1
    assert deletes.index("readings") < deletes.index("relations")
    assert diff.updated == [("followups", ("i1/followup-1",))]
    assert diff.fields == {("followups", ("i1/followup-1",)): frozenset({"who_id"})}
    assert diff.added == []


def test_apply_deletes_a_chunk_in_one_statement(store) -> None:
    with store.session() as s:
        before = R.capture(s, "readings", [("rd1",), ("rd2",)])
    sql = _statements(store)
    with store.begin() as s:
        R.apply(s, before, [])
    assert [q.split()[:3] for q in sql if q.startswith("DELETE")] == [["DELETE", "FROM", "readings"]]
    with store.session() as s:
        assert queries.readings(s) == []


# -------------------------------------------------------------------------- reduce

def test_reduce_keeps_the_key_and_the_changed_columns_on_both_sides() -> None:
    before = [("stakeholders", {"id": "a", "name": "A", "x": 1.0, "y": 2.0}),
              ("stakeholders", {"id": "same", "name": "S", "x": 0.0})]
    after = [("stakeholders", {"id": "a", "name": "A", "x": 5.0, "y": 2.0, "role": "new"}),
             ("stakeholders", {"id": "same", "name": "S", "x": 0.0})]
    assert R.reduce(before, after) == (
        [("stakeholders", {"id": "a", "x": 1.0})],
        [("stakeholders", {"id": "a", "x": 5.0})])  # "role" is not in before: not compared


def test_reduce_keeps_inserted_and_deleted_rows_whole() -> None:
    gone = ("readings", {"id": "r-old", "relation_id": "r1", "energy": 3})
    new = ("readings", {"id": "r-new", "relation_id": "r1", "energy": 4})
    member = ("group_members", {"group_id": "g", "stakeholder_id": "a"})
    assert R.reduce([gone, member], [member, new]) == ([gone], [new])
    assert R.reduce([], [new, member]) == ([], [new, member])
    assert R.reduce([gone], []) == ([gone], [])


def test_reduce_keeps_the_named_columns_when_both_sides_carry_them() -> None:
    keep = {"readings": ("relation_id",), "followups": ("interaction_id",)}
    before = [("readings", {"id": "rd", "relation_id": "r1", "energy": 3, "note": ""}),
              ("followups", {"id": "f", "done": False}),  # interaction_id only after
              ("followups", {"id": "g", "interaction_id": "i1", "done": False}),  # only before
              ("remarks", {"id": "m", "interaction_id": "i1", "text": "a"})]  # not named in keep
    after = [("readings", {"id": "rd", "relation_id": "r1", "energy": 5, "note": ""}),
             ("followups", {"id": "f", "interaction_id": "i1", "done": True}),
             ("followups", {"id": "g", "done": True}),
             ("remarks", {"id": "m", "interaction_id": "i1", "text": "b"})]
    assert R.reduce(before, after, keep) == (
        [("readings", {"id": "rd", "relation_id": "r1", "energy": 3}),
         ("followups", {"id": "f", "done": False}),
         ("followups", {"id": "g", "done": False}),
         ("remarks", {"id": "m", "text": "a"})],
        [("readings", {"id": "rd", "relation_id": "r1", "energy": 5}),
         ("followups", {"id": "f", "done": True}),
         ("followups", {"id": "g", "done": True}),
         ("remarks", {"id": "m", "text": "b"})])
    # without keep, the reading's relation is not kept either
    assert R.reduce(before[:1], after[:1]) == (
        [("readings", {"id": "rd", "energy": 3})], [("readings", {"id": "rd", "energy": 5})])


def test_reduce_matches_rows_by_table_and_key() -> None:
    # the same id in two tables is two rows; a composite key matches as a whole
    before = [("groups", {"id": "x", "name": "G"}), ("stakeholders", {"id": "x", "name": "S"}),
              ("session_attendees", {"session_id": "s", "stakeholder_id": "a", "position": 0}),
              ("session_attendees", {"session_id": "s", "stakeholder_id": "b", "position": 1})]
    after = [("stakeholders", {"id": "x", "name": "S2"}), ("groups", {"id": "x", "name": "G"}),
             ("session_attendees", {"session_id": "s", "stakeholder_id": "b", "position": 0}),
             ("session_attendees", {"session_id": "s", "stakeholder_id": "a", "position": 1})]
    assert R.reduce(before, after) == (
        [("stakeholders", {"id": "x", "name": "S"}),
         ("session_attendees", {"session_id": "s", "stakeholder_id": "b", "position": 1}),
         ("session_attendees", {"session_id": "s", "stakeholder_id": "a", "position": 0})],
        [("stakeholders", {"id": "x", "name": "S2"}),
         ("session_attendees", {"session_id": "s", "stakeholder_id": "b", "position": 0}),
         ("session_attendees", {"session_id": "s", "stakeholder_id": "a", "position": 1})])


# ------------------------------------------------------------------- column_values

def test_column_values_converts_model_values_to_column_values() -> None:
    out = R.column_values("stakeholders", {
        "status": Status.CORE, "kind": StakeholderKind.GOVERNMENT, "tags": ("a", "b"),
        "fields": MappingProxyType({"URL": "x"}), "x": 1.5, "pinned": True, "notes": ""})
    assert out == {"status": "core", "kind": "government", "tags": ["a", "b"],
                   "fields": {"URL": "x"}, "x": 1.5, "pinned": True, "notes": ""}
    assert type(out["status"]) is str and type(out["kind"]) is str  # not the StrEnum member
    assert type(out["tags"]) is list and type(out["fields"]) is dict
    assert R.column_values("workspace", {"phase": Phase.COMMUNITY}) == {"phase": "community"}
    assert R.column_values("followups", {"done": False}) == {"done": False}
    assert R.column_values("groups", {}) == {}


@pytest.mark.parametrize(("table", "name"), [("stakeholders", "id"), ("stakeholders", "groups"),
                                             ("stakeholders", "nonsense"),
                                             ("group_members", "group_id")])
def test_column_values_refuses_keys_and_unknown_names(table: str, name: str) -> None:
    with pytest.raises(KeyError, match=f"{table} has no editable column '{name}'"):
        R.column_values(table, {"name": "ok", name: "x"} if table == "stakeholders" else {name: "x"})


# ----------------------------------------------------------------- rows to values

def test_to_interaction_orders_remarks_and_followups_by_position() -> None:
    row = {"id": "i", "at": datetime(2020, 1, 1), "channel": "call", "summary": "s"}
    remarks = [{"id": "m2", "by_id": "b", "text": "second", "theme": "t", "kind": "idea", "position": 1},
               {"id": "m1", "by_id": "a", "text": "first", "theme": "t", "kind": "doubt", "position": 0}]
    followups = [{"id": "f2", "what": "later", "due": None, "done": 0, "who_id": None, "position": 1},
                 {"id": "f1", "what": "now", "due": date(2020, 1, 2), "done": 1, "who_id": "a",
                  "position": 0}]
    value = R.to_interaction(row, ["a", "b"], remarks, followups)
    assert value.channel is Channel.CALL and value.with_ == ("a", "b")
    assert [(r.id, r.by, r.text, r.kind) for r in value.remarks] == [
        ("m1", "a", "first", RemarkKind.DOUBT), ("m2", "b", "second", RemarkKind.IDEA)]
    assert [(f.id, f.what, f.due, f.done, f.who) for f in value.followups] == [
        ("f1", "now", date(2020, 1, 2), True, "a"), ("f2", "later", None, False, None)]
    assert value.followups[0].done is True


def test_to_stakeholder_reads_pinned_as_a_bool(store) -> None:
    with store.session() as s:
        (_t, row) = R.capture(s, "stakeholders", [("anna",)])[0]
    assert R.to_stakeholder({**row, "pinned": 1}, ["inner"]).pinned is True
    assert R.to_stakeholder({**row, "pinned": 0}).pinned is False
