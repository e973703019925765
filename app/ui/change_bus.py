"""One object that tells every open view what a service call changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes


class ChangeBus(QObject):
    """Signals:
    changed(Changes): emitted after every successful change, by whoever made it.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
