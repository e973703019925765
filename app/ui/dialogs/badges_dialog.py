"""Badges… and Place Cards…: choose who and how, see the first sheet, save the PDF or print.

The preview is the first page of the real PDF (rendered for the first sheet's guests, then
rasterized with PDFium), re-made in a worker a moment after the last change. Saving and
printing render the whole PDF in a worker with progress and Cancel; the file appears only
when complete.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
import weakref
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendeeRole
from app.domain.errors import ConvivioError
from app.exporters.badges import RenderReport
from app.services.badge_dto import BadgeBatch, Layout, Who

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.core import words as tones
from app.ui.dialogs.badge_options import BadgeOptionsForm
from app.ui.dialogs.badge_output import BadgeOutput, Cancelled, Progress, Render
from app.ui.dialogs.sheet_preview import SheetPreview
from app.ui.focus import buttons_last
from app.ui.jobs import Job
from app.ui.messages import error_text
from app.ui.panels.guest_parts import EventChooser

PREVIEW_DELAY_MS = 250
"""Quiet time after the last change before the preview is re-rendered."""


def file_name(kind: str, title: str) -> str:
    """ "Badges - Späti Talks 12.pdf": the title without characters some systems refuse."""
    safe = re.sub(r'[\\/:*?"<>|#%]+', " ", title)
    safe = re.sub(r"\s+", " ", safe).strip(" .") or "event"
    return f"{kind} - {safe[:80]}.pdf"


def role_word(role: AttendeeRole) -> str:
    """The role stripe's word: translated, in capitals as the stripe is designed for."""
    return QLocale().toUpper(words.role(role))


def long_date(day: date) -> str:
    """The badge's date in the user's language: "Thursday, 12 March 2026"."""
    return labels.format_date(day, QLocale.FormatType.LongFormat)


