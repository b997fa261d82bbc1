"""Load and validate the service catalogue (`resources/catalogue/services.toml`).

The whole file is checked when it loads: an unknown key, a missing az/en/ru text,
a duplicate code, an unknown field type or document condition, a dangling tier,
term, field or flag reference all raise `CatalogueError` naming the entry. The
shapes and queries live in `catalogue_model`; they are re-exported here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from workstation.domain.catalogue_model import (
    APPLICANTS,
    CONDITIONS,
    FIELD_TYPES,
    ApplicantFacts,
    Catalogue,
    CatalogueLookupError,
    Choice,
    DocumentSpec,
    FeeTier,
    FieldRules,
    FieldSpec,
    ResultSpec,
    Service,
    ServiceRules,
    Term,
)
from workstation.domain.catalogue_reader import CatalogueError, Table
from workstation.domain.catalogue_sections import (
    parse_result,
    parse_rules,
    parse_tier,
    parse_timing,
)
from workstation.resources import resource_path

__all__ = [
    "ApplicantFacts",
    "Catalogue",
    "CatalogueError",
    "CatalogueLookupError",
    "DocumentSpec",
    "FeeTier",
    "FieldSpec",
    "ResultSpec",
    "Service",
    "load_catalogue",
    "parse_catalogue",
]

SCHEMA = 1
_SERVICE_CODE = re.compile(r"^[A-Z][A-Z0-9-]*$")
_TEXT_TYPES = frozenset({"text", "voen", "phone", "email", "country"})
_RULES_BY_TYPE: Mapping[str, frozenset[str]] = {
    **{t: frozenset({"min_length", "max_length", "pattern"}) for t in _TEXT_TYPES},
    "int": frozenset({"min", "max"}),
    "money": frozenset({"min", "max"}),
    "date": frozenset({"not_future", "not_past"}),
}
_ALL_RULES = frozenset().union(*_RULES_BY_TYPE.values())
_CONDITION_FLAGS = {
    "employer_company": "employer_company",
    "employer_person": "employer_person",
    "extension": "extension",
    "first_issue": "extension",
    "family_ground": "family_ground",
    "age_14_17_family_ground": "family_ground",
    "admission": "admission",
}
"""Conditions that only make sense if some choice of the service carries this flag."""


def default_path() -> Path:
    """The catalogue shipped with the application."""
    return resource_path("catalogue", "services.toml")


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and validate the catalogue file (by default the one shipped in resources/)."""
    path = path if path is not None else default_path()
    source = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"{source}: cannot be read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"{source}: is not UTF-8 text: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{source}: is not valid TOML: {exc}") from exc
    return parse_catalogue(data, source)


def parse_catalogue(data: Mapping[str, Any], source: str) -> Catalogue:
    """Build a `Catalogue` from parsed TOML, or raise `CatalogueError` naming the bad entry."""
    top = Table(data, source, "")
    schema = top.whole("schema")
    if schema != SCHEMA:
        raise top.error(f"schema {schema} is not supported (this version reads schema {SCHEMA})")
    version = top.text("version")
    raw_services = top.tables("services", required=True)
    if not raw_services:
        raise top.error("'services' is empty")
    services = [_service(top, raw, number) for number, raw in enumerate(raw_services, 1)]
    top.unique("service code", (s.code for s in services))
    top.done()
    return Catalogue(schema=schema, version=version, services=tuple(services), source=source)


