"""What the energy timeline shows for a selection, as data: no pyqtgraph, no widgets.

The :class:`Overlay` decides which relations a selection shows (a stakeholder: all of
their relations; relations: those; both: the union), how each is labelled, which one is
emphasised (the facilitator relation of a partner) and which colour it gets. It holds
every shown relation's readings as numpy columns (:class:`Track`, from the Workspace's
column-shaped ``readings_series``), the interactions on those relations as markers, and
turns a ``Change`` into what must be redrawn (:class:`Redraw`): a reading added to a
shown relation re-reads that relation only.

Drawing merges series (pyqtgraph slows with the number of plot items, not of points):
relations of the same style (palette colour, emphasis) share one curve, joined by a
``connect`` array that is False at the last reading of each relation, so the curve's
data is exactly the readings, relation after relation (:meth:`Overlay.bucket`).

Times are seconds since 1970-01-01 00:00 of the naive wall clock the workspace stores
(``datetime64[s]`` as ``int64``): what a date axis with ``utcOffset=0`` shows as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from typing import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from workbench.model import Channel, Interaction, Reading, Relation, RemarkKind, Source
from workbench.workspace import Change, Workspace
from workbench.workspace.labels import channel_label, energy_label

EPOCH = datetime(1970, 1, 1)
#: Line colours of the overlaid relations, in the order they are given out (the
#: emphasised relation comes first, so a partner's facilitator relation is always the first).
PALETTE: tuple[str, ...] = ("#1f4e9c", "#e8710a", "#2a9d3a", "#8e44ad", "#c2185b",
                            "#00838f", "#8d6e63", "#9e9d24", "#5c6bc0", "#6d6d6d")
#: At most this many relations are emphasised (thick lines: a partner's relation with the
#: facilitator); with more selected partners none is, as it would no longer stand out.
MAX_EMPHASISED = 12
#: Where the interaction markers sit: a lane below energy 1.
MARKER_Y = 0.4
#: A workspace with at most this many interactions has them read whole for the markers.
READ_ALL_MAX = 3000
#: At most this many stakeholders' interactions are read one by one for the markers.
COVER_MAX = 24
#: A reading or marker within this many pixels of the pointer is under it.
HIT_RADIUS_PX = 9.0


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def seconds(at: datetime) -> float:
    """*at* (naive wall clock) as seconds since 1970-01-01 00:00 of that clock."""
    return (at - EPOCH).total_seconds()


def from_seconds(value: float) -> datetime:
    """The naive wall-clock time of *value* seconds, to the minute."""
    return (EPOCH + timedelta(seconds=round(float(value) / 60) * 60))


def source_label(source: str) -> str:
    """Where a reading came from, for people."""
    if source == Source.SENSE:
        return tr("sensed")
    try:
        return channel_label(Channel(source))
    except ValueError:
        return source


def remark_kind_label(kind: RemarkKind) -> str:
    """The kind of a remark, for people."""
    return {
        RemarkKind.DOUBT: tr("doubt"),
        RemarkKind.QUESTION: tr("question"),
        RemarkKind.REMARK: tr("remark"),
        RemarkKind.IDEA: tr("idea"),
    }[kind]


def when_text(at: datetime) -> str:
    """A reading's or contact's moment for people: the date, and the time unless midnight."""
    locale = QLocale()
    day = locale.toString(QDate(at.year, at.month, at.day), "ddd d MMMM yyyy")
    if (at.hour, at.minute) == (0, 0):
        return day
    return f"{day}, {locale.toString(QTime(at.hour, at.minute), 'HH:mm')}"


def qdatetime(at: datetime) -> QDateTime:
    """*at* as a QDateTime (to the minute)."""
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


@dataclass
class Track:
    """One shown relation: how it is drawn and its readings as columns, oldest first."""

    relation: Relation
    label: str
    emphasised: bool
    colour: int
    x: np.ndarray
    y: np.ndarray
    ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    interactions: tuple[str | None, ...] = ()
    visible: bool = True

    @property
    def key(self) -> tuple[int, bool]:
        """The style it shares with other relations: (palette index, emphasised)."""
        return self.colour, self.emphasised


@dataclass(frozen=True)
class Marker:
    """An interaction on one or more shown relations: both ends took part (the
    facilitator, who logs them, takes part in every one)."""

    interaction: Interaction
    x: float
    relations: tuple[str, ...]


@dataclass(frozen=True)
class Redraw:
    """What a change means for the plot."""

    everything: bool = False
    relations: frozenset[str] = frozenset()
    markers: bool = False
    labels: bool = False
    band: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.relations) or self.markers or self.labels or self.band


@dataclass
class _Hits:
    """Every visible reading in one set of arrays, for finding the one under the pointer."""

    x: np.ndarray
    y: np.ndarray
    track: np.ndarray
    row: np.ndarray
    rids: list[str] = field(default_factory=list)


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.float64)


class Overlay:
    """The relations a selection shows, their readings and interactions, as data."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.stakeholders: tuple[str, ...] = ()
        self.selected_relations: tuple[str, ...] = ()
        self.tracks: dict[str, Track] = {}
        self.markers: list[Marker] = []
        self.hidden_channels: set[str] = set()
        self.markers_complete = True
        self._interaction_count: int | None = None  # how many the workspace holds (read once)
        self.names: dict[str, str] = {}
        self.facilitator: str | None = None
        self.low_energy_max = 2
        self.as_of: date | None = None
        self._hits: _Hits | None = None
        self._readings: dict[str, dict[str, Reading]] = {}  # per relation, read on demand
        self._interactions: dict[str, Interaction] = {}

    # ------------------------------------------------------------------ loading
    def load(self, stakeholders: Sequence[str] = (), relations: Sequence[str] = (),
             keep_hidden: bool = False) -> None:
        """Show the relations of *stakeholders* and the *relations* (everything re-read).

        A new selection shows everything; *keep_hidden* (a reload after a change) keeps the
        relations and kinds of contact the user hid in the legend hidden."""
        ws = self.workspace
        self.stakeholders, self.selected_relations = tuple(stakeholders), tuple(relations)
        self.facilitator = ws.facilitator_id()
        settings = ws.settings()
        self.low_energy_max, self.as_of = settings.low_energy_max, settings.as_of
        found: dict[str, Relation] = {}
        if self.stakeholders:
            found.update((r.id, r) for r in ws.relations(stakeholder_ids=list(self.stakeholders)))
        if self.selected_relations:
            found.update((r.id, r) for r in ws.relations(ids=list(self.selected_relations)))
        ends = {e for r in found.values() for e in (r.a, r.b)}
        self.names = {s.id: s.name for s in ws.stakeholders(sorted(ends))} if ends else {}
        hidden = {rid for rid, t in self.tracks.items() if not t.visible} if keep_hidden else set()
        if not keep_hidden:
            self.hidden_channels = set()
        self.tracks = {}
        for relation, label, emphasised, colour in self._styled(list(found.values())):
            self.tracks[relation.id] = Track(relation, label, emphasised, colour, _empty(), _empty(),
                                             visible=relation.id not in hidden)
        self._readings.clear()
        self._read_series(list(self.tracks))
        self.load_markers()

    def _styled(self, relations: list[Relation]) -> list[tuple[Relation, str, bool, int]]:
        """Each relation with its label, emphasis and palette index, in legend order."""
        fac = self.facilitator
        partners = set(self.stakeholders) - {fac}
        # a partner's relation with the facilitator stands out among their other relations
        # (not among relations selected as such, and not when there would be many)
        touches_fac = [fac in (r.a, r.b) and bool(partners & {r.a, r.b}) for r in relations]
        emphasise = 0 < sum(touches_fac) <= MAX_EMPHASISED and not all(touches_fac)
        one = self.stakeholders[0] if len(self.stakeholders) == 1 else None
        rows = []
        for r, is_fac in zip(relations, touches_fac):
            if one is not None and one in (r.a, r.b):
                label = self.names.get(r.other(one), "?")
            else:
                label = self.pair_label(r)
            rows.append((r, label, emphasise and is_fac))
        rows.sort(key=lambda t: (not t[2], t[1].casefold(), t[0].id))
        return [(r, label, emph, i % len(PALETTE)) for i, (r, label, emph) in enumerate(rows)]

    def pair_label(self, r: Relation) -> str:
        """"A – B": the facilitator first, else a selected stakeholder."""
        first = (self.facilitator if self.facilitator in (r.a, r.b)
                 else next((s for s in self.stakeholders if s in (r.a, r.b)), r.a))
        return f"{self.names.get(first, '?')} – {self.names.get(r.other(first), '?')}"

    def restyle(self) -> None:
        """Label, order and colour the shown relations again (after a rename), keeping their data."""
        old = self.tracks
        self.tracks = {}
        for relation, label, emphasised, colour in self._styled([t.relation for t in old.values()]):
            track = old[relation.id]
            track.relation, track.label, track.emphasised, track.colour = relation, label, emphasised, colour
            self.tracks[relation.id] = track
        self._hits = None

    def _read_series(self, relation_ids: list[str]) -> None:
        """(Re-)read the readings of these shown relations."""
        if not relation_ids:
            return
        found = self.workspace.readings_series(relation_ids)
        for rid in relation_ids:
            track = self.tracks[rid]
            s = found.get(rid)
            if s is None:
                track.x, track.y, track.ids, track.sources, track.interactions = _empty(), _empty(), (), (), ()
            else:
                track.x = s.at.astype(np.int64).astype(np.float64)
                track.y = s.energy.astype(np.float64)
                track.ids, track.sources, track.interactions = s.ids, s.sources, s.interactions
            self._readings.pop(rid, None)
        self._hits = None

    def load_markers(self) -> None:
        """Read the interactions on the shown relations (both ends took part).

        Which read depends on the size: a workspace with few interactions is read whole
        (one query); else the interactions of a few stakeholders who cover every shown
        relation, one query each (a stakeholder's view: one); past ``COVER_MAX`` of those
        (a large overlay) only the contacts the shown readings were sensed in, in one read
        by id, and ``markers_complete`` says so.
        """
        self.markers, self._interactions, self.markers_complete = [], {}, True
        if not self.tracks:
            return
        ws = self.workspace
        found: list[Interaction]
        if self._interaction_count is None:
            self._interaction_count = ws.counts().get("interactions", 0)
        if self._interaction_count <= READ_ALL_MAX:
            found = ws.interactions()
        else:
            cover = self._covering(list(self.tracks.values()))
            if len(cover) <= COVER_MAX:
                by_id = {i.id: i for who in cover for i in ws.interactions(stakeholder_id=who)}
                found = list(by_id.values())
            else:
                ids = sorted({i for t in self.tracks.values() for i in t.interactions if i is not None})
                found = ws.interactions(ids) if ids else []
                self.markers_complete = False
        # which shown relations each stakeholder is on, by the other end
        ends: dict[str, list[tuple[str, str]]] = {}
        for rid, t in self.tracks.items():
            ends.setdefault(t.relation.a, []).append((t.relation.b, rid))
            ends.setdefault(t.relation.b, []).append((t.relation.a, rid))
        for i in sorted(found, key=lambda i: (i.at, i.id)):
            # the facilitator logs their own contact moments and is not listed in them
            took_part = set(i.with_) | ({self.facilitator} if self.facilitator else set())
            on = sorted({rid for p in took_part for other, rid in ends.get(p, ()) if other in took_part})
            if on:
                self.markers.append(Marker(i, seconds(i.at), tuple(on)))
                self._interactions[i.id] = i
        missing = sorted({p for m in self.markers for p in m.interaction.with_} - set(self.names))
        if missing:
            self.names.update((s.id, s.name) for s in ws.stakeholders(missing))

    def _covering(self, tracks: list[Track]) -> list[str]:
        """Few stakeholders whose interactions include every shown relation's (one end each):
        the selected stakeholders first, then greedily the end most relations share."""
        left = {t.relation.id: (t.relation.a, t.relation.b) for t in tracks}
        chosen: list[str] = []
        for s in self.stakeholders:
            if s != self.facilitator and any(s in ends for ends in left.values()):
                chosen.append(s)
                left = {rid: ends for rid, ends in left.items() if s not in ends}
        while left:
            counts: dict[str, int] = {}
            for ends in left.values():
                for e in ends:
                    if e != self.facilitator:  # the facilitator takes part in almost everything
                        counts[e] = counts.get(e, 0) + 1
            best = max(counts, key=lambda e: (counts[e], e)) if counts else next(iter(left.values()))[0]
            chosen.append(best)
            left = {rid: ends for rid, ends in left.items() if best not in ends}
        return chosen

    # ------------------------------------------------------------------ changes
    def apply(self, change: Change) -> Redraw:
        """Bring the data up to date with *change*; say what to redraw."""
        if change.reset:
            self._interaction_count = None
        elif self._interaction_count is not None:  # counted from the change, not again (a frame at 100,000)
            self._interaction_count += (len(change.added.get("interactions", ()))
                                        - len(change.removed.get("interactions", ())))
        if change.reset:
            self.load(self.stakeholders, self.selected_relations, keep_hidden=True)
            return Redraw(everything=True)
        if not self.stakeholders and not self.selected_relations:
            return Redraw()
        if self._relations_changed(change):
            self.load(self.stakeholders, self.selected_relations, keep_hidden=True)
            return Redraw(everything=True)
        redraw = Redraw()
        if change.touches("readings"):
            touched: set[str] = set()
            for kind in (change.added, change.updated, change.removed):
                for reading_id in kind.get("readings", ()):
                    rid = change.values.get("readings", {}).get(reading_id, {}).get("relation_id")
                    if rid is None:  # not said: look among the shown relations
                        touched |= {r for r, t in self.tracks.items() if reading_id in t.ids}
                    elif rid in self.tracks:
                        touched.add(str(rid))
            if touched:
                self._read_series(sorted(touched))
                redraw = Redraw(relations=frozenset(touched))
        markers = change.touches("interactions")
        if markers:
            self.load_markers()
        fields = change.fields.get("stakeholders", {})
        renamed = {sid for sid in change.updated.get("stakeholders", ()) if sid in self.names
                   and "name" in fields.get(sid, ())}
        if renamed:
            values = change.values.get("stakeholders", {})
            for sid in renamed:
                self.names[sid] = str(values.get(sid, {}).get("name", self.names[sid]))
            self.restyle()
        band = False
        if change.touches("settings"):
            settings = self.workspace.settings()
            band = (settings.low_energy_max, settings.as_of) != (self.low_energy_max, self.as_of)
            self.low_energy_max, self.as_of = settings.low_energy_max, settings.as_of
        return Redraw(relations=redraw.relations, markers=markers, labels=bool(renamed), band=band)

    def _relations_changed(self, change: Change) -> bool:
        """True when the set of shown relations (or their ends) may have changed."""
        if change.ids("relations") & self.tracks.keys():
            return True
        wanted = set(self.stakeholders)
        selected = set(self.selected_relations)
        for kind in (change.added, change.removed):
            for rid in kind.get("relations", ()):
                row = change.values.get("relations", {}).get(rid, {})
                if rid in selected or wanted & {row.get("a"), row.get("b")}:
                    return True
        return bool(change.removed.get("stakeholders", frozenset()) & set(self.names))

    # ------------------------------------------------------------------ drawing data
    def bucket_keys(self) -> list[tuple[int, bool]]:
        """The styles in use, emphasised last (drawn on top)."""
        return sorted({t.key for t in self.tracks.values()}, key=lambda k: (k[1], k[0]))

    def bucket(self, key: tuple[int, bool]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
        """The visible readings of every relation of style *key*, one relation after the other:
        (x, y, connect, relation ids). ``connect[i]`` joins reading i to i + 1; it is False
        at each relation's last reading."""
        tracks = [t for t in self.tracks.values() if t.key == key and t.visible and len(t.x)]
        if not tracks:
            return _empty(), _empty(), np.zeros(0, dtype=bool), []
        x = np.concatenate([t.x for t in tracks])
        y = np.concatenate([t.y for t in tracks])
        connect = np.ones(len(x), dtype=bool)
        connect[np.cumsum([len(t.x) for t in tracks]) - 1] = False
        return x, y, connect, [t.relation.id for t in tracks]

    def visible_points(self) -> int:
        """How many readings the plot shows."""
        return sum(len(t.x) for t in self.tracks.values() if t.visible)

    def visible_markers(self) -> list[Marker]:
        """Markers of visible relations and channels."""
        if not self.hidden_channels and all(t.visible for t in self.tracks.values()):
            return list(self.markers)
        return [m for m in self.markers
                if m.interaction.channel not in self.hidden_channels
                and any(self.tracks[r].visible for r in m.relations if r in self.tracks)]

    def time_span(self) -> tuple[float, float]:
        """First and last moment shown (readings and markers), else around "today"."""
        lows = [t.x[0] for t in self.tracks.values() if len(t.x)] + [m.x for m in self.markers[:1]]
        highs = [t.x[-1] for t in self.tracks.values() if len(t.x)] + [m.x for m in self.markers[-1:]]
        if not lows:
            today = seconds(self.today())
            return today - 30 * 86400, today
        return float(min(lows)), float(max(highs))

    def today(self) -> datetime:
        """The workspace's "today" (its fixed date, else now)."""
        if self.as_of is not None:
            return datetime(self.as_of.year, self.as_of.month, self.as_of.day, 12, 0)
        return datetime.now().replace(second=0, microsecond=0)

    # ------------------------------------------------------------------ finding
    def _hit_arrays(self) -> _Hits:
        if self._hits is None:
            shown = [t for t in self.tracks.values() if t.visible and len(t.x)]
            # emphasised first: on a tie the one drawn on top wins
            shown.sort(key=lambda t: not t.emphasised)
            if shown:
                self._hits = _Hits(
                    np.concatenate([t.x for t in shown]), np.concatenate([t.y for t in shown]),
                    np.concatenate([np.full(len(t.x), i) for i, t in enumerate(shown)]),
                    np.concatenate([np.arange(len(t.x)) for t in shown]),
                    [t.relation.id for t in shown])
            else:
                self._hits = _Hits(_empty(), _empty(), np.zeros(0, int), np.zeros(0, int))
        return self._hits

    def invalidate_hits(self) -> None:
        """Forget the hit arrays (after a relation was shown or hidden)."""
        self._hits = None

    def reading_at(self, x: float, y: float, per_px_x: float, per_px_y: float,
                   radius: float = HIT_RADIUS_PX) -> tuple[str, int] | None:
        """The visible reading nearest to (x, y) within *radius* pixels: (relation id, row)."""
        h = self._hit_arrays()
        if not len(h.x):
            return None
        d2 = ((h.x - x) / per_px_x) ** 2 + ((h.y - y) / per_px_y) ** 2
        i = int(np.argmin(d2))
        if d2[i] > radius * radius:
            return None
        return h.rids[int(h.track[i])], int(h.row[i])

    def marker_at(self, x: float, y: float, per_px_x: float, per_px_y: float,
                  radius: float = HIT_RADIUS_PX) -> Marker | None:
        """The visible interaction marker nearest to (x, y) within *radius* pixels."""
        markers = self.visible_markers()
        if not markers:
            return None
        xs = np.array([m.x for m in markers])
        d2 = ((xs - x) / per_px_x) ** 2 + ((MARKER_Y - y) / per_px_y) ** 2
        i = int(np.argmin(d2))
        return markers[i] if d2[i] <= radius * radius else None

    def nearest_track(self, x: float, y: float) -> str | None:
        """The visible relation whose line passes closest (vertically) to (x, y); else the
        emphasised or first relation."""
        best, best_d = None, np.inf
        for rid, t in self.tracks.items():
            if not t.visible or not len(t.x):
                continue
            d = abs(float(np.interp(x, t.x, t.y)) - y)
            if d < best_d:
                best, best_d = rid, d
        if best is not None:
            return best
        ordered = sorted(self.tracks.values(), key=lambda t: (not t.visible, not t.emphasised))
        return ordered[0].relation.id if ordered else None

    # ------------------------------------------------------------------ details
    def reading(self, relation_id: str, row: int) -> Reading:
        """The reading at *row* of a shown relation, with its note (read on demand)."""
        track = self.tracks[relation_id]
        by_id = self._readings.get(relation_id)
        if by_id is None:
            by_id = {r.id: r for r in self.workspace.readings([relation_id])}
            self._readings[relation_id] = by_id
        found = by_id.get(track.ids[row])
        if found is None:  # not expected: the series and the rows come from one table
            return Reading(track.ids[row], relation_id, from_seconds(track.x[row]), int(track.y[row]),
                           Source(track.sources[row]))
        return found

    def interaction(self, interaction_id: str | None) -> Interaction | None:
        """An interaction on the shown relations (or any, read on demand)."""
        if interaction_id is None:
            return None
        found = self._interactions.get(interaction_id)
        if found is None:
            got = self.workspace.interactions([interaction_id])
            found = got[0] if got else None
            if found is not None:
                self._interactions[interaction_id] = found
        return found

    def relation_title(self, relation_id: str) -> str:
        """"A – B" for a shown relation."""
        return self.pair_label(self.tracks[relation_id].relation)

    def reading_text(self, relation_id: str, row: int) -> list[str]:
        """What hovering a reading says, line by line: the relation, date, energy, source,
        note, and the interaction it was sensed in (its summary and remarks)."""
        reading = self.reading(relation_id, row)
        lines = [self.relation_title(relation_id), when_text(reading.at),
                 tr("Energy: %1 — %2").replace("%1", str(reading.energy))
                 .replace("%2", energy_label(reading.energy)),
                 tr("Source: %1").replace("%1", source_label(reading.source))]
        if reading.note:
            lines.append(tr("Note: %1").replace("%1", reading.note))
        interaction = self.interaction(reading.interaction)
        if interaction is not None:
            lines += self._interaction_lines(interaction, heading=True)
        return lines

    def marker_text(self, marker: Marker) -> list[str]:
        """What hovering an interaction marker says, line by line."""
        return self._interaction_lines(marker.interaction, heading=False)

    def _interaction_lines(self, i: Interaction, heading: bool) -> list[str]:
        channel = channel_label(i.channel)
        lines = []
        if heading:
            lines.append(tr("During: %1, %2").replace("%1", channel).replace("%2", when_text(i.at)))
        else:
            lines.append(f"{channel[:1].upper()}{channel[1:]} — {when_text(i.at)}")
            lines.append(tr("With: %1").replace("%1", ", ".join(self.names.get(p, "?") for p in i.with_)))
        if i.summary:
            lines.append(i.summary)
        if i.remarks:
            lines.append(tr("Remarks:"))
            for r in i.remarks:
                said = ", ".join(x for x in (self.names.get(r.by, ""), remark_kind_label(r.kind), r.theme) if x)
                lines.append(f"• {r.text} ({said})")
        return lines


def as_html(lines: Iterable[str]) -> str:
    """Hover lines as a tooltip: the first in bold, each on a line of its own."""
    lines = list(lines)
    if not lines:
        return ""
    head = f"<b>{escape(lines[0])}</b>"
    return "<br>".join([head, *(escape(line) for line in lines[1:])])
