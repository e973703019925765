"""A walk through the main window: every section, and every dialog the fixtures can open.

`tour()` is a generator: it brings the window into one state after another and yields the
state's name with the windows then on screen; when the caller resumes it, the windows the
step opened are closed. The translation, accessibility and screenshot tests share it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QWidget

from app.domain.enums import CoreStage, PartnerStage
from app.services.dto import BackupInfo

from app.ui.main_window import MainWindow

State = tuple[str, list[QWidget]]


_tour_root: list[QWidget] = []
"""The main window being toured: other tests' leftover windows are not looked at."""


def _belongs(widget: QWidget) -> bool:
    if not _tour_root:
        return True
    node: QObject | None = widget
    while node is not None:
        if node is _tour_root[-1]:
            return True
        node = node.parent()
    return False


def shown_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and _belongs(w)]


def close_new(before: set[int]) -> None:
    for widget in shown_windows():
        if id(widget) not in before:
            widget.close()


def other_tabs(name: str, windows: list[QWidget]) -> Iterator[State]:
    """Each further page of the tab widgets shown in `windows`, then back to the first."""
    for top in windows:
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible() or tabs.count() < 2:
                continue
            start = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != start and tabs.isTabEnabled(index):
                    tabs.setCurrentIndex(index)
                    yield f"{name} › {tabs.tabText(index)}", shown_windows()
            tabs.setCurrentIndex(start)


def load_section(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    window.show_section(key)
    widget = window.sections.get(key)
    model = getattr(widget, "model", None)
    if model is not None and hasattr(model, "loaded"):
        qtbot.waitUntil(lambda: model.loaded, timeout=5000)
    if key == "today":
        qtbot.waitUntil(lambda: getattr(widget, "digest", None) is not None, timeout=5000)
    view = getattr(widget, "view", None)
    if view is not None and view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)
    return widget


