"""The whole system comes up: server process on each database, admin command, enrolment
and login through the proxy, a first sync in both directions."""

from __future__ import annotations

import pytest

from tests.integration.conftest import OFFICER, PASSWORD, World, WorldFactory
from tests.integration.convergence import (
    PUSH,
    assert_converged,
    expected_versions,
    outbox,
    report,
    server_versions,
)
from tests.integration.processes import Workstation
from tests.integration.work import outbox_rows, receive_new
from workstation.domain.catalogue import load_catalogue

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


def test_enrol_login_and_a_first_round_trip(world: World) -> None:
    a, b = world.workstations
    status = a.status()
    assert status["server_url"] == world.proxy.url
    assert status["workstation_id"]
    assert status["workstation_id"] != b.status()["workstation_id"]
    assert "logged in" in a.login(OFFICER, PASSWORD).stdout
    refused = a.login(OFFICER, "not-the-password", check=False)
    assert refused.returncode != 0
    assert refused.stderr.startswith("workstation:")
    assert len(refused.stderr.strip().splitlines()) == 1
    a.sync()
    made = receive_new(a, OFFICER, 3)
    pushed = report(a.sync())
    assert pushed["applied"] == pushed["pushed"] > 0
    assert outbox(a) == {"pending": 0, "rejected": 0, "conflict": 0}
    server = assert_converged(world, a, b)
    assert sorted(app["number"] for app in server["applications"]) == sorted(
        app.number for app in made
    )


def test_a_used_enrolment_code_is_refused(world: World) -> None:
    code = world.admin("enrol-workstation", "--center", world.center).strip()
    first, second = world.workstations

    one = Workstation(first.data_dir.parent / "ws-x")
    one.enrol(world.proxy.url, code)
    other = Workstation(second.data_dir.parent / "ws-y")
    done = other.run("enrol", "--server", world.proxy.url, "--code", code, check=False)
    assert done.returncode != 0
    assert done.stderr.startswith("workstation:")


def test_server_with_two_workers_takes_racing_duplicates(world_factory: WorldFactory) -> None:

    world = world_factory(1, server_args=("--workers", "2"))
    (a,) = world.workstations
    a.sync()
    receive_new(a, OFFICER, 10)
    world.proxy.duplicate(times=4, parallel=True, path=PUSH)
    done = report(a.sync())
    assert done["rejected"] == done["conflicts"] == 0
    world.proxy.passthrough()
    assert world.server_conflicts() == []

    expected = expected_versions(outbox_rows(a))
    got = server_versions(world, a)
    assert {k: got.get(k) for k in expected} == expected
    assert_converged(world, a)


def test_an_enrolled_workstation_leases_numbers_of_every_card_series(
    world_factory: WorldFactory,
) -> None:
    """`workstation enrol` records the card series of the catalogue's card-issuing
    services, so a normal sync leases card numbers of each (not only the demo's)."""
    world = world_factory(1)
    (a,) = world.workstations
    a.sync()
    series = load_catalogue().card_series
    assert {"MYİ", "DYİ", "İİ"} <= set(series)
    left = a.status()["leases_left"]
    assert set(left.get("card", {})) == set(series), left
    assert all(count > 0 for count in left["card"].values())
