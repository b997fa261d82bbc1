"""What the login and enrolment dialogs do, off the GUI thread (no widgets here).

Online login goes through `ApiClient.login` like ``workstation login``; the refresh token
goes to the OS keyring through `Credentials` (memory when there is none: its warning is
returned). Each successful online login renews the offline verifier
(`workstation.security.offline`). When the server cannot be reached, the verifier decides.
Every attempt — online, offline or failed — is an audit event.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workstation.domain.model import Role
from workstation.gui.context import UserSession
from workstation.security import offline
from workstation.store import Actor, Store
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    USERNAME_KEY,
    WORKSTATION_ID_KEY,
    get_meta,
    put_meta,
)
from workstation.sync import enrolment
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.errors import (
    AuthExpired,
    Rejected4xx,
    ServerUnavailable,
    UpdateRequired,
)

ApiFactory = Callable[[str], ApiClient]


@dataclass(frozen=True, slots=True)
class Enrolled:
    server_url: str
    workstation_id: str
    center_code: str
    last_username: str = ""


def read_enrolment(store: Store) -> Enrolled | None:
    """The enrolment of the data folder, or None when it was never enrolled."""
    with store.read() as repos:
        url = get_meta(repos.session, SERVER_URL_KEY)
        ws = get_meta(repos.session, WORKSTATION_ID_KEY)
        center = get_meta(repos.session, CENTER_CODE_KEY) or ""
        user = get_meta(repos.session, USERNAME_KEY) or ""
    if not url or not ws:
        return None
    return Enrolled(url, ws, center, user)


class EnrolmentFailed(Exception):
    """A clear reason why enrolment did not go through (shown as is)."""


def enrol(
    store: Store, url: str, code: str, name: str = "", *, api_factory: ApiFactory = ApiClient
) -> Enrolled:
    """Make the data folder a workstation of a center (as ``workstation enrol``)."""
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise EnrolmentFailed(
            QCoreApplication.translate(
                "Login", "The server address must start with http:// or https://."
            )
        )
    if not code.strip():
        raise EnrolmentFailed(
            QCoreApplication.translate("Login", "Enter the one-time code from your administrator.")
        )
    try:
        done = enrolment.enrol(
            store, api_factory(url), url, code.strip(), name or socket.gethostname()[:100]
        )
    except enrolment.AlreadyEnrolled as exc:
        raise EnrolmentFailed(
            QCoreApplication.translate("Login", "This data folder is already enrolled.")
        ) from exc
    except ServerUnavailable as exc:
        raise EnrolmentFailed(
            QCoreApplication.translate("Login", "The server could not be reached: %1").replace(
                "%1", exc.message
            )
        ) from exc
    except (Rejected4xx, AuthExpired) as exc:
        raise EnrolmentFailed(
            QCoreApplication.translate("Login", "The server refused the code: %1").replace(
                "%1", exc.message
            )
        ) from exc
    except UpdateRequired as exc:
        raise EnrolmentFailed(
            QCoreApplication.translate(
                "Login", "This program is too old for the server: please update it."
            )
        ) from exc
    return Enrolled(url, done.workstation_id, done.center_code)


@dataclass(frozen=True, slots=True)
class LoginResult:
    """A session (online or offline) or the reason for a refusal; the api and credentials
    of an online login (for sync), and the keyring's warning when there is none."""

    session: UserSession | None
    message: str = ""
    api: ApiClient | None = None
    credentials: Credentials | None = None
    warning: str | None = None
    locked_until: dt.datetime | None = None  # refused until then (too many failures)

    @property
    def ok(self) -> bool:
        return self.session is not None


def _audit(store: Store, enrolled: Enrolled, username: str, action: str) -> None:
    with store.unit_of_work(Actor(username, enrolled.workstation_id)) as uow:
        uow.audit_event(action, "user", username)


