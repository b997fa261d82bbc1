"""`python -m workstation` runs the same entry point as the `workstation` command."""

from workstation.cli import main

raise SystemExit(main())
