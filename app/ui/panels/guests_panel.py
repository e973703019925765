"""An event's guest list: counts at the top, the list, a guest's details, and what to do.

Answers, roles, offers and seats change through the toolbar (each an undoable step); a
guest's +N, role and needs through the details pane. Import and export, the caterer's dietary
summary and the door's check-in mode start here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import ConvivioError
from app.services.changes import Changes, Kind
from app.services.rsvp_core import RsvpChanged
from app.services.rsvp_dto import RsvpRow

from app.ui import rsvp_labels as words
from app.ui.context import AppContext
from app.ui.dialogs.dietary_dialog import DietaryDialog
from app.ui.dialogs.guest_import_dialog import GuestImportDialog
from app.ui.focus import chain
from app.ui.models.guests_table import Filter, GuestsTableModel, count_text
from app.ui.models.roles import Role
from app.ui.panels.guest_parts import CountsBar, EventChooser, GuestDetails
from app.ui.panels.guest_verbs import GuestVerbs
from app.ui.panels.records_panel import RecordsPanel
from app.ui.panels.rsvp_conflict import RsvpDetails
from app.ui.panels.rsvp_conflict import resolve as resolve_conflict

EXPIRY_CHECK_MS = 60_000
"""How often an open guest list lets lapsed waitlist offers pass on."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuestsPanel", text)


def _filters() -> list[tuple[str, Filter | None]]:
    tr = _tr
    return [
        (tr("Everyone"), None),
        (tr("Going"), lambda r: r.response is RsvpResponse.GOING),
        (tr("Maybe"), lambda r: r.response is RsvpResponse.MAYBE),
        (tr("Waitlist"), lambda r: r.response is RsvpResponse.WAITLISTED),
        (tr("Declined"), lambda r: r.response is RsvpResponse.DECLINED),
        (tr("Invited, no answer"), lambda r: r.response is RsvpResponse.INVITED),
        (
            tr("Going, not reconfirmed"),
            lambda r: r.response is RsvpResponse.GOING and r.reconfirmed_at is None,
        ),
        (tr("Checked in"), lambda r: r.checked_in_at is not None),
        (tr("Needs (food, access)"), lambda r: bool(r.dietary or r.accessibility)),
    ]


