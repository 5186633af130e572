"""The demo speaks the app's language: Dutch when the window is Dutch, English otherwise.

One decision (``workbench.bootstrap.ui_language``) picks the demo a first start or
``main.py demo OUT`` writes, and it is the decision the translator makes for the window
(checked against the real ``make_app`` under several locales). Both demos tell the same
story: blank the texts and the two documents are equal.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from workbench.bootstrap import DEMO_BY_LANGUAGE, demo_dataset, ui_language
from workbench.model import Dataset

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = ROOT / "resources" / "demo"
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

DUTCH_LOCALE = {"LANG": "nl_NL.UTF-8"}
ENGLISH_LOCALE = {"LANG": "en_US.UTF-8"}


def python(code: str | None, *args: str | Path, env: dict[str, str],
           home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code`` (or main.py ARGS) with exactly the locale variables in *env*."""
    full = {k: v for k, v in os.environ.items()
            if k not in LOCALE_VARIABLES and not k.startswith(("VOELSPRIET_", "LC_"))}
    full.update(QT_QPA_PLATFORM="offscreen", **env)
    if home is not None:
        full["VOELSPRIET_HOME"] = str(home)
    command = [sys.executable, "-c", code] if code else [sys.executable, str(ROOT / "main.py")]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=full, timeout=120)


def stored(path: Path) -> Dataset:
    from workbench.store import open_store, queries

    store = open_store(path, exclusive=False)
    try:
        with store.session() as s:
            return queries.dataset(s)
    finally:
        store.close()


def assert_dutch(d: Dataset) -> None:
    assert d.workspace is not None and d.workspace.about.startswith("Een community of practice")
    assert {"Kerngroep", "Ondersteuningsteam", "Community-bouwers"} <= {g.name for g in d.groups}
    assert "Kick-off van de kerngroep" in {s.title for s in d.sessions}
    texts = {rm.text for i in d.interactions for rm in i.remarks}
    assert "Ik weet niet of ik dit na de zomer nog volhoud." in texts
    assert any("zo'n 25 mensen" in i.summary for i in d.interactions)
    assert {s.id: s.role for s in d.stakeholders}["s-fenna"] == "Communityfacilitator"


def assert_english(d: Dataset) -> None:
    assert d.workspace is not None and d.workspace.about.startswith("A community of practice")
    assert {"Inner circle", "Support team", "Community builders"} <= {g.name for g in d.groups}
    assert "Inner circle kickoff" in {s.title for s in d.sessions}
    texts = {rm.text for i in d.interactions for rm in i.remarks}
    assert "I don't know if I can keep this up after the summer." in texts


def numbers(d: Dataset) -> tuple:
    """Everything but the texts: ids, people, kinds, dates, energies, links, positions (in id
    order: a workspace lists groups by name)."""
    return (
        d.settings, d.workspace.phase if d.workspace else None,
        sorted((g.id, g.color) for g in d.groups),
        sorted((s.id, s.name, s.kind, s.status, s.x, s.y, tuple(sorted(s.groups)))
               for s in d.stakeholders),
        sorted((r.id, r.a, r.b) for r in d.relations),
        sorted((r.id, r.relation, r.at, r.energy, r.source, r.interaction) for r in d.readings),
        sorted((i.id, i.at, i.channel, i.with_, tuple((m.id, m.by, m.kind) for m in i.remarks),
                tuple((f.id, f.due, f.done, f.who) for f in i.followups))
               for i in d.interactions),
        sorted((s.id, s.at, s.attendees, len(s.agenda)) for s in d.sessions),
    )

# --------------------------------------------------------------------------- the decision


@pytest.mark.parametrize(("languages", "expected"), [
    (["nl-Latn-NL", "nl-NL", "nl-Latn", "nl"], "nl"),
    (["nl_BE"], "nl"),
    (["en-Latn-US", "en-US", "en-Latn", "en"], "en"),
    (["C"], "en"),
    ([], "en"),
    (["fr-FR", "fr"], "en"),
    # English has no translation file, so Qt goes on to the next language: Dutch
    (["en-US", "en", "nl-NL", "nl"], "nl"),
    (["fr-FR", "fr", "nl"], "nl"),
])
def test_ui_language_of_the_users_languages(languages: list[str], expected: str) -> None:
    assert ui_language(languages) == expected


@pytest.mark.parametrize("env", [
    DUTCH_LOCALE, ENGLISH_LOCALE, {"LANG": "C.UTF-8"}, {"LANG": "nl_BE.UTF-8"},
    {"LANG": "en_US.UTF-8", "LANGUAGE": "en:nl"}, {"LANG": "nl_NL.UTF-8", "LANGUAGE": "en_US:en"},
    {"LANG": "en_US.UTF-8", "LC_ALL": "nl_NL.UTF-8"},
])
def test_the_demo_speaks_the_language_of_the_window(env: dict[str, str]) -> None:
    """ui_language() and the translation make_app loads for the system locale agree."""
    result = python("from PySide6.QtCore import QCoreApplication as Q\n"
                    "from workbench.bootstrap import ui_language\n"
                    "from workbench.ui.app import make_app\n"
                    "make_app(); print(ui_language(), Q.translate('MainWindow', '&File'))",
                    env=env)
    assert result.returncode == 0, result.stderr
    language, menu = result.stdout.split()
    assert (language, menu) in {("nl", "&Bestand"), ("en", "&File")}


