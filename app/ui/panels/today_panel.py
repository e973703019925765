"""Today: what to follow up on, who is waiting for an answer, who to keep in touch with, and
who to thank after an event. The first thing to open in the morning.

The digest loads in a worker and reloads (debounced) whenever the bus reports a change that
could move something in or out of the lists.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import MAX_WAITING_DAYS
from app.services.changes import Changes, Kind
from app.services.followup_dto import TodayDigest

from app.ui import labels
from app.ui.commands.core import PatchCommand
from app.ui.context import AppContext
from app.ui.core import words
from app.ui.core.today_list import TodayList
from app.ui.jobs import Job
from app.ui.models.core_today import (
    EntryKind,
    TodayEntry,
    build_sections,
    split_sections,
    summary,
)

WATCHED = (
    Kind.INTERACTION,
    Kind.CORE_CANDIDATE,
    Kind.RSVP,
    Kind.PERSON,
    Kind.EVENT,
    Kind.VENUE_STEP,
    Kind.VENUE,
    Kind.TAG,
    Kind.SETTING,
)
REFRESH_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPanel", text)


class TodayPanel(QWidget):
    """Signals:
    person_activated(int): an entry was opened (the panel also opens the person's page).
    venue_activated(int): a venue partner's entry was opened (the venue's id).
    event_activated(int): an event was asked for from an entry (its id).
    counts_changed(int): how many things are overdue or due today (for a sidebar badge).
    loaded(): a refresh finished.
    """

    person_activated = Signal(int)
    venue_activated = Signal(int)
    event_activated = Signal(int)
    counts_changed = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.digest: TodayDigest | None = None
        self._job: Job | None = None
        self._loaded_on: date | None = None
        self._stale = False
        self._open_dialog: Any = None
        self.title = QLabel(self.tr("Today"))
        self.title.setAccessibleName(self.tr("Today"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.date = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.follow_list = TodayList(
            self.tr("Follow-ups"), self.tr("No follow-ups due this week ✓")
        )
        self.people_list = TodayList(
            self.tr("People to reach out to"),
            self.tr("Nobody is waiting on you, and every cadence is kept ✓"),
        )
        self.lists = (self.follow_list, self.people_list)
        self._last_list = self.follow_list
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyLabel")
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for title, view in (
            (self.tr("Follow-ups"), self.follow_list),
            (self.tr("People to reach out to"), self.people_list),
        ):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(frame)
            column.setContentsMargins(8, 8, 8, 4)
            label = QLabel(title)
            label.setObjectName("todayColumnTitle")
            label.setStyleSheet("color: palette(placeholder-text); font-weight: bold;")
            column.addWidget(label)
            column.addWidget(view, 1)
            row.addWidget(frame, 1)
        self.columns = columns
        self.stack = QStackedWidget()
        self.stack.addWidget(columns)
        self.stack.addWidget(self.empty)
        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.open_button = QPushButton(self.tr("Open &person"))
        self.message_button = QPushButton(self.tr("Write a &message…"))
        self.waiting = QSpinBox()
        self.waiting.setRange(1, MAX_WAITING_DAYS)
        self.waiting.setKeyboardTracking(False)
        self.waiting.setSuffix(self.tr(" days"))
        self.waiting.setAccessibleName(self.tr("Days before an unanswered ask is listed"))
        waiting_label = QLabel(self.tr("List unanswered asks after"))
        waiting_label.setBuddy(self.waiting)
        self.mark_done_action = self._action(self.tr("Mark done…"), "Ctrl+D", self.mark_done)
        self.message_action = self._action(
            self.tr("Write a message…"), "Ctrl+M", self.write_message
        )
        self.open_action = self._action(self.tr("Open person"), "Ctrl+I", self.open_person)
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.date, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.open_button, self.message_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(waiting_label)
        buttons.addWidget(self.waiting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.follow_list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._connect_signals()
        self._update_buttons()
        if ctx.has_database:
            self.refresh()

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.refresh)
        self.done_button.clicked.connect(self.mark_done)
        self.open_button.clicked.connect(self.open_person)
        self.message_button.clicked.connect(self.write_message)
        self.waiting.valueChanged.connect(self._on_waiting_value_changed)
        for view in self.lists:
            view.activated.connect(self._on_view_activated)
            view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.ctx.database_changed.connect(self.refresh)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the digest in a worker; a newer refresh replaces an older one still running."""
        if not self.ctx.has_database:  # closed for a restore: the next database refreshes
            return
        self._timer.stop()
        self._stale = False
        if self._job is not None:
            self._job.cancel()
        today = date.today()
        followups = self.ctx.services.followups
        job = Job(lambda _p, _c: followups.digest(today), name="today digest")
        job.signals.finished.connect(lambda digest, j=job: self._on_job_finished(j, digest))
        job.signals.failed.connect(lambda error, j=job: self._on_job_failed(j, error))
        self._job = job
        self.ctx.runner.start(job)

    def _on_job_finished(self, job: Job, digest: TodayDigest) -> None:
        if job is not self._job:
            return
        self._job = None
        current = self.current_entry()
        self.digest = digest
        self._loaded_on = digest.today
        left, right = split_sections(build_sections(digest))
        self.follow_list.set_sections(left)
        self.people_list.set_sections(right)
        self.title.setText(self._greeting())
        self.date.setText(words.day_long(digest.today))
        self.summary.setText(summary(digest))
        self.waiting.blockSignals(True)
        self.waiting.setValue(digest.waiting_days)
        self.waiting.blockSignals(False)
        if digest.is_empty:
            self.empty.setText(
                self.tr(
                    "<p style='font-size:x-large'>All caught up ✓</p><p>Nothing is due today. "
                    "A good moment to plan the next event, or to say hello to someone you "
                    "haven't seen in a while.</p>"
                )
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.columns)
        if current is None or not self.select_entry(current.key, focus=False):
            # Something is always chosen, so Ctrl+D works straight away in the morning.
            for view in self.lists:
                if view.select_first():
                    self._last_list = view
                    break
        self._update_buttons()
        self.counts_changed.emit(digest.overdue.total + digest.due_today.total)
        self.loaded.emit()

    def _on_job_failed(self, job: Job, error: BaseException) -> None:
        if job is self._job:
            self._job = None
            self.ctx.errors.present(error, self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        new_day = self._loaded_on is not None and self._loaded_on != date.today()
        if self._stale or new_day:  # changed meanwhile, or yesterday's "today"
            self.refresh()

    # -- verbs ---------------------------------------------------------------------------------

    def current_entry(self) -> TodayEntry | None:
        return self._last_list.current_entry()

    def select_entry(self, key: tuple[object, ...], *, focus: bool = True) -> bool:
        for view in self.lists:
            if view.select_key(key):
                if focus:
                    view.setFocus()
                self._last_list = view
                return True
        return False

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 12:
            hello = self.tr("Good morning")
        elif hour < 18:
            hello = self.tr("Good afternoon")
        else:
            hello = self.tr("Good evening")
        name = self.ctx.services.templates.organizer_name()
        if not name:
            return hello
        return (
            self.tr("%1, %2", "greeting, then the organizer's name")
            .replace("%1", hello)
            .replace("%2", name)
        )

    def mark_done(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.kind is EntryKind.MORE:
            return
        from app.ui.core.today_actions import done_dialog  # dialogs load when first used

        dialog = done_dialog(self.ctx, entry, date.today(), self)
        if dialog is None:
            return
        dialog.saved.connect(lambda outcome: self._on_done(outcome, entry))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._open_dialog = dialog

    def _on_done(self, outcome: Any, entry: TodayEntry) -> None:
        from app.ui.core.today_actions import push_done

        push_done(self.ctx, outcome, entry, self.tr("Done: %1").replace("%1", entry.title))

    def write_message(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.person_id is None:
            return
        from app.ui.core.template_dialog import TemplateDialog
        from app.ui.core.today_actions import template_for

        heading = self.tr("To %1").replace("%1", entry.title)
        dialog = TemplateDialog(
            self.ctx, entry.person_id, entry.event_id, heading=heading, parent=self
        )
        dialog.select_template(template_for(entry))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._open_dialog = dialog

    def open_person(self) -> None:
        """Open the entry's person, else its venue partner, else its event."""
        entry = self.current_entry()
        if entry is not None and entry.person_id is not None:
            from app.ui.panels.person_page import open_person_page

            self.person_activated.emit(entry.person_id)
            open_person_page(self.ctx, entry.person_id, self)
        elif entry is not None and entry.venue_id is not None:
            self.venue_activated.emit(entry.venue_id)
        elif entry is not None and entry.event_id is not None:
            self.event_activated.emit(entry.event_id)

    # -- slots ---------------------------------------------------------------------------------

    def _on_view_activated(self, index: Any) -> None:
        view = self.sender()
        if isinstance(view, TodayList) and view.today_model.entry(index) is not None:
            self._last_list = view
            self.open_person()

    def _on_view_current_changed(self, current: Any, _previous: Any) -> None:
        for view in self.lists:
            if view.selectionModel() is self.sender() and current.isValid():
                self._last_list = view
                for other in self.lists:
                    if other is not view:
                        other.clearSelection()
                        other.setCurrentIndex(other.rootIndex())
        self._update_buttons()

    def _on_waiting_value_changed(self, days: int) -> None:
        followups = self.ctx.services.followups
        try:
            outcome = followups.set_waiting_days(days)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        if outcome.patch:
            text = self.tr("List unanswered asks after %n days").replace(
                "%n", labels.format_number(days)
            )
            self.ctx.undo_stack.push(PatchCommand(self.ctx, followups.revert, outcome, text))
            self.ctx.bus.publish(outcome.changes)

    def _on_bus_changed(self, changes: Changes) -> None:
        if any(changes.affects(kind) for kind in WATCHED):
            if self.isVisible():
                self._timer.start()
            else:
                self._stale = True  # refreshed when shown: no work for a hidden page

    def _update_buttons(self, *_args: Any) -> None:
        entry = self.current_entry()
        actionable = entry is not None and entry.kind is not EntryKind.MORE
        has_person = actionable and entry is not None and entry.person_id is not None
        venue = actionable and entry is not None and entry.venue_id is not None
        for widget in (self.done_button, self.mark_done_action):
            widget.setEnabled(actionable)
        for widget in (self.open_button, self.open_action):
            widget.setEnabled(has_person or venue)
        for widget in (self.message_button, self.message_action):
            widget.setEnabled(has_person and not venue)
        self.open_button.setText(self.tr("O&pen venue") if venue else self.tr("Open &person"))
        self.open_action.setText(self.tr("Open venue") if venue else self.tr("Open person"))
