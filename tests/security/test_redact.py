"""Tokens and passwords never reach a log file: the redacting filter blanks them in
messages, in formatted exceptions (chained ones too) and in reprs; the protocol's
models and the sync client's errors do not show them in the first place."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workstation.protocol.v1 import LoginRequest, RefreshRequest, TokenResponse, UserInfo
from workstation.security.redact import MASK, RedactingFilter, install, redact, redact_record
from workstation.sync.client import ApiClient
from workstation.sync.errors import ServerUnavailable

ACCESS = "eyJleHAiOjE3OTk5OTk5OTksInJvbGUiOiJvZmZpY2VyIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbi0xMjM0"
REFRESH = "Zm9vYmFyLXJlZnJlc2gtdG9rZW4tNDMtY2hhcnMtbG9uZw"
PASSWORD = "parol-Sirr-12345"
SECRETS = (ACCESS, REFRESH, PASSWORD)


def _tokens() -> TokenResponse:
    return TokenResponse(
        access_token=ACCESS,
        access_expires_in=300,
        refresh_token=REFRESH,
        user=UserInfo(username="officer1", role="officer", center_code="BAK1", full_name="X"),
    )


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {ACCESS}",
        f"headers={{'Authorization': 'Bearer {ACCESS}'}}",
        json.dumps({"refresh_token": REFRESH, "workstation_id": "ws"}),
        json.dumps({"username": "u", "password": PASSWORD}),
        f"LoginRequest(username='u', password='{PASSWORD}')",
        f"POST /auth/refresh?refresh_token={REFRESH}&x=1",
        f"password={PASSWORD} user=u",
        f"token: '{REFRESH}'",
        f"got {ACCESS} from the server",
        f"input_value={{'access_token': '{ACCESS}', 'refresh_token': '{REFRESH}'}}",
    ],
)
def test_redact_blanks_every_form(text: str) -> None:
    out = redact(text)
    for secret in SECRETS:
        assert secret not in out
    assert MASK in out


def test_redact_keeps_ordinary_text() -> None:
    text = "application BAK1-2026-00012 (0190aaaa-0000-7000-8000-000000000000) pushed: 3 applied"
    assert redact(text) == text


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    path = tmp_path / "workstation.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("tests.redact")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, path
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_a_log_file_never_holds_a_secret(log_file: tuple[logging.Logger, Path]) -> None:
    logger, path = log_file
    logger.info("login answer %r", _tokens())
    logger.info("login answer %s", _tokens().model_dump_json())
    logger.debug("sending %s", {"Authorization": f"Bearer {ACCESS}"})
    logger.warning("body: %s", LoginRequest(username="u", password=PASSWORD, workstation_id="w"))
    logger.warning(
        "body json: %s", RefreshRequest(refresh_token=REFRESH, workstation_id="w").model_dump_json()
    )
    try:  # a pydantic error quoting the input, chained under the client's own error
        try:
            TokenResponse.model_validate({"access_token": ACCESS, "refresh_token": REFRESH})
        except ValueError as exc:
            raise ServerUnavailable("bad_response", "unreadable answer") from exc
    except ServerUnavailable:
        logger.exception("sync failed")
    text = path.read_text(encoding="utf-8")
    assert "sync failed" in text
    assert "Traceback" in text
    assert "ValidationError" in text
    for secret in SECRETS:
        assert secret not in text, secret


def test_install_redacts_records_of_handlers_added_later(tmp_path: Path) -> None:
    install()
    install()  # idempotent
    path = tmp_path / "later.log"
    handler = logging.FileHandler(path, encoding="utf-8")  # no filter of its own
    logger = logging.getLogger("tests.redact.later")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error("refresh with %s", json.dumps({"refresh_token": REFRESH}))
        logger.error("password=%s", PASSWORD)
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert MASK in text
    for secret in SECRETS:
        assert secret not in text


def test_models_and_client_errors_do_not_show_secrets() -> None:
    assert ACCESS not in repr(_tokens())
    assert REFRESH not in repr(_tokens())
    assert REFRESH not in str(_tokens())
    assert PASSWORD not in repr(LoginRequest(username="u", password=PASSWORD, workstation_id="w"))
    assert REFRESH not in repr(RefreshRequest(refresh_token=REFRESH, workstation_id="w"))

    body = json.dumps({"access_token": ACCESS, "refresh_token": REFRESH}).encode()

    class Broken(BaseHTTPRequestHandler):  # a real server answering the login badly
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = ApiClient(f"http://127.0.0.1:{server.server_port}")
    with pytest.raises(ServerUnavailable) as caught:
        client.login("officer1", PASSWORD, "ws-1")
    server.shutdown()
    server.server_close()
    assert caught.value.code == "bad_response"
    for shown in (str(caught.value), repr(caught.value)):
        for secret in SECRETS:
            assert secret not in shown


def test_formatters_that_read_the_arguments_keep_working() -> None:
    """uvicorn's access log formatter unpacks ``record.args`` itself: a redacted record
    keeps its arguments (each one redacted), so the server's access log still works and
    still holds no secret."""
    from uvicorn.logging import AccessFormatter

    record = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d', None, None
    )
    record.args = ("127.0.0.1:5000", "GET", "/v1/pull?token=s3cr3t-value", "1.1", 200)
    redact_record(record)
    line = AccessFormatter("%(client_addr)s %(request_line)s %(status_code)s").format(record)
    assert "s3cr3t-value" not in line
    assert line.startswith("127.0.0.1:5000 GET /v1/pull?token=")
    assert line.endswith(" 200 OK")

    plain = logging.LogRecord(
        "uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d', None, None
    )
    plain.args = ("127.0.0.1:5000", "POST", "/v1/push", "1.1", 200)
    redact_record(plain)
    assert plain.args == ("127.0.0.1:5000", "POST", "/v1/push", "1.1", 200)


@pytest.mark.parametrize(
    "text",
    [
        "GET /v1/pull?token=abc&x=1",
        'password="hunter2"',
        "Authorization: Bearer abc.def",
        "refresh_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0abcdefgh",
    ],
)
def test_redacting_twice_changes_nothing_more(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
