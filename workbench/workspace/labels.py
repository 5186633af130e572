"""Translated display names for the model's vocabularies (shared by every view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.model import Phase, StakeholderKind, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: StakeholderKind) -> str:
    """A stakeholder kind for people."""
    return {
        StakeholderKind.FACILITATOR: _t("Facilitator"),
        StakeholderKind.PERSON: _t("Person"),
        StakeholderKind.ORGANISATION: _t("Organisation"),
        StakeholderKind.COMPANY: _t("Company"),
        StakeholderKind.GOVERNMENT: _t("Government"),
        StakeholderKind.FOUNDATION: _t("Foundation"),
        StakeholderKind.EDUCATION: _t("Education"),
        StakeholderKind.NETWORK: _t("Network"),
    }[kind]


def status_label(status: Status) -> str:
    """A status for people."""
    return {
        Status.PROSPECT: _t("Prospect"),
        Status.ACTIVE: _t("Active"),
        Status.CORE: _t("Core"),
        Status.OWN_WAY: _t("Own way"),
    }[status]


def phase_label(phase: Phase) -> str:
    """A phase for people."""
    return {
        Phase.NETWORK: _t("Loose network"),
        Phase.COMMUNITY: _t("Community of Practice"),
        Phase.MESHWORK: _t("Meshwork"),
    }[phase]


def energy_label(energy: int) -> str:
    """The name of an energy level, 1–5."""
    return {
        1: _t("disengaging"),
        2: _t("doubting"),
        3: _t("neutral"),
        4: _t("engaged"),
        5: _t("in flow"),
    }[energy]
