"""1,000 badges with QR check-in codes in mixed scripts, against plain ReportLab in the same run.

The reference draws the same strings and the same segno QR matrices on the same avery-5392
grid the obvious way: one font per string (the first whose cmap covers it), no fitting, no
bidi or Arabic shaping, `drawCentredString` at fixed sizes, and each QR code as one path of
one rectangle per dark module. It shares the registered TrueType fonts (registration is a
one-off cost) and writes its PDF to disk like the real renderer. Target: Convivio takes at
most 1.5 times as long, for fitting, fallback fonts, shaping and outlined QR codes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import segno
from reportlab.pdfgen.canvas import Canvas

from app.exporters.badges import (
    BadgeEvent,
    BadgeOptions,
    BadgePerson,
    BadgeRole,
    QrMode,
    font_set,
    get_stock,
    render_badges,
)
from app.exporters.badges.geometry import MM
from app.exporters.badges.stocks import LabelStock
from benchmarks.common import Figure, median_time

STOCK = "avery-5392"
EVENT = BadgeEvent("Convivio Dinner Club", "Thursday 12 March 2026")
# (given, family, family-first, organization, title): the scripts of names.tsv
NAMES = (
    ("Jürgen", "Groß", False, "Müller & Söhne GmbH", "Geschäftsführer"),
    ("伟", "张", True, "北京字节", "工程师"),
    ("花子", "佐藤", True, "株式会社サンプル", "デザイナー"),
    ("민준", "김", True, "삼성전자", "개발자"),
    ("Σοφία", "Παπαδοπούλου", False, "Ελληνική Α.Ε.", "CTO"),
    ("Олег", "Иванов", False, "Яндекс", "Разработчик"),
    ("محمد", "العلي", False, "شركة المثال", "مهندس"),
    ("דנה", "כהן", False, "חברה בע״מ", "מנהלת"),
    (
        "Hubert Blaine",
        "Wolfeschlegelsteinhausenbergerdorff",
        False,
        "Very Long Company Name Incorporated International",
        "Chief Executive Officer",
    ),
    ("Siddharth", "Ramaswamy Venkataraman", False, "इन्फोसिस", "प्रबंधक"),
    ("Thị Minh Khai", "Nguyễn", True, "Công ty ABC", "PM"),
    ("Ana", "Lima", False, "Emoji Labs", "Host"),
)


def people(count: int) -> list[BadgePerson]:
    roles = list(BadgeRole)
    return [
        BadgePerson(
            given_name=given,
            family_name=family,
            family_first=family_first,
            organization=org,
            title=title,
            role=roles[i % len(roles)],
            checkin_code=f"CV-{i:05d}-{(i * 7919) % 10000:04d}",
        )
        for i in range(count)
        for given, family, family_first, org, title in [NAMES[i % len(NAMES)]]
    ]


def _font_for(text: str) -> str:
    for face in font_set().bold:
        if all(face.has(ch) or ch == " " for ch in text):
            return face.name
    return font_set().bold[0].name


def reference(stock: LabelStock, persons: list[BadgePerson], out: Path) -> None:
    """Same text, grid and QR matrices with plain ReportLab calls."""
    canvas = Canvas(str(out), pagesize=stock.page_size, initialFontName=font_set().bold[0].name)
    event_line = f"{EVENT.title} · {EVENT.date_text}"
    w, h = stock.label_w_mm * MM, stock.label_h_mm * MM
    per = stock.per_sheet
    for start in range(0, len(persons), per):
        for i, person in enumerate(persons[start : start + per]):
            cell = stock.cell(i)
            cx = cell.x + w / 2
            lines = (
                (event_line, 8, 0.90),
                (person.call_name, 30, 0.68),
                (person.rest_of_name, 16, 0.55),
                (person.organization, 11, 0.40),
                (person.title, 9, 0.32),
            )
            for text, size, rel_y in lines:
                if text:
                    canvas.setFont(_font_for(text), size)
                    canvas.drawCentredString(cx, cell.y + h * rel_y, text)
            canvas.setFillColorRGB(0.1, 0.3, 0.8)
            canvas.rect(cell.x + 12, cell.y + 12, w - 24, 24, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFont(font_set().bold[0].name, 12)
            canvas.drawCentredString(cx, cell.y + 20, person.role_label)
            canvas.setFillColorRGB(0, 0, 0)
            matrix = segno.make(person.checkin_code, error="m", micro=False).matrix
            module = 60.0 / (len(matrix) + 4)
            left, top = cell.right - 72 + 2 * module, cell.y + 40 + 60 - 2 * module
            path = canvas.beginPath()
            for r, row in enumerate(matrix):
                for c, dark in enumerate(row):
                    if dark:
                        path.rect(left + c * module, top - (r + 1) * module, module, module)
            canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()


def ours(stock: LabelStock, persons: list[BadgePerson], out: Path) -> None:
    render_badges(stock, persons, EVENT, BadgeOptions(qr=QrMode.CHECKIN), out)


def run(quick: bool = False) -> list[Figure]:
    count = 150 if quick else 1000
    repeat = 1 if quick else 3
    stock = get_stock(STOCK)
    persons = people(count)
    with tempfile.TemporaryDirectory() as folder:
        ref_pdf, our_pdf = Path(folder, "reference.pdf"), Path(folder, "convivio.pdf")
        ours(stock, persons[:24], our_pdf)  # registers fonts and warms the caches
        reference(stock, persons[:24], ref_pdf)
        ref = median_time(lambda: reference(stock, persons, ref_pdf), repeat)
        mine = median_time(lambda: ours(stock, persons, our_pdf), repeat)
        sizes = f"PDF {our_pdf.stat().st_size // 1024} KiB vs {ref_pdf.stat().st_size // 1024} KiB"
    ratio = mine / ref
    return [
        Figure(f"plain ReportLab reference: {count} badges + QR", ref, "s"),
        Figure(f"Convivio render_badges: {count} badges + QR ({STOCK})", mine, "s", detail=sizes),
        Figure("Convivio badges per second", count / mine, "1/s"),
        Figure("ratio Convivio / reference", ratio, "x", target="<= 1.5", ok=ratio <= 1.5),
    ]
