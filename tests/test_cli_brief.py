"""``python main.py brief WORKSPACE --session ID|next [--today DATE] --out OUT.pdf`` as a
user runs it: a PDF, or one ``error:`` line, exit 1, and no PDF (not even part of one)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from tests.test_cli_radar import assert_one_error_line, out, run


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("brief") / "demo.voelspriet"
    result = run("demo", path, "--language", "en")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "out"
    made.mkdir()
    return made


def test_a_session_by_id(demo_file: Path, folder: Path) -> None:
    target = folder / "kickoff.pdf"
    result = run("brief", demo_file, "--session", "ses-02", "--out", target)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    pages = len(pypdf.PdfReader(target).pages)
    assert out(result) == f"wrote {target} ({pages} pages)\n"
    text = text_of(target)
    assert "Inner circle kickoff" in text and "The signature: what, who, why" in text
    assert sorted(p.name for p in folder.iterdir()) == ["kickoff.pdf"]


def test_next_is_the_first_session_on_or_after_today(demo_file: Path, folder: Path) -> None:
    result = run("brief", demo_file, "--session", "next", "--out", folder / "next.pdf")
    assert result.returncode == 0, result.stderr  # the demo's today: 15 May 2020
    assert "Inner circle: roles and time after the lockdown" in text_of(folder / "next.pdf")
    result = run("brief", demo_file, "--session", "next", "--today", "2020-02-10", "--out", folder / "feb.pdf")
    assert result.returncode == 0, result.stderr  # a session on that very day counts
    assert "Inner circle kickoff" in text_of(folder / "feb.pdf")


def test_without_notes(demo_file: Path, folder: Path) -> None:
    result = run("brief", demo_file, "--session", "ses-03", "--without-notes", "--out", folder / "b.pdf")
    assert result.returncode == 0, result.stderr
    text = text_of(folder / "b.pdf")
    assert "Without private notes" in text and "Notes (private)" not in text


@pytest.mark.parametrize(("args", "fragment"), [
    (("--session", "next", "--today", "2021-01-01"), "no session on or after 2021-01-01"),
    (("--session", "ses-99"), "There is no session with the id “ses-99”"),
])
def test_no_such_session(demo_file: Path, folder: Path, args: tuple[str, ...], fragment: str) -> None:
    result = run("brief", demo_file, *args, "--out", folder / "b.pdf")
    assert_one_error_line(result, fragment)
    assert list(folder.iterdir()) == []


def test_a_session_without_attendees(tmp_path: Path, folder: Path) -> None:
    source = tmp_path / "empty.json"
    source.write_text('{"format": "voelspriet", "version": 1, "stakeholders": [{"id": "a", "name": "A"}],'
                      ' "sessions": [{"id": "s", "title": "Nobody yet", "at": "2020-06-01T19:00",'
                      ' "attendees": []}]}', encoding="utf-8")
    path = tmp_path / "w.voelspriet"
    assert run("import", source, "--into", path).returncode == 0
    result = run("brief", path, "--session", "s", "--out", folder / "b.pdf")
    assert_one_error_line(result, "has no attendees")
    assert list(folder.iterdir()) == []


def test_unwritable_out(demo_file: Path, folder: Path) -> None:
    (folder / "a file").write_text("")
    result = run("brief", demo_file, "--session", "ses-03", "--out", folder / "a file" / "b.pdf")
    assert_one_error_line(result, "its folder does not exist")
    result = run("brief", demo_file, "--session", "ses-03", "--out", folder)
    assert_one_error_line(result, "is a folder")
    result = run("brief", demo_file, "--session", "ses-03", "--out", folder / "missing" / "b.pdf")
    assert_one_error_line(result, "its folder does not exist")
    assert [p.name for p in folder.iterdir()] == ["a file"]


def test_not_a_workspace(tmp_path: Path, folder: Path) -> None:
    bogus = tmp_path / "bogus.voelspriet"
    bogus.write_bytes(b"not a database at all" * 100)
    result = run("brief", bogus, "--session", "next", "--out", folder / "b.pdf")
    assert result.returncode == 1 and result.stderr.decode().startswith("error: ")
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", [("brief",), ("brief", "w.voelspriet", "--out", "b.pdf"),
                                  ("brief", "w.voelspriet", "--session", "next"),
                                  ("brief", "w.voelspriet", "--session", "next", "--out", "b.pdf",
                                   "--today", "15-05-2020")])
def test_wrong_usage_exits_2(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run(*args)
    assert result.returncode == 2, result.stderr
    assert b"Traceback" not in result.stderr


def test_in_the_language_the_app_speaks(demo_file: Path, folder: Path) -> None:
    target = folder / "nl.pdf"
    result = run("brief", demo_file, "--session", "ses-03", "--out", target,
                 env={"LANG": "nl_NL.UTF-8", "LC_ALL": "nl_NL.UTF-8", "LANGUAGE": "nl"})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    text = text_of(target)
    pages = len(pypdf.PdfReader(target).pages)
    assert f"Pagina 1 van {pages}" in text and "Ruimte houden" in text and "De deelnemers" in text
    assert "donderdag 28 mei 2020, 19:00–21:20" in text  # dates as the Dutch write them
    assert "Page 1 of" not in text
