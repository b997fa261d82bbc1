"""Cross-field rules of an application, driven by the service catalogue.

Each ``check_*`` returns a list of `FieldError` (empty when all is well) and never
raises for bad input; `check_application` runs them all. Field names are dotted
paths: ``birth_date``, ``document.expiry_date``, ``fields.<code>``, ``checklist.<code>``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from workstation.domain.calendar import add_months
from workstation.domain.catalogue_model import ApplicantFacts, Catalogue, Service
from workstation.domain.errors import FieldError, Message
from workstation.domain.model import ChecklistItem, FieldValue, Person
from workstation.domain.rules_fields import check_fields
from workstation.domain.rules_timing import (
    check_days_abroad,
    check_timing,
    check_years_since,
    date_value,
    fmt,
    selected_flags,
)

__all__ = [
    "applicant_age",
    "applicant_facts",
    "check_application",
    "check_days_abroad",
    "check_documents",
    "check_fields",
    "check_holder_age",
    "check_passport_margin",
    "check_timing",
    "check_validity",
    "check_years_since",
]

_WHY: Mapping[str, Message] = {
    "minor": Message("ərizəçi azyaşlıdır", "the applicant is under 18", "заявитель младше 18 лет"),
    "minor_without_passport": Message(
        "ərizəçi azyaşlıdır və öz pasportu yoxdur",
        "the applicant is under 18 and has no passport of their own",
        "заявитель младше 18 лет и не имеет своего паспорта",
    ),
    "age_14_17": Message(
        "ərizəçinin 14–17 yaşı var", "the applicant is 14 to 17", "заявителю от 14 до 17 лет"
    ),
    "age_14_17_family_ground": Message(
        "ərizəçinin 14–17 yaşı var və əsas ailə ilə bağlıdır",
        "the applicant is 14 to 17 and applies on a family ground",
        "заявителю от 14 до 17 лет и основание семейное",
    ),
    "employer_company": Message(
        "işəgötürən hüquqi şəxsdir", "the employer is a company", "работодатель — юридическое лицо"
    ),
    "employer_person": Message(
        "işəgötürən fərdi sahibkardır",
        "the employer is a sole trader",
        "работодатель — индивидуальный предприниматель",
    ),
    "extension": Message("bu, uzadılmadır", "this is an extension", "это продление"),
}
"""Why a conditional document is asked for, shown after its name."""


def applicant_age(birth_date: dt.date, today: dt.date) -> int:
    """Whole years of age on `today`."""
    before_birthday = (today.month, today.day) < (birth_date.month, birth_date.day)
    return today.year - birth_date.year - before_birthday


def applicant_facts(
    service: Service, person: Person, fields: Mapping[str, FieldValue], today: dt.date
) -> ApplicantFacts:
    """The facts the document conditions of `service` look at, from the application."""
    flags = selected_flags(service, fields)
    employer = (
        "company"
        if "employer_company" in flags
        else "person"
        if "employer_person" in flags
        else None
    )
    return ApplicantFacts(
        age=applicant_age(person.birth_date, today),
        has_passport=bool(person.document.number.strip()),
        employer_kind=employer,
        is_extension="extension" in flags,
        family_ground="family_ground" in flags,
        flags=flags,
    )


def check_documents(
    service: Service,
    facts: ApplicantFacts,
    checklist: Iterable[ChecklistItem],
    *,
    require_received: bool = True,
) -> list[FieldError]:
    """Every required document that applies is on the checklist (and, by default, received).

    This is where a minor's birth certificate is asked for, when the catalogue says so.
    """
    items = {item.code: item for item in checklist}
    errors: list[FieldError] = []
    for doc in service.required_documents(facts):
        item = items.get(doc.code)
        if item is not None and (item.received or not require_received):
            continue
        why = _WHY.get(doc.condition)
        az, en, ru = (
            (f" ({why.az})", f" ({why.en})", f" ({why.ru})") if why is not None else ("", "", "")
        )
        errors.append(
            FieldError(
                f"checklist.{doc.code}",
                "document_missing",
                Message(
                    az=f"«{doc.label.az}» sənədi tələb olunur{az}, lakin qəbul edilməyib.",
                    en=f"The document '{doc.label.en}' is required{en} but has not been received.",
                    ru=f"Требуется документ «{doc.label.ru}»{ru}, но он не получен.",
                ),
            )
        )
    return errors


def check_holder_age(service: Service, person: Person, today: dt.date) -> list[FieldError]:
    """The holder is old enough for the service (a work permit needs 18)."""
    minimum = service.rules.holder_min_age
    if minimum is None:
        return []
    age = applicant_age(person.birth_date, today)
    if age >= minimum:
        return []
    name = service.name
    return [
        FieldError(
            "birth_date",
            "too_young",
            Message(
                az=f"«{name.az}» yalnız {minimum} yaşına çatmış şəxslərə verilir "
                f"(ərizəçinin yaşı: {age}).",
                en=f"A {name.en.lower()} is only issued to persons aged {minimum} or over "
                f"(the applicant is {age}).",
                ru=f"«{name.ru}» выдаётся только лицам не моложе {minimum} лет "
                f"(возраст заявителя: {age}).",
            ),
        )
    ]


def check_passport_margin(
    service: Service, person: Person, permit_end: dt.date | None
) -> list[FieldError]:
    """The passport is valid until the permit end plus the service's margin (3 months)."""
    margin = service.rules.passport_margin_months
    if margin is None or permit_end is None:
        return []
    until = add_months(permit_end, margin)
    expiry = person.document.expiry_date
    if expiry >= until:
        return []
    return [
        FieldError(
            "document.expiry_date",
            "passport_expires_too_soon",
            Message(
                az=f"Pasport icazənin bitmə tarixindən ({fmt(permit_end)}) ən azı {margin} ay "
                f"sonra, yəni {fmt(until)} tarixinədək qüvvədə olmalıdır; "
                f"pasportun müddəti isə {fmt(expiry)} tarixində bitir.",
                en=f"The passport must be valid at least {margin} months past the permit end "
                f"({fmt(permit_end)}), that is until {fmt(until)}; it expires on {fmt(expiry)}.",
                ru=f"Паспорт должен быть действителен не менее {margin} мес. после окончания "
                f"разрешения ({fmt(permit_end)}), то есть до {fmt(until)}; "
                f"срок его действия истекает {fmt(expiry)}.",
            ),
        )
    ]


