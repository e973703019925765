"""Calendar Invites for one event: choose invitations, updates or a cancellation, see who gets a
file and who is skipped (and why), write them in a worker with progress and cancel, then read
the summary and open the folder.

Writing files is not undoable (they may be sent at once); what Convivio notes about who got
which version only steers the next export.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import EventStatus
from app.domain.errors import ConvivioError, ValidationError
from app.services.changes import Changes, Kind
from app.services.invite_dto import InviteExport, InviteMode, InvitePlan, InviteRequest

from app.ui import invite_labels as words
from app.ui import labels
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.dialogs.invite_jobs import export_job
from app.ui.dialogs.invite_options import InviteOptions, safe_name
from app.ui.dialogs.organizer_dialog import OrganizerDialog
from app.ui.focus import buttons_last
from app.ui.job_progress import JobProgressDialog
from app.ui.jobs import Job
from app.ui.messages import error_text
from app.ui.models.invite_rows import InvitePlanModel


class InvitesDialog(QDialog):
    """Signals:
    exported(object): the InviteExport of a finished export.
    """

    exported = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        parent: QWidget | None = None,
        *,
        mode: InviteMode | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.plan: InvitePlan | None = None
        self.last_export: InviteExport | None = None
        self.job: Job | None = None
        self.progress: JobProgressDialog | None = None
        self.organizer_dialog: OrganizerDialog | None = None
        self.setWindowTitle(self.tr("Calendar Invites"))
        self.resize(880, 620)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.radios = {
            InviteMode.ALL: QRadioButton(),
            InviteMode.UPDATES: QRadioButton(),
            InviteMode.CANCEL: QRadioButton(),
        }
        self.mode_group = QButtonGroup(self)
        choice = QGroupBox(self.tr("What to send"))
        choice_layout = QVBoxLayout(choice)
        for button in self.radios.values():
            self.mode_group.addButton(button)
            choice_layout.addWidget(button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        choice_layout.addWidget(self.hint)
        self.model = InvitePlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 260, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setAccessibleName(self.tr("Guests and what they get"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.options = InviteOptions()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open Folder"))
        self.open_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_button)
        self.add_button = QPushButton(self.tr("Save “Add to Calendar” File…"))
        self.add_button.setToolTip(
            self.tr("One file for anyone to add the event to their calendar (no invitation)")
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.options)
        layout.addLayout(status_row)
        layout.addLayout(bottom)
        buttons_last(self, self.buttons)
        self._connect_signals()
        self.refresh(mode)

    def _connect_signals(self) -> None:
        self.mode_group.buttonToggled.connect(self._on_mode_group_toggled)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.open_button.clicked.connect(self.open_folder)
        self.export_button.clicked.connect(self.export)
        self.add_button.clicked.connect(self.save_add_to_calendar)
        self.buttons.rejected.connect(self.reject)

    # -- state ---------------------------------------------------------------------------------

    def refresh(self, mode: InviteMode | None = None) -> None:
        """Reload the counts (after an export or an outside change) and show `mode`'s plan."""
        try:
            summary = self.ctx.services.invites.summary(self.event_id)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        event = summary.event
        cancelled = event.status is EventStatus.CANCELLED
        state = self.tr("cancelled") if cancelled else self.tr("update %1")
        self.heading.setText(
            f"<b>{escape(event.title)}</b><br>{escape(words.event_when(event))}"
            f" <span style='color: gray'>· {escape(state.replace('%1', str(event.sequence)))}"
            "</span>"
        )
        count = labels.format_number
        self.radios[InviteMode.ALL].setText(
            self.tr("Invitations to everyone invited (%1)").replace("%1", count(summary.all))
        )
        self.radios[InviteMode.UPDATES].setText(
            self.tr("Only guests without the current invitation (%1)").replace(
                "%1", count(summary.updates)
            )
        )
        self.radios[InviteMode.CANCEL].setText(
            self.tr("Cancellation (%1)").replace("%1", count(summary.cancel))
        )
        self.radios[InviteMode.ALL].setEnabled(not cancelled)
        self.radios[InviteMode.UPDATES].setEnabled(not cancelled)
        if mode is None:
            mode = self.mode() if self.mode_group.checkedButton() is not None else None
        if mode is None or (cancelled and mode is not InviteMode.CANCEL):
            mode = InviteMode.CANCEL if cancelled else InviteMode.ALL
        self.set_mode(mode)

    def mode(self) -> InviteMode:
        for mode, button in self.radios.items():
            if button.isChecked():
                return mode
        return InviteMode.ALL

    def set_mode(self, mode: InviteMode) -> None:
        if self.radios[mode].isChecked():
            self._show_plan()
        else:
            self.radios[mode].setChecked(True)  # _on_mode_group_toggled shows the plan

    def set_folder(self, path: Path) -> None:
        self.options.set_folder(path)

    def _show_plan(self) -> None:
        mode = self.mode()
        try:
            plan = self.ctx.services.invites.plan(self.event_id, mode)
        except ConvivioError as error:
            self.plan = None
            self.model.set_plan(None)
            self.counts.setText(error_text(error))
            self.export_button.setEnabled(False)
            return
        self.plan = plan
        self.model.set_plan(plan)
        self.hint.setText(self._hint(plan))
        files = labels.count(
            "InvitesDialog", len(plan.recipients), "%n guest gets a file.", "%n guests get a file."
        )
        self.counts.setText(" ".join(t for t in (files, words.skipped_summary(plan)) if t))
        self.export_button.setEnabled(bool(plan.recipients))
        self.options.set_reminder_allowed(mode is not InviteMode.CANCEL)
        self.options.suggest(self._default_folder(plan))

    def _hint(self, plan: InvitePlan) -> str:
        if plan.mode is InviteMode.ALL:
            return self.tr("Everyone invited, going or maybe gets the invitation, again if needed.")
        if plan.mode is InviteMode.UPDATES:
            return self.tr(
                "New guests, and guests whose invitation shows an older time, date or place."
            )
        if plan.uninvite:
            return self.tr(
                "Guests who declined after receiving an invitation get a cancellation, so the "
                "event leaves their calendar."
            )
        return self.tr("Everyone who received an invitation gets the cancellation.")

    def _default_folder(self, plan: InvitePlan) -> Path:
        base = Path(self.ctx.settings.get(keys.LAST_DIRECTORY) or Path.home())
        title = safe_name(plan.event.title)
        if plan.mode is InviteMode.CANCEL:
            return base / self.tr("Cancellations - %1").replace("%1", title)
        if plan.sequence:
            name = self.tr("Invitations - %1 (update %2)").replace("%2", str(plan.sequence))
            return base / name.replace("%1", title)
        return base / self.tr("Invitations - %1").replace("%1", title)

    # -- actions -------------------------------------------------------------------------------

    def export(self) -> Job | None:
        """Write the files in a worker; asks for the organizer first if needed."""
        if self.plan is None or not self._organizer_ready(self.export):
            return None
        folder = self.options.path()
        if folder is None:
            self.status.setText(self.tr("Choose a folder for the files."))
            return None
        request = InviteRequest(
            self.event_id,
            self.mode(),
            folder,
            eml=self.options.eml.isChecked(),
            alarm_minutes=self.options.alarm_minutes(),
        )
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(folder.parent))
        job, cancel = export_job(self.ctx.services.invites.work(request), "calendar invites")
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.progress = JobProgressDialog(self.tr("Writing calendar files…"), self, job, cancel)
        self.export_button.setEnabled(False)
        self.ctx.runner.start(job)
        return job

    def _organizer_ready(self, then: Callable[[], object]) -> bool:
        """True when the organizer's e-mail is set; else ask for it, and go on with `then`."""
        if self.ctx.services.settings.get().organizer_email.strip():
            return True
        dialog = OrganizerDialog(self.ctx, self)
        dialog.saved.connect(lambda _result: then())
        self.organizer_dialog = dialog
        dialog.open()
        return False

    def save_add_to_calendar(self) -> Path | None:
        """Ask where, then write the event's "add to my calendar" file (quick: one event)."""
        if self.plan is None or not self._organizer_ready(self.save_add_to_calendar):
            return None
        base = Path(self.ctx.settings.get(keys.LAST_DIRECTORY) or Path.home())
        path = self.ctx.prompter.choose_save_path(
            self.tr("Save the “Add to Calendar” file"),
            str(base / f"{safe_name(self.plan.event.title)}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            written = self.ctx.services.invites.add_to_calendar(self.event_id, path)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return None
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        self.status.setText(self.tr("Saved %1.").replace("%1", str(written)))
        return written

    def open_folder(self) -> bool:
        if self.last_export is None:
            return False
        url = QUrl.fromLocalFile(str(self.last_export.written.folder))
        return bool(QDesktopServices.openUrl(url))

    def _on_bus_changed(self, changes: Changes) -> None:
        """The guest list or the event changed (here or elsewhere): recount, keep the choice."""
        if self.job is not None or not self.isVisible():
            return
        if self.event_id in changes.ids(Kind.EVENT) or changes.affects(Kind.RSVP):
            self.refresh(self.mode())

    def _on_mode_group_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_plan()

    def _close_progress(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _on_job_finished(self, result: InviteExport) -> None:
        self._close_progress()
        self.last_export = result
        plan = result.plan
        what = (
            labels.count(
                "InvitesDialog", len(plan.recipients), "%n cancellation", "%n cancellations"
            )
            if plan.mode is InviteMode.CANCEL
            else labels.count(
                "InvitesDialog", len(plan.recipients), "%n invitation", "%n invitations"
            )
        )
        text = (
            self.tr("Wrote %1 (%2 files including all.ics) to %3.")
            .replace("%1", what)
            .replace("%2", labels.format_number(len(result.written.files)))
            .replace("%3", str(result.written.folder))
        )
        skipped = words.skipped_summary(plan)
        self.status.setText(f"{text} {skipped}".strip())
        self.open_button.show()
        if result.record_error is not None:
            self.status.setText(
                text
                + " "
                + self.tr("Convivio could not note who received them; they count as not sent.")
            )
            self.ctx.errors.present(result.record_error, self)
        self.ctx.bus.publish(result.changes)  # recounts this dialog too (_on_bus_changed)
        self.model.set_plan(plan)  # who got what, until the user picks another choice
        self.counts.setText(
            labels.count(
                "InvitesDialog",
                len(plan.recipients),
                "%n guest got a file.",
                "%n guests got a file.",
            )
        )
        self.exported.emit(result)

    def _on_job_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.export_button.setEnabled(self.plan is not None and bool(self.plan.recipients))
        if isinstance(error, ValidationError):
            self.status.setText(error_text(error))
        else:
            self.ctx.errors.present(error, self)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled: no file was written."))
