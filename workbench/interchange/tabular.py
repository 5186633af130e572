"""Elements and connections from named columns: what Kumu sheets, CSV files and GraphML
attributes share on the way into a ``Dataset``.

A reader describes each table's columns once (``ElementColumns``, ``ConnectionColumns``)
and hands every row (a spreadsheet row, a graph node or edge) with the place it came
from to a ``GraphBuilder``. The builder maps the pre-named columns onto the model —
``Type`` → kind where it names one (else a tag), ``Description`` → notes, ``Tags``
pipe-separated, ``Email``, ``URL`` … — and keeps every other column as a custom field.
A connection's From and To are looked up among the file's elements, by ID and else by
label; what the file does not define becomes a reference for the workspace to resolve.
Several connections between one pair become one relation (one per pair is the model)
that keeps every kind, label and value. Each entity records which fields it carries
(``Carried``), so that a re-import updates only those and keeps the rest.

A reader may map more columns (``extra``): ``x`` and ``y`` give a position, carried only
by a row that fills both (an empty pair keeps the position a stakeholder has; half a pair
is refused); ``groups`` names groups, pipe-separated like ``Tags``, by name or id. The
builder makes one ``Group`` per distinct name (its id derived from the name, its name as
written); the import matches them with the workspace's groups by id or name and creates
only those it does not have (``workbench.workspace.transfer``).
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable, Mapping, NoReturn, Sequence

from workbench.interchange.errors import InterchangeError
from workbench.interchange.references import name_key
from workbench.interchange.validate import validate
from workbench.model import Dataset, Group, Relation, Stakeholder, StakeholderKind, Status
from workbench.model.values import Carried, Reference

Cell = str | int | float | bool
#: Separator of several values in one cell (Kumu's convention).
PIPE = "|"
#: Stakeholder kinds by the words a ``Type`` cell may use.
KINDS: Mapping[str, StakeholderKind] = {
    **{k.value: k for k in StakeholderKind}, "organization": StakeholderKind.ORGANISATION}
STATUSES: Mapping[str, Status] = {
    **{s.value: s for s in Status}, "own way": Status.OWN_WAY, "own-way": Status.OWN_WAY}
#: Element columns stored as plain text on the stakeholder (header → attribute).
ELEMENT_TEXT: Mapping[str, str] = {
    "description": "notes", "email": "email", "phone": "phone", "organisation": "organisation",
    "organization": "organisation", "role": "role", "interests": "interests", "needs": "needs",
    "drivers": "drivers", "value": "value"}
#: Custom fields with a conventional spelling, whatever case the header uses.
CANONICAL: Mapping[str, str] = {"url": "URL", "label": "Label", "type": "Type", "kind": "Kind",
                                "strength": "Strength", "direction": "Direction", "status": "Status"}
#: Targets a row carries only when it fills them, as a pair (see ``GraphBuilder``).
POSITION = ("x", "y")
#: A number written with a decimal comma, as Dutch Excel saves it in a CSV file.
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")


# ----------------------------------------------------------------------------- cells

def cell(value: Any) -> Cell | None:
    """A spreadsheet or attribute value as a plain JSON-ready value; None when empty.

    Text arrives valid from the readers (no lone surrogates: they decode strictly).
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip() or None