def login(
    store: Store,
    enrolled: Enrolled,
    username: str,
    password: str,
    *,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    valid_days: int = offline.DEFAULT_VALID_DAYS,
    api_factory: ApiFactory = ApiClient,
) -> LoginResult:
    username = username.strip()
    if not username or not password:
        return LoginResult(
            None, QCoreApplication.translate("Login", "Enter your user name and password.")
        )
    api = api_factory(enrolled.server_url)
    credentials = Credentials(enrolled.server_url, enrolled.workstation_id, username)
    try:
        tokens = api.login(username, password, enrolled.workstation_id)
    except ServerUnavailable:
        return _offline(store, enrolled, username, password, now=now(), valid_days=valid_days)
    except AuthExpired:
        _audit(store, enrolled, username, "user.login_failed")
        return LoginResult(
            None, QCoreApplication.translate("Login", "Wrong user name or password.")
        )
    except Rejected4xx as exc:
        _audit(store, enrolled, username, "user.login_failed")
        if exc.code == "user_disabled":
            return _disabled(store, enrolled, username, credentials)
        if exc.status == 429:
            wait = _retry_after(exc.details)
            return LoginResult(
                None,
                QCoreApplication.translate(
                    "Login", "Too many wrong passwords: the server refuses logins for a while."
                ),
                locked_until=now() + dt.timedelta(seconds=wait),
            )
        return LoginResult(
            None,
            QCoreApplication.translate("Login", "The server refused the login: %1").replace(
                "%1", exc.message
            ),
        )
    except UpdateRequired:
        _audit(store, enrolled, username, "user.login_failed")
        return LoginResult(
            None,
            QCoreApplication.translate(
                "Login", "This program is too old for the server: please update it."
            ),
        )
    credentials.set_refresh_token(tokens.refresh_token)
    user = tokens.user
    full_name = user.full_name or user.username
    with store.unit_of_work(Actor(username, enrolled.workstation_id)) as uow:
        offline.remember(
            uow.session,
            username=username,
            password=password,
            full_name=full_name,
            role=Role(user.role),
            center_code=user.center_code,
            now=now(),
        )
        put_meta(uow.session, USERNAME_KEY, username)
        uow.audit_event("user.login", "user", username)
    session = UserSession(
        username, full_name, Role(user.role), enrolled.workstation_id, user.center_code, True
    )
    return LoginResult(session, api=api, credentials=credentials, warning=credentials.warning)


def _retry_after(details: dict[str, object]) -> int:
    value = details.get("retry_after")
    try:
        return max(1, min(int(str(value)), 24 * 3600))
    except ValueError:
        return 60


def _disabled(
    store: Store, enrolled: Enrolled, username: str, credentials: Credentials
) -> LoginResult:
    """The server says the account is disabled: its offline verifier and refresh token go,
    so that it cannot log in offline on this workstation either."""
    with store.unit_of_work(Actor(username, enrolled.workstation_id)) as uow:
        if offline.forget(uow.session, username):
            uow.audit_event("user.offline_login_removed", "user", username)
    credentials.forget()
    return LoginResult(
        None,
        QCoreApplication.translate(
            "Login",
            "This account is disabled. Ask your administrator; it can no longer log in on "
            "this workstation, online or offline.",
        ),
    )


def check_password(
    store: Store,
    workstation_id: str,
    username: str,
    password: str,
    action: str,
    *,
    now: dt.datetime | None = None,
    valid_days: int = offline.DEFAULT_VALID_DAYS,
) -> offline.OfflineResult:
    """The password of the logged-in officer, checked against the offline verifier (works
    without the server: unlocking, re-authentication); failures count towards the same
    lock as offline login. Audited as ``action`` or ``action + '_failed'``."""
    with store.unit_of_work(Actor(username, workstation_id)) as uow:
        result = offline.check(
            uow.session,
            username,
            password,
            now=now or dt.datetime.now(dt.UTC),
            valid_days=valid_days,
        )
        uow.audit_event(action if result.ok else action + "_failed", "user", username)
    return result


def refusal_text(result: offline.OfflineResult, valid_days: int) -> str:
    """Why an offline check refused (for the login, lock and re-authentication dialogs)."""
    if result.refusal is offline.Refusal.UNKNOWN:
        return QCoreApplication.translate(
            "Login", "Offline login needs one online login on this workstation first."
        )
    if result.refusal is offline.Refusal.EXPIRED:
        return QCoreApplication.translate(
            "Login",
            "The last online login is more than %1 days ago: offline login is no longer allowed.",
        ).replace("%1", str(valid_days))
    if result.refusal is offline.Refusal.LOCKED:
        return QCoreApplication.translate("Login", "Too many wrong passwords: locked for a while.")
    return QCoreApplication.translate(
        "Login", "Wrong password (%1 tries left before it locks)."
    ).replace("%1", str(result.failures_left))


def _offline(
    store: Store,
    enrolled: Enrolled,
    username: str,
    password: str,
    *,
    now: dt.datetime,
    valid_days: int,
) -> LoginResult:
    with store.unit_of_work(Actor(username, enrolled.workstation_id)) as uow:
        result = offline.check(uow.session, username, password, now=now, valid_days=valid_days)
        uow.audit_event(
            "user.login_offline" if result.ok else "user.login_failed", "user", username
        )
    if result.user is not None:
        user = result.user
        session = UserSession(
            username,
            user.full_name,
            user.role,
            enrolled.workstation_id,
            user.center_code or enrolled.center_code,
            online=False,
        )
        credentials = Credentials(enrolled.server_url, enrolled.workstation_id, username)
        return LoginResult(session, api=ApiClient(enrolled.server_url), credentials=credentials)
    server = QCoreApplication.translate("Login", "The server cannot be reached. ")
    return LoginResult(
        None, server + refusal_text(result, valid_days), locked_until=result.locked_until
    )
