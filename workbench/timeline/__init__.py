"""The energy timeline: readings of the selected relations over time (the only package
that imports pyqtgraph, and only once the timeline is first shown: see ``widget``)."""

from workbench.timeline.widget import TimelineWidget

__all__ = ["TimelineWidget"]
