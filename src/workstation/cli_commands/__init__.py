"""The subcommands of `workstation`, one module each (`<name>_cmd.run(args) -> int`)."""
