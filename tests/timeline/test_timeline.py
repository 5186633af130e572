"""The energy timeline as a user meets it, on the demo workspace: what it plots (read from
the plot items, not pixels), what pointing at a reading or a contact says, the legend,
and adding, editing and deleting readings through it, each one undo entry."""

from __future__ import annotations

from datetime import datetime

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolTip

from tests.timeline.conftest import (
    FENNA,
    FENNA_RUBEN,
    KARIM_RUBEN,
    LOTTE,
    PIETER,
    PIETER_LOTTE,
    RUBEN,
    expected,
    seconds,
    segments,
    viewport_pos,
)
from workbench.model import Channel, Reading, Source
from workbench.timeline import TimelineWidget
from workbench.timeline.overlay import MARKER_Y, PALETTE
from workbench.timeline.plot import DateAxis


def test_nothing_selected_says_what_to_do(timeline: TimelineWidget) -> None:
    plot = timeline.plot
    assert plot.stack.currentWidget() is plot.message
    assert "Select a stakeholder or a relation" in plot.message.text()
    assert not plot.add_button.isEnabled()


def test_a_relation_plots_exactly_its_readings(timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[FENNA_RUBEN])
    assert segments(plot) == expected(ws, [FENNA_RUBEN])
    energies = [r.energy for r in ws.readings([FENNA_RUBEN])]
    assert energies[-2:] == [2, 2]  # the demo's story: Ruben drifting away
    assert plot.title.text() == "Fenna Hoogland – Ruben Meijer · 12 readings"
    assert plot.stack.currentIndex() == 1


