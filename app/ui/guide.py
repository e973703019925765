"""Help → Getting Started: the way Convivio grows an event, in seven short steps.

Each step says where to go and has a "Show Me" button; the window only asks for the place
(a section key or an action id) and the main window takes the user there, so the guide can stay
open beside it while they try.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.pictograms import pictogram, pictogram_icon


@dataclass(frozen=True)
class GuideStep:
    target: str
    """Where "Show Me" goes: a main-window section key or an action id."""
    title: str
    text: str
    picture: str
    """A drawing in app.ui.pictograms."""


class GuideDialog(QDialog):
    """Signals:
    show_me_requested(str): take the user to this section key ("events", "core", "today") or
        trigger this action id ("event.invites", "event.badges", "event.checkin").
    """

    show_me_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built = False  # change events arrive while building
        self.setWindowTitle(self.tr("Getting Started"))
        self.setModal(False)
        self.steps = self._steps()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.pages = QStackedWidget()
        self.show_me_buttons: list[QPushButton] = []
        self.pictures: list[QLabel] = []
        for number, step in enumerate(self.steps, start=1):
            self.step_list.addItem(
                self.tr("%1. %2").replace("%1", str(number)).replace("%2", step.title)
            )
            self.pages.addWidget(self._page(step))
        self._paint_pictures()
        self.position = QLabel()
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self._arrange()
        self._connect_signals()
        self.show_step(0)
        self._built = True

    def _steps(self) -> list[GuideStep]:
        return [
            GuideStep(
                "events",
                self.tr("Plan the event"),
                self.tr(
                    "In <b>Events</b>, add what, when and where, and how many seats there are. "
                    "It stays a draft while you gather your core."
                ),
                "calendar",
            ),
            GuideStep(
                "core",
                self.tr("Confirm a core"),
                self.tr(
                    "Before announcing, ask a few people one to one. In <b>Core</b>, set how "
                    "many you need, add candidates, and move each one from <i>to ask</i> to "
                    "<i>confirmed</i> as you talk. Log each conversation as you go."
                ),
                "people",
            ),
            GuideStep(
                "events",
                self.tr("Announce"),
                self.tr(
                    "When enough of the core has committed, set the event to <i>Announced</i>. "
                    "Convivio tells you if the core is still short, and the confirmed core "
                    "appear on the guest list as going."
                ),
                "megaphone",
            ),
            GuideStep(
                "event.invites",
                self.tr("Invite"),
                self.tr(
                    "Add guests in <b>Guests</b>, or bring a list from Luma, Meetup or "
                    "Eventbrite with <b>Event → Import Guest List</b>. Then choose <b>Event → "
                    "Calendar Invites</b> to send invitations people can add to their "
                    "calendars. Their answers come back with <b>Import Calendar Replies</b> and "
                    "show up in the <b>Guest List</b>."
                ),
                "envelope",
            ),
            GuideStep(
                "event.badges",
                self.tr("Print badges"),
                self.tr(
                    "<b>Event → Badges</b> prints name badges and place cards on common label "
                    "sheets, each with a code to scan at the door. Set your usual labels and "
                    "printer offset in <b>Preferences</b>."
                ),
                "badge",
            ),
            GuideStep(
                "event.checkin",
                self.tr("Check guests in"),
                self.tr(
                    "At the door, open <b>Event → Check-in Mode</b>. Type a few letters of a "
                    "name or scan a badge, and press Enter. Walk-ins can be added on the spot."
                ),
                "check",
            ),
            GuideStep(
                "today",
                self.tr("Follow up"),
                self.tr(
                    "<b>Today</b> lists who to thank and who to check in with after each event, "
                    "follow-ups that are due, and people you haven't talked to in a while."
                ),
                "chat",
            ),
        ]

    def _page(self, step: GuideStep) -> QWidget:
        page = QWidget()
        picture = QLabel()
        self.pictures.append(picture)
        title = QLabel(step.title)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)  # relative: follows the system font size
        font.setBold(True)
        title.setFont(font)
        text = QLabel(step.text)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        show_me = QPushButton(self.tr("&Show Me"))
        show_me.setAccessibleDescription(step.title)
        show_me.clicked.connect(lambda _checked=False, target=step.target: self._show_me(target))
        self.show_me_buttons.append(show_me)
        head = QHBoxLayout()
        head.addWidget(picture)
        head.addWidget(title, 1)
        row = QHBoxLayout()
        row.addWidget(show_me)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _arrange(self) -> None:
        self.step_list.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.position.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 90, self.fontMetrics().height() * 18)

    def _connect_signals(self) -> None:
        self.step_list.currentRowChanged.connect(self._on_step_list_current_row_changed)
        self.back_button.clicked.connect(lambda: self.show_step(self.current_step() - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.current_step() + 1))
        self.buttons.rejected.connect(self.reject)

    def _paint_pictures(self) -> None:
        """Draw the pictures in the current palette (again when the theme changes)."""
        palette, ratio = self.palette(), self.devicePixelRatioF()
        size = self.fontMetrics().height() * 3
        for row, (step, picture) in enumerate(zip(self.steps, self.pictures, strict=True)):
            picture.setPixmap(pictogram(step.picture, size, palette, ratio))
            item = self.step_list.item(row)
            if item is not None:
                item.setIcon(pictogram_icon(step.picture, palette))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._paint_pictures()

    # -- stepping ------------------------------------------------------------------------------

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def show_step(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if self.step_list.currentRow() != index:
            self.step_list.setCurrentRow(index)  # comes back through the slot below
            return
        self.pages.setCurrentIndex(index)
        self.position.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.steps)))
        )
        first, last = index == 0, index == len(self.steps) - 1
        self.back_button.setEnabled(not first)
        self.next_button.setEnabled(not last)
        # Enter goes on through the steps, and closes the guide after the last one.
        default = self.close_button if last else self.next_button
        if default is not None:
            default.setDefault(True)

    def _on_step_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_step(row)

    def _show_me(self, target: str) -> None:
        self.show_me_requested.emit(target)
