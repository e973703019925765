"""Check-in mode: a laptop at the entrance, one big field, Enter, next guest.

Nothing of the guest list shows until something is typed (people queueing can read the
screen). Typing a few letters of a name, e-mail or company lists the best matches (accents,
case and small typos forgiven); Enter checks the top one in (or the one picked with the
arrows). A USB barcode scanner types the badge's code and Enter, which checks that guest in
directly. Walk-ins are added with a name and, if they like, an e-mail. Every check-in can be
taken back. Everything is local: the door works with the network off.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import checkin_codes
from app.domain.enums import RsvpResponse
from app.domain.errors import ConvivioError, DomainError
from app.domain.matching import FuzzyIndex
from app.services.changes import Changes, Kind
from app.services.checkin_search import checkin_index
from app.services.rsvp_dto import CheckInResult, RsvpRow

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui.commands.rsvps import RsvpCommand, push_outcome
from app.ui.context import AppContext
from app.ui.core import words as tones
from app.ui.messages import error_text
from app.ui.panels.checkin_parts import DoorSearch, MatchesModel, MatchesView, WalkInForm, scaled

SHOWN = 8
GOING = RsvpResponse.GOING


class CheckinPanel(QWidget):
    """Signals:
    checked_in(int): a guest (RSVP id) was checked in here.
    exit_requested(): the organizer wants to leave check-in mode.
    """

    checked_in = Signal(int)
    exit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self._rows: dict[int, RsvpRow] = {}
        self._codes: dict[str, int] = {}
        self._index = FuzzyIndex()
        self._last: tuple[int, RsvpCommand | None] | None = None
        self.title = QLabel()
        scaled(self.title, 1.3, bold=True)
        self.counter = QLabel()
        self.counter.setObjectName("checkinCounter")
        scaled(self.counter, 2.2, bold=True)
        self.expected = QLabel()
        scaled(self.expected, 1.2)
        self.search = DoorSearch()
        self.search.setPlaceholderText(self.tr("Type a name, e-mail or company — or scan a badge"))
        self.search.setAccessibleName(self.tr("Find a guest"))
        self.search.setClearButtonEnabled(True)
        scaled(self.search, 1.8)
        self.search.setMinimumHeight(self.search.sizeHint().height() + 12)
        self.hint = QLabel(
            self.tr(
                "The guest list stays hidden until you type (people in the queue can see "
                "the screen). Press Enter to check in the top match."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("emptyLabel")
        self.model = MatchesModel(self)
        self.results = MatchesView(self.model)
        # Up and Down in the search field move through the matches: the field is the list's
        # keyboard (and what focus on the list means).
        self.results.setFocusProxy(self.search)
        self.results.hide()
        self.feedback = QLabel()
        self.feedback.setObjectName("checkinFeedback")
        self.feedback.setWordWrap(True)
        scaled(self.feedback, 1.3, bold=True)
        self.undo_button = QPushButton(self.tr("Undo check-in"))
        self.undo_button.hide()
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.setToolTip(self.tr("Someone not on the list: add and check them in"))
        self.exit_button = QPushButton(self.tr("Leave check-in"))
        self.walk_in_form = WalkInForm()
        self.walk_in_form.hide()
        self._build_layout()
        self._connect_signals()
        self.setFocusProxy(self.search)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.walk_in_button)
        top.addWidget(self.exit_button)
        counts = QHBoxLayout()
        counts.addWidget(self.counter)
        counts.addWidget(self.expected, 1, Qt.AlignmentFlag.AlignBottom)
        status = QHBoxLayout()
        status.addWidget(self.feedback, 1)
        status.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(self.search)
        layout.addWidget(self.walk_in_form)
        layout.addLayout(status)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.results, 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.step_requested.connect(self._on_search_step_requested)
        self.results.clicked.connect(self._on_results_clicked)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.walk_in_button.clicked.connect(self._on_walk_in_clicked)
        self.walk_in_form.submitted.connect(self._on_walk_in_form_submitted)
        self.exit_button.clicked.connect(self.exit_requested)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.ctx.database_changed.connect(self._on_ctx_database_changed)

    # -- the event -----------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        """Run the door of this event (None: nothing to check in)."""
        self.event_id = event_id
        self._last = None
        self.undo_button.hide()
        self.feedback.clear()
        self.search.clear()
        self._reload()

    def _reload(self) -> None:
        self._rows, self._codes = {}, {}
        self._index = FuzzyIndex()
        if self.event_id is None or not self.ctx.has_database:
            self.title.setText(self.tr("Check-in: choose an event first"))
            self.counter.clear()
            self.expected.clear()
            self.search.setEnabled(False)
            return
        try:
            event = self.ctx.services.events.get(self.event_id)
            rows = self.ctx.services.rsvps.guest_rows(self.event_id)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        when = labels.format_event_when(event.starts_at, event.timezone, all_day=event.all_day)
        self.title.setText(
            self.tr("Check-in · %1 · %2").replace("%1", event.title).replace("%2", when)
        )
        self._rows = {r.id: r for r in rows}
        self._codes = {r.checkin_code: r.id for r in rows if r.checkin_code}
        self._index = checkin_index(rows)
        self.search.setEnabled(True)
        self._update_counts()
        self._update_matches()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- searching -----------------------------------------------------------------------------

    def _on_search_text_changed(self, _text: str) -> None:
        self._update_matches()

    def _update_matches(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.model.set_rows([])
            self.results.hide()
            self.hint.show()
            return
        code = checkin_codes.normalize(text)
        if code in self._codes:
            found = [self._rows[self._codes[code]]]
        else:
            # Among equally good matches, the guests expected tonight come first.
            matches = [m for m in self._index.search(text, 3 * SHOWN) if m.id in self._rows]
            matches.sort(key=lambda m: (m.score, self._rows[m.id].response is not GOING))
            found = [self._rows[m.id] for m in matches[:SHOWN]]
        self.model.set_rows(found)
        self.hint.setVisible(not found)
        self.hint.setText(
            self.tr(
                "Nobody on the list matches “%1”. Someone new? Use “Walk-in…” at the top."
            ).replace("%1", text)
            if not found
            else ""
        )
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentIndex(self.model.index(0))

    def _on_search_step_requested(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self.results.currentIndex().row() + step))
        self.results.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_results_clicked(self, index: object) -> None:
        row = self.model.row_at(self.results.currentIndex().row())
        if row is not None:
            self.check_in(row.id)

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text or self.event_id is None:
            return
        code = checkin_codes.normalize(text)
        if code in self._codes:
            self.check_in(self._codes[code])
            return
        chosen = self.model.row_at(self.results.currentIndex().row())
        if chosen is None and checkin_codes.looks_like_code(text):
            self._check_in_code(text)
            return
        if chosen is not None:
            self.check_in(chosen.id)

    def _check_in_code(self, text: str) -> None:
        """A code not on this list: the service says whose it is (another event?)."""
        assert self.event_id is not None
        try:
            result = self.ctx.services.rsvps.check_in_code(self.event_id, text)
        except DomainError as error:
            self._say(error_text(error), good=False)
            self.search.selectAll()
            return
        self._checked(result)

    # -- checking in and taking it back --------------------------------------------------------

    def check_in(self, rsvp_id: int) -> None:
        try:
            result = self.ctx.services.rsvps.check_in(rsvp_id)
        except DomainError as error:
            self._say(error_text(error), good=False)
            return
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        self._checked(result)

    def _checked(self, result: CheckInResult, walk_in: bool = False) -> None:
        row = result.row
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        if result.already:
            assert row.checked_in_at is not None
            self._say(
                self.tr("%1 is already in (since %2).")
                .replace("%1", row.display_name)
                .replace("%2", labels.format_time(row.checked_in_at.astimezone())),
                good=False,
            )
            self._last = (row.id, None)
            self.undo_button.setVisible(True)
            return
        text = (self.tr("Walk-in %1") if walk_in else self.tr("Check in %1")).replace(
            "%1", row.display_name
        )
        push_outcome(self.ctx, result.outcome, text)
        command = self.ctx.undo_stack.command(self.ctx.undo_stack.index() - 1)
        self._last = (row.id, command if isinstance(command, RsvpCommand) else None)
        message = self.tr("✓ %1 is in.").replace("%1", row.display_name)
        if row.guests:
            message += " " + labels.count(
                "CheckinPanel", row.guests, "With %n guest.", "With %n guests."
            )
        if row.over_capacity:
            message += " " + self.tr("Seated beyond capacity.")
        if walk_in:
            message = self.tr("✓ %1 added as a walk-in and checked in.").replace(
                "%1", row.display_name
            )
        self._say(message, good=True)
        self.undo_button.show()
        self.checked_in.emit(row.id)

    def _on_undo_clicked(self) -> None:
        if self._last is None:
            return
        rsvp_id, command = self._last
        stack = self.ctx.undo_stack
        name = self._rows[rsvp_id].display_name if rsvp_id in self._rows else ""
        if (
            command is not None
            and stack.index() > 0
            and stack.command(stack.index() - 1) is command
        ):
            stack.undo()
        else:
            try:
                outcome = self.ctx.services.rsvps.undo_check_in(rsvp_id)
            except ConvivioError as error:
                self.ctx.errors.present(error, self)
                return
            push_outcome(self.ctx, outcome, self.tr("Undo check-in of %1").replace("%1", name))
        self._last = None
        self.undo_button.hide()
        self._say(self.tr("Check-in of %1 taken back.").replace("%1", name), good=False)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- walk-ins ------------------------------------------------------------------------------

    def _on_walk_in_clicked(self) -> None:
        show = not self.walk_in_form.isVisible()
        self.walk_in_form.setVisible(show)
        if show:
            self.walk_in_form.start(self.search.text().strip())
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_walk_in_form_submitted(self, name: str, email: str) -> None:
        if self.event_id is None:
            return
        try:
            result = self.ctx.services.rsvps.walk_in(self.event_id, name, email)
        except DomainError as error:
            self._say(error_text(error), good=False)
            return
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        self.walk_in_form.finish()
        self._checked(result, walk_in=not result.already)

    # -- keeping up ----------------------------------------------------------------------------

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.event_id is None:
            return
        if self.event_id in changes.removed_ids(Kind.EVENT):
            self.set_event(None)
            return
        removed = changes.removed_ids(Kind.RSVP) & self._rows.keys()
        # Every RSVP change names its event too: other events' guests are none of our business.
        if self.event_id not in changes.ids(Kind.EVENT) and not removed:
            return
        touched = changes.ids(Kind.RSVP)
        for rsvp_id in changes.removed_ids(Kind.RSVP):
            row = self._rows.pop(rsvp_id, None)
            if row is not None:
                self._codes.pop(row.checkin_code, None)
        if touched:
            for row in self.ctx.services.rsvps.rows(touched):
                if row.event_id != self.event_id:
                    continue
                if row.id not in self._rows:
                    self._index.add(
                        row.id, (row.display_name, row.preferred_name, row.email, row.organization)
                    )
                self._rows[row.id] = row
                if row.checkin_code:
                    self._codes[row.checkin_code] = row.id
        self._update_counts()
        self._update_matches()

    def _on_ctx_database_changed(self) -> None:
        self.set_event(None)

    def _update_counts(self) -> None:
        if self.event_id is None:
            return
        try:
            counts = self.ctx.services.rsvps.counts(self.event_id)
        except ConvivioError:
            return
        self.counter.setText(
            f"{labels.format_number(counts.checked_in)} / {labels.format_number(counts.going)}"
        )
        self.expected.setText(
            self.tr("checked in of %1 expected  ·  %2")
            .replace("%1", labels.format_number(counts.going))
            .replace("%2", words.seats(counts))
        )

    def _say(self, text: str, *, good: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("good", good)
        colour = tones.good() if good else tones.overdue()
        self.feedback.setStyleSheet(f"color: {colour.name()};")
