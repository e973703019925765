"""The selected venue partner, in tabs: the venue, rooms, contacts, terms, pipeline, history."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PartnerStage
from app.domain.events import to_local
from app.domain.venues import PIPELINE
from app.services.venue_dto import HostedEventDto, VenueDto, VenueStepDto

from app.ui import labels, venue_labels
from app.ui.context import AppContext


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)  # values are escaped; links are anchors
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _html(text: str) -> str:
    """Plain text for a rich-text label: escaped, line breaks kept, a dash when empty."""
    return html.escape(text).replace("\n", "<br>") if text.strip() else "—"


def _table(headers: list[str], stretch: int, name: str) -> QTableWidget:
    """A small read-only table (a partner has a handful of rooms, contacts, steps); column
    `stretch` takes the room left, so the whole table fits without scrolling sideways."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    """Rows of (id, cells); the id rides on the first cell's UserRole."""
    table.setRowCount(len(rows))
    for r, (item_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            table.setItem(r, c, item)


def _selected_id(table: QTableWidget) -> int | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


def _local_when(instant: datetime) -> str:
    local = instant.astimezone()
    return f"{labels.format_date(local.date())} {labels.format_time(local)}"


class VenueDetail(QWidget):
    """Signals:
    edit_requested(int): edit this venue.
    log_step_requested(int, object, object): venue id, stage to preselect (or None), event id
        the step is about (or None).
    remove_step_requested(int): take this step out of the log.
    host_sheet_requested(int, bool): event id, include the guest list even if not asked.
    event_activated(int): the user opened an event from the history.
    """

    edit_requested = Signal(int)
    log_step_requested = Signal(int, object, object)
    remove_step_requested = Signal(int)
    host_sheet_requested = Signal(int, bool)
    event_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.venue: VenueDto | None = None
        self.steps: list[VenueStepDto] = []
        self.history: list[HostedEventDto] = []
        self.title = QLabel()
        self.title.setObjectName("venueTitle")
        title_font = self.title.font()  # relative: follows the system font size
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.stage_label = QLabel()
        self.stage_label.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit &Partner…"))
        self.tabs = QTabWidget()
        self.fields: dict[str, QLabel] = {}
        self.tabs.addTab(self._form_tab(self._venue_rows()), self.tr("Venue"))
        self.rooms = _table(
            [self.tr("Room"), self.tr("Seated"), self.tr("Standing"), self.tr("Notes")],
            3,
            self.tr("Rooms"),
        )
        self.tabs.addTab(self.rooms, self.tr("Rooms"))
        self.contacts = _table(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")],
            2,
            self.tr("Contacts"),
        )
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self._form_tab(self._terms_rows()), self.tr("Terms"))
        self.tabs.addTab(self._pipeline_tab(), self.tr("Pipeline"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.empty = QLabel(self.tr("Choose a venue partner to see its details."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self._connect_signals()
        self.show_venue(None)

    # -- building ---------------------------------------------------------------------------

    def _venue_rows(self) -> list[tuple[str, str]]:
        return [
            ("organization", self.tr("Organization:")),
            ("address", self.tr("Address:")),
            ("access", self.tr("How to get in:")),
            ("timezone", self.tr("Time zone:")),
            ("closing", self.tr("Closes at:")),
            ("capacity", self.tr("Capacity:")),
            ("amenities", self.tr("Amenities:")),
            ("food", self.tr("Food and drink:")),
            ("house", self.tr("House rules:")),
            ("security", self.tr("Security:")),
            ("links", self.tr("Links:")),
            ("notes", self.tr("Notes:")),
        ]

    def _terms_rows(self) -> list[tuple[str, str]]:
        return [
            ("terms", self.tr("Terms:")),
            ("cost", self.tr("Cost:")),
            ("gives_back", self.tr("They get:")),
            ("partnership_notes", self.tr("Notes:")),
        ]

    def _form_tab(self, rows: list[tuple[str, str]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, title in rows:
            self.fields[key] = _value_label()
            form.addRow(title, self.fields[key])
        return page

    def _pipeline_tab(self) -> QWidget:
        page = QWidget()
        self.follow_up_label = QLabel()
        self.step_table = _table(
            [self.tr("When"), self.tr("Move"), self.tr("How"), self.tr("Follow-up"),
             self.tr("Note")], 4, self.tr("Partnership steps")
        )  # fmt: skip
        self.log_button = QPushButton(self.tr("&Log a step…"))
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.remove_step_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.follow_up_label)
        layout.addWidget(self.step_table, 1)
        layout.addLayout(buttons)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.history_table = _table(
            [self.tr("Date"), self.tr("Event"), self.tr("Room"), self.tr("Status"),
             self.tr("People"), self.tr("Thank-you")], 1, self.tr("Events hosted")
        )  # fmt: skip
        self.thank_button = QPushButton(self.tr("&Thank the host…"))
        self.sheet_button = QPushButton(self.tr("Host &sheet…"))
        self.force_guest_list = QCheckBox(self.tr("Include the guest list"))
        self.force_guest_list.setToolTip(
            self.tr("Print the guest list even if the venue doesn't ask for one")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.thank_button)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.force_guest_list)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.history_table, 1)
        layout.addLayout(buttons)
        return page

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.log_button.clicked.connect(self._on_log_clicked)
        self.remove_step_button.clicked.connect(self._on_remove_step_clicked)
        self.thank_button.clicked.connect(self._on_thank_clicked)
        self.sheet_button.clicked.connect(self._on_sheet_clicked)
        self.step_table.itemSelectionChanged.connect(self._update_buttons)
        self.history_table.itemSelectionChanged.connect(self._update_buttons)
        self.history_table.itemDoubleClicked.connect(self._on_history_double_clicked)

    # -- showing ----------------------------------------------------------------------------

    def show_venue(self, venue_id: int | None) -> None:
        """Load and show a venue (None: nothing selected). Errors go to the presenter."""
        self.venue, self.steps, self.history = None, [], []
        if venue_id is not None:
            service = self.ctx.services.venues
            try:
                self.venue = service.get(venue_id)
                self.steps = service.steps(venue_id)
                self.history = service.history(venue_id)
            except Exception as error:  # noqa: BLE001 - shown to the user
                self.venue = None
                self.ctx.errors.present(error, self)
        shown = self.venue is not None
        for widget in (self.title, self.stage_label, self.edit_button, self.tabs):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if self.venue is not None:
            self._show(self.venue)
        self._update_buttons()

    def refresh(self) -> None:
        self.show_venue(self.venue.id if self.venue else None)

    def _show(self, v: VenueDto) -> None:
        self.title.setText(v.name)
        self.stage_label.setText(self._path_html(v.stage))
        f = self.fields
        f["organization"].setText(_html(v.organization))
        f["address"].setText(_html(v.address))
        f["access"].setText(_html(v.access_notes))
        f["timezone"].setText(_html(v.timezone or self.tr("The event's time zone")))
        f["closing"].setText(v.closing_time.strftime("%H:%M") if v.closing_time else "—")
        f["capacity"].setText(labels.format_number(v.capacity) if v.capacity is not None else "—")
        f["amenities"].setText(_html(venue_labels.vocabulary_text(v.amenities)))
        f["food"].setText(_html(v.food_rules))
        f["house"].setText(_html(v.house_rules))
        f["security"].setText(_html(self._security_text(v)))
        f["links"].setText(
            "<br>".join(f'<a href="{html.escape(u)}">{html.escape(u)}</a>' for u in v.links) or "—"
        )
        f["notes"].setText(_html(v.notes))
        f["terms"].setText(_html(venue_labels.terms(v.terms)))
        f["cost"].setText(f"{v.cost} {v.currency}".strip() if v.cost is not None else "—")
        f["gives_back"].setText(_html(venue_labels.vocabulary_text(v.gives_back)))
        f["partnership_notes"].setText(_html(v.partnership_notes))
        _fill(self.rooms, [
            (r.id, [r.name, "" if r.seated is None else labels.format_number(r.seated),
                    "" if r.standing is None else labels.format_number(r.standing), r.notes])
            for r in v.rooms
        ])  # fmt: skip
        _fill(self.contacts, [
            (c.person_id, [c.name, c.role, c.email, c.phone]) for c in v.contacts
        ])  # fmt: skip
        due = labels.format_date(v.next_follow_up_on) if v.next_follow_up_on else self.tr("none")
        self.follow_up_label.setText(self.tr("Next follow-up: %1").replace("%1", due))
        _fill(self.step_table, [
            (s.id, [_local_when(s.occurred_at),
                    f"{venue_labels.stage(s.stage_from) if s.stage_from else ''} → "
                    f"{venue_labels.stage(s.stage_to)}",
                    venue_labels.channel(s.channel), self._follow_up_text(s),
                    " · ".join(p for p in (s.event_title, s.note.replace("\n", " ")) if p)])
            for s in self.steps
        ])  # fmt: skip
        self._show_history(v)

    def _show_history(self, v: VenueDto) -> None:
        thanked = labels.format_date(v.last_thanked_on) if v.last_thanked_on else self.tr("never")
        held = labels.count(
            "VenueDetail", v.events_hosted, "%n event held here", "%n events held here"
        )
        self.summary_label.setText(
            self.tr("%1 so far; last thanked: %2.").replace("%1", held).replace("%2", thanked)
        )
        rows = []
        for h in self.history:
            zone = v.timezone or h.timezone
            day = labels.format_date(to_local(h.starts_at, zone).date())
            people = labels.format_number(h.headcount)
            people = (self.tr("%1 checked in") if h.checked_in else self.tr("%1 going")).replace(
                "%1", people
            )
            if h.thanked_on:
                thanks = self.tr("Thanked %1").replace("%1", labels.format_date(h.thanked_on))
            elif h.thank_due_on:
                thanks = self.tr("Due %1").replace("%1", labels.format_date(h.thank_due_on))
            else:
                thanks = ""
            rows.append(
                (h.event_id, [day, h.title, h.room, labels.event_status(h.status), people, thanks])
            )
        _fill(self.history_table, rows)

    def _path_html(self, current: PartnerStage) -> str:
        words = []
        for stage in PIPELINE:
            word = html.escape(venue_labels.stage(stage))
            words.append(f"<b><u>{word}</u></b>" if stage is current else word)
        path = " → ".join(words)
        if current not in PIPELINE:
            path += f" &nbsp;·&nbsp; <b><u>{html.escape(venue_labels.stage(current))}</u></b>"
        return path

    def _security_text(self, v: VenueDto) -> str:
        parts = []
        if v.guest_list_days_before is not None:
            parts.append(
                self.tr("Guest list %1 days before").replace(
                    "%1", labels.format_number(v.guest_list_days_before)
                )
            )
        if v.id_required:
            parts.append(self.tr("photo ID at the door"))
        if v.security_notes:
            parts.append(v.security_notes)
        return "; ".join(parts)

    def _follow_up_text(self, step: VenueStepDto) -> str:
        if step.follow_up_on is None:
            return ""
        day = labels.format_date(step.follow_up_on)
        return self.tr("%1 (done)").replace("%1", day) if step.follow_up_done_at else day

    def selected_event(self) -> HostedEventDto | None:
        event_id = _selected_id(self.history_table)
        return next((h for h in self.history if h.event_id == event_id), None)

    def _update_buttons(self) -> None:
        event = self.selected_event()
        self.remove_step_button.setEnabled(_selected_id(self.step_table) is not None)
        self.thank_button.setEnabled(event is not None and event.thank_due_on is not None)
        self.sheet_button.setEnabled(event is not None)
        self.force_guest_list.setEnabled(event is not None)

    # -- slots --------------------------------------------------------------------------------

    def _on_edit_clicked(self) -> None:
        if self.venue is not None:
            self.edit_requested.emit(self.venue.id)

    def _on_log_clicked(self) -> None:
        if self.venue is not None:
            self.log_step_requested.emit(self.venue.id, None, None)

    def _on_remove_step_clicked(self) -> None:
        step_id = _selected_id(self.step_table)
        if step_id is not None:
            self.remove_step_requested.emit(step_id)

    def _on_thank_clicked(self) -> None:
        event = self.selected_event()
        if self.venue is not None and event is not None:
            self.log_step_requested.emit(self.venue.id, PartnerStage.THANKED, event.event_id)

    def _on_sheet_clicked(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.host_sheet_requested.emit(event.event_id, self.force_guest_list.isChecked())

    def _on_history_double_clicked(self, item: QTableWidgetItem) -> None:
        self.event_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