def test_a_stakeholder_overlays_all_of_their_relations(timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    relations = [r.id for r in ws.relations(stakeholder_ids=[RUBEN])]
    assert sorted(plot.overlay.tracks) == sorted(relations) and len(relations) == 3
    assert segments(plot) == expected(ws, relations)
    # the legend: the facilitator relation first and emphasised, named by the other end
    assert plot.legend_texts()[:3] == ["Fenna Hoogland", "Karim Bouzid", "Priya Mahabier"]
    bold = [plot.legend_model.index(i).data(Qt.ItemDataRole.FontRole) for i in range(3)]
    assert bold[0].bold() and bold[1] is None
    assert all(plot.legend_row(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
               for r in relations)
    fac_curve, karim_curve = plot.curve(FENNA_RUBEN), plot.curve(KARIM_RUBEN)
    assert fac_curve is not karim_curve
    assert fac_curve.opts["pen"].widthF() > karim_curve.opts["pen"].widthF()
    assert fac_curve.zValue() > karim_curve.zValue()
    assert plot.title.text() == "Ruben Meijer: 3 relations · 18 readings"


def test_partners_diverging_show_the_same_way(timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[PIETER_LOTTE])
    assert segments(plot) == expected(ws, [PIETER_LOTTE])
    (label,) = [t.label for t in plot.overlay.tracks.values()]
    assert set(label.split(" – ")) == {"Pieter Bos", "Lotte Vermeer"}
    (_key, curve), = plot._curves.items()
    assert curve.getData()[1][-1] == 2.0  # the latest reading lies in the low-energy band
    low, high = plot.band.getRegion()
    assert low < 1 and high == 2.5  # the band shades the readings ≤ 2 (the settings' threshold)
    # both partners selected: each one's relations, the facilitator relations emphasised
    timeline.selection.select([PIETER, LOTTE])
    shown = plot.overlay.tracks
    assert PIETER_LOTTE in shown and set(shown[PIETER_LOTTE].label.split(" – ")) == {"Pieter Bos", "Lotte Vermeer"}
    emphasised = {rid for rid, t in shown.items() if t.emphasised}
    assert emphasised == {r.id for r in ws.relations(stakeholder_ids=[PIETER, LOTTE]) if FENNA in (r.a, r.b)}
    assert segments(plot) == expected(ws, list(shown))


def test_the_facilitator_s_many_relations_take_few_plot_items(timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([FENNA])
    relations = [r.id for r in ws.relations(stakeholder_ids=[FENNA])]
    assert len(relations) > 50
    assert segments(plot) == expected(ws, relations)
    assert len(plot.data_items()) <= 2 * (len(PALETTE) + 1) + len(Channel)
    # every relation here is a facilitator relation: none stands out
    assert not any(t.emphasised for t in plot.overlay.tracks.values())


def test_axes_read_as_dates_and_the_energy_scale(timeline: TimelineWidget) -> None:
    plot = timeline.plot
    timeline.selection.select([RUBEN])
    assert isinstance(plot.plot_item.getAxis("bottom"), DateAxis)
    ticks = dict(plot.energy_axis._tickLevels[0])
    assert [ticks[v] for v in range(1, 6)] == ["1 disengaging", "2 doubting", "3 neutral", "4 engaged",
                                               "5 in flow"]
    # a year of history reads as months and the year, a week as days
    (x0, x1), _ = plot.vb.viewRange()
    assert 150 < (x1 - x0) / 86400 < 400
    assert {"Dec", "2020", "Feb", "Mar", "Apr"} <= set(tick_labels(plot))  # 1 January: the year
    plot.vb.setXRange(seconds(datetime(2020, 5, 4)), seconds(datetime(2020, 5, 11)), padding=0)
    days = tick_labels(plot)
    assert days[0] in ("4 May", "5 May") and days[1:3] in (["5", "6"], ["6", "7"])  # the first names its month
    plot.vb.setXRange(seconds(datetime(2020, 5, 3, 22)), seconds(datetime(2020, 5, 6)), padding=0)
    assert {"Mon 4 May", "Tue 5"} <= set(tick_labels(plot))
    plot.vb.setXRange(seconds(datetime(2016, 1, 1)), seconds(datetime(2021, 1, 1)), padding=0)
    assert {"2017", "2018", "2019", "2020"} <= set(tick_labels(plot))


def tick_labels(plot) -> list[str]:  # type: ignore[no-untyped-def]
    """The date axis's labels for the range in view, as it computes them to paint."""
    axis = plot.date_axis
    plot.plot_widget.grab()  # painted as it is now
    (x0, x1), _ = plot.vb.viewRange()
    out: list[str] = []
    for spacing, values in axis.tickValues(x0, x1, axis.width()):
        out += axis.tickStrings(values, 1, spacing)
    return out


def test_hovering_a_reading_shows_its_details(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    # the call of 29 April: a note on the reading, a remark in the call
    (reading,) = [r for r in ws.readings([FENNA_RUBEN]) if r.at == datetime(2020, 4, 29, 16, 0)]
    assert reading.note and reading.interaction is not None
    interaction = ws.interactions([reading.interaction])[0]
    assert interaction.remarks
    qtbot.mouseMove(plot.plot_widget.viewport(), viewport_pos(plot, seconds(reading.at), reading.energy))
    qtbot.waitUntil(lambda: plot.hover_text != "")
    text = plot.hover_text
    assert text.splitlines()[0] == "Fenna Hoogland – Ruben Meijer"
    assert text.splitlines()[1] == "Wed 29 April 2020, 16:00"
    assert "Energy: 2 — doubting" in text and "Source: phone call" in text
    assert f"Note: {reading.note}" in text
    assert "During: phone call, Wed 29 April 2020, 16:00" in text and interaction.summary in text
    for remark in interaction.remarks:
        assert f"• {remark.text} (Ruben Meijer, {remark.kind.value}" in text
    assert plot.highlight.isVisible()
    if QToolTip.isVisible():
        assert "Note:" in QToolTip.text()
    # away from everything: the details go
    qtbot.mouseMove(plot.plot_widget.viewport(), viewport_pos(plot, seconds(reading.at), 4.6))
    qtbot.waitUntil(lambda: plot.hover_text == "")
    assert not plot.highlight.isVisible()


def test_hovering_a_contact_marker_shows_the_interaction(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[FENNA_RUBEN])
    calls = [i for i in ws.interactions(stakeholder_id=RUBEN) if i.channel == Channel.CALL]
    call = calls[-1]
    markers = {m.interaction.id: m for m in plot.overlay.markers}
    assert call.id in markers  # the facilitator logs the call and is not listed in it
    xs, ys = plot.marker_items[Channel.CALL].getData()
    assert seconds(call.at) in xs.tolist() and set(ys.tolist()) == {MARKER_Y}
    qtbot.mouseMove(plot.plot_widget.viewport(), viewport_pos(plot, seconds(call.at), MARKER_Y))
    qtbot.waitUntil(lambda: plot.hover_text != "")
    assert plot.hover_text.startswith("Phone call — ")
    assert "With: Ruben Meijer" in plot.hover_text and call.summary in plot.hover_text
    # markers are shaped by channel: every contact drawn once, in its channel's shape
    drawn = {c: item.getData()[0].tolist() for c, item in plot.marker_items.items()}
    assert sorted(x for xs in drawn.values() for x in xs) == sorted(m.x for m in plot.overlay.markers)
    assert {c: set(xs) for c, xs in drawn.items() if xs} == {
        c: {m.x for m in plot.overlay.markers if m.interaction.channel == c}
        for c in {m.interaction.channel for m in plot.overlay.markers}}
    assert plot.marker_items[Channel.CALL].opts["symbol"] != plot.marker_items[Channel.MEETING].opts["symbol"]


def test_the_legend_shows_and_hides_relations_and_contacts(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    everything = segments(plot)
    row = plot.legend_row(KARIM_RUBEN)
    plot.legend.setFocus()
    plot.legend.setCurrentIndex(row)
    qtbot.keyClick(plot.legend, Qt.Key.Key_Space)
    assert row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    shown = [r for r in plot.overlay.tracks if r != KARIM_RUBEN]
    assert segments(plot) == expected(ws, shown)
    qtbot.keyClick(plot.legend, Qt.Key.Key_Space)
    assert segments(plot) == everything
    # a kind of contact
    assert plot.legend_texts()[3] == "Contacts"
    meetings = [i for i, text in enumerate(plot.legend_texts()) if text == "meeting"]
    def drawn() -> int:
        return sum(len(item.getData()[0]) for item in plot.marker_items.values())

    before = drawn()
    plot.legend.setCurrentIndex(plot.legend_model.index(meetings[0]))
    qtbot.keyClick(plot.legend, Qt.Key.Key_Space)
    left = plot.overlay.visible_markers()
    assert drawn() == len(left) < before and not len(plot.marker_items[Channel.MEETING].getData()[0])
    # what was hidden stays hidden while the workspace changes; a new selection shows all
    plot.legend.setCurrentIndex(plot.legend_row(KARIM_RUBEN))
    qtbot.keyClick(plot.legend, Qt.Key.Key_Space)
    ws.connect(RUBEN, "s-henk")
    assert not plot.overlay.tracks[KARIM_RUBEN].visible and Channel.MEETING in plot.overlay.hidden_channels
    timeline.selection.select(["s-karim"])
    assert all(t.visible for t in plot.overlay.tracks.values()) and not plot.overlay.hidden_channels
    assert all(m.interaction.channel != Channel.MEETING for m in left)


def _click(qtbot, plot, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos(plot, x, y))


def test_clicking_an_empty_place_adds_a_reading_there(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[FENNA_RUBEN])
    entries = ws.undo_stack.count()
    before = expected(ws, [FENNA_RUBEN])
    at = datetime(2020, 5, 11, 12, 0)
    _click(qtbot, plot, seconds(at), 1.0)
    dialog = plot.editor
    assert dialog is not None and dialog.isVisible()
    relation, energy, when, _note = dialog.values()
    assert (relation, energy, when.date()) == (FENNA_RUBEN, 1, at.date())
    qtbot.keyClicks(dialog.note, "Cancelled the session")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert plot.editor is None
    added = [r for r in ws.readings([FENNA_RUBEN]) if r.note == "Cancelled the session"]
    assert len(added) == 1 and added[0].energy == 1 and added[0].source == Source.SENSE
    assert ws.undo_stack.count() == entries + 1
    assert segments(plot) == expected(ws, [FENNA_RUBEN]) != before
    ws.undo_stack.undo()
    assert segments(plot) == before
    ws.undo_stack.redo()
    assert segments(plot) == expected(ws, [FENNA_RUBEN]) != before


def test_the_add_button_asks_which_relation(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    qtbot.mouseClick(plot.add_button, Qt.MouseButton.LeftButton)
    dialog = plot.editor
    assert dialog.relation.isEnabled() and dialog.relation.count() == 3
    dialog.relation.setCurrentIndex(dialog.relation.findData(KARIM_RUBEN))
    dialog.at.setDateTime(dialog.at.dateTime().addDays(-3))
    dialog.energy.setFocus()
    qtbot.keyClick(dialog.energy, Qt.Key.Key_4)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    latest = ws.readings([KARIM_RUBEN])[-1]
    assert latest.energy == 4 and latest.at.date() < datetime.now().date()
    assert segments(plot) == expected(ws, list(plot.overlay.tracks))


def test_a_reading_in_the_far_future_is_refused_in_the_form(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[FENNA_RUBEN])
    entries = ws.undo_stack.count()
    dialog = plot.add_reading()
    dialog.at.setDateTime(dialog.at.dateTime().addYears(80))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and plot.editor is dialog
    assert dialog.error.isVisible() and "future" in dialog.error.text()
    assert ws.undo_stack.count() == entries
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert plot.editor is None and ws.undo_stack.count() == entries


def test_clicking_a_reading_edits_it_as_one_undo_entry(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    last = ws.readings([FENNA_RUBEN])[-1]
    before = segments(plot)
    entries = ws.undo_stack.count()
    _click(qtbot, plot, seconds(last.at), last.energy)
    dialog = plot.editor
    assert dialog.editing and not dialog.relation.isEnabled()
    assert dialog.values()[1:] == (last.energy, last.at.replace(second=0, microsecond=0), last.note)
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # 1–5 sets the energy
    dialog.note.selectAll()
    qtbot.keyClicks(dialog.note, "Better after the call with Henk")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    edited = ws.readings([FENNA_RUBEN])[-1]
    assert (edited.id, edited.energy, edited.note, edited.at) == (last.id, 3, "Better after the call with Henk",
                                                                 last.at)
    assert ws.undo_stack.count() == entries + 1
    assert ws.undo_stack.undoText() == "Edit energy reading"
    assert segments(plot) == expected(ws, list(plot.overlay.tracks)) != before
    ws.undo_stack.undo()
    assert ws.readings([FENNA_RUBEN])[-1] == last
    assert segments(plot) == before
    ws.undo_stack.redo()
    assert ws.readings([FENNA_RUBEN])[-1].energy == 3


def test_a_reading_can_be_deleted_and_undo_brings_it_back(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select(relations=[PIETER_LOTTE])
    last = ws.readings([PIETER_LOTTE])[-1]
    before = segments(plot)
    _click(qtbot, plot, seconds(last.at), last.energy)
    plot.editor.delete_button.click()
    assert plot.editor is None
    assert last.id not in {r.id for r in ws.readings([PIETER_LOTTE])}
    assert segments(plot) == expected(ws, [PIETER_LOTTE]) and len(segments(plot)[0]) == len(before[0]) - 1
    assert ws.undo_stack.undoText() == "Delete energy reading"
    ws.undo_stack.undo()
    assert segments(plot) == before


def test_a_change_redraws_only_the_relation_it_names(timeline: TimelineWidget, monkeypatch) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([FENNA])
    read: list[list[str]] = []
    drawn: list[tuple[int, bool]] = []
    original_read, original_draw = ws.readings_series, plot._draw_bucket
    monkeypatch.setattr(ws, "readings_series", lambda ids=None: read.append(list(ids)) or original_read(ids))
    monkeypatch.setattr(plot, "_draw_bucket", lambda key, dots: drawn.append(key) or original_draw(key, dots))
    ws.add_reading(Reading(id="", relation=FENNA_RUBEN, at=datetime(2020, 5, 14, 9, 0), energy=1))
    assert read == [[FENNA_RUBEN]]
    assert drawn == [plot.overlay.tracks[FENNA_RUBEN].key]
    relations = list(plot.overlay.tracks)
    read.clear()
    ws.add_reading(Reading(id="", relation="r-069", at=datetime(2020, 5, 14, 9, 0), energy=3))  # not shown
    assert read == [] and segments(plot) == expected(ws, relations)


def test_it_follows_renames_and_new_relations(timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    timeline.selection.select([RUBEN])
    ws.rename("s-karim", "Karim B.")
    assert "Karim B." in [t.label for t in plot.overlay.tracks.values()]
    assert plot.legend_row(KARIM_RUBEN).data() == "Karim B."
    rid = ws.connect(RUBEN, "s-henk", kind="knows")
    assert rid in plot.overlay.tracks and plot.legend_row(rid).data() == "Henk Willems"
    ws.undo_stack.undo()
    assert rid not in plot.overlay.tracks and not plot.legend_row(rid).isValid()


def test_relations_without_readings_can_get_their_first(qtbot, timeline: TimelineWidget) -> None:
    ws, plot = timeline.workspace, timeline.plot
    rid = ws.connect(RUBEN, "s-henk", kind="knows")
    timeline.selection.select(relations=[rid])
    assert segments(plot) == [] and plot.stack.currentIndex() == 1
    assert "no readings yet" in plot.legend_row(rid).data(Qt.ItemDataRole.ToolTipRole)
    dialog = plot.add_reading()
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [r.energy for r in ws.readings([rid])] == [5]
    assert segments(plot) == expected(ws, [rid])
    assert np.isfinite(plot.vb.viewRange()[0]).all()


def test_the_contacts_count_follows_each_change_without_counting_again(timeline: TimelineWidget,
                                                                         monkeypatch) -> None:
    """Whether all contacts are read at once depends on how many the workspace holds: that
    number follows what each change adds and removes (undo and redo too), without counting
    every table again after each capture."""
    from workbench.model import Interaction

    ws, overlay = timeline.workspace, timeline.plot.overlay
    timeline.selection.select([FENNA])
    counted: list[int] = []
    real = ws.counts
    monkeypatch.setattr(ws, "counts", lambda: counted.append(1) or real())
    assert overlay._interaction_count == real()["interactions"]
    for day in (11, 12, 13):
        ws.add_interaction(Interaction(id="", at=datetime(2020, 5, day, 10), channel=Channel.CALL, with_=(FENNA,)))
    ws.delete_interactions([i.id for i in ws.interactions(stakeholder_id=FENNA)][:2])
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    ws.undo_stack.redo()
    assert overlay._interaction_count == real()["interactions"]
    assert counted == []