class GuestsPanel(RecordsPanel):
    """Signals (besides RecordsPanel's):
    event_changed(int): another event's list is shown (-1: none).
    checkin_requested(int): open check-in mode for this event.
    """

    event_changed = Signal(int)
    checkin_requested = Signal(int)

    default_sort_column = 1
    extras_need_one_row = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.event_id: int | None = None
        self._keep: Filter | None = None
        super().__init__(ctx, parent)
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        self.chooser = EventChooser()
        self.counts = CountsBar()
        self.details = GuestDetails()
        self.notice = QLabel()
        self.notice.setObjectName("guestNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.notice.hide()
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show"))
        for title, keep in _filters():
            self.filter.addItem(title, keep)
        self.verbs = GuestVerbs(ctx, self, self.say)
        self.toolbar = QToolBar(self.tr("Guest list"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        self._arrange()
        self._connect_panel_signals()
        self._expiry = QTimer(self)
        self._expiry.setInterval(EXPIRY_CHECK_MS)
        self._expiry.timeout.connect(self.refresh_waitlist)
        if ctx.has_database:
            self.reload_events()

    # -- building ------------------------------------------------------------------------------

    def _menu_button(self, text: str, items: list[tuple[str, Any]], slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(text, button)
        for title, value in items:
            action = menu.addAction(title)
            action.setData(value)
        menu.triggered.connect(lambda action: slot(action.data()))
        button.setMenu(menu)
        self.toolbar.addWidget(button)
        return button

    def _action(self, text: str, tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _build_actions(self) -> None:
        responses = [(words.response(r), r) for r in RsvpResponse]
        self.response_button = self._menu_button(
            self.tr("Response"), responses, self._on_response_chosen
        )
        self.seat_action = self._action(
            self.tr("Seat"), self.tr("Give the selected guests a seat by hand"), self._on_seat
        )
        self.offer_action = self._action(
            self.tr("Offer seat"),
            self.tr("Offer free seats to the selected waiting guests, out of turn"),
            self._on_offer,
        )
        self.accept_action = self._action(
            self.tr("Confirm offer"), self.tr("The guest took the seat offered"), self._on_accept
        )
        self.role_button = self._menu_button(
            self.tr("Role"), [(words.role(r), r) for r in AttendeeRole], self._on_role_chosen
        )
        self.reconfirm_action = self._action(
            self.tr("Reconfirmed"),
            self.tr("Mark (or unmark) that the selected guests confirmed again"),
            self._on_reconfirm,
        )
        self._separator = self.toolbar.addSeparator()
        self.import_action = self._action(
            self.tr("Import…"), self.tr("Import a guest list from Luma, Meetup…"), self.import_list
        )
        self.export_action = self._action(
            self.tr("Export CSV…"), self.tr("Save the guest list as a CSV file"), self._on_export
        )
        self.dietary_action = self._action(
            self.tr("Dietary summary…"), self.tr("Needs for the caterer, with names"), self._on_diet
        )
        self.checkin_action = self._action(
            self.tr("Check-in mode"), self.tr("The door: check guests in"), self._on_checkin
        )

    def _arrange(self) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Event:")))
        head.addWidget(self.chooser, 1)
        head.addWidget(QLabel(self.tr("Show:")))
        head.addWidget(self.filter)
        layout.insertLayout(0, head)
        layout.insertWidget(1, self.counts)
        layout.insertWidget(2, self.toolbar)
        layout.insertWidget(3, self.notice)
        splitter = QSplitter()
        layout.replaceWidget(self.view, splitter)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        # The event chooser sits above the search field but was made after it.
        chain(self.chooser, self.filter, self.response_button, self.role_button, self.search)
        chain(self.search, self.view, self.details)

    def _connect_panel_signals(self) -> None:
        self.chooser.event_chosen.connect(self.set_event)
        self.filter.activated.connect(self._on_filter_activated)
        self.selection_changed.connect(self._on_selection_changed_here)
        self.details.save_requested.connect(self._on_details_save_requested)

    # -- RecordsPanel hooks --------------------------------------------------------------------

    def make_model(self) -> GuestsTableModel:
        return GuestsTableModel(self.ctx.services, self.ctx.runner, self.event_id, self._keep, self)

    def search_placeholder(self) -> str:
        return self.tr("Search guests by name, e-mail, organization or check-in code")

    def accessible_table_name(self) -> str:
        return self.tr("Guest list")

    def count_text(self, shown: int, total: int) -> str:
        return count_text(shown, total)

    def empty_text(self, searching: bool) -> str:
        if self.event_id is None:
            return self.tr("Choose an event to see its guest list.")
        if searching:
            return self.tr("No guest matches your search.")
        return self.tr("No guests here yet. Import a guest list (Luma, Meetup, Eventbrite…).")

    def extra_actions(self) -> list[QAction]:
        """The toolbar's verbs, also in the table's context menu (Menu key, Shift+F10), as
        toolbar buttons can't be reached with Tab."""
        menus = [b.menu() for b in (self.response_button, self.role_button)]
        verbs = [self.seat_action, self.offer_action, self.accept_action, self.reconfirm_action]
        more = [self.import_action, self.export_action, self.dietary_action, self.checkin_action]
        return [m.menuAction() for m in menus if m is not None] + verbs + [self._separator] + more

    def new_record(self) -> None:
        self.import_list()

    def edit_record(self, record_id: int) -> None:
        self.details.guests.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_records(self, ids: list[int]) -> None:
        rows = self.selected_rows()
        if rows:
            self.verbs.remove(rows)

    # -- the event -----------------------------------------------------------------------------

    def reload_events(self) -> None:
        try:
            events = self.ctx.services.events.list_all()
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        chosen = self.chooser.fill(events, self.event_id)
        if chosen != self.event_id:
            self.set_event(chosen)

    def set_event(self, event_id: int | None) -> None:
        """Show this event's guest list (the lead's Events panel calls this too)."""
        self.event_id = event_id
        if event_id is not None:
            self.chooser.choose(event_id)
        self.notice.hide()
        self.attach()
        self.refresh_waitlist()
        self._update_event_counts()
        self._update_actions()
        self.event_changed.emit(-1 if event_id is None else event_id)

    def refresh_waitlist(self) -> None:
        """Let lapsed offers pass on (not an undo step: time did it, not the user)."""
        if self.event_id is not None and self.ctx.has_database:
            self._refresh_waitlist_of(self.event_id)

    def _refresh_waitlist_of(self, event_id: int) -> None:
        try:
            outcome = self.ctx.services.rsvps.refresh_waitlist(event_id)
        except ConvivioError:
            return
        self.ctx.bus.publish(outcome.changes)

    # -- selection and state -------------------------------------------------------------------

    def selected_rows(self) -> list[RsvpRow]:
        rows = []
        for index in self.view.selectionModel().selectedRows():
            row = index.data(Role.DTO)
            if isinstance(row, RsvpRow):
                rows.append(row)
        return rows

    def say(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def _on_selection_changed_here(self) -> None:
        self._update_actions()
        rows = self.selected_rows()
        row = rows[0] if len(rows) == 1 else None
        history = self.ctx.services.rsvps.history(row.id) if row is not None else []
        self.details.show_row(row, history)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        has_event = self.event_id is not None
        any_rows = bool(rows)
        waiting = any_rows and all(r.response is RsvpResponse.WAITLISTED for r in rows)
        for button in (self.response_button, self.role_button):
            button.setEnabled(any_rows)
            menu = button.menu()
            if menu is not None:
                menu.menuAction().setEnabled(any_rows)
        self.seat_action.setEnabled(
            any_rows and all(r.response is not RsvpResponse.GOING for r in rows)
        )
        self.offer_action.setEnabled(waiting and not any(r.offered for r in rows))
        self.accept_action.setEnabled(any_rows and all(r.offered for r in rows))
        self.reconfirm_action.setEnabled(any_rows)
        for action in (
            self.import_action,
            self.export_action,
            self.dietary_action,
            self.checkin_action,
        ):
            action.setEnabled(has_event)

    def _update_event_counts(self) -> None:
        if self.event_id is None:
            self.counts.show_counts(None)
            return
        try:
            self.counts.show_counts(self.ctx.services.rsvps.counts(self.event_id))
        except ConvivioError:
            self.counts.show_counts(None)

    def _on_bus_changed(self, changes: Changes) -> None:
        super()._on_bus_changed(changes)
        gone = self.event_id in changes.removed_ids(Kind.EVENT)
        # RSVP changes touch their event (its counts); only edits of events rename the list.
        edited = changes.affects(Kind.EVENT) and not changes.affects(Kind.RSVP)
        if (gone or edited) and self.ctx.has_database:
            if gone:
                self.event_id = None
            self.reload_events()
        if edited and self.ctx.has_database:
            # A raised capacity frees seats: offer them down the waitlist at once.
            for event_id in changes.ids(Kind.EVENT):
                self._refresh_waitlist_of(event_id)
        if self.event_id is not None and (
            changes.affects(Kind.RSVP) or self.event_id in changes.ids(Kind.EVENT)
        ):
            self._update_event_counts()
            self._on_selection_changed_here()

    def _on_ctx_database_changed(self) -> None:
        self.event_id = None
        super()._on_ctx_database_changed()
        if self.ctx.has_database:  # closed for a restore: the next database reloads
            self.reload_events()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._expiry.start()

    def hideEvent(self, event: Any) -> None:
        self._expiry.stop()
        super().hideEvent(event)

    # -- slots ---------------------------------------------------------------------------------

    def _on_filter_activated(self, index: int) -> None:
        self._keep = self.filter.itemData(index)
        if isinstance(self.model, GuestsTableModel):
            self.model.set_filter(self._keep)

    def _on_response_chosen(self, response: str) -> None:
        # Qt hands enum data back as plain strings.
        self.verbs.set_response(self.selected_rows(), RsvpResponse(response))

    def _on_role_chosen(self, role: str) -> None:
        self.verbs.set_role(self.selected_rows(), AttendeeRole(role))

    def _on_seat(self) -> None:
        self.verbs.seat(self.selected_rows())

    def _on_offer(self) -> None:
        self.verbs.offer(self.selected_rows())

    def _on_accept(self) -> None:
        self.verbs.accept_offers(self.selected_rows())

    def _on_reconfirm(self) -> None:
        self.verbs.reconfirm(self.selected_rows())

    def _on_details_save_requested(
        self, rsvp_id: int, guests: int, role: str, dietary: str, access: str
    ) -> None:
        row = self.details.row
        if row is None or row.id != rsvp_id:
            return
        try:
            problem = self.verbs.save_details(row, guests, AttendeeRole(role), dietary, access)
        except RsvpChanged:
            mine = RsvpDetails(guests, AttendeeRole(role), dietary.strip(), access.strip())
            dialog = resolve_conflict(self.ctx, row, mine, self._save_resolved, self)
            if dialog is not None:
                self.open_dialog(dialog)
            if self.model is not None:
                self.model.load()  # show what is saved now
            return
        if problem:
            self.details.show_error(problem)

    def _save_resolved(self, row: RsvpRow, chosen: RsvpDetails) -> None:
        problem = self.verbs.save_details(
            row, chosen.guests, chosen.role, chosen.dietary, chosen.accessibility
        )
        if problem:
            self.details.show_error(problem)

    def _on_export(self) -> None:
        if self.event_id is not None:
            self.verbs.export(self.event_id, self.chooser.currentText().split(" — ", 1)[-1])

    def _on_diet(self) -> None:
        if self.event_id is None:
            return
        self.open_dialog(DietaryDialog(self.ctx, self.event_id, self))

    def _on_checkin(self) -> None:
        if self.event_id is not None:
            self.checkin_requested.emit(self.event_id)

    def import_list(self) -> None:
        if self.event_id is None:
            return
        self.open_dialog(GuestImportDialog(self.ctx, self.event_id, self))
