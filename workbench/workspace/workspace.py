"""The Workspace QObject: reads as model values, edits as undoable operations.

Every operation names what it changes: ids, and for updates the fields
(``rename(id, name)``, ``set_fields(id, **fields)``, ``set_followup_done(id, done)`` …).
It is held as an ``EditCommand``: one or more steps of plain row values *before* and
*after*, reduced to the keys and the columns that change (``store.rows.reduce``), so
that redo writes only those columns and undo restores only those fields. Redo and undo
each run one durable transaction, then the Workspace emits one ``changed`` with a
``Change`` naming, per entity, the ids added, removed and updated (with the fields and
their new values) and who initiated it. A macro (``with workspace.macro(text):``) is one
operation: one transaction, one undo entry, one ``changed``.

The store stays private: views call the read methods here and listen.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import IntegrityError
from sqlalchemy import Connection as DbSession  # a unit of work: a Core connection (Store.session)

from workbench.model import (
    AgendaItem,
    Dataset,
    Followup,
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
from workbench.model.marks import RadarMarks
from workbench.sensing.marks import marks_of
from workbench.sensing.observations import radar_day
from workbench.store import Store, queries, series
from workbench.store import rows as R
from workbench.workspace.labels import channel_label
from workbench.workspace.transfer import ImportSummary, plan_import, summarize

if TYPE_CHECKING:  # pragma: no cover
    from workbench.sensing import Finding

#: Child tables report an update of the entity that owns them: (entity, owner column,
#: the owner's field that changed).
OWNERS: Mapping[str, Sequence[tuple[str, str, str]]] = {
    "group_members": (("stakeholders", "stakeholder_id", "groups"), ("groups", "group_id", "members")),
    "interaction_participants": (("interactions", "interaction_id", "with"),),
    "remarks": (("interactions", "interaction_id", "remarks"),),
    "followups": (("interactions", "interaction_id", "followups"),),
    "session_attendees": (("sessions", "session_id", "attendees"),),
}
#: A stakeholder's place on the map: edits of these alone change nothing a list or panel shows.
PLACE = frozenset({"x", "y", "pinned"})
#: Columns a reduced child row keeps, so that its change can name its owner.
#: (A reading keeps its relation, so that the map recolours that line without a read.)
KEEP: Mapping[str, Sequence[str]] = {**{t: tuple(c for _e, c, _f in o) for t, o in OWNERS.items()},
                                     "readings": ("relation_id",)}
#: A follow-up's fields → its columns.
FOLLOWUP_COLUMNS: Mapping[str, str] = {"what": "what", "due": "due", "done": "done", "who": "who_id"}
#: A session's fields ``set_session_fields`` edits.
SESSION_FIELDS = frozenset({"title", "at", "place", "goal"})
#: The longest an agenda item may last (minutes): a whole day.
MAX_AGENDA_MINUTES = 24 * 60
#: Tables whose rows are entities of another name.
ENTITY_OF: Mapping[str, str] = {"sensing_settings": "settings"}

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


Step = tuple[list[R.Row], list[R.Row]]  # (before, after), reduced


@dataclass(frozen=True)
class Change:
    """What one operation (its do, undo or redo) changed, per entity (``stakeholders``,
    ``relations``, ``readings``, ``interactions``, ``sessions``, ``groups``, ``workspace``,
    ``settings``; the radar's marks ``radar_snoozes`` and ``radar_dismissals``, by finding key).

    ``fields[entity][id]`` names the fields of an updated entity that changed (a child
    table names the owner's field: ``groups``, ``with``, ``remarks``, ``followups``,
    ``attendees``, ``members``; remarks and follow-ups are also entities of their own); ``values[entity][id]`` holds column values: the whole
    row of an added or removed entity, the new values of an update's changed columns.
    Views update from these without reading again. ``reset`` means "everything may
    have changed" (e.g. after opening a file).
    """

    added: Mapping[str, frozenset[str]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[str]] = field(default_factory=dict)
    removed: Mapping[str, frozenset[str]] = field(default_factory=dict)
    initiator: object | None = None
    reset: bool = False
    fields: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, Mapping[str, Any]]] = field(default_factory=dict)

    def ids(self, entity: str) -> frozenset[str]:
        """Every id of *entity* that was added, updated or removed."""
        return (self.added.get(entity, frozenset()) | self.updated.get(entity, frozenset())
                | self.removed.get(entity, frozenset()))

    def touches(self, *entities: str) -> bool:
        """True when any of *entities* changed (or everything did)."""
        return self.reset or any(self.ids(e) for e in entities)

    def updated_ids(self, entity: str, ignoring: frozenset[str] = frozenset()) -> frozenset[str]:
        """Ids of *entity* updated in some field other than those *ignoring* names."""
        fields = self.fields.get(entity, {})
        return frozenset(i for i in self.updated.get(entity, ()) if i not in fields or fields[i] - ignoring)

    def fields_of(self, entity: str) -> frozenset[str]:
        """Every field updated on any *entity*."""
        out: set[str] = set()
        for names in self.fields.get(entity, {}).values():
            out |= names
        return frozenset(out)

    @staticmethod
    def from_steps(steps: Sequence[Step], initiator: object | None) -> "Change":
        """The net change of *steps* applied in order (a row added then removed is no change)."""
        existed: dict[tuple[str, Any], bool] = {}
        exists: dict[tuple[str, Any], bool] = {}
        changed: dict[tuple[str, Any], set[str]] = defaultdict(set)
        values: dict[tuple[str, Any], dict[str, Any]] = defaultdict(dict)
        for before, after in steps:
            old = {(t, R.key_of(t, r)): r for t, r in before}
            new = {(t, R.key_of(t, r)): r for t, r in after}
            for k in old.keys() | new.keys():
                existed.setdefault(k, k in old)
                exists[k] = k in new
                if k in new:
                    if k in old:
                        changed[k] |= {c for c, v in new[k].items() if c not in old[k] or old[k][c] != v}
                    else:
                        changed[k] |= set(new[k])
                    values[k].update(new[k])
                else:
                    values[k] = dict(old[k])
        out: dict[str, dict[str, set[str]]] = {"added": defaultdict(set), "updated": defaultdict(set),
                                               "removed": defaultdict(set)}
        fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        vals: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for k, was in existed.items():
            table, key = k
            now = exists[k]
            if not was and not now:
                continue
            owners = OWNERS.get(table)
            if owners is not None:
                row = values[k]
                for entity, column, name in owners:
                    if row.get(column) is None:
                        continue  # e.g. a follow-up of its own, without an interaction
                    owner = str(row[column])
                    out["updated"][entity].add(owner)
                    fields[entity][owner].add(name)
                if R.PRIMARY_KEYS[table] != ("id",):
                    continue  # a link row: only its owners changed
            entity, eid = ENTITY_OF.get(table, table), str(key[0])
            kind = "updated" if was and now else "added" if now else "removed"
            out[kind][entity].add(eid)
            vals[entity][eid] = values[k]
            if kind == "updated":
                fields[entity][eid] |= changed[k] - set(R.PRIMARY_KEYS[table])
        for entity in list(out["updated"]):
            gone = out["added"][entity] | out["removed"][entity]
            out["updated"][entity] -= gone
            for eid in gone:
                fields[entity].pop(eid, None)
        frozen = {k: {e: frozenset(ids) for e, ids in v.items() if ids} for k, v in out.items()}
        return Change(frozen["added"], frozen["updated"], frozen["removed"], initiator,
                      fields={e: {i: frozenset(f) for i, f in per.items()} for e, per in fields.items() if per},
                      values=dict(vals))


class EditCommand(QUndoCommand):
    """One undoable operation: its steps as plain (reduced) rows before and after."""

    def __init__(self, workspace: "Workspace", text: str, steps: list[Step],
                 initiator: object | None) -> None:
        super().__init__(text)
        self._workspace = workspace
        self.steps = steps
        self.initiator = initiator
        self._done = True  # the Workspace applied it before pushing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._workspace._run(self.steps)

    def undo(self) -> None:
        self._workspace._run([(after, before) for before, after in reversed(self.steps)])


@dataclass
class _Macro:
    """An operation being built from several edits, in one transaction."""

    session: DbSession
    initiator: object | None
    steps: list[Step] = field(default_factory=list)


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
    about_to_close = Signal()  # the file is still open (e.g. for a last backup)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._macro: _Macro | None = None
        self._thread = threading.get_ident()  # the window's: the one that edits
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------------ lifecycle
    @property
    def path(self) -> Path:
        """The workspace file."""
        return self._store.path

    @property
    def closed(self) -> bool:
        """True once ``close`` ran: every read and edit is refused."""
        return self._store.closed

    @property
    def read_only(self) -> bool:
        """True for a workspace opened only to look at (a backup): every edit is refused."""
        return self._store.read_only

    def _check_writable(self) -> None:
        if self._store.read_only:
            raise EditRefused(tr("This is a copy opened only to look at; it cannot be changed."))

    def close(self) -> None:
        """Close the file; the Workspace cannot be used afterwards."""
        if not self._store.closed:
            self.about_to_close.emit()
        self.undo_stack.clear()
        self._store.close()

    def save_copy(self, target: Path) -> None:
        """A consistent copy of the file at *target*."""
        self._store.save_copy(target)

    @property
    def encrypted(self) -> bool:
        """True when the workspace file is encrypted with a passphrase."""
        return self._store.encrypted

    def set_passphrase(self, passphrase: str | None) -> list[Path]:
        """Encrypt the file with *passphrase*, change its passphrase, or (None) decrypt it:
        in place and all or nothing, then its backups alike; not an edit (no undo entry, no
        ``changed``); raises ``WorkspaceError`` (``bad_passphrase``, ``no_encryption`` …)
        and changes nothing. Returns the backups that could not be rewritten."""
        return self._store.set_passphrase(passphrase)

    def passphrase_matches(self, passphrase: str) -> bool:
        """True when *passphrase* is the one this encrypted workspace was opened with."""
        import hmac

        known = self._store.passphrase
        return known is not None and hmac.compare_digest(known.encode(), passphrase.encode())

    # ------------------------------------------------------------------ reading
    def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run a read query in a short session (inside a macro: in its transaction). A read
        on another thread (the radar, off the window's thread) has a session of its own,
        never the macro's, and closing the workspace waits for it (``Store.reading``)."""
        if threading.get_ident() != self._thread:
            with self._store.reading(), self._store.session() as s:
                return fn(s, *args)
        if self._macro is not None:
            return fn(self._macro.session, *args)
        with self._store.session() as s:
            return fn(s, *args)

    def info(self) -> WorkspaceInfo:
        """The signature and phase."""
        return self._read(queries.workspace_info)

    def settings(self) -> SensingSettings:
        """The sensing thresholds."""
        return self._read(queries.sensing_settings)

    def groups(self) -> list[Group]:
        """All groups."""
        return self._read(queries.groups)

    def stakeholders(self, ids: Sequence[str] | None = None) -> list[Stakeholder]:
        """Stakeholders, all or by id."""
        return self._read(queries.stakeholders, ids)

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        """One stakeholder."""
        return self._read(queries.stakeholder, stakeholder_id)

    def facilitator_id(self) -> str | None:
        """The facilitator's id."""
        return self._read(queries.facilitator_id)

    def relations(self, ids: Sequence[str] | None = None,
                  stakeholder_ids: Sequence[str] | None = None) -> list[Relation]:
        """Relations: all, by id, or of some stakeholders."""
        return self._read(queries.relations, ids, stakeholder_ids)

    def relation_between(self, a: str, b: str) -> Relation | None:
        """The relation of a pair."""
        return self._read(queries.relation_between, a, b)

    def readings(self, relation_ids: Sequence[str] | None = None) -> list[Reading]:
        """Readings, oldest first."""
        return self._read(queries.readings, relation_ids)

    def relation_kinds(self) -> list[str]:
        """The kinds of relation in use, most used first."""
        return self._read(queries.relation_kinds)

    def relation_energy(self, relation_ids: Sequence[str] | None = None) -> dict[str, tuple[int, int]]:
        """Per relation with readings (all, or these): (latest energy, number of readings)."""
        return self._read(queries.relation_energy, relation_ids)

    def interactions(self, ids: Sequence[str] | None = None,
                     stakeholder_id: str | None = None) -> list[Interaction]:
        """Interactions, oldest first."""
        return self._read(queries.interactions, ids, stakeholder_id)

    def sessions(self, ids: Sequence[str] | None = None) -> list[Session]:
        """Sessions by date."""
        return self._read(queries.sessions, ids)

    # column-shaped reads for the radar and the timeline (store.series: no per-row objects)
    def readings_series(self, relation_ids: Sequence[str] | None = None) -> dict[str, series.Series]:
        """Per relation: its readings as arrays (times, energies …), oldest first."""
        return self._read(series.readings_series, relation_ids)

    def latest_readings(self, last: int = 4) -> dict[str, tuple[tuple[datetime, int], ...]]:
        """Per relation: its *last* readings (time, energy), newest last."""
        return self._read(series.latest_readings, last)

    def relation_ends(self) -> dict[str, tuple[str, str]]:
        """Every relation's two stakeholder ids."""
        return self._read(series.relation_ends)

    def contact_dates(self) -> dict[str, tuple[datetime, ...]]:
        """Per stakeholder: when they took part in an interaction, oldest first."""
        return self._read(series.contact_dates)

    def remarks_since(self, since: date) -> tuple[series.RemarkSeen, ...]:
        """Remarks made at or after *since*, oldest first."""
        return self._read(series.remarks_since, since)

    def contacts_of(self, stakeholder_ids: Sequence[str]) -> dict[str, tuple[series.Contact, ...]]:
        """Per stakeholder (of these): the interactions they took part in (time, id, channel,
        summary), oldest first."""
        return self._read(series.contacts_of, stakeholder_ids)

    def remarks_by(self, stakeholder_ids: Sequence[str]) -> tuple[series.RemarkSeen, ...]:
        """Every remark these stakeholders raised, oldest first."""
        return self._read(series.remarks_by, stakeholder_ids)

    def open_followups(self) -> tuple[series.OpenFollowup, ...]:
        """Follow-ups not done yet, by due date."""
        return self._read(series.open_followups)

    def radar_marks(self) -> RadarMarks:
        """The radar findings snoozed or dismissed (``snooze``, ``dismiss``)."""
        return self._read(queries.radar_marks)

    def stakeholder_columns(self, ids: Sequence[str] | None = None) -> series.StakeholderColumns:
        """Every stakeholder's (or these *ids*') id, kind, status and name, as columns by id."""
        return self._read(series.stakeholder_status, ids)

    def dataset(self) -> Dataset:
        """Everything, as values."""
        return self._read(queries.dataset)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return self._read(queries.counts)

    # ------------------------------------------------------------------ drafts
    def draft(self, key: str) -> dict[str, Any] | None:
        """Unsaved work kept under *key* (e.g. a meeting being captured), or None."""
        return self._read(queries.draft, key)

    def draft_keys(self) -> list[str]:
        """The keys of all kept drafts, oldest first (offered again after a crash)."""
        return self._read(queries.draft_keys)

    def save_draft(self, key: str, data: dict[str, Any]) -> None:
        """Keep unsaved work durably inside the workspace (not an edit: no undo, no change)."""
        self._check_writable()
        with self._store.begin() as s:
            queries.save_draft(s, key, data, datetime.now())

    def discard_draft(self, key: str) -> None:
        """Forget a draft (it was saved as an edit, or thrown away)."""
        if self._store.read_only:
            return  # nothing was kept in a copy opened to look at
        with self._store.begin() as s:
            queries.discard_draft(s, key)

    # ------------------------------------------------------------------ editing core
    def _run(self, steps: Sequence[Step]) -> None:
        """Apply *steps* (an undo or redo) in one transaction and say what changed."""
        with self._store.begin() as s:
            for before, after in steps:
                R.apply(s, before, after)
        self.changed.emit(Change.from_steps(steps, None))

    def _edit(self, text: str | Callable[[], str], build: Callable[[DbSession], Step],
              initiator: object | None = None) -> Change:
        """Run one undoable edit: *build* returns (before, after) rows inside the transaction.

        *text* names the edit in the Edit menu; it may be a function called after *build*
        (when the name depends on what *build* read). The pair is reduced to what changes,
        applied (one durable transaction) and only then pushed on the undo stack; if the
        database refuses it, ``EditRefused`` is raised and nothing changes. Inside a
        macro the edit joins the macro's transaction (behind a savepoint, so a refused
        edit leaves the rest of the macro standing) and its undo entry.
        """
        self._check_writable()
        macro = self._macro
        try:
            if macro is not None:
                with macro.session.begin_nested():
                    step = self._step(macro.session, build)
            else:
                with self._store.begin() as s:
                    step = self._step(s, build)
        except IntegrityError as exc:
            raise EditRefused(_refusal(exc)) from None
        change = Change.from_steps([step], initiator)
        if not (step[0] or step[1]):
            return change
        if macro is not None:
            macro.steps.append(step)
            if macro.initiator is None:
                macro.initiator = initiator
            return change
        name = text() if callable(text) else text
        self.undo_stack.push(EditCommand(self, name, [step], initiator))
        self.changed.emit(change)
        return change

    @staticmethod
    def _step(s: DbSession, build: Callable[[DbSession], Step]) -> Step:
        before, after = build(s)
        step = R.reduce(before, after, KEEP)
        R.apply(s, *step)
        return step

    @contextmanager
    def macro(self, text: str, initiator: object | None = None) -> Iterator[None]:
        """Make the edits inside the block one operation: one transaction, one undo
        entry named *text*, one ``changed``. An exception leaves nothing changed (a
        nested ``macro`` joins the outer one)."""
        if self._macro is not None:
            yield
            return
        self._check_writable()
        try:
            with self._store.begin() as s:
                macro = self._macro = _Macro(s, initiator)
                yield
        except IntegrityError as exc:
            raise EditRefused(_refusal(exc)) from None
        finally:
            self._macro = None
        if macro.steps:
            self.undo_stack.push(EditCommand(self, text, macro.steps, macro.initiator))
            self.changed.emit(Change.from_steps(macro.steps, macro.initiator))

    def _replace(self, text: str, rows: list[R.Row], initiator: object | None) -> Change:
        return self._edit(text, lambda s: (queries.existing_rows(s, rows), rows), initiator)

    def _delete(self, text: str, table: str, ids: Iterable[str], initiator: object | None) -> Change:
        keys = [(i,) for i in ids]
        return self._edit(text, lambda s: R.deletion(s, table, keys), initiator)

    def _set_fields(self, text: str | Callable[[], str], table: str, key: Any,
                    fields: Mapping[str, Any], initiator: object | None) -> Change:
        """Write some columns of one row; undo restores just those."""
        values = R.column_values(table, fields)

        def build(s: DbSession) -> Step:
            before = R.capture(s, table, [(key,)], [*values, *KEEP.get(table, ())])
            if not before:
                raise EditRefused(tr("This no longer exists; it may have been deleted."))
            return before, [(table, {**before[0][1], **values})]

        return self._edit(text, build, initiator)

    # ------------------------------------------------------------------ edits
    def import_dataset(self, dataset: Dataset, text: str, initiator: object | None = None,
                       source: str = "import") -> Change:
        """Import *dataset* (validated by its reader) as one undo entry; updates by id.

        Its references are resolved against the workspace in the same transaction; one
        that matches no one raises ``InterchangeError`` (naming *source*) and nothing changes.
        """
        return self._edit(text, lambda s: plan_import(s, dataset, source), initiator)

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
        """Edit the signature and phase (only the fields that differ are written)."""
        self._replace(tr("Edit signature"), R.workspace_rows(info), initiator)

    def set_info_fields(self, initiator: object | None = None, **fields: Any) -> None:
        """Edit some fields of the signature (``about``, ``shared_goal``, ``phase`` …)."""
        self._set_fields(tr("Edit signature"), "workspace", 1, fields, initiator)

    def set_settings(self, settings: SensingSettings, initiator: object | None = None) -> None:
        """Edit the sensing thresholds (only the fields that differ are written)."""
        self._replace(tr("Edit sensing settings"), R.settings_rows(settings), initiator)

    def set_settings_fields(self, initiator: object | None = None, **fields: Any) -> None:
        """Edit some sensing thresholds."""
        self._set_fields(tr("Edit sensing settings"), "sensing_settings", 1, fields, initiator)

    # radar marks: what the facilitator did with a finding (sensing.marks); one mark per hit
    def snooze(self, finding: "Finding", until: date, initiator: object | None = None) -> None:
        """Leave *finding* off the radar until the day *until* (it shows again on that day)."""
        rows = [("radar_snoozes", {"id": m.key, "signal": m.signal.value, "people": list(m.ids), "until": until})
                for m in marks_of(finding)]
        self._replace(tr("Snooze %1").replace("%1", _finding_names(finding)), rows, initiator)

    def dismiss(self, finding: "Finding", today: date | None = None, initiator: object | None = None) -> None:
        """Dismiss *finding*: it stays off the radar until evidence it did not have appears
        (*today*, default the radar's day, is kept with it)."""
        day = today or radar_day(self.settings())
        rows = [("radar_dismissals", {"id": m.key, "signal": m.signal.value, "people": list(m.ids),
                                      "evidence": sorted(m.evidence), "dismissed_on": day})
                for m in marks_of(finding)]
        self._replace(tr("Dismiss %1").replace("%1", _finding_names(finding)), rows, initiator)

    def add_stakeholder(self, stakeholder: Stakeholder, initiator: object | None = None) -> str:
        """Add a stakeholder (a new id if it has none); returns its id."""
        if not stakeholder.id:
            stakeholder = replace(stakeholder, id=new_id())
        rows = R.stakeholder_rows(stakeholder)
        self._edit(tr("Add %1").replace("%1", stakeholder.name), lambda s: ([], rows), initiator)
        return stakeholder.id

    def update_stakeholder(self, stakeholder: Stakeholder, initiator: object | None = None) -> None:
        """Make a stakeholder's fields and group memberships those of *stakeholder*
        (only what differs is written; prefer ``set_fields`` for a few fields)."""
        current = self.stakeholder(stakeholder.id)
        if current is None:
            raise EditRefused(tr("This stakeholder no longer exists."))
        if (current.kind == StakeholderKind.FACILITATOR) != (stakeholder.kind == StakeholderKind.FACILITATOR):
            raise EditRefused(tr("A workspace has exactly one facilitator."))
        self._replace(tr("Edit %1").replace("%1", stakeholder.name), R.stakeholder_rows(stakeholder),
                      initiator)

    def set_fields(self, stakeholder_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of one stakeholder (``role``, ``needs``, ``kind``, ``status``,
        ``tags``, ``pinned`` …; not its id or groups); undo restores just those."""
        if "kind" in fields:
            current = self.stakeholder(stakeholder_id)
            if current is not None and ((current.kind == StakeholderKind.FACILITATOR)
                                        != (fields["kind"] == StakeholderKind.FACILITATOR)):
                raise EditRefused(tr("A workspace has exactly one facilitator."))
        names: list[str] = []

        def label() -> str:
            if "name" in fields:
                return tr("Rename %1").replace("%1", str(fields["name"]))
            return tr("Edit %1").replace("%1", names[0] if names else "")

        if "name" not in fields:
            names.extend(s.name for s in self.stakeholders([stakeholder_id]))
        self._set_fields(label, "stakeholders", stakeholder_id, fields, initiator)

    def rename(self, stakeholder_id: str, name: str, initiator: object | None = None) -> None:
        """Rename a stakeholder."""
        self.set_fields(stakeholder_id, initiator, name=name)

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
        """Move stakeholders (one undo entry for all, e.g. one drag or an auto-layout);
        writes and undoes only their positions."""
        names: list[str] = []

        def build(s: DbSession) -> Step:
            before = R.capture(s, "stakeholders", [(i,) for i in positions], ("name", "x", "y"))
            names.extend(row["name"] for _t, row in before[:2])
            return before, [("stakeholders", {**row, "x": float(positions[row["id"]][0]),
                                              "y": float(positions[row["id"]][1])}) for _t, row in before]

        def label() -> str:
            return text or tr("Move %1").replace(
                "%1", names[0] if len(positions) == 1 and names else tr("%n stakeholders").replace(
                    "%n", str(len(positions))))

        self._edit(label, build, initiator)

    def set_group_members(self, group_id: str, add: Sequence[str] = (), remove: Sequence[str] = (),
                          initiator: object | None = None, text: str | None = None) -> None:
        """Add stakeholders to a group and remove others from it."""
        members = [("group_members", {"group_id": group_id, "stakeholder_id": i}) for i in add]
        gone = [("group_members", {"group_id": group_id, "stakeholder_id": i}) for i in remove]

        def build(s: DbSession) -> Step:
            keys = [(group_id, i) for i in dict.fromkeys([*add, *remove])]
            current = R.capture(s, "group_members", keys)
            present = {R.key_of(t, r) for t, r in current}
            after = [r for r in current if r not in gone] + [
                m for m in members if R.key_of(*m) not in present]
            return current, after

        self._edit(text or tr("Change group members"), build, initiator)

    def add_group(self, group: Group, initiator: object | None = None) -> str:
        """Add a group; returns its id."""
        if not group.id:
            group = replace(group, id=new_id())
        rows = R.group_rows(group)
        self._edit(tr("Add group %1").replace("%1", group.name), lambda s: ([], rows), initiator)
        return group.id

    def update_group(self, group: Group, initiator: object | None = None) -> None:
        """Edit a group's name, colour or region toggle (only what differs is written)."""
        self._replace(tr("Edit group %1").replace("%1", group.name), R.group_rows(group), initiator)

    def set_group_fields(self, group_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of a group (``name``, ``color``, ``show_region``)."""
        self._set_fields(tr("Edit group"), "groups", group_id, fields, initiator)

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
        self._edit(text, lambda s: ([], rows), initiator)
        return relation.id

    def update_relation(self, relation: Relation, initiator: object | None = None) -> None:
        """Edit a relation's kind, note or fields (only what differs is written)."""
        self._replace(tr("Edit relation"), R.relation_rows(relation), initiator)

    def set_relation_fields(self, relation_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of a relation (``kind``, ``note``)."""
        self._set_fields(tr("Edit relation"), "relations", relation_id, fields, initiator)

    def disconnect(self, relation_ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete relations with their readings."""
        self._delete(tr("Disconnect"), "relations", relation_ids, initiator)

    def add_reading(self, reading: Reading, initiator: object | None = None) -> str:
        """Add an energy reading; returns its id."""
        if not reading.id:
            reading = replace(reading, id=new_id())
        rows = R.reading_rows(reading)
        self._edit(tr("Add energy reading"), lambda s: ([], rows), initiator)
        return reading.id

    def update_reading(self, reading: Reading, initiator: object | None = None) -> None:
        """Edit an energy reading (only what differs is written)."""
        self._replace(tr("Edit energy reading"), R.reading_rows(reading), initiator)

    def set_reading_fields(self, reading_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of a reading (``energy``, ``at``, ``note``, ``source``)."""
        self._set_fields(tr("Edit energy reading"), "readings", reading_id, fields, initiator)

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
        self._edit(tr("Log %1").replace("%1", channel_label(interaction.channel)), lambda s: ([], rows),
                   initiator)
        return interaction.id

    def update_interaction(self, interaction: Interaction, initiator: object | None = None) -> None:
        """Edit an interaction, its participants, remarks and follow-ups (only what
        differs is written)."""
        self._replace(tr("Edit interaction"), R.interaction_rows(_with_ids(interaction)), initiator)

    def set_followup_done(self, followup_id: str, done: bool, initiator: object | None = None) -> None:
        """Tick a follow-up done (or open it again)."""
        text = tr("Mark follow-up done") if done else tr("Reopen follow-up")
        self._set_fields(text, "followups", followup_id, {"done": bool(done)}, initiator)

    def add_followup(self, followup: Followup, initiator: object | None = None) -> str:
        """Add a follow-up that belongs to no interaction ("call Anna next week"); returns its id."""
        _check_what(followup.what)
        if not followup.id:
            followup = replace(followup, id=new_id())
        row = {"id": followup.id, "interaction_id": None, "position": 0, "what": followup.what.strip(),
               "due": followup.due, "done": bool(followup.done), "who_id": followup.who}
        text = tr("Add follow-up %1").replace("%1", _short(followup.what))
        self._edit(text, lambda s: ([], [("followups", row)]), initiator)
        return followup.id

    def set_followup_fields(self, followup_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of a follow-up (``what``, ``due``, ``who``, ``done``), on its own
        or part of an interaction; undo restores just those."""
        unknown = set(fields) - set(FOLLOWUP_COLUMNS)
        if unknown:
            raise KeyError(f"a follow-up has no editable field {sorted(unknown)!r}")
        if "what" in fields:
            _check_what(fields["what"])
            fields["what"] = str(fields["what"]).strip()
        columns = {FOLLOWUP_COLUMNS[k]: v for k, v in fields.items()}
        self._set_fields(tr("Edit follow-up"), "followups", followup_id, columns, initiator)

    def delete_followups(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete follow-ups (ones on their own, or single follow-ups of an interaction)."""
        if ids:
            text = tr("Delete follow-up") if len(ids) == 1 else tr("Delete %n follow-ups").replace(
                "%n", str(len(ids)))
            self._delete(text, "followups", ids, initiator)

    def delete_interactions(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete interactions (their readings stay, unlinked)."""
        self._delete(tr("Delete interaction"), "interactions", ids, initiator)

    def add_session(self, session: Session, initiator: object | None = None) -> str:
        """Plan a session; returns its id."""
        if not session.id:
            session = replace(session, id=new_id())
        rows = R.session_rows(session)
        self._edit(tr("Plan %1").replace("%1", session.title), lambda s: ([], rows), initiator)
        return session.id

    def update_session(self, session: Session, initiator: object | None = None) -> None:
        """Edit a session (only what differs is written)."""
        self._replace(tr("Edit %1").replace("%1", session.title), R.session_rows(session), initiator)

    def delete_sessions(self, ids: Sequence[str], initiator: object | None = None) -> None:
        """Delete sessions."""
        self._delete(tr("Delete session"), "sessions", ids, initiator)

    def _session(self, session_id: str) -> Session:
        found = self.sessions([session_id])
        if not found:
            raise EditRefused(tr("This session no longer exists; it may have been deleted."))
        return found[0]

    def set_session_fields(self, session_id: str, initiator: object | None = None, **fields: Any) -> None:
        """Change some fields of a session (``title``, ``at``, ``place``, ``goal``); undo
        restores just those. Attendees and agenda have operations of their own."""
        unknown = set(fields) - SESSION_FIELDS
        if unknown:
            raise KeyError(f"a session has no editable field {sorted(unknown)!r}")
        if "title" in fields:
            fields["title"] = " ".join(str(fields["title"]).split())
            if not fields["title"]:
                raise EditRefused(tr("A session needs a title."))
        for key in ("place", "goal"):
            if key in fields:
                fields[key] = str(fields[key]).strip()
        title = str(fields.get("title") or self._session(session_id).title)
        self._set_fields(tr("Edit session %1").replace("%1", _short(title)), "sessions", session_id, fields,
                         initiator)

    def duplicate_session(self, session_id: str, at: datetime | None = None,
                          initiator: object | None = None) -> str:
        """A copy of a session (same attendees and agenda; at *at*, else the same time)
        titled "… (copy)"; returns the copy's id."""
        original = self._session(session_id)
        copy = replace(original, id=new_id(), title=tr("%1 (copy)").replace("%1", original.title),
                       at=at or original.at)
        rows = R.session_rows(copy)
        self._edit(tr("Duplicate %1").replace("%1", _short(original.title)), lambda s: ([], rows), initiator)
        return copy.id

    def set_session_attendees(self, session_id: str, attendees: Sequence[str],
                              initiator: object | None = None) -> None:
        """Make *attendees* (in this order) the session's attendees."""
        title = self._session(session_id).title
        wanted = list(dict.fromkeys(attendees))

        def build(s: DbSession) -> Step:
            current = [r for r in queries.existing_rows(s, [("sessions", {"id": session_id})])
                       if r[0] == "session_attendees"]
            return current, [("session_attendees", {"session_id": session_id, "stakeholder_id": sid,
                                                    "position": i}) for i, sid in enumerate(wanted)]

        self._edit(tr("Change attendees of %1").replace("%1", _short(title)), build, initiator)

    def set_session_agenda(self, session_id: str, agenda: Sequence[AgendaItem | str],
                           initiator: object | None = None) -> None:
        """Make *agenda* the session's agenda (items in order, each with its duration and owner)."""
        items = [AgendaItem.of(item) for item in agenda]
        for item in items:
            if not item.title.strip():
                raise EditRefused(tr("An agenda item needs a title."))
            if item.minutes is not None and not 0 <= item.minutes <= MAX_AGENDA_MINUTES:
                raise EditRefused(tr("An agenda item lasts from 0 to %1 minutes.").replace(
                    "%1", str(MAX_AGENDA_MINUTES)))
        items = [AgendaItem(" ".join(i.title.split()), i.minutes, " ".join(i.owner.split())) for i in items]
        title = self._session(session_id).title
        self._set_fields(tr("Edit agenda of %1").replace("%1", _short(title)), "sessions", session_id,
                         {"agenda": [item.to_json() for item in items]}, initiator)


def _finding_names(finding: "Finding") -> str:
    names = list(finding.names)
    return _names(names, tr("%n people")) if names else tr("a finding")


def _check_what(what: Any) -> None:
    if not str(what or "").strip():
        raise EditRefused(tr("A follow-up needs to say what is to be done."))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _with_ids(interaction: Interaction) -> Interaction:
    """Give new remarks and follow-ups an id."""
    return replace(
        interaction,
        remarks=tuple(r if r.id else replace(r, id=new_id()) for r in interaction.remarks),
        followups=tuple(f if f.id else replace(f, id=new_id()) for f in interaction.followups),
    )
