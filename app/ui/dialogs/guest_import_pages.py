"""Pieces of the import dialog: the column mapping, the same-name decisions, the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.guest_import_dto import ImportPlan, ImportResult, SameNameMatch
from app.services.guestlists import ColumnMapping, Field, GuestListPreview
from app.services.guestlists.model import MULTI_COLUMN_FIELDS

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui.messages import translated
from app.ui.table_fit import fit_titles

EXAMPLES = 3


def remap(mapping: ColumnMapping, column: int, field: Field | None) -> ColumnMapping:
    """The mapping after the user set column `column` to `field` (None: not imported)."""
    old = mapping.field_at(column)
    if old is not None:
        mapping = mapping.with_columns(old, [c for c in mapping.columns(old) if c != column])
    if field is None:
        return mapping
    if field in MULTI_COLUMN_FIELDS:
        return mapping.with_columns(field, [*mapping.columns(field), column])
    return mapping.with_column(field, column)


class MappingTable(QTableWidget):
    """One line per column of the file: its header, examples, and what it is imported as.

    Signals:
        mapping_changed(object): the ColumnMapping after the user's correction.
    """

    mapping_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes through the "Import as" boxes, then on
        self.setAccessibleName(self.tr("Column mapping"))
        self.mapping = ColumnMapping()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_titles(self)  # the header's font and margins are known once shown

    def show_preview(self, preview: GuestListPreview) -> None:
        table = preview.table
        self.mapping = preview.mapping
        self.setRowCount(len(table.header))
        for column, title in enumerate(table.header):
            self.setItem(column, 0, QTableWidgetItem(title or self.tr("(no name)")))
            seen: list[str] = []
            for _line, cells in table.rows:
                value = cells[column].strip() if column < len(cells) else ""
                if value and value not in seen:
                    seen.append(value.replace("\n", " ⏎ "))
                if len(seen) == EXAMPLES:
                    break
            example = QTableWidgetItem(" · ".join(seen))
            example.setToolTip("\n".join(seen))
            self.setItem(column, 1, example)
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), None)
            for fld in Field:
                box.addItem(words.field(fld), fld)
            box.setCurrentIndex(box.findData(preview.mapping.field_at(column)))
            box.setAccessibleName(self.tr("Import column %1 as").replace("%1", title))
            box.activated.connect(lambda _i, c=column, b=box: self._on_box_activated(c, b))
            self.setCellWidget(column, 2, box)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), 190))
        fit_titles(self)

    def box(self, column: int) -> QComboBox:
        widget = self.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def choose(self, column: int, field: Field | None) -> None:
        """Set a column's field as a user would (tests and keyboard users)."""
        box = self.box(column)
        box.setCurrentIndex(box.findData(field))
        self._on_box_activated(column, box)

    def _on_box_activated(self, column: int, box: QComboBox) -> None:
        data = box.currentData()
        field = None if data is None else Field(data)  # Qt hands enums back as strings
        self.mapping = remap(self.mapping, column, field)
        for row in range(self.rowCount()):
            other = self.box(row)
            other.blockSignals(True)
            other.setCurrentIndex(other.findData(self.mapping.field_at(row)))
            other.blockSignals(False)
        self.mapping_changed.emit(self.mapping)


