"""The FTS5 search index: folded text per application, and safe query building.

Each application has one row in ``search_index`` (rowid = ``applications.search_rowid``)
holding the `fold`-ed surname, given names, patronymic, document number, FIN, PIN and
application number of the applicant. Identifiers are also indexed by their suffixes
(three characters or more), so that a fragment of a passport number finds the
application. The repositories keep it current inside the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from workstation.domain.text import fold

TABLE = "search_index"
MIN_FRAGMENT = 3
MAX_QUERY_TOKENS = 12
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def identifier_key(value: str) -> str:
    """A document number or other identifier without spaces, dashes and case."""
    return _NON_ALNUM.sub("", value).upper()


@lru_cache(maxsize=1 << 18)
def fold_name(value: str) -> str:
    """`fold` of a name, remembered: names repeat a lot in an import of 100k records."""
    return fold(value)


def _identifier_tokens(value: str) -> list[str]:
    key = fold(identifier_key(value))  # identifiers rarely repeat: not worth remembering
    if not key:
        return []
    return [fold(value), *(key[i:] for i in range(len(key) - MIN_FRAGMENT + 1))]


def person_words(
    *,
    surname: str,
    given_names: str,
    patronymic: str,
    document_number: str,
    fin: str,
    pin: str,
) -> list[str]:
    """The indexed words that come from the applicant (the same for all their applications)."""
    words: list[str] = [fold_name(surname), fold_name(given_names), fold_name(patronymic)]
    for identifier in (document_number, fin, pin):
        words += _identifier_tokens(identifier)
    return words


def text_of(person: list[str], number: str) -> str:
    """The indexed text of an application from `person_words` of its applicant: each word
    once, in order of first appearance."""
    words = " ".join([*person, *_identifier_tokens(number)]).split()
    return " ".join(dict.fromkeys(words))


def document_text(
    *,
    surname: str,
    given_names: str,
    patronymic: str,
    document_number: str,
    fin: str,
    pin: str,
    number: str,
) -> str:
    """The indexed text of one application."""
    words = person_words(
        surname=surname,
        given_names=given_names,
        patronymic=patronymic,
        document_number=document_number,
        fin=fin,
        pin=pin,
    )
    return text_of(words, number)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed: every folded token as a quoted
    prefix (``"mammad"* "gulnara"*``), all required. Nothing the user types is read as
    FTS syntax. None when the query holds no searchable token."""
    # A token with a digit is an identifier (application or passport number, FIN, PIN):
    # look it up as the identifier's key, which is indexed whole, instead of as the
    # phrase of its parts ("bak1" "2026" ...: every application's number has them).
    tokens: list[str] = []
    for typed in query.split():
        if any(c.isdigit() for c in typed):
            tokens.append(fold(identifier_key(fold(typed))))
        else:
            tokens += fold(typed).split()
    tokens = [token for token in tokens if token][:MAX_QUERY_TOKENS]
    if not tokens:
        return None
    return " ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def put(session: Session, rowid: int, body: str) -> None:
    """Insert or replace the indexed text of the application with this search rowid."""
    session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
    session.execute(
        text(f"INSERT INTO {TABLE}(rowid, body) VALUES (:rowid, :body)"),
        {"rowid": rowid, "body": body},
    )


def put_many(session: Session, rows: Sequence[tuple[int, str]]) -> None:
    """Index new applications in bulk (their rowids must not be indexed yet)."""
    if rows:
        session.execute(
            text(f"INSERT INTO {TABLE}(rowid, body) VALUES (:rowid, :body)"),
            [{"rowid": rowid, "body": body} for rowid, body in rows],
        )


def remove(session: Session, rowids: Iterable[int]) -> None:
    params: list[dict[str, Any]] = [{"rowid": rowid} for rowid in rowids]
    if params:
        session.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"), params)
