"""Column-shaped reads for the radar and the timeline (workbench.store.series), exact values."""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest
from sqlalchemy import delete

from workbench.model import (
    Channel,
    Dataset,
    Followup,
    Interaction,
    Reading,
    Relation,
    Remark,
    RemarkKind,
    Source,
    Stakeholder,
    StakeholderKind,
    Status,
)
from workbench.store import series
from workbench.store.schema import TABLES
from workbench.store.series import OpenFollowup, RemarkSeen, StakeholderColumns

D = datetime


def _data() -> Dataset:
    people = (
        Stakeholder(id="me", name="Aafke", kind=StakeholderKind.FACILITATOR, status=Status.CORE),
        Stakeholder(id="ann", name="Ann"),
        Stakeholder(id="bob", name="Bob", kind=StakeholderKind.COMPANY, status=Status.PROSPECT),
        Stakeholder(id="cas", name="Cas", status=Status.OWN_WAY),
        Stakeholder(id="dee", name="Dee", kind=StakeholderKind.GOVERNMENT),  # no contacts
    )
    relations = (
        # Written out of id order: the results' order must come from the queries.
        Relation(id="r3", a="me", b="bob"),   # no readings
        Relation(id="r4", a="cas", b="bob"),  # stored as (bob, cas)
        Relation(id="r1", a="me", b="ann"),   # stored as (ann, me)
        Relation(id="r2", a="ann", b="bob"),
    )
    readings = (
        # r1: ids deliberately out of time order; rd-b and rd-c at the same moment.
        Reading(id="rd-f", relation="r1", at=D(2024, 1, 1, 10, 0), energy=5),
        Reading(id="rd-a", relation="r1", at=D(2024, 2, 1), energy=4, source=Source.EMAIL),
        Reading(id="rd-c", relation="r1", at=D(2024, 3, 1), energy=3),
        Reading(id="rd-b", relation="r1", at=D(2024, 3, 1), energy=2),
        Reading(id="rd-e", relation="r1", at=D(2024, 4, 1, 12, 30, 45, 250000), energy=1,
                source=Source.CALL, interaction="i2"),
        Reading(id="rd-d", relation="r1", at=D(2024, 5, 1), energy=2),
        Reading(id="rd-x", relation="r2", at=D(2023, 6, 1), energy=3, source=Source.MEETING,
                interaction="i1"),
        Reading(id="rd-z", relation="r4", at=D(2022, 1, 2), energy=5),
        Reading(id="rd-y", relation="r4", at=D(2022, 1, 3), energy=1),
    )
    interactions = (
        Interaction(
            id="i1", at=D(2024, 5, 10, 9, 0), channel=Channel.MEETING, with_=("bob", "ann", "me"),
            remarks=(Remark(id="m9", by="ann", text="Worth it?", theme="time", kind=RemarkKind.DOUBT),
                     Remark(id="m1", by="bob", text="How long?", theme="time",
                            kind=RemarkKind.QUESTION)),
            followups=(Followup(id="fu1", what="send plan", due=date(2024, 5, 20), who="ann"),
                       Followup(id="fu0", what="old thing", due=date(2024, 1, 1), done=True),
                       Followup(id="fu5", what="call back", due=date(2024, 5, 20), who="me"))),
        Interaction(id="i2", at=D(2024, 5, 1, 12, 30), channel=Channel.CALL, with_=("ann",),
                    remarks=(Remark(id="m2", by="ann", text="Costs", theme="money"),)),
        Interaction(id="i3", at=D(2024, 5, 29), channel=Channel.CALL, with_=("bob",),
                    remarks=(Remark(id="m3", by="bob", text="Too much", theme="workload",
                                    kind=RemarkKind.DOUBT),),
                    followups=(Followup(id="fu3", what="someday"),)),
        Interaction(id="i4", at=D(2024, 5, 28, 23, 59, 59), channel=Channel.EVENT,
                    with_=("cas", "bob"),
                    remarks=(Remark(id="m4", by="cas", text="Try hubs", theme="hubs",
                                    kind=RemarkKind.IDEA),)),
        # i5 and i0 at the same moment, i5 written first and its remark's id the lower one.
        Interaction(id="i5", at=D(2024, 6, 5, 14, 0), channel=Channel.MESSAGE, with_=("ann",),
                    remarks=(Remark(id="m5", by="ann", text="Thanks", theme="thanks"),),
                    followups=(Followup(id="fu4", what="thank", due=date(2024, 5, 15), who="me"),)),
        Interaction(id="i0", at=D(2024, 6, 5, 14, 0), channel=Channel.EMAIL, with_=("ann",),
                    remarks=(Remark(id="mz", by="ann", text="Fine now", theme="time",
                                    kind=RemarkKind.REMARK),)),
    )
    return Dataset(stakeholders=people, relations=relations, readings=readings,
                   interactions=interactions)


