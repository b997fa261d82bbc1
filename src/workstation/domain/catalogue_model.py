"""The service catalogue as frozen dataclasses, and the queries on it.

`catalogue.py` builds these from `resources/catalogue/services.toml` and validates the
file; this module only holds the shapes and answers questions (documents that apply to
an applicant, fee of a tier and term, legal deadline).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from decimal import Decimal

from workstation.domain.errors import DomainError, Message

FIELD_TYPES: frozenset[str] = frozenset(
    {"text", "date", "int", "bool", "choice", "term", "money", "voen", "phone", "email", "country"}
)
APPLICANTS: frozenset[str] = frozenset(
    {
        "foreigner",
        "foreigner_or_parent",
        "foreigner_or_university",
        "host_or_foreigner",
        "employer",
        "person",
        "officer",
    }
)
RESULT_KINDS: frozenset[str] = frozenset({"card", "certificate", "notice", "decision"})
TIMING_KINDS: frozenset[str] = frozenset({"before", "within_after"})
TIMING_UNITS: frozenset[str] = frozenset({"days", "working_days", "months"})

ADULT_AGE = 18


@dataclass(frozen=True, slots=True)
class ApplicantFacts:
    """What the document conditions look at.

    `employer_kind` is ``"company"``, ``"person"`` or None; `flags` are the flags of
    the choices selected in the application's fields (e.g. ``admission``).
    """

    age: int
    has_passport: bool
    employer_kind: str | None
    is_extension: bool
    family_ground: bool
    flags: frozenset[str] = frozenset()

    @property
    def minor(self) -> bool:
        return self.age < ADULT_AGE


def _age_14_17(f: ApplicantFacts) -> bool:
    return 14 <= f.age < ADULT_AGE


CONDITIONS: Mapping[str, Callable[[ApplicantFacts], bool]] = {
    "always": lambda f: True,
    "minor": lambda f: f.minor,
    "adult": lambda f: not f.minor,
    "minor_without_passport": lambda f: f.minor and not f.has_passport,
    "age_14_17": _age_14_17,
    "age_14_17_family_ground": lambda f: _age_14_17(f) and f.family_ground,
    "family_ground": lambda f: f.family_ground,
    "employer_company": lambda f: f.employer_kind == "company",
    "employer_person": lambda f: f.employer_kind == "person",
    "extension": lambda f: f.is_extension,
    "first_issue": lambda f: not f.is_extension,
    "admission": lambda f: "admission" in f.flags,
}
"""The known document conditions; the catalogue may use no other."""


class CatalogueLookupError(DomainError):
    """A code asked of the catalogue (service, tier, term) that it does not have."""

    def __init__(self, code: str, message: Message) -> None:
        self.code = code
        self.message = message
        super().__init__(message.en)


def _missing(code: str, az: str, en: str, ru: str) -> CatalogueLookupError:
    return CatalogueLookupError(code, Message(az=az, en=en, ru=ru))


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    label: Message
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FieldRules:
    """Rules of one field; which apply depends on the field's type."""

    min: Decimal | None = None
    max: Decimal | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    not_future: bool = False
    not_past: bool = False


@dataclass(frozen=True, slots=True)
class FieldSpec:
    code: str
    type: str
    required: bool
    label: Message
    rules: FieldRules = FieldRules()
    choices: tuple[Choice, ...] = ()

    def choice(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    code: str
    label: Message
    required: bool
    condition: str = "always"

    def applies(self, facts: ApplicantFacts) -> bool:
        return bool(CONDITIONS[self.condition](facts))


@dataclass(frozen=True, slots=True)
class Term:
    """A validity term a fee depends on: ``months`` or ``days`` (exactly one)."""

    code: str
    label: Message
    months: int | None = None
    days: int | None = None


@dataclass(frozen=True, slots=True)
class FeeTier:
    """A processing tier: its fee (flat or per term) and its legal deadline."""

    code: str
    label: Message
    amount: Decimal | None = None
    amounts: Mapping[str, Decimal] = dc_field(default_factory=dict)
    max_amount: Decimal | None = None
    deadline_working_days: int | None = None
    deadline_months: int | None = None
    published: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True)
class Validity:
    months: int | None = None
    max_months: int | None = None
    max_days: int | None = None
    default_days: int | None = None
    first_issue_max_months: int | None = None
    extension_max_months: int | None = None
    investor_max_months: int | None = None
    renewable: bool = False
    limited_by_contract: bool = False
    until_visa_end: bool = False

    def max_months_for(self, facts: ApplicantFacts) -> int | None:
        """The longest validity in months for this applicant, or None if not in months."""
        if "investor" in facts.flags and self.investor_max_months is not None:
            return self.investor_max_months
        if facts.is_extension and self.extension_max_months is not None:
            return self.extension_max_months
        if not facts.is_extension and self.first_issue_max_months is not None:
            return self.first_issue_max_months
        return self.max_months if self.max_months is not None else self.months


@dataclass(frozen=True, slots=True)
class ResultSpec:
    """What an approved application produces."""

    kind: str
    label: Message
    card_type: str = ""
    series_prefix: str = ""
    number_digits: int | None = None
    mrz_code: str = ""
    validity: Validity = Validity()


@dataclass(frozen=True, slots=True)
class YearsSince:
    """At least `years` must have passed since the date in `field` (if `when_flag`)."""

    field: str
    years: int
    when_flag: str = ""


