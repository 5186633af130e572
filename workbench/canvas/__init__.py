"""The stakeholder map: a QGraphicsScene following the Workspace, its items and interactions."""
