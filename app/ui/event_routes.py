"""What the user can do with the selected event, from the Event menu, the event page and the
other sections: open its guest list, core board, check-in, host sheet… in one place, so the
main window stays a layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.ui.models.roles import Role

if TYPE_CHECKING:
    from app.ui.checkin_window import CheckinWindow
    from app.ui.main_window import MainWindow


class EventRoutes(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.checkin_window: CheckinWindow | None = None
        a = window.actions_
        self.event_actions = [
            a.event_guests,
            a.event_import_guests,
            a.event_checkin,
            a.event_host_sheet,
            a.event_invites,
            a.event_badges,
            a.event_place_cards,
        ]
        self.dialog: QWidget | None = None
        """The last dialog opened from here (tests drive it)."""
        a.event_host_sheet.triggered.connect(self.host_sheet)
        a.event_guests.triggered.connect(lambda: self.show_guests(self.event_id()))
        a.event_import_guests.triggered.connect(self.import_guests)
        a.event_checkin.triggered.connect(lambda: self.check_in(self.event_id()))
        a.event_invites.triggered.connect(lambda: self.invites(self.event_id()))
        a.event_import_replies.triggered.connect(self.import_replies)
        a.file_export_feed.triggered.connect(self.export_feed)
        a.event_badges.triggered.connect(lambda: self.badges(self.event_id()))
        a.event_place_cards.triggered.connect(
            lambda: self.badges(self.event_id(), layout="place-cards")
        )

    def attach(self, key: str, widget: QWidget) -> None:
        """Connect a section's requests when the main window first builds it. By key, not by
        class: importing the other sections' modules here would slow down start-up."""
        if key == "events":
            overview = widget.page.overview  # type: ignore[attr-defined]
            overview.guests_requested.connect(self.show_guests)
            overview.checkin_requested.connect(self.check_in)
            overview.core_requested.connect(self.show_core)
            overview.invites_requested.connect(self.invites)
            overview.badges_requested.connect(self.badges)
            widget.event_edited.connect(self.offer_invite_updates)  # type: ignore[attr-defined]
        elif key == "guests":
            widget.checkin_requested.connect(self.check_in)  # type: ignore[attr-defined]
        if key in ("venues", "today"):
            widget.event_activated.connect(self.show_event)  # type: ignore[attr-defined]
        if key == "today":
            widget.venue_activated.connect(self.show_venue)  # type: ignore[attr-defined]

    def event_id(self) -> int:
        """The event shown in the guest list when that is on screen, else the one selected in
        the events list, or -1."""
        if self.window.section_key() == "guests" and "guests" in self.window.sections.made:
            shown = self.window.guests_panel.event_id
            if shown is not None:
                return shown
        if "events" not in self.window.sections.made:
            return -1
        chosen = self.window.events_panel.page.event_id
        return -1 if chosen is None else chosen

    def update_actions(self) -> None:
        chosen = self.window.ctx.has_database and self.event_id() >= 0
        for action in self.event_actions:
            action.setEnabled(chosen)

    def show_event(self, event_id: int) -> None:
        self.window.show_section("events")
        self.window.events_panel.select_ids([event_id])

    def show_venue(self, venue_id: int) -> None:
        self.window.show_section("venues")
        self.window.sections.get("venues").select_ids([venue_id])  # type: ignore[attr-defined]

    def show_guests(self, event_id: int) -> None:
        if event_id >= 0:
            self.window.guests_panel.set_event(event_id)
            self.window.show_section("guests")

    def show_core(self, event_id: int) -> None:
        if event_id >= 0:
            self.window.core_panel.set_event(event_id)
            self.window.show_section("core")

    def host_sheet(self) -> None:
        if self.event_id() >= 0:
            self.window.events_panel.page.overview.export_host_sheet()

    def import_guests(self) -> None:
        if self.event_id() >= 0:
            self.show_guests(self.event_id())
            self.window.guests_panel.import_list()

    def check_in(self, event_id: int) -> None:
        if event_id < 0:
            return
        if self.checkin_window is None:
            from app.ui.checkin_window import CheckinWindow

            self.checkin_window = CheckinWindow(self.window.ctx, self.window)
        self.checkin_window.open_for(event_id)

    # -- dialogs (imported when first used: they load ReportLab, icalendar, PDFium) -----------

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()

    def invites(self, event_id: int) -> None:
        if event_id >= 0:
            from app.ui.dialogs.invites_dialog import InvitesDialog

            self._show(InvitesDialog(self.window.ctx, event_id, self.window))

    def offer_invite_updates(self, edited: object) -> None:
        """After an edit that moved or cancelled an event whose invitations went out."""
        from app.ui.dialogs.invite_offer import offer_updates

        self.dialog = offer_updates(self.window.ctx, edited, self.window)  # type: ignore[arg-type]

    def import_replies(self) -> None:
        from app.ui.dialogs.replies_dialog import RepliesDialog

        self._show(RepliesDialog(self.window.ctx, self.window))

    def export_feed(self) -> None:
        from app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog

        self._show(CalendarFeedDialog(self.window.ctx, self.window))

    def badges(self, event_id: int, layout: str = "badges") -> None:
        if event_id < 0:
            return
        from app.ui.dialogs.badges_dialog import BadgesDialog

        rsvp_ids: list[int] = []
        if self.window.section_key() == "guests":  # badges for the guests picked in the list
            panel = self.window.guests_panel
            if panel.event_id == event_id:
                rows = sorted(panel.view.selectionModel().selectedRows(), key=lambda i: i.row())
                rsvp_ids = [int(i.data(Role.ID)) for i in rows]
        dialog = BadgesDialog(
            self.window.ctx, event_id, layout=layout, rsvp_ids=rsvp_ids, parent=self.window
        )
        self._show(dialog)
