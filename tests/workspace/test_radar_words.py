"""The radar in the window's language: the translatable templates are sensing's own
English, every Dutch one keeps its fields, and a finding reads Dutch in Dutch (its energy
level named in Dutch too)."""

from __future__ import annotations

import string
import sys
from datetime import timedelta
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QLocale

from tests.sensing.world import FAC, TODAY, World
from workbench.model import Action, Signal
from workbench.sensing import TEMPLATES as ENGLISH
from workbench.ui.app import install_translation, make_app
from workbench.workspace import radar_words as words

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
from dutch import DUTCH  # noqa: E402


def fields(template: str) -> set[str]:
    return {f"{name}:{spec}" for _text, name, spec, _conv in string.Formatter().parse(template) if name}


def test_the_templates_are_sensings_own() -> None:
    assert dict(words.TEMPLATES) == dict(ENGLISH)


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_every_dutch_template_keeps_its_fields(key: str) -> None:
    english = ENGLISH[key]
    dutch = DUTCH.get(english, english)
    assert fields(dutch) == fields(english)
    if english.strip(" ;"):
        assert english in DUTCH, f"no Dutch for {english!r}"


def test_every_signal_and_action_has_words() -> None:
    assert set(words.SIGNALS) == set(Signal) == set(words.SIGNAL_HINTS)
    assert set(words.ACTIONS) == set(Action)
    assert words.signal_label(Signal.DIVERGING) == "Drifting apart"
    assert words.action_label(Action.PHONE_CALL) == "Give them a call"
    assert words.signal_hint(Signal.DOUBT) == "A doubt they raised, with no contact since"


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    app = make_app()
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    before = QLocale()
    assert install_translation(app, dutch)
    QLocale.setDefault(dutch)
    yield
    QLocale.setDefault(before)
    install_translation(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def low_energy_world() -> World:
    w = World()
    w.person("ann", name="Ann Smit")
    w.energy(FAC, "ann", 4, 4, 2, last_days_ago=3)
    w.contacts("ann", 70, 63, 58, 40)  # every 10 days: 20 days allowed, the minimum 21
    return w


def test_a_finding_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    [finding] = low_energy_world().radar()
    assert words.why(finding).startswith("No contact for 40 days (last on 2020-04-05). Usually every 7.0 days")
    assert "dropped to 2 (doubting)" in words.why(finding)
    assert words.why_with_score(finding) == finding.why  # the same as the command line's


def test_a_finding_in_dutch(dutch) -> None:  # type: ignore[no-untyped-def]
    [finding] = low_energy_world().radar()
    text = words.why(finding)
    assert text.startswith("40 dagen geen contact (laatst op 2020-04-05). Gewoonlijk elke 7,0 dagen (4 contacten)")
    assert f"daalde op {(TODAY - timedelta(days=3)).isoformat()} naar 2 (twijfel), van 4" in text
    assert "doubting" not in text
    assert words.why_with_score(finding).startswith(text + f" Score {finding.score:g}: ".replace(".", ","))
    assert words.signal_label(Signal.LOW_ENERGY) == "Lage energie"
    assert words.action_label(finding.action) == "Een persoonlijk gesprek voeren"
