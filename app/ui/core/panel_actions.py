"""The core panel's actions: ids "core.verb", texts, shortcuts that work while the panel has
focus, and whether each applies to the current card."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from app.domain.core import BOARD_ORDER, can_move, neighbour_stage
from app.domain.enums import CoreStage
from app.services.core_dto import CandidateDto

from app.ui.core import words
from app.ui.i18n import without_mnemonic

if TYPE_CHECKING:
    from app.ui.panels.core_panel import CorePanel


class CoreActions(QObject):
    def __init__(self, panel: CorePanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.by_id: dict[str, QAction] = {}
        self.add = self._make("core.add_people", self.tr("&Add people…"), "Ins", panel.new_record)
        self.add.setToolTip(self.tr("Find people to ask for this event's core (Insert)"))
        self.move_left = self._make(
            "core.move_left", self.tr("← Move &left"), "Ctrl+Left", self._on_move_left
        )
        self.move_right = self._make(
            "core.move_right", self.tr("Move &right →"), "Ctrl+Right", self._on_move_right
        )
        self.move_up = self._make("core.move_up", self.tr("Move &up"), "Ctrl+Up", self._on_move_up)
        self.move_down = self._make(
            "core.move_down", self.tr("Move &down"), "Ctrl+Down", self._on_move_down
        )
        self.message = self._make(
            "core.write_message", self.tr("Write a &message…"), "Ctrl+M", panel.write_message
        )
        self.open_person = self._make(
            "core.open_person", self.tr("Open &person"), "Ctrl+I", panel.edit_selected
        )
        self.remove = self._make(
            "core.remove", self.tr("Re&move from core…"), "Ctrl+Del", panel.delete_selected
        )
        self.show_list = self._make(
            "core.show_list", self.tr("&List view"), "Ctrl+L", self._on_show_list
        )
        self.show_list.setCheckable(True)
        self.move_to_menu = QMenu(self.tr("Move t&o"), panel)
        self.move_to: dict[CoreStage, QAction] = {}
        for stage in BOARD_ORDER:
            action = self.move_to_menu.addAction(words.stage(stage))
            action.setObjectName(f"core.move_to.{stage.value}")
            action.triggered.connect(lambda _checked=False, s=stage: self._on_move_to(s))
            self.move_to[stage] = action

    def _make(self, action_id: str, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._panel)
        action.setIconText(without_mnemonic(text))
        action.setObjectName(action_id)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{without_mnemonic(text)} ({native})")
        action.triggered.connect(slot)
        self._panel.addAction(action)
        self.by_id[action_id] = action
        return action

    def fill(self, toolbar: QToolBar) -> None:
        toolbar.addAction(self.add)
        toolbar.addSeparator()
        toolbar.addActions([self.move_left, self.move_right])
        button = QToolButton()
        button.setText(self.move_to_menu.title())
        button.setMenu(self.move_to_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(button)
        toolbar.addSeparator()
        toolbar.addActions([self.message, self.open_person, self.remove])
        toolbar.addSeparator()
        toolbar.addAction(self.show_list)

    def update(self, card: CandidateDto | None) -> None:
        has = card is not None
        for action in (self.message, self.open_person, self.remove, self.move_up, self.move_down):
            action.setEnabled(has)
        self.move_left.setEnabled(
            has and card is not None and neighbour_stage(card.stage, -1) is not None
        )
        self.move_right.setEnabled(
            has and card is not None and neighbour_stage(card.stage, 1) is not None
        )
        for stage, action in self.move_to.items():
            action.setEnabled(card is not None and can_move(card.stage, stage))

    def _on_move_left(self) -> None:
        self._panel.move_step(-1)

    def _on_move_right(self) -> None:
        self._panel.move_step(1)

    def _on_move_up(self) -> None:
        self._panel.reorder_step(-1)

    def _on_move_down(self) -> None:
        self._panel.reorder_step(1)

    def _on_show_list(self) -> None:
        self._panel.show_list(self.show_list.isChecked())

    def _on_move_to(self, stage: CoreStage) -> None:
        card = self._panel.current_card()
        if card is not None:
            self._panel.request_move(card.id, stage)
