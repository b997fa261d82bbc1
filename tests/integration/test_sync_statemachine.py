"""A hypothesis state machine over the whole sync system (DESIGN.md section 6).

ONE real server (uvicorn in a thread of this process, on a free loopback port, on SQLite
or on a fresh PostgreSQL database per example) and FOUR data folders enrolled to one
center: three officers (officer1..3) and a supervisor (who also takes the decisions).
In random order each workstation goes offline and online, creates applicants and
applications with numbers from its leases, edits service fields, takes legal state
machine actions for its role, syncs (push then pull), restarts (the store closed and
opened again, a new API client that must refresh its access token), or has a sync cut
after N requests — before or after the server has answered — and then restarts.

Checked after every step: numbers unique locally and, for what the workstation created,
inside its own leases; nothing pushed was rejected. Checked at the end (`teardown`),
after every workstation synced until nothing moved, twice: each workstation's export is
byte-identical to the server's; every application and applicant created anywhere is
there exactly once; application numbers are unique and each lies in a lease of the
workstation that took it; every conflict the server recorded is on every workstation.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import random
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests
import uvicorn
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
)
from sqlalchemy import select

from tests.integration.processes import (
    PostgresUnavailable,
    create_pg_database,
    drop_pg_database,
    free_port,
    pg_url,
    sqlite_url,
)
from workstation.domain import interchange, states
from workstation.domain.catalogue import load_catalogue
from workstation.domain.ids import new_id
from workstation.domain.model import Application, Role, Status
from workstation.domain.numbers import parse_application_number
from workstation.samples.generator import generate
from workstation.security.datakey import open_store
from workstation.server import admin
from workstation.server.app import create_app
from workstation.server.db import Database, migrate, open_engine
from workstation.store import Actor, DataDir, Store
from workstation.store.leases import NoNumbersLeft, local_leases
from workstation.store.repositories import Repositories
from workstation.store.syncmeta import (
    CENTER_CODE_KEY,
    SERVER_URL_KEY,
    USERNAME_KEY,
    WORKSTATION_ID_KEY,
    put_meta,
)
from workstation.store.tables import ApplicationRow, ConflictRow, OutboxRow
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine
from workstation.sync.errors import LoginRequired, ServerUnavailable

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

CENTER = "BAK1"
PASSWORD = "parol-12345"
USERS = (
    ("officer1", Role.OFFICER),
    ("officer2", Role.OFFICER),
    ("officer3", Role.OFFICER),
    ("supervisor1", Role.SUPERVISOR),
)
ASSIGNEES = ("", "officer1", "officer2", "officer3", "supervisor1")
REASON = "Səbəb: sənədlər yoxlanılır"
# Small blocks, so that workstations run out offline and refill online.
APPLICATION_RESERVE = 2
LEASE_SIZE = 4
SETTLE_ROUNDS = 6
CATALOGUE = load_catalogue()


def _year() -> int:
    return dt.datetime.now(dt.UTC).year


# --- the server -------------------------------------------------------------------------


class _Server:
    """uvicorn in a thread of this process, on 127.0.0.1 (as `workstation demo` runs it)."""

    def __init__(self, url: str) -> None:
        port = free_port()
        config = uvicorn.Config(
            create_app(url, access_ttl=3.0), host="127.0.0.1", port=port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="sm-server", daemon=True)
        self.url = f"http://127.0.0.1:{port}"

    def start(self) -> None:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise OSError(f"the server could not start on {self.url}")
            self.thread.join(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


class _CutSession(requests.Session):
    """A connection that dies at request number ``cut_at``: before sending it, or after
    the server answered it (its answer lost), and stays dead afterwards."""

    def __init__(self, cut_at: int, after_answer: bool) -> None:
        super().__init__()
        self.cut_at = cut_at
        self.after_answer = after_answer
        self.calls = 0
        self.lost_refresh = False  # the server rotated the refresh token; the answer is lost

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls < self.cut_at:
            return super().request(method, url, *args, **kwargs)
        if self.calls == self.cut_at and self.after_answer:
            super().request(method, url, *args, **kwargs)
            self.lost_refresh = str(url).endswith("/auth/refresh")
        raise requests.ConnectionError("connection cut by the test")


# --- a workstation ----------------------------------------------------------------------


@dataclass
class Node:
    """One data folder with its logged-in user, and what the test knows about it."""

    name: str
    path: Path
    username: str
    role: Role
    server_url: str
    workstation_id: str = ""
    online: bool = True
    store: Store | None = None
    api: ApiClient | None = None
    creds: Credentials | None = None
    created_apps: dict[str, str] = field(default_factory=dict)  # id -> number
    created_persons: set[str] = field(default_factory=set)
    logged_out: bool = False  # a refresh answer was lost: the officer must log in again
    relogins: int = 0

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.workstation_id)

    def open(self, session: requests.Session | None = None) -> None:
        self.store = open_store(DataDir(self.path), create=True)
        self.api = ApiClient(self.server_url, session=session, timeout=(5, 60))

    def close(self) -> None:
        if self.api is not None:
            self.api.session.close()
            self.api = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def restart(self) -> None:
        """A process restart: the store closed and opened again; a new API client with no
        access token (the refresh token survives, as in the OS keyring)."""
        self.close()
        self.open()

    def enrol(self, code: str) -> None:
        assert self.api is not None
        assert self.store is not None
        self.workstation_id = self.api.enrol(code, self.name).workstation_id
        with self.store.unit_of_work(self.actor) as uow:
            put_meta(uow.session, WORKSTATION_ID_KEY, self.workstation_id)
            put_meta(uow.session, CENTER_CODE_KEY, CENTER)
            put_meta(uow.session, SERVER_URL_KEY, self.server_url)
            put_meta(uow.session, USERNAME_KEY, self.username)
        self.creds = Credentials(self.server_url, self.workstation_id, self.username)
        self.creds.persistent = False  # never the developer's keyring: memory only
        self.login()

    def engine(self) -> SyncEngine:
        assert self.store is not None
        assert self.api is not None
        assert self.creds is not None
        return SyncEngine(
            self.store,
            self.api,
            self.creds,
            self.actor,
            application_reserve=APPLICATION_RESERVE,
            lease_size=LEASE_SIZE,
        )

    def login(self) -> None:
        assert self.api is not None
        assert self.creds is not None
        tokens = self.api.login(self.username, PASSWORD, self.workstation_id)
        self.creds.keep_in_memory(tokens.refresh_token)

    def sync(self) -> bool:
        """One round; True when it went through. The officer logs in again only where
        the test lost the answer to a refresh (the server rotated the token meanwhile):
        anywhere else `LoginRequired` fails the test."""
        try:
            report = self.engine().sync_once()
        except LoginRequired:
            if not self.logged_out:
                raise
            self.login()  # a cut connection may lose this answer too: then still logged out
            self.relogins += 1
            self.logged_out = False
            report = self.engine().sync_once()
        return report.ok

    @contextmanager
    def read(self) -> Iterator[Repositories]:
        assert self.store is not None
        with self.store.read() as repos:
            yield repos

    def export(self) -> bytes:
        with self.read() as repos:
            snapshot = repos.all_for_export()
        return interchange.dumps(snapshot.persons, snapshot.applications)

    def numbers(self) -> list[tuple[str, str]]:
        """(id, number) of every live application, straight from the table."""
        with self.read() as repos:
            rows = repos.session.execute(
                select(ApplicationRow.id, ApplicationRow.number).where(
                    ApplicationRow.deleted.is_(False)
                )
            )
            return [(str(i), str(n)) for i, n in rows]

    def outbox_states(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.read() as repos:
            for state in repos.session.scalars(select(OutboxRow.state)):
                counts[state] = counts.get(state, 0) + 1
        return counts

    def rejected(self) -> list[tuple[str, str, str]]:
        with self.read() as repos:
            rows = repos.session.execute(
                select(OutboxRow.entity, OutboxRow.entity_id, OutboxRow.result_reason).where(
                    OutboxRow.state == "rejected"
                )
            )
            return [(str(e), str(i), str(err)) for e, i, err in rows]

    def conflict_ids(self) -> set[str]:
        with self.read() as repos:
            return set(repos.session.scalars(select(ConflictRow.conflict_id)))

    def leases(self) -> list[tuple[int, int]]:
        with self.read() as repos:
            return [
                (x.first, x.last)
                for x in local_leases(repos.session)
                if x.kind == "application" and x.series == str(_year())
            ]


# --- the machine ------------------------------------------------------------------------


class SyncMachine(RuleBasedStateMachine):
    database_kind: ClassVar[str] = "sqlite"

    applications = Bundle("applications")

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="ws-statemachine-"))
        self.pg_name: str | None = None
        self.server: _Server | None = None
        self.db: Database | None = None
        self.nodes: list[Node] = []
        try:
            self._set_up()
        except BaseException:
            self._tear_down()
            raise

    def _set_up(self) -> None:
        if self.database_kind == "postgresql":
            try:
                self.pg_name = create_pg_database()
            except PostgresUnavailable as exc:
                pytest.fail(str(exc), pytrace=False)
            url = pg_url(self.pg_name)
        else:
            url = sqlite_url(self.tmp / "server.sqlite3")
        engine = open_engine(url)
        try:
            migrate(engine)
        finally:
            engine.dispose()
        self.db = Database.open(url)
        admin.create_center(self.db, CENTER, "Bakı 1 saylı mərkəz")
        for username, role in USERS:
            admin.create_user(self.db, username, role=role.value, center=CENTER, password=PASSWORD)
        self.server = _Server(url)
        self.server.start()
        for i, (username, role) in enumerate(USERS):
            node = Node(f"ws{i}", self.tmp / f"ws{i}", username, role, self.server.url)
            self.nodes.append(node)
            node.open()
            node.enrol(admin.enrol_code(self.db, CENTER))
            assert node.sync(), f"{node.name}: first sync failed"
            assert node.leases(), f"{node.name}: no lease after the first sync"

    def _tear_down(self) -> None:
        for node in self.nodes:
            try:
                node.close()
            finally:
                if node.creds is not None:
                    node.creds.forget()
        if self.server is not None:
            self.server.stop()
        if self.db is not None:
            self.db.dispose()
        if self.pg_name is not None:
            drop_pg_database(self.pg_name)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- rules ---------------------------------------------------------------------

    nodes_index = st.integers(0, len(USERS) - 1)

    @initialize(target=applications, seed=st.integers(0, 2**20))
    def shared_applications(self, seed: int) -> Any:
        """Two received applications known to every workstation, so that offline edits
        and actions on the same application (conflicts) come early."""
        made = [self.create(0, seed + k, receive=True) for k in range(2)]
        for node in self.nodes:
            assert node.sync(), f"{node.name}: sync failed"
        return multiple(*made)

    @rule(i=nodes_index)
    def toggle_online(self, i: int) -> None:
        self.nodes[i].online = not self.nodes[i].online

    @rule(target=applications, i=nodes_index, seed=st.integers(0, 2**20), receive=st.booleans())
    def create(self, i: int, seed: int, receive: bool) -> str:
        node = self.nodes[i]
        assert node.store is not None
        today = dt.date.today()
        data = generate(1, seed, CATALOGUE, center=CENTER, today=today)
        person = dataclasses.replace(data.persons[0], id=new_id(), version=0)
        template = data.applications[0]
        app_id = new_id()
        try:
            with node.store.unit_of_work(node.actor) as uow:
                number = uow.new_application_number(CENTER, today.year)
                uow.add_person(person)
                app = dataclasses.replace(
                    template,
                    id=app_id,
                    person_id=person.id,
                    number=number,
                    status=Status.DRAFT,
                    received_at=None,
                    received_by="",
                    due_date=None,
                    decision=None,
                    history=(),
                    payment_ref="",
                    assignee="",
                    version=0,
                )
                uow.add_application(app)
                if receive:
                    uow.transition(app_id, "receive", node.role)
        except NoNumbersLeft:
            event("a workstation ran out of leased numbers offline")
            # Its leases ran out offline: nothing was written (the rollback is checked by
            # the invariants and the end); the bundle gets a placeholder.
            return "none"
        node.created_apps[app_id] = number
        node.created_persons.add(person.id)
        return app_id

    def _local(self, node: Node, app_id: str) -> Application | None:
        with node.read() as repos:
            found = [a for a in repos.all_for_export().applications if a.id == app_id]
        return found[0] if found else None

    @rule(
        i=nodes_index,
        app_id=applications,
        what=st.sampled_from(("payment_ref", "assignee", "checklist")),
        seed=st.integers(0, 10**6),
    )
    def edit(self, i: int, app_id: str, what: str, seed: int) -> None:
        node = self.nodes[i]
        app = self._local(node, app_id)
        if app is None:  # not pulled here yet
            return
        rng = random.Random(seed)
        if what == "payment_ref":
            changed = dataclasses.replace(app, payment_ref=f"AZ{rng.randint(10**11, 10**12 - 1)}")
        elif what == "assignee":
            changed = dataclasses.replace(app, assignee=rng.choice(ASSIGNEES))
        else:
            changed = dataclasses.replace(
                app,
                checklist=tuple(dataclasses.replace(c, received=True) for c in app.checklist),
            )
        assert node.store is not None
        with node.store.unit_of_work(node.actor) as uow:
            uow.update_application(changed)

    @rule(i=nodes_index, app_id=applications, pick=st.integers(0, 10))
    def act(self, i: int, app_id: str, pick: int) -> None:
        node = self.nodes[i]
        app = self._local(node, app_id)
        if app is None:
            return
        complete = all(c.received for c in app.checklist)
        actions = [
            a
            for a in states.actions_for(app.status, node.role)
            if complete or a != "submit_for_review"
        ]
        if not actions:
            return
        action = actions[pick % len(actions)]
        transition = states.find(app.status, action)
        assert transition is not None
        reason = REASON if transition.needs_reason else ""
        assert node.store is not None
        with node.store.unit_of_work(node.actor) as uow:
            uow.transition(app_id, action, node.role, reason)

    @rule(i=nodes_index)
    def sync(self, i: int) -> None:
        node = self.nodes[i]
        if node.online:
            assert node.sync(), f"{node.name}: a sync on a healthy connection failed"

    @rule(i=nodes_index)
    def restart(self, i: int) -> None:
        self.nodes[i].restart()

    @rule(i=nodes_index, cut_at=st.integers(1, 6), after_answer=st.booleans())
    def sync_cut_then_restart(self, i: int, cut_at: int, after_answer: bool) -> None:
        """The connection dies at request ``cut_at`` of a sync (its answer lost, or never
        sent), then the process is killed and started again."""
        node = self.nodes[i]
        if not node.online:
            return
        node.close()
        cut = _CutSession(cut_at, after_answer)
        node.open(session=cut)
        # may or may not go through, depending on how many requests it needs; the relogin
        # of a logged-out officer may itself be cut (ServerUnavailable): still logged out
        with contextlib.suppress(ServerUnavailable):
            node.sync()
        node.logged_out = node.logged_out or cut.lost_refresh
        node.restart()

    # -- invariants ------------------------------------------------------------------

    @invariant()
    def numbers_unique_and_leased_locally(self) -> None:
        for node in self.nodes:
            if node.store is None:
                continue
            rows = node.numbers()
            numbers = [number for _, number in rows]
            assert len(numbers) == len(set(numbers)), f"{node.name}: duplicate numbers"
            ids = {app_id for app_id, _ in rows}
            blocks = node.leases()
            for app_id, number in node.created_apps.items():
                seq = parse_application_number(number).sequence
                assert any(first <= seq <= last for first, last in blocks), (
                    f"{node.name}: {number} lies outside its leases {blocks}"
                )
                assert app_id in ids, f"{node.name}: lost its own application {app_id}"

    @invariant()
    def nothing_rejected(self) -> None:
        for node in self.nodes:
            if node.store is not None:
                assert node.rejected() == [], f"{node.name}: rejected mutations"

    # -- the end ---------------------------------------------------------------------

    def settle(self) -> None:
        """Everyone online; rounds of syncing everyone until a whole round moved nothing,
        and then that once more."""
        for node in self.nodes:
            node.online = True
        quiet = 0
        for _ in range(SETTLE_ROUNDS):
            before = [node.export() for node in self.nodes]
            for node in self.nodes:
                assert node.sync(), f"{node.name}: settling sync failed"
            pending = sum(node.outbox_states().get("pending", 0) for node in self.nodes)
            after = [node.export() for node in self.nodes]
            quiet = quiet + 1 if before == after and pending == 0 else 0
            if quiet == 2:
                return
        raise AssertionError(f"no quiet round after {SETTLE_ROUNDS} rounds of syncing")

    def check_converged(self) -> None:
        assert self.db is not None
        server = admin.export(self.db)
        for node in self.nodes:
            assert node.export() == server, f"{node.name}'s export differs from the server's"
        decoded = json.loads(server)
        apps = decoded["applications"]
        ids = [a["id"] for a in apps]
        numbers = [a["number"] for a in apps]
        assert len(ids) == len(set(ids)), "duplicate application ids on the server"
        assert len(numbers) == len(set(numbers)), "duplicate application numbers on the server"
        person_ids = {p["id"] for p in decoded["persons"]}
        by_id = {a["id"]: a for a in apps}
        for node in self.nodes:
            blocks = node.leases()
            for app_id, number in node.created_apps.items():
                assert app_id in by_id, f"{node.name}'s application {app_id} is lost"
                assert by_id[app_id]["number"] == number
                seq = parse_application_number(number).sequence
                assert any(first <= seq <= last for first, last in blocks)
            missing = node.created_persons - person_ids
            assert not missing, f"{node.name}'s applicants {missing} are lost"
        conflicts = {c.conflict_id for c in admin.list_conflicts(self.db, resolved=None)}
        for node in self.nodes:
            assert node.conflict_ids() == conflicts, f"{node.name} lacks conflicts"
            states_ = node.outbox_states()
            assert states_.get("pending", 0) == 0, f"{node.name}: outbox {states_}"
            assert states_.get("rejected", 0) == 0, f"{node.name}: outbox {states_}"
        event(f"conflicts at the end: {min(len(conflicts), 3)}{'+' if len(conflicts) >= 3 else ''}")
        event(f"applications at the end: {len(apps) // 5 * 5}+")
        if any(node.relogins for node in self.nodes):
            event("an officer logged in again after a lost refresh answer")

    def teardown(self) -> None:
        try:
            self.settle()
            self.check_converged()
        finally:
            self._tear_down()


SETTINGS = settings(
    max_examples=10,
    stateful_step_count=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: a red CI is reproducible here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class SqliteSyncMachine(SyncMachine):
    database_kind = "sqlite"


class PostgresSyncMachine(SyncMachine):
    database_kind = "postgresql"


TestSyncStateMachineSqlite = SqliteSyncMachine.TestCase
TestSyncStateMachineSqlite.settings = SETTINGS
TestSyncStateMachinePostgres = PostgresSyncMachine.TestCase
TestSyncStateMachinePostgres.settings = SETTINGS
