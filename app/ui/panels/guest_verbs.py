"""What the guest-list panel does to RSVPs: each verb is a service call, an undo command and a
message on the bus. Problems the user can act on (the event is full) are explained in place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import ConvivioError, DomainError
from app.domain.rsvps import OVERRIDE_ROLES, CapacityReached, SeatOffered
from app.services.guest_export import GUEST_HEADER
from app.services.rsvp_core import RsvpChanged
from app.services.rsvp_dto import RsvpOutcome, RsvpRow

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui import settings as keys
from app.ui.commands.rsvps import push_outcome
from app.ui.context import AppContext
from app.ui.jobs import Job
from app.ui.messages import error_text

Say = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuestVerbs", text)


def _who(rows: list[RsvpRow]) -> str:
    if len(rows) == 1:
        return rows[0].display_name
    return labels.count("GuestVerbs", len(rows), "%n guest", "%n guests")


def export_words() -> dict[str, str]:
    """Enum values in the exported file, in the user's language."""
    found: dict[str, str] = {r.value: words.response(r) for r in RsvpResponse}
    found.update({r.value: words.role(r) for r in AttendeeRole})
    found["yes"] = _tr("yes")
    return found


def export_header() -> tuple[str, ...]:
    translated = (
        _tr("Name"),
        _tr("E-mail"),
        _tr("Organization"),
        _tr("Response"),
        _tr("Guests"),
        _tr("Role"),
        _tr("Dietary"),
        _tr("Accessibility"),
        _tr("Source"),
        _tr("Check-in code"),
        _tr("Checked in at"),
        _tr("Reconfirmed at"),
        _tr("Waitlist position"),
        _tr("Beyond capacity"),
    )
    assert len(translated) == len(GUEST_HEADER)
    return translated


