"""A session brief on A4 paper: layout and painting, onto a PDF or a printer.

``render(brief, device, picture)`` lays the ``Brief`` out and paints it with a QPainter on
any paged device (``QPdfWriter`` for Save as PDF and the command line, ``QPrinter`` for the
print dialog and its preview); ``write_pdf`` writes a PDF file whole or not at all.

Layout, in order: the session's title, date and place; the signature and shared goal; the
session's goal and agenda with times; the open-space principles; the map of the attendees
(painted by the caller's ``MapPicture``, as vectors) with its legend; the themes several
attendees raise; then one card per attendee, starting on a new page. Every page has the
session's title and date in its header and "Page n of N" in its footer.

Text is real text (``QTextLayout`` lines drawn by the painter: searchable and copyable in
the PDF), at least 9 pt. Long texts wrap, also inside very long words; a text with more
lines than its place allows is cut, its last line ending in "…": nothing runs off a page.
Every block (a paragraph, an agenda row, the map, a card) is kept whole on one page. A
card is at most half the page tall (its texts are cut shorter until it is), so that two
always fit on a page, and a page holds at most three.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Protocol, Sequence

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPaintDevice,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from workbench.brief.content import Brief, Card

#: Page margins (mm): a printer's unprintable edge is well inside them.
MARGINS = QMarginsF(16, 12, 16, 12)
#: PDF resolution (dots per inch): layout units are these dots.
RESOLUTION = 600
#: Cards on one page at most.
CARDS_PER_PAGE = 3

TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
RULE = QColor("#c9ced6")
BAND = QColor("#f1f4f8")
ACCENT = QColor("#2f5f8f")
QUESTION = QColor("#eaf2fb")


class MapPicture(Protocol):
    """What the brief needs of a map (the canvas provides one: ``canvas.subset.AttendeeMap``)."""

    def bounds(self) -> QRectF: ...

    def draw(self, painter: QPainter, target: QRectF) -> None: ...

    def legend_height(self, width: float, font: QFont, device: QPaintDevice) -> float: ...

    def draw_legend(self, painter: QPainter, rect: QRectF, font: QFont) -> None: ...

    def energy_color(self, energy: int | None) -> QColor: ...


@dataclass
class Rendered:
    """Where things landed: the number of pages and, per page, the ids of its cards."""

    pages: int = 0
    cards: list[list[str]] = field(default_factory=list)


def setup_page(device: QPagedPaintDevice) -> None:
    """A4 portrait with the brief's margins."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS, QPageLayout.Unit.Millimeter))


# --------------------------------------------------------------------------- text


