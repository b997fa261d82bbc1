"""`workstation enrol --server URL --code CODE`: make this data folder a workstation."""

from __future__ import annotations

import argparse
import socket
import sys

from workstation.cli_commands.common import datadir
from workstation.cli_commands.sync_common import api_client
from workstation.domain.errors import DomainError
from workstation.store import Actor, Store, seal_keys
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    WORKSTATION_ID_KEY,
    get_meta,
    put_card_series,
    put_meta,
)


def run(args: argparse.Namespace) -> int:
    url = args.server.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise DomainError(f"not a server address (http:// or https://): {url}")
    with Store.open(datadir(args), create=True) as store:
        with store.read() as repos:
            current = get_meta(repos.session, WORKSTATION_ID_KEY)
        if current:
            raise DomainError(
                f"this data folder is already enrolled as workstation {current}; "
                "use another data folder"
            )
        key = seal_keys.new_key()
        answer = api_client(url).enrol(
            args.code, args.name or socket.gethostname()[:100], seal_keys.public_key_b64(key)
        )
        keys = seal_keys.from_enrolment(key, answer.seal_endorsement, answer.root_public_key)
        if keys is not None:
            seal_keys.save(store.datadir.path, keys)
        with store.unit_of_work(Actor("cli:enrol", answer.workstation_id)) as uow:
            put_meta(uow.session, WORKSTATION_ID_KEY, answer.workstation_id)
            put_meta(uow.session, CENTER_CODE_KEY, answer.center_code)
            put_meta(uow.session, SERVER_URL_KEY, url)
            put_card_series(uow.session, store.catalogue.card_series)  # every card type
            if answer.center_name:
                put_meta(uow.session, seal_keys.ISSUER_NAME_KEY, answer.center_name)
            uow.audit_event("workstation.enrol", "workstation", answer.workstation_id)
    print(f"enrolled: workstation {answer.workstation_id} of center {answer.center_code}")
    if keys is None:
        print(
            "workstation: the server endorsed no seal key: this workstation cannot print cards",
            file=sys.stderr,
        )
    return 0
