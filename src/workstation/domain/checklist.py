"""When an application's checklist is complete enough for review: every REQUIRED
document of the catalogue that applies to the applicant is received (optional ones may
be missing). The workstation and the server ask this one question before
``submit_for_review``; the state machine (`states.check`) only takes the answer.
"""

from __future__ import annotations

import datetime as dt

from workstation.domain.catalogue_model import Catalogue
from workstation.domain.errors import FieldError
from workstation.domain.model import Application, Person
from workstation.domain.rules import applicant_facts, check_documents


def missing_documents(
    catalogue: Catalogue, app: Application, person: Person, today: dt.date
) -> list[FieldError]:
    """The required documents that apply to this applicant and are not received (not
    listed, or listed but not ticked); empty when the application may go to review.
    Raises `CatalogueLookupError` for an unknown service code."""
    service = catalogue.service(app.service_code)
    facts = applicant_facts(service, person, app.fields, today)
    return check_documents(service, facts, app.checklist)


def checklist_complete(
    catalogue: Catalogue, app: Application, person: Person, today: dt.date
) -> bool:
    return not missing_documents(catalogue, app, person, today)
