"""Erasing a person (unrecoverably: not in the file, its -wal, or later backups) and
exporting everything about one, on real workspace files read back as raw bytes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.conftest import small_dataset
from workbench.interchange import json_v1
from workbench.interchange import person as person_file
from workbench.model import (
    Channel,
    Dataset,
    Followup,
    Interaction,
    Remark,
    RemarkKind,
    Session,
    Stakeholder,
)
from workbench.store import backups, check_workspace, open_store, privacy, queries
from workbench.store.database import Store
from workbench.store.imports import import_dataset

NAME = "Anna Bakker"
SECRETS = [b"Anna Bakker", b"anna bakker", b"ANNA BAKKER", b"anna@example.org", b"+31 6 0000 1234"]


def mentioning_dataset() -> Dataset:
    """The small dataset, with Anna named in other people's texts everywhere."""
    d = small_dataset()
    anna = next(s for s in d.stakeholders if s.id == "anna")
    people = [replace(anna, phone="+31 6 0000 1234") if s.id == "anna" else
              replace(s, notes="Introduced by Anna  bakker (call +31-6-0000-1234).",
                      fields={"Contact via": "anna@example.org", "Anna Bakker's pick": True})
              if s.id == "piet" else s for s in d.stakeholders]
    people.append(Stakeholder(id="kees", name="Kees Smit", notes="Works with Anna on the plan."))
    talk = Interaction(id="i2", at=datetime(2020, 4, 2, 15, 0), channel=Channel.MEETING,
                       with_=("anna", "piet", "me"), summary="Piet and Anna Bakker disagree on time.",
                       remarks=(Remark(id="i2/remark-1", by="piet", text="Anna Bakker should lead",
                                       theme="lead", kind=RemarkKind.IDEA),
                                Remark(id="i2/remark-2", by="anna", text="I doubt it",
                                       kind=RemarkKind.DOUBT)),
                       followups=(Followup(id="i2/followup-1", what="ask ANNA BAKKER for slides", who="piet"),
                                  Followup(id="i2/followup-2", what="send Anna the notes", who="anna"),
                                  Followup(id="i2/followup-3", what="book a room")))
    return replace(
        d, stakeholders=tuple(people), interactions=(*d.interactions, talk),
        sessions=(replace(d.sessions[0], goal="Hear what Anna Bakker thinks"),
                  Session(id="s2", title="Without her", at=datetime(2020, 6, 1, 10, 0), attendees=("piet",),
                          goal="plan")),
        relations=(*d.relations[:1], replace(d.relations[1], a="piet", b="kees", note="met at Anna Bakker's")),
        readings=(d.readings[0],))


@pytest.fixture
def store(make_store: Any) -> Store:
    s = make_store(data=mentioning_dataset())
    with s.begin() as db:
        queries.save_draft(db, "meeting", {"attendees": ["anna", "piet"], "summary": ""}, datetime(2020, 4, 3))
        queries.save_draft(db, "other", {"summary": "ask Anna Bakker later", "attendees": ["piet"]},
                           datetime(2020, 4, 3))
        f = privacy.T["followups"]
        db.execute(f.insert().values(id="own", interaction_id=None, position=0, what="call Anna Bakker",
                                     due=date(2020, 5, 1), done=False, who_id="anna"))
        db.execute(f.insert().values(id="own2", interaction_id=None, position=0,
                                     what="tell Piet about Anna Bakker", done=False, who_id="piet"))
    return s


