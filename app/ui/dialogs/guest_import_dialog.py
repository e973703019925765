"""Import a guest list into an event: choose the file, check what was detected and how columns
map (and correct it), decide about same-name guests and, when the event is full, whether those
marked going who don't fit wait or come in beyond capacity; import with a progress bar, read
the summary. Reading, re-reading and importing run as jobs; Cancel during the import changes
nothing. The import is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConvivioError
from app.services.guest_import_dto import ImportPlan, ImportRequest, ImportResult
from app.services.guestlists import (
    ColumnMapping,
    GuestListFormat,
    GuestListPreview,
    load_guest_list,
)

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui import settings as keys
from app.ui.commands.rsvps import ImportCommand
from app.ui.context import AppContext
from app.ui.dialogs.guest_import_pages import (
    CapacityChoice,
    MappingTable,
    MergeTable,
    SummaryView,
)
from app.ui.jobs import Job
from app.ui.messages import error_text, translated
from app.ui.models.guest_preview import GuestPreviewModel

FILE_FILTER = "*.csv *.tsv *.txt *.xls"
PREVIEW, MERGE, SUMMARY = 0, 1, 2
"""The pages: the file and its mapping; decisions (same-name guests, a full event); the summary."""


class GuestImportDialog(QDialog):
    """Signals:
    imported(object): the ImportResult of a finished import (already on the undo stack).
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.path: Path | None = None
        self.preview: GuestListPreview | None = None
        self.import_result: ImportResult | None = None
        self.progress: QProgressDialog | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Import a guest list"))
        self.resize(1000, 640)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.addItem(self.tr("Detect automatically"), None)
        for fmt in GuestListFormat:
            self.format_box.addItem(words.list_format(fmt), fmt)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.mapping_table = MappingTable()
        self.preview_model = GuestPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().hide()
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setAccessibleName(self.tr("Guests as they will be imported"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rejected_list = QListWidget()
        self.rejected_list.setAccessibleName(self.tr("Lines that can't be imported"))
        self.rejected_list.setMaximumHeight(96)
        self.merge_table = MergeTable()
        self.merge_all = QPushButton(self.tr("Merge every guest with a single match"))
        self.merge_part = QWidget()
        self.capacity_choice = CapacityChoice()
        self.summary = SummaryView()
        self.pages = QStackedWidget()
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Import"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Cancel"))
        self._build()
        self._connect_signals()
        self._update_buttons()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Format:")))
        top.addWidget(self.format_box)
        preview = QWidget()
        splitter = QSplitter()
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.preview_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 520])
        box = QVBoxLayout(preview)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detected)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)
        box.addWidget(self.rejected_list)
        merge = QWidget()
        merge_box = QVBoxLayout(self.merge_part)
        merge_box.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "These guests have the same name as people you already know, but no "
                "matching e-mail or platform id. Say who each one is; nobody is merged by "
                "a guess."
            )
        )
        explain.setWordWrap(True)
        merge_box.addWidget(explain)
        merge_box.addWidget(self.merge_table, 1)
        merge_box.addWidget(self.merge_all, 0, Qt.AlignmentFlag.AlignLeft)
        decisions = QVBoxLayout(merge)
        decisions.setContentsMargins(0, 0, 0, 0)
        decisions.addWidget(self.merge_part, 1)
        decisions.addWidget(self.capacity_choice)
        decisions.addStretch(0)
        for page in (preview, merge, self.summary):
            self.pages.addWidget(page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.format_box.activated.connect(self._on_format_activated)
        self.mapping_table.mapping_changed.connect(self._on_mapping_changed)
        self.merge_all.clicked.connect(self.merge_table.merge_single_matches)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self.reject)

    # -- reading the file -------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.ctx.prompter.choose_open_path(
            self.tr("Import a guest list"),
            self.ctx.settings.get(keys.LAST_DIRECTORY),
            self.tr("Guest lists (%1);;All files (*)").replace("%1", FILE_FILTER),
        )
        if path is not None:
            self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
            self.load(path)

    def load(self, path: Path) -> None:
        """Read `path` in a job (decoding, format, mapping and all rows)."""
        self.path = path
        self.file_label.setText(path.name)
        data = self.format_box.currentData()
        fmt = None if data is None else GuestListFormat(data)
        try:
            zone = self.ctx.services.guest_import.event_timezone(self.event_id)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return load_guest_list(
                path, format=fmt, timezone=zone, progress=progress, cancelled=cancelled
            )

        self._start(work, self.tr("Reading %1…").replace("%1", path.name), self._on_read)

    def _on_read(self, preview: GuestListPreview) -> None:
        self.preview = preview
        table = preview.table
        facts = [
            self.tr("Detected: %1").replace("%1", translated(preview.guess.reason)),
            self.tr("encoding %1").replace("%1", table.encoding),
            self.tr("delimiter: %1").replace("%1", words.delimiter(table.delimiter)),
            labels.count("GuestImportDialog", len(table.rows), "%n line", "%n lines"),
        ]
        self.detected.setText(" · ".join(facts))
        self.mapping_table.show_preview(preview)
        self._show_parsed()
        self.pages.setCurrentIndex(PREVIEW)
        self._update_buttons()

    def _on_format_activated(self, _index: int) -> None:
        if self.path is not None:
            self.load(self.path)

    def _on_mapping_changed(self, mapping: ColumnMapping) -> None:
        preview = self.preview
        if preview is None:
            return
        if not mapping.has_name:
            self.status.setText(self.tr("Choose the column that holds the guests' names."))
            self.next_button.setEnabled(False)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return preview.with_mapping(mapping, progress=progress, cancelled=cancelled)

        self._start(work, self.tr("Reading the file again…"), self._on_reparsed)

    def _on_reparsed(self, preview: GuestListPreview) -> None:
        self.preview = preview
        self._show_parsed()
        self._update_buttons()

    def _show_parsed(self) -> None:
        assert self.preview is not None
        parsed = self.preview.parsed
        self.preview_model.set_rows(parsed.rows)
        self.preview_view.resizeColumnsToContents()
        n = labels.format_number
        text = self.tr("%1 guests ready to import.").replace("%1", n(len(parsed.rows)))
        if parsed.rejected:
            text += " " + self.tr("%1 lines can't be imported (listed below).").replace(
                "%1", n(len(parsed.rejected))
            )
        self.status.setText(text)
        self.rejected_list.clear()
        for row in parsed.rejected:
            self.rejected_list.addItem(
                self.tr("Line %1: %2")
                .replace("%1", str(row.line))
                .replace("%2", translated(row.reason))
            )
        for note in parsed.notes:
            self.rejected_list.addItem(translated(note.message))
        self.rejected_list.setVisible(self.rejected_list.count() > 0)

    # -- deciding and importing -------------------------------------------------------------------

    def request(self) -> ImportRequest:
        assert self.preview is not None
        deciding = self.pages.currentIndex() == MERGE
        merges = self.merge_table.merges() if deciding else {}
        over = deciding and self.capacity_choice.over_capacity
        return ImportRequest(self.event_id, self.preview, merges=merges, over_capacity=over)

    def _on_next_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == SUMMARY:
            self.accept()
        elif page == MERGE:
            self.start_import()
        elif self.preview is not None:
            service, request = self.ctx.services.guest_import, self.request()
            self._start(
                lambda _p, _c: service.plan(request),
                self.tr("Looking for known people…"),
                self._on_planned,
            )

    def _on_planned(self, plan: ImportPlan) -> None:
        """Same-name guests or a full event: the user decides first; else import at once."""
        if plan.same_name or plan.waitlisted:
            self.merge_table.show_matches(plan.same_name)
            self.merge_part.setVisible(bool(plan.same_name))
            self.capacity_choice.show_plan(plan)
            self.pages.setCurrentIndex(MERGE)
            self._update_buttons()
        else:
            self.start_import()

    def start_import(self) -> None:
        request, service = self.request(), self.ctx.services.guest_import

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return service.run(request, progress=progress, cancelled=cancelled)

        count = labels.count(
            "GuestImportDialog", len(request.preview.parsed.rows), "%n guest", "%n guests"
        )
        title = self.tr("Importing %1…").replace("%1", count)
        self._start(work, title, lambda result: self._on_imported(request, result))

    def _on_imported(self, request: ImportRequest, result: ImportResult) -> None:
        self.import_result = result
        if result.changes:
            text = self.tr("Import %1").replace("%1", result.filename)
            self.ctx.undo_stack.push(
                ImportCommand(self.ctx, self.ctx.services.guest_import, request, result, text)
            )
            self.ctx.bus.publish(result.changes)
        self.summary.show_result(result)
        self.pages.setCurrentIndex(SUMMARY)
        self._update_buttons()
        self.imported.emit(result)

    def _on_back_clicked(self) -> None:
        if self.pages.currentIndex() == MERGE:
            self.pages.setCurrentIndex(PREVIEW)
            self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self._job is not None
        ready = self.preview is not None and self.preview.mapping.has_name
        self.back_button.setVisible(page == MERGE)
        self.next_button.setText(self.tr("Close") if page == SUMMARY else self.tr("Import"))
        self.next_button.setEnabled(not busy and (page == SUMMARY or ready))
        self.close_button.setVisible(page != SUMMARY)
        self.choose_button.setEnabled(page == PREVIEW and not busy)
        self.format_box.setEnabled(page == PREVIEW and not busy and self.path is not None)

    # -- jobs -------------------------------------------------------------------------------------

    def _start(self, work: Callable[..., Any], title: str, done: Callable[[Any], None]) -> None:
        """Run `work` in a job; a progress dialog with Cancel shows if it takes a while."""
        job = Job(work, name="guest import")
        progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(
            lambda done_, total: self._on_job_progress(progress, done_, total)
        )
        job.signals.finished.connect(lambda result: self._on_job_ended(job, progress, done, result))
        job.signals.failed.connect(lambda error: self._on_job_ended(job, progress, None, error))
        job.signals.cancelled.connect(lambda: self._on_job_ended(job, progress, None, None))
        self._job, self.progress = job, progress
        self._update_buttons()
        self.ctx.runner.start(job)

    @staticmethod
    def _on_job_progress(progress: QProgressDialog, done: int, total: int) -> None:
        if total > 0:
            progress.setMaximum(total)
            progress.setValue(min(done, total))

    def _on_job_ended(
        self, job: Job, progress: QProgressDialog, done: Callable[[Any], None] | None, value: Any
    ) -> None:
        if job is not self._job:
            return
        self._job = None
        progress.close()
        progress.deleteLater()
        self.progress = None
        if done is not None:
            done(value)
        elif isinstance(value, BaseException):
            self.status.setText(error_text(value))  # in the user's language
            self.ctx.errors.present(value, self)
        else:
            self.status.setText(self.tr("Cancelled: nothing was changed."))
        self._update_buttons()