def text(value: Any) -> str:
    """A value as text: ``""`` when empty, whole numbers without a decimal point."""
    value = cell(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parts(value: Any) -> list[str]:
    """The pipe-separated values of a cell, trimmed, empty ones left out."""
    return [p.strip() for p in text(value).split(PIPE) if p.strip()]


def local_id(prefix: str, key: str) -> str:
    """A stable id for something the file names without an id (same text, same id)."""
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class Place:
    """Where a row is in a file, for messages: ``sheet 'Elements' row 7`` or ``node 'n3'``."""

    text: str
    unit: str = "column"

    def at(self, column: str | None) -> str:
        """The place of one column (or attribute) of the row."""
        return self.text if column is None else f"{self.text} {self.unit} {column!r}"


def _interned(cache: dict[frozenset[str], frozenset[str]], names: Iterable[str]) -> frozenset[str]:
    value = frozenset(names)
    return cache.setdefault(value, value)


# ----------------------------------------------------------------------------- columns

class ElementColumns:
    """How one table's columns map onto stakeholders (computed once per sheet or graph).

    *headers* are the column names in order; ``None`` marks a column the reader handles
    itself (ID, Label). *extra* maps more headers (lower case) to the targets ``x``, ``y``
    (a position) and ``groups``; *ignored* headers are neither mapped nor kept.
    """

    def __init__(self, headers: Sequence[str | None], extra: Mapping[str, str] | None = None,
                 ignored: Iterable[str] = ()) -> None:
        lowered = [h.strip().casefold() if h is not None else None for h in headers]
        kind_column = next((n for n in ("kind", "type") if n in lowered), None)
        extra = extra or {}
        skip = set(ignored)
        self.targets: list[tuple[int, str, str]] = []  # (index, header, target)
        base = {"name"}
        for index, (header, low) in enumerate(zip(headers, lowered)):
            if not header or not low or low in skip:
                continue
            if low == kind_column:
                target = "kind"
            elif low == "status":
                target = "status"
                base.add("fields.Status")
            elif low == "tags":
                target = "tags"
                base.add("tags")
            elif low in ELEMENT_TEXT:
                target = ELEMENT_TEXT[low]
                base.add(target)
            elif low in extra:
                target = extra[low]
                if target not in POSITION:  # a position is carried row by row
                    base.add(target)
            else:
                key = CANONICAL.get(low, header.strip())
                target = "field:" + key
                base.add("fields." + key)
            self.targets.append((index, header.strip(), target))
        self.base = frozenset(base)


class ConnectionColumns:
    """How one table's columns map onto relations: the first of ``Kind``, ``Type``,
    ``Label`` gives the relation's kind, ``Description`` (or ``Note``) its note; every
    other column (``Label``, ``Strength``, ``Direction`` …) is kept as a field."""

    def __init__(self, headers: Sequence[str | None], ignored: Iterable[str] = ()) -> None:
        lowered = [h.strip().casefold() if h is not None else None for h in headers]
        kind_column = next((n for n in ("kind", "type", "label") if n in lowered), None)
        skip = set(ignored)
        self.targets: list[tuple[int, str, str]] = []
        base: set[str] = set()
        for index, (header, low) in enumerate(zip(headers, lowered)):
            if not header or not low or low in skip:
                continue
            if low == kind_column:
                target = "kind"
                base.add("kind")
            elif low in ("description", "note"):
                target = "note"
                base.add("note")
            else:
                key = CANONICAL.get(low, header.strip())
                target = "field:" + key
                base.add("fields." + key)
            self.targets.append((index, header.strip(), target))
        self.base = frozenset(base)


# ----------------------------------------------------------------------------- building

@dataclass
class _Draft:
    """A relation being built: the first connection of a pair, with later ones merged in."""

    id: str
    a: str
    b: str
    kind: str
    note: str
    fields: dict[str, Cell]
    carried: set[str]
    kinds: list[str] = field(default_factory=list)

    def merge(self, kind: str, note: str, fields: Mapping[str, Cell], carried: Iterable[str]) -> None:
        """Fold another connection between the same pair into this one, dropping nothing."""
        if kind and kind not in self.kinds:
            self.kinds.append(kind)
            if not self.kind:
                self.kind = kind
        if note and note not in self.note.split("\n"):
            self.note = f"{self.note}\n{note}" if self.note else note
        for key, value in fields.items():
            if key not in self.fields:
                self.fields[key] = value
            elif self.fields[key] != value:
                known = str(self.fields[key]).split(PIPE)
                if str(value) not in known:
                    self.fields[key] = PIPE.join([*known, str(value)])
        self.carried.update(carried)

    def relation(self) -> Relation:
        fields = dict(self.fields)
        if len(self.kinds) > 1:
            fields["kinds"] = PIPE.join(self.kinds)
            self.carried.add("fields.kinds")
        return Relation(id=self.id, a=self.a, b=self.b, kind=self.kind, note=self.note, fields=fields)


class GraphBuilder:
    """Collects elements, then connections, of one file and builds a validated Dataset.

    Elements must all be added before the first connection (a connection's ends are
    looked up among them). Errors are ``InterchangeError`` naming the row and column.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.skipped: list[str] = []
        self._stakeholders: list[Stakeholder] = []
        self._carried_people: dict[str, frozenset[str]] = {}
        self._ids: dict[str, str] = {}  # explicit element id → where it was defined
        self._labels: dict[str, list[tuple[str, str, bool]]] = {}  # name key → (id, where, has id)
        self._defined: list[Reference] = []  # elements without an ID, matched by label
        self._unknown: dict[str, Reference] = {}  # name key → a From/To the file does not define
        self._drafts: dict[tuple[str, str], _Draft] = {}
        self._relation_ids: dict[str, str] = {}  # relation id → where
        self._groups: dict[str, Group] = {}  # group id → the group a Groups cell names
        self._interned: dict[frozenset[str], frozenset[str]] = {}

    def fail(self, where: str, message: str) -> NoReturn:
        """Refuse the file: *where* in it, and what was expected."""
        raise InterchangeError(self.source, where, message)

    def skip(self, reason: str) -> None:
        """Note something left out, for the import summary."""
        self.skipped.append(reason)

    # ------------------------------------------------------------------ elements
    def element(self, ident: Any, label: Any, values: Sequence[Any], columns: ElementColumns,
                place: Place, id_column: str = "ID", label_column: str = "Label") -> str | None:
        """Add one element; returns its stakeholder id (None when skipped for want of a label)."""
        name = text(label)
        if not name:
            self.skip(f"{place.text}: empty {label_column}; skipped")
            return None
        key = name_key(name)
        given = text(ident)
        same_label = self._labels.setdefault(key, [])
        if given:
            if given in self._ids:
                self.fail(place.at(id_column), f"ID {given!r} is used again (first at {self._ids[given]})")
            if any(not has_id for _i, _w, has_id in same_label):
                self.fail(place.at(label_column), self._label_again(name, same_label))
            self._ids[given] = place.text
            stakeholder_id = given
        else:
            if same_label:
                self.fail(place.at(label_column), self._label_again(name, same_label))
            stakeholder_id = local_id("el", key)
            self._defined.append(Reference(stakeholder_id, name, place.at(label_column), defined=True))
        same_label.append((stakeholder_id, place.text, bool(given)))
        attrs, carried = self._element_values(values, columns, place)
        self._stakeholders.append(Stakeholder(id=stakeholder_id, name=name, **attrs))
        self._carried_people[stakeholder_id] = carried
        return stakeholder_id

    @staticmethod
    def _label_again(name: str, same: list[tuple[str, str, bool]]) -> str:
        return (f"label {name!r} is used again (first at {same[0][1]}); give each element a "
                "unique label, or an ID column to tell them apart")

    def _element_values(self, values: Sequence[Any], columns: ElementColumns,
                        place: Place) -> tuple[dict[str, Any], frozenset[str]]:
        attrs: dict[str, Any] = {}
        fields: dict[str, Cell] = {}
        tags: list[str] = []
        type_tag = ""
        position: dict[str, tuple[float | None, str]] = {}  # "x"/"y" → (number, header)
        carried = set(columns.base)
        for index, header, target in columns.targets:
            value = values[index] if index < len(values) else None
            if target.startswith("field:"):
                found = cell(value)
                if found is not None:
                    fields[target[6:]] = found
            elif target == "kind":
                word = text(value)
                if word:
                    kind = KINDS.get(word.casefold())
                    if kind is not None:
                        attrs["kind"] = kind
                        carried.add("kind")
                    else:
                        type_tag = word
                        carried.add("tags")
            elif target == "status":
                word = text(value)
                status = STATUSES.get(word.casefold()) if word else None
                if status is not None:
                    attrs["status"] = status
                    carried.add("status")
                elif word:
                    fields["Status"] = word
            elif target == "tags":
                tags = parts(value)
            elif target == "groups":
                attrs["groups"] = tuple(dict.fromkeys(self._group(name) for name in parts(value)))
            elif target in POSITION:
                position[target] = (self._number(value, place.at(header)), header)
            else:
                attrs[target] = text(value)
        given = {axis: found for axis, found in position.items() if found[0] is not None}
        if len(given) == len(POSITION):
            for axis, (number, _header) in given.items():
                attrs[axis] = number
                carried.add(axis)
        elif given:
            present = next(h for _n, h in given.values())
            missing = next((h for a, (_n, h) in position.items() if a not in given),
                           "Y" if "x" in given else "X")  # a reader that maps one axis only
            self.fail(place.at(missing), f"{present} has a number but {missing} is empty; "
                                         "give both coordinates of the position, or neither")
        if type_tag and type_tag not in tags:
            tags.append(type_tag)
        attrs["tags"] = tuple(dict.fromkeys(tags))
        attrs["fields"] = fields
        return attrs, _interned(self._interned, carried)

    def _group(self, name: str) -> str:
        """The id of the group a Groups cell names (one group per name, case aside)."""
        group_id = local_id("grp", name_key(name))
        self._groups.setdefault(group_id, Group(id=group_id, name=name))
        return group_id

    def _number(self, value: Any, where: str) -> float | None:
        found = cell(value)
        if found is None:
            return None
        if isinstance(found, str) and _DECIMAL_COMMA.fullmatch(found):
            found = found.replace(",", ".")  # Dutch Excel's CSV: "120,5"
        try:
            number = float(found)
        except ValueError:
            self.fail(where, f"expected a number, got {found!r}")
        if not math.isfinite(number):
            self.fail(where, f"expected a finite number, got {found!r}")
        return number

    # ------------------------------------------------------------------ connections
    def end(self, value: str, where: str) -> str:
        """The stakeholder id a From or To names: an element's ID, else its label, else a
        reference for the workspace to resolve."""
        if value in self._ids:
            return value
        key = name_key(value)
        same = self._labels.get(key, [])
        if len(same) == 1:
            return same[0][0]
        if len(same) > 1:
            self.fail(where, f"{value!r} is the label of {len(same)} elements "
                             f"({', '.join(w for _i, w, _h in same[:3])}); use their IDs")
        ref = self._unknown.get(key)
        if ref is None:
            ref = Reference(local_id("ref", key), value, where)
            self._unknown[key] = ref
        return ref.id

    def connection(self, ident: Any, source: Any, target: Any, values: Sequence[Any],
                   columns: ConnectionColumns, place: Place,
                   ends: tuple[str, str] = ("From", "To")) -> None:
        """Add one connection row; ``A|B`` in From or To makes one relation per pair."""
        sources, targets = parts(source), parts(target)
        for column, found in zip(ends, (sources, targets)):
            if not found:
                self.skip(f"{place.text}: empty {column}; skipped")
                return
        a_ids = [self.end(v, place.at(ends[0])) for v in sources]
        b_ids = [self.end(v, place.at(ends[1])) for v in targets]
        given = text(ident)
        n = 0
        for a in a_ids:
            for b in b_ids:
                n += 1
                self.connect(a, b, f"{given}-{n}" if given and n > 1 else given, values, columns, place)

    def connect(self, a: str, b: str, ident: str, values: Sequence[Any],
                columns: ConnectionColumns, place: Place) -> None:
        """Add one relation between two known stakeholder ids (merged if the pair exists)."""
        if a == b:
            self.skip(f"{place.text}: connects {a!r} with itself; skipped")
            return
        kind, note, fields = "", "", {}
        for index, _header, target in columns.targets:
            value = values[index] if index < len(values) else None
            if target == "kind":
                kind = text(value)
            elif target == "note":
                note = text(value)
            else:
                found = cell(value)
                if found is not None:
                    fields[target[6:]] = found
        pair = (a, b) if a < b else (b, a)
        draft = self._drafts.get(pair)
        if draft is not None:
            draft.merge(kind, note, fields, columns.base)
            return
        relation_id = ident or local_id("rel", f"{pair[0]}\n{pair[1]}")
        if relation_id in self._relation_ids:
            self.fail(place.at("ID"), f"ID {relation_id!r} is used again "
                                      f"(first at {self._relation_ids[relation_id]})")
        self._relation_ids[relation_id] = place.text
        self._drafts[pair] = _Draft(relation_id, pair[0], pair[1], kind, note, fields,
                                    set(columns.base), [kind] if kind else [])

    # ------------------------------------------------------------------ result
    def build(self) -> Dataset:
        """The validated dataset of everything added."""
        relations = [draft.relation() for draft in self._drafts.values()]
        carried = Carried(
            stakeholders=self._carried_people,
            relations={d.id: _interned(self._interned, d.carried) for d in self._drafts.values()})
        dataset = Dataset(groups=tuple(self._groups.values()),
                          stakeholders=tuple(self._stakeholders), relations=tuple(relations),
                          carried=carried, references=(*self._defined, *self._unknown.values()),
                          skipped=tuple(self.skipped))
        validate(dataset, self.source)
        return dataset
