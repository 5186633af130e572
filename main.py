"""Entry point: ``python main.py …`` (see README.md)."""

import os
import sys

if __name__ == "__main__" and os.environ.get("VOELSPRIET_STARTUP_PROBE") == "bare":
    # bench/bench_startup.py: a bare PySide6 window started as the app is (the packaged app
    # runs only this script), to compare start-up times with (workbench/ui/probe.py)
    from workbench.ui.probe import bare_window

    sys.exit(bare_window())

from workbench.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
