"""Entry point of the frozen desktop bundle: the same `workstation` command as the wheel's."""

import multiprocessing
import sys

from workstation.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows child process must not rerun main()
    sys.exit(main())
