"""A small box listing what may go wrong with an event's venue; hidden when all is well.

Put one in the events panel or the event dialog and call `set_event(event_id)`; it refreshes
itself when the event, its RSVPs or the venue change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from app.domain.errors import NotFound
from app.domain.venue_warnings import VenueWarning
from app.services.changes import Changes, Kind

from app.ui import venue_labels
from app.ui.context import AppContext

WATCHED = (Kind.EVENT, Kind.RSVP, Kind.VENUE)


def warnings_html(warnings: list[VenueWarning]) -> str:
    """The warnings as compact HTML lines, each in the user's language."""
    return "<br>".join(f"• {html.escape(venue_labels.warning_text(w))}" for w in warnings)


class VenueWarningsBox(QWidget):
    """Signals:
    warnings_changed(int): how many warnings are shown now.
    """

    warnings_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.warnings: list[VenueWarning] = []
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("venueWarnings")
        self.setStyleSheet(
            "#venueWarnings { background: palette(alternate-base); border-radius: 4px; }"
        )
        self.setAccessibleName(self.tr("Venue warnings"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()
        ctx.bus.changed.connect(self._on_bus_changed)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        found: list[VenueWarning] = []
        if self.event_id is not None and self.ctx.has_database:
            try:
                found = self.ctx.services.venues.warnings_for_event(self.event_id)
            except NotFound:  # the event was deleted: nothing to warn about
                found = []
            except Exception as error:  # noqa: BLE001 - shown to the user
                self.ctx.errors.present(error, self)
        self.warnings = found
        self.text.setText(warnings_html(found) if found else "")
        self.setVisible(bool(found))
        self.warnings_changed.emit(len(found))

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.event_id is not None and any(changes.affects(k) for k in WATCHED):
            self.refresh()
