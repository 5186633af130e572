"""recurring_theme: the same theme raised by at least 3 distinct partners in the last 30
days; one item for the group, naming everyone who raised it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workbench.model import RemarkKind, Status
from workbench.sensing import theme_key

from tests.sensing.world import FAC, World


def world(*people: str, **settings: object) -> World:
    w = World(**settings)
    for sid in people:
        w.person(sid, name=sid.capitalize())
    return w


def themes(w: World, today=None) -> list[tuple[str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return [(f.hits[0].evidence["theme"], f.ids) for f in w.radar(today)
            if f.signals[0].value == "recurring_theme"]


def test_three_partners_make_a_theme() -> None:
    w = world("ann", "bob", "cas")
    w.remark("ann", 20, theme="time investment")
    w.remark("bob", 10, theme="time investment")
    assert themes(w) == []
    w.remark("cas", 5, theme="time investment")
    assert themes(w) == [("time investment", ("ann", "bob", "cas"))]
    [finding] = [f for f in w.radar() if f.signals[0].value == "recurring_theme"]
    assert finding.action.value == "adjust_communication"
    assert finding.names == ("Ann", "Bob", "Cas")


def test_distinct_partners_not_remarks() -> None:
    w = world("ann", "bob")
    for days in (20, 15, 10):
        w.remark("ann", days, theme="funding")
    w.remark("bob", 5, theme="funding")
    assert themes(w) == []


def test_the_number_comes_from_the_settings() -> None:
    w = world("ann", "bob", theme_min_partners=2)
    w.remark("ann", 20, theme="funding")
    w.remark("bob", 5, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob"))]
    w = world("ann", "bob", "cas", theme_min_partners=4)
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 5, theme="funding")
    assert themes(w) == []


@pytest.mark.parametrize(("days", "counted"), [(30, True), (31, False)])
def test_an_old_remark_does_not_count(days: int, counted: bool) -> None:
    w = world("ann", "bob", "cas")
    w.remark("ann", days, theme="funding")
    w.remark("bob", 2, theme="funding")
    w.remark("cas", 2, theme="funding")
    assert bool(themes(w)) is counted


def test_an_old_theme_does_not_count() -> None:
    w = world("ann", "bob", "cas")
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 40, theme="funding")
    assert themes(w) == []
    assert themes(w, today=w.today - timedelta(days=15)) == [("funding", ("ann", "bob", "cas"))]


def test_the_window_comes_from_the_settings() -> None:
    w = world("ann", "bob", "cas", theme_window_days=60)
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 45, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob", "cas"))]


def test_remarks_after_the_radars_day_do_not_count() -> None:
    w = world("ann", "bob", "cas")
    w.remark("ann", 10, theme="funding")
    w.remark("bob", 10, theme="funding")
    w.remark("cas", 2, theme="funding")
    assert themes(w, today=w.today - timedelta(days=5)) == []


def test_themes_compare_without_case_accents_or_surrounding_space() -> None:
    w = world("ann", "bob", "cas", "dee")
    w.remark("ann", 9, theme="Café  culture")
    w.remark("bob", 8, theme=" cafe culture ")
    w.remark("cas", 7, theme="CAFÉ CULTURE")
    w.remark("dee", 6, theme="cafe cultures")
    [(theme, ids)] = themes(w)
    assert ids == ("ann", "bob", "cas")
    assert theme == "Café culture"  # each spelling once: the first one, spaces collapsed


def test_the_most_used_spelling_names_the_theme() -> None:
    w = world("ann", "bob", "cas")
    w.remark("ann", 9, theme="Funding")
    w.remark("bob", 8, theme="funding")
    w.remark("cas", 7, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob", "cas"))]


@pytest.mark.parametrize(("a", "b"), [("Tijdsinvestering", "tijdsïnvestering"), ("Ærø", "ærø"),
                                      ("naïve", "NAIVE"), ("straße", "STRASSE")])
def test_theme_key(a: str, b: str) -> None:
    assert theme_key(a) == theme_key(b)


def test_theme_key_keeps_words_apart() -> None:
    assert theme_key("  time \t investment ") == "time investment"
    assert theme_key("time investment") != theme_key("timeinvestment")
    assert theme_key("   ") == ""


def test_remarks_without_a_theme_are_no_theme() -> None:
    w = world("ann", "bob", "cas")
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 5, theme="  ")
    assert themes(w) == []


@pytest.mark.parametrize("kind", list(RemarkKind))
def test_every_kind_of_remark_counts(kind: RemarkKind) -> None:
    w = world("ann", "bob", "cas")
    for sid in ("ann", "bob"):
        w.remark(sid, 5, theme="funding")
    w.remark("cas", 5, kind, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob", "cas"))]


def test_the_facilitator_does_not_count() -> None:
    w = world("ann", "bob")
    for sid in ("ann", "bob", FAC):
        w.remark(sid, 5, theme="funding")
    assert themes(w) == []


def test_own_way_partners_do_not_count_and_are_not_named() -> None:
    w = world("ann", "bob", "cas", "dee")
    w.set_status("dee", Status.OWN_WAY)
    for sid in ("ann", "bob", "dee"):
        w.remark(sid, 5, theme="funding")
    assert themes(w) == []
    w.remark("cas", 5, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob", "cas"))]


def test_prospects_count() -> None:
    w = world("ann", "bob", "cas")
    w.set_status("cas", Status.PROSPECT)
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 5, theme="funding")
    assert themes(w) == [("funding", ("ann", "bob", "cas"))]


def test_everyone_named_in_the_order_they_raised_it() -> None:
    w = world("ann", "bob", "cas", "dee")
    w.remark("dee", 20, theme="funding")
    w.remark("bob", 10, theme="funding")
    w.remark("ann", 10, theme="funding")  # the same day: by name
    w.remark("cas", 3, theme="funding")
    w.remark("dee", 2, theme="funding")
    [finding] = w.radar()
    assert finding.ids == ("dee", "ann", "bob", "cas")
    assert finding.why.startswith(
        "4 partners raised \u201cfunding\u201d in the last 30 days: Dee, Ann, Bob, Cas. Score 58.7: "
        "40 for 4 partners raising it; +18.7 as the latest evidence is 2 days old (of 30).")
    assert [(r["by"], r["at"]) for r in finding.hits[0].evidence["remarks"]] == [
        ("dee", w.at(20)), ("ann", w.at(10)), ("bob", w.at(10)), ("cas", w.at(3)), ("dee", w.at(2))]


def test_two_themes_two_items() -> None:
    w = world("ann", "bob", "cas")
    for sid in ("ann", "bob", "cas"):
        w.remark(sid, 5, theme="funding")
        w.remark(sid, 6, theme="roles")
    assert sorted(themes(w)) == [("funding", ("ann", "bob", "cas")), ("roles", ("ann", "bob", "cas"))]


@pytest.mark.parametrize(("partners", "severity"), [(3, 35), (4, 40), (7, 55), (8, 60), (12, 60)])
def test_more_partners_score_more(partners: int, severity: float) -> None:
    w = world(*(f"p{k:02d}" for k in range(partners)))
    for k in range(partners):
        w.remark(f"p{k:02d}", 30, theme="funding")
        w.contacts(f"p{k:02d}", 1)  # no silence
    [finding] = w.radar()
    assert finding.score == severity  # 30 days old: no recency left
