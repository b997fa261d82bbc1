"""Every rule a reception form must pass, as `FieldError`s keyed by field path.

Person rules (`domain.validation`), the catalogue's application rules
(`domain.rules.check_application`, documents listed at reception), the fee tier and the
payment reference. Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from workstation.domain.catalogue_model import Catalogue, CatalogueLookupError, Service
from workstation.domain.errors import FieldError, Message
from workstation.domain.rules import check_application
from workstation.domain.rules_fields import check_fields
from workstation.domain.validation import is_minor
from workstation.gui.reception.formstate import (
    FormState,
    build_person,
    checklist_items,
    facts,
    field_values,
    permit_end,
    person_errors,
)

PAYMENT_REF_MAX = 40

NO_SERVICE = Message(az="Xidməti seçin.", en="Choose the service.", ru="Выберите услугу.")
NO_PAYMENT = Message(
    az="Rüsum ödənilməlidir: ödənişin nömrəsini daxil edin.",
    en="A fee is due: enter the payment reference.",
    ru="Пошлина платная: введите номер платежа.",
)
LONG_PAYMENT = Message(
    az=f"Ödənişin nömrəsi ən çoxu {PAYMENT_REF_MAX} simvol ola bilər.",
    en=f"A payment reference has at most {PAYMENT_REF_MAX} characters.",
    ru=f"Номер платежа — не более {PAYMENT_REF_MAX} символов.",
)


@dataclass(frozen=True, slots=True)
class Fee:
    amount: Decimal | None
    error: FieldError | None = None


def fee_of(service: Service, state: FormState, today: dt.date) -> Fee:
    """The fee of the chosen tier and term (halved for a minor where the catalogue says)."""
    tier = state.fee_tier or service.default_tier or service.tiers[0].code
    term = state.fields.get("term")
    person = build_person(state)
    minor = person is not None and is_minor(person.birth_date, today)
    try:
        return Fee(service.fee(tier, str(term) if term else None, minor=minor))
    except CatalogueLookupError as exc:
        field = "fields.term" if exc.code == "term_required" else "fee_tier"
        return Fee(None, FieldError(field, exc.code, exc.message))


def form_errors(
    catalogue: Catalogue, state: FormState, today: dt.date, *, receiving: bool
) -> list[FieldError]:
    """The errors of the whole form; empty when it may be received (or, with
    ``receiving=False``, when nothing typed so far is wrong: blanks are not errors)."""
    errors = person_errors(state, today)
    if not state.service_code:
        return [FieldError("service", "required", NO_SERVICE), *errors]
    service = catalogue.service(state.service_code)
    person = build_person(state)
    values = field_values(service, state)
    if person is not None:
        errors += check_application(
            catalogue,
            service.code,
            person,
            values,
            checklist_items(service, state, today),
            today,
            permit_end(service, state, today),
            require_received=False,
        )
    else:
        errors += check_fields(service, values, today)
    fee = fee_of(service, state, today)
    if fee.error is not None:
        errors.append(fee.error)
    ref = state.payment_ref.strip()
    if len(ref) > PAYMENT_REF_MAX:
        errors.append(FieldError("payment_ref", "too_long", LONG_PAYMENT))
    elif receiving and fee.amount and not ref:
        errors.append(FieldError("payment_ref", "required", NO_PAYMENT))
    return errors


def missing_documents(service: Service, state: FormState, today: dt.date) -> list[str]:
    """Codes of required documents that apply and are neither ticked nor attached."""
    items = {i.code: i for i in checklist_items(service, state, today)}
    return [
        d.code
        for d in service.required_documents(facts(service, state, today))
        if not items[d.code].received
    ]
