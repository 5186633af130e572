"""Voelspriet — the facilitator's workbench."""

__version__ = "0.1.0"
