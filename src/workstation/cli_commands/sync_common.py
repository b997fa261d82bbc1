"""What `enrol`, `login` and `sync` share: the enrolment read from the data folder, the
password (prompt or standard input, never an argument), the API client."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass

from workstation.domain.errors import DomainError
from workstation.store import Store
from workstation.store.syncmeta import (
    SERVER_URL_KEY,
    USERNAME_KEY,
    WORKSTATION_ID_KEY,
    get_meta,
)
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials


class NotEnrolled(DomainError):
    def __init__(self) -> None:
        super().__init__(
            "this data folder is not enrolled: run "
            "'workstation enrol --server URL --code CODE' first"
        )


@dataclass(frozen=True, slots=True)
class Enrolment:
    server_url: str
    workstation_id: str
    username: str | None


def enrolment(store: Store) -> Enrolment:
    with store.read() as repos:
        url = get_meta(repos.session, SERVER_URL_KEY)
        ws = get_meta(repos.session, WORKSTATION_ID_KEY)
        user = get_meta(repos.session, USERNAME_KEY)
    if not url or not ws:
        raise NotEnrolled
    return Enrolment(url, ws, user)


def read_password(args: argparse.Namespace, username: str) -> str:
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {username}: ")
    if not password:
        raise DomainError("no password given")
    return password


def api_client(url: str) -> ApiClient:
    return ApiClient(url)


def login(
    api: ApiClient, creds: Credentials, enrolled: Enrolment, password: str, *, keep: bool
) -> str:
    """Log in online; keep the refresh token in the keyring (``keep``) or only in this
    process's memory. Returns the user's full name (or user name)."""
    tokens = api.login(creds.username, password, enrolled.workstation_id)
    if keep:
        creds.set_refresh_token(tokens.refresh_token)
    else:
        creds.keep_in_memory(tokens.refresh_token)
    return tokens.user.full_name or tokens.user.username