class GuestVerbs:
    def __init__(self, ctx: AppContext, parent: QWidget, say: Say) -> None:
        self.ctx = ctx
        self._parent = parent
        self._say = say

    def _run(self, call: Callable[[], RsvpOutcome], text: str) -> bool:
        try:
            outcome = call()
        except DomainError as error:
            self._say(error_text(error))
            return False
        except ConvivioError as error:
            self.ctx.errors.present(error, self._parent)
            return False
        pushed = push_outcome(self.ctx, outcome, text)
        self._say(outcome.message)
        return pushed

    def set_response(self, rows: list[RsvpRow], response: RsvpResponse) -> None:
        text = (
            _tr("Mark %1 as “%2”").replace("%1", _who(rows)).replace("%2", words.response(response))
        )
        self._run(
            lambda: self.ctx.services.rsvps.set_response([r.id for r in rows], response), text
        )

    def set_role(self, rows: list[RsvpRow], role: AttendeeRole) -> None:
        text = _tr("Make %1 %2").replace("%1", _who(rows)).replace("%2", words.role(role))
        self._run(lambda: self.ctx.services.rsvps.set_role([r.id for r in rows], role), text)

    def offer(self, rows: list[RsvpRow]) -> None:
        text = _tr("Offer a seat to %1").replace("%1", _who(rows))
        ids = [r.id for r in rows]
        rsvps = self.ctx.services.rsvps
        try:
            outcome = rsvps.offer(ids)
        except SeatOffered as blocked:
            if not self._take_back(blocked, rows):
                return
            self._run(lambda: rsvps.offer(ids, release=True), text)
            return
        except DomainError as error:
            self._say(error_text(error))
            return
        except ConvivioError as error:
            self.ctx.errors.present(error, self._parent)
            return
        push_outcome(self.ctx, outcome, text)
        self._say(outcome.message)

    def _take_back(self, blocked: SeatOffered, rows: list[RsvpRow]) -> bool:
        """Ask before taking a seat back from someone who was offered it."""
        holders = self.ctx.services.rsvps.rows(blocked.holders)
        names = ", ".join(r.display_name for r in holders)
        question = (
            _tr(
                "The free seat is offered to %1. Give it to %2 instead? %1 keeps their place "
                "on the waitlist."
            )
            .replace("%1", names)
            .replace("%2", _who(rows))
        )
        return self.ctx.prompter.confirm(_tr("Out of turn"), question, ok=_tr("Give the seat"))

    def accept_offers(self, rows: list[RsvpRow]) -> None:
        offered = [r for r in rows if r.offered]
        if not offered:
            self._say(_tr("Only guests holding an offer can confirm it."))
            return
        text = _tr("Confirm the seat of %1").replace("%1", _who(offered))
        rsvps = self.ctx.services.rsvps
        self._run_all([partial(rsvps.accept_offer, r.id) for r in offered], text)

    def _run_all(self, steps: list[Callable[[], RsvpOutcome]], text: str) -> str:
        """Run service calls as one undo step; stop at the first refusal and return it."""
        outcomes: list[RsvpOutcome] = []
        problem = ""
        try:
            for step in steps:
                try:
                    outcomes.append(step())
                except DomainError as error:
                    problem = error_text(error)
                    break
        except RsvpChanged:
            raise  # the caller shows both versions
        except ConvivioError as error:
            self.ctx.errors.present(error, self._parent)
        push_outcome(self.ctx, outcomes, text)
        messages = [o.message for o in outcomes if o.message]
        self._say(problem or " ".join(messages))
        return problem

    def seat(self, rows: list[RsvpRow]) -> None:
        """Give a seat by hand; when full, hosts, speakers and staff may go beyond capacity."""
        text = _tr("Seat %1").replace("%1", _who(rows))
        ids = [r.id for r in rows]
        try:
            outcome = self.ctx.services.rsvps.seat(ids)
        except SeatOffered as blocked:
            if self._take_back(blocked, rows):
                self._run(lambda: self.ctx.services.rsvps.seat(ids, release=True), text)
            return
        except CapacityReached as full:
            if not all(r.role in OVERRIDE_ROLES for r in rows):
                self._say(
                    error_text(full)
                    + " "
                    + _tr("Hosts, speakers and staff can be seated beyond capacity: set the role.")
                )
                return
            question = _tr("%1 Seat %2 beyond capacity anyway?").replace("%1", error_text(full))
            if not self.ctx.prompter.confirm(
                _tr("Beyond capacity"), question.replace("%2", _who(rows)), ok=_tr("Seat anyway")
            ):
                return
            text = _tr("Seat %1 beyond capacity").replace("%1", _who(rows))
            self._run(lambda: self.ctx.services.rsvps.seat(ids, override=True), text)
            return
        except DomainError as error:
            self._say(error_text(error))
            return
        except ConvivioError as error:
            self.ctx.errors.present(error, self._parent)
            return
        push_outcome(self.ctx, outcome, text)
        self._say(outcome.message)

    def reconfirm(self, rows: list[RsvpRow]) -> None:
        done = all(r.reconfirmed_at is not None for r in rows)
        text = (_tr("Clear reconfirmation of %1") if done else _tr("%1 reconfirmed")).replace(
            "%1", _who(rows)
        )
        ids = [r.id for r in rows]
        self._run(lambda: self.ctx.services.rsvps.set_reconfirmed(ids, not done), text)

    def remove(self, rows: list[RsvpRow]) -> None:
        question = _tr("Take %1 off the guest list? You can undo this.").replace("%1", _who(rows))
        if not self.ctx.prompter.confirm(
            _tr("Remove"), question, ok=_tr("Remove"), destructive=True
        ):
            return
        text = _tr("Remove %1 from the guest list").replace("%1", _who(rows))
        self._run(lambda: self.ctx.services.rsvps.remove([r.id for r in rows]), text)

    def save_details(
        self, row: RsvpRow, guests: int, role: AttendeeRole, dietary: str, accessibility: str
    ) -> str:
        """Save what changed as one undo step; return the problem to show, or ""."""
        rsvps = self.ctx.services.rsvps
        steps: list[Callable[[], RsvpOutcome]] = []
        # The first save checks that nobody changed the guest since `row` was read (RsvpChanged
        # if so); the others follow it in the same click.
        seen: list[int] = [row.version]

        def version() -> int | None:
            return seen.pop() if seen else None

        if guests != row.guests:
            steps.append(lambda: rsvps.set_guests(row.id, guests, expected_version=version()))
        if role is not row.role:
            steps.append(lambda: rsvps.set_role([row.id], role, expected=_one(row.id, version())))
        if dietary.strip() != row.dietary or accessibility.strip() != row.accessibility:
            steps.append(
                lambda: rsvps.set_needs(row.id, dietary, accessibility, expected_version=version())
            )
        text = _tr("Edit the RSVP of %1").replace("%1", row.display_name)
        return self._run_all(steps, text) if steps else ""

    def export(self, event_id: int, title: str) -> None:
        folder = self.ctx.settings.get(keys.LAST_DIRECTORY)
        suggested = str(Path(folder or ".") / f"{title} — {_tr('guests')}.csv")
        path = self.ctx.prompter.choose_save_path(
            _tr("Export the guest list"), suggested, _tr("CSV files (*.csv)")
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".csv")
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        header, names = export_header(), export_words()
        rsvps = self.ctx.services.rsvps

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
            return rsvps.export_guest_list(
                event_id, path, header=header, words=names, progress=progress, cancelled=cancelled
            )

        job = Job(work, name="export guest list")
        job.signals.finished.connect(
            lambda count: self._say(
                labels.count(
                    "GuestVerbs",
                    int(count),
                    "Exported %n guest to %1.",
                    "Exported %n guests to %1.",
                ).replace("%1", path.name)
            )
        )
        job.signals.failed.connect(lambda error: self.ctx.errors.present(error, self._parent))
        self.ctx.runner.start(job)


def _one(rsvp_id: int, version: int | None) -> dict[int, int] | None:
    return None if version is None else {rsvp_id: version}
