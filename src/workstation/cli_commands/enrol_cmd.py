"""`workstation enrol --server URL --code CODE`: make this data folder a workstation."""

from __future__ import annotations

import argparse
import socket
import sys

from workstation.cli_commands.common import datadir, open_store
from workstation.cli_commands.sync_common import api_client
from workstation.domain.errors import DomainError
from workstation.sync.enrolment import AlreadyEnrolled, enrol


def run(args: argparse.Namespace) -> int:
    url = args.server.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise DomainError(f"not a server address (http:// or https://): {url}")
    with open_store(datadir(args), create=True) as store:
        try:
            done = enrol(
                store, api_client(url), url, args.code, args.name or socket.gethostname()[:100]
            )
        except AlreadyEnrolled as exc:
            raise DomainError(str(exc)) from exc
    print(f"enrolled: workstation {done.workstation_id} of center {done.center_code}")
    if not done.can_seal:
        print(
            "workstation: the server endorsed no seal key: this workstation cannot print cards",
            file=sys.stderr,
        )
    return 0
