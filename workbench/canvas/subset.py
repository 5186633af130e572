"""A map of some stakeholders only (a session's attendees), drawn by the map's own code.

``AttendeeMap(workspace, ids)`` builds a still ``MapScene`` (``follow=False``: it never
listens to the Workspace or a selection) that reads only *ids*, the relations among them
and the groups they belong to, through a small reader (``_SubsetReads``) that stands in for
the Workspace: the scene's code is untouched and draws exactly what the canvas draws (the
same shapes, names, energy colours and line widths). ``draw`` paints it as vectors into any
painter (a PDF, a printer), ``draw_legend`` explains the energy colours and the shapes.

Placement: the stakeholders keep their places on the map, so the picture looks like the
map the facilitator knows. Large empty stretches between them (attendees from different
corners of a big map) are closed up a little by scaling their positions around their
centre when the picture would otherwise be mostly empty.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem

from workbench.canvas import style
from workbench.canvas.scene import MapScene
from workbench.layout import force_layout
from workbench.model import Group, Relation, Stakeholder, StakeholderKind
from workbench.workspace import Selection, Workspace
from workbench.workspace.labels import energy_label, kind_label

#: Distance between neighbours on paper (scene units): room for a name under each node.
SPACING = 130.0


class _SubsetReads:
    """The four reads ``MapScene.load`` makes, limited to some stakeholders."""

    def __init__(self, workspace: Workspace, ids: Sequence[str]) -> None:
        self._workspace = workspace
        people = [replace(s, name=_short(s.name)) for s in workspace.stakeholders(list(dict.fromkeys(ids)))]
        wanted = {s.id for s in people}
        self._relations = [r for r in workspace.relations(stakeholder_ids=sorted(wanted))
                           if r.a in wanted and r.b in wanted]
        self._people = _spread(people, self._relations)

    def stakeholders(self, ids: Sequence[str] | None = None) -> list[Stakeholder]:
        return list(self._people) if ids is None else [s for s in self._people if s.id in set(ids)]

    def relations(self, ids: Sequence[str] | None = None,
                  stakeholder_ids: Sequence[str] | None = None) -> list[Relation]:
        return list(self._relations)

    def relation_energy(self, relation_ids: Sequence[str] | None = None) -> dict[str, tuple[int, int]]:
        ids = [r.id for r in self._relations]
        return self._workspace.relation_energy(ids) if ids else {}

    def groups(self) -> list[Group]:
        return []  # no regions: on paper they cover the lines (the cards name everyone's groups)


#: Names longer than this are cut with … on the printed map (they are written whole on the cards).
NAME_LIMIT = 40


def _short(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= NAME_LIMIT else name[:NAME_LIMIT - 1].rstrip() + "…"


def _spread(people: Sequence[Stakeholder], relations: Sequence[Relation]) -> list[Stakeholder]:
    """*people* placed for paper: their map places, scaled so that neighbours sit about
    ``SPACING`` apart, then tidied by the map's own force layout (``layout.force_layout``,
    as Auto-layout does) so that every name has room. The arrangement stays the one the
    facilitator knows; the gaps of a large map (attendees from its far corners) close up."""
    if not people:
        return []
    index = {s.id: i for i, s in enumerate(people)}
    pos = np.array([[np.nan if s.x is None else s.x, np.nan if s.y is None else s.y] for s in people],
                   dtype=float)
    placed = ~np.isnan(pos).any(axis=1)
    if placed.sum() >= 2:
        centre = pos[placed].mean(axis=0)
        d = np.sqrt(((pos[placed][:, None, :] - pos[placed][None, :, :]) ** 2).sum(axis=2))
        np.fill_diagonal(d, np.inf)
        nearest = float(np.median(d.min(axis=1)))
        if math.isfinite(nearest) and nearest > 0:
            pos[placed] = centre + (pos[placed] - centre) * (SPACING / nearest)
    edges = np.array([[index[r.a], index[r.b]] for r in relations], dtype=np.int64).reshape(-1, 2)
    groups = {g: k for k, g in enumerate(sorted({g for s in people for g in s.groups}))}
    memberships = np.array([[index[s.id], groups[g]] for s in people for g in s.groups],
                           dtype=np.int64).reshape(-1, 2)
    result = force_layout(pos, edges, memberships, np.zeros(len(people), dtype=bool), spacing=SPACING)
    return [replace(s, x=float(result[i, 0]), y=float(result[i, 1])) for i, s in enumerate(people)]


class AttendeeMap:
    """Some stakeholders and the relations among them, as the map draws them."""

    def __init__(self, workspace: Workspace, ids: Sequence[str]) -> None:
        self.scene = MapScene(_SubsetReads(workspace, ids), Selection(), follow=False)  # type: ignore[arg-type]
        self.scene.full_names = True  # on paper every name is written whole
        for item in self.scene.items():  # vectors, not cached pixmaps
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.kinds = sorted({item.stakeholder.kind for item in self.scene.items_by_id.values()},
                            key=list(StakeholderKind).index)
        self.energies = sorted({e for e, _n in self.scene.energy.values()})

    def close(self) -> None:
        """Free the scene."""
        self.scene.clear()
        self.scene.deleteLater()

    def bounds(self) -> QRectF:
        """The part of the scene to draw: every node with its name, and visible regions."""
        rect = QRectF()
        for item in self.scene.items_by_id.values():
            p = item.pos()
            half = max(style.NODE_RADIUS * 1.4, item.label(1e6).size().width() / 2 + 4)
            rect = rect.united(QRectF(p.x() - half, p.y() - style.NODE_RADIUS * 1.4,
                                      2 * half, style.NODE_RADIUS * 2.4 + 22))
        for region in self.scene.regions.values():
            if region.isVisible():
                rect = rect.united(region.shape().boundingRect().adjusted(0, -40, 0, 0))
        return rect.adjusted(-20, -20, 20, 20)

    def draw(self, painter: QPainter, target: QRectF) -> None:
        """Draw the map into *target*, keeping its proportions (centred)."""
        source = self.bounds()
        if source.isEmpty():
            return
        k = min(target.width() / source.width(), target.height() / source.height())
        w, h = source.width() * k, source.height() * k
        fitted = QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h)
        # Recorded at the screen's resolution, as the canvas paints, so that the names keep
        # their size beside the shapes (a printer's 600 dpi would make them six times larger),
        # then played back scaled: still vectors and real text.
        picture = QPicture()
        recorder = QPainter(picture)
        recorder.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.scene.render(recorder, QRectF(0, 0, source.width(), source.height()), source)
        recorder.end()
        painter.save()
        painter.translate(fitted.topLeft())
        # drawPicture scales a picture by the two devices' resolutions itself: undone here
        ratio = picture.logicalDpiX() / painter.device().logicalDpiX()
        painter.scale(k * ratio, k * ratio)
        painter.drawPicture(QPointF(0, 0), picture)
        painter.restore()

    def energy_color(self, energy: int | None) -> QColor:
        """The colour the map gives a line of this energy (None: no reading yet)."""
        return QColor(style.ENERGY_COLORS.get(energy, style.ENERGY_COLORS[None]))

    # ------------------------------------------------------------------ legend
    def _entries(self) -> list[tuple[str, object]]:
        """(text, what to draw): the energies, then the kinds on this map."""
        out: list[tuple[str, object]] = [(f"{e} {energy_label(e)}", e) for e in (5, 4, 3, 2, 1)]
        out.append((_tr("no reading yet"), None))
        out += [(kind_label(k), k) for k in self.kinds]
        return out

    def legend_height(self, width: float, font: QFont, device: QPaintDevice) -> float:
        """How tall ``draw_legend`` is at *width* in *font* on *device*."""
        return len(self._rows(width, font, device)) * QFontMetricsF(font, device).height() * 1.5

    def _rows(self, width: float, font: QFont, device: QPaintDevice) -> list[list[tuple[str, object, float]]]:
        metrics = QFontMetricsF(font, device)
        swatch = metrics.height() * 2.2
        rows: list[list[tuple[str, object, float]]] = [[]]
        x = 0.0
        energies, kinds = self._entries()[:6], self._entries()[6:]
        for group in (energies, kinds):
            if rows[-1]:
                rows.append([])
                x = 0.0
            for text, what in group:
                w = swatch + metrics.horizontalAdvance(text) + metrics.height() * 1.2
                if rows[-1] and x + w > width:
                    rows.append([])
                    x = 0.0
                rows[-1].append((text, what, w))
                x += w
        return [r for r in rows if r]

    def draw_legend(self, painter: QPainter, rect: QRectF, font: QFont) -> None:
        """Energy colours of the lines, then the shapes of the kinds shown, in rows."""
        device = painter.device()
        metrics = QFontMetricsF(font, device)
        line_h = metrics.height() * 1.5
        swatch = metrics.height() * 2.2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        y = rect.top()
        for row in self._rows(rect.width(), font, device):
            x = rect.left()
            for text, what, w in row:
                mid = y + line_h / 2
                if isinstance(what, StakeholderKind):
                    fill, outline = style.KIND_COLORS[what]
                    painter.save()
                    painter.translate(x + swatch / 2, mid)
                    scale = metrics.height() * 0.5 / style.NODE_RADIUS
                    painter.scale(scale, scale)
                    painter.setPen(QPen(outline, 2.5))
                    painter.setBrush(QBrush(fill))
                    painter.drawPath(style.SHAPES[what])
                    painter.restore()
                else:
                    pen = QPen(self.energy_color(what), metrics.height() * (0.28 if what else 0.12))
                    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x + 2, mid), QPointF(x + swatch - 4, mid))
                painter.setPen(style.TEXT)
                painter.drawText(QPointF(x + swatch + metrics.height() * 0.2, mid + metrics.ascent() / 2 - 1),
                                 text)
                x += w
            y += line_h
        painter.restore()


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Legend", text)
