"""The selected event at a glance, below the events list: facts, warnings and what to do next.

Each area adds its own tab (guests, core, …); the Overview tab shows when and where in the
event's own time zone, how full it is, and the venue's warnings.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFound
from app.services.changes import Changes, Kind
from app.services.dto import EventDto

from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.host_sheet_export import HostSheetExport
from app.ui.dialogs.venue_warnings_box import VenueWarningsBox


class EventOverview(QWidget):
    """Signals:
    edit_requested(int): the user asked to edit the event.
    core_requested(int): the user asked for the event's core board.
    guests_requested(int): the user asked for the event's guest list.
    checkin_requested(int): the user asked for check-in mode at the door.
    invites_requested(int): the user asked for the event's calendar invites.
    badges_requested(int): the user asked for the event's badges or place cards.
    """

    edit_requested = Signal(int)
    core_requested = Signal(int)
    guests_requested = Signal(int)
    checkin_requested = Signal(int)
    invites_requested = Signal(int)
    badges_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: EventDto | None = None
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = VenueWarningsBox(ctx)
        self.host_sheets = HostSheetExport(ctx, self)
        self.edit_button = QPushButton(self.tr("Edit Event…"))
        self.host_sheet_button = QPushButton(self.tr("Host Sheet…"))
        self.host_sheet_button.setToolTip(
            self.tr("A PDF for the venue's host: times, headcount, needs, contact, guest list")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.host_sheet_button)
        self.guests_button = QPushButton(self.tr("Guest List…"))
        self.checkin_button = QPushButton(self.tr("Check-in Mode…"))
        buttons.insertWidget(1, self.guests_button)
        buttons.insertWidget(2, self.checkin_button)
        self.invites_button = QPushButton(self.tr("Calendar Invites…"))
        buttons.insertWidget(3, self.invites_button)
        self.badges_button = QPushButton(self.tr("Badges…"))
        self.badges_button.setToolTip(self.tr("Name badges and dinner place cards, ready to print"))
        buttons.insertWidget(4, self.badges_button)
        self.core_button = QPushButton(self.tr("Core Board…"))
        self.core_button.setToolTip(self.tr("Confirm the early attendees one to one"))
        buttons.addWidget(self.core_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.host_sheet_button.clicked.connect(self.export_host_sheet)
        self.core_button.clicked.connect(self._on_core_clicked)
        self.guests_button.clicked.connect(lambda: self._emit_for(self.guests_requested))
        self.checkin_button.clicked.connect(lambda: self._emit_for(self.checkin_requested))
        self.invites_button.clicked.connect(lambda: self._emit_for(self.invites_requested))
        self.badges_button.clicked.connect(lambda: self._emit_for(self.badges_requested))

    def show_event(self, event: EventDto | None) -> None:
        self.shown = event
        self.warnings.set_event(event.id if event else None)
        for button in (
            self.edit_button,
            self.host_sheet_button,
            self.core_button,
            self.guests_button,
            self.checkin_button,
            self.invites_button,
            self.badges_button,
        ):
            button.setEnabled(event is not None)
        if event is None:
            self.heading.setText(self.tr("Select an event to see it here."))
            return
        local_start, local_end = event.start_local, event.end_local
        if event.all_day:
            when = labels.format_date(event.start_local.date())
            if event.last_day != event.start_local.date():
                when += " – " + labels.format_date(event.last_day)
        else:
            when = (
                f"{labels.format_date(local_start.date())} {labels.format_time(local_start)}"
                f" – {labels.format_time(local_end)}"
            )
        place = event.venue + (f", {event.room}" if event.room else "") if event.venue else ""
        going = labels.format_number(event.going)
        seats = (
            self.tr("%1 going").replace("%1", going)
            if event.capacity is None
            else self.tr("%1 going of %2 seats")
            .replace("%1", going)
            .replace("%2", labels.format_number(event.capacity))
        )
        parts = [
            f"<h3>{escape(event.title)}</h3>",
            f"<p>{escape(when)} <span style='color: gray'>({escape(event.timezone)})</span><br>",
            escape(labels.event_kind(event.kind))
            + " · "
            + escape(labels.event_status(event.status)),
            f"<br>{escape(seats)}",
        ]
        if place:
            parts.append("<br>" + escape(place))
        self.heading.setText("".join(parts) + "</p>")

    def export_host_sheet(self) -> None:
        if self.shown is not None:
            self.host_sheets.start(self.shown.id)

    def _emit_for(self, signal: Any) -> None:
        if self.shown is not None:
            signal.emit(self.shown.id)

    def _on_core_clicked(self) -> None:
        if self.shown is not None:
            self.core_requested.emit(self.shown.id)

    def _on_edit_clicked(self) -> None:
        if self.shown is not None:
            self.edit_requested.emit(self.shown.id)


class EventPage(QTabWidget):
    """Tabs about one event; `show_event` switches them all to another event."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.overview = EventOverview(ctx)
        self.addTab(self.overview, self.tr("Overview"))
        self.setDocumentMode(True)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        event = None
        if event_id is not None and self.ctx.has_database:
            try:
                event = self.ctx.services.events.get(event_id)
            except NotFound:
                event = None
        self.overview.show_event(event)

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.event_id is None:
            return
        if self.event_id in changes.removed_ids(Kind.EVENT):
            self.show_event(None)
        elif changes.affects(Kind.EVENT) or changes.affects(Kind.VENUE):
            self.show_event(self.event_id)
