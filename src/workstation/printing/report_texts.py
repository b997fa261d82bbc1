"""The words of the period report in Azerbaijani, English and Russian (printing knows no Qt,
so the report carries its own texts, like the domain's validation messages)."""

from __future__ import annotations

LANGS = ("az", "en", "ru")

_TEXTS: dict[str, tuple[str, str, str]] = {
    # key: (az, en, ru)
    "title": ("Dövr üzrə hesabat", "Period report", "Отчёт за период"),
    "period": ("Dövr", "Period", "Период"),
    "center": ("Mərkəz", "Center", "Центр"),
    "officer": ("Əməkdaş", "Officer", "Сотрудник"),
    "all": ("hamısı", "all", "все"),
    "open_as_of": ("Açıq işlər, tarixə", "Open work as of", "Открытые дела на"),
    "summary": ("Yekun", "Summary", "Итого"),
    "by_center": ("Mərkəzlər üzrə", "By center", "По центрам"),
    "by_officer": ("Əməkdaşlar üzrə", "By officer", "По сотрудникам"),
    "by_service": ("Xidmətlər üzrə", "By service", "По услугам"),
    "by_day": ("Günlər üzrə", "By day", "По дням"),
    "by_month": ("Aylar üzrə", "By month", "По месяцам"),
    "service": ("Xidmət", "Service", "Услуга"),
    "day": ("Gün", "Day", "День"),
    "month": ("Ay", "Month", "Месяц"),
    "total": ("Cəmi", "Total", "Всего"),
    "received": ("Qəbul edilib", "Received", "Принято"),
    "decided": ("Qərar verilib", "Decided", "Решено"),
    "approved": ("Təsdiq", "Approved", "Одобрено"),
    "refused": ("İmtina", "Refused", "Отказано"),
    "printed": ("Kart çap edilib", "Cards printed", "Карт напечатано"),
    "issued": ("Təhvil verilib", "Cards issued", "Карт выдано"),
    "open": ("Açıq", "Open", "Открыто"),
    "overdue": ("Müddəti keçib", "Overdue", "Просрочено"),
    "due_soon": ("Müddəti yaxınlaşır", "Due soon", "Срок скоро"),
    "unassigned": ("(təyin edilməyib)", "(unassigned)", "(не назначено)"),
    "nothing": (
        "Bu dövrdə heç nə yoxdur.",
        "Nothing in this period.",
        "За этот период ничего нет.",
    ),
    "page": ("Səhifə", "Page", "Страница"),
    "of_events": (
        "Hadisələr dövr ərzində sayılır; açıq işlər (müddəti keçmiş, yaxınlaşan) "
        "göstərilən tarixə.",
        "Events are counted within the period; open work (overdue, due soon) as of the date shown.",
        "События считаются за период; открытые дела (просроченные, скоро срок) на указанную дату.",
    ),
}

# Short column headers for the tables (the summary uses the long words above).
_SHORT: dict[str, tuple[str, str, str]] = {
    "received": ("Qəbul", "Received", "Принято"),
    "decided": ("Qərar", "Decided", "Решено"),
    "approved": ("Təsdiq", "Approved", "Одобр."),
    "refused": ("İmtina", "Refused", "Отказ"),
    "printed": ("Çap", "Printed", "Напеч."),
    "issued": ("Təhvil", "Issued", "Выдано"),
    "open": ("Açıq", "Open", "Откр."),
    "overdue": ("Gecikən", "Overdue", "Проср."),
    "due_soon": ("Yaxın", "Due soon", "Скоро"),
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r}; one of {', '.join(LANGS)}")
    return lang


def text(key: str, lang: str) -> str:
    return _TEXTS[key][LANGS.index(check_lang(lang))]


def short(key: str, lang: str) -> str:
    return _SHORT[key][LANGS.index(check_lang(lang))]
