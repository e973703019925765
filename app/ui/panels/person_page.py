"""A person's page: who they are, every event and conversation, their core involvement.

A window of its own (several can be open); it reloads whenever the bus says something about
this person changed. "Log a conversation" records a chat and, like every change, can be undone.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import Attendance
from app.domain.errors import NotFound
from app.services.changes import Changes, Kind
from app.services.followup_dto import Conversation, CoreInvolvement, HistoryEvent, PersonHistory

from app.ui import labels
from app.ui.commands.core import PatchCommand
from app.ui.context import AppContext
from app.ui.core import words
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.core.template_dialog import TemplateDialog
from app.ui.focus import buttons_last
from app.ui.models.core_history import Field, RowsModel

_WATCHED = (Kind.PERSON, Kind.INTERACTION, Kind.RSVP, Kind.CORE_CANDIDATE, Kind.EVENT)


def _when(e: HistoryEvent) -> str:
    return labels.format_event_when(e.starts_at, e.timezone, all_day=e.all_day)


def _attendance_colour(e: HistoryEvent) -> Any:
    return words.overdue() if e.attendance is Attendance.NO_SHOW else None


def _move(c: Conversation) -> str:
    if c.stage_from is None or c.stage_to is None:
        return ""
    return f"{words.stage(c.stage_from)} → {words.stage(c.stage_to)}"


def _follow(c: Conversation) -> str:
    if c.follow_up_on is None:
        return ""
    done = " ✓" if c.follow_up_done_at is not None else ""
    return words.day(c.follow_up_on) + done


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    return view


class PersonPage(QDialog):
    """Signals:
    event_activated(int): an event row was opened (its id).
    """

    event_activated = Signal(int)

    def __init__(self, ctx: AppContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.history: PersonHistory | None = None
        self._open_dialog: Any = None
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setObjectName("personFigures")
        self.events = RowsModel[HistoryEvent](
            [
                Field(self.tr("When"), _when),
                Field(self.tr("Event"), lambda e: e.title),
                Field(self.tr("Answer"), lambda e: words.response(e.response)),
                Field(
                    self.tr("Attendance"),
                    lambda e: words.attendance(e.attendance),
                    _attendance_colour,
                ),
            ],
            self,
        )
        self.talks = RowsModel[Conversation](
            [
                Field(self.tr("When"), lambda c: words.day(c.occurred_at.astimezone().date())),
                Field(self.tr("How"), lambda c: words.channel(c.channel)),
                Field(self.tr("About"), lambda c: c.event_title),
                Field(self.tr("Core"), _move),
                Field(self.tr("Follow up"), _follow),
                Field(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ],
            self,
        )
        self.core = RowsModel[CoreInvolvement](
            [
                Field(
                    self.tr("Event"),
                    lambda c: c.event_title,
                ),
                Field(self.tr("Stage"), lambda c: words.stage(c.stage)),
                Field(self.tr("Since"), lambda c: words.ago(c.stage_changed_at)),
            ],
            self,
        )
        self.events_view = _table(self.events, self.tr("Events"))
        self.talks_view = _table(self.talks, self.tr("Conversations"))
        self.core_view = _table(self.core, self.tr("Core involvement"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.events_view, self.tr("&Events"))
        self.tabs.addTab(self.talks_view, self.tr("&Conversations"))
        self.tabs.addTab(self.core_view, self.tr("C&ore"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.log_button = QPushButton(self.tr("&Log a conversation…"))
        self.message_button = QPushButton(self.tr("Write a &message…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.message_button, QDialogButtonBox.ButtonRole.ActionRole)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        top = QVBoxLayout(card)
        top.addWidget(self.name)
        top.addWidget(self.about)
        top.addWidget(self.figures)
        layout = QVBoxLayout(self)
        layout.addWidget(card)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self.resize(760, 560)
        self.buttons.rejected.connect(self.close)
        self.log_button.clicked.connect(self.log_conversation)
        self.message_button.clicked.connect(self.write_message)
        self.events_view.activated.connect(self._on_event_row_activated)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.ctx.database_changed.connect(self.close)  # the person was in the other file
        self.reload()

    def reload(self) -> None:
        try:
            history = self.ctx.services.history.history(self.person_id)
        except NotFound:
            self.close()
            return
        self.history = history
        self.setWindowTitle(history.display_name)
        pronouns = f"  ({history.pronouns})" if history.pronouns else ""
        self.name.setText(history.display_name + pronouns)
        work = " · ".join(p for p in (history.job_title, history.organization) if p)
        lines = [p for p in (work, ", ".join(history.emails)) if p]
        if history.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(history.tags)))
        if history.call_name and history.call_name not in history.display_name:
            lines.append(self.tr("Goes by %1").replace("%1", history.call_name))
        self.about.setText("\n".join(lines))
        self.figures.setText(self._figures_html(history))
        self.events.set_rows(history.events)
        self.talks.set_rows(history.conversations)
        self.core.set_rows(history.core)
        notes = [history.notes]
        if history.how_we_met:
            notes.append(self.tr("How we met: %1").replace("%1", history.how_we_met))
        self.notes.setPlainText("\n\n".join(n for n in notes if n))

    def _figures_html(self, history: PersonHistory) -> str:
        fig = history.figures
        rate = fig.no_show_rate
        no_shows = labels.format_number(fig.no_shows)
        if rate is not None and fig.no_shows:
            no_shows += f" ({rate:.0%})"
        colour = words.overdue().name() if fig.no_shows > 1 else "palette(text)"
        last = words.ago(history.last_contact) if history.last_contact else self.tr("never")

        def tile(value: str, label: str, style: str = "") -> str:
            return (
                f"<td style='padding-right:28px'><span style='font-size:large; font-weight:bold;"
                f"{style}'>{escape(value)}</span><br>"
                f"<span style='color:palette(placeholder-text)'>{escape(label)}</span></td>"
            )

        return (
            "<table><tr>"
            + tile(labels.format_number(fig.attended), self.tr("events attended"))
            + tile(no_shows, self.tr("no-shows"), f"color:{colour};")
            + tile(last, self.tr("last contact"))
            + "</tr></table>"
        )

    def log_conversation(self) -> None:
        today = date.today()
        name = self.history.display_name if self.history else ""
        dialog = ConversationDialog(
            self.tr("Log a conversation"),
            self.tr("A conversation with %1.").replace("%1", name),
            self.ctx.errors,
            today=today,
            ok_text=self.tr("&Log"),
            parent=self,
        )
        followups = self.ctx.services.followups
        dialog.set_saver(lambda draft: followups.log(self.person_id, None, draft))
        dialog.saved.connect(self._on_logged)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._open_dialog = dialog

    def write_message(self) -> None:
        name = self.history.display_name if self.history else ""
        dialog = TemplateDialog(
            self.ctx,
            self.person_id,
            None,
            heading=self.tr("To %1").replace("%1", name),
            parent=self,
        )
        dialog.select_template("informational-interview")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._open_dialog = dialog

    def _on_logged(self, outcome: Any) -> None:
        name = self.history.display_name if self.history else ""
        text = self.tr("Log a conversation with %1").replace("%1", name)
        self.ctx.undo_stack.push(
            PatchCommand(self.ctx, self.ctx.services.followups.revert, outcome, text)
        )
        self.ctx.bus.publish(outcome.changes)

    def _on_event_row_activated(self, index: Any) -> None:
        if index.isValid():
            self.event_activated.emit(self.events.item(index.row()).event_id)

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.removed_ids(Kind.PERSON) and self.person_id in changes.removed_ids(Kind.PERSON):
            self.close()
        elif any(changes.affects(kind) for kind in _WATCHED):
            self.reload()


def open_person_page(ctx: AppContext, person_id: int, parent: QWidget | None = None) -> PersonPage:
    """Show the person's page, raising the one already open for them."""
    if parent is not None:
        for page in parent.findChildren(PersonPage):
            if page.person_id == person_id and page.isVisible():
                page.raise_()
                page.activateWindow()
                return page
    page = PersonPage(ctx, person_id, parent)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.setWindowFlag(Qt.WindowType.Window)
    page.show()
    return page