class BadgesDialog(QDialog):
    """Signals:
    preview_updated(): the preview now shows the current choices (or says why it can't).
    saved(object): the RenderReport of a PDF saved by the user.
    printed(int): how many pages went to the printer.
    """

    preview_updated = Signal()
    saved = Signal(object)
    printed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        event_id: int | None = None,
        *,
        layout: Layout | str = Layout.BADGES,
        rsvp_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`layout`: a Layout or its value ("place-cards"); `rsvp_ids`: guests picked in the
        guest list of `event_id`, in the list's order (they are offered first)."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Badges and Place Cards"))
        self._picked_event = event_id if rsvp_ids else None
        self._picked = tuple(rsvp_ids)
        self.batch: BadgeBatch | None = None
        self.report: RenderReport | None = None
        """The last preview's report (first sheet only)."""
        self.output = BadgeOutput(ctx, self)
        self.folder = Path(tempfile.mkdtemp(prefix="convivio-badges-"))
        """Private files: previews and print jobs (removed on close, or when garbage)."""
        self._remove_folder = weakref.finalize(self, shutil.rmtree, self.folder, True)
        self.event_chooser = EventChooser()
        self.who_combo = QComboBox()
        self.who_combo.setAccessibleName(self.tr("People"))
        self.count_label = QLabel()
        self.options = BadgeOptionsForm(ctx.settings)
        self.options.set_layout(Layout(layout))
        self.preview = SheetPreview(ctx.runner)
        self.preview_caption = QLabel()
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(
            self.tr(
                "Print at 100% (“Actual size”): turn off “Fit to page” and “Shrink oversized "
                "pages”, or the print will not line up with the labels and cards."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-weight: bold;")
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet(f"color: {tones.warning().name()};")
        self.warnings.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._arrange()
        self._connect_signals()
        self.event_chooser.fill(ctx.services.events.list_all(), event_id)
        self._fill_who()
        self._load_batch()

    # -- building ------------------------------------------------------------------------------

    def _arrange(self) -> None:
        who = QFormLayout()
        who.addRow(self.tr("Event:"), self.event_chooser)
        who.addRow(self.tr("People:"), self.who_combo)
        who.addRow("", self.count_label)
        left = QVBoxLayout()
        left.addLayout(who)
        left.addWidget(self.options, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_caption)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self.resize(1040, 680)

    def _connect_signals(self) -> None:
        self.event_chooser.event_chosen.connect(self._on_event_chosen)
        self.who_combo.activated.connect(self._on_who_activated)
        self.options.changed.connect(self._on_options_changed)
        self.options.print_alignment_action.triggered.connect(self.print_alignment_sheet)
        self.options.save_alignment_action.triggered.connect(self.save_alignment_sheet)
        self._timer.timeout.connect(self._start_preview)
        self.preview.rendered.connect(self._on_preview_rendered)
        self.preview.failed.connect(self._on_preview_failed)
        self.output.saved.connect(self._on_output_saved)
        self.output.printed.connect(self._on_output_printed)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheets)
        self.buttons.rejected.connect(self.reject)

    def _fill_who(self) -> None:
        current = self.who_combo.currentData()
        self.who_combo.clear()
        if self._picked and self.event_id() == self._picked_event:
            self.who_combo.addItem(
                labels.count(
                    "BadgesDialog",
                    len(self._picked),
                    "The guest selected in the guest list",
                    "The %n guests selected in the guest list",
                ),
                None,
            )
        self.who_combo.addItem(self.tr("Everyone going"), Who.GOING)
        self.who_combo.addItem(self.tr("Everyone checked in"), Who.CHECKED_IN)
        self.who_combo.addItem(self.tr("Everyone who hasn't declined"), Who.ALL)
        self.who_combo.setItemData(
            self.who_combo.count() - 1,
            self.tr("Going, maybe, invited, waitlisted or pending approval"),
            Qt.ItemDataRole.ToolTipRole,
        )
        index = self.who_combo.findData(current)
        self.who_combo.setCurrentIndex(max(0, index) if current is not None else 0)

    # -- state ---------------------------------------------------------------------------------

    def event_id(self) -> int | None:
        value = self.event_chooser.currentData()
        return None if value is None else int(value)

    def set_who(self, who: Who | None) -> None:
        """Choose whose badges (None: the guests picked in the guest list)."""
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(who)))
        self._load_batch()

    def _load_batch(self) -> None:
        event_id = self.event_id()
        self.batch = None
        if event_id is not None:
            who = self.who_combo.currentData()
            try:
                self.batch = self.ctx.services.badges.batch(
                    event_id,
                    who=Who(who or Who.GOING),
                    rsvp_ids=self._picked if who is None else None,
                    date_format=long_date,
                    role_words=role_word,
                )
            except ConvivioError as error:
                self.ctx.errors.present(error, self)
            else:
                self.ctx.bus.publish(self.batch.changes)
        self._update_count()
        self._timer.start()

    def _update_count(self) -> None:
        count = len(self.batch) if self.batch is not None else 0
        stock = self.options.stock()
        sheets = math.ceil(count / stock.per_sheet)
        text = labels.count("BadgesDialog", count, "%n person", "%n people")
        if count:
            text += " · " + labels.count("BadgesDialog", sheets, "%n sheet", "%n sheets")
        self.count_label.setText(text)
        self.save_button.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0)

    # -- preview -------------------------------------------------------------------------------

    def _start_preview(self) -> None:
        if self.batch is None or not len(self.batch):
            self.report = None
            self.preview.stop()
            self.preview.set_message(self._nobody_text())
            self.preview_caption.clear()
            self._show_warnings(())
            self.preview_updated.emit()
            return
        request = self.options.request(self.folder / "preview.pdf", first_sheet_only=True)
        render = self.ctx.services.badges.work(self.batch, request)
        self.preview.show_render(render, self.options.stock().page_h_mm)

    def _nobody_text(self) -> str:
        if self.batch is None:
            return self.tr("Choose an event.")
        texts = {
            Who.GOING: self.tr("Nobody is going to this event yet."),
            Who.CHECKED_IN: self.tr("Nobody has checked in yet."),
            Who.ALL: self.tr("The guest list is empty, or everyone declined."),
        }
        who = self.who_combo.currentData()
        return texts.get(Who(who), "") if who is not None else ""

    def _on_preview_rendered(self, report: RenderReport) -> None:
        self.report = report
        self.preview_caption.setText(self.tr("The first sheet, exactly as it will print"))
        self._show_warnings(report.warnings)
        self.preview_updated.emit()

    def _on_preview_failed(self, error: BaseException) -> None:
        self.report = None
        self.preview_caption.clear()
        if isinstance(error, ConvivioError):
            self.preview.set_message(error_text(error))
        else:
            self.preview.set_message(self.tr("The preview could not be made."))
            self.ctx.errors.present(error, self)
        self.preview_updated.emit()

    def _show_warnings(self, warnings: Sequence[str]) -> None:
        self.warnings.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    # -- saving and printing -------------------------------------------------------------------

    def save_pdf(self) -> Job | None:
        """Ask for a file name and write the PDF in a worker (None: the user cancelled)."""
        if self.batch is None or not len(self.batch):
            return None
        badges = self.options.layout_choice() is Layout.BADGES
        name = file_name(
            self.tr("Badges") if badges else self.tr("Place cards"), self.batch.event.title
        )
        path = self._ask_save_path(self.tr("Save the PDF"), Path(name))
        if path is None:
            return None
        return self.output.save(
            self.ctx.services.badges.work(self.batch, self.options.request(path))
        )

    def print_sheets(self) -> Job | None:
        """Print every sheet through the system print dialog, at 100% scale."""
        if self.batch is None or not len(self.batch):
            return None
        badges = self.options.layout_choice() is Layout.BADGES
        printer = self.output.choose_printer(
            self.options.stock().page_size,
            duplex=badges and self.options.two_sided_check.isChecked(),
        )
        if printer is None:
            return None
        request = self.options.request(self.folder / "print.pdf")
        return self.output.print(printer, self.ctx.services.badges.work(self.batch, request))

    def print_alignment_sheet(self) -> Job | None:
        printer = self.output.choose_printer(self.options.stock().page_size, duplex=False)
        if printer is None:
            return None
        return self.output.print(printer, self._alignment_work(self.folder / "a.pdf"))

    def save_alignment_sheet(self) -> Job | None:
        name = self.tr("Alignment test") + f" - {self.options.stock_id()}.pdf"
        path = self._ask_save_path(self.tr("Save the alignment test sheet"), Path(name))
        if path is None:
            return None
        return self.output.save(self._alignment_work(path))

    def _ask_save_path(self, title: str, suggested: Path) -> Path | None:
        folder = self.ctx.settings.get(keys.LAST_DIRECTORY) or str(Path.home())
        path = self.ctx.prompter.choose_save_path(
            title, str(Path(folder) / suggested.name), self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        return path

    def _alignment_work(self, path: Path) -> Render:
        stock_id = self.options.stock_id()
        x, y = self.options.offset_x.value(), self.options.offset_y.value()
        alignment_sheet = self.ctx.services.badges.alignment_sheet

        def work(progress: Progress, cancelled: Cancelled) -> RenderReport:
            return alignment_sheet(
                stock_id, path, offset_x_mm=x, offset_y_mm=y, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip

        return work

    def _on_output_saved(self, report: RenderReport) -> None:
        self.options.remember_stock()
        self._show_warnings(report.warnings)
        pages = labels.count("BadgesDialog", report.pages, "%n page", "%n pages")
        text = self.tr("Saved %1 to %2.").replace("%1", pages).replace("%2", str(report.path))
        text += "\n\n" + self.note.text()
        if report.warnings:
            text += "\n\n" + "\n".join(report.warnings)
        self.ctx.prompter.inform(self.windowTitle(), text)
        self.saved.emit(report)

    def _on_output_printed(self, pages: int) -> None:
        self.options.remember_stock()
        self.printed.emit(pages)

    # -- slots ---------------------------------------------------------------------------------

    def _on_event_chosen(self, _event_id: int) -> None:
        self._fill_who()
        self._load_batch()

    def _on_who_activated(self, _index: int) -> None:
        self._load_batch()

    def _on_options_changed(self) -> None:
        self._update_count()
        self._timer.start()

    def done(self, result: int) -> None:
        self._shut_down()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shut_down()
        super().closeEvent(event)

    def _shut_down(self) -> None:
        """Stop the workers before their folder goes (a preview takes a fraction of a second)."""
        self._timer.stop()
        self.preview.stop()
        self.output.stop()
        self._remove_folder()
