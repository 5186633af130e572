"""The session brief: its content (``content``), then its layout and painting onto A4, for a
PDF or a printer (``render``). The map is handed in by the caller (``render.MapPicture``):
the brief layer does not import the canvas."""
