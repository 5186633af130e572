"""Automatic layout of the stakeholder map: force layout and overlap removal.

Pure numpy over index arrays (positions, edges, memberships): no Qt, no database, and
nothing of ours but ``workbench.model`` may be imported here (tests/test_layers.py).
Callers convert their scene or model values to arrays and back.

``overlap``: node boxes, ``remove_overlaps`` and ``count_overlaps``.
``force``: ``force_layout`` (the map's auto-layout) and ``place_unplaced`` (new nodes).
"""

from workbench.layout.force import force_layout, place_unplaced
from workbench.layout.overlap import (
    BOX_HEIGHT,
    BOX_WIDTH,
    REFERENCE_SPACING,
    box_size,
    count_overlaps,
    remove_overlaps,
)

__all__ = [
    "BOX_HEIGHT",
    "BOX_WIDTH",
    "REFERENCE_SPACING",
    "box_size",
    "count_overlaps",
    "force_layout",
    "place_unplaced",
    "remove_overlaps",
]
