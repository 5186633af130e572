"""Entry point: ``python main.py …`` (see README.md)."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
