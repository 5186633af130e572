"""Voelspriet JSON v1: lossless round trips through real files and workspaces, and every
way a document can be wrong refused with its JSON path and what was expected."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.conftest import normalized
from tests.interchange.conftest import content
from workbench.interchange import InterchangeError, json_v1
from workbench.interchange.formats import read_any, write_any
from workbench.model import Dataset
from workbench.workspace import Workspace

Doc = dict[str, Any]


@pytest.fixture
def document(dataset: Dataset) -> Doc:
    return json.loads(json.dumps(json_v1.document(dataset)))


def write(tmp_path: Path, doc: Any, name: str = "doc.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- round trips

def test_file_round_trip_is_lossless(tmp_path: Path, dataset: Dataset) -> None:
    path = tmp_path / "out.json"
    write_any(dataset, path)
    assert normalized(read_any(path)) == normalized(dataset)


def test_workspace_round_trip_gives_the_same_document(ws: Workspace, empty_ws: Workspace,
                                                      tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    ws.export_file(first)
    summary = empty_ws.import_file(first)
    assert summary.added["stakeholders"] == 4 and summary.added["readings"] == 2
    second = tmp_path / "second.json"
    empty_ws.export_file(second)
    assert normalized(json_v1.read(first)) == normalized(json_v1.read(second))
    assert content(empty_ws) == content(ws)


def test_reimport_updates_by_id_and_replaces_whole_entities(ws: Workspace, tmp_path: Path,
                                                             document: Doc) -> None:
    anna = next(s for s in document["stakeholders"] if s["id"] == "anna")
    anna["interests"] = ""
    anna["groups"] = []
    path = write(tmp_path, document)
    summary = ws.import_file(path)
    assert summary.updated["stakeholders"] == 1 and not any(summary.added.values())
    assert summary.unchanged["stakeholders"] == 3
    assert ws.stakeholder("anna").interests == "" and ws.stakeholder("anna").groups == ()
    assert len(ws.stakeholders()) == 4
    assert ws.undo_stack.undoText() == "Import doc.json"


def test_a_document_without_workspace_or_settings_keeps_the_workspaces_own(
        ws: Workspace, tmp_path: Path) -> None:
    info, settings = ws.info(), ws.settings()
    ws.import_file(write(tmp_path, {"format": "voelspriet", "version": 1,
                                    "stakeholders": [{"id": "x", "name": "X"}]}))
    assert ws.info() == info and ws.settings() == settings


# --------------------------------------------------------------------------- bad files

def test_file_level_problems(tmp_path: Path) -> None:
    cases: list[tuple[bytes, str, str]] = [
        (b"", "line 1 column 1", "not valid JSON"),
        (b'{"format": "voelspriet", "version": 1, "stakeholders": [', "line 1 column 57", "not valid JSON"),
        (b"\xff\xfe{}", "", "is not a text file"),
        (b"[" * 100_000 + b"]" * 100_000, "", "nested too deeply"),
        (b'{"format": "voelspriet", "version": 1, "x": ' + b"9" * 5000 + b"}", "", "not valid JSON"),
    ]
    for data, where, fragment in cases:
        path = tmp_path / "bad.json"
        path.write_bytes(data)
        with pytest.raises(InterchangeError) as caught:
            read_any(path)
        assert (caught.value.where, fragment in caught.value.message) == (where, True), data[:40]
    with pytest.raises(InterchangeError, match="does not exist"):
        read_any(tmp_path / "missing.json")


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A mutation setting the value at a dotted path (``stakeholders.1.kind``)."""
    def mutate(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return mutate


def _drop(path: str) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        del target[last]
    return mutate


CASES: list[tuple[str, Callable[[Doc], None] | Any, str, str]] = [
    ("root", lambda doc: doc.clear() or doc.update(x=1), "$.format", "not a Voelspriet JSON file"),
    ("other version", _set("version", 2), "$.version", "version 2 is not supported"),
    ("workspace", _set("workspace", [1]), "$.workspace", "expected an object, got a list"),
    ("workspace name", _set("workspace.name", {"a": 1}), "$.workspace.name", "expected text, got an object"),
    ("phase", _set("workspace.phase", "chaos"), "$.workspace.phase", "expected one of network, community"),
    ("settings", _set("settings", "x"), "$.settings", "expected an object"),
    ("settings number", _set("settings.silence_min_days", "x"), "$.settings.silence_min_days",
     "expected a number, got text"),
    ("settings whole", _set("settings.silence_min_days", 2.5), "$.settings.silence_min_days",
     "expected a whole number"),
    ("settings range", _set("settings.low_energy_max", 9), "$.settings.low_energy_max", "expected 1 to 5"),
    ("settings date", _set("settings.as_of", "15 mei"), "$.settings.as_of", "expected an ISO 8601 date"),
    ("groups", _set("groups", {}), "$.groups", "expected a list, got an object"),
    ("group", _set("groups.0", "inner"), "$.groups[0]", "expected an object, got text"),
    ("group name", _set("groups.1.name", ""), "$.groups[1].name", "is empty"),
    ("group flag", _set("groups.0.show_region", "yes"), "$.groups[0].show_region", "expected true or false"),
    ("stakeholder id", _drop("stakeholders.2.id"), "$.stakeholders[2].id", "is missing"),
    ("stakeholder id type", _set("stakeholders.2.id", True), "$.stakeholders[2].id", "expected an id"),
    ("stakeholder name", _drop("stakeholders.1.name"), "$.stakeholders[1].name", "is missing"),
    ("kind", _set("stakeholders.1.kind", "alien"), "$.stakeholders[1].kind", "expected one of facilitator"),
    ("status", _set("stakeholders.1.status", "gone"), "$.stakeholders[1].status", "expected one of prospect"),
    ("tags", _set("stakeholders.1.tags", ["a", []]), "$.stakeholders[1].tags[1]", "expected text"),
    ("x", _set("stakeholders.1.x", "left"), "$.stakeholders[1].x", "expected a number"),
    ("huge x", _set("stakeholders.1.x", 10 ** 400), "$.stakeholders[1].x", "too large"),
    ("fields", _set("stakeholders.1.fields", [1]), "$.stakeholders[1].fields", "expected an object"),
    ("member of", _set("stakeholders.1.groups", ["inner", ""]), "$.stakeholders[1].groups[1]",
     "expected an id"),
    ("surrogate", _set("stakeholders.1.name", "\ud800"), "$.stakeholders[1].name", "invalid character"),
    ("relation end", _drop("relations.0.b"), "$.relations[0].b", "is missing"),
    ("reading date", _set("readings.0.at", "yesterday"), "$.readings[0].at", "expected an ISO 8601 date"),
    ("reading no date", _drop("readings.0.at"), "$.readings[0].at", "is missing"),
    ("energy range", _set("readings.0.energy", 6), "$.readings[0].energy", "expected 1 to 5, got 6"),
    ("energy zero", _set("readings.1.energy", 0), "$.readings[1].energy", "expected 1 to 5, got 0"),
    ("energy whole", _set("readings.0.energy", 3.5), "$.readings[0].energy", "expected a whole number"),
    ("energy type", _set("readings.0.energy", "high"), "$.readings[0].energy", "expected a number"),
    ("source", _set("readings.0.source", "rumour"), "$.readings[0].source", "expected one of conversation"),
    ("interaction date", _set("interactions.0.at", "2020-13-01"), "$.interactions[0].at",
     "expected an ISO 8601 date"),
    ("channel", _set("interactions.0.channel", "sense"), "$.interactions[0].channel",
     "expected one of conversation"),
    ("with", _set("interactions.0.with", "anna"), "$.interactions[0].with", "expected a list"),
    ("remark", _set("interactions.0.remarks.0", 1), "$.interactions[0].remarks[0]", "expected an object"),
    ("remark kind", _set("interactions.0.remarks.0.kind", "rant"), "$.interactions[0].remarks[0].kind",
     "expected one of doubt"),
    ("follow-up", _set("interactions.0.followups.0.what", ""), "$.interactions[0].followups[0].what",
     "is empty"),
    ("due", _set("interactions.0.followups.0.due", "soon"), "$.interactions[0].followups[0].due",
     "expected an ISO 8601 date"),
    ("done", _set("interactions.0.followups.0.done", 1), "$.interactions[0].followups[0].done",
     "expected true or false"),
    ("session title", _drop("sessions.0.title"), "$.sessions[0].title", "is missing"),
    # a file with titles only (another tool's): they are read, and checked
    ("agenda", lambda doc: (_drop("sessions.0.agenda_items")(doc), _set("sessions.0.agenda", ["a", None])(doc)),
     "$.sessions[0].agenda[1]", "expected text, got null"),
    ("agenda item", _set("sessions.0.agenda_items", [{"title": "a"}, {"minutes": 5}]),
     "$.sessions[0].agenda_items[1].title", "is missing"),
    # whole-document rules (validate): they name the entity
    ("duplicate id", _set("stakeholders.3.id", "gem"), "stakeholders", "id 'gem' is used more than once"),
    ("unknown end", _set("relations.0.b", "ghost"), "relation 'r1'", "stakeholder 'ghost' does not exist"),
    ("self", _set("relations.0.b", "me"), "relation 'r1'", "connects 'me' with itself"),
    ("pair", _set("relations.1.a", "me"), "relation 'r2'", "already connected by 'r1'"),
    ("facilitators", _set("stakeholders.1.kind", "facilitator"), "stakeholders", "2 facilitators"),
    ("group ref", _set("stakeholders.1.groups", ["nowhere"]), "stakeholder 'anna'",
     "group 'nowhere' does not exist"),
    ("reading ref", _set("readings.0.relation", "r9"), "reading 'rd1'", "relation 'r9' does not exist"),
    ("interaction ref", _set("readings.0.interaction", "i9"), "reading 'rd1'",
     "interaction 'i9' does not exist"),
    ("participant", _set("interactions.0.with", ["anna", "ghost"]), "interaction 'i1'",
     "stakeholder 'ghost' does not exist"),
    ("remark by", _set("interactions.0.remarks.0.by", "ghost"), "interaction 'i1'", "remark by 'ghost'"),
    ("follow-up who", _set("interactions.0.followups.0.who", "ghost"), "interaction 'i1'",
     "follow-up for 'ghost'"),
    ("attendee", _set("sessions.0.attendees", ["ghost"]), "session 's1'", "attendee 'ghost' does not exist"),
]


@pytest.mark.parametrize(("mutate", "where", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_error_names_the_json_path(tmp_path: Path, document: Doc, mutate, where: str,
                                         fragment: str) -> None:
    doc = copy.deepcopy(document)
    mutate(doc)
    path = write(tmp_path, doc)
    with pytest.raises(InterchangeError) as caught:
        read_any(path)
    assert caught.value.where == where
    assert fragment in caught.value.message
    assert str(caught.value) == f"{path}: {where}: {caught.value.message}"


def test_a_failed_import_changes_nothing(ws: Workspace, tmp_path: Path, document: Doc) -> None:
    before = content(ws)
    doc = copy.deepcopy(document)
    doc["stakeholders"][1]["name"] = "Changed"
    doc["readings"][1]["energy"] = 7
    with pytest.raises(InterchangeError, match=r"\$\.readings\[1\]\.energy"):
        ws.import_file(write(tmp_path, doc))
    assert content(ws) == before
    assert ws.undo_stack.count() == 0
