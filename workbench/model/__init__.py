"""Plain-Python domain model: value types, enums and rules. Imports nothing of ours, no Qt, no SQL."""

from workbench.model.enums import (
    Action,
    Channel,
    Phase,
    RemarkKind,
    Signal,
    Source,
    StakeholderKind,
    Status,
)
from workbench.model.values import (
    ENERGY_LABELS,
    AgendaItem,
    Dataset,
    Followup,
    Group,
    Interaction,
    Reading,
    Relation,
    Remark,
    SensingSettings,
    Session,
    Stakeholder,
    WorkspaceInfo,
    new_id,
)

__all__ = [
    "Action", "Channel", "Phase", "RemarkKind", "Signal", "Source", "StakeholderKind", "Status",
    "ENERGY_LABELS", "AgendaItem", "Dataset", "Followup", "Group", "Interaction", "Reading", "Relation", "Remark",
    "SensingSettings", "Session", "Stakeholder", "WorkspaceInfo", "new_id",
]