# --------------------------------------------------------------------------- the same story


@pytest.fixture(scope="module")
def english() -> Dataset:
    return demo_dataset(language="en")


@pytest.fixture(scope="module")
def dutch() -> Dataset:
    return demo_dataset(language="nl")


def test_both_demos_tell_the_same_story_in_their_own_words(english: Dataset, dutch: Dataset) -> None:
    assert numbers(dutch) == numbers(english)
    assert_english(english)
    assert_dutch(dutch)
    summaries = [(e.summary, d.summary) for e, d in zip(english.interactions, dutch.interactions)]
    assert all(e != d for e, d in summaries)  # every one translated
    assert demo_dataset() == english  # English unless asked
    with pytest.raises(ValueError, match="no demo in 'de'"):
        demo_dataset(language="de")


def test_a_theme_has_one_dutch_name(english: Dataset, dutch: Dataset) -> None:
    """Themes are how the radar groups remarks: one English theme, one Dutch theme."""
    pairs = {(e.theme, d.theme)
             for ei, di in zip(english.interactions, dutch.interactions)
             for e, d in zip(ei.remarks, di.remarks)}
    english_themes = {e for e, _ in pairs}
    assert len(pairs) == len(english_themes) == len({d for _, d in pairs})
    assert ("time investment", "tijdsinvestering") in pairs
    raised = {m.by for i in dutch.interactions for m in i.remarks
              if m.theme == "tijdsinvestering" and i.at.date().isoformat() >= "2020-04-15"}
    assert raised == {"s-sanne", "s-thijs", "s-fatma", "s-yvonne"}


def test_a_synthetic_workspace_ignores_the_language() -> None:
    assert demo_dataset(80, "nl") == demo_dataset(80, "en")


# --------------------------------------------------------------------------- the files


def make_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo", DEMO_DIR / "make_demo.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_writes_both_files_as_they_are() -> None:
    """demo.json and demo_nl.json come from one build: regenerating changes neither."""
    generator = make_demo()
    doc = generator.build()
    generator.lay_out(doc)
    for language, path in generator.OUTS.items():
        version = generator.translated(doc, language)
        written = json.dumps(version, ensure_ascii=False, indent=1) + "\n"
        assert written == path.read_text(encoding="utf-8"), f"run make_demo.py ({path.name})"


def test_the_generator_refuses_an_untranslated_text() -> None:
    generator = make_demo()
    doc = generator.build()
    doc["interactions"][0]["summary"] = "A summary nobody translated."
    with pytest.raises(KeyError, match="A summary nobody translated"):
        generator.translated(doc, "nl")


def test_the_wheel_ships_the_dutch_demo() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    shipped = config["tool"]["setuptools"]["package-data"]["workbench.resources"]
    assert {"demo/demo.json", "demo/demo_nl.json"} <= set(shipped)
    assert DEMO_BY_LANGUAGE["nl"].is_file() and DEMO_BY_LANGUAGE["en"].is_file()


# --------------------------------------------------------------------------- as a user starts it


@pytest.mark.parametrize(("env", "check"), [(DUTCH_LOCALE, assert_dutch),
                                            (ENGLISH_LOCALE, assert_english)])
def test_demo_command_writes_the_demo_in_the_language_of_the_environment(
        env: dict[str, str], check, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "demo.voelspriet"
    result = python(None, "demo", out, env=env)
    assert result.returncode == 0, result.stderr
    check(stored(out))


def test_demo_command_takes_a_language(tmp_path: Path, english: Dataset) -> None:
    out = tmp_path / "en.voelspriet"
    assert python(None, "demo", out, "--language", "en", env=DUTCH_LOCALE).returncode == 0
    written = stored(out)
    assert_english(written)
    out = tmp_path / "nl.voelspriet"
    assert python(None, "demo", out, "--language", "nl", env=ENGLISH_LOCALE).returncode == 0
    assert_dutch(stored(out))
    assert numbers(stored(out)) == numbers(written)
    refused = python(None, "demo", tmp_path / "de.voelspriet", "--language", "de", env=ENGLISH_LOCALE)
    assert refused.returncode == 2 and "invalid choice" in refused.stderr


@pytest.mark.parametrize(("env", "check"), [(DUTCH_LOCALE, assert_dutch),
                                            (ENGLISH_LOCALE, assert_english)])
def test_a_first_start_writes_the_demo_in_the_language_of_the_environment(
        env: dict[str, str], check, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The default workspace, as the app creates it when it opens without one."""
    result = python("from workbench.bootstrap import default_workspace_path, "
                    "open_or_create_default\n"
                    "open_or_create_default().close(); print(default_workspace_path())",
                    env=env, home=tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.is_relative_to(tmp_path)
    check(stored(path))