@dataclass(frozen=True, slots=True)
class DaysAbroad:
    """The number in `field` (days abroad in the last 180) may not exceed `days`."""

    field: str
    days: int
    exempt_flag: str = ""


@dataclass(frozen=True, slots=True)
class ServiceRules:
    holder_min_age: int | None = None
    passport_margin_months: int | None = None
    interview_within_days: int | None = None
    min_years_since: tuple[YearsSince, ...] = ()
    max_days_abroad: DaysAbroad | None = None


@dataclass(frozen=True, slots=True)
class TimingRule:
    """When to apply relative to the date in `field`.

    ``before``: at least `amount` `unit` before that date (e.g. before the stay ends);
    ``within_after``: at most `amount` `unit` after it (e.g. after arrival).
    """

    kind: str
    field: str
    amount: int
    unit: str
    by_citizenship: Mapping[str, int] = dc_field(default_factory=dict)
    when_flag: str = ""

    def amount_for(self, citizenship: str) -> int:
        return self.by_citizenship.get(citizenship.upper(), self.amount)


@dataclass(frozen=True, slots=True)
class Service:
    code: str
    name: Message
    applicant: str
    fields: tuple[FieldSpec, ...]
    documents: tuple[DocumentSpec, ...]
    tiers: tuple[FeeTier, ...]
    result: ResultSpec
    terms: tuple[Term, ...] = ()
    default_tier: str = ""
    minor_fee_factor: Decimal | None = None
    rules: ServiceRules = ServiceRules()
    timing: tuple[TimingRule, ...] = ()
    note: str = ""

    def field(self, code: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.code == code), None)

    def term(self, code: str) -> Term:
        for term in self.terms:
            if term.code == code:
                return term
        known = ", ".join(t.code for t in self.terms) or "none"
        raise _missing(
            "unknown_term",
            az=f"«{self.code}» xidmətinin «{code}» müddəti yoxdur (mövcud: {known}).",
            en=f"Service '{self.code}' has no term '{code}' (known: {known}).",
            ru=f"У услуги «{self.code}» нет срока «{code}» (есть: {known}).",
        )

    def tier(self, code: str) -> FeeTier:
        for tier in self.tiers:
            if tier.code == code:
                return tier
        known = ", ".join(t.code for t in self.tiers) or "none"
        raise _missing(
            "unknown_tier",
            az=f"«{self.code}» xidmətinin «{code}» icra qaydası yoxdur (mövcud: {known}).",
            en=f"Service '{self.code}' has no processing tier '{code}' (known: {known}).",
            ru=f"У услуги «{self.code}» нет порядка «{code}» (есть: {known}).",
        )

    def documents_for(self, facts: ApplicantFacts) -> tuple[DocumentSpec, ...]:
        """Every checklist item (required or optional) whose condition holds."""
        return tuple(d for d in self.documents if d.applies(facts))

    def required_documents(self, facts: ApplicantFacts) -> tuple[DocumentSpec, ...]:
        """The required checklist items whose condition holds for this applicant."""
        return tuple(d for d in self.documents_for(facts) if d.required)

    def fee(self, tier_code: str, term_code: str | None = None, minor: bool = False) -> Decimal:
        """The fee in AZN; for minors reduced by the service's minor factor, if any."""
        tier = self.tier(tier_code)
        if tier.amounts:
            if term_code is None:
                raise _missing(
                    "term_required",
                    az=f"«{self.code}» xidmətinin rüsumu müddətdən asılıdır: müddət seçin.",
                    en=f"The fee of service '{self.code}' depends on the term: choose a term.",
                    ru=f"Пошлина услуги «{self.code}» зависит от срока: выберите срок.",
                )
            amount = tier.amounts.get(self.term(term_code).code, Decimal(0))
        else:
            amount = tier.amount if tier.amount is not None else Decimal(0)
        if minor and self.minor_fee_factor is not None:
            amount = amount * self.minor_fee_factor
        return amount.quantize(Decimal("0.01"))

    def deadline_working_days(self, tier_code: str) -> int:
        """The legal deadline of a tier in working days."""
        tier = self.tier(tier_code)
        if tier.deadline_working_days is None:
            raise _missing(
                "no_working_day_deadline",
                az=f"«{self.code}» xidmətinin «{tier_code}» qaydasının iş günü ilə müddəti yoxdur.",
                en=f"Service '{self.code}', tier '{tier_code}' has no deadline in working days.",
                ru=f"У услуги «{self.code}», порядок «{tier_code}», нет срока в рабочих днях.",
            )
        return tier.deadline_working_days


@dataclass(frozen=True, slots=True)
class Catalogue:
    schema: int
    version: str
    services: tuple[Service, ...]
    source: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.services)

    @property
    def card_series(self) -> tuple[str, ...]:
        """The number series of the cards the services issue (e.g. MYİ, DYİ, İİ), in
        catalogue order: a workstation leases card numbers of each."""
        series = (
            s.result.series_prefix
            for s in self.services
            if s.result.kind == "card" and s.result.series_prefix
        )
        return tuple(dict.fromkeys(series))

    def service(self, code: str) -> Service:
        for service in self.services:
            if service.code == code:
                return service
        known = ", ".join(self.codes)
        raise _missing(
            "unknown_service",
            az=f"«{code}» xidməti kataloqda yoxdur (mövcud: {known}).",
            en=f"There is no service '{code}' in the catalogue (known: {known}).",
            ru=f"Услуги «{code}» нет в каталоге (есть: {known}).",
        )
