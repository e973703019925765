"""Add or edit a venue partner: the venue, access and rules, rooms, contacts, partnership."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.domain.enums import PartnershipTerms
from app.domain.venues import (
    CURRENCIES,
    MAX_GUEST_LIST_DAYS,
    MAX_ROOM_CAPACITY,
    PRICED_TERMS,
    Amenity,
    GiveBack,
    VenueDraft,
    parse_cost,
)
from app.services.venue_dto import ContactDto

from app.ui import labels, venue_labels
from app.ui.dialogs.event_dialog import zone_names
from app.ui.dialogs.person_picker import Search
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.venue_editors import ContactsEditor, RoomsEditor
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "BRL", "SGD", "ILS")


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.replace(";", ",").split(",") if p.strip())


class VenueDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        organizations: Sequence[str],
        search_people: Search | None,
        draft: VenueDraft | None = None,
        contacts: tuple[ContactDto, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit venue partner") if draft else self.tr("New venue partner")
        super().__init__(title, errors, parent)
        self.name = QLineEdit()
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItem("")
        self.organization.addItems(list(organizations))
        completer = QCompleter(list(organizations), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.address = text_box(2.5)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItem("")
        self.timezone.addItems(list(zone_names()))
        zone_edit = self.timezone.lineEdit()
        assert zone_edit is not None
        zone_edit.setPlaceholderText(self.tr("Same as each event"))
        zones = QCompleter(list(zone_names()), self)
        zones.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        zones.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(zones)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_ROOM_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("Not set"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.notes = text_box(3)

        self.access = text_box(3)
        self.access.setPlaceholderText(self.tr("Entrance, floor, check-in desk…"))
        self.amenities = {a: QCheckBox(venue_labels.amenity(a)) for a in Amenity}
        self.other_amenities = QLineEdit()
        self.other_amenities.setPlaceholderText(self.tr("Others, separated by commas"))
        self.other_amenities.setAccessibleName(self.tr("Other amenities"))
        self.food_rules = text_box(2)
        self.house_rules = text_box(2)
        self.closes = QCheckBox(self.tr("Closes at"))
        self.closing_time = QTimeEdit()
        self.closing_time.setDisplayFormat(labels.edit_time_format())
        self.closing_time.setAccessibleName(self.tr("Closing time"))
        self.guest_list_days = QSpinBox()
        self.guest_list_days.setRange(-1, MAX_GUEST_LIST_DAYS)
        self.guest_list_days.setSpecialValueText(self.tr("Not needed"))
        self.guest_list_days.setSuffix(self.tr(" days before"))
        self.id_required = QCheckBox(self.tr("Guests show a photo ID at the door"))
        self.security_notes = text_box(2)
        self.links = text_box(2.5)
        self.links.setPlaceholderText(self.tr("Photos, floor plans, agreements: one per line"))

        self.rooms = RoomsEditor()
        self.contacts = ContactsEditor(search_people)

        self.terms = QComboBox()
        for terms in PartnershipTerms:
            self.terms.addItem(venue_labels.terms(terms), terms.value)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("e.g. 250.00"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["", *COMMON_CURRENCIES])
        self.currency.addItems(sorted(CURRENCIES - set(COMMON_CURRENCIES)))
        self.gives_back = {g: QCheckBox(venue_labels.give_back(g)) for g in GiveBack}
        self.other_gives_back = QLineEdit()
        self.other_gives_back.setPlaceholderText(self.tr("Anything else, separated by commas"))
        self.other_gives_back.setAccessibleName(self.tr("Other things they get"))
        self.partnership_notes = text_box(3.5)

        self._build_tabs()
        self.setMinimumWidth(600)
        self.closes.toggled.connect(self.closing_time.setEnabled)
        self.terms.currentIndexChanged.connect(self._on_terms_changed)
        self._fill(draft or VenueDraft(), contacts)
        self.name.setFocus()

    def _build_tabs(self) -> None:
        self.add_tab(self.tr("Venue"))
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("Organi&zation:"), self.organization, "organization")
        self.add_field(self.tr("&Address:"), self.address, "address")
        self.add_field(self.tr("T&ime zone:"), self.timezone, "timezone")
        self.add_field(self.tr("&Capacity:"), self.capacity, "capacity")
        self.add_field(self.tr("&Web page:"), self.url, "url")
        self.add_field(self.tr("Notes:"), self.notes, "notes")
        self._end_tab()
        self.add_tab(self.tr("Access and rules"))
        self.add_field(self.tr("How to &get in:"), self.access, "access_notes")
        grid = QWidget()
        boxes = QGridLayout(grid)
        boxes.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.amenities.values()):
            boxes.addWidget(box, n // 2, n % 2)
        boxes.addWidget(self.other_amenities, (len(self.amenities) + 1) // 2, 0, 1, 2)
        self.add_field(self.tr("Amenities:"), grid, "amenities")
        self.add_field(self.tr("&Food and drink:"), self.food_rules, "food_rules")
        self.add_field(self.tr("&House rules:"), self.house_rules, "house_rules")
        closing = QWidget()
        row = QHBoxLayout(closing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.closes)
        row.addWidget(self.closing_time)
        row.addStretch(1)
        self.add_field(self.tr("Closing time:"), closing, "closing_time")
        self.add_field(self.tr("Guest &list:"), self.guest_list_days, "guest_list_days_before")
        self.add_field("", self.id_required, "id_required")
        self.add_field(self.tr("&Security notes:"), self.security_notes, "security_notes")
        self.add_field(self.tr("Lin&ks:"), self.links, "links")
        self.add_tab(self.tr("Rooms"))
        self.form.addRow(self.rooms)
        self._fields["rooms"] = self.rooms.table
        self.add_tab(self.tr("Contacts"))
        self.form.addRow(self.contacts)
        self._fields["contacts"] = self.contacts.picker
        self.add_tab(self.tr("Partnership"))
        self.add_field(self.tr("&Terms:"), self.terms, "terms")
        self.add_field(self.tr("C&ost:"), self.cost, "cost")
        self.add_field(self.tr("C&urrency:"), self.currency, "currency")
        back = QWidget()
        column = QGridLayout(back)
        column.setContentsMargins(0, 0, 0, 0)
        for n, box in enumerate(self.gives_back.values()):
            column.addWidget(box, n // 2, n % 2)
        column.addWidget(self.other_gives_back, (len(self.gives_back) + 1) // 2, 0, 1, 2)
        self.add_field(self.tr("They get:"), back, "gives_back")
        self.add_field(self.tr("Notes:"), self.partnership_notes, "partnership_notes")
        self._end_tab()

    def _end_tab(self) -> None:
        """Keep a short tab's fields together at the top instead of spread over its height."""
        self.form.addItem(
            QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        )

    def _fill(self, draft: VenueDraft, contacts: tuple[ContactDto, ...]) -> None:
        self.name.setText(draft.name)
        self.organization.setCurrentText(draft.organization)
        self.address.setPlainText(draft.address)
        self.timezone.setCurrentText(draft.timezone)
        self.capacity.setValue(draft.capacity or 0)
        self.url.setText(draft.url)
        self.notes.setPlainText(draft.notes)
        self.access.setPlainText(draft.access_notes)
        known = {a.value for a in Amenity}
        for amenity, box in self.amenities.items():
            box.setChecked(amenity.value in draft.amenities)
        self.other_amenities.setText(", ".join(a for a in draft.amenities if a not in known))
        self.food_rules.setPlainText(draft.food_rules)
        self.house_rules.setPlainText(draft.house_rules)
        self.closes.setChecked(draft.closing_time is not None)
        self.closing_time.setEnabled(draft.closing_time is not None)
        closing = draft.closing_time
        self.closing_time.setTime(QTime(closing.hour, closing.minute) if closing else QTime(22, 0))
        days = draft.guest_list_days_before
        self.guest_list_days.setValue(-1 if days is None else days)
        self.id_required.setChecked(draft.id_required)
        self.security_notes.setPlainText(draft.security_notes)
        self.links.setPlainText("\n".join(draft.links))
        self.rooms.set_rooms(draft.rooms)
        self.contacts.set_contacts(contacts)
        self.terms.setCurrentIndex(self.terms.findData(PartnershipTerms(draft.terms).value))
        self.cost.setText("" if draft.cost is None else str(draft.cost))
        self.currency.setCurrentText(draft.currency)
        given = {g.value for g in GiveBack}
        for give, box in self.gives_back.items():
            box.setChecked(give.value in draft.gives_back)
        self.other_gives_back.setText(", ".join(g for g in draft.gives_back if g not in given))
        self.partnership_notes.setPlainText(draft.partnership_notes)
        self._on_terms_changed()

    def _on_terms_changed(self, *_args: object) -> None:
        priced = PartnershipTerms(self.terms.currentData()) in PRICED_TERMS
        self.cost.setEnabled(priced)
        self.currency.setEnabled(priced)

    def draft(self) -> VenueDraft:
        amenities = [a.value for a, box in self.amenities.items() if box.isChecked()]
        gives = [g.value for g, box in self.gives_back.items() if box.isChecked()]
        days = self.guest_list_days.value()
        closing = self.closing_time.time()
        return VenueDraft(
            name=self.name.text(),
            organization=self.organization.currentText(),
            address=self.address.toPlainText(),
            timezone=self.timezone.currentText().strip(),
            capacity=self.capacity.value() or None,
            access_notes=self.access.toPlainText(),
            url=self.url.text(),
            amenities=(*amenities, *_split(self.other_amenities.text())),
            food_rules=self.food_rules.toPlainText(),
            house_rules=self.house_rules.toPlainText(),
            closing_time=time(closing.hour(), closing.minute())
            if self.closes.isChecked()
            else None,
            guest_list_days_before=None if days < 0 else days,
            id_required=self.id_required.isChecked(),
            security_notes=self.security_notes.toPlainText(),
            links=tuple(line for line in self.links.toPlainText().splitlines() if line.strip()),
            terms=PartnershipTerms(self.terms.currentData()),
            cost=parse_cost(self.cost.text()) if self.cost.isEnabled() else None,
            currency=self.currency.currentText() if self.currency.isEnabled() else "",
            gives_back=(*gives, *_split(self.other_gives_back.text())),
            partnership_notes=self.partnership_notes.toPlainText(),
            notes=self.notes.toPlainText(),
            rooms=self.rooms.rooms(),
            contacts=self.contacts.contacts(),
        )
