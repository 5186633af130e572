"""Voelspriet JSON v1 (PRODUCT.md): a lossless reader and writer.

Ids are kept, so a re-import updates instead of duplicating. Items without ids in the
format (readings, remarks, follow-ups) get ids derived from their place, stable across
re-imports. Unknown keys are ignored. Errors name the JSON path and what was expected.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable, TypeVar

from workbench.interchange.errors import InterchangeError
from workbench.interchange.validate import SETTING_RANGES, quoted, validate
from workbench.model import (
    AgendaItem,
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

FORMAT = "voelspriet"
VERSION = 1
E = TypeVar("E", bound=StrEnum)


class _Reader:
    """Typed access to a JSON tree that reports the path of anything wrong."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> None:
        raise InterchangeError(self.source, path, message)

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_kind(value)}")
        return value

    def list(self, parent: dict[str, Any], key: str, path: str, required: bool = False) -> list[Any]:
        value = parent.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is missing")
            return []
        if not isinstance(value, list):
            self.fail(f"{path}.{key}", f"expected a list, got {_kind(value)}")
        return value

    def text(self, parent: dict[str, Any], key: str, path: str, required: bool = False,
             default: str = "") -> str:
        value = parent.get(key)
        if value is None or (required and value == ""):
            if required:
                self.fail(f"{path}.{key}", "is missing" if value is None else "is empty")
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.fail(f"{path}.{key}", f"expected text, got {_kind(value)}")
        return self.encodable(str(value), f"{path}.{key}")

    def texts(self, parent: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        """A list of texts (tags, agenda items); each must be text or a number."""
        out = []
        for i, value in enumerate(self.list(parent, key, path)):
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                self.fail(f"{path}.{key}[{i}]", f"expected text, got {_kind(value)}")
            out.append(self.encodable(str(value), f"{path}.{key}[{i}]"))
        return tuple(out)

    def encodable(self, value: str, path: str) -> str:
        """*value*, refused when it holds a lone surrogate (JSON allows it, UTF-8 does not)."""
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(path, "contains an invalid character (a lone UTF-16 surrogate)")
        return value

    def fields(self, parent: dict[str, Any], path: str) -> dict[str, Any]:
        """Custom fields: an object whose names and values (any JSON, nested) are checked
        like every other text: a lone surrogate would make every later export fail."""
        fields = self.obj(parent.get("fields") or {}, f"{path}.fields")
        self._plain(fields, f"{path}.fields")
        return fields

    def _plain(self, value: Any, path: str) -> None:
        stack = [(value, path)]
        while stack:
            item, where = stack.pop()
            if isinstance(item, str):
                self.encodable(item, where)
            elif isinstance(item, float) and not math.isfinite(item):
                self.fail(where, f"expected a finite number, got {item}")
            elif isinstance(item, dict):
                for key, child in item.items():
                    self.encodable(key, f"{where} (a name)")
                    stack.append((child, f"{where}.{quoted(key, 40)[1:-1]}"))
            elif isinstance(item, list):
                stack.extend((child, f"{where}[{i}]") for i, child in enumerate(item))

    def ident(self, parent: dict[str, Any], key: str, path: str) -> str:
        value = parent.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value) == "":
            self.fail(f"{path}.{key}", "expected an id (a non-empty string)"
                      if value is not None else "is missing")
        return self.encodable(str(value), f"{path}.{key}")

    def ids(self, parent: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        out = []
        for i, value in enumerate(self.list(parent, key, path)):
            if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value) == "":
                self.fail(f"{path}.{key}[{i}]", "expected an id (a non-empty string)")
            out.append(self.encodable(str(value), f"{path}.{key}[{i}]"))
        return tuple(out)

    def enum(self, parent: dict[str, Any], key: str, path: str, kind: type[E], default: E) -> E:
        value = parent.get(key)
        if value is None or value == "":
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(k.value for k in kind)
            self.fail(f"{path}.{key}", f"expected one of {allowed}; got {quoted(value)}")
        raise AssertionError  # unreachable

    def when(self, parent: dict[str, Any], key: str, path: str, required: bool = True) -> datetime | None:
        value = parent.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is missing (a date such as 2020-03-04)")
            return None
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value.strip())
                return parsed.replace(tzinfo=None)
            except ValueError:
                pass
        self.fail(f"{path}.{key}", f"expected an ISO 8601 date such as 2020-03-04; got {quoted(value)}")
        raise AssertionError

    def day(self, parent: dict[str, Any], key: str, path: str) -> date | None:
        moment = self.when(parent, key, path, required=False)
        return None if moment is None else moment.date()

    def number(self, parent: dict[str, Any], key: str, path: str, required: bool = False,
               cast: Callable[[Any], Any] = float) -> Any:
        value = parent.get(key)
        if value is None:
            if required:
                self.fail(f"{path}.{key}", "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(f"{path}.{key}", f"expected a number, got {_kind(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(f"{path}.{key}", f"expected a finite number, got {value}")
        if cast is int and value != int(value):
            self.fail(f"{path}.{key}", f"expected a whole number, got {value}")
        try:
            return cast(value)
        except OverflowError:
            self.fail(f"{path}.{key}", f"the number is too large ({len(str(value))} digits)")

    def flag(self, parent: dict[str, Any], key: str, path: str, default: bool = False) -> bool:
        value = parent.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{path}.{key}", f"expected true or false, got {_kind(value)}")
        return value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def parse(document: Any, source: str) -> Dataset:
    """A validated dataset from a parsed JSON document."""
    r = _Reader(source)
    root = r.obj(document, "$")
    if root.get("format") != FORMAT:
        r.fail("$.format", f"expected \"{FORMAT}\"; this is not a Voelspriet JSON file")
    if root.get("version") != VERSION:
        r.fail("$.version", f"version {quoted(root.get('version'))} is not supported "
                            f"(this Voelspriet reads version {VERSION})")
    ws = r.obj(root.get("workspace") or {}, "$.workspace")
    info = None if root.get("workspace") is None else WorkspaceInfo(
        name=r.text(ws, "name", "$.workspace", default="Voelspriet"),
        about=r.text(ws, "about", "$.workspace"),
        what_happens=r.text(ws, "what_happens", "$.workspace"),
        who_comes_and_why=r.text(ws, "who_comes_and_why", "$.workspace"),
        shared_goal=r.text(ws, "shared_goal", "$.workspace"),
        phase=r.enum(ws, "phase", "$.workspace", Phase, Phase.NETWORK),
    )
    settings = _settings(r, root)

    groups = []
    for i, item in enumerate(r.list(root, "groups", "$")):
        p = f"$.groups[{i}]"
        g = r.obj(item, p)
        groups.append(Group(id=r.ident(g, "id", p), name=r.text(g, "name", p, required=True),
                            color=r.text(g, "color", p) or None,
                            show_region=r.flag(g, "show_region", p, True)))

    people = []
    for i, item in enumerate(r.list(root, "stakeholders", "$")):
        p = f"$.stakeholders[{i}]"
        s = r.obj(item, p)
        fields = r.fields(s, p)
        people.append(Stakeholder(
            id=r.ident(s, "id", p), name=r.text(s, "name", p, required=True),
            kind=r.enum(s, "kind", p, StakeholderKind, StakeholderKind.PERSON),
            organisation=r.text(s, "organisation", p), role=r.text(s, "role", p),
            interests=r.text(s, "interests", p), needs=r.text(s, "needs", p),
            drivers=r.text(s, "drivers", p), value=r.text(s, "value", p),
            notes=r.text(s, "notes", p), email=r.text(s, "email", p), phone=r.text(s, "phone", p),
            status=r.enum(s, "status", p, Status, Status.ACTIVE),
            tags=r.texts(s, "tags", p),
            x=r.number(s, "x", p), y=r.number(s, "y", p), pinned=r.flag(s, "pinned", p),
            fields=fields, groups=r.ids(s, "groups", p),
        ))

    relations = []
    for i, item in enumerate(r.list(root, "relations", "$")):
        p = f"$.relations[{i}]"
        rel = r.obj(item, p)
        fields = r.fields(rel, p)
        relations.append(Relation(id=r.ident(rel, "id", p), a=r.ident(rel, "a", p),
                                  b=r.ident(rel, "b", p), kind=r.text(rel, "kind", p),
                                  note=r.text(rel, "note", p), fields=fields))

    readings = []
    seen: Counter[tuple[str, datetime]] = Counter()
    for i, item in enumerate(r.list(root, "readings", "$")):
        p = f"$.readings[{i}]"
        rd = r.obj(item, p)
        relation = r.ident(rd, "relation", p)
        at = r.when(rd, "at", p)
        assert at is not None
        energy = r.number(rd, "energy", p, required=True, cast=int)
        if not 1 <= energy <= 5:
            r.fail(f"{p}.energy", f"expected 1 to 5, got {quoted(energy)}")
        n = seen[(relation, at)]
        seen[(relation, at)] += 1
        readings.append(Reading(
            id=r.ident(rd, "id", p) if rd.get("id") not in (None, "")
            else f"{relation}@{at.isoformat()}" + (f"#{n}" if n else ""),
            relation=relation, at=at, energy=energy,
            source=r.enum(rd, "source", p, Source, Source.SENSE), note=r.text(rd, "note", p),
            interaction=r.text(rd, "interaction", p) or None))

    interactions = []
    for i, item in enumerate(r.list(root, "interactions", "$")):
        p = f"$.interactions[{i}]"
        it = r.obj(item, p)
        iid = r.ident(it, "id", p)
        at = r.when(it, "at", p)
        assert at is not None
        remarks = []
        for j, raw in enumerate(r.list(it, "remarks", p)):
            q = f"{p}.remarks[{j}]"
            rm = r.obj(raw, q)
            remarks.append(Remark(id=f"{iid}/remark-{j + 1}", by=r.ident(rm, "by", q),
                                  text=r.text(rm, "text", q), theme=r.text(rm, "theme", q),
                                  kind=r.enum(rm, "kind", q, RemarkKind, RemarkKind.REMARK)))
        followups = []
        for j, raw in enumerate(r.list(it, "followups", p)):
            q = f"{p}.followups[{j}]"
            fu = r.obj(raw, q)
            followups.append(Followup(id=f"{iid}/followup-{j + 1}", what=r.text(fu, "what", q, required=True),
                                      due=r.day(fu, "due", q), done=r.flag(fu, "done", q),
                                      who=r.text(fu, "who", q) or None))
        interactions.append(Interaction(
            id=iid, at=at, channel=r.enum(it, "channel", p, Channel, Channel.CONVERSATION),
            with_=r.ids(it, "with", p), summary=r.text(it, "summary", p),
            remarks=tuple(remarks), followups=tuple(followups),
            session=r.text(it, "session", p) or None))

    sessions = []
    for i, item in enumerate(r.list(root, "sessions", "$")):
        p = f"$.sessions[{i}]"
        se = r.obj(item, p)
        at = r.when(se, "at", p)
        assert at is not None
        sessions.append(Session(
            id=r.ident(se, "id", p), title=r.text(se, "title", p, required=True), at=at,
            place=r.text(se, "place", p), goal=r.text(se, "goal", p),
            attendees=r.ids(se, "attendees", p),
            agenda=_agenda(r, se, p)))

    planned = {s.id for s in sessions}
    for i, it in enumerate(interactions):
        if it.session is not None and it.session not in planned:
            r.fail(f"$.interactions[{i}].session", f"names session {quoted(it.session)}, which is not in the file")
    dataset = Dataset(info, settings, tuple(groups), tuple(people), tuple(relations),
                      tuple(readings), tuple(interactions), tuple(sessions))
    validate(dataset, source)
    return dataset


#: The longest agenda item a file may plan (minutes): a whole day.
MAX_ITEM_MINUTES = 24 * 60


def _agenda(r: _Reader, session: dict[str, Any], path: str) -> tuple[AgendaItem, ...]:
    """A session's agenda: ``agenda_items`` when the file has them, else ``agenda``.

    Voelspriet writes both (see ``document``): ``agenda`` as plain titles, which any reader
    of JSON v1 understands, and ``agenda_items`` as ``{title, minutes?, owner?}`` objects
    with the durations and owners. A reader that does not know ``agenda_items`` ignores it
    (unknown keys are ignored, PRODUCT.md), so files stay readable by others; this reader
    prefers it, and reads a file with titles only as items without a duration.
    """
    if session.get("agenda_items") is None:
        return tuple(AgendaItem(title) for title in r.texts(session, "agenda", path))
    items = []
    for i, raw in enumerate(r.list(session, "agenda_items", path)):
        q = f"{path}.agenda_items[{i}]"
        item = r.obj(raw, q)
        minutes = r.number(item, "minutes", q, cast=int)
        if minutes is not None and not 0 <= minutes <= MAX_ITEM_MINUTES:
            r.fail(f"{q}.minutes", f"expected 0 to {MAX_ITEM_MINUTES} minutes, got {quoted(minutes)}")
        items.append(AgendaItem(r.text(item, "title", q, required=True), minutes, r.text(item, "owner", q)))
    return tuple(items)


def _settings(r: _Reader, root: dict[str, Any]) -> SensingSettings | None:
    raw = root.get("settings")
    if raw is None:
        return None
    p = "$.settings"
    r.obj(raw, p)
    defaults = SensingSettings()
    values: dict[str, Any] = {}
    for name, default in vars(defaults).items():
        if name == "as_of":
            values[name] = r.day(raw, name, p)
        else:
            value = r.number(raw, name, p, cast=type(default))  # None: absent or null
            if value is not None:
                low, high = SETTING_RANGES.get(name, (-math.inf, math.inf))
                if not low <= value <= high:
                    r.fail(f"{p}.{name}", f"expected {low:g} to {high:g}, got {quoted(value)}")
                values[name] = value
    return SensingSettings(**values)


def read(path: Path) -> Dataset:
    """Read and validate a Voelspriet JSON v1 file."""
    source = str(path)
    try:
        with open(path, encoding="utf-8-sig") as f:
            document = json.load(f)
    except FileNotFoundError:
        raise InterchangeError(source, "", "does not exist", "missing") from None
    except UnicodeDecodeError:
        raise InterchangeError(source, "", "is not a text file (expected UTF-8 JSON)", "not_json") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(source, f"line {exc.lineno} column {exc.colno}",
                               f"not valid JSON ({exc.msg})", "not_json") from None
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise InterchangeError(source, "", f"not valid JSON ({exc})", "not_json") from None
    except RecursionError:
        raise InterchangeError(source, "", "is nested too deeply to be a Voelspriet file", "not_json") from None
    return parse(document, source)


# --------------------------------------------------------------------------- writing

def iso(moment: datetime | date) -> str:
    """ISO 8601, as a plain date when there is no time of day."""
    if isinstance(moment, datetime):
        if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0):
            return moment.date().isoformat()
        return moment.isoformat(timespec="minutes" if moment.second == 0 else "seconds")
    return moment.isoformat()


def document(d: Dataset) -> dict[str, Any]:
    """The JSON v1 document of a dataset (every field written: lossless)."""
    settings = None
    if d.settings is not None:
        settings = {k: (iso(v) if isinstance(v, date) else v) for k, v in vars(d.settings).items()}
    return {
        "format": FORMAT,
        "version": VERSION,
        "workspace": None if d.workspace is None else {**vars(d.workspace),
                                                       "phase": d.workspace.phase.value},
        "settings": settings,
        "groups": [{"id": g.id, "name": g.name, "color": g.color, "show_region": g.show_region}
                   for g in d.groups],
        "stakeholders": [{
            "id": s.id, "name": s.name, "kind": s.kind.value, "organisation": s.organisation,
            "role": s.role, "groups": list(s.groups), "interests": s.interests, "needs": s.needs,
            "drivers": s.drivers, "value": s.value, "notes": s.notes, "email": s.email,
            "phone": s.phone, "status": s.status.value, "tags": list(s.tags), "x": s.x, "y": s.y,
            "pinned": s.pinned, "fields": dict(s.fields)} for s in d.stakeholders],
        "relations": [{"id": r.id, "a": r.a, "b": r.b, "kind": r.kind, "note": r.note,
                       "fields": dict(r.fields)} for r in d.relations],
        "readings": [{"id": r.id, "relation": r.relation, "at": iso(r.at), "energy": r.energy,
                      "source": r.source.value, "note": r.note, "interaction": r.interaction}
                     for r in d.readings],
        "interactions": [{
            "id": i.id, "at": iso(i.at), "channel": i.channel.value, "with": list(i.with_),
            "summary": i.summary,
            "remarks": [{"by": r.by, "theme": r.theme, "kind": r.kind.value, "text": r.text}
                        for r in i.remarks],
            "followups": [{"what": f.what, "due": iso(f.due) if f.due else None, "done": f.done,
                           "who": f.who} for f in i.followups],
            **({"session": i.session} if i.session else {})} for i in d.interactions],
        "sessions": [{"id": s.id, "title": s.title, "at": iso(s.at), "place": s.place,
                      "goal": s.goal, "attendees": list(s.attendees),
                      # titles for every reader of v1; the items, with durations, for ours (_agenda)
                      "agenda": [item.title for item in s.agenda],
                      "agenda_items": [item.to_json() for item in s.agenda]}
                     for s in d.sessions],
    }


def write(d: Dataset, path: Path) -> None:
    """Write *d* as Voelspriet JSON v1 (UTF-8, indented).

    A text no UTF-8 can hold (a lone surrogate, from before imports refused them) is
    written as JSON's ``\\udxxx`` escape, so that the workspace can still be exported."""
    text = json.dumps(document(d), ensure_ascii=False, indent=1)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(document(d), ensure_ascii=True, indent=1).encode("ascii")
    Path(path).write_bytes(data + b"\n")
