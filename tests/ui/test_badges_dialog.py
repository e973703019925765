"""The badges dialog: a live preview of the real first sheet, Save PDF, Print, Cancel, settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app.domain.errors import NotFound
from app.domain.people import PersonDraft
from app.exporters.badges import RenderReport, get_stock
from app.services.badges import Layout, Who
from app.services.container import Services
from tests.unit.badges_service.badges_names_event import make_names_event, names_rows
from tests.unit.exporters.badges.badges_test_helpers import chars_in, lines_of, open_pdf, squash

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.dialogs.badges_dialog import BadgesDialog, file_name
from app.ui.event_page import EventOverview
from app.ui.jobs import Job, JobRunner
from app.ui.settings import AppSettings

LATIN = ["Jürgen Groß", "Zoë O'Brien-Smythe", "Олег Иванов", "Σοφία Παπαδοπούλου"]


class HeldRunner(JobRunner):
    """Keeps jobs until the test runs them, as if the worker were still busy."""

    def __init__(self) -> None:
        self.held: list[Job] = []

    def start(self, job: Job) -> Job:
        self.held.append(job)
        return job

    def run_all(self) -> None:
        while self.held:
            self.held.pop(0).run()


@pytest.fixture
def names_event(services: Services) -> tuple[int, list[int]]:
    return make_names_event(services)


@pytest.fixture
def open_dialog(
    qtbot: Any, ctx: AppContext, names_event: tuple[int, list[int]]
) -> Callable[..., BadgesDialog]:
    def make(**kwargs: Any) -> BadgesDialog:
        dialog = BadgesDialog(ctx, names_event[0], **kwargs)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_updated, timeout=10000):
            dialog.show()
        return dialog

    return make


def changed_preview(qtbot: Any, dialog: BadgesDialog, change: Callable[[], None]) -> QImage:
    before = QImage(dialog.preview.image)
    with qtbot.waitSignal(dialog.preview_updated, timeout=10000):
        change()
    after = dialog.preview.image
    assert after is not None
    assert after != before
    return after


def test_the_preview_is_the_first_sheet_and_follows_every_option(
    qtbot: Any, open_dialog: Callable[..., BadgesDialog]
) -> None:
    dialog = open_dialog()
    assert dialog.preview.image is not None
    assert not dialog.preview.image.isNull()
    assert dialog.report is not None
    stock = dialog.options.stock()
    assert dialog.report.items == stock.per_sheet  # just the first sheet, quickly
    assert dialog.count_label.text() == (
        f"{len(names_rows())} people · {-(-len(names_rows()) // stock.per_sheet)} sheets"
    )
    qr = dialog.options.qr_combo
    changed_preview(qtbot, dialog, lambda: qr.setCurrentIndex(qr.findData("none")))
    changed_preview(qtbot, dialog, lambda: dialog.options.stripe_check.setChecked(False))
    changed_preview(qtbot, dialog, lambda: dialog.options.outline_check.setChecked(True))
    changed_preview(qtbot, dialog, lambda: dialog.options.offset_x.setValue(3.0))
    wide = changed_preview(qtbot, dialog, lambda: dialog.options.set_stock("avery-l4785"))
    assert dialog.report.items == 10
    cards = changed_preview(qtbot, dialog, lambda: dialog.options.set_layout(Layout.PLACE_CARDS))
    assert {dialog.options.stock_combo.itemData(i) for i in range(3)} <= {
        "avery-5305", "avery-5309", "a4-tent-2up",
    }  # fmt: skip
    assert dialog.options.stock_combo.count() == 3
    assert dialog.report.items == dialog.options.stock().per_sheet
    assert cards.size() != wide.size() or cards != wide
    changed_preview(qtbot, dialog, lambda: dialog.options.seating_check.setChecked(True))


def test_save_pdf_writes_every_name_and_reports_back(
    qtbot: Any,
    open_dialog: Callable[..., BadgesDialog],
    prompter: Any,
    settings: AppSettings,
    tmp_path: Path,
) -> None:
    dialog = open_dialog()
    dialog.options.set_stock("herma-4412")
    out = tmp_path / "out" / "badges"
    out.parent.mkdir()
    prompter.answers = [out]
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    report: RenderReport = saved.args[0]
    assert report.path == out.with_name("badges.pdf")
    assert [p.name for p in out.parent.iterdir()] == ["badges.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(report.path).pages)
    for name in LATIN:  # call name and the rest are two lines
        assert squash(name) in squash(text)
    stock = get_stock("herma-4412")
    assert dialog.batch is not None
    with open_pdf(report.path) as pdf:
        for n, guest in enumerate(dialog.batch.guests):
            page = pdf.pages[n // stock.per_sheet]
            lines = lines_of(chars_in(page, stock.cell(n % stock.per_sheet)))
            assert squash(guest.name) in squash("".join(lines)), guest.name
    assert prompter.asked[-1][0] == "inform"
    assert "100%" in prompter.asked[-1][1]
    assert settings.get(keys.BADGE_STOCK) == "herma-4412"
    assert settings.get(keys.LAST_DIRECTORY) == str(out.parent)


def test_cancel_leaves_no_file(
    qtbot: Any,
    ctx: AppContext,
    names_event: tuple[int, list[int]],
    prompter: Any,
    tmp_path: Path,
) -> None:
    runner = HeldRunner()
    ctx.runner = runner
    dialog = BadgesDialog(ctx, names_event[0])
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "out" / "badges.pdf"
    out.parent.mkdir()
    prompter.answers = [out]
    job = dialog.save_pdf()
    assert job is not None
    assert dialog.output.progress is not None
    dialog.output.progress.canceled.emit()  # the user clicks Cancel while the worker is busy
    with qtbot.assertNotEmitted(dialog.saved):
        runner.run_all()
    assert job.is_cancelled()
    assert list(out.parent.iterdir()) == []
    assert dialog.output.progress is None
    assert not dialog.output.busy()
    assert not any(a[0] == "inform" for a in prompter.asked)


def test_the_calibration_offset_is_a_saved_preference(
    qtbot: Any, open_dialog: Callable[..., BadgesDialog], settings: AppSettings
) -> None:
    dialog = open_dialog()
    dialog.options.offset_x.setValue(1.5)
    dialog.options.offset_y.setValue(-2.0)
    assert (settings.get(keys.BADGE_OFFSET_X), settings.get(keys.BADGE_OFFSET_Y)) == (1.5, -2.0)
    request = dialog.options.request(Path("x.pdf"))
    assert (request.badge_options.offset_x_mm, request.badge_options.offset_y_mm) == (1.5, -2.0)
    assert (request.card_options.offset_x_mm, request.card_options.offset_y_mm) == (1.5, -2.0)
    again = open_dialog()
    assert (again.options.offset_x.value(), again.options.offset_y.value()) == (1.5, -2.0)


def test_the_last_stock_of_each_layout_is_chosen_again(
    open_dialog: Callable[..., BadgesDialog], settings: AppSettings
) -> None:
    settings.set(keys.BADGE_STOCK, "durable-1445-02")
    settings.set(keys.PLACE_CARD_STOCK, "avery-5309")
    assert open_dialog().options.stock_id() == "durable-1445-02"
    assert open_dialog(layout=Layout.PLACE_CARDS).options.stock_id() == "avery-5309"
    settings.set(keys.BADGE_STOCK, "a-stock-that-was-removed")
    assert open_dialog().options.stock_id() in {"avery-5392", "avery-l7418"}  # by paper size


def test_guests_picked_in_the_guest_list_and_other_choices_of_who(
    qtbot: Any, open_dialog: Callable[..., BadgesDialog], names_event: tuple[int, list[int]]
) -> None:
    picked = names_event[1][4:6]
    dialog = open_dialog(rsvp_ids=picked)
    assert dialog.who_combo.currentText() == "The 2 guests selected in the guest list"
    assert dialog.batch is not None
    assert [g.rsvp_id for g in dialog.batch.guests] == picked
    assert dialog.count_label.text() == "2 people · 1 sheet"
    with qtbot.waitSignal(dialog.preview_updated, timeout=10000):
        dialog.set_who(Who.CHECKED_IN)
    assert dialog.preview.image is None
    assert dialog.preview.message == "Nobody has checked in yet."
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_updated, timeout=10000):
        dialog.set_who(Who.ALL)
    assert len(dialog.batch) == len(names_rows())


def test_print_paints_every_sheet_at_full_size(
    qtbot: Any, open_dialog: Callable[..., BadgesDialog], tmp_path: Path
) -> None:
    dialog = open_dialog()
    dialog.options.set_stock("avery-5395")
    printed = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def accept(printer: QPrinter) -> bool:
        """The user picks "Print to File" in the system dialog."""
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog.output.ask = accept  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.printed, timeout=30000) as done:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    sheets = -(-len(names_rows()) // 8)
    assert done.args == [sheets]
    (printer,) = asked
    assert printer.fullPage()
    assert printer.pageLayout().fullRectPoints().size().toTuple() == (612, 792)
    assert printer.duplex() == QPrinter.DuplexMode.DuplexNone
    reader = PdfReader(printed)
    assert len(reader.pages) == sheets
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (612, 792), abs=0.5
        )


def test_warnings_of_the_render_are_shown(
    qtbot: Any, ctx: AppContext, services: Services, names_event: tuple[int, list[int]]
) -> None:
    event_id = names_event[0]
    person = services.people.create(PersonDraft(given_name="Kȁ𐀀", family_name="Linear")).item
    services.rsvps.invite(event_id, [person.id])
    rsvp_id = next(r.id for r in services.rsvps.guest_rows(event_id) if r.person_id == person.id)
    dialog = BadgesDialog(ctx, event_id, rsvp_ids=[rsvp_id])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=10000):
        dialog.show()
    assert dialog.report is not None
    assert dialog.report.warnings
    assert dialog.warnings.isVisibleTo(dialog)
    assert "𐀀" in dialog.warnings.text()


def test_a_vanished_event_is_reported_not_crashed(
    qtbot: Any, ctx: AppContext, errors: Any, names_event: tuple[int, list[int]]
) -> None:
    dialog = BadgesDialog(ctx, names_event[0], rsvp_ids=[98765])
    qtbot.addWidget(dialog)
    assert isinstance(errors.shown[-1], NotFound)
    assert dialog.batch is None
    assert not dialog.save_button.isEnabled()


def test_the_alignment_sheet_can_be_saved(
    qtbot: Any, open_dialog: Callable[..., BadgesDialog], prompter: Any, tmp_path: Path
) -> None:
    dialog = open_dialog()
    prompter.answers = [tmp_path / "align.pdf"]
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.options.save_alignment_action.trigger()
    assert saved.args[0].pages == 1
    assert len(PdfReader(tmp_path / "align.pdf").pages) == 1


def test_the_event_overview_asks_for_badges(
    qtbot: Any, ctx: AppContext, names_event: tuple[int, list[int]]
) -> None:
    overview = EventOverview(ctx)
    qtbot.addWidget(overview)
    overview.show_event(None)
    assert not overview.badges_button.isEnabled()
    overview.show_event(ctx.services.events.get(names_event[0]))
    with qtbot.waitSignal(overview.badges_requested) as asked:
        qtbot.mouseClick(overview.badges_button, Qt.MouseButton.LeftButton)
    assert asked.args == [names_event[0]]


def test_file_names_are_safe() -> None:
    assert file_name("Badges", "Späti Talks #12: a/b") == "Badges - Späti Talks 12 a b.pdf"
    assert file_name("Place cards", "  ") == "Place cards - event.pdf"


def test_quick_changes_on_a_real_worker_end_with_the_last_choice(
    qtbot: Any, ctx: AppContext, names_event: tuple[int, list[int]]
) -> None:
    ctx.runner = JobRunner()
    dialog = BadgesDialog(ctx, names_event[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview.show_render(dialog.ctx.services.badges.work(
        dialog.batch,  # type: ignore[arg-type]
        dialog.options.request(dialog.folder / "preview.pdf", first_sheet_only=True),
    ), 279.4)  # fmt: skip
    for stock_id in ("avery-5395", "herma-4412", "a4-cut-a6x4", "avery-5392"):
        dialog.options.set_stock(stock_id)  # each cancels or replaces the one before
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog.report.items == 6 and not dialog.preview.job,
        timeout=20000,
    )
    assert dialog.options.stock_id() == "avery-5392"  # the only stock with 6 per sheet
    assert ctx.runner.wait(10000)
