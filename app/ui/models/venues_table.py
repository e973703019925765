"""The venue partners list: who, where in the pipeline, how big, what is due."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from app.domain.enums import PartnerStage
from app.domain.text import fold
from app.services.changes import Changes, Kind
from app.services.venue_dto import VenueDto

from app.ui import labels, venue_labels
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel

if TYPE_CHECKING:
    from app.services.container import Services

FAR_AWAY = date.max


def _tr(text: str) -> str:
    return QCoreApplication.translate("VenuesTableModel", text)


def next_due(venue: VenueDto) -> tuple[date, str]:
    """The soonest thing to do for the partner: a follow-up, or thanking the host."""
    options = []
    if venue.next_follow_up_on is not None:
        options.append((venue.next_follow_up_on, _tr("Follow up")))
    if venue.thank_due_on is not None:
        options.append((venue.thank_due_on, _tr("Thank the host")))
    return min(options) if options else (FAR_AWAY, "")


def due_text(venue: VenueDto) -> str:
    day, what = next_due(venue)
    return "" if day == FAR_AWAY else f"{what} · {labels.format_date(day)}"


def size_text(venue: VenueDto) -> str:
    largest = venue.largest_room
    return "" if largest is None else labels.format_number(largest)


class VenuesTableModel(DtoTableModel[VenueDto]):
    kind = Kind.VENUE
    RELATED = (Kind.EVENT, Kind.RSVP, Kind.PERSON, Kind.ORGANIZATION, Kind.VENUE_STEP)
    """Changes to these alter what partners show (events hosted, contacts' names…)."""

    def __init__(self, services: Services, runner: JobRunner, parent: Any = None) -> None:
        columns = [
            Column[VenueDto](_tr("Name"), lambda v: v.name, lambda v: fold(v.name), width_chars=22),
            Column[VenueDto](
                _tr("Stage"),
                lambda v: venue_labels.stage(v.stage),
                lambda v: list(PartnerStage).index(v.stage),
                width_chars=9,
            ),
            Column[VenueDto](_tr("Next"), due_text, lambda v: next_due(v)[0], width_chars=20),
            Column[VenueDto](
                _tr("Room for"),
                size_text,
                lambda v: v.largest_room or 0,
                align_right=True,
                width_chars=8,
                tooltip=lambda v: _tr("People the largest room holds"),
            ),
            Column[VenueDto](
                _tr("Hosted"),
                lambda v: labels.format_number(v.events_hosted),
                lambda v: v.events_hosted,
                align_right=True,
                width_chars=7,
                tooltip=lambda v: _tr("Events held there so far"),
            ),
            Column[VenueDto](
                _tr("Organization"),
                lambda v: v.organization,
                lambda v: fold(v.organization),
                width_chars=20,
            ),
            Column[VenueDto](
                _tr("Terms"), lambda v: venue_labels.terms(v.terms), lambda v: v.terms.value
            ),
        ]
        super().__init__(columns, services.venues.list_all, services.venues.rows, runner, parent)

    def apply_changes(self, changes: Changes) -> None:
        """Venue changes refresh their rows; other changes that alter what partners show
        (events moved, RSVPs, renamed contacts) reload them all: there are only a few."""
        if changes.affects(Kind.VENUE):
            super().apply_changes(changes)
        elif self.loaded and any(changes.affects(k) for k in self.RELATED):
            self.load()

    def foreground(self, item: VenueDto) -> Any:
        if item.stage in (PartnerStage.DECLINED, PartnerStage.PAUSED):
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def search_text(self, item: VenueDto) -> str:
        words = [
            item.name,
            item.organization,
            item.address,
            venue_labels.stage(item.stage),
            venue_labels.terms(item.terms),
            *(r.name for r in item.rooms),
            *(c.name for c in item.contacts),
        ]
        return fold(" ".join(w for w in words if w))
