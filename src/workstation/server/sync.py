"""Pull for one workstation: the pages of changes of its service center in sequence
order. (Push: `push_batch`, re-exported here.)"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, Text, bindparam, case, cast, literal_column, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from workstation.protocol.v1 import PullResponse
from workstation.server import conflicts, records
from workstation.server.context import Account, ServerState, account_in
from workstation.server.push_batch import push  # noqa: F401 - re-exported (tests, tools)
from workstation.server.tables import ConflictRow
from workstation.server.tokens import Principal


class _JsonString(FunctionElement[str]):
    """A text column as a JSON string (quoted and escaped), written by the database."""

    type = Text()
    inherit_cache = True
    name = "json_string"


@compiles(_JsonString, "postgresql")
def _json_string_postgresql(element: _JsonString, compiler: Any, **kw: Any) -> str:
    return f"CAST(to_json({compiler.process(element.clauses, **kw)}) AS TEXT)"


@compiles(_JsonString)
def _json_string_sqlite(element: _JsonString, compiler: Any, **kw: Any) -> str:
    return f"json_quote({compiler.process(element.clauses, **kw)})"


def _sql_text(text: str) -> Any:
    """A constant of the statement (no quote in it: the JSON punctuation around values)."""
    assert "'" not in text
    return literal_column(f"'{text}'", Text)


def _change_text(entity: str, table: records.RecordTable) -> Any:
    """The JSON text of the record's `Change`, put together by the database: the data as
    the stored JSON text (no decoding, no re-encoding), the rest around it. Python only
    joins the lines: making each one took most of a page's server time."""
    deleted = case((table.deleted, _sql_text("true")), else_=_sql_text("false"))
    return (
        _sql_text('{"seq":')
        + cast(table.seq, Text)
        + _sql_text(f',"entity":"{entity}","entity_id":')
        + _JsonString(table.id)
        + _sql_text(',"version":')
        + cast(table.version, Text)
        + _sql_text(',"deleted":')
        + deleted
        + _sql_text(',"data":')
        + cast(table.data, Text)
        + _sql_text("}")
    )


def _record_pages() -> Select[Any]:
    """The first ``:limit`` records of the center ``:center`` after ``:since`` across the
    record tables, in seq order: (seq, the JSON text of its `Change`)."""
    since: Any = bindparam("since")
    limit: Any = bindparam("limit")
    center: Any = bindparam("center")
    parts = [
        select(table.seq.label("seq"), _change_text(entity, table).label("change"))
        .where(table.center_code == center, table.seq > since)
        .order_by(table.seq)
        .limit(limit)
        .subquery()
        .select()
        for entity, table in records.TABLES.items()
    ]
    merged = union_all(*parts).subquery()
    return select(*merged.c).order_by(merged.c.seq).limit(limit)


# Made once, not for each page: building the statement and its cache key took a fifth of
# a page's server time in the 50-workstation fleet of issue 7.
_RECORD_PAGES = _record_pages()
_CONFLICT_PAGES = (
    select(ConflictRow)
    .where(ConflictRow.center_code == bindparam("center"), ConflictRow.seq > bindparam("since"))
    .order_by(ConflictRow.seq)
    .limit(bindparam("limit"))
)


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def pull_body(state: ServerState, who: Account | Principal, since: int, limit: int) -> bytes:
    """`pull` as the JSON text of its `PullResponse`: the records' stored data goes out
    as it is kept (the same JSON values; `pull` gives the same answer as a model). A
    caller known by their token alone is checked in the page's transaction."""
    with state.db.snapshot() as session:
        caller = who if isinstance(who, Account) else account_in(session, who)
        center = caller.center_code
        params = {"center": center, "since": since, "limit": limit + 1}
        # the records on the session's connection, not through the ORM, which made a
        # row of each result line (a third of a page's time) for plain values
        rows = session.connection().execute(_RECORD_PAGES, params).all()
        conflict_rows = session.scalars(_CONFLICT_PAGES, params)
        items: list[tuple[int, str]] = [(seq, change) for seq, change in rows]
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
