"""The dietary summary on paper: the printed document, a PDF through QPrinter, merged needs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PySide6.QtPrintSupport import QPrinter

from app.domain.enums import RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services

from app.ui.context import AppContext
from app.ui.dialogs.dietary_dialog import DietaryDialog

NEEDS = {
    ("Ada", "Lovelace"): "Végétarien",
    ("Jürgen", "Groß"): "  vegetarien ",
    ("Zoë", "Li"): "VEGETARIEN; no nuts",
    ("伟", "张"): "",
}


@pytest.fixture
def event(services: Services) -> int:
    event_id = services.events.create(
        EventDraft(
            title="Dîner 🍷",
            start=datetime(2030, 3, 1, 19),
            end=datetime(2030, 3, 1, 22),
            timezone="Europe/Paris",
        )
    ).item.id
    people = [
        services.people.create(PersonDraft(given_name=g, family_name=f)).item.id for g, f in NEEDS
    ]
    services.rsvps.invite(event_id, people, response=RsvpResponse.GOING)
    by_person = {r.person_id: r.id for r in services.rsvps.guest_rows(event_id)}
    for person, needs in zip(people, NEEDS.values(), strict=True):
        services.rsvps.set_needs(by_person[person], needs, "")
    return event_id


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, event: int) -> DietaryDialog:
    widget = DietaryDialog(ctx, event)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_needs_that_differ_in_case_spaces_or_accents_are_one_line(dialog: DietaryDialog) -> None:
    assert dialog.report is not None
    needs = [(n.label, n.count) for n in dialog.report.summary.needs]
    assert needs == [("Végétarien", 3), ("no nuts", 1)]
    assert "Végétarien: 3 (Ada Lovelace, Jürgen Groß, Zoë Li)" in dialog.as_text()


def test_the_printed_document_has_the_event_the_counts_and_the_table(
    dialog: DietaryDialog,
) -> None:
    text = dialog.document().toPlainText()
    assert text.startswith("Dîner 🍷\n4 people going")
    assert "\nVégétarien\n3\nAda Lovelace, Jürgen Groß, Zoë Li\n" in text
    assert "\nNo dietary needs\n1\n" in text


def test_print_writes_the_summary_through_a_printer(dialog: DietaryDialog, tmp_path: Path) -> None:
    target = tmp_path / "dietary.pdf"
    asked: list[QPrinter] = []

    def ask(printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    dialog.ask_printer = ask  # type: ignore[method-assign]
    dialog.print_button.click()
    assert len(asked) == 1
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Dîner" in text
    assert "4 people going" in text
    assert "Végétarien 3 Ada Lovelace, Jürgen Groß, Zoë Li" in text
    assert dialog.status.text() == "Sent to the printer."


def test_a_cancelled_print_dialog_prints_nothing(dialog: DietaryDialog, tmp_path: Path) -> None:
    dialog.ask_printer = lambda printer: False  # type: ignore[method-assign]
    dialog.print_button.click()
    assert dialog.status.text() == ""
