"""The meshwork measures of an open workspace (``sensing.meshwork`` over its column reads:
every stakeholder as columns, every relation's ends and latest energy; three grouped
queries, none per person).

``read(workspace)`` gathers what the measures need (on the thread that owns the
workspace); ``compute(inputs)`` is pure and may run on another thread (the brokers'
betweenness takes seconds at thousands of partners); ``measure(workspace)`` does both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, NamedTuple

from workbench.sensing.meshwork import BROKERS, POSITIVE, Measure, Meshwork, meshwork
from workbench.store.series import StakeholderColumns

if TYPE_CHECKING:
    from workbench.workspace.workspace import Workspace


class Inputs(NamedTuple):
    """What the measures are computed from (plain values, safe to hand to another thread)."""

    people: StakeholderColumns
    relation_ends: Mapping[str, tuple[str, str]]
    latest_energy: Mapping[str, int]
    facilitator: str | None


def read(workspace: "Workspace") -> Inputs:
    """The columns the measures need."""
    latest = {rid: energy for rid, (energy, _count) in workspace.relation_energy().items()}
    return Inputs(workspace.stakeholder_columns(), workspace.relation_ends(), latest,
                  workspace.facilitator_id())


def compute(inputs: Inputs) -> Meshwork:
    """The measures (pure: no workspace, no Qt)."""
    return meshwork(inputs.people, inputs.relation_ends, inputs.latest_energy, inputs.facilitator)


def measure(workspace: "Workspace") -> Meshwork:
    """How far *workspace*'s network has become a meshwork (see ``sensing.meshwork``)."""
    return compute(read(workspace))


__all__ = ["BROKERS", "Inputs", "Measure", "Meshwork", "POSITIVE", "compute", "measure", "read"]
