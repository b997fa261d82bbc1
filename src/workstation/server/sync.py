"""Pull for one workstation: the pages of changes of its service center in sequence
order. (Push: `push_batch`, re-exported here.)"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, Text, cast, literal, select, union_all

from workstation.protocol.v1 import PullResponse
from workstation.server import conflicts, records
from workstation.server.context import Account, ServerState
from workstation.server.push_batch import push  # noqa: F401 - re-exported (tests, tools)
from workstation.server.tables import ConflictRow


def _record_pages(since: int, limit: int, center: str) -> Select[Any]:
    """The first ``limit`` records of the center after `since` across the record tables,
    in seq order: their data as the stored JSON text (no decoding, no re-encoding)."""
    parts = [
        select(
            table.seq.label("seq"),
            literal(entity).label("entity"),
            table.id.label("id"),
            table.version.label("version"),
            table.deleted.label("deleted"),
            cast(table.data, Text).label("data"),
        )
        .where(table.center_code == center, table.seq > since)
        .order_by(table.seq)
        .limit(limit)
        .subquery()
        .select()
        for entity, table in records.TABLES.items()
    ]
    merged = union_all(*parts).subquery()
    return select(*merged.c).order_by(merged.c.seq).limit(limit)


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def pull_body(state: ServerState, caller: Account, since: int, limit: int) -> bytes:
    """`pull` as the JSON text of its `PullResponse`: the records' stored data goes out
    as it is kept (the same JSON values; `pull` gives the same answer as a model)."""
    with state.db.snapshot() as session:
        center = caller.center_code
        rows: list[Any] = list(session.execute(_record_pages(since, limit + 1, center)))
        conflict_rows = session.scalars(
            select(ConflictRow)
            .where(ConflictRow.center_code == center, ConflictRow.seq > since)
            .order_by(ConflictRow.seq)
            .limit(limit + 1)
        )
        items = [
            (
                seq,
                f'{{"seq":{int(seq)},"entity":"{entity}","entity_id":{_json_text(entity_id)},'
                f'"version":{int(version)},"deleted":{"true" if deleted else "false"},'
                f'"data":{data}}}',
            )
            for seq, entity, entity_id, version, deleted, data in rows
        ]
        items += [(row.seq, conflicts.as_change(row).model_dump_json()) for row in conflict_rows]
    if len(items) > len(rows):  # conflicts among the records
        items.sort(key=lambda item: item[0])
    page = items[:limit]
    cursor = page[-1][0] if page else since
    body = (
        f'{{"changes":[{",".join(text for _seq, text in page)}],"cursor":{int(cursor)},'
        f'"has_more":{"true" if len(items) > limit else "false"},'
        f'"epoch":{_json_text(state.epoch)}}}'
    )
    return body.encode()


def pull(state: ServerState, caller: Account, since: int, limit: int) -> PullResponse:
    """Changes of the caller's center with ``seq > since``, in sequence order."""
    return PullResponse.model_validate_json(pull_body(state, caller, since, limit))