def raw(path: Path) -> bytes:
    """The bytes of the workspace file and its -wal, as they are on disk."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def assert_gone(data: bytes) -> None:
    lowered = data.lower()
    for secret in SECRETS:
        assert secret.lower() not in lowered, secret


def test_the_name_is_in_the_bytes_before(store: Store) -> None:
    """The test below can fail: before the erase, the bytes do hold the name."""
    assert b"Anna Bakker" in raw(store.path)


def test_erase_removes_everything_that_is_theirs(store: Store) -> None:
    erasure = privacy.erase(store, "anna")
    assert erasure.name == NAME
    with store.session() as s:
        d = queries.dataset(s)
        counts = queries.counts(s)
    assert "anna" not in {p.id for p in d.stakeholders}
    assert [r.id for r in d.relations] == ["r2"]  # r1 (me–anna) went, with its reading
    assert d.readings == ()
    assert erasure.counts == {"relations": 1, "readings": 1, "contacts": 2, "contacts_removed": 1,
                              "remarks": 2, "followups": 3, "sessions": 1, "groups": 1, "drafts": 1}
    # i1 was with Anna and the facilitator only: gone whole; i2 stays without her
    assert [i.id for i in d.interactions] == ["i2"]
    i2 = d.interactions[0]
    assert i2.with_ == ("me", "piet")
    assert [r.by for r in i2.remarks] == ["piet"]
    assert sorted(f.id for f in i2.followups) == ["i2/followup-1", "i2/followup-3"]
    assert [x.attendees for x in d.sessions] == [("piet",), ("piet",)]
    assert counts["drafts"] == 1  # the meeting with her went; the other draft stays, scrubbed
    assert counts["followups"] == 3  # own (for her) went; own2 stays


def test_erase_replaces_mentions_in_other_texts_and_says_where(store: Store) -> None:
    erasure = privacy.erase(store, "anna")
    with store.session() as s:
        d = queries.dataset(s)
        draft = queries.draft(s, "other")
        own2 = s.execute(privacy.select(privacy.T["followups"].c.what)
                         .where(privacy.T["followups"].c.id == "own2")).scalar()
    piet = next(p for p in d.stakeholders if p.id == "piet")
    assert piet.notes == "Introduced by [erased] (call [erased])."
    assert piet.fields == {"Contact via": "[erased]", "[erased]'s pick": True}
    kees = next(p for p in d.stakeholders if p.id == "kees")
    assert kees.notes == "Works with [erased] on the plan."  # her first name: no one else has it
    i2 = d.interactions[0]
    assert i2.summary == "Piet and [erased] disagree on time."
    assert i2.remarks[0].text == "[erased] should lead"
    assert {f.what for f in i2.followups} == {"ask [erased] for slides", "book a room"}
    assert d.sessions[0].goal == "Hear what [erased] thinks"
    assert d.relations[0].note == "met at [erased]'s"
    assert draft == {"summary": "ask [erased] later", "attendees": ["piet"]}
    assert own2 == "tell Piet about [erased]"
    places = {(m.table, m.column) for m in erasure.mentions}
    assert places == {("stakeholders", "notes"), ("stakeholders", "fields"), ("interactions", "summary"),
                      ("remarks", "text"), ("followups", "what"), ("sessions", "goal"),
                      ("relations", "note"), ("drafts", "data")}
    by_key = {(m.table, m.key): m.subject for m in erasure.mentions}
    assert by_key[("stakeholders", "piet")] == "Piet Jansen"
    assert by_key[("sessions", "s1")] == "Inner circle, 2020-05-28"
    assert by_key[("interactions", "i2")] == "meeting, 2020-04-02"
    assert by_key[("relations", "r2")] == "Kees Smit – Piet Jansen"  # stored a < b
    assert by_key[("followups", "own2")] == ""


def test_no_byte_of_them_is_left_in_the_file_or_its_wal(store: Store) -> None:
    with store.begin() as s:  # enough of her for whole pages to be freed
        s.execute(privacy.T["readings"].insert(), [
            {"id": f"x{i}", "relation_id": "r1", "at": datetime(2020, 1, 1), "energy": 3, "source": "sense",
             "note": f"Anna Bakker, reading {i}"} for i in range(3000)])
    privacy.erase(store, "anna")
    assert Path(f"{store.path}-wal").stat().st_size == 0  # checkpointed and truncated
    assert_gone(raw(store.path))
    con = sqlite3.connect(store.path)
    try:
        assert con.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed: no free pages
    finally:
        con.close()
    store.close()
    assert check_workspace(store.path) == []
    assert_gone(raw(store.path))


def test_secure_delete_is_set_by_the_erase_itself(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever SQLite was built with (here secure_delete is on by default), the erase
    sets it: with it forced off on every connection and no VACUUM, the freed bytes must
    still be zeros."""
    @event.listens_for(store.engine, "connect")
    def _off(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    store.engine.dispose()  # new connections, with it off
    with store.session() as s:
        assert s.exec_driver_sql("PRAGMA secure_delete").scalar() == 0

    def checkpoint_only(st: Store) -> None:
        raw_con = st.engine.raw_connection()
        try:
            raw_con.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw_con.close()

    monkeypatch.setattr(privacy, "scrub", checkpoint_only)
    privacy.erase(store, "anna")
    assert_gone(raw(store.path))


def test_preview_says_the_same_and_changes_nothing(store: Store) -> None:
    with store.session() as s:
        before = queries.dataset(s), queries.counts(s)
    seen = privacy.preview(store, "anna")
    with store.session() as s:
        assert (queries.dataset(s), queries.counts(s)) == before
    done = privacy.erase(store, "anna")
    assert seen == done


@pytest.mark.parametrize(("who", "reason"), [("nobody", "missing"), ("me", "facilitator")])
def test_erase_refuses_no_one_and_the_facilitator(store: Store, who: str, reason: str) -> None:
    with store.session() as s:
        before = queries.dataset(s)
    with pytest.raises(privacy.ErasureRefused) as caught:
        privacy.erase(store, who)
    assert caught.value.reason == reason
    with store.session() as s:
        assert queries.dataset(s) == before


def test_a_shared_first_name_is_left_alone(make_store: Any) -> None:
    """Her first name alone is replaced only when nobody else has it; her full name always."""
    d = mentioning_dataset()
    d = replace(d, stakeholders=(*d.stakeholders, Stakeholder(id="anna2", name="Anna Visser")))
    store = make_store(data=d)
    privacy.erase(store, "anna")
    with store.session() as s:
        kees = queries.stakeholder(s, "kees")
        piet = queries.stakeholder(s, "piet")
    assert kees is not None and kees.notes == "Works with Anna on the plan."
    assert piet is not None and "[erased]" in piet.notes


def test_patterns() -> None:
    anna = Stakeholder(id="a", name="Anna  de Wit", email=" Anna@Example.org ", phone="06-1234 5678")
    found = privacy.patterns(anna, ["Piet", "Annabel Smit"])
    scrub = privacy.scrub_text
    assert scrub("anna DE\nwit, ANNA@example.ORG, 06 12 34 56 78 or (06)12345678", found) == \
        "[erased], [erased], [erased] or ([erased]"
    assert scrub("Annabel and Anna and anna and Hanna", found) == "Annabel and [erased] and anna and Hanna"
    assert scrub("+31 06-1234-5678", found) == "+31 [erased]"
    short = privacy.patterns(Stakeholder(id="b", name="Al Bo", phone="12345"), [])
    assert scrub("Al and 12345 and Also", short) == "Al and 12345 and Also"  # too short to be sure
    org = privacy.patterns(Stakeholder(id="c", name="Stichting Waarde", kind=privacy.StakeholderKind.FOUNDATION), [])
    assert scrub("Stichting Waarde and Stichting Anders", org) == "[erased] and Stichting Anders"
    assert len(privacy.patterns(anna, ["Anna Visser"])) == 3  # name, e-mail, phone


def test_free_text_columns_leave_keys_and_codes_alone() -> None:
    t = privacy.T
    assert privacy.free_text_columns(t["stakeholders"]) == [
        "name", "organisation", "role", "interests", "needs", "drivers", "value", "notes", "email",
        "phone", "tags", "fields"]
    assert privacy.free_text_columns(t["remarks"]) == ["theme", "text"]
    assert privacy.free_text_columns(t["session_attendees"]) == []
    assert privacy.free_text_columns(t["drafts"]) == ["data"]
    assert "phase" not in privacy.free_text_columns(t["workspace"])


def test_backups_after_the_erase_hold_nothing_of_them(store: Store) -> None:
    old = backups.make_backup(store, datetime(2020, 1, 1, 9, 0))
    assert b"Anna Bakker" in old.path.read_bytes()
    privacy.erase(store, "anna")
    new = backups.make_backup(store, datetime(2020, 1, 1, 10, 0))
    assert_gone(new.path.read_bytes())
    assert check_workspace(new.path) == []
    assert backups.delete_backups(store.path, before=datetime(2020, 1, 1, 9, 30)) == [old.path]
    assert [b.path for b in backups.backups_of(store.path)] == [new.path]


def test_person_export_holds_everything_about_them_and_imports(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        data = privacy.person_dataset(s, "anna")
    out = tmp_path / "anna.json"
    person_file.write(data.dataset, "anna", out, data.followups)
    text = out.read_text("utf-8")
    assert text.startswith('{\n  "format": "voelspriet"')  # indented: readable
    doc = json.loads(text)
    assert doc["person"] == "anna"
    assert doc["followups"] == [{"what": "call Anna Bakker", "due": "2020-05-01", "done": False, "who": "anna"}]
    people = {p["id"]: p for p in doc["stakeholders"]}
    assert people["anna"]["email"] == "anna@example.org" and people["anna"]["groups"] == ["inner"]
    # the others only as who they are: no notes, no contact details
    assert people["piet"] == {**people["piet"], "name": "Piet Jansen", "notes": "", "email": "", "fields": {}}
    assert set(people) == {"anna", "me", "piet"}
    assert [g["id"] for g in doc["groups"]] == ["inner"]
    assert [r["id"] for r in doc["relations"]] == ["r1"]
    assert [r["id"] for r in doc["readings"]] == ["rd1"]
    talks = {i["id"]: i for i in doc["interactions"]}
    assert set(talks) == {"i1", "i2"}
    assert [r["by"] for r in talks["i2"]["remarks"]] == ["anna"]  # not what Piet said
    assert [f["what"] for f in talks["i2"]["followups"]] == ["send Anna the notes", "book a room"]
    assert [x["id"] for x in doc["sessions"]] == ["s1"]
    assert (out.stat().st_mode & 0o777) == 0o600
    # importable: into a new workspace, as any Voelspriet file
    read = json_v1.read(out)
    fresh = open_store(tmp_path / "fresh.voelspriet", create=True)
    try:
        with fresh.begin() as s:
            import_dataset(s, read)
        with fresh.session() as s:
            assert queries.stakeholder(s, "anna") is not None
            assert len(queries.interactions(s)) == 2
    finally:
        fresh.close()
    assert check_workspace(tmp_path / "fresh.voelspriet") == []


def test_person_export_of_no_one_is_refused(store: Store) -> None:
    with store.session() as s, pytest.raises(privacy.ErasureRefused):
        privacy.person_dataset(s, "nobody")


def test_every_kind_of_place_is_named_by_its_own_data(make_store: Any) -> None:
    from workbench.model import Group, Reading, WorkspaceInfo

    d = mentioning_dataset()
    d = replace(d, workspace=replace(d.workspace or WorkspaceInfo(), about="Started by Anna Bakker"),
                groups=(*d.groups, Group(id="fans", name="Anna Bakker fans")),
                readings=(*d.readings, Reading(id="rd9", relation="r2", at=datetime(2020, 3, 5, 9, 0), energy=3,
                                               note="Anna Bakker was there")))
    store = make_store(data=d)
    with store.begin() as s:
        queries.save_draft(s, "other", {"summary": "ask Anna Bakker later"}, datetime(2020, 4, 3))
    erasure = privacy.erase(store, "anna")
    subjects = {(m.table, m.key, m.column): m.subject for m in erasure.mentions}
    assert subjects[("workspace", "1", "about")] == ""
    assert subjects[("groups", "fans", "name")] == "[erased] fans"
    assert subjects[("readings", "rd9", "note")] == "2020-03-05"
    assert subjects[("drafts", "other", "data")] == "other"
    assert subjects[("remarks", "i2/remark-1", "text")] == "meeting, 2020-04-02"
    assert subjects[("followups", "i2/followup-1", "what")] == "meeting, 2020-04-02"
    assert subjects[("stakeholders", "piet", "notes")] == "Piet Jansen"
    with store.session() as s:
        assert queries.workspace_info(s).about == "Started by [erased]"
        assert [g.name for g in queries.groups(s) if g.id == "fans"] == ["[erased] fans"]


def test_where_a_phone_number_and_a_first_name_are_long_enough() -> None:
    six = privacy.patterns(Stakeholder(id="a", name="Bob Smit", phone="12-34-56"), [])
    assert privacy.scrub_text("Bob: 123456, 12 34 56; Bobby", six) == "[erased]: [erased], [erased]; Bobby"
    five = privacy.patterns(Stakeholder(id="a", name="Bob Smit", phone="12345"), [])
    assert privacy.scrub_text("12345", five) == "12345"
    assert len(five) == 2  # the name and the first name; no phone
    one_word = privacy.patterns(Stakeholder(id="a", name="Madonna"), [])
    assert len(one_word) == 1 and privacy.scrub_text("madonna", one_word) == "[erased]"


def test_person_export_keeps_the_others_minimal_and_the_groups_whole(store: Store) -> None:
    with store.session() as s:
        data = privacy.person_dataset(s, "anna")
    d = data.dataset
    piet = next(p for p in d.stakeholders if p.id == "piet")
    assert (piet.kind.value, piet.status.value, piet.notes, piet.fields, piet.groups) == ("person", "own_way", "", {}, ())
    assert d.groups[0].color == "#aaccee" and d.groups[0].show_region
    assert d.workspace is None and d.settings is None
    assert [f.id for f in data.followups] == ["own"]
    assert data.followups[0].due == date(2020, 5, 1) and data.followups[0].done is False


class _Busy:
    """A connection whose checkpoint is kept from finishing *times* times (a reader)."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.calls: list[str] = []

    def execute(self, sql: str) -> "_Busy":
        self.calls.append(sql)
        return self

    def fetchone(self) -> tuple[int, int, int]:
        self.times -= 1
        return (1, 5, 2) if self.times >= 0 else (0, 5, 5)


def test_a_checkpoint_kept_busy_is_tried_again_then_said(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr(privacy.time, "sleep", waits.append)
    con = _Busy(privacy.CHECKPOINT_TRIES - 1)
    privacy._checkpoint(con, store)  # free on the last try
    assert con.calls == ["PRAGMA wal_checkpoint(TRUNCATE)"] * privacy.CHECKPOINT_TRIES
    assert waits == [0.05] * (privacy.CHECKPOINT_TRIES - 1)
    with pytest.raises(privacy.WorkspaceError) as caught:
        privacy._checkpoint(_Busy(privacy.CHECKPOINT_TRIES), store)
    assert caught.value.reason == "already_open"
    assert "another program is reading the workspace" in str(caught.value)


def test_their_id_as_a_value_of_its_own_is_erased_and_other_drafts_stay(make_store: Any) -> None:
    d = mentioning_dataset()
    d = replace(d, stakeholders=tuple(replace(p, fields={"friends": ["anna", "kees"], "anna": {"since": 2019}})
                                      if p.id == "kees" else p for p in d.stakeholders),
                interactions=(*d.interactions, Interaction(id="i3", at=datetime(2020, 4, 9), channel=Channel.CALL,
                                                           with_=("piet", "me"), summary="about the room")))
    store = make_store(data=d)
    with store.begin() as s:
        queries.save_draft(s, "numbers", {"energy": {"piet": 4}, "count": 2, "done": None}, datetime(2020, 4, 3))
    erasure = privacy.erase(store, "anna")
    assert erasure.person_id == "anna"
    assert erasure.counts["contacts"] == 2 and erasure.counts["contacts_removed"] == 1  # i3 was not hers
    with store.session() as s:
        kees = queries.stakeholder(s, "kees")
        assert kees is not None and kees.fields == {"friends": ["[erased]", "kees"], "[erased]": {"since": 2019}}
        assert queries.draft(s, "numbers") == {"energy": {"piet": 4}, "count": 2, "done": None}
        assert [i.id for i in queries.interactions(s)] == ["i2", "i3"]


def test_refusals_say_which(store: Store) -> None:
    with pytest.raises(privacy.ErasureRefused, match=r"^no stakeholder with id 'nobody'$"):
        privacy.erase(store, "nobody")
    with pytest.raises(privacy.ErasureRefused, match=r"^the facilitator cannot be erased$"):
        privacy.erase(store, "me")


def test_a_first_name_shared_in_another_case_is_left_alone() -> None:
    found = privacy.patterns(Stakeholder(id="a", name="Anna Bakker"), ["ANNA VISSER"])
    assert privacy.scrub_text("Anna said so", found) == "Anna said so"


def test_person_export_leaves_out_what_is_not_theirs(make_store: Any) -> None:
    from workbench.model import Reading

    d = mentioning_dataset()
    d = replace(d, readings=(*d.readings, Reading(id="rd9", relation="r2", at=datetime(2020, 3, 5), energy=2)),
                interactions=(*d.interactions, Interaction(id="i3", at=datetime(2020, 4, 9), channel=Channel.CALL,
                                                           with_=("piet", "me"))))
    store = make_store(data=d)
    with store.session() as s:
        data = privacy.person_dataset(s, "anna")
    assert data.person_id == "anna"
    assert [r.id for r in data.dataset.readings] == ["rd1"]  # not the reading between Piet and Kees
    assert [i.id for i in data.dataset.interactions] == ["i1", "i2"]
    kinds = {p.id: p.kind.value for p in data.dataset.stakeholders}
    assert kinds == {"anna": "person", "me": "facilitator", "piet": "person"}  # not Kees: not in hers
