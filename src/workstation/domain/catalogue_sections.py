"""Sections of a service in the catalogue file: fee tiers, result, rules, timing.

Each parser reads one `Table` strictly (see `catalogue_reader`) and checks its
references to the service's terms, fields and choice flags.
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType

from workstation.domain.catalogue_model import (
    RESULT_KINDS,
    TIMING_KINDS,
    TIMING_UNITS,
    DaysAbroad,
    FeeTier,
    FieldSpec,
    ResultSpec,
    ServiceRules,
    Term,
    TimingRule,
    Validity,
    YearsSince,
)
from workstation.domain.catalogue_reader import Table, to_decimal

_ISO3 = re.compile(r"^[A-Z]{3}$")
_MRZ_CODE = re.compile(r"^[A-Z][A-Z<]$")


def parse_tier(t: Table, terms: tuple[Term, ...]) -> FeeTier:
    code = t.code()
    label = t.message("label")
    if t.has("amount") == t.has("amounts"):
        raise t.error("needs exactly one of 'amount' (flat) or 'amounts' (per term)")
    amount = t.number("amount", what="'amount'")
    amounts = _amounts(t, terms) if t.has("amounts") else {}
    max_amount = t.number("max_amount", what="'max_amount'")
    if amount is not None and amount < 0:
        raise t.error(f"'amount' is negative ({amount})")
    if max_amount is not None and (amount is None or max_amount < amount):
        raise t.error("'max_amount' needs a flat 'amount' not greater than it")
    working_days = t.integer("deadline_working_days", minimum=1)
    months = t.integer("deadline_months", minimum=1)
    if working_days is not None and months is not None:
        raise t.error("has both 'deadline_working_days' and 'deadline_months'")
    tier = FeeTier(
        code=code,
        label=label,
        amount=amount,
        amounts=MappingProxyType(amounts),
        max_amount=max_amount,
        deadline_working_days=working_days,
        deadline_months=months,
        published=t.flag("published", True),
        note=t.text("note", required=False),
    )
    t.done()
    return tier


def _amounts(t: Table, terms: tuple[Term, ...]) -> dict[str, Decimal]:
    table = t.sub("amounts")
    if not terms:
        raise t.error("'amounts' per term, but the service declares no 'terms'")
    known = [x.code for x in terms]
    for key in table.names():
        if key not in known:
            raise t.error(f"'amounts' names an unknown term '{key}' (terms: {', '.join(known)})")
    amounts: dict[str, Decimal] = {}
    for term in known:
        if not table.has(term):
            raise t.error(f"no amount for term '{term}'")
        value = to_decimal(table.value(term))
        if value is None:
            raise t.error(f"amount for term '{term}' is not a number")
        if value < 0:
            raise t.error(f"amount for term '{term}' is negative ({value})")
        amounts[term] = value
    table.done()
    return amounts


def parse_result(t: Table) -> ResultSpec:
    kind = t.choice_of("kind", RESULT_KINDS)
    card_type = t.text("card_type", required=False)
    if kind == "card" and not card_type:
        raise t.error("a result of kind 'card' needs 'card_type'")
    mrz_code = t.text("mrz_code", required=False)
    if mrz_code and not _MRZ_CODE.match(mrz_code):
        raise t.error(f"'mrz_code' = '{mrz_code}' must be two capital letters (ICAO 9303)")
    validity_table = t.table("validity")
    result = ResultSpec(
        kind=kind,
        label=t.message("label"),
        card_type=card_type,
        series_prefix=t.text("series_prefix", required=False),
        number_digits=t.integer("number_digits", minimum=1),
        mrz_code=mrz_code,
        validity=_validity(validity_table) if validity_table else Validity(),
    )
    t.done()
    return result


def _validity(t: Table) -> Validity:
    validity = Validity(
        months=t.integer("months", minimum=1),
        max_months=t.integer("max_months", minimum=1),
        max_days=t.integer("max_days", minimum=1),
        default_days=t.integer("default_days", minimum=1),
        first_issue_max_months=t.integer("first_issue_max_months", minimum=1),
        extension_max_months=t.integer("extension_max_months", minimum=1),
        investor_max_months=t.integer("investor_max_months", minimum=1),
        renewable=t.flag("renewable"),
        limited_by_contract=t.flag("limited_by_contract"),
        until_visa_end=t.flag("until_visa_end"),
    )
    t.done()
    return validity


def _field_ref(t: Table, fields: tuple[FieldSpec, ...], types: frozenset[str]) -> str:
    code = t.code("field")
    spec = next((f for f in fields if f.code == code), None)
    if spec is None:
        raise t.error(f"refers to a field '{code}' that the service does not have")
    if spec.type not in types:
        raise t.error(f"field '{code}' must be of type {' or '.join(sorted(types))}")
    return code


def _flag_ref(t: Table, key: str, flags: frozenset[str]) -> str:
    flag = t.code(key, required=False)
    if flag and flag not in flags:
        raise t.error(f"'{key}' = '{flag}' is not a flag of any choice of the service")
    return flag


def parse_rules(t: Table, fields: tuple[FieldSpec, ...], flags: frozenset[str]) -> ServiceRules:
    years: list[YearsSince] = []
    for item in t.items("min_years_since", "min_years_since"):
        field = _field_ref(item, fields, frozenset({"date"}))
        years.append(YearsSince(field, item.whole("years", 1), _flag_ref(item, "when_flag", flags)))
        item.done()
    abroad_table = t.table("max_days_abroad")
    abroad = None
    if abroad_table is not None:
        field = _field_ref(abroad_table, fields, frozenset({"int"}))
        days = abroad_table.whole("days")
        abroad = DaysAbroad(field, days, _flag_ref(abroad_table, "exempt_flag", flags))
        abroad_table.done()
    rules = ServiceRules(
        holder_min_age=t.integer("holder_min_age", minimum=1),
        passport_margin_months=t.integer("passport_margin_months"),
        interview_within_days=t.integer("interview_within_days", minimum=1),
        min_years_since=tuple(years),
        max_days_abroad=abroad,
    )
    t.done()
    return rules


def parse_timing(t: Table, fields: tuple[FieldSpec, ...], flags: frozenset[str]) -> TimingRule:
    by_citizenship = t.int_map("by_citizenship")
    for state in by_citizenship:
        if not _ISO3.match(state):
            raise t.error(f"'by_citizenship' key '{state}' is not an ISO 3166 alpha-3 code")
    rule = TimingRule(
        kind=t.choice_of("kind", TIMING_KINDS),
        field=_field_ref(t, fields, frozenset({"date"})),
        amount=t.whole("amount"),
        unit=t.choice_of("unit", TIMING_UNITS),
        by_citizenship=MappingProxyType(by_citizenship),
        when_flag=_flag_ref(t, "when_flag", flags),
    )
    t.done()
    return rule
