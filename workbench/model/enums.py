"""The closed vocabularies of Voelspriet (PRODUCT.md, JSON v1)."""

from __future__ import annotations

from enum import StrEnum


class StakeholderKind(StrEnum):
    """What a stakeholder is; drawn differently on the map."""

    FACILITATOR = "facilitator"
    PERSON = "person"
    ORGANISATION = "organisation"
    COMPANY = "company"
    GOVERNMENT = "government"
    FOUNDATION = "foundation"
    EDUCATION = "education"
    NETWORK = "network"


class Status(StrEnum):
    """Where a stakeholder stands; ``own_way`` is never flagged by sensing."""

    PROSPECT = "prospect"
    ACTIVE = "active"
    CORE = "core"
    OWN_WAY = "own_way"


class Phase(StrEnum):
    """The phase of the whole network."""

    NETWORK = "network"
    COMMUNITY = "community"
    MESHWORK = "meshwork"


class Source(StrEnum):
    """Where an energy reading came from."""

    CONVERSATION = "conversation"
    CALL = "call"
    MEETING = "meeting"
    EVENT = "event"
    EMAIL = "email"
    MESSAGE = "message"
    SENSE = "sense"


class Channel(StrEnum):
    """How a contact moment happened (a reading source minus ``sense``)."""

    CONVERSATION = "conversation"
    CALL = "call"
    MEETING = "meeting"
    EVENT = "event"
    EMAIL = "email"
    MESSAGE = "message"


class RemarkKind(StrEnum):
    """The kind of a remark heard during an interaction."""

    DOUBT = "doubt"
    QUESTION = "question"
    REMARK = "remark"
    IDEA = "idea"


class Signal(StrEnum):
    """The sensing signals of the radar."""

    RADIO_SILENCE = "radio_silence"
    LOW_ENERGY = "low_energy"
    DOUBT = "doubt"
    DIVERGING = "diverging"
    RECURRING_THEME = "recurring_theme"
    OVERDUE_FOLLOWUP = "overdue_followup"


class Action(StrEnum):
    """The interventions the radar suggests."""

    PHONE_CALL = "phone_call"
    PERSONAL_CONVERSATION = "personal_conversation"
    BRING_TOGETHER = "bring_together"
    ADJUST_COMMUNICATION = "adjust_communication"
    FOLLOW_UP = "follow_up"
