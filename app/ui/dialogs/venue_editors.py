"""Editable lists inside the venue dialog: rooms, and contact people with their roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.venues import ContactDraft, RoomDraft
from app.services.venue_dto import ContactDto

from app.ui.dialogs.person_picker import PersonPicker, Search

ID_ROLE = Qt.ItemDataRole.UserRole


def _editable_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setTabKeyNavigation(False)  # Tab leaves the table, like every other field
    return table


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _number(text: str, room: str, what: str) -> int | None:
    text = text.strip().replace(" ", "").replace(",", "").replace(".", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError("rooms", f"“{room}”: the {what} capacity must be a whole number.")
    return int(text)


class RoomsEditor(QWidget):
    """Rooms with seated and standing capacity; existing rooms keep their ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _editable_table(
            [self.tr("Room"), self.tr("Seated"), self.tr("Standing"), self.tr("Notes")]
        )
        self.table.setAccessibleName(self.tr("Rooms"))
        self.add_button = QPushButton(self.tr("&Add room"))
        self.remove_button = QPushButton(self.tr("Remove room"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    def set_rooms(self, rooms: tuple[RoomDraft, ...]) -> None:
        self.table.setRowCount(0)
        for room in rooms:
            self.add_room(room)

    def add_room(self, room: RoomDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = (
            room.name,
            "" if room.seated is None else str(room.seated),
            "" if room.standing is None else str(room.standing),
            room.notes,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        _item(self.table, row, 0).setData(ID_ROLE, room.id)
        return row

    def rooms(self) -> tuple[RoomDraft, ...]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self._text(row, c) for c in range(4)]
            if not any(cells):
                continue  # a row added and left empty
            name = cells[0]
            found.append(
                RoomDraft(
                    name=name,
                    seated=_number(cells[1], name, "seated"),
                    standing=_number(cells[2], name, "standing"),
                    notes=cells[3],
                    id=_item(self.table, row, 0).data(ID_ROLE),
                )
            )
        return tuple(found)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _on_add_clicked(self) -> None:
        row = self.add_room(RoomDraft())
        self.table.setCurrentCell(row, 0)
        self.table.editItem(_item(self.table, row, 0))

    def _on_remove_clicked(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())


class ContactsEditor(QWidget):
    """People from the contact list who speak for the venue, each with a role."""

    def __init__(self, search: Search | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = PersonPicker(search)
        self.picker.setAccessibleName(self.tr("Person to add"))
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Role, e.g. Facilities"))
        self.role.setAccessibleName(self.tr("Role"))
        self.add_button = QPushButton(self.tr("Add &contact"))
        self.table = _editable_table([self.tr("Name"), self.tr("Role"), self.tr("E-mail")])
        self.table.setAccessibleName(self.tr("Contacts"))
        self.remove_button = QPushButton(self.tr("Remove contact"))
        top = QHBoxLayout()
        top.addWidget(self.picker, 2)
        top.addWidget(self.role, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.picker.person_changed.connect(self._on_picker_person_changed)
        self._on_picker_person_changed(None)

    def set_contacts(self, contacts: tuple[ContactDto, ...]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self.add_contact(contact.person_id, contact.name, contact.role, contact.email)

    def add_contact(self, person_id: int, name: str, role: str, email: str = "") -> None:
        if person_id in {c.person_id for c in self.contacts()}:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, role, email)):
            item = QTableWidgetItem(text)
            if column != 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        _item(self.table, row, 0).setData(ID_ROLE, person_id)

    def contacts(self) -> tuple[ContactDraft, ...]:
        return tuple(
            ContactDraft(
                int(_item(self.table, row, 0).data(ID_ROLE)),
                _item(self.table, row, 1).text(),
            )
            for row in range(self.table.rowCount())
        )

    def _on_picker_person_changed(self, person_id: object) -> None:
        self.add_button.setEnabled(person_id is not None)

    def _on_add_clicked(self) -> None:
        person_id = self.picker.person_id()
        if person_id is None:
            return
        self.add_contact(person_id, self.picker.text(), self.role.text().strip())
        self.picker.set_person(None)
        self.role.clear()
        self.picker.setFocus()

    def _on_remove_clicked(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
