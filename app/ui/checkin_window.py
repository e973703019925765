"""Check-in mode: the door laptop's own window, full screen, with nothing else to click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui.context import AppContext
from app.ui.panels.checkin_panel import CheckinPanel


class CheckinWindow(QMainWindow):
    """One event's door: a big search field, scanner input, walk-ins, live counts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Check-in"))
        self.setObjectName("checkinWindow")
        self.panel = CheckinPanel(ctx)
        self.setCentralWidget(self.panel)
        self.panel.exit_requested.connect(self.close)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape | Qt.KeyboardModifier.ShiftModifier), self)
        leave.activated.connect(self.close)
        self.resize(1100, 760)

    def open_for(self, event_id: int) -> None:
        self.panel.set_event(event_id)
        self.showMaximized()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.set_event(None)
        super().closeEvent(event)
