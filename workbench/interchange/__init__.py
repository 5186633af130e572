"""Readers and writers of other formats (no Qt): Voelspriet JSON v1, Kumu, GraphML."""

from workbench.interchange.errors import InterchangeError

__all__ = ["InterchangeError"]
