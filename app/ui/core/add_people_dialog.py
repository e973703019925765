"""Choose people to ask for an event's core: by name, tag, similar events, or lapsed contact.

Searches run in a worker as you type; the list shows events attended and no-shows, so the
people who say yes and don't come are visible before anyone asks them again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core_dto import DEFAULT_UNSEEN_DAYS, SuggestMode, SuggestRequest

from app.ui import labels
from app.ui.context import AppContext
from app.ui.focus import buttons_last
from app.ui.jobs import Job
from app.ui.models.core_suggestions import SuggestionsModel
from app.ui.models.roles import Role

DEBOUNCE_MS = 200


class AddPeopleDialog(QDialog):
    """Signals:
    people_chosen(list): ids of the people to add; the dialog stays open for more.
    """

    people_chosen = Signal(list)

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Add people to the core"))
        self.mode = QComboBox()
        for mode, text in (
            (SuggestMode.SEARCH, self.tr("Search by name, e-mail or organization")),
            (SuggestMode.TAG, self.tr("People with a tag")),
            (SuggestMode.SIMILAR, self.tr("Came to similar events")),
            (SuggestMode.UNSEEN, self.tr("Haven't seen in a while")),
        ):
            self.mode.addItem(text, mode.value)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Type to search…"))
        self.text.setAccessibleName(self.tr("Search text"))
        self.tag = QComboBox()
        self.tag.addItems(ctx.services.core.tags())
        self.days = QSpinBox()
        self.days.setRange(7, 3650)
        self.days.setValue(DEFAULT_UNSEEN_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setPrefix(self.tr("more than "))
        self.model = SuggestionsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("People found"))
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("&Add to core"))
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.text, 1)
        top.addWidget(self.tag, 1)
        top.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        buttons_last(self, self.buttons)
        self.resize(860, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._connect_signals()
        self._on_mode_changed()
        self.text.setFocus()

    def _connect_signals(self) -> None:
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.text.textChanged.connect(self._timer.start)
        self.text.returnPressed.connect(self._on_text_return_pressed)
        self.tag.currentIndexChanged.connect(self.search_now)
        self.days.valueChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.search_now)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.activated.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.buttons.rejected.connect(self.reject)

    def current_mode(self) -> SuggestMode:
        return SuggestMode(self.mode.currentData())

    def request(self) -> SuggestRequest:
        mode = self.current_mode()
        return SuggestRequest(
            self.event_id,
            mode,
            text=self.text.text(),
            tag=self.tag.currentText() if mode is SuggestMode.TAG else "",
            unseen_days=self.days.value(),
        )

    def search_now(self, *_args: Any) -> None:
        """Run the search in a worker; an older search still running is dropped."""
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
        request, core = self.request(), self.ctx.services.core
        job = Job(lambda _progress, _cancelled: core.suggest(request), name="core suggestions")
        job.signals.finished.connect(lambda rows, j=job: self._on_job_finished(j, rows))
        job.signals.failed.connect(lambda error, j=job: self._on_job_failed(j, error))
        self._job = job
        self.status.setText(self.tr("Searching…"))
        self.ctx.runner.start(job)

    def chosen_ids(self) -> list[int]:
        rows = self.view.selectionModel().selectedRows()
        return [int(i.data(Role.ID)) for i in sorted(rows, key=lambda i: i.row())]

    def done(self, result: int) -> None:
        # A search finishing after the dialog closed must find nothing to update.
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)

    # -- slots ---------------------------------------------------------------------------------

    def _on_mode_changed(self, *_args: Any) -> None:
        mode = self.current_mode()
        self.tag.setVisible(mode is SuggestMode.TAG)
        self.days.setVisible(mode is SuggestMode.UNSEEN)
        self.text.setPlaceholderText(
            self.tr("Type to search…") if mode is SuggestMode.SEARCH else self.tr("Narrow down…")
        )
        self.search_now()

    def _on_text_return_pressed(self) -> None:
        self.search_now()
        if self.model.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.selectRow(0)

    def _on_job_finished(self, job: Job, rows: list[Any]) -> None:
        if job is not self._job:
            return
        self._job = None
        self.model.set_rows(rows)
        if rows:
            self.status.setText(
                labels.count("AddPeopleDialog", len(rows), "%n person found", "%n people found")
            )
        else:
            self.status.setText(self._nobody_text())
        self._on_selection_changed()

    def _nobody_text(self) -> str:
        mode = self.current_mode()
        if mode is SuggestMode.TAG:
            text = self.tr("No one else has this tag.")
        elif mode is SuggestMode.SIMILAR:
            text = self.tr("No one has come to an event of this kind yet.")
        elif mode is SuggestMode.UNSEEN:
            text = self.tr("Everyone you know was seen more recently than that.")
        else:
            text = self.tr("No one found.")
        return text + " " + self.tr("(People already on this core aren't listed.)")

    def _on_job_failed(self, job: Job, error: BaseException) -> None:
        if job is self._job:
            self._job = None
            self.status.setText("")
            self.ctx.errors.present(error, self)

    def _on_selection_changed(self, *_args: Any) -> None:
        self.add_button.setEnabled(bool(self.chosen_ids()))

    def _on_add_clicked(self, *_args: Any) -> None:
        ids = self.chosen_ids()
        if ids:
            self.people_chosen.emit(ids)
            self.search_now()
