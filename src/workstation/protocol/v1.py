"""Protocol v1 of the sync API (DESIGN.md section 3): request and response bodies.

Both sides import these models; the server's OpenAPI document is generated from them.
Every request carries the header `PROTOCOL_HEADER`; the server accepts the versions in
`ACCEPTED_VERSIONS` (N and N-1) and answers anything else with HTTP 426 and an
`ErrorBody` whose code is ``update_required``.

Records travel in the shape of `workstation.domain.serialize` (`person_to_dict`,
`application_to_dict`): a `Mutation`'s ``changed``/``prev`` hold top-level keys of that
shape, a `Change`'s ``data`` holds the whole record.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL_VERSION = 1
ACCEPTED_VERSIONS: frozenset[int] = frozenset({PROTOCOL_VERSION, PROTOCOL_VERSION - 1} - {0})
PROTOCOL_HEADER = "X-Workstation-Protocol"
API_PREFIX = "/api/v1"
MAX_PUSH_BATCH = 100
MAX_PULL_PAGE = 1000

Entity = Literal["person", "application", "permit", "conflict"]
Op = Literal["create", "update", "delete"]
ResultStatus = Literal["applied", "conflict", "rejected"]
LeaseKind = Literal["application", "card"]
Role = Literal["officer", "supervisor", "admin"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        """No text field holds a NUL character (PostgreSQL cannot store one)."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value


class ErrorBody(_Model):
    """Every 4xx/5xx answer of the API: a stable code and a sentence for people."""

    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


# --- enrolment and authentication -------------------------------------------------


class EnrolRequest(_Model):
    code: str = Field(min_length=4, max_length=64, description="one-time code from an admin")
    name: str = Field(default="", max_length=100, description="the workstation's host name")
    seal_public_key: str = Field(
        default="",
        max_length=64,
        description="base64 of the raw Ed25519 public key (32 bytes) the workstation signs "
        "card seals with; the server endorses it with the root key",
    )


class EnrolResponse(_Model):
    workstation_id: str
    center_code: str
    center_name: str = ""
    seal_endorsement: str = Field(
        default="",
        description="base64 of the CBOR endorsement of seal_public_key by the root key "
        "(empty when no key was sent)",
    )
    root_public_key: str = Field(
        default="", description="base64 of the raw Ed25519 root public key (32 bytes)"
    )


class LoginRequest(_Model):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000, repr=False)
    workstation_id: str = Field(min_length=1, max_length=64)


class RefreshRequest(_Model):
    refresh_token: str = Field(min_length=16, max_length=200, repr=False)
    workstation_id: str = Field(min_length=1, max_length=64)


class UserInfo(_Model):
    username: str
    role: Role
    center_code: str
    full_name: str = ""


class TokenResponse(_Model):
    """A short-lived access token (Bearer) and a refresh token bound to user and
    workstation; a refresh rotates the refresh token (the old one stops working)."""

    access_token: str = Field(repr=False)  # reprs (logs, errors) never show a token
    access_expires_in: int = Field(description="seconds")
    refresh_token: str = Field(repr=False)
    user: UserInfo


# --- push ---------------------------------------------------------------------------


class Mutation(_Model):
    """One local change, as the workstation's outbox holds it."""

    mutation_id: str = Field(min_length=1, max_length=64)
    client_seq: int = Field(ge=1)
    entity: Entity
    entity_id: str = Field(min_length=1, max_length=64)
    op: Op
    base_version: int = Field(ge=0, description="the server version the change was made on")
    changed: dict[str, Any] = Field(default_factory=dict)
    prev: dict[str, Any] = Field(default_factory=dict)


class PushRequest(_Model):
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class ConflictField(_Model):
    field: str
    base: Any = None
    client: Any = None
    server: Any = None


class MutationResult(_Model):
    """``applied``: stored (``version`` is the entity's new server version).
    ``conflict``: the server kept its value for ``fields``; other fields merged; a
    conflict record ``conflict_id`` lists it under "Needs review" on every workstation.
    ``rejected``: nothing stored; ``code``/``reason`` say why; later mutations go on."""

    mutation_id: str
    status: ResultStatus
    version: int | None = None
    code: str = ""
    reason: str = ""
    conflict_id: str | None = None
    fields: list[ConflictField] = Field(default_factory=list)


class PushResponse(_Model):
    results: list[MutationResult]


# --- pull ---------------------------------------------------------------------------


class Change(_Model):
    """The current state of one entity after the change numbered ``seq``."""

    seq: int
    entity: Entity
    entity_id: str
    version: int
    deleted: bool = False
    data: dict[str, Any]


class PullResponse(_Model):
    changes: list[Change]
    cursor: int = Field(description="pass as `since` next time; covers this whole page")
    has_more: bool
    epoch: str = Field(description="identity of the server's database; a new one = restored")


# --- number leases ------------------------------------------------------------------


class LeaseRequest(_Model):
    kind: LeaseKind
    series: str = Field(
        default="",
        max_length=8,
        description="card series (e.g. MYİ); for application numbers the year, e.g. 2026",
    )
    size: int = Field(ge=1, le=10_000)


class Lease(_Model):
    """Numbers ``first``..``last`` (inclusive) of a series, for this workstation only."""

    lease_id: str
    kind: LeaseKind
    series: str
    first: int
    last: int


class VoidRequest(_Model):
    """Numbers the workstation will never use (e.g. at decommissioning): never reused."""

    lease_id: str
    numbers: list[int] = Field(max_length=10_000)


class LeasesResponse(_Model):
    leases: list[Lease]


# --- conflicts ----------------------------------------------------------------------


class ConflictRecord(_Model):
    """What a "Needs review" entry shows; pulled as entity ``conflict``."""

    conflict_id: str
    entity: Entity
    entity_id: str
    mutation_id: str
    workstation_id: str
    username: str
    fields: list[ConflictField]
    created_at: str
    resolved: bool = False
    resolved_by: str = ""
    resolution: str = ""


# --- attachments --------------------------------------------------------------------

UPLOAD_OFFSET_HEADER = "Upload-Offset"
UPLOAD_LENGTH_HEADER = "Upload-Length"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class AttachmentStatus(_Model):
    """``HEAD``/``GET .../attachments/{sha256}/status``: how much the server holds."""

    sha256: str
    size: int
    received: int
    complete: bool


def build_models() -> None:
    """Build every wire model's validator now. They are built at first use otherwise
    (`defer_build`): the desktop imports this module on its way to the first queue
    lines and validates nothing until its first login or sync, and building them all
    costs about 0.2 s of CPU. The server builds them before FastAPI reads its routes,
    and no longer defers: FastAPI's own type adapters around a model would defer too,
    and pydantic fails to build those later (the OpenAPI schema)."""
    for model in list(globals().values()):
        if isinstance(model, type) and issubclass(model, _Model):
            model.model_config["defer_build"] = False
            if model is not _Model:
                model.model_rebuild(force=True)
