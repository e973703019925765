"""Progress toward an event's core target, shown big at the top of the core board."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import gate
from app.domain.enums import CoreStage, EventStatus
from app.domain.events import MAX_CAPACITY

from app.ui import labels
from app.ui.core import words


class CoreProgressHeader(QFrame):
    """Signals:
    target_changed(object): the user chose a new target (an int, or None for no target).
    announce_requested(): the user wants to announce the event.
    """

    target_changed = Signal(object)
    announce_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coreProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure = QLabel()
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.figure.setFont(font)
        self.figure.setAccessibleName(self.tr("Core progress"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.target = QSpinBox()
        self.target.setRange(0, MAX_CAPACITY)
        self.target.setSpecialValueText(self.tr("none"))
        self.target.setKeyboardTracking(False)
        self.target.setAccessibleName(self.tr("Core target"))
        self.target.setToolTip(self.tr("How many people should commit before you announce"))
        target_label = QLabel(self.tr("Core &target:"))
        target_label.setBuddy(self.target)
        self.announce = QPushButton(self.tr("&Announce…"))
        self.announce.setToolTip(self.tr("Set the event's status to announced"))

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.figure)
        text.addWidget(self.bar)
        text.addWidget(self.message)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(text, 1)
        row.addSpacing(16)
        row.addWidget(target_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.target, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.announce, 0, Qt.AlignmentFlag.AlignVCenter)
        self.target.valueChanged.connect(self._on_target_value_changed)
        self.announce.clicked.connect(self.announce_requested)

    def show_progress(
        self, counted: int, target: int | None, candidates: int, status: EventStatus
    ) -> None:
        state = gate(target, counted)
        self.target.blockSignals(True)
        self.target.setValue(target or 0)
        self.target.blockSignals(False)
        number = labels.format_number
        if target is None:
            self.figure.setText(self.tr("%1 committed").replace("%1", number(counted)))
        else:
            self.figure.setText(
                self.tr("%1 of %2 committed")
                .replace("%1", number(counted))
                .replace("%2", number(target))
            )
        self.bar.setRange(0, max(target or 0, 1))
        self.bar.setValue(min(counted, target or 0))
        colour = words.stage_colour(CoreStage.CONFIRMED if state.ready else CoreStage.ASKED)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {colour.name()}; border-radius: 4px; }}"
        )
        self.bar.setVisible(target is not None)
        announced = status in (EventStatus.ANNOUNCED, EventStatus.DONE)
        if announced:
            message = self.tr("This event is announced.")
        elif target is None:
            message = self.tr("Set a core target to see how close you are to announcing.")
        elif state.ready:
            message = self.tr("Ready to announce ✓")
        else:
            message = labels.count(
                "CoreProgressHeader",
                state.missing,
                "%n more to go before you announce.",
                "%n more to go before you announce.",
            )
        if not candidates and not announced:
            message += " " + self.tr("Start by adding people to ask.")
        self.message.setText(message)
        self.announce.setEnabled(status in (EventStatus.DRAFT, EventStatus.CONFIRMING_CORE))

    def _on_target_value_changed(self, value: int) -> None:
        self.target_changed.emit(value or None)
