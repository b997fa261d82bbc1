"""The period report as PDF (A4, DejaVu Sans embedded like the cards; same input, same
bytes): summary, then tables by center, officer, service and day (by month past
`DAYS_AS_ROWS` days). The numbers come from `workstation.domain.stats.Stats`."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as Style

from workstation.domain.stats import Stats, Tally
from workstation.printing.fonts import SANS, SANS_BOLD, register_fonts
from workstation.printing.pdfdoc import PRODUCER
from workstation.printing.report_texts import check_lang, short, text

MARGIN = 15 * mm
DAYS_AS_ROWS = 62
FIRST = 44 * mm  # the name column of a table
INK = colors.Color(0.08, 0.10, 0.14)
CAPTION = colors.Color(0.36, 0.40, 0.46)
RULE = colors.Color(0.16, 0.36, 0.62)
ZEBRA = colors.Color(0.95, 0.96, 0.98)
HEAD = colors.Color(0.88, 0.92, 0.97)
EVENT_COLUMNS = ("received", "decided", "approved", "refused", "printed", "issued")
OPEN_COLUMNS = ("open", "overdue", "due_soon")

ServiceName = Callable[[str], str]


def day_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=SANS, fontSize=9, leading=12, textColor=INK)
    return {
        "title": ParagraphStyle("title", base, fontName=SANS_BOLD, fontSize=16, leading=20),
        "meta": ParagraphStyle("meta", base, textColor=CAPTION),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "head": ParagraphStyle(
            "head", base, fontName=SANS_BOLD, fontSize=7.5, leading=9, alignment=TA_RIGHT
        ),
        "head_left": ParagraphStyle("head_left", base, fontName=SANS_BOLD, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "note": ParagraphStyle("note", base, fontSize=7.5, leading=10, textColor=CAPTION),
    }


def _table(header: list[Any], rows: list[list[Any]], widths: list[float], total: bool) -> Table:
    table = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    style: list[Any] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(2, len(rows) + 1, 2):
        style.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if total:
        style += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, RULE),
        ]
    table.setStyle(Style(style))
    return table


def _numbers(tally: Tally, columns: Iterable[str]) -> list[str]:
    return [f"{getattr(tally, c):,}".replace(",", "\u202f") for c in columns]


class _Builder:
    def __init__(self, stats: Stats, lang: str, service_name: ServiceName) -> None:
        self.stats = stats
        self.lang = check_lang(lang)
        self.service_name = service_name
        self.styles = _styles()
        self.width = A4[0] - 2 * MARGIN

    def t(self, key: str) -> str:
        return text(key, self.lang)

    def para(self, value: str, style: str = "cell") -> Paragraph:
        escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(escaped, self.styles[style])

    def head(self, first: str, rest: list[str]) -> list[Any]:
        return [self.para(first, "head_left"), *(self.para(t, "head") for t in rest)]

    def header(self) -> list[Any]:
        flt = self.stats.flt
        period = f"{day_text(flt.since)} – {day_text(flt.until)}"
        lines = [
            (self.t("period"), period),
            (self.t("center"), flt.center or self.t("all")),
            (self.t("officer"), flt.officer or self.t("all")),
            (self.t("open_as_of"), day_text(self.stats.today)),
        ]
        meta = Table(
            [[self.para(k, "meta"), self.para(v)] for k, v in lines],
            colWidths=[45 * mm, self.width - 45 * mm],
            hAlign="LEFT",
        )
        meta.setStyle(
            Style([("TOPPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        return [self.para(self.t("title"), "title"), Spacer(1, 3 * mm), meta]

    def summary(self) -> list[Any]:
        total = self.stats.total
        keys = (*EVENT_COLUMNS, *OPEN_COLUMNS)
        rows = [[self.t(k), _numbers(total, [k])[0]] for k in keys]
        header = self.head(self.t("summary"), [""])
        table = _table(header, rows, [70 * mm, 30 * mm], total=False)
        return [Spacer(1, 4 * mm), table, Spacer(1, 2 * mm), self.para(self.t("of_events"), "note")]

    def section(
        self, title: str, first: str, lines: dict[str, Tally], name: Callable[[str], str]
    ) -> list[Any]:
        columns = (*EVENT_COLUMNS, *OPEN_COLUMNS)
        header = self.head(first, [short(c, self.lang) for c in columns])
        rows: list[list[Any]] = [
            [self.para(name(key)), *_numbers(tally, columns)] for key, tally in lines.items()
        ]
        if not rows:
            return [self.para(title, "h2"), self.para(self.t("nothing"), "note")]
        rows.append([self.t("total"), *_numbers(self.stats.total, columns)])
        number = (self.width - FIRST) / len(columns)
        table = _table(header, rows, [FIRST] + [number] * len(columns), total=True)
        if len(rows) < 25:
            return [KeepTogether([self.para(title, "h2"), table])]
        return [self.para(title, "h2"), table]

    def days(self) -> list[Any]:
        columns = ("received", "decided", "printed", "issued")
        by_day = self.stats.by_day
        if len(by_day) <= DAYS_AS_ROWS:
            title, first = self.t("by_day"), self.t("day")
            lines = {day_text(day): tally for day, tally in by_day.items()}
        else:
            title, first = self.t("by_month"), self.t("month")
            lines = {}
            for day, tally in by_day.items():
                lines.setdefault(day.strftime("%m.%Y"), Tally()).add(tally)
        rows: list[list[Any]] = [[key, *_numbers(t, columns)] for key, t in lines.items()]
        rows.append([self.t("total"), *_numbers(self.stats.total, columns)])
        number = (self.width - 40 * mm) / len(columns)
        header = self.head(first, [short(c, self.lang) for c in columns])
        table = _table(header, rows, [40 * mm] + [number] * len(columns), total=True)
        return [self.para(title, "h2"), table]

    def story(self) -> list[Any]:
        stats = self.stats
        officer = lambda key: key or self.t("unassigned")  # noqa: E731
        same = lambda key: key  # noqa: E731
        return [
            *self.header(),
            *self.summary(),
            *self.section(self.t("by_center"), self.t("center"), stats.by_center, same),
            *self.section(self.t("by_officer"), self.t("officer"), stats.by_officer, officer),
            *self.section(
                self.t("by_service"), self.t("service"), stats.by_service, self.service_name
            ),
            *self.days(),
        ]


def render_report(stats: Stats, lang: str = "en", service_name: ServiceName = str) -> bytes:
    """The report as PDF bytes (deterministic: no clock, no random id)."""
    register_fonts()
    builder = _Builder(stats, lang, service_name)
    title = f"{builder.t('title')} {day_text(stats.flt.since)} – {day_text(stats.flt.until)}"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=PRODUCER,
        creator=PRODUCER,
        producer=PRODUCER,
        subject=title,
        invariant=1,
        pageCompression=1,
        initialFontName=SANS,
        lang=lang,
    )

    def footer(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(CAPTION)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, title)
        page = f"{builder.t('page')} {document.page}"
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, page)
        canvas.restoreState()

    doc.build(builder.story(), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
