"""Plan or edit an event, with times in the event's own time zone."""

from __future__ import annotations

import zoneinfo
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from functools import lru_cache

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.enums import EventKind, EventStatus
from app.domain.events import MAX_CAPACITY, EventDraft
from app.services.dto import VenueChoice

from app.ui import labels
from app.ui.dialogs.person_picker import PeopleLookup, PersonPicker, person_name
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def system_zone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    return name if name in zone_names() else "UTC"


def default_draft(now: datetime | None = None, zone: str = "") -> EventDraft:
    """A new event starts next week at 19:00 for three hours, in the default time zone set in
    Preferences (`zone`), else the computer's."""
    day = (now or datetime.now()).date() + timedelta(days=7)
    start = datetime.combine(day, time(19, 0))
    zone = zone if zone in zone_names() else system_zone()
    return EventDraft(start=start, end=start + timedelta(hours=3), timezone=zone)


def _to_py(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        draft: EventDraft | None = None,
        parent: QWidget | None = None,
        venues: Sequence[VenueChoice] = (),
        people: PeopleLookup | None = None,
        default_zone: str = "",
    ) -> None:
        super().__init__(self.tr("Edit event") if draft else self.tr("New event"), errors, parent)
        self._people = people
        self.day_contact = PersonPicker(people.search if people is not None else None)
        self._draft = draft or default_draft(zone=default_zone)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in EventKind:
            self.kind.addItem(labels.event_kind(kind), kind.value)
        self.status = QComboBox()
        for status in EventStatus:
            self.status.addItem(labels.event_status(status), status.value)
        self.all_day = QCheckBox(self.tr("All-day (dates only)"))
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.end = QDateTimeEdit()
        self.end.setCalendarPopup(True)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(list(zone_names()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(zone_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.core_target = QSpinBox()
        self.core_target.setRange(0, MAX_CAPACITY)
        self.core_target.setSpecialValueText(self.tr("None"))
        self.core_target.setToolTip(
            self.tr("How many people to confirm one to one before announcing the event")
        )
        self.description = text_box(4.5, self)
        self.venues = list(venues)
        self.venue = QComboBox()
        self.venue.addItem(self.tr("No venue yet"), None)
        for venue in self.venues:
            self.venue.addItem(venue.name, venue.id)
        self.room = QComboBox()
        self.setup_notes = text_box(3.5, self)
        self.agenda = text_box(4, self)
        self.practical_info = text_box(4, self)
        self.practical_info.setPlaceholderText(self.tr("Entrance, what to bring, accessibility…"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.public = QCheckBox(self.tr("Public: include in the published calendar feed"))

        self.add_tab(self.tr("Event"))
        self.add_field(self.tr("&Title:"), self.title, "title")
        self.add_field(self.tr("&Kind:"), self.kind, "kind")
        self.add_field(self.tr("&Status:"), self.status, "status")
        self.add_field("", self.all_day, "all_day")
        self.add_field(self.tr("St&arts:"), self.start, "start")
        self.add_field(self.tr("&Ends:"), self.end, "end")
        self.add_field(self.tr("Time &zone:"), self.timezone, "timezone")
        self.add_field(self.tr("&Capacity:"), self.capacity, "capacity")
        self.add_field(self.tr("C&ore target:"), self.core_target, "core_target")
        self.add_field(self.tr("&Description:"), self.description, "description")
        self.add_tab(self.tr("Place"))
        self.add_field(self.tr("&Venue:"), self.venue, "venue")
        self.add_field(self.tr("&Room:"), self.room, "room")
        self.add_field(self.tr("Setup and &AV needs:"), self.setup_notes, "setup_notes")
        self.add_field(self.tr("Contact on the da&y:"), self.day_contact, "day_contact")
        self.add_tab(self.tr("Invitation"))
        self.add_field(self.tr("A&genda:"), self.agenda, "agenda")
        self.add_field(self.tr("&Practical info:"), self.practical_info, "practical_info")
        self.add_field(self.tr("&Web page:"), self.url, "url")
        self.add_field("", self.public, "public")
        self.setMinimumWidth(520)
        self.all_day.toggled.connect(self._on_all_day_toggled)
        self.venue.currentIndexChanged.connect(self._on_venue_changed)
        self._fill(self._draft)
        self.title.setFocus()

    def _fill(self, draft: EventDraft) -> None:
        self.title.setText(draft.title)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.start.setDateTime(labels.qdatetime(draft.start))
        self.end.setDateTime(labels.qdatetime(draft.end))
        self.timezone.setCurrentText(draft.timezone)
        self.capacity.setValue(draft.capacity or 0)
        self.core_target.setValue(draft.core_target or 0)
        self.description.setPlainText(draft.description)
        venue_index = self.venue.findData(draft.venue_id) if draft.venue_id is not None else 0
        self.venue.setCurrentIndex(max(venue_index, 0))
        self._on_venue_changed()
        if draft.room_id is not None:
            self.room.setCurrentIndex(max(self.room.findData(draft.room_id), 0))
        self.setup_notes.setPlainText(draft.setup_notes)
        contact = draft.day_contact_id
        self.day_contact.set_person(contact, person_name(self._people, contact))
        self.agenda.setPlainText(draft.agenda)
        self.practical_info.setPlainText(draft.practical_info)
        self.url.setText(draft.url)
        self.public.setChecked(draft.public)
        self.all_day.setChecked(draft.all_day)
        self._on_all_day_toggled(draft.all_day)

    def _on_venue_changed(self, *_args: object) -> None:
        venue_id = self.venue.currentData()
        self.room.clear()
        self.room.addItem(self.tr("Any room"), None)
        for venue in self.venues:
            if venue.id == venue_id:
                for room_id, name in venue.rooms:
                    self.room.addItem(name, room_id)
        self.room.setEnabled(self.room.count() > 1)

    def _on_all_day_toggled(self, checked: bool) -> None:
        fmt = labels.edit_date_format() if checked else labels.edit_datetime_format()
        self.start.setDisplayFormat(fmt)
        self.end.setDisplayFormat(fmt)

    def draft(self) -> EventDraft:
        return EventDraft(
            title=self.title.text(),
            kind=EventKind(self.kind.currentData()),
            description=self.description.toPlainText(),
            start=_to_py(self.start),
            end=_to_py(self.end),
            timezone=self.timezone.currentText().strip(),
            all_day=self.all_day.isChecked(),
            capacity=self.capacity.value() or None,
            status=EventStatus(self.status.currentData()),
            venue_id=self.venue.currentData(),
            room_id=self.room.currentData(),
            core_target=self.core_target.value() or None,
            agenda=self.agenda.toPlainText(),
            practical_info=self.practical_info.toPlainText(),
            setup_notes=self.setup_notes.toPlainText(),
            day_contact_id=(
                self.day_contact.person_id()
                if self._people is not None
                else self._draft.day_contact_id
            ),
            url=self.url.text(),
            public=self.public.isChecked(),
        )
