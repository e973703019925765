"""Builds the byte-exact test files (BOM, CRLF, cp1252, UTF-16, binary) in tests/data/guestlists.

The plain UTF-8 fixtures are hand-written files. These ones are written by code because an editor
would silently re-encode them; `test_guestlist_fixture_files.py` checks the committed bytes still
match. Regenerate with: `.venv/bin/python tests/unit/guestlists/guestlist_fixture_files.py`.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data" / "guestlists"

EVENTBRITE_US_HEADER = [
    "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier",
    "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
    "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Home Address 1",
    "Home Address 2", "Home City", "Home State", "Home Zip", "Home Country", "Cell Phone",
    "Dietary restrictions?", "Any allergies", "Accessibility needs", "Job Title", "Company",
]


def _eb_us(
    order: str, date: str, first: str, last: str, email: str, qty: str, ticket: str,
    attendee: str, status: str, address2: str = "", diet: str = "", allergies: str = "",
    access: str = "", job: str = "", company: str = "",
) -> list[str]:
    return [
        order, date, first, last, email, qty, "", ticket, attendee, "", "Eventbrite Completed",
        "USD", "25.00", "2.99", "1.99", "1.00", status, "1 Main St", address2, "Springfield",
        "IL", "62701", "US", "(217) 555-0101", diet, allergies, access, job, company,
    ]


EVENTBRITE_US_ROWS = [
    _eb_us("1234567890", "2026-09-15 10:23:45-05:00", "Zoë", "O'Brien-Smythe", "zoe@example.ie",
           "2", "General Admission", "2233445501", "Attending", "Apt 4\nBuilding B", "Vegan",
           "Tree nuts", "", "Founder", "Craic, Ltd."),
    _eb_us("1234567890", "2026-09-15 10:23:45-05:00", "Hubert Blaine",
           "Wolfeschlegelsteinhausenbergerdorff", "hubert@example.com", "2", "General Admission",
           "2233445502", "Checked In", "", "None", "n/a", "Wheelchair user",
           "Chief Executive Officer and Founder",
           "Very Long Company Name Incorporated International"),
    _eb_us("1234567891", "2026-09-16 08:00:00-05:00", "Ngozi", "Okonjo-Iweala",
           "ngozi@example.ng", "1", "VIP", "2233445503", "Refunded"),
    _eb_us("1234567892", "2026-09-16 09:00:00-05:00", "Kofi", "Mensah", "kofi@example.gh", "1",
           "General Admission", "2233445504", "Transferred"),
    _eb_us("1234567893", "2026-09-16 10:00:00-05:00", "Ama", "Owusu", "ama@example.gh", "1",
           "General Admission", "2233445505", "Deleted"),
    _eb_us("1234567894", "2026-09-17 11:00:00-05:00", "Eve", "Hacker", "eve@example.com", "1",
           "General Admission", "2233445506", "Attending", job="-2+3",
           company="@SUM(1+1)*cmd|' /C calc'!A0"),
    _eb_us("1234567895", "not a date", "Ana", "Lima 🎉", "ana@example.br", "1",
           "General Admission", "2233445507", "Attending"),
]

EVENTBRITE_UK_HEADER = [
    "Order no.", "Order Date", "First Name", "Surname", "Email", "Quantity", "Price Tier",
    "Ticket Type", "Attendee no.", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
    "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Home Address 1",
    "Home Address 2", "Home City", "County of Residence", "Home Postcode", "Home Country",
    "Mobile Phone", "Dietary requirements", "Job Title", "Company",
]


def _eb_uk(
    order: str, date: str, first: str, last: str, email: str, attendee: str, status: str,
    diet: str = "", job: str = "", company: str = "",
) -> list[str]:
    return [
        order, date, first, last, email, "1", "", "Early bird", attendee, "",
        "Eventbrite Completed", "GBP", "£12.50", "£1.10", "£0.80", "£0.30", status,
        "10 Downing Street", "", "London", "Greater London", "SW1A 2AA", "GB", "07700 900123",
        diet, job, company,
    ]


EVENTBRITE_UK_ROWS = [
    _eb_uk("9876543210", "01/09/2026 10:23", "Siobhán", "Ní Bhriain", "siobhan@example.ie",
           "5566778801", "Attending", "Végétarien", "Directrice", "Café Crème Ltd"),
    _eb_uk("9876543211", "13/09/2026 09:00", "Jürgen", "Groß", "juergen.gross@example.de",
           "5566778802", "Checked In", "None", "Geschäftsführer", "Müller & Söhne GmbH"),
    _eb_uk("9876543212", "14/09/2026 18:30", "François", "Lefèvre", "francois@example",
           "5566778803", "Attending"),
    _eb_uk("9876543213", "15/09/2026 12:00", "=cmd|' /C calc'!A0", "Œuvre", "oeuvre@example.fr",
           "5566778804", "Attending", "€5 extra for wine"),
]

MEETUP_XLS_HEADER = [
    "Name", "User ID", "Title", "Event Host", "RSVP", "Guests", "RSVPed on", "Joined Group on",
    "URL of Member Profile",
]
MEETUP_XLS_ROWS = [
    ["Lars Øberg", "11111111", "Assistant Organizer", "Yes", "Yes", "0", "10/2/26 9:05 AM",
     "1/15/23 7:00 PM", "https://www.meetup.com/members/11111111/"],
    ["Åsa Lindqvist", "22222222", "", "No", "Yes", "3", "10/3/26 12:00 PM", "5/5/24 5:05 PM",
     "https://www.meetup.com/members/22222222/"],
    ["Mikko Virtanen", "33333333", "", "No", "No", "0", "10/4/26 1:30 PM", "6/6/24 6:06 PM",
     "https://www.meetup.com/members/33333333/"],
]

GERMAN_TITLE = ["Gästeliste Sommerfest 2026", "", "", "", "", "", "", "", ""]
GERMAN_HEADER = [
    "Vorname", "Nachname", "E-Mail", "Firma", "Position", "Zusage", "Begleitung", "Ernährung",
    "Anmerkungen",
]
GERMAN_ROWS = [
    ["Jürgen", "Groß", "juergen.gross@example.de", "Müller & Söhne GmbH", "Geschäftsführer",
     "ja", "1", "vegetarisch", ""],
    ["Zoë", "O'Brien-Smythe", "zoe@example.ie", "Craic, Ltd.", "Founder", "vielleicht", "0",
     "keine", "Kommt später,\nnach 20 Uhr"],
    ["Σοφία", "Παπαδοπούλου", "sofia@example.gr", "Ελληνική Α.Ε.", "CTO", "nein", "", "", ""],
    ["", "", "", "", "", "", "", "", ""],
    ["Олег", "Иванов", "oleg@example.ru", "Яндекс", "Разработчик", "Warteliste", "", "", ""],
    ["=1+1", "Formel", "formel@example.de", "+49 30 1234567", "-", "ja", "", "", ""],
    ["Anna", "Schmidt", "anna.schmidt@example", "Stadtwerke", "", "ja", "", "", ""],
    ["Hans", "Meier", "hans@example.de", "", "", "", "", "", ""],
]


def _csv(header: list[str], rows: list[list[str]], delimiter: str, newline: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def generated_files() -> dict[str, bytes]:
    """File name → exact bytes of every generated fixture."""
    us = _csv(EVENTBRITE_US_HEADER, EVENTBRITE_US_ROWS, ",", "\r\n")
    german = _csv(GERMAN_HEADER, GERMAN_ROWS, ";", "\r\n")
    german_title = ";".join(GERMAN_TITLE) + "\r\n"
    gbk_rows = [
        ["张伟", "wei.zhang@example.cn", "北京字节跳动科技有限公司"],
        ["王芳", "wang.fang@example.cn", "阿里巴巴"],
    ]
    gbk = _csv(["姓名", "邮箱", "公司"], gbk_rows, ",", "\r\n")
    return {
        # Excel "CSV UTF-8": byte-order mark and CRLF.
        "eventbrite_us_bom.csv": codecs.BOM_UTF8 + us.encode("utf-8"),
        # Excel "Unicode text": UTF-16 LE with BOM, tab-separated.
        "eventbrite_us_unicode.txt": codecs.BOM_UTF16_LE
        + _csv(EVENTBRITE_US_HEADER, EVENTBRITE_US_ROWS, "\t", "\r\n").encode("utf-16-le"),
        # European Excel on Windows: cp1252 and semicolons.
        "eventbrite_uk_cp1252_semicolon.csv": _csv(
            EVENTBRITE_UK_HEADER, EVENTBRITE_UK_ROWS, ";", "\r\n"
        ).encode("cp1252"),
        # Meetup's older download: tab-separated text named .xls.
        "meetup_rsvps_tab.xls": _csv(MEETUP_XLS_HEADER, MEETUP_XLS_ROWS, "\t", "\n").encode(
            "utf-8"
        ),
        "handmade_de_semicolon.csv": codecs.BOM_UTF8 + (german_title + german).encode("utf-8"),
        # Chinese Excel saves CSV in GBK: must be refused, not read as cp1252 mojibake.
        "handmade_zh_gbk.csv": gbk.encode("gbk"),
        "binary_image.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(64),
        "binary_blob.csv": bytes(range(256)) * 4,
    }


if __name__ == "__main__":
    for name, data in generated_files().items():
        (DATA / name).write_bytes(data)
