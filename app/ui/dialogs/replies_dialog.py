"""Import Calendar Replies: drop or choose the answers guests' calendars sent back (`.ics`, or
e-mails saved as `.eml`), see per file what it would change or why it is turned away, then
import the accepted ones as one undo step.

Reading the files runs in a worker and can be cancelled (nothing changes). The import itself
can't be interrupted half-way: it is quick, and stopping it would leave some answers applied
without an undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import RsvpResponse
from app.services.invite_dto import RepliesImport, ReplyCheck

from app.ui import labels
from app.ui import settings as keys
from app.ui.commands.rsvps import push_outcome
from app.ui.context import AppContext
from app.ui.focus import buttons_last
from app.ui.job_progress import JobProgressDialog
from app.ui.jobs import Job, Work
from app.ui.models.invite_rows import ReplyRowsModel


def _count(n: int, one: str, many: str) -> str:
    return labels.count("RepliesDialog", n, one, many)


class RepliesDialog(QDialog):
    """Signals:
    imported(object): the RepliesImport of a finished import (already on the undo stack).
    """

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.checks: list[ReplyCheck] = []
        self.last_import: RepliesImport | None = None
        self.job: Job | None = None
        self.progress: JobProgressDialog | None = None
        self.setWindowTitle(self.tr("Import Calendar Replies"))
        self.setAcceptDrops(True)
        self.resize(1000, 560)
        intro = QLabel(
            self.tr(
                "Add the answers your guests' calendars sent back: .ics files, or the e-mails "
                "saved as .eml. Drop them on this window or choose them."
            )
        )
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add Files…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.model = ReplyRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 170, 240, 190)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Reply files"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(placeholder-text);")
        self.summary = QLabel(self.tr("No files yet."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_files)
        self.clear_button.clicked.connect(self.clear)
        self.import_button.clicked.connect(self.import_replies)
        self.buttons.rejected.connect(self.reject)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)

    # -- choosing files ------------------------------------------------------------------------

    def add_files(self) -> Job | None:
        folder = self.ctx.settings.get(keys.LAST_DIRECTORY) or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose calendar replies"),
            folder,
            self.tr("Calendar replies (*.ics *.eml *.ical);;All files (*)"),
        )
        if not chosen:
            return None
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(Path(chosen[0]).parent))
        return self.load([Path(p) for p in chosen])

    def load(self, paths: Sequence[Path]) -> Job | None:
        """Add files to the list and check them all (answers in one batch affect each other)."""
        if self.last_import is not None:  # a new batch after an import
            self.paths, self.last_import = [], None
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        if not self.paths:
            return None
        return self._run(
            Job(self._check_work(list(self.paths)), name="check replies"),
            self.tr("Reading the replies…"),
            cancellable=True,
        )

    def clear(self) -> None:
        self.paths, self.checks, self.last_import = [], [], None
        self.model.set_checks([])
        self.details.clear()
        self.summary.setText(self.tr("No files yet."))
        self.import_button.setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load(paths)

    def _select_first_problem(self, accepted: list[bool]) -> None:
        """Show the first rejected file's reason (else the first file's) under the table."""
        self.details.clear()
        if accepted:
            self.table.selectRow(accepted.index(False) if False in accepted else 0)

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: object) -> None:
        self.details.setText(self.model.tooltip(current.row()) if current.isValid() else "")

    # -- importing -----------------------------------------------------------------------------

    def import_replies(self) -> Job | None:
        accepted = [c.path for c in self.checks if c.accepted]
        if not accepted:
            return None
        work = self.ctx.services.invites.import_work(list(self.paths))
        return self._run(
            Job(work, name="import replies"), self.tr("Importing the replies…"), cancellable=False
        )

    def _check_work(self, paths: list[Path]) -> Work:
        check = self.ctx.services.invites.check_replies

        def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return check(paths, progress=progress, cancelled=cancelled)

        return run

    def _run(self, job: Job, text: str, *, cancellable: bool) -> Job:
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.progress = JobProgressDialog(text, self, job, job.cancel if cancellable else None)
        self.import_button.setEnabled(False)
        self.ctx.runner.start(job)
        return job

    def _close_progress(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _on_job_finished(self, result: object) -> None:
        self._close_progress()
        if isinstance(result, RepliesImport):
            self._show_import(result)
        else:
            assert isinstance(result, list)
            self._show_checks(result)

    def _on_job_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.import_button.setEnabled(any(c.accepted for c in self.checks))
        self.ctx.errors.present(error, self)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
        self.import_button.setEnabled(any(c.accepted for c in self.checks))
        self.summary.setText(self.tr("Stopped reading the files; nothing was changed."))

    def _show_checks(self, checks: list[ReplyCheck]) -> None:
        self.checks = checks
        self.model.set_checks(checks)
        self._select_first_problem([c.accepted for c in checks])
        accepted = [c for c in checks if c.accepted]
        waitlisted = sum(1 for c in accepted if c.waitlisted)
        parts = [
            _count(len(accepted), "%n reply can be imported.", "%n replies can be imported."),
        ]
        if waitlisted:
            parts.append(
                _count(
                    waitlisted,
                    "%n guest going joins the waitlist: the event is full.",
                    "%n guests going join the waitlist: the event is full.",
                )
            )
        rejected = len(checks) - len(accepted)
        if rejected:
            parts.append(
                _count(
                    rejected,
                    "%n file is rejected: select it to see why.",
                    "%n files are rejected: select one to see why.",
                )
            )
        self.summary.setText(" ".join(parts))
        self.import_button.setText(
            _count(len(accepted), "Import %n Reply", "Import %n Replies")
            if accepted
            else self.tr("Import")
        )
        self.import_button.setEnabled(bool(accepted))

    def _show_import(self, result: RepliesImport) -> None:
        self.last_import = result
        changed = len(result.changed)
        if result.outcome is not None:
            push_outcome(
                self.ctx,
                result.outcome,
                _count(changed, "Import %n calendar reply", "Import %n calendar replies"),
            )
        self.model.set_checks([r.check for r in result.results], list(result.results))
        self._select_first_problem([r.check.accepted for r in result.results])
        parts = [
            _count(
                changed,
                "Imported: %n guest's answer changed.",
                "Imported: %n guests' answers changed.",
            )
        ]
        waitlisted = sum(
            1
            for r in result.results
            if r.check.wanted is RsvpResponse.GOING and r.response is RsvpResponse.WAITLISTED
        )
        if waitlisted:
            parts.append(
                _count(
                    waitlisted,
                    "%n joined the waitlist: the event is full.",
                    "%n joined the waitlist: the event is full.",
                )
            )
        if result.rejected:
            parts.append(
                _count(len(result.rejected), "%n file was rejected.", "%n files were rejected.")
            )
        if changed:
            parts.append(self.tr("Edit → Undo takes the import back."))
        self.summary.setText(" ".join(parts))
        self.import_button.setText(self.tr("Imported"))
        self.import_button.setEnabled(False)
        self.imported.emit(result)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