@pytest.fixture
def store(make_store):  # type: ignore[no-untyped-def]
    return make_store(data=_data())


def _dt64(*values: str) -> np.ndarray:
    return np.array(values, dtype="datetime64[s]")


# --------------------------------------------------------------------------- readings_series

def test_readings_series_is_per_relation_oldest_first_as_columns(store) -> None:
    with store.session() as s:
        got = series.readings_series(s)
    assert list(got) == ["r1", "r2", "r4"]  # r3 has no readings: absent
    r1 = got["r1"]
    assert r1.at.dtype == np.dtype("datetime64[s]")
    assert r1.energy.dtype == np.int8
    assert r1.at.tolist() == _dt64("2024-01-01T10:00:00", "2024-02-01", "2024-03-01", "2024-03-01",
                                   "2024-04-01T12:30:45", "2024-05-01").tolist()
    assert r1.energy.tolist() == [5, 4, 2, 3, 1, 2]
    assert r1.ids == ("rd-f", "rd-a", "rd-b", "rd-c", "rd-e", "rd-d")  # equal times: by id
    assert r1.sources == ("sense", "email", "sense", "sense", "call", "sense")
    assert r1.interactions == (None, None, None, None, "i2", None)
    assert got["r2"].at.tolist() == _dt64("2023-06-01").tolist()
    assert got["r2"].energy.tolist() == [3]
    assert (got["r2"].ids, got["r2"].sources, got["r2"].interactions) == (("rd-x",), ("meeting",), ("i1",))
    assert got["r4"].ids == ("rd-z", "rd-y")
    assert got["r4"].energy.tolist() == [5, 1]
    assert got["r4"].at.tolist() == _dt64("2022-01-02", "2022-01-03").tolist()


def test_readings_series_epoch_seconds_are_the_wall_clock(store) -> None:
    with store.session() as s:
        r1 = series.readings_series(s, ["r1"])["r1"]
    # 2024-01-01 10:00 naive, counted as if UTC (what a pyqtgraph date axis takes).
    assert int(r1.at.astype("int64")[0]) == 1704103200
    assert int(r1.at.astype("int64")[4]) == 1711974645  # 2024-04-01 12:30:45, fraction dropped


def test_readings_series_arrays_are_read_only(store) -> None:
    with store.session() as s:
        r1 = series.readings_series(s)["r1"]
    with pytest.raises(ValueError):
        r1.energy[0] = 3
    with pytest.raises(ValueError):
        r1.at[0] = np.datetime64("2000-01-01")


def test_readings_series_of_some_relations(store) -> None:
    with store.session() as s:
        got = series.readings_series(s, ["r4", "r3", "nope", "r4", "r2"])
        assert series.readings_series(s, []) == {}
        assert series.readings_series(s, ["r3"]) == {}
    assert list(got) == ["r2", "r4"]
    assert got["r2"].ids == ("rd-x",)
    assert got["r4"].ids == ("rd-z", "rd-y")
    assert got["r4"].energy.tolist() == [5, 1]