def check_validity(
    service: Service,
    facts: ApplicantFacts,
    fields: Mapping[str, FieldValue],
    permit_end: dt.date | None = None,
) -> list[FieldError]:
    """The chosen term is within the longest validity allowed; a work permit within the
    employment contract."""
    errors: list[FieldError] = []
    validity = service.result.validity
    longest = validity.max_months_for(facts)
    term_code = fields.get("term")
    term = next((t for t in service.terms if t.code == term_code), None)
    months = term.months if term is not None else None
    if months is not None and longest is not None and months > longest:
        errors.append(
            FieldError(
                "fields.term",
                "term_too_long",
                Message(
                    az=f"Bu halda icazə ən çoxu {longest} ay müddətinə verilə bilər; "
                    f"seçilmiş müddət {months} aydır.",
                    en=f"In this case the permit may be issued for at most {longest} months; "
                    f"the chosen term is {months} months.",
                    ru=f"В этом случае разрешение выдаётся не более чем на {longest} мес.; "
                    f"выбран срок {months} мес.",
                ),
            )
        )
    contract_end = date_value(fields, "contract_until")
    if validity.limited_by_contract and permit_end and contract_end and permit_end > contract_end:
        errors.append(
            FieldError(
                "fields.contract_until",
                "beyond_contract",
                Message(
                    az=f"İcazə əmək müqaviləsindən ({fmt(contract_end)}) gec bitə bilməz; "
                    f"göstərilən bitmə tarixi: {fmt(permit_end)}.",
                    en=f"The permit may not outlast the employment contract "
                    f"({fmt(contract_end)}); it would end on {fmt(permit_end)}.",
                    ru=f"Разрешение не может действовать дольше трудового договора "
                    f"({fmt(contract_end)}); указанная дата окончания — {fmt(permit_end)}.",
                ),
            )
        )
    return errors


def check_application(  # noqa: PLR0917 - the agreed public signature
    catalogue: Catalogue,
    service_code: str,
    person: Person,
    fields: Mapping[str, FieldValue],
    checklist: Iterable[ChecklistItem],
    today: dt.date,
    permit_end: dt.date | None = None,
    *,
    require_received: bool = True,
) -> list[FieldError]:
    """Every catalogue-driven rule of one application, in a stable order.

    `permit_end` is the end of the permit asked for (the passport margin needs it);
    `require_received=False` only asks that required documents be listed on the
    checklist (at reception), not yet received. Raises `CatalogueLookupError` for an
    unknown service code.
    """
    service = catalogue.service(service_code)
    facts = applicant_facts(service, person, fields, today)
    return [
        *check_fields(service, fields, today),
        *check_holder_age(service, person, today),
        *check_passport_margin(service, person, permit_end),
        *check_timing(service, person, fields, today),
        *check_years_since(service, fields, today),
        *check_days_abroad(service, fields),
        *check_validity(service, facts, fields, permit_end),
        *check_documents(service, facts, list(checklist), require_received=require_received),
    ]
