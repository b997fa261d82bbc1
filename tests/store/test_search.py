"""Full-text search through the FTS5 index: folded prefixes, fragments, hostile input."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.domain.model import Application, Person, TravelDocument
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.search import match_expression

World = tuple[Store, list[Person], list[Application]]


def _populate(store: Store) -> World:
    doc = make_person().document
    persons = [
        make_person(
            surname="Məmmədova",
            given_names="Gülnarə",
            patronymic="Əli qızı",
            fin="5ZX8K2P",
            document=dataclasses.replace(doc, number="C01234567"),
        ),
        make_person(
            surname="Şükürov",
            given_names="İlkin",
            pin="AZE1234",
            document=dataclasses.replace(doc, number="P55500011"),
        ),
        make_person(surname="Иванов", given_names="Пётр", document=_doc(doc, "7598 765432")),
        make_person(surname="Smith", given_names="John", document=_doc(doc, "X1122334")),
    ]
    apps = [make_application(p, i) for i, p in enumerate(persons, 1)]
    with store.unit_of_work(Actor("aliyev", "WS")) as uow:
        for person, app in zip(persons, apps, strict=True):
            uow.add_person(person)
            uow.add_application(app)
    return store, persons, apps


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Read-only tests share one store."""
    store = open_store(DataDir(tmp_path_factory.mktemp("search")), create=True)
    yield _populate(store)
    store.close()


def _doc(doc: TravelDocument, number: str) -> TravelDocument:
    return dataclasses.replace(doc, number=number)


def _found(store: Store, query: str) -> list[str]:
    with store.read() as r:
        return [row.applicant_name for row in r.queue.search(query)]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("mammadov", "Məmmədova Gülnarə Əli qızı"),
        ("MƏMMƏD", "Məmmədova Gülnarə Əli qızı"),
        ("GULNARA", "Məmmədova Gülnarə Əli qızı"),
        ("gulnarə məmmədova", "Məmmədova Gülnarə Əli qızı"),
        ("shukurov", "Şükürov İlkin"),
        ("sukurov ilkin", "Şükürov İlkin"),
        ("ILKIN", "Şükürov İlkin"),
        ("ivanov", "Иванов Пётр"),
        ("Иван", "Иванов Пётр"),
        ("C01234567", "Məmmədova Gülnarə Əli qızı"),
        ("c0123", "Məmmədova Gülnarə Əli qızı"),
        ("1234567", "Məmmədova Gülnarə Əli qızı"),  # a fragment from the middle
        ("500011", "Şükürov İlkin"),
        ("7598765432", "Иванов Пётр"),
        ("876543", "Иванов Пётр"),
        ("5zx8k2p", "Məmmədova Gülnarə Əli qızı"),
        ("AZE1234", "Şükürov İlkin"),
        ("BAK-2024-0000004", "Smith John"),
        ("0000002", "Şükürov İlkin"),
    ],
)
def test_search_finds(people: World, query: str, name: str) -> None:
    assert _found(people[0], query) == [name]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "*",
        "**",
        "-",
        "-smith",
        "smith -",
        "NEAR",
        "NEAR(smith john)",
        "NEAR(smith, 2)",
        "(",
        ")",
        "((smith",
        "smith)",
        "AND",
        "OR",
        "NOT",
        "smith AND",
        "smith OR john",
        "smith NOT john",
        "^smith",
        "body:smith",
        "rowid:1",
        "{body}: x",
        "smith*",
        "sm*th",
        '"smith',
        "smith\"' OR 1=1; --",
        "+",
        ":",
        "\x00",
        "\\",
        "%",
        "_",
        "   ",
        "",
        "ş" * 500,
        "a " * 200,
        "😀",
        "中文",
    ],
)
def test_hostile_queries_never_raise(people: World, query: str) -> None:
    store = people[0]
    with store.read() as r:
        r.queue.search(query)
        r.persons.by_name(query)
        r.persons.by_document_number(query)
        r.applications.by_number(query)


def test_syntax_words_are_searched_as_words(
    people: World,
) -> None:
    assert _found(people[0], "smith*") == ["Smith John"]
    assert _found(people[0], "(smith)") == ["Smith John"]
    assert _found(people[0], '"smith" -john') == ["Smith John"]
    assert _found(people[0], "smith NEAR john") == []  # "near" is just a word here


def test_match_expression_quotes_every_token() -> None:
    assert match_expression('Məmmədov "NEAR" (123*') == '"mammadov"* "near"* "123"*'
    assert match_expression("-- ** ()") is None


def test_an_identifier_is_looked_up_by_its_key() -> None:
    """A typed number is matched as the identifier's key (indexed whole), not as the
    phrase of its parts, which every application number shares ("bak1" "2026"): at
    1,000,000 applications 900 ms -> 2 ms for "BAK1-2026-00012"."""
    assert match_expression("BAK1-2026-00012") == '"bak1202600012"*'
    # fold() reads x as h (Azerbaijani x), for identifiers on both sides alike
    assert match_expression("c01 x00-t47 Şahin") == '"c01"* "h00t47"* "sahin"*'


def test_a_number_typed_in_part_finds_every_application_it_starts(people: World) -> None:
    store = people[0]
    with store.read() as r:
        found = {row.number for row in r.queue.search("bak-2024-000000", limit=50)}
    assert len(found) >= 4
    assert all(number.startswith("BAK-2024-000000") for number in found)


def test_person_lookups(people: World) -> None:
    store, persons, apps = people
    with store.read() as r:
        assert [p.id for p in r.persons.by_name("mammadova gul")] == [persons[0].id]
        assert [p.id for p in r.persons.by_name("ŞÜKÜR")] == [persons[1].id]
        assert r.persons.by_name("gulnara") == []  # the name key starts with the surname
        assert [p.id for p in r.persons.by_document_number(" c0123-4567 ")] == [persons[0].id]
        assert r.persons.by_document_number("C0123456") == []  # exact, not a prefix
        assert [p.id for p in r.persons.by_document_number("7598765432")] == [persons[2].id]
        found = r.applications.by_number("bak-2024-0000003")
        assert found is not None
        assert found.id == apps[2].id
        assert r.applications.by_number("BAK-2024-9999999") is None
        assert [a.id for a in r.applications.for_person(persons[1].id)] == [apps[1].id]


def test_renaming_a_person_reindexes_their_applications(store: Store, actor: Actor) -> None:
    store, persons, _ = _populate(store)
    with store.unit_of_work(actor) as uow:
        uow.update_person(dataclasses.replace(persons[3], surname="Səfərli"))
    assert _found(store, "smith") == []
    assert _found(store, "safarli john") == ["Səfərli John"]


def test_search_index_survives_reopen(store: Store) -> None:
    _populate(store)
    datadir: DataDir = store.datadir
    store.close()
    again = open_store(datadir)
    try:
        assert _found(again, "gulnara") == ["Məmmədova Gülnarə Əli qızı"]
    finally:
        again.close()
