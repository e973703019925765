"""Log a conversation: how it happened, a note, and when to follow up.

Used for moving a candidate between stages, marking a follow-up done and logging a chat from a
person's page. Ctrl+Enter saves from anywhere, so a keyboard move is: Ctrl+→, type, Ctrl+Enter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.domain.core import ConversationDraft
from app.domain.enums import Channel

from app.ui import labels
from app.ui.core import words
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box


class ConversationDialog(RecordDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        errors: ErrorPresenter,
        *,
        today: date,
        follow_up: date | None = None,
        channel: Channel = Channel.MESSAGE,
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, errors, parent)
        self._today = today
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.channel = QComboBox()
        for value in Channel:
            self.channel.addItem(words.channel(value), value.value)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.note = text_box(4.5)
        self.note.setPlaceholderText(self.tr("What was said, what's next…"))
        self.follow = QCheckBox(self.tr("&Follow up on"))
        self.follow_on = QDateEdit()
        self.follow_on.setCalendarPopup(True)
        self.follow_on.setAccessibleName(self.tr("Follow-up date"))
        self.follow_on.setMinimumDate(labels.qdate(today))
        self.follow_on.setDate(labels.qdate(follow_up or today))
        self.follow.setChecked(follow_up is not None)
        self.follow_on.setEnabled(follow_up is not None)
        follow_row = QWidget()
        row = QHBoxLayout(follow_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow)
        row.addWidget(self.follow_on, 1)
        self.form.addRow(self.intro)
        self.add_field(self.tr("&How:"), self.channel, "channel")
        self.add_field(self.tr("&Note:"), self.note, "note")
        self.add_field("", follow_row, "follow_up_on")
        if ok_text:
            self.buttons.button(self.buttons.StandardButton.Save).setText(ok_text)
        self.setMinimumWidth(440)
        self.follow.toggled.connect(self.follow_on.setEnabled)
        # Enter in the note starts a new line; Ctrl+Enter saves. (Elsewhere Enter saves.)
        self.note.installEventFilter(self)
        self.note.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._on_buttons_accepted()
                return True
        return super().eventFilter(watched, event)

    def draft(self) -> ConversationDraft:
        follow_up = None
        if self.follow.isChecked():
            picked: QDate = self.follow_on.date()
            follow_up = date(picked.year(), picked.month(), picked.day())
        return ConversationDraft(
            channel=Channel(self.channel.currentData()),
            note=self.note.toPlainText(),
            follow_up_on=follow_up,
            today=self._today,
        )
