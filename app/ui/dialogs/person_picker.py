"""Choose one person from the contact list by typing part of a name, e-mail or organization.

Fast with 100,000 people: nothing is loaded up front; 200 ms after the last keystroke one
search asks the database for the first 20 matches (about 2 ms, at worst 25 ms on a
100,000-person file when nothing matches), shown in a completer popup.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.dto import PersonRow

Search = Callable[[str, int], list[PersonRow]]


class PeopleLookup(Protocol):
    """What a picker needs from the people service."""

    def search(self, text: str, limit: int | None = None) -> list[PersonRow]: ...
    def rows(self, ids: Collection[int]) -> list[PersonRow]: ...


def person_name(people: PeopleLookup | None, person_id: int | None) -> str:
    """The display name of a person to show in a picker ("" when unknown or gone)."""
    if people is None or person_id is None:
        return ""
    found = people.rows([person_id])
    return found[0].display_name if found else ""


ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 20
DELAY_MS = 200


class PersonPicker(QLineEdit):
    """Signals:
    person_changed(object): the chosen person's id, or None when the choice was cleared.
    """

    person_changed = Signal(object)

    def __init__(self, search: Search | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._id: int | None = None
        self._name = ""
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name, e-mail or organization"))
        self.suggestions = QStandardItemModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.completer_.setMaxVisibleItems(LIMIT)
        self.setCompleter(self.completer_)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self.setEnabled(search is not None)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._on_text_edited)
        self._timer.timeout.connect(self.run_search)
        activated: Any = self.completer_.activated  # overloaded: (str) and (QModelIndex)
        activated[QModelIndex].connect(self._on_completer_activated)
        self.editingFinished.connect(self._on_editing_finished)

    # -- public ------------------------------------------------------------------------------

    def person_id(self) -> int | None:
        return self._id

    def set_person(self, person_id: int | None, name: str = "") -> None:
        """Show a chosen person (or none) without searching."""
        changed = person_id != self._id
        self._id, self._name = person_id, name if person_id is not None else ""
        self.setText(self._name)
        if changed:
            self.person_changed.emit(person_id)

    def run_search(self) -> None:
        """Fill the suggestions for the text typed so far and pop them up."""
        text = self.text().strip()
        self.suggestions.clear()
        if not text or self._search is None:
            return
        for row in self._search(text, LIMIT):
            details = " · ".join(p for p in (row.email, row.organization) if p)
            item = QStandardItem(f"{row.display_name} — {details}" if details else row.display_name)
            item.setData(row.id, ID_ROLE)
            item.setData(row.display_name, NAME_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if self.suggestions.rowCount() and self.hasFocus():
            self.completer_.complete()

    # -- slots ------------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if self._id is not None and text != self._name:
            self._id, self._name = None, ""
            self.person_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.suggestions.clear()

    def _on_completer_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        person_id = index.data(ID_ROLE)
        if person_id is not None:
            self._timer.stop()
            self.set_person(int(person_id), str(index.data(NAME_ROLE)))

    def _on_editing_finished(self) -> None:
        """Leaving the field with text that names exactly one person chooses that person."""
        if self._id is not None or not self.text().strip() or self._search is None:
            return
        self._timer.stop()
        found = self._search(self.text().strip(), 2)
        if len(found) == 1:
            self.set_person(found[0].id, found[0].display_name)
