"""Pieces of the guest-list panel: the event chooser, the counts and the guest's details."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AttendeeRole
from app.domain.rsvps import MAX_GUESTS
from app.services.dto import EventDto
from app.services.rsvp_dto import HistoryLine, RsvpCounts, RsvpRow

from app.ui import labels
from app.ui import rsvp_labels as words


class EventChooser(QComboBox):
    """Events by date, the next upcoming one chosen first.

    Signals:
        event_chosen(int): the user picked another event.
    """

    event_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Event"))
        self.setMinimumContentsLength(36)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activated.connect(self._on_activated)

    def fill(self, events: list[EventDto], current: int | None) -> int | None:
        """Show `events`; keep `current` chosen, else the next upcoming. Returns the choice."""
        self.blockSignals(True)
        self.clear()
        for e in sorted(events, key=lambda e: e.starts_at):
            when = labels.format_event_when(e.starts_at, e.timezone, all_day=e.all_day)
            self.addItem(f"{when} — {e.title}", e.id)
        self.blockSignals(False)
        ids = [self.itemData(i) for i in range(self.count())]
        if current not in ids:
            now = datetime.now(UTC)
            upcoming = [e for e in sorted(events, key=lambda e: e.starts_at) if e.ends_at >= now]
            current = upcoming[0].id if upcoming else (ids[-1] if ids else None)
        if current is not None:
            self.setCurrentIndex(ids.index(current))
        return current

    def choose(self, event_id: int) -> None:
        index = self.findData(event_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_activated(self, index: int) -> None:
        event_id = self.itemData(index)
        if event_id is not None:
            self.event_chosen.emit(int(event_id))


class CountsBar(QFrame):
    """Going, maybe, waitlist, declined and seats left, big enough to read across a room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestCounts")
        self.values: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for key, title in (
            ("going", self.tr("Going")),
            ("maybe", self.tr("Maybe")),
            ("waitlist", self.tr("Waitlist")),
            ("declined", self.tr("Declined")),
            ("seats", self.tr("Seats left")),
            ("checked_in", self.tr("Checked in")),
        ):
            box = QVBoxLayout()
            value = QLabel("–")
            font = QFont(value.font())
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            value.setFont(font)
            value.setAccessibleName(title)
            caption = QLabel(title)
            caption.setObjectName("emptyLabel")
            box.addWidget(value)
            box.addWidget(caption)
            layout.addLayout(box)
            layout.addSpacing(18)
            self.values[key] = value
        layout.addStretch(1)

    def show_counts(self, c: RsvpCounts | None) -> None:
        if c is None:
            for value in self.values.values():
                value.setText("–")
            return
        n = labels.format_number
        going = n(c.going) if c.capacity is None else f"{n(c.going)} / {n(c.capacity)}"
        waitlist = n(c.waitlisted)
        if c.offered:
            waitlist += " " + self.tr("(%1 offered)").replace("%1", n(c.offered))
        self.values["going"].setText(going)
        self.values["going"].setToolTip(
            self.tr("People going with their guests; %1 beyond capacity on purpose").replace(
                "%1", n(c.over_capacity)
            )
        )
        self.values["maybe"].setText(n(c.maybe))
        self.values["waitlist"].setText(waitlist)
        self.values["declined"].setText(n(c.declined))
        self.values["seats"].setText("∞" if c.seats_left is None else n(c.seats_left))
        self.values["seats"].setToolTip(words.seats(c))
        self.values["checked_in"].setText(n(c.checked_in))


class GuestDetails(QFrame):
    """The chosen guest: who, where they stand, and their guests, role and needs to edit.

    Signals:
        save_requested(int, int, object, str, str): RSVP id, guests, role, dietary, access.
    """

    save_requested = Signal(int, int, object, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(280)
        self.row: RsvpRow | None = None
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guests = QSpinBox()
        self.guests.setRange(0, MAX_GUESTS)
        self.guests.setPrefix("+")
        self.role = QComboBox()
        for value in AttendeeRole:
            self.role.addItem(words.role(value), value)
        self.dietary = QLineEdit()
        self.dietary.setPlaceholderText(self.tr("e.g. vegan; no nuts"))
        self.accessibility = QLineEdit()
        self.accessibility.setPlaceholderText(self.tr("e.g. step-free entrance"))
        self.save = QPushButton(self.tr("Save changes"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error.hide()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History"))
        form = QFormLayout()
        form.addRow(self.tr("Guests:"), self.guests)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Dietary:"), self.dietary)
        form.addRow(self.tr("Accessibility:"), self.accessibility)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        self.save.clicked.connect(self._on_save_clicked)
        self.show_row(None, [])

    def show_row(self, row: RsvpRow | None, history: list[HistoryLine]) -> None:
        self.row = row
        self.error.hide()
        editable = row is not None
        for widget in (self.guests, self.role, self.dietary, self.accessibility, self.save):
            widget.setEnabled(editable)
        self.history.clear()
        if row is None:
            self.name.setText(self.tr("No guest selected"))
            self.about.setText(self.tr("Select a guest to see and change their details."))
            self.guests.setValue(0)
            self.dietary.clear()
            self.accessibility.clear()
            return
        self.name.setText(row.display_name)
        facts = [p for p in (row.email, row.organization) if p]
        facts.append(words.state(row))
        facts.append(self.tr("Check-in code: %1").replace("%1", row.checkin_code))
        if row.checked_in_at:
            facts.append(
                self.tr("Checked in %1").replace("%1", words.local_time(row.checked_in_at))
            )
        if row.reconfirmed_at:
            facts.append(
                self.tr("Reconfirmed %1").replace("%1", words.local_time(row.reconfirmed_at))
            )
        facts.append(self.tr("Source: %1").replace("%1", words.source(row.source)))
        self.about.setText("\n".join(facts))
        self.guests.setValue(row.guests)
        self.role.setCurrentIndex(self.role.findData(row.role))
        self.dietary.setText(row.dietary)
        self.accessibility.setText(row.accessibility)
        for line in reversed(history):
            before, after = line.response_from, line.response_to
            change = ""
            if before is not None and after is not None and before is not after:
                change = f"{words.response(before)} → {words.response(after)}"
            text = " · ".join(
                p
                for p in (
                    words.local_time(line.changed_at),
                    change,
                    words.history_detail(line.detail),
                )
                if p
            )
            self.history.addItem(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _on_save_clicked(self) -> None:
        if self.row is None:
            return
        self.save_requested.emit(
            self.row.id,
            self.guests.value(),
            self.role.currentData(),
            self.dietary.text(),
            self.accessibility.text(),
        )
