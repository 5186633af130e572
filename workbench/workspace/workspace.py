"""The Workspace QObject: reads as model values, edits as undoable commands.

Every edit is a ``RowsCommand`` holding plain row values *before* and *after*; redo
and undo each run one durable transaction (``store.rows.apply``), then the Workspace
emits ``changed`` with a ``Change`` naming what changed, by id, and who initiated it.
Views never touch the database: they call the read methods here and listen.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from workbench.model import (
    Dataset,
    Group,
    Interaction,
    Reading,
    Relation,
    SensingSettings,
    Session,
    Stakeholder,
    StakeholderKind,
    WorkspaceInfo,
    new_id,
)
from workbench.interchange.formats import read_any, write_any
from workbench.store import Store, queries
from workbench.store import rows as R
from workbench.workspace.labels import channel_label
from workbench.workspace.transfer import ImportSummary, plan_import, summarize

#: Child tables report a change of the entity that owns them (table, owner column).
OWNERS: Mapping[str, Sequence[tuple[str, str]]] = {
    "group_members": (("stakeholders", "stakeholder_id"), ("groups", "group_id")),
    "interaction_participants": (("interactions", "interaction_id"),),
    "remarks": (("interactions", "interaction_id"),),
    "followups": (("interactions", "interaction_id"),),
    "session_attendees": (("sessions", "session_id"),),
    "workspace": (("workspace", "id"),),
    "sensing_settings": (("settings", "id"),),
}

#: Constraint name fragments → what the user is told when the database refuses an edit.
REFUSALS: Sequence[tuple[str, str]] = (
    ("one_facilitator", QT_TRANSLATE_NOOP("", "A workspace has exactly one facilitator.")),
    ("stakeholders.kind", QT_TRANSLATE_NOOP("", "A workspace has exactly one facilitator.")),
    ("relations_pair", QT_TRANSLATE_NOOP("", "These two stakeholders are already connected.")),
    ("relations.a, relations.b", QT_TRANSLATE_NOOP("", "These two stakeholders are already connected.")),
    ("not_self", QT_TRANSLATE_NOOP("", "A stakeholder cannot be connected to itself.")),
    ("ordered_pair", QT_TRANSLATE_NOOP("", "A stakeholder cannot be connected to itself.")),
    ("energy", QT_TRANSLATE_NOOP("", "Energy must be between 1 and 5.")),
    ("name_not_empty", QT_TRANSLATE_NOOP("", "A name cannot be empty.")),
    ("FOREIGN KEY", QT_TRANSLATE_NOOP("", "Something this edit refers to no longer exists.")),
    ("UNIQUE", QT_TRANSLATE_NOOP("", "Something with this id already exists.")),
)


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


class EditRefused(Exception):
    """An edit that would break a rule of the workspace; nothing was changed."""


@dataclass(frozen=True)
class Change:
    """What one edit, undo or redo changed, per entity (``stakeholders``, ``relations`` …).

    ``reset`` means "everything may have changed" (e.g. after opening a file).
    """

    added: Mapping[str, frozenset[str]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[str]] = field(default_factory=dict)
    removed: Mapping[str, frozenset[str]] = field(default_factory=dict)
    initiator: object | None = None
    reset: bool = False

    def ids(self, entity: str) -> frozenset[str]:
        """Every id of *entity* that was added, updated or removed."""
        return (self.added.get(entity, frozenset()) | self.updated.get(entity, frozenset())
                | self.removed.get(entity, frozenset()))

    def touches(self, *entities: str) -> bool:
        """True when any of *entities* changed (or everything did)."""
        return self.reset or any(self.ids(e) for e in entities)

    @staticmethod
    def from_diff(diff: R.RowDiff, before: Sequence[R.Row], after: Sequence[R.Row],
                  initiator: object | None) -> "Change":
        """Entity-level change from a row diff."""
        rows = {(t, R.key_of(t, r)): r for t, r in before}
        rows.update({(t, R.key_of(t, r)): r for t, r in after})
        out: dict[str, dict[str, set[str]]] = {"added": defaultdict(set), "updated": defaultdict(set),
                                               "removed": defaultdict(set)}
        for kind in ("added", "updated", "removed"):
            for table, key in getattr(diff, kind):
                owners = OWNERS.get(table)
                if owners is None:
                    out[kind][table].add(key[0])
                    continue
                for entity, column in owners:
                    out["updated"][entity].add(str(rows[(table, key)][column]))
        for entity in list(out["updated"]):
            out["updated"][entity] -= out["added"][entity] | out["removed"][entity]
        frozen = {k: {e: frozenset(ids) for e, ids in v.items() if ids} for k, v in out.items()}
        return Change(frozen["added"], frozen["updated"], frozen["removed"], initiator)


class RowsCommand(QUndoCommand):
    """One undoable edit: the rows before and after, as plain values."""

    def __init__(self, workspace: "Workspace", text: str, before: list[R.Row], after: list[R.Row],
                 initiator: object | None) -> None:
        super().__init__(text)
        self._workspace = workspace
        self.before = before
        self.after = after
        self.initiator = initiator
        self._done = True  # the Workspace applied it before pushing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._workspace._apply(self.before, self.after, None)

    def undo(self) -> None:
        self._workspace._apply(self.after, self.before, None)


def _refusal(error: IntegrityError) -> str:
    message = str(error.orig)
    for fragment, text in REFUSALS:
        if fragment in message:
            return tr(text)
    return tr("The workspace refused this edit.")


def _names(values: Sequence[str], count_text: str) -> str:
    return values[0] if len(values) == 1 else count_text.replace("%n", str(len(values)))


class Workspace(QObject):
    """An open workspace: the one door for edits, with undo, and change notifications."""

    changed = Signal(object)  # Change

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------------ lifecycle
    @property
    def path(self) -> Path:
        """The workspace file."""
        return self.store.path

    def close(self) -> None:
        """Close the file; the Workspace cannot be used afterwards."""
        self.undo_stack.clear()
        self.store.close()

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the file at *target*."""
        self.store.save_copy(target)

    # ------------------------------------------------------------------ reading
    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read query in a short session."""
        with self.store.session() as s:
            return fn(s, *args, **kwargs)

    def info(self) -> WorkspaceInfo:
        """The signature and phase."""
        return self.read(queries.workspace_info)

    def settings(self) -> SensingSettings:
        """The sensing thresholds."""
        return self.read(queries.sensing_settings)

    def groups(self) -> list[Group]:
        """All groups."""
        return self.read(queries.groups)

    def stakeholders(self, ids: Sequence[str] | None = None) -> list[Stakeholder]:
        """Stakeholders, all or by id."""
        return self.read(queries.stakeholders, ids)

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        """One stakeholder."""
        return self.read(queries.stakeholder, stakeholder_id)

    def facilitator_id(self) -> str | None:
        """The facilitator's id."""
        return self.read(queries.facilitator_id)

    def relations(self, ids: Sequence[str] | None = None,
                  stakeholder_ids: Sequence[str] | None = None) -> list[Relation]:
        """Relations: all, by id, or of some stakeholders."""
        return self.read(queries.relations, ids, stakeholder_ids)

    def relation_between(self, a: str, b: str) -> Relation | None:
        """The relation of a pair."""
        return self.read(queries.relation_between, a, b)

    def readings(self, relation_ids: Sequence[str] | None = None) -> list[Reading]:
        """Readings, oldest first."""
        return self.read(queries.readings, relation_ids)

    def relation_energy(self) -> dict[str, tuple[int, int]]:
        """Per relation with readings: (latest energy, number of readings)."""
        return self.read(queries.relation_energy)

    def interactions(self, ids: Sequence[str] | None = None,
                     stakeholder_id: str | None = None) -> list[Interaction]:
        """Interactions, oldest first."""
        return self.read(queries.interactions, ids, stakeholder_id)

    def sessions(self, ids: Sequence[str] | None = None) -> list[Session]:
        """Sessions by date."""
        return self.read(queries.sessions, ids)

    def dataset(self) -> Dataset:
        """Everything, as values."""
        return self.read(queries.dataset)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return self.read(queries.counts)

    # ------------------------------------------------------------------ editing core
    def _apply(self, before: Sequence[R.Row], after: Sequence[R.Row], initiator: object | None) -> Change:
        with self.store.begin() as s:
            diff = R.apply(s, before, after)
        change = Change.from_diff(diff, before, after, initiator)
        self.changed.emit(change)
        return change

    def edit(self, text: str | Callable[[], str], build: Callable[[DbSession], tuple[list[R.Row], list[R.Row]]],
             initiator: object | None = None) -> Change:
        """Run one undoable edit: *build* returns (before, after) rows inside the transaction.

        *text* names the edit in the Edit menu; it may be a function called after *build*
        (when the name depends on what *build* read).

        The edit is applied (one durable transaction) and only then pushed on the undo
        stack; if the database refuses it, ``EditRefused`` is raised and nothing changes.
        """
        try:
            with self.store.begin() as s:
                before, after = build(s)
                diff = R.apply(s, before, after)
        except IntegrityError as exc:
            raise EditRefused(_refusal(exc)) from None
        change = Change.from_diff(diff, before, after, initiator)
        if diff.added or diff.removed or diff.updated:
            name = text() if callable(text) else text
            self.undo_stack.push(RowsCommand(self, name, before, after, initiator))
            self.changed.emit(change)
        return change

    def _replace(self, text: str, rows: list[R.Row], initiator: object | None) -> Change:
        return self.edit(text, lambda s: (queries.existing_rows(s, rows), rows), initiator)

    def _delete(self, text: str, table: str, ids: Iterable[str], initiator: object | None) -> Change:
        keys = [(i,) for i in ids]
        return self.edit(text, lambda s: R.deletion(s, table, keys), initiator)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits inside the block into one undo entry."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # ------------------------------------------------------------------ edits
    def import_dataset(self, dataset: Dataset, text: str, initiator: object | None = None,
                       source: str = "import") -> Change:
        """Import *dataset* (validated by its reader) as one undo entry; updates by id.

        Its references are resolved against the workspace in the same transaction; one
        that matches no one raises ``InterchangeError`` (naming *source*) and nothing changes.
        """
        return self.edit(text, lambda s: plan_import(s, dataset, source), initiator)

    def import_file(self, path: Path, initiator: object | None = None) -> ImportSummary:
        """Import a .json, .xlsx, .csv or .graphml file as one undo entry ("Import NAME").

        The whole file is read and validated first; ``InterchangeError`` (naming the
        file, the place in it and what was expected) or ``EditRefused`` leave the
        workspace unchanged.
        """
        return self.import_read(read_any(Path(path)), Path(path), initiator)

    def import_read(self, dataset: Dataset, path: Path, initiator: object | None = None) -> ImportSummary:
        """Import what was read from *path* (see ``import_file``)."""
        text = tr("Import %1").replace("%1", Path(path).name)
        change = self.import_dataset(dataset, text, initiator, source=str(path))
        return summarize(dataset, change.added, change.updated, str(path))

    def export_file(self, path: Path) -> None:
        """Write everything to *path* in the format its extension names (.json, .xlsx,
        .graphml); raises ``InterchangeError`` when it cannot, leaving no partial file."""
        write_any(self.dataset(), Path(path))

    def set_info(self, info: WorkspaceInfo, initiator: object | None = None) -> None:
        """Edit the signature and phase."""
        self._replace(tr("Edit signature"), R.workspace_rows(info), initiator)

    def set_settings(self, settings: SensingSettings, initiator: object | None = None) -> None:
        """Edit the sensing thresholds."""
        self._replace(tr("Edit sensing settings"), R.settings_rows(settings), initiator)

    def add_stakeholder(self, stakeholder: Stakeholder, initiator: object | None = None) -> str:
        """Add a stakeholder (a new id if it has none); returns its id."""
        if not stakeholder.id:
            stakeholder = replace(stakeholder, id=new_id())
        rows = R.stakeholder_rows(stakeholder)
        self.edit(tr("Add %1").replace("%1", stakeholder.name), lambda s: ([], rows), initiator)
        return stakeholder.id

    def update_stakeholder(self, stakeholder: Stakeholder, initiator: object | None = None) -> None:
        """Replace a stakeholder's fields and group memberships."""
        current = self.stakeholder(stakeholder.id)
        if current is None:
            raise EditRefused(tr("This stakeholder no longer exists."))
        if (current.kind == StakeholderKind.FACILITATOR) != (stakeholder.kind == StakeholderKind.FACILITATOR):
            raise EditRefused(tr("A workspace has exactly one facilitator."))
        self._replace(tr("Edit %1").replace("%1", stakeholder.name), R.stakeholder_rows(stakeholder),
                      initiator)

    def delete_stakeholders(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete stakeholders with their relations, readings, memberships and remarks."""
        found = self.stakeholders(ids)
        if any(s.kind == StakeholderKind.FACILITATOR for s in found):
            raise EditRefused(tr("The facilitator cannot be deleted."))
        if found:
            text = tr("Delete %1").replace(
                "%1", _names([s.name for s in found], tr("%n stakeholders")))
            self._delete(text, "stakeholders", [s.id for s in found], initiator)

    def move_stakeholders(self, positions: Mapping[str, tuple[float, float]], text: str | None = None,
                          initiator: object | None = None) -> None:
        """Move stakeholders (one undo entry for all, e.g. one drag or an auto-layout)."""
        names: list[str] = []

        def build(s: DbSession) -> tuple[list[R.Row], list[R.Row]]:
            before = R.capture(s, "stakeholders", [(i,) for i in positions])
            names.extend(row["name"] for _t, row in before)
            return before, [("stakeholders", {**row, "x": float(positions[row["id"]][0]),
                                              "y": float(positions[row["id"]][1])}) for _t, row in before]

        def label() -> str:
            return text or tr("Move %1").replace("%1", _names(names, tr("%n stakeholders")))

        self.edit(label, build, initiator)

    def set_group_members(self, group_id: str, add: Sequence[str] = (), remove: Sequence[str] = (),
                          initiator: object | None = None) -> None:
        """Add stakeholders to a group and remove others from it."""
        members = [("group_members", {"group_id": group_id, "stakeholder_id": i}) for i in add]
        gone = [("group_members", {"group_id": group_id, "stakeholder_id": i}) for i in remove]

        def build(s: DbSession) -> tuple[list[R.Row], list[R.Row]]:
            keys = [(group_id, i) for i in dict.fromkeys([*add, *remove])]
            current = R.capture(s, "group_members", keys)
            present = {R.key_of(t, r) for t, r in current}
            after = [r for r in current if r not in gone] + [
                m for m in members if R.key_of(*m) not in present]
            return current, after

        self.edit(tr("Change group members"), build, initiator)

    def add_group(self, group: Group, initiator: object | None = None) -> str:
        """Add a group; returns its id."""
        if not group.id:
            group = replace(group, id=new_id())
        rows = R.group_rows(group)
        self.edit(tr("Add group %1").replace("%1", group.name), lambda s: ([], rows), initiator)
        return group.id

    def update_group(self, group: Group, initiator: object | None = None) -> None:
        """Edit a group's name, colour or region toggle."""
        self._replace(tr("Edit group %1").replace("%1", group.name), R.group_rows(group), initiator)

    def delete_groups(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete groups (their members stay)."""
        self._delete(tr("Delete group"), "groups", ids, initiator)

    def connect(self, a: str, b: str, kind: str = "", note: str = "",
                initiator: object | None = None) -> str:
        """Connect two stakeholders; returns the new relation's id."""
        if a == b:
            raise EditRefused(tr("A stakeholder cannot be connected to itself."))
        found = {s.id: s.name for s in self.stakeholders([a, b])}
        if len(found) != 2:
            raise EditRefused(tr("This stakeholder no longer exists."))
        relation = Relation(id=new_id(), a=a, b=b, kind=kind, note=note)
        rows = R.relation_rows(relation)
        text = tr("Connect %1 and %2").replace("%1", found[a]).replace("%2", found[b])
        self.edit(text, lambda s: ([], rows), initiator)
        return relation.id

    def update_relation(self, relation: Relation, initiator: object | None = None) -> None:
        """Edit a relation's kind, note or fields."""
        self._replace(tr("Edit relation"), R.relation_rows(relation), initiator)

    def disconnect(self, relation_ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete relations with their readings."""
        self._delete(tr("Disconnect"), "relations", relation_ids, initiator)

    def add_reading(self, reading: Reading, initiator: object | None = None) -> str:
        """Add an energy reading; returns its id."""
        if not reading.id:
            reading = replace(reading, id=new_id())
        rows = R.reading_rows(reading)
        self.edit(tr("Add energy reading"), lambda s: ([], rows), initiator)
        return reading.id

    def update_reading(self, reading: Reading, initiator: object | None = None) -> None:
        """Edit an energy reading."""
        self._replace(tr("Edit energy reading"), R.reading_rows(reading), initiator)

    def delete_readings(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete energy readings."""
        self._delete(tr("Delete energy reading"), "readings", ids, initiator)

    def add_interaction(self, interaction: Interaction, readings: Sequence[Reading] = (),
                        initiator: object | None = None) -> str:
        """Log an interaction with its remarks, follow-ups and the energy sensed."""
        if not interaction.id:
            interaction = replace(interaction, id=new_id())
        rows = R.interaction_rows(_with_ids(interaction))
        for reading in readings:
            rows += R.reading_rows(replace(reading, id=reading.id or new_id(),
                                           interaction=interaction.id))
        self.edit(tr("Log %1").replace("%1", channel_label(interaction.channel)), lambda s: ([], rows),
                  initiator)
        return interaction.id

    def update_interaction(self, interaction: Interaction, initiator: object | None = None) -> None:
        """Edit an interaction, its participants, remarks and follow-ups."""
        self._replace(tr("Edit interaction"), R.interaction_rows(_with_ids(interaction)), initiator)

    def delete_interactions(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete interactions (their readings stay, unlinked)."""
        self._delete(tr("Delete interaction"), "interactions", ids, initiator)

    def add_session(self, session: Session, initiator: object | None = None) -> str:
        """Plan a session; returns its id."""
        if not session.id:
            session = replace(session, id=new_id())
        rows = R.session_rows(session)
        self.edit(tr("Plan %1").replace("%1", session.title), lambda s: ([], rows), initiator)
        return session.id

    def update_session(self, session: Session, initiator: object | None = None) -> None:
        """Edit a session."""
        self._replace(tr("Edit %1").replace("%1", session.title), R.session_rows(session), initiator)

    def delete_sessions(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete sessions."""
        self._delete(tr("Delete session"), "sessions", ids, initiator)


def _with_ids(interaction: Interaction) -> Interaction:
    """Give new remarks and follow-ups an id."""
    return replace(
        interaction,
        remarks=tuple(r if r.id else replace(r, id=new_id()) for r in interaction.remarks),
        followups=tuple(f if f.id else replace(f, id=new_id()) for f in interaction.followups),
    )
