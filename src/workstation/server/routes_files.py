"""Number leases and attachments."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from starlette.concurrency import run_in_threadpool

from workstation.protocol.v1 import (
    UPLOAD_LENGTH_HEADER,
    UPLOAD_OFFSET_HEADER,
    AttachmentStatus,
    Lease,
    LeaseRequest,
    LeasesResponse,
    VoidRequest,
)
from workstation.server import attachments, leases
from workstation.server.context import Caller, State
from workstation.server.errors import ApiError, responses

router = APIRouter()


@router.post(
    "/leases", response_model=Lease, tags=["leases"], responses=responses(401, 403, 409, 422, 426)
)
def new_lease(body: LeaseRequest, server: State, caller: Caller) -> Lease:
    """A new block of numbers for this workstation."""
    with server.db.transaction() as session:
        return leases.allocate(
            session,
            caller.workstation_id,
            caller.username,
            kind=body.kind,
            series=body.series,
            size=body.size,
        )


@router.get(
    "/leases", response_model=LeasesResponse, tags=["leases"], responses=responses(401, 403, 426)
)
def my_leases(server: State, caller: Caller) -> LeasesResponse:
    """This workstation's blocks."""
    with server.db.transaction() as session:
        return LeasesResponse(leases=leases.of_workstation(session, caller.workstation_id))


@router.post(
    "/leases/void", status_code=204, tags=["leases"], responses=responses(401, 403, 404, 422, 426)
)
def void_numbers(body: VoidRequest, server: State, caller: Caller) -> Response:
    """Numbers this workstation will never use: never reused."""
    with server.db.transaction() as session:
        leases.void(session, caller.workstation_id, caller.username, body.lease_id, body.numbers)
    return Response(status_code=204)


@router.get(
    "/attachments/{sha256}/status",
    response_model=AttachmentStatus,
    tags=["attachments"],
    responses=responses(401, 403, 404, 422, 426),
)
def attachment_status(sha256: str, server: State, caller: Caller) -> AttachmentStatus:
    """How much of the attachment the server holds."""
    with server.db.transaction() as session:
        return attachments.status(session, sha256)


@router.patch(
    "/attachments/{sha256}",
    response_model=AttachmentStatus,
    tags=["attachments"],
    responses=responses(401, 403, 409, 413, 422, 426),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/offset+octet-stream": {
                    "schema": {"type": "string", "format": "binary"}
                }
            },
        }
    },
)
async def upload_attachment(  # noqa: PLR0917 - FastAPI parameters
    sha256: str,
    request: Request,
    server: State,
    caller: Caller,
    offset: Annotated[int, Header(alias=UPLOAD_OFFSET_HEADER, ge=0)],
    length: Annotated[int, Header(alias=UPLOAD_LENGTH_HEADER, ge=1)],
) -> AttachmentStatus:
    """Append bytes at the server's offset; on the last byte the SHA-256 is checked."""
    data = await request.body()

    def store() -> AttachmentStatus | None:
        with server.db.transaction() as session:
            return attachments.append(
                session,
                sha256,
                offset,
                length,
                data,
                stale_after=server.config.partial_upload_max_age,
                username=caller.username,
                workstation_id=caller.workstation_id,
            )

    result = await run_in_threadpool(store)
    if result is None:
        raise ApiError(
            422, "hash_mismatch", "The bytes do not match the SHA-256; the upload was discarded."
        )
    return result


@router.get(
    "/attachments/{sha256}",
    tags=["attachments"],
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        **responses(401, 403, 404, 422, 426),
    },
)
def download_attachment(sha256: str, server: State, caller: Caller) -> Response:
    """The attachment's bytes."""
    with server.db.transaction() as session:
        data = attachments.content(session, sha256)
    return Response(content=data, media_type="application/octet-stream")