def test_readings_series_chunks_the_ids(store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(series, "CHUNK", 1)
    with store.session() as s:
        got = series.readings_series(s, ("r4", "r1", "r2"))
    assert list(got) == ["r1", "r2", "r4"]
    assert got["r1"].ids == ("rd-f", "rd-a", "rd-b", "rd-c", "rd-e", "rd-d")
    assert got["r1"].energy.tolist() == [5, 4, 2, 3, 1, 2]
    assert got["r4"].energy.tolist() == [5, 1]


# --------------------------------------------------------------------------- latest_readings

R1 = [(D(2024, 1, 1, 10, 0), 5), (D(2024, 2, 1), 4), (D(2024, 3, 1), 2), (D(2024, 3, 1), 3),
      (D(2024, 4, 1, 12, 30, 45, 250000), 1), (D(2024, 5, 1), 2)]


def test_latest_readings_cuts_each_relation_at_last_newest_last(store) -> None:
    with store.session() as s:
        got = series.latest_readings(s)
    assert got == {"r1": tuple(R1[-4:]),
                   "r2": ((D(2023, 6, 1), 3),),
                   "r4": ((D(2022, 1, 2), 5), (D(2022, 1, 3), 1))}
    assert list(got) == ["r1", "r2", "r4"]


@pytest.mark.parametrize("last", [1, 2, 3, 5, 6, 7])
def test_latest_readings_window(store, last: int) -> None:
    with store.session() as s:
        got = series.latest_readings(s, last=last)
    assert got["r1"] == tuple(R1[-last:])
    assert got["r4"] == ((D(2022, 1, 2), 5), (D(2022, 1, 3), 1))[-last:]
    assert got["r2"] == ((D(2023, 6, 1), 3),)


def test_latest_readings_breaks_ties_by_id(store) -> None:
    # rd-b and rd-c share 2024-03-01: rd-c (the higher id) is the later one, as in the series.
    with store.session() as s:
        assert series.latest_readings(s, last=3)["r1"] == (
            (D(2024, 3, 1), 3), (D(2024, 4, 1, 12, 30, 45, 250000), 1), (D(2024, 5, 1), 2))


@pytest.mark.parametrize("last", [0, -1])
def test_latest_readings_refuses_an_empty_window(store, last: int) -> None:
    with store.session() as s, pytest.raises(ValueError, match=f"not {last}"):
        series.latest_readings(s, last=last)


# --------------------------------------------------------------------------- relation_ends

def test_relation_ends_are_ordered_pairs_by_relation_id(store) -> None:
    with store.session() as s:
        got = series.relation_ends(s)
    assert got == {"r1": ("ann", "me"), "r2": ("ann", "bob"), "r3": ("bob", "me"),
                   "r4": ("bob", "cas")}
    assert list(got) == ["r1", "r2", "r3", "r4"]


# --------------------------------------------------------------------------- contact_dates

def test_contact_dates_per_stakeholder_oldest_first(store) -> None:
    with store.session() as s:
        got = series.contact_dates(s)
    assert got == {
        "ann": (D(2024, 5, 1, 12, 30), D(2024, 5, 10, 9, 0), D(2024, 6, 5, 14, 0), D(2024, 6, 5, 14, 0)),
        "bob": (D(2024, 5, 10, 9, 0), D(2024, 5, 28, 23, 59, 59), D(2024, 5, 29)),
        "cas": (D(2024, 5, 28, 23, 59, 59),),
        "me": (D(2024, 5, 10, 9, 0),),
    }
    assert list(got) == ["ann", "bob", "cas", "me"]  # dee never took part: absent


# --------------------------------------------------------------------------- remarks_since

ALL_REMARKS = (
    RemarkSeen("ann", "money", "remark", D(2024, 5, 1, 12, 30), "i2", "Costs"),
    RemarkSeen("ann", "time", "doubt", D(2024, 5, 10, 9, 0), "i1", "Worth it?"),
    RemarkSeen("bob", "time", "question", D(2024, 5, 10, 9, 0), "i1", "How long?"),
    RemarkSeen("cas", "hubs", "idea", D(2024, 5, 28, 23, 59, 59), "i4", "Try hubs"),
    RemarkSeen("bob", "workload", "doubt", D(2024, 5, 29), "i3", "Too much"),
    RemarkSeen("ann", "time", "remark", D(2024, 6, 5, 14, 0), "i0", "Fine now"),
    RemarkSeen("ann", "thanks", "remark", D(2024, 6, 5, 14, 0), "i5", "Thanks"),
)


def test_remarks_since_orders_by_time_then_interaction_then_position(store) -> None:
    with store.session() as s:
        assert series.remarks_since(s, D(2000, 1, 1)) == ALL_REMARKS


@pytest.mark.parametrize(("since", "first"), [
    (D(2024, 5, 29), 4),                 # exactly an interaction's time: included
    (date(2024, 5, 29), 4),              # a date means its midnight
    (D(2024, 5, 28, 23, 59, 59), 3),
    (D(2024, 5, 29, 0, 0, 1), 5),
    (date(2024, 5, 10), 1),
    (D(2024, 5, 10, 9, 0), 1),
    (D(2024, 5, 10, 9, 0, 1), 3),
    (D(2024, 6, 5, 14, 0), 5),
    (D(2024, 6, 5, 14, 0, 1), 7),
])
def test_remarks_since_is_inclusive(store, since: date, first: int) -> None:
    with store.session() as s:
        assert series.remarks_since(s, since) == ALL_REMARKS[first:]


def test_remarks_since_of_some_kinds(store) -> None:
    with store.session() as s:
        assert series.remarks_since(s, date(2024, 5, 1), kinds=[RemarkKind.DOUBT]) == (
            ALL_REMARKS[1], ALL_REMARKS[4])
        assert series.remarks_since(s, date(2024, 5, 1), kinds=("idea", "question")) == (
            ALL_REMARKS[2], ALL_REMARKS[3])
        assert series.remarks_since(s, date(2024, 5, 11), kinds=["doubt"]) == (ALL_REMARKS[4],)
        assert series.remarks_since(s, date(2024, 5, 1), kinds=[]) == ()


# --------------------------------------------------------------------------- open_followups

def test_open_followups_by_due_then_id_undated_last_done_left_out(store) -> None:
    with store.session() as s:
        assert series.open_followups(s) == (
            OpenFollowup("fu4", "thank", date(2024, 5, 15), "me", "i5"),
            OpenFollowup("fu1", "send plan", date(2024, 5, 20), "ann", "i1"),
            OpenFollowup("fu5", "call back", date(2024, 5, 20), "me", "i1"),
            OpenFollowup("fu3", "someday", None, None, "i3"),
        )


# --------------------------------------------------------------------------- stakeholder_status

def test_stakeholder_status_columns_by_id(store) -> None:
    with store.session() as s:
        got = series.stakeholder_status(s)
    assert got == StakeholderColumns(
        ids=("ann", "bob", "cas", "dee", "me"),
        kinds=("person", "company", "person", "government", "facilitator"),
        statuses=("active", "prospect", "own_way", "active", "core"),
        names=("Ann", "Bob", "Cas", "Dee", "Aafke"),  # by id, not by name
    )
    assert got.kinds.index("facilitator") == got.ids.index("me")


def test_stakeholder_status_of_some_ids_by_id_in_chunks(store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(series, "CHUNK", 2)
    with store.session() as s:
        got = series.stakeholder_status(s, ["me", "dee", "nobody", "ann", "dee", "cas"])
        assert series.stakeholder_status(s, []) == StakeholderColumns((), (), (), ())
    assert got == StakeholderColumns(
        ids=("ann", "cas", "dee", "me"),
        kinds=("person", "person", "government", "facilitator"),
        statuses=("active", "own_way", "active", "core"),
        names=("Ann", "Cas", "Dee", "Aafke"),
    )


# --------------------------------------------------------------------------- empty and helpers

def test_an_empty_workspace_gives_empty_results(make_store) -> None:
    store = make_store()
    with store.session() as s:
        assert series.readings_series(s) == {}
        assert series.readings_series(s, ["r1"]) == {}
        assert series.latest_readings(s) == {}
        assert series.relation_ends(s) == {}
        assert series.contact_dates(s) == {}
        assert series.remarks_since(s, date(2000, 1, 1)) == ()
        assert series.open_followups(s) == ()
        status = series.stakeholder_status(s)
    assert len(status.ids) == 1 and status.kinds == ("facilitator",)  # the new file's own


def test_stakeholder_status_without_stakeholders_is_empty_columns(store) -> None:
    with store.begin() as s:
        s.execute(delete(TABLES["stakeholders"]))
    with store.session() as s:
        assert series.stakeholder_status(s) == StakeholderColumns((), (), (), ())


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_as_it_was_afterwards(store, enabled: bool) -> None:
    import gc

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with store.session() as s:
            assert series.contact_dates(s)
            assert gc.isenabled() is enabled
            with pytest.raises(ValueError):
                series.latest_readings(s, last=0)
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_datetime64_takes_text_and_datetime_objects() -> None:
    # SQLite hands back SQLAlchemy's ISO text; a driver with a native timestamp (PostgreSQL)
    # gives datetime objects. Both become the same microsecond values.
    text = series._datetime64(["2024-03-01 10:20:30.000007", "2024-03-02 00:00:00.000000"])
    objects = series._datetime64([D(2024, 3, 1, 10, 20, 30, 7), D(2024, 3, 2)])
    assert text.dtype == objects.dtype == np.dtype("datetime64[us]")
    assert text.tolist() == objects.tolist() == [D(2024, 3, 1, 10, 20, 30, 7), D(2024, 3, 2)]
    assert series._datetime64([]).tolist() == []


def test_the_statements_compile_for_postgresql() -> None:
    """No SQLite-only SQL: every statement also compiles for PostgreSQL, as expected."""
    from types import SimpleNamespace

    from sqlalchemy.dialects import postgresql

    class Empty:
        cursor = SimpleNamespace(fetchall=lambda: [])

        def close(self) -> None:
            pass

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(())

    class Recorder:
        def __init__(self) -> None:
            self.sql: list[str] = []

        def execute(self, stmt):  # type: ignore[no-untyped-def]
            self.sql.append(str(stmt.compile(dialect=postgresql.dialect())))
            return Empty()

        def connection(self):  # type: ignore[no-untyped-def]
            return self

    s = Recorder()
    series.readings_series(s, ["r1"])  # type: ignore[arg-type]
    series.latest_readings(s)  # type: ignore[arg-type]
    series.relation_ends(s)  # type: ignore[arg-type]
    series.contact_dates(s)  # type: ignore[arg-type]
    series.remarks_since(s, date(2024, 1, 1), ["doubt"])  # type: ignore[arg-type]
    series.open_followups(s)  # type: ignore[arg-type]
    series.stakeholder_status(s)  # type: ignore[arg-type]
    assert len(s.sql) == 7
    assert ("row_number() OVER (PARTITION BY readings.relation_id "
            "ORDER BY readings.at DESC, readings.id DESC)") in s.sql[1]
    assert "followups.done IS false ORDER BY followups.due ASC NULLS LAST, followups.id" in s.sql[5]
    for sql in s.sql:
        assert not any(word in sql.lower() for word in ("strftime", "julianday", "group_concat", "rowid"))
