"""Translated display names for the model's vocabularies (shared by every view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.model import Channel, Phase, StakeholderKind, Status


def tr(text: str) -> str:
    """Translate (context-free, so that pyside6-lupdate finds the literal calls)."""
    return QCoreApplication.translate("", text)


def kind_label(kind: StakeholderKind) -> str:
    """A stakeholder kind for people."""
    return {
        StakeholderKind.FACILITATOR: tr("Facilitator"),
        StakeholderKind.PERSON: tr("Person"),
        StakeholderKind.ORGANISATION: tr("Organisation"),
        StakeholderKind.COMPANY: tr("Company"),
        StakeholderKind.GOVERNMENT: tr("Government"),
        StakeholderKind.FOUNDATION: tr("Foundation"),
        StakeholderKind.EDUCATION: tr("Education"),
        StakeholderKind.NETWORK: tr("Network"),
    }[kind]


def status_label(status: Status) -> str:
    """A status for people."""
    return {
        Status.PROSPECT: tr("Prospect"),
        Status.ACTIVE: tr("Active"),
        Status.CORE: tr("Core"),
        Status.OWN_WAY: tr("Own way"),
    }[status]


def phase_label(phase: Phase) -> str:
    """A phase for people."""
    return {
        Phase.NETWORK: tr("Loose network"),
        Phase.COMMUNITY: tr("Community of Practice"),
        Phase.MESHWORK: tr("Meshwork"),
    }[phase]


def energy_label(energy: int) -> str:
    """The name of an energy level, 1–5."""
    return {
        1: tr("disengaging"),
        2: tr("doubting"),
        3: tr("neutral"),
        4: tr("engaged"),
        5: tr("in flow"),
    }[energy]


def channel_label(channel: Channel) -> str:
    """How a contact moment happened, for people."""
    return {
        Channel.CONVERSATION: tr("personal conversation"),
        Channel.CALL: tr("phone call"),
        Channel.MEETING: tr("meeting"),
        Channel.EVENT: tr("event"),
        Channel.EMAIL: tr("email"),
        Channel.MESSAGE: tr("message"),
    }[channel]
