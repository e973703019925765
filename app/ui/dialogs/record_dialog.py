"""Shared behaviour of the edit dialogs: validation shown inline, nothing lost on failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError, DomainError, EnvironmentProblem, ValidationError

from app.ui.dialogs.conflict_dialog import ConflictDialog
from app.ui.errors import ErrorPresenter
from app.ui.focus import buttons_last, chain
from app.ui.messages import error_text


class RecordDialog(QDialog):
    """Signals:
    saved(object): the save callback succeeded; carries what it returned.
    """

    saved = Signal(object)

    def __init__(self, title: str, errors: ErrorPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._errors = errors
        self._save: Callable[[Any], Any] | None = None
        self._fetch_current: Callable[[], tuple[Any, int, str]] | None = None
        self._save_over: Callable[[Any, int], Any] | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._fields: dict[str, QWidget] = {}
        self._field_order: list[QWidget] = []
        outer = QVBoxLayout(self)
        self._outer = outer
        self._first_page = QWidget()
        self.form = self._new_form(self._first_page)
        outer.addWidget(self._first_page)
        self.tabs: QTabWidget | None = None
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._tab_order_set = False

    def showEvent(self, event: QShowEvent) -> None:
        # The box was made before the subclass's fields: Tab would reach Save first.
        if not self._tab_order_set:
            self._tab_order_set = True
            # Fields made early (with the dialog as parent) would come first otherwise, and the
            # tabs, made when the first page already had its fields, last.
            tab_bar = [self.tabs.tabBar()] if self.tabs is not None else []
            chain(*tab_bar, *self._field_order)
            buttons_last(self, self.buttons)
        super().showEvent(event)

    @staticmethod
    def _new_form(page: QWidget) -> QFormLayout:
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def add_tab(self, title: str) -> None:
        """Start a new tab; the fields added next go there. The first call names the first."""
        if self.tabs is None:
            self.tabs = QTabWidget()
            self._outer.replaceWidget(self._first_page, self.tabs)
            self.tabs.addTab(self._first_page, title)
            self.form.setContentsMargins(9, 9, 9, 9)
            return
        page = QWidget()
        self.form = self._new_form(page)
        self.tabs.addTab(page, title)

    def add_field(self, label: str, widget: QWidget, name: str | None = None) -> None:
        self.form.addRow(label, widget)
        self._field_order.append(widget)
        if name is not None:
            self._fields[name] = widget

    def set_saver(self, save: Callable[[Any], Any]) -> None:
        self._save = save

    def set_conflict_resolver(
        self,
        fetch_current: Callable[[], tuple[Any, int, str]],
        save_over: Callable[[Any, int], Any],
    ) -> None:
        """When a save finds the record changed meanwhile: `fetch_current()` gives the saved
        draft, its version and who saved it; `save_over(draft, version)` saves the user's
        choice on top of that version."""
        self._fetch_current = fetch_current
        self._save_over = save_over

    def draft(self) -> Any:
        raise NotImplementedError

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            if self.tabs is not None:
                for index in range(self.tabs.count()):
                    page = self.tabs.widget(index)
                    if page is not None and page.isAncestorOf(widget):
                        self.tabs.setCurrentIndex(index)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_buttons_accepted(self) -> None:
        try:
            draft = self.draft()
            validated = draft.validated()
            result = self._save(validated) if self._save is not None else validated
        except ValidationError as error:
            self.show_error(error_text(error), error.field)
            return
        except ConflictError as error:
            if self._fetch_current is None:
                self._errors.present(error, self)
            else:
                self._resolve_conflict(validated)
            return
        except DomainError as error:
            self.show_error(error_text(error))
            return
        except EnvironmentProblem as error:
            # Disk full, database locked…: say so, and keep everything the user typed.
            self._errors.present(error, self)
            return
        self._finish(result)

    def _finish(self, result: Any) -> None:
        self.error_label.hide()
        self.saved.emit(result)
        self.accept()

    def _resolve_conflict(self, mine: Any) -> None:
        assert self._fetch_current is not None
        try:
            theirs, version, who = self._fetch_current()
        except (DomainError, EnvironmentProblem) as error:
            self._errors.present(error, self)
            return
        dialog = ConflictDialog(mine, theirs, who, self)
        dialog.resolved.connect(lambda draft: self._on_conflict_resolved(draft, version))
        self.conflict_dialog = dialog
        dialog.open()

    def _on_conflict_resolved(self, draft: Any, version: int) -> None:
        assert self._save_over is not None
        try:
            result = self._save_over(draft, version)
        except ConflictError:
            self._resolve_conflict(draft)  # changed yet again: show the newest values
            return
        except (DomainError, EnvironmentProblem) as error:
            self._errors.present(error, self)
            return
        self._finish(result)
