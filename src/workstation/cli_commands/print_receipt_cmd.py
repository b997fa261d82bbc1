"""`workstation print-receipt NUMBER --pdf OUT` (see `print_cmd`)."""

from workstation.cli_commands.print_cmd import print_receipt as run

__all__ = ["run"]