def _about_without_exec(window: MainWindow) -> None:
    """Help → About, with QMessageBox.about shown instead of exec()'d, so it can be looked at."""
    original = QMessageBox.about

    def about(parent: QWidget, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    QMessageBox.about = about  # type: ignore[method-assign]
    try:
        window.actions_.help_about.trigger()
    finally:
        QMessageBox.about = original  # type: ignore[method-assign]


def tour(qtbot: QtBot, window: MainWindow) -> Iterator[State]:
    """Yield (state name, windows on screen) for each state; close what a step opened."""
    _tour_root[:] = [window]
    for other in QApplication.topLevelWidgets():  # windows earlier tests left open
        if other.isVisible() and not _belongs(other):
            other.close()
    base = {id(w) for w in shown_windows()}

    def step(name: str, action: Callable[[], Any]) -> Iterator[State]:
        action()
        qtbot.wait(1)
        yield name, shown_windows()
        yield from other_tabs(name, [w for w in shown_windows() if id(w) not in base])
        close_new(base)

    ctx = window.ctx
    if hasattr(ctx.prompter, "answers"):  # a FakePrompter: say no to every question
        ctx.prompter.answers = [None] * 50
    for spec in window.sections.specs:
        load_section(qtbot, window, spec.key)
        yield f"section {spec.key}", shown_windows()
        yield from other_tabs(f"section {spec.key}", [window])

    events = load_section(qtbot, window, "events")
    has_events = bool(getattr(events, "selected_ids", list)())
    yield from step("new event", window.actions_.record_new.trigger)
    if has_events:
        yield from step("edit event", window.actions_.record_edit.trigger)
        yield from step("invites", window.actions_.event_invites.trigger)
        yield from step("badges", window.actions_.event_badges.trigger)
        yield from step("place cards", window.actions_.event_place_cards.trigger)
        yield from _check_in(qtbot, window)
    yield from step("calendar replies", window.actions_.event_import_replies.trigger)
    yield from step("calendar replies: read", lambda: _replies(window))
    yield from step("calendar feed", window.actions_.file_export_feed.trigger)

    people = load_section(qtbot, window, "people")
    yield from step("new person", window.actions_.record_new.trigger)
    if people.selected_ids():  # type: ignore[attr-defined]
        yield from step("delete person?", window.actions_.record_delete.trigger)
        yield from step("edit person", window.actions_.record_edit.trigger)
        yield from step("person history", lambda: people.show_history("people"))  # type: ignore[attr-defined]
        from app.ui.panels.person_page import open_person_page

        pid = people.selected_ids()[0]  # type: ignore[attr-defined]
        yield from step("person page", lambda: open_person_page(ctx, pid, window))

    orgs = load_section(qtbot, window, "organizations")
    yield from step("new organization", window.actions_.record_new.trigger)
    if orgs.selected_ids():  # type: ignore[attr-defined]
        yield from step("edit organization", window.actions_.record_edit.trigger)

    venues = load_section(qtbot, window, "venues")
    yield from step("new venue", window.actions_.record_new.trigger)
    venue_ids = venues.selected_ids()  # type: ignore[attr-defined]
    if venue_ids:
        yield from step("edit venue", window.actions_.record_edit.trigger)
        yield from step(
            "venue step",
            lambda: venues.log_step(venue_ids[0], list(PartnerStage)[1]),  # type: ignore[attr-defined]
        )

    guests = load_section(qtbot, window, "guests")
    if guests.event_id is not None:  # type: ignore[attr-defined]
        yield from step("import guests", guests.import_list)  # type: ignore[attr-defined]
        yield from _import_guests(qtbot, guests)
        yield from step("dietary summary", guests._on_diet)  # type: ignore[attr-defined]

    core = load_section(qtbot, window, "core")
    if core.event_id is not None:  # type: ignore[attr-defined]
        yield from step("add people to core", core.new_record)  # type: ignore[attr-defined]
        card = core.current_card() or _first_card(core)  # type: ignore[attr-defined]
        if card is not None:
            core.select_card(card.id)  # type: ignore[attr-defined]
            yield from step("core message", core.write_message)  # type: ignore[attr-defined]
            yield from step("new template", lambda: _new_template(core))
            target = next((s for s in CoreStage if s is not card.stage), None)
            if target is not None:
                yield from step(
                    "core move",
                    lambda: core.request_move(card.id, target),  # type: ignore[attr-defined]
                )
        yield from step("core list", lambda: core.actions_.show_list.trigger())  # type: ignore[attr-defined]
        core.actions_.show_list.trigger()  # type: ignore[attr-defined]

    today = load_section(qtbot, window, "today")
    if today.current_entry() is not None:  # type: ignore[attr-defined]
        yield from step("today: mark done", today.mark_done)  # type: ignore[attr-defined]
        yield from step("today: message", today.write_message)  # type: ignore[attr-defined]

    from app.ui.dialogs.conflict_dialog import ConflictDialog
    from app.ui.dialogs.organizer_dialog import OrganizerDialog
    from app.ui.dialogs.restore_dialog import RestoreDialog
    from app.ui.dialogs.team_connect_dialog import TeamConnectDialog
    from app.ui.welcome import WelcomeDialog

    def show(dialog: QDialog) -> None:
        dialog.setParent(window, dialog.windowFlags())
        dialog.show()

    backups = [
        BackupInfo(Path("/tmp/a.sqlite3"), datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "auto", 4096),
        BackupInfo(
            Path("/tmp/b.sqlite3"),
            datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
            "before-upgrade-3",
            2048,
        ),
    ]
    yield from step("restore", lambda: show(RestoreDialog("convivio.sqlite3", backups)))
    yield from step("team connect", lambda: show(TeamConnectDialog("")))
    yield from step("organizer", lambda: show(OrganizerDialog(ctx)))
    if people.selected_ids():  # type: ignore[attr-defined]
        person = ctx.services.people.get(people.selected_ids()[0])  # type: ignore[attr-defined]
        mine = person.to_draft()
        theirs = type(mine)(**{**mine.__dict__, "job_title": mine.job_title + " (new)"})
        yield from step("conflict", lambda: show(ConflictDialog(mine, theirs, "sam")))
    yield from step("preferences", window.actions_.edit_preferences.trigger)
    yield from _guide(window)
    yield from step("welcome", lambda: show(WelcomeDialog(ctx, window)))
    yield from step("about", lambda: _about_without_exec(window))


def _check_in(qtbot: QtBot, window: MainWindow) -> Iterator[State]:
    """Check-in mode: the door's search with a match, with no match, and the walk-in form."""
    base = {id(w) for w in shown_windows()}
    window.actions_.event_checkin.trigger()
    checkin = window.routes.checkin_window
    assert checkin is not None
    yield "check-in", shown_windows()
    panel = checkin.panel
    panel.search.setText("a")
    yield "check-in: matches", shown_windows()
    panel.search.setText("zzzz-nobody")
    yield "check-in: no match", shown_windows()
    panel.walk_in_button.click()
    yield "check-in: walk-in", shown_windows()
    close_new(base)


def _guide(window: MainWindow) -> Iterator[State]:
    """Help → Getting Started, each of its steps."""
    base = {id(w) for w in shown_windows()}
    window.actions_.help_getting_started.trigger()
    guide = window.assist.guide
    assert guide is not None
    for index in range(len(guide.steps)):
        guide.show_step(index)
        yield f"getting started › step {index + 1}", shown_windows()
    close_new(base)


def _replies(window: MainWindow) -> None:
    from tests.ui.conftest import FakePrompter  # noqa: F401 - the prompter answers nothing

    window.actions_.event_import_replies.trigger()
    dialog = window.routes.dialog
    folder = Path(__file__).resolve().parents[1] / "data" / "ics"
    dialog.load(sorted(folder.iterdir()))  # type: ignore[union-attr]


def _import_guests(qtbot: QtBot, guests: Any) -> Iterator[State]:
    base = {id(w) for w in shown_windows()}
    guests.import_list()
    dialog = guests._open_dialog
    folder = Path(__file__).resolve().parents[1] / "data" / "guestlists"
    dialog.load(folder / "meetup_rsvps.csv")
    yield "import guests: columns", shown_windows()
    for page in ("decisions", "summary"):
        if not dialog.next_button.isEnabled():
            break
        dialog.next_button.click()
        yield f"import guests: {page}", shown_windows()
    close_new(base)


def _new_template(core: Any) -> None:
    core.write_message()
    core._open_dialog._on_new_clicked()


def _first_card(core: Any) -> Any:
    model = core.model
    if model is None or model.rowCount() == 0:
        return None
    return model.item(0)
