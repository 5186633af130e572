"""``python -m bench [NAME ...] [--json PATH]``: run the benchmarks and print the table."""

import sys

from bench.harness import main

if __name__ == "__main__":
    sys.exit(main())
