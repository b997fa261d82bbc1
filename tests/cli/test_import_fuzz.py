"""`workstation import` of hostile files stores nothing: a data folder holding a good
import keeps exactly its export and its outbox after any number of refused files
(arbitrary bytes, JSON shapes, mutations of a good file), each refused with one line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.conftest import Cli
from tests.domain.test_fuzz_parsers import GOOD_FILE, _document_shapes, _flipped


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.binary(max_size=300) | _document_shapes() | _flipped())
def test_a_refused_import_stores_nothing(cli: Cli, tmp_path: Path, data: bytes) -> None:
    folder = tmp_path / "data"
    if not folder.exists():
        (tmp_path / "good.json").write_bytes(GOOD_FILE)
        assert cli("--data-dir", folder, "init")[0] == 0
        assert cli("--data-dir", folder, "import", tmp_path / "good.json")[0] == 0
    before = cli("--data-dir", folder, "export")[1], cli("--data-dir", folder, "status", "--json")
    hostile = tmp_path / "hostile.json"
    hostile.write_bytes(data)
    code, _, err = cli("--data-dir", folder, "import", hostile)
    if code == 0:  # a mutation that is still a good file of new records: not this test's
        return
    assert code != 0
    assert err.strip()
    assert "Traceback" not in err
    assert before == (
        cli("--data-dir", folder, "export")[1],
        cli("--data-dir", folder, "status", "--json"),
    )
