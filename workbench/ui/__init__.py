"""The main window, docks, panels and dialogs."""
