"""When a teammate saved the same record first: show both versions and let the user choose.

Keep mine, take theirs, or pick field by field; nothing is overwritten without the user seeing
the other value.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_labels import field_name, value_text
from app.ui.focus import buttons_last


class ConflictDialog(QDialog):
    """Signals:
    resolved(object): the draft to save, combining the user's choices.
    """

    resolved = Signal(object)

    def __init__(
        self, mine: Any, theirs: Any, who: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this"))
        self._mine, self._theirs = mine, theirs
        self._choices: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1 saved a change to this record while you were editing it. Choose, for each "
                "field, which value to keep."
            ).replace("%1", who or self.tr("A teammate"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Yours</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Theirs</b>")), 0, 2)
        self.differences = [
            f.name
            for f in dataclasses.fields(mine)
            if getattr(mine, f.name) != getattr(theirs, f.name)
        ]
        for row, name in enumerate(self.differences, start=1):
            grid.addWidget(QLabel(field_name(name)), row, 0)
            group = QButtonGroup(self)
            mine_button = QRadioButton(value_text(getattr(mine, name)))
            theirs_button = QRadioButton(value_text(getattr(theirs, name)))
            mine_button.setAccessibleName(self.tr("Keep yours: %1").replace("%1", field_name(name)))
            theirs_button.setAccessibleName(
                self.tr("Take theirs: %1").replace("%1", field_name(name))
            )
            group.addButton(mine_button, 0)
            group.addButton(theirs_button, 1)
            mine_button.setChecked(True)
            grid.addWidget(mine_button, row, 1)
            grid.addWidget(theirs_button, row, 2)
            self._choices[name] = group
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.keep_mine = buttons.addButton(
            self.tr("Keep all mine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.take_theirs = buttons.addButton(
            self.tr("Take all theirs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine.clicked.connect(lambda: self._choose_all(0))
        self.take_theirs.clicked.connect(lambda: self._choose_all(1))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons_last(self, buttons)

    def _choose_all(self, which: int) -> None:
        for group in self._choices.values():
            button = group.button(which)
            if button is not None:
                button.setChecked(True)

    def merged(self) -> Any:
        picks = {
            name: getattr(self._theirs, name)
            for name, group in self._choices.items()
            if group.checkedId() == 1
        }
        return dataclasses.replace(self._mine, **picks)

    def _on_buttons_accepted(self) -> None:
        self.resolved.emit(self.merged())
        self.accept()
