"""`workstation print-card NUMBER --pdf OUT` (see `print_cmd`)."""

from workstation.cli_commands.print_cmd import print_card as run

__all__ = ["run"]