class _Fonts:
    """The brief's fonts, in points (never below 9)."""

    def __init__(self) -> None:
        base = QFont(QGuiApplication.font())
        base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        # no ligatures: "fl" stays two letters, so that the PDF's text is found and copied as typed
        base.setFeature(QFont.Tag("liga"), 0)

        def make(size: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(base)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            return f

        self.title = make(19, bold=True)
        self.subtitle = make(12)
        self.heading = make(12.5, bold=True)
        self.body = make(10)
        self.body_bold = make(10, bold=True)
        self.small = make(9)
        self.small_bold = make(9, bold=True)
        self.name = make(13.5, bold=True)
        self.card = make(9.5)
        self.question = make(10, italic=True)


def _u16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def _cut(text: str, start: int) -> tuple[str, str]:
    """*text* split at UTF-16 offset *start* (Qt's offsets)."""
    data = _u16(text)
    return (data[:2 * start].decode("utf-16-le", "surrogatepass"),
            data[2 * start:].decode("utf-16-le", "surrogatepass"))


class Para:
    """A paragraph: wrapped lines of real text, at most *max_lines* (0: any), the last one
    cut with "…" when the text is longer; an optional bold lead (``Label: ``)."""

    SPACING = 1.12

    def __init__(self, device: QPaintDevice, text: str, font: QFont, width: float, max_lines: int = 0,
                 lead: str = "", lead_font: QFont | None = None, color: QColor = TEXT) -> None:
        self.width = max(1.0, width)
        self.color = color
        self._device = device
        self._font = font
        self._lead_font = lead_font
        body = text.replace("\r\n", "\n").replace("\r", "\n")
        body = "\u2028".join(" ".join(line.split()) for line in body.split("\n") if line.strip())
        self.text = lead + body
        self._lead = len(_u16(lead)) // 2
        self._layout = self._make(self.text)
        if max_lines and self._layout.lineCount() > max_lines:
            self._layout = self._elide(max_lines)
        self.lines = self._layout.lineCount()
        last = self._layout.lineAt(self.lines - 1) if self.lines else None
        self.height = (last.position().y() + last.height()) if last is not None else 0.0

    def _make(self, text: str) -> QTextLayout:
        layout = QTextLayout(text, self._font, self._device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if self._lead:
            fmt = QTextCharFormat()
            fmt.setFont(self._lead_font or self._font)
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = 0, self._lead, fmt
            layout.setFormats([r])
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += line.height() * self.SPACING
        layout.endLayout()
        return layout

    def _elide(self, max_lines: int) -> QTextLayout:
        metrics = QFontMetricsF(self._font, self._device)
        start = self._layout.lineAt(max_lines - 1).textStart()
        head, rest = _cut(self.text, start)
        rest = rest.replace("\u2028", " ")
        room = self.width
        while True:
            tail = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
            if not tail.endswith("…"):
                tail = tail.rstrip() + "…"
            layout = self._make(head + tail)
            if layout.lineCount() <= max_lines or room < self.width * 0.2:
                self.text = head + tail
                return layout
            room *= 0.9

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self._layout.draw(painter, QPointF(x, y))


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """Something kept whole on one page: its height and how to paint it at (x, y)."""

    height: float
    paint: Callable[[QPainter, float, float], None]
    keep_with_next: bool = False
    new_page: bool = False
    card: str | None = None
    space_before: float = 0.0


def paginate(blocks: Sequence[Block], page_height: float) -> list[list[tuple[Block, float]]]:
    """Blocks on pages, top to bottom: a block that does not fit goes to the next page (with
    the headings kept with it), a card page holds at most ``CARDS_PER_PAGE`` cards."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    i = 0
    while i < len(blocks):
        # a run of blocks kept together: headings with what follows them
        j = i
        while j < len(blocks) - 1 and blocks[j].keep_with_next:
            j += 1
        run = blocks[i:j + 1]
        height = sum(b.height + (b.space_before if k else 0.0) for k, b in enumerate(run))
        lead = run[0].space_before if pages[-1] else 0.0
        cards_here = sum(1 for b, _y in pages[-1] if b.card is not None)
        full = any(b.card is not None for b in run) and cards_here >= CARDS_PER_PAGE
        if pages[-1] and (run[0].new_page or full or y + lead + height > page_height):
            pages.append([])
            y, lead = 0.0, 0.0
        for k, b in enumerate(run):
            y += lead if k == 0 else b.space_before
            pages[-1].append((b, y))
            y += b.height
        i = j + 1
    return pages


# --------------------------------------------------------------------------- the renderer


class _Renderer:
    def __init__(self, brief: Brief, device: QPagedPaintDevice, picture: MapPicture | None) -> None:
        self.brief = brief
        self.device = device
        self.picture = picture
        self.fonts = _Fonts()
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.width = float(rect.width())
        self.page_height = float(rect.height())
        self.dpi = float(device.resolution())
        self.header = self.mm(11)
        self.footer = self.mm(9)
        self.body_height = self.page_height - self.header - self.footer
        self.labels = brief.labels

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def para(self, text: str, font: QFont, width: float | None = None, max_lines: int = 0,
             lead: str = "", lead_font: QFont | None = None, color: QColor = TEXT) -> Para:
        return Para(self.device, text, font, self.width if width is None else width, max_lines, lead,
                    lead_font, color)

    # ------------------------------------------------------------------ blocks
    def text_block(self, p: Para, space: float = 0.0, keep: bool = False, indent: float = 0.0) -> Block:
        return Block(p.height, lambda painter, x, y: p.draw(painter, x + indent, y), keep_with_next=keep,
                     space_before=space)

    def heading(self, text: str) -> Block:
        p = self.para(text, self.fonts.heading, max_lines=2, color=ACCENT)
        return self.text_block(p, space=self.mm(6), keep=True)

    def blocks(self) -> list[Block]:
        b, L, f = self.brief, self.labels, self.fonts
        out: list[Block] = [self.text_block(self.para(b.title, f.title, max_lines=3))]
        sub = b.when + (" · " + b.place if b.place.strip() else "")
        out.append(self.text_block(self.para(sub, f.subtitle, max_lines=3), space=self.mm(1.5)))
        meta = b.printed + (" · " + L["without_notes"] if not b.with_notes else "")
        out.append(self.text_block(self.para(meta, f.small, max_lines=2, color=MUTED), space=self.mm(1)))
        if b.missing:
            out.append(self.text_block(self.para(L["missing"].replace("%n", str(b.missing)), f.small,
                                                 max_lines=2, color=MUTED), space=self.mm(1)))
        # the signature and shared goal
        out.append(self.heading(L["signature"] + (f": {b.workspace_name}" if b.workspace_name else "")))
        for label, text in b.signature:
            out.append(self.text_block(self.para(text, f.body, max_lines=6, lead=label + ": ",
                                                 lead_font=f.body_bold), space=self.mm(1.2)))
        if b.shared_goal.strip():
            out.append(self.text_block(self.para(b.shared_goal, f.body_bold, max_lines=5,
                                                 lead=L["shared_goal"] + ": "), space=self.mm(1.2)))
        # the session: goal and agenda
        out.append(self.heading(L["session"]))
        if b.goal.strip():
            out.append(self.text_block(self.para(b.goal, f.body, max_lines=6, lead=L["goal"] + ": ",
                                                 lead_font=f.body_bold)))
        out.append(self.text_block(self.para(L["agenda"], f.body_bold), space=self.mm(2.5), keep=True))
        if b.agenda:
            out += self.agenda_rows()
        else:
            out.append(self.text_block(self.para(L["no_agenda"], f.body, color=MUTED)))
        # holding space
        out.append(self.heading(L["principles"]))
        out.append(self.text_block(self.para(L["principles_lead"], f.body, max_lines=2), keep=True))
        for name, text in b.principles:
            out.append(self.text_block(self.para(text, f.body, self.width - self.mm(4), max_lines=3,
                                                 lead=name + " — ", lead_font=f.body_bold),
                                       space=self.mm(1), indent=self.mm(4)))
        # the map
        if self.picture is not None:
            out.append(self.heading(L["map"]))
            out.append(self.map_block())
        # themes
        out.append(self.heading(L["themes"]))
        if b.themes:
            for t in b.themes[:14]:
                names = ", ".join(t.names[:6]) + (f" +{len(t.names) - 6}" if len(t.names) > 6 else "")
                p = self.para(names, f.body, self.width - self.mm(4), max_lines=3,
                              lead=f"“{t.theme}” ({len(t.names)}) — ", lead_font=f.body_bold)
                out.append(self.text_block(p, space=self.mm(1), indent=self.mm(4)))
        else:
            out.append(self.text_block(self.para(L["no_themes"], f.body, color=MUTED)))
        # the cards
        first = True
        for card in b.cards:
            block = self.card_block(card)
            if first:
                head = self.text_block(self.para(L["cards"], f.heading, max_lines=1, color=ACCENT), keep=True)
                head.new_page = True
                out.append(head)
                block.space_before = self.mm(3)
                first = False
            else:
                block.space_before = self.mm(5)
            out.append(block)
        return out

    def agenda_rows(self) -> list[Block]:
        f, L = self.fonts, self.labels
        metrics = QFontMetricsF(f.body, self.device)
        time_w = max(metrics.horizontalAdvance("00:00–00:00"), max(
            metrics.horizontalAdvance(a.times) for a in self.brief.agenda)) + self.mm(4)
        min_w = max(metrics.horizontalAdvance("000 min"), max(
            metrics.horizontalAdvance(a.minutes) for a in self.brief.agenda)) + self.mm(4)
        owner_w = self.mm(42) if any(a.owner for a in self.brief.agenda) else 0.0
        title_w = self.width - time_w - min_w - owner_w
        rows: list[Block] = []
        for k, a in enumerate(self.brief.agenda):
            cells = [(0.0, self.para(a.times, f.body, time_w, max_lines=1)),
                     (time_w, self.para(a.title, f.body, title_w - self.mm(3), max_lines=4)),
                     (time_w + title_w, self.para(a.minutes, f.body, min_w, max_lines=1, color=MUTED))]
            if owner_w:
                cells.append((time_w + title_w + min_w, self.para(a.owner, f.body, owner_w, max_lines=2)))
            h = max(p.height for _x, p in cells) + self.mm(2.2)
            shade = k % 2 == 0

            def paint(painter: QPainter, x: float, y: float, cells=cells, h=h, shade=shade) -> None:
                if shade:
                    painter.fillRect(QRectF(x - self.mm(1), y, self.width + self.mm(2), h), BAND)
                for dx, p in cells:
                    p.draw(painter, x + dx, y + self.mm(1.1))

            rows.append(Block(h, paint, space_before=0.0))
        if self.brief.agenda_end:
            rows.append(self.text_block(self.para(self.brief.agenda_end, f.small, max_lines=1, color=MUTED),
                                        space=self.mm(1)))
        return rows

    def map_block(self) -> Block:
        assert self.picture is not None
        picture, f, L = self.picture, self.fonts, self.labels
        bounds = picture.bounds()
        aspect = bounds.height() / bounds.width() if bounds.width() > 0 else 0.6
        map_h = min(max(self.width * aspect, self.mm(75)), self.mm(150))
        legend_h = picture.legend_height(self.width, f.small, self.device)
        note = self.para(L["map_note"], f.small, max_lines=3, color=MUTED)
        gap = self.mm(2)
        height = map_h + gap + legend_h + gap + note.height

        def paint(painter: QPainter, x: float, y: float) -> None:
            frame = QRectF(x, y, self.width, map_h)
            painter.save()
            painter.setPen(QPen(RULE, self.mm(0.25)))
            painter.setBrush(QBrush(QColor("#fbfaf7")))
            painter.drawRoundedRect(frame, self.mm(2), self.mm(2))
            painter.restore()
            picture.draw(painter, frame.adjusted(self.mm(2), self.mm(2), -self.mm(2), -self.mm(2)))
            picture.draw_legend(painter, QRectF(x, y + map_h + gap, self.width, legend_h), f.small)
            note.draw(painter, x, y + map_h + gap + legend_h + gap)

        return Block(height, paint, space_before=self.mm(1))

    # ------------------------------------------------------------------ cards
    def card_block(self, card: Card) -> Block:
        limit = (self.body_height - self.fonts_heading_room()) / 2 - self.mm(6)
        for budget in ((5, 3, 3, 3), (4, 2, 3, 3), (3, 2, 2, 2), (2, 1, 2, 2), (1, 1, 1, 1)):
            block = self._card(card, *budget)
            if block.height <= limit:
                return block
        return block

    def fonts_heading_room(self) -> float:
        return QFontMetricsF(self.fonts.heading, self.device).height() * 1.2 + self.mm(3)

    def _card(self, card: Card, field_lines: int, item_lines: int, note_lines: int, question_lines: int) -> Block:
        f, L = self.fonts, self.labels
        pad = self.mm(2.8)
        inner = self.width - 2 * pad
        spark_w = self.mm(50)
        head_w = inner - spark_w - self.mm(5)
        name = self.para(card.name, f.name, head_w, max_lines=2)
        subtitle = self.para(card.subtitle, f.body, head_w, max_lines=2) if card.subtitle else None
        about = self.para(card.about, f.small, head_w, max_lines=2, color=MUTED)
        left_head = [p for p in (name, subtitle, about) if p is not None]
        head_h = sum(p.height for p in left_head) + self.mm(1) * (len(left_head) - 1)
        show_energy = not card.facilitator
        spark_caption = self.para(L["energy"], f.small, spark_w, max_lines=1, color=MUTED)
        spark_h = self.mm(10)
        energy_text = self.para(card.energy_text, f.small, spark_w, max_lines=1)
        right_h = (spark_caption.height + self.mm(0.8) + spark_h + self.mm(0.8) + energy_text.height
                   if show_energy else 0.0)
        band_h = max(head_h, right_h) + 2 * pad

        gap = self.mm(5)
        col = (inner - gap) / 2
        bullet_w = QFontMetricsF(f.card, self.device).horizontalAdvance("•  ")
        left: list[tuple[float, Para]] = []  # (indent, para)
        for label, text in card.fields:
            left.append((0.0, self.para(text.strip() or L["none"], f.card, col, field_lines, lead=label + ": ",
                                        lead_font=f.small_bold)))
        right: list[tuple[float, Para]] = []
        right.append((0.0, self.para(card.last_contact or L["none"], f.card, col, item_lines,
                                     lead=L["last_contact"] + ": ", lead_font=f.small_bold)))
        for label, items in ((L["doubts"], card.doubts), (L["followups"], card.followups),
                             (L["findings"], card.findings)):
            if not items:
                right.append((0.0, self.para(L["none"], f.card, col, 1, lead=label + ": ", lead_font=f.small_bold)))
                continue
            right.append((0.0, self.para(label, f.small_bold, col, 1)))
            for item in items:
                right.append((bullet_w, self.para(item, f.card, col - bullet_w, item_lines)))
        if card.themes:  # under the profile: the columns stay about as long
            left.append((0.0, self.para(", ".join(card.themes), f.card, col, 2, lead=L["themes_raised"] + ": ",
                                        lead_font=f.small_bold)))
        step = self.mm(1.0)

        def column_height(paras: list[tuple[float, Para]]) -> float:
            return sum(p.height for _i, p in paras) + step * max(0, len(paras) - 1)

        body_h = max(column_height(left), column_height(right))
        notes = (self.para(card.notes, f.card, inner, note_lines, lead=L["notes"] + ": ", lead_font=f.small_bold)
                 if card.notes else None)
        question = (self.para(card.question, f.question, inner - 2 * self.mm(2), question_lines,
                              lead=L["question"] + ": ", lead_font=f.small_bold) if card.question else None)
        foot_h = 0.0
        if notes is not None:
            foot_h += notes.height + self.mm(2)
        if question is not None:
            foot_h += question.height + 2 * self.mm(1.5) + self.mm(1)
        height = band_h + pad + body_h + pad + foot_h + (pad * 0.5 if foot_h else 0.0)

        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.save()
            frame = QRectF(x, y, self.width, height)
            path = QPainterPath()
            path.addRoundedRect(frame, self.mm(2.2), self.mm(2.2))
            painter.setClipPath(path)
            painter.fillRect(QRectF(x, y, self.width, band_h), BAND)
            painter.setClipping(False)
            painter.setPen(QPen(RULE, self.mm(0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.restore()
            ty = y + pad
            for p in left_head:
                p.draw(painter, x + pad, ty)
                ty += p.height + self.mm(1)
            if show_energy:
                sx = x + self.width - pad - spark_w
                sy = y + pad
                spark_caption.draw(painter, sx, sy)
                sy += spark_caption.height + self.mm(0.8)
                self.sparkline(painter, QRectF(sx, sy, spark_w, spark_h), card.energy)
                energy_text.draw(painter, sx, sy + spark_h + self.mm(0.8))
            by = y + band_h + pad
            for x0, paras in ((x + pad, left), (x + pad + col + gap, right)):
                cy = by
                for indent, p in paras:
                    if indent:
                        painter.setPen(MUTED)
                        painter.setFont(f.card)
                        painter.drawText(QPointF(x0, cy + QFontMetricsF(f.card, self.device).ascent()), "•")
                    p.draw(painter, x0 + indent, cy)
                    cy += p.height + step
            fy = by + body_h + pad
            if notes is not None:
                notes.draw(painter, x + pad, fy)
                fy += notes.height + self.mm(2)
            if question is not None:
                box = QRectF(x + pad, fy, inner, question.height + 2 * self.mm(1.5))
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QUESTION))
                painter.drawRoundedRect(box, self.mm(1.5), self.mm(1.5))
                painter.restore()
                question.draw(painter, box.x() + self.mm(2), box.y() + self.mm(1.5))

        return Block(height, paint, card=card.id)

    def sparkline(self, painter: QPainter, rect: QRectF, series: Sequence[tuple[datetime, int]]) -> None:
        """The energy readings over time: 1 at the bottom, 5 at the top, a dot per reading in
        its energy's colour."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RULE, self.mm(0.2)))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(rect)
        inner = rect.adjusted(self.mm(1.5), self.mm(1.2), -self.mm(1.5), -self.mm(1.2))
        painter.setPen(QPen(QColor("#e3e7ec"), self.mm(0.15), Qt.PenStyle.DashLine))
        for level in (1, 3, 5):
            yy = inner.bottom() - (level - 1) / 4 * inner.height()
            painter.drawLine(QPointF(inner.left(), yy), QPointF(inner.right(), yy))
        if series:
            t0, t1 = series[0][0], series[-1][0]
            span = (t1 - t0).total_seconds() or 1.0
            points = [QPointF(inner.left() + ((t - t0).total_seconds() / span if t1 > t0 else 0.5) * inner.width(),
                              inner.bottom() - (e - 1) / 4 * inner.height()) for t, e in series]
            if len(points) > 1:
                painter.setPen(QPen(MUTED, self.mm(0.3)))
                painter.drawPolyline(points)
            for k, ((_t, e), pt) in enumerate(zip(series, points)):
                color = self.picture.energy_color(e) if self.picture is not None else MUTED
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(color))
                r = self.mm(1.1 if k == len(series) - 1 else 0.65)
                painter.drawEllipse(pt, r, r)
        painter.restore()

    # ------------------------------------------------------------------ pages
    def page_frame(self, painter: QPainter, number: int, total: int) -> None:
        f, b = self.fonts, self.brief
        metrics = QFontMetricsF(f.small, self.device)
        day = b.day
        day_w = metrics.horizontalAdvance(day)
        title = Para(self.device, b.title, f.small_bold, self.width - day_w - self.mm(8), max_lines=1)
        title.draw(painter, 0, 0)
        painter.setFont(f.small)
        painter.setPen(MUTED)
        painter.drawText(QPointF(self.width - day_w, metrics.ascent()), day)
        painter.setPen(QPen(RULE, self.mm(0.25)))
        rule_y = max(title.height, metrics.height()) + self.mm(1.5)
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        page = self.labels["page"].replace("%1", str(number)).replace("%2", str(total))
        page_w = metrics.horizontalAdvance(page)
        base = self.page_height - metrics.descent()
        painter.setPen(MUTED)
        painter.setFont(f.small)
        painter.drawText(QPointF(self.width - page_w, base), page)
        left = b.workspace_name + ("  ·  " + self.labels["without_notes"] if not b.with_notes else "")
        left_p = Para(self.device, left, f.small, self.width - page_w - self.mm(8), max_lines=1, color=MUTED)
        left_p.draw(painter, 0, self.page_height - left_p.height)

    def run(self, painter: QPainter) -> Rendered:
        pages = paginate(self.blocks(), self.body_height)
        out = Rendered(pages=len(pages))
        for number, page in enumerate(pages, 1):
            if number > 1:
                self.device.newPage()
            self.page_frame(painter, number, len(pages))
            for block, y in page:
                block.paint(painter, 0.0, self.header + y)
            out.cards.append([b.card for b, _y in page if b.card is not None])
        return out


def render(brief: Brief, device: QPagedPaintDevice, picture: MapPicture | None,
           painter: QPainter | None = None) -> Rendered:
    """Paint *brief* on *device* (already set up: ``setup_page``), with the map from
    *picture*; returns where things landed. Paints with *painter* when given (a print
    preview hands one that is already active), else with a painter of its own."""
    own = painter is None
    if own:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot paint on this printer or file")
    try:
        return _Renderer(brief, device, picture).run(painter)
    finally:
        if own:
            painter.end()


def write_pdf(brief: Brief, picture: MapPicture | None, path: Path) -> Rendered:
    """Write *brief* as a PDF at *path*, whole or not at all: it is written beside *path*
    under a temporary name and moved into place once complete; on any failure nothing is
    left behind (and an existing file at *path* is untouched)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # OSError: the folder is not writable
    os.close(fd)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(brief.title)
        writer.setCreator("Voelspriet")
        setup_page(writer)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"{path}: cannot write the PDF")
        try:
            result = _Renderer(brief, writer, picture).run(painter)
        finally:
            painter.end()
        del writer
        if temp.stat().st_size == 0:
            raise OSError(f"{path}: cannot write the PDF")
        os.replace(temp, path)
        return result
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


__all__ = ["Block", "MapPicture", "Para", "Rendered", "paginate", "render", "setup_page", "write_pdf"]
