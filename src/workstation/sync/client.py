"""`ApiClient`: the protocol v1 endpoints over `requests` (docs/protocol-v1.md).

Every request carries the protocol header. Answers are parsed into the protocol's
models; anything unexpected becomes an `ApiError` subclass — never a crash:
426 → `UpdateRequired`, 401 → `AuthExpired`, other 4xx → `Rejected4xx`, and 5xx,
refused connections, timeouts, truncated or invalid bodies → `ServerUnavailable`.
"""

from __future__ import annotations

import hashlib
import threading
from typing import TYPE_CHECKING, Any, TypeVar, get_args

import orjson
from pydantic import BaseModel, TypeAdapter, ValidationError

from workstation.domain.gcpause import collector_paused
from workstation.protocol.v1 import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    AttachmentStatus,
    Change,
    ConflictRecord,
    EnrolRequest,
    EnrolResponse,
    Entity,
    ErrorBody,
    Lease,
    LeaseKind,
    LeaseRequest,
    LeasesResponse,
    LoginRequest,
    Mutation,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    TokenResponse,
    VoidRequest,
)
from workstation.sync.errors import (
    ApiError,
    AuthExpired,
    Rejected4xx,
    ServerUnavailable,
    UpdateRequired,
)

if TYPE_CHECKING:
    # `requests` (~150 ms with urllib3) is imported by the first request, not with this
    # module: the desktop imports it before its login dialog and first queue lines
    import requests

