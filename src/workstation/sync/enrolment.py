"""Enrolment of a data folder as a workstation of a center — one path for the command
line (``workstation enrol``) and the desktop's first-run dialog.

A new Ed25519 seal key is made here and its public half sent with the one-time code; the
server answers with the workstation's id, its center and the root key's endorsement of
the seal key, which is saved with the key (`store.seal_keys`). The folder's meta data
(workstation id, center, server address, card series to lease) and an audit event are
written in one transaction, after the server has answered."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.store import Actor, Store, seal_keys
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    WORKSTATION_ID_KEY,
    get_meta,
    put_card_series,
    put_meta,
)
from workstation.sync.client import ApiClient


class AlreadyEnrolled(Exception):
    def __init__(self, workstation_id: str) -> None:
        super().__init__(
            f"this data folder is already enrolled as workstation {workstation_id}; "
            "use another data folder"
        )
        self.workstation_id = workstation_id


@dataclass(frozen=True, slots=True)
class Enrolment:
    server_url: str
    workstation_id: str
    center_code: str
    can_seal: bool
    """False when the server endorsed no seal key: this workstation cannot print cards."""


def enrolled_as(store: Store) -> str | None:
    with store.read() as repos:
        return get_meta(repos.session, WORKSTATION_ID_KEY)


def enrol(store: Store, api: ApiClient, url: str, code: str, name: str) -> Enrolment:
    """Enrol the folder through ``api`` (the server at ``url``); `AlreadyEnrolled` when
    it was enrolled before. Errors of the call (`ServerUnavailable`, `Rejected4xx`,
    `UpdateRequired`) pass through and leave the folder as it was."""
    current = enrolled_as(store)
    if current:
        raise AlreadyEnrolled(current)
    key = seal_keys.new_key()
    answer = api.enrol(code, name, seal_keys.public_key_b64(key))
    keys = seal_keys.from_enrolment(key, answer.seal_endorsement, answer.root_public_key)
    if keys is not None:
        seal_keys.save(store.datadir.path, keys)
    with store.unit_of_work(Actor("enrol", answer.workstation_id)) as uow:
        put_meta(uow.session, WORKSTATION_ID_KEY, answer.workstation_id)
        put_meta(uow.session, CENTER_CODE_KEY, answer.center_code)
        put_meta(uow.session, SERVER_URL_KEY, url)
        put_card_series(uow.session, store.catalogue.card_series)  # every card type
        if answer.center_name:
            put_meta(uow.session, seal_keys.ISSUER_NAME_KEY, answer.center_name)
        uow.audit_event("workstation.enrol", "workstation", answer.workstation_id)
    return Enrolment(url, answer.workstation_id, answer.center_code, keys is not None)
