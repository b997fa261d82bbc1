"""`workstation sample FILE.json`: generated, realistic applications as an import file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from workstation.cli_commands.common import write_atomically
from workstation.domain import interchange
from workstation.domain.catalogue import load_catalogue
from workstation.samples.generator import generate


def run(args: argparse.Namespace) -> int:
    if args.count < 0:
        raise ValueError("--count must be zero or more")
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    data = generate(args.count, args.seed, load_catalogue(), center=args.center, today=today)
    path = Path(args.file)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, interchange.dumps(data.persons, data.applications))
    print(f"wrote {len(data.applications)} applications and {len(data.persons)} persons to {path}")
    return 0
