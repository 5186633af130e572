"""Session briefs rendered for real and read back with pypdf: real text, a header and page
numbers on every page, two or three cards a page and none split, private notes left out when
asked, very long texts kept on the page."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from workbench.bootstrap import demo_dataset, write_new_workspace
from workbench.brief.content import BriefError, build_brief, format_day, next_session
from workbench.brief.render import CARDS_PER_PAGE
from workbench.model import AgendaItem, Session, Stakeholder
from workbench.store import open_store
from workbench.canvas.subset import AttendeeMap
from workbench.ui.brief_print import save_brief_pdf
from workbench.workspace import Workspace
from workbench.workspace.prep import conversation_preps

SESSION = "ses-03"  # the demo's inner-circle session of 28 May 2020 (after its as-of date)


def norm(text: str) -> str:
    """Whitespace as one space (pypdf reads Qt's spaces as tabs), ligatures apart."""
    return " ".join(text.split())


Run = tuple[float, float, float, str]
_read: dict[tuple[Path, int, int], tuple[list[str], list[list[Run]]]] = {}


def read_pdf(path: Path) -> tuple[list[str], list[list[Run]]]:
    """Each page's text, and every text run on it: (x, y, size in points, text), y growing
    upwards. One pass of pypdf over each page gives both (reading is what these tests spend
    their time on), and a file is read once while it stays as it is (the module's demo PDF
    is looked at by several tests)."""
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _read:
        texts: list[str] = []
        pages: list[list[Run]] = []
        for page in pypdf.PdfReader(path).pages:
            out: list[Run] = []

            def visit(text, cm, tm, _font, size, out=out):  # type: ignore[no-untyped-def]
                if text.strip():
                    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    scale = (tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
                    out.append((x, y, abs(size * scale), norm(text)))

            texts.append(norm(page.extract_text(visitor_text=visit)))
            pages.append(out)
        _read[key] = texts, pages
    texts, pages = _read[key]
    return list(texts), [list(runs) for runs in pages]


def page_texts(path: Path) -> list[str]:
    return read_pdf(path)[0]


def page_runs(path: Path) -> list[list[Run]]:
    """The text runs of every page of *path* (see :func:`read_pdf`)."""
    return read_pdf(path)[1]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp) -> Workspace:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("brief") / "demo.voelspriet"
    write_new_workspace(path, demo_dataset(language="en")).close()
    ws = Workspace(open_store(path))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def demo_pdf(demo: Workspace, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    rendered = save_brief_pdf(demo, SESSION, out)
    return out, rendered


def test_the_text_is_real_text(demo: Workspace, demo_pdf) -> None:  # type: ignore[no-untyped-def]
    path, _rendered = demo_pdf
    session = demo.sessions([SESSION])[0]
    text = " ".join(page_texts(path))
    assert session.title in text
    for person in demo.stakeholders(list(session.attendees)):
        assert person.name in text, person.name
    for item in session.agenda:
        assert item.title in text, item.title
    assert "19:00–19:20" in text and "21:10–21:20" in text  # the agenda's times, from the start
    assert norm(demo.info().shared_goal) in text
    assert "Compassion" in text and "Complete attention" in text and "No judgement" in text
    assert "time investment" in text  # a theme four attendees raised


def test_every_page_has_the_header_and_its_number(demo: Workspace, demo_pdf) -> None:  # type: ignore[no-untyped-def]
    path, rendered = demo_pdf
    session = demo.sessions([SESSION])[0]
    texts = page_texts(path)
    assert len(texts) == rendered.pages >= 4
    day = format_day(session.at.date())
    reader = pypdf.PdfReader(path)
    for number, (text, page, page_run) in enumerate(zip(texts, reader.pages, page_runs(path)), 1):
        assert text.startswith(session.title), number
        assert day in text and f"Page {number} of {len(texts)}" in text, number
        top = max(y for _x, y, _s, _t in page_run)
        header = [t for _x, y, _s, t in page_run if y > top - 5]
        assert session.title in " ".join(header) and day in " ".join(header)  # at the top of the page
        assert float(page.mediabox.width) == pytest.approx(595, abs=1)  # A4 portrait
        assert float(page.mediabox.height) == pytest.approx(842, abs=1)


def test_two_or_three_cards_a_page_and_none_split(demo: Workspace, demo_pdf) -> None:  # type: ignore[no-untyped-def]
    path, rendered = demo_pdf
    session = demo.sessions([SESSION])[0]
    people = {s.id: s for s in demo.stakeholders(list(session.attendees))}
    preps = conversation_preps(demo, list(people), datetime(2020, 5, 15).date())
    card_pages = [(i, ids) for i, ids in enumerate(rendered.cards) if ids]
    assert sum(len(ids) for _i, ids in card_pages) == len(session.attendees)
    assert [sid for _i, ids in card_pages for sid in ids] == list(session.attendees)  # in order
    for k, (_i, ids) in enumerate(card_pages):
        assert 1 <= len(ids) <= CARDS_PER_PAGE
        if k < len(card_pages) - 1:
            assert len(ids) >= 2
    every_page = page_runs(path)
    for i, ids in card_pages:
        lines = [(y, t) for _x, y, _s, t in every_page[i]]
        text = norm(" ".join(t for _y, t in lines))
        for sid in ids:
            name = people[sid].name
            question = preps[sid].opening_questions[0]
            assert name in text and norm(question)[:30] in text, name  # its first and last field
            name_y = max(y for y, t in lines if t == name)
            question_y = min(y for y, t in lines if t and norm(question).startswith(t[:20]))
            assert name_y > question_y  # on this page, the name above its card's last field
        for y, _t in lines:
            assert 0 < y < 842


def test_body_text_is_at_least_9_points(demo_pdf) -> None:  # type: ignore[no-untyped-def]
    path, rendered = demo_pdf
    checked = 0
    for i, page in enumerate(page_runs(path)):
        if i == 1:  # the map's names are the canvas's own drawing
            continue
        for _x, _y, size, text in page:
            assert size >= 8.95, (i, size, text)
            checked += 1
    assert checked > 200


def test_without_notes_leaves_out_notes_and_doubts_wording(demo: Workspace, tmp_path: Path) -> None:
    session = demo.sessions([SESSION])[0]
    people = demo.stakeholders(list(session.attendees))
    notes = [norm(s.notes)[:40] for s in people if s.notes.strip()]
    preps = conversation_preps(demo, [s.id for s in people], datetime(2020, 5, 15).date())
    doubts = [norm(d.text)[:40] for p in preps.values() for d in p.open_doubts]
    assert notes and doubts
    full, private = tmp_path / "full.pdf", tmp_path / "without.pdf"
    save_brief_pdf(demo, SESSION, full)
    save_brief_pdf(demo, SESSION, private, with_notes=False)
    with_text, without_text = " ".join(page_texts(full)), " ".join(page_texts(private))
    for fragment in notes + doubts:
        assert fragment in with_text
        assert fragment not in without_text, fragment
    assert "Without private notes" in without_text and "Notes (private)" not in without_text
    assert "A doubt, raised on" in without_text  # the doubt is still there, not its words
    for person in people:
        assert person.name in without_text


def test_next_session_and_refusals(demo: Workspace) -> None:
    assert next_session(demo).id == SESSION  # the demo's as-of date is 15 May 2020
    assert next_session(demo, datetime(2020, 1, 1).date()).id == "ses-02"
    assert next_session(demo, datetime(2021, 1, 1).date()) is None
    with pytest.raises(BriefError, match="no session with the id"):
        build_brief(demo, "nope")


@pytest.fixture
def small(make_store, dataset, qapp) -> Workspace:  # type: ignore[no-untyped-def]
    return Workspace(make_store(data=dataset))


def test_a_session_without_attendees_is_refused(small: Workspace, tmp_path: Path) -> None:
    small.set_session_attendees("s1", [])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(BriefError, match="has no attendees"):
        save_brief_pdf(small, "s1", out / "b.pdf")
    assert list(out.iterdir()) == []


def test_an_attendee_deleted_since_leaves_the_others(small: Workspace, tmp_path: Path) -> None:
    small.delete_stakeholders(["piet"])
    rendered = save_brief_pdf(small, "s1", tmp_path / "b.pdf")
    assert [sid for ids in rendered.cards for sid in ids] == ["anna"]
    assert "Piet Jansen" not in " ".join(page_texts(tmp_path / "b.pdf"))


def test_very_long_names_and_texts_stay_on_the_page(small: Workspace, tmp_path: Path) -> None:
    long_name = "Maximiliaan " * 30
    unbroken = "https://example.org/" + "x" * 3000
    small.set_fields("anna", name=long_name.strip(), interests=("impact " * 900).strip(), needs=unbroken,
                     notes="n " * 3000, organisation="O" * 500, role="r " * 400)
    for k in range(25):
        small.add_stakeholder(Stakeholder(id=f"p{k}", name=f"Person {k} " + "Long" * 20, x=k * 40.0, y=0.0))
    small.set_session_attendees("s1", ["anna", "piet", *(f"p{k}" for k in range(25))])
    small.set_session_fields("s1", title="A session title that goes on " * 8, goal="goal " * 500,
                             place="Place " * 60)
    small.set_session_agenda("s1", [AgendaItem("Item " * 40 + str(k), 5, "Owner " * 20) for k in range(40)])
    small.set_info_fields(about="about " * 2000, shared_goal="goal " * 400)
    out = tmp_path / "long.pdf"
    rendered = save_brief_pdf(small, "s1", out)
    every_page = page_runs(out)
    assert len(every_page) == rendered.pages
    for page in every_page:
        for x, y, _size, text in page:
            assert 30 < x < 565 and 20 < y < 822, (x, y, text[:40])
            assert len(text) < 150, text[:60]  # wrapped (a 3,000-letter word too) or cut with …
    text = " ".join(page_texts(out))
    assert "…" in text
    card_pages = [ids for ids in rendered.cards if ids]
    assert all(len(ids) >= 2 for ids in card_pages[:-1])
    assert sum(len(ids) for ids in card_pages) == 27


def test_a_failed_write_leaves_nothing(demo: Workspace, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "brief.pdf"
    existing.write_bytes(b"an older brief")

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(AttendeeMap, "draw", broken)  # fails halfway through the pages
    with pytest.raises(OSError, match="No space"):
        save_brief_pdf(demo, SESSION, existing)
    monkeypatch.undo()
    assert existing.read_bytes() == b"an older brief"  # untouched, and nothing beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    blocker = tmp_path / "a file"
    blocker.write_text("")
    with pytest.raises(OSError):
        save_brief_pdf(demo, SESSION, blocker / "brief.pdf")  # its folder is a file
    folder = tmp_path / "folder.pdf"
    (folder / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        save_brief_pdf(demo, SESSION, folder)  # a folder where the PDF should go
    with pytest.raises(BriefError):
        save_brief_pdf(demo, "missing", tmp_path / "new.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "brief.pdf", "folder.pdf"]
    assert [p.name for p in folder.iterdir()] == ["inside"]