def _service(top: Table, raw: object, number: int) -> Service:
    code = raw.get("code") if isinstance(raw, Mapping) else None
    t = top.child(raw, f"service '{code}'" if isinstance(code, str) else f"service #{number}")
    code = t.text("code")
    if not _SERVICE_CODE.match(code):
        raise t.error(f"code '{code}' must be capital letters, digits and '-'")
    name = t.message("name")
    applicant = t.choice_of("applicant", APPLICANTS)
    terms = tuple(_term(item) for item in t.items("terms", "term"))
    t.unique("term code", (x.code for x in terms))
    fields = tuple(_field(item, bool(terms)) for item in t.items("fields", "field"))
    t.unique("field code", (f.code for f in fields))
    flags = frozenset().union(*(c.flags for f in fields for c in f.choices))
    documents = tuple(_document(item, flags) for item in t.items("documents", "document"))
    t.unique("document code", (d.code for d in documents))
    tiers = tuple(parse_tier(item, terms) for item in t.items("tiers", "fee tier"))
    if not tiers:
        raise t.error("has no fee tiers ('tiers')")
    t.unique("fee tier code", (x.code for x in tiers))
    default_tier = t.code("default_tier", required=False)
    if default_tier and default_tier not in {x.code for x in tiers}:
        known = ", ".join(x.code for x in tiers)
        raise t.error(f"default_tier '{default_tier}' is not one of its fee tiers ({known})")
    factor = t.number("minor_fee_factor", what="minor_fee_factor")
    if factor is not None and not Decimal(0) <= factor <= Decimal(1):
        raise t.error(f"minor_fee_factor must be between 0 and 1, got {factor}")
    result_table = t.sub("result")
    rules_table = t.table("rules")
    service = Service(
        code=code,
        name=name,
        applicant=applicant,
        fields=fields,
        documents=documents,
        tiers=tiers,
        result=parse_result(result_table),
        terms=terms,
        default_tier=default_tier,
        minor_fee_factor=factor,
        rules=parse_rules(rules_table, fields, flags) if rules_table else ServiceRules(),
        timing=tuple(
            parse_timing(item, fields, flags) for item in t.items("timing", "timing rule")
        ),
        note=t.text("note", required=False),
    )
    t.done()
    return service


def _term(t: Table) -> Term:
    code = t.code()
    months = t.integer("months", minimum=1)
    days = t.integer("days", minimum=1)
    if (months is None) == (days is None):
        raise t.error("needs exactly one of 'months' or 'days'")
    term = Term(code=code, label=t.message("label"), months=months, days=days)
    t.done()
    return term


def _field(t: Table, service_has_terms: bool) -> FieldSpec:
    code = t.code()
    kind = t.choice_of("type", FIELD_TYPES)
    if kind == "term" and not service_has_terms:
        raise t.error("has type 'term' but the service declares no 'terms'")
    label = t.message("label")
    required = t.flag("required")
    choices: tuple[Choice, ...] = ()
    if kind == "choice":
        choices = tuple(_choice(item) for item in t.items("choices", "choice"))
        if not choices:
            raise t.error("a field of type 'choice' needs 'choices'")
        t.unique("choice code", (c.code for c in choices))
    elif t.has("choices"):
        raise t.error(f"'choices' does not apply to a field of type '{kind}'")
    allowed = _RULES_BY_TYPE.get(kind, frozenset())
    for rule in sorted(_ALL_RULES - allowed):
        if t.has(rule):
            raise t.error(f"rule '{rule}' does not apply to a field of type '{kind}'")
    rules = FieldRules(
        min=t.number("min", what="'min'"),
        max=t.number("max", what="'max'"),
        min_length=t.integer("min_length"),
        max_length=t.integer("max_length", minimum=1),
        pattern=t.text("pattern", required=False) or None,
        not_future=t.flag("not_future"),
        not_past=t.flag("not_past"),
    )
    if rules.min is not None and rules.max is not None and rules.min > rules.max:
        raise t.error(f"'min' {rules.min} is greater than 'max' {rules.max}")
    lengths = (rules.min_length, rules.max_length)
    if lengths[0] is not None and lengths[1] is not None and lengths[0] > lengths[1]:
        raise t.error(f"'min_length' {lengths[0]} is greater than 'max_length' {lengths[1]}")
    if rules.pattern is not None:
        try:
            re.compile(rules.pattern)
        except re.error as exc:
            raise t.error(f"'pattern' is not a valid regular expression: {exc}") from exc
    if rules.not_future and rules.not_past:
        raise t.error("'not_future' and 'not_past' together leave only today")
    t.done()
    return FieldSpec(code, kind, required, label, rules, choices)


def _choice(t: Table) -> Choice:
    choice = Choice(code=t.code(), label=t.message("label"), flags=t.idents("flags"))
    t.done()
    return choice


def _document(t: Table, flags: frozenset[str]) -> DocumentSpec:
    code = t.code()
    condition = t.choice_of("condition", CONDITIONS) if t.has("condition") else "always"
    needed = _CONDITION_FLAGS.get(condition)
    if needed is not None and needed not in flags:
        raise t.error(
            f"condition '{condition}' needs a choice with the flag '{needed}' among the fields"
        )
    spec = DocumentSpec(code, t.message("label"), t.flag("required", True), condition)
    t.done()
    return spec