M = TypeVar("M", bound=BaseModel)
CHUNK_SIZE = 1024 * 1024
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""The largest answer read: a pull page or an attachment (at most 20 MB) fits easily."""
BODY_TIMEOUT = 120.0
"""Seconds a whole answer body may take to arrive (the read timeout is per read)."""
_READ_PIECE = 64 * 1024
_CONFLICTS = TypeAdapter(list[ConflictRecord])


_PAGE_KEYS = frozenset(("changes", "cursor", "has_more", "epoch"))
_CHANGE_KEYS = frozenset(("seq", "entity", "entity_id", "version", "deleted", "data"))
_CHANGE_REQUIRED = _CHANGE_KEYS - {"deleted"}
_ENTITIES = frozenset(get_args(Entity))


def _text(value: object, name: str) -> str:
    if type(value) is not str:
        raise TypeError(f"{name}: expected text")
    if "\x00" in value:
        raise ValueError(f"{name}: must not contain NUL characters")
    return value


def pull_response(body: bytes) -> PullResponse:
    """The `PullResponse` of a pull answer's JSON text, as ``model_validate_json`` reads
    it but about ten times faster (a pull of 100,000 applications is 200 MB of JSON):
    decoded by orjson, each change checked here (its fields present, of their types,
    nothing else; ``data`` an object, read by the store's writers) and built without a
    second validation. Raises `ValueError` or `TypeError` when it is not one."""
    with collector_paused():  # a page is 100,000s of objects, all alive
        page = orjson.loads(body)
        if type(page) is not dict or page.keys() != _PAGE_KEYS:
            raise ValueError("expected an object of changes, cursor, has_more and epoch")
        raw, cursor, more = page["changes"], page["cursor"], page["has_more"]
        if type(raw) is not list or type(cursor) is not int or type(more) is not bool:
            raise TypeError("changes, cursor or has_more: not of its type")
        make = Change.model_construct
        changes = []
        for c in raw:
            if type(c) is not dict or not (_CHANGE_REQUIRED <= c.keys() <= _CHANGE_KEYS):
                raise ValueError("a change is not an object of its fields")
            seq, entity, version, deleted = c["seq"], c["entity"], c["version"], c.get("deleted")
            if type(seq) is not int or type(version) is not int or type(c["data"]) is not dict:
                raise TypeError("change seq, version or data: not of its type")
            if entity not in _ENTITIES:
                raise ValueError(f"change entity: not one of {sorted(_ENTITIES)}")
            if deleted is None and "deleted" not in c:
                deleted = False
            elif type(deleted) is not bool:
                raise TypeError("change deleted: expected true or false")
            changes.append(
                make(
                    seq=seq,
                    entity=entity,
                    entity_id=_text(c["entity_id"], "change entity_id"),
                    version=version,
                    deleted=deleted,
                    data=c["data"],
                )
            )
        return PullResponse.model_construct(
            changes=changes, cursor=cursor, has_more=more, epoch=_text(page["epoch"], "epoch")
        )


def read_pull(body: bytes, status: int = 200) -> PullResponse:
    """`pull_response`, raising `ServerUnavailable` for an answer that is not one."""
    try:
        return pull_response(body)
    except (ValueError, TypeError) as exc:  # orjson's JSONDecodeError is a ValueError
        raise ServerUnavailable(
            "bad_response",
            f"the server's answer could not be read as PullResponse: {exc}",
            status=status,
        ) from exc


def _error(response: requests.Response) -> ApiError:
    import requests  # noqa: PLC0415 - at the first request (see the top)

    status = response.status_code
    try:
        body = ErrorBody.model_validate_json(response.content)
        code, message, details = body.code, body.message, body.details
    except (ValidationError, ValueError, requests.RequestException):
        code, message, details = f"http_{status}", response.reason or "error", {}
    if status == 426:
        return UpdateRequired(code, message or "update required", status=status, details=details)
    if status == 401:
        return AuthExpired(code, message, status=status, details=details)
    if 400 <= status < 500:
        return Rejected4xx(code, message, status=status, details=details)
    return ServerUnavailable(code, message, status=status, details=details)


class ApiClient:
    def __init__(
        self,
        base_url: str,
        *,
        verify: bool | str = True,
        timeout: tuple[float, float] = (5, 30),
        session: requests.Session | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        body_timeout: float = BODY_TIMEOUT,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.verify = verify
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.body_timeout = body_timeout
        if session is None:
            import requests  # noqa: PLC0415 - at the first request (see the top)

            session = requests.Session()
        self.session = session
        self.access_token: str | None = None

    # -- plumbing ------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        import requests  # noqa: PLC0415 - at the first request (see the top)

        sent = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json"}
        if auth and self.access_token:
            sent["Authorization"] = f"Bearer {self.access_token}"
        sent.update(headers or {})
        try:
            response = self.session.request(
                method,
                f"{self.base_url}{API_PREFIX}{path}",
                headers=sent,
                timeout=self.timeout,
                verify=self.verify,
                stream=True,
                **kwargs,
            )
            try:
                self._read_body(response)  # the whole body now: a cut shows up here
            finally:
                response.close()
        except requests.RequestException as exc:
            raise ServerUnavailable(
                "unreachable", f"the server could not be reached: {type(exc).__name__}"
            ) from exc
        if response.status_code >= 400:
            raise _error(response)
        return response

    def _read_body(self, response: requests.Response) -> None:
        """Read the body into ``response.content``, refusing one larger than
        `max_response_bytes` (announced or counted) or slower than `body_timeout` seconds
        in all (a drip of one byte a second never trips the read timeout)."""
        import requests  # noqa: PLC0415 - at the first request (see the top)

        limit = self.max_response_bytes
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > limit:
            raise ServerUnavailable(
                "response_too_large", f"the server's answer is larger than {limit} bytes"
            )
        cut = threading.Event()

        def stop_reading() -> None:  # a read blocked on a drip returns with an error
            cut.set()
            shutdown = getattr(response.raw, "shutdown", None)
            (shutdown or response.close)()

        timer = threading.Timer(self.body_timeout, stop_reading)
        timer.daemon = True
        timer.start()
        body = bytearray()
        try:
            for piece in response.iter_content(_READ_PIECE):
                body += piece
                if len(body) > limit:
                    raise ServerUnavailable(
                        "response_too_large", f"the server's answer is larger than {limit} bytes"
                    )
        except (requests.RequestException, OSError) as exc:
            if not cut.is_set():
                raise requests.ConnectionError(str(exc)) from exc
        finally:
            timer.cancel()
        if cut.is_set():
            raise ServerUnavailable(
                "response_too_slow",
                f"the server's answer took longer than {self.body_timeout:g} s",
            )
        response._content = bytes(body)  # what `.content` gives from now on

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        try:
            return model.model_validate_json(response.content)
        except (ValidationError, ValueError) as exc:
            raise ServerUnavailable(
                "bad_response",
                f"the server's answer could not be read as {model.__name__}",
                status=response.status_code,
            ) from exc

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        return self._parse(self._send(method, path, **kwargs), model)

    # -- enrolment and authentication ---------------------------------------------

    def enrol(self, code: str, name: str = "", seal_public_key: str = "") -> EnrolResponse:
        body = EnrolRequest(code=code, name=name, seal_public_key=seal_public_key).model_dump(
            mode="json"
        )
        return self._call("POST", "/enrol", EnrolResponse, json=body, auth=False)

    def login(self, username: str, password: str, workstation_id: str) -> TokenResponse:
        body = LoginRequest(username=username, password=password, workstation_id=workstation_id)
        tokens = self._call(
            "POST", "/auth/login", TokenResponse, json=body.model_dump(mode="json"), auth=False
        )
        self.access_token = tokens.access_token
        return tokens

    def refresh(self, refresh_token: str, workstation_id: str) -> TokenResponse:
        body = RefreshRequest(refresh_token=refresh_token, workstation_id=workstation_id)
        tokens = self._call(
            "POST", "/auth/refresh", TokenResponse, json=body.model_dump(mode="json"), auth=False
        )
        self.access_token = tokens.access_token
        return tokens

    # -- sync ----------------------------------------------------------------------

    def push(self, mutations: list[Mutation]) -> PushResponse:
        body = PushRequest(mutations=mutations).model_dump(mode="json")
        return self._call("POST", "/sync/push", PushResponse, json=body)

    def pull(self, since: int, limit: int = 500) -> PullResponse:
        return self.pull_page(since, limit)[1]

    def pull_page(self, since: int, limit: int = 500) -> tuple[bytes, PullResponse]:
        """The pull's answer as it came, and read."""
        response = self._send("GET", "/sync/pull", params={"since": since, "limit": limit})
        return response.content, read_pull(response.content, response.status_code)

    # -- number leases -------------------------------------------------------------

    def lease(self, kind: LeaseKind, series: str, size: int) -> Lease:
        body = LeaseRequest(kind=kind, series=series, size=size).model_dump(mode="json")
        return self._call("POST", "/leases", Lease, json=body)

    def leases(self) -> LeasesResponse:
        return self._call("GET", "/leases", LeasesResponse)

    def void(self, lease_id: str, numbers: list[int]) -> None:
        body = VoidRequest(lease_id=lease_id, numbers=numbers).model_dump(mode="json")
        self._send("POST", "/leases/void", json=body)

    # -- attachments ---------------------------------------------------------------

    def attachment_status(self, sha256: str) -> AttachmentStatus | None:
        """What the server holds of the file; None when it has nothing yet."""
        try:
            return self._call("GET", f"/attachments/{sha256}/status", AttachmentStatus)
        except Rejected4xx as exc:
            if exc.status == 404:
                return None
            raise

    def upload_attachment(
        self, sha256: str, data: bytes, *, chunk_size: int = CHUNK_SIZE
    ) -> AttachmentStatus:
        """Upload what the server lacks (resumable: from the server's offset, in chunks),
        then check it holds the whole file. Idempotent: a complete file is not re-sent."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"the bytes given do not hash to {sha256}")
        status = self.attachment_status(sha256)
        offset = status.received if status is not None else 0
        if status is not None and status.complete:
            return status
        for _ in range(len(data) // max(chunk_size, 1) + 8):
            chunk = data[offset : offset + chunk_size]
            headers = {
                UPLOAD_OFFSET_HEADER: str(offset),
                UPLOAD_LENGTH_HEADER: str(len(data)),
                "Content-Type": "application/offset+octet-stream",
            }
            try:
                status = self._call(
                    "PATCH", f"/attachments/{sha256}", AttachmentStatus, data=chunk, headers=headers
                )
            except Rejected4xx as exc:
                if exc.status == 409 and isinstance(exc.details.get("offset"), int):
                    offset = int(exc.details["offset"])  # resume where the server is
                    continue
                raise
            if status.complete:
                if status.sha256 != sha256 or status.size != len(data):
                    raise ServerUnavailable("bad_response", "the server holds another file")
                return status
            offset = status.received
        raise ServerUnavailable("upload_stalled", f"the upload of {sha256} made no progress")

    # -- conflicts -----------------------------------------------------------------

    def conflicts(self, resolved: bool = False) -> list[ConflictRecord]:
        response = self._send(
            "GET", "/conflicts", params={"resolved": "true" if resolved else "false"}
        )
        try:
            return _CONFLICTS.validate_json(response.content)
        except (ValidationError, ValueError) as exc:
            raise ServerUnavailable("bad_response", "unreadable list of conflicts") from exc