class MergeTable(QTableWidget):
    """Guests whose name is already in Convivio: the user says who they are, line by line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Guest in the file"), self.tr("Is…")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes through the decision boxes, then on
        self.setAccessibleName(self.tr("Same-name decisions"))
        self.matches: list[SameNameMatch] = []

    def show_matches(self, matches: tuple[SameNameMatch, ...]) -> None:
        self.matches = list(matches)
        self.setRowCount(len(matches))
        for row, match in enumerate(matches):
            facts = [p for p in (match.email, match.organization) if p]
            facts.append(
                labels.count(
                    "MergeTable",
                    len(match.candidates),
                    "%n person of that name is known",
                    "%n people of that name are known",
                )
            )
            text = self.tr("Line %1: %2").replace("%1", str(match.line)).replace("%2", match.name)
            item = QTableWidgetItem(f"{text}\n{', '.join(facts)}")
            self.setItem(row, 0, item)
            box = QComboBox()
            box.addItem(self.tr("A new person"), None)
            for person in match.candidates:
                details = ", ".join(p for p in (person.email, person.organization) if p)
                label = self.tr("Same as %1").replace("%1", person.display_name)
                box.addItem(f"{label} ({details})" if details else label, person.id)
            self.setCellWidget(row, 1, box)
        self.resizeRowsToContents()

    def decide(self, line: int, person_id: int | None) -> None:
        row = next(n for n, m in enumerate(self.matches) if m.line == line)
        box = self.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(person_id))

    def merge_single_matches(self) -> None:
        for row, match in enumerate(self.matches):
            if len(match.candidates) == 1:
                box = self.cellWidget(row, 1)
                assert isinstance(box, QComboBox)
                box.setCurrentIndex(1)

    def merges(self) -> dict[int, int]:
        chosen: dict[int, int] = {}
        for row, match in enumerate(self.matches):
            box = self.cellWidget(row, 1)
            assert isinstance(box, QComboBox)
            if box.currentData() is not None:
                chosen[match.line] = int(box.currentData())
        return chosen


class CapacityChoice(QWidget):
    """When the event is full: how many answering going will wait, and the choice to let
    everyone in beyond capacity instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.let_in = QCheckBox(self.tr("Let everyone marked going in, over capacity"))
        self.let_in.setToolTip(
            self.tr(
                "They are marked as beyond capacity, like hosts and speakers seated on purpose."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        layout.addWidget(self.let_in)
        self.offered = False

    def show_plan(self, plan: ImportPlan) -> None:
        """Show the choice when some would wait (unchecked until the user says: capacity holds)."""
        self.offered = bool(plan.waitlisted) and plan.capacity is not None
        self.setVisible(self.offered)
        if plan.capacity is None:
            return
        self.explain.setText(
            labels.count(
                "CapacityChoice",
                plan.waitlisted,
                "The event is full (capacity %1): %n guest marked going will join the "
                "waitlist, in the file's order.",
                "The event is full (capacity %1): %n guests marked going will join the "
                "waitlist, in the file's order.",
            ).replace("%1", labels.format_number(plan.capacity))
        )

    @property
    def over_capacity(self) -> bool:
        return self.offered and self.let_in.isChecked()


class SummaryView(QWidget):
    """What the import did, and the lines it couldn't take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected = QListWidget()
        self.rejected.setAccessibleName(self.tr("Lines not imported"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        self.rejected_title = QLabel(self.tr("Lines not imported"))
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes, 1)

    def show_result(self, result: ImportResult) -> None:
        n = labels.format_number
        parts = [
            self.tr("<b>%1 new guests</b>, %2 updated, %3 already up to date.")
            .replace("%1", n(result.imported))
            .replace("%2", n(result.updated))
            .replace("%3", n(result.unchanged)),
            self.tr("New people: %1 · merged with someone you know: %2.")
            .replace("%1", n(result.people_created))
            .replace("%2", n(result.merged)),
        ]
        if result.waitlisted:
            parts.append(
                self.tr("%1 guests marked going joined the waitlist: the event is full.").replace(
                    "%1", n(result.waitlisted)
                )
            )
        if result.over_capacity:
            parts.append(
                self.tr("%1 guests marked going were let in beyond capacity.").replace(
                    "%1", n(result.over_capacity)
                )
            )
        if result.rejected:
            parts.append(
                self.tr(
                    "%1 lines could not be imported; fix them in the file and import again."
                ).replace("%1", n(len(result.rejected)))
            )
        self.headline.setText("<br>".join(parts))
        self.rejected.clear()
        for rejected in result.rejected:
            self.rejected.addItem(
                self.tr("Line %1: %2")
                .replace("%1", str(rejected.line))
                .replace("%2", translated(rejected.reason))
            )
        self.rejected_title.setVisible(bool(result.rejected))
        self.rejected.setVisible(bool(result.rejected))
        self.notes.clear()
        for match in result.same_name_created:
            self.notes.addItem(
                self.tr("Line %1: %2 was added as a new person (same name as someone you know).")
                .replace("%1", str(match.line))
                .replace("%2", match.name)
            )
        for note in result.notes:
            self.notes.addItem(translated(note.message))
