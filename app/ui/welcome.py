"""The first-run welcome: try the demo, import a guest list, or start empty.

Shown while the open database has no people and no events, until the user turns it off. The
demo goes into a separate file next to the default database, so the user's own database stays
empty and nothing made up ever mixes with real people.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.jobs import Job
from app.ui.pictograms import pictogram_icon

if TYPE_CHECKING:
    from collections.abc import Callable

DEMO_FILENAME = "convivio-demo.sqlite3"


def welcome_wanted(ctx: AppContext) -> bool:
    """True when a database is open, it has no people and no events, and the user has not
    turned the welcome off. Cheap: at most one person row and the (empty) events are read."""
    if ctx.settings.get(keys.WELCOME_DISMISSED) or not ctx.has_database:
        return False
    services = ctx.services
    return not services.people.search("", limit=1) and not services.events.list_all()


def default_demo_path() -> Path:
    """Next to the default database (the user data folder), or in Qt's app data folder when
    the default is a server."""
    from app.services.maintenance import sqlite_path

    default = sqlite_path(None)
    if default is not None:
        return default.with_name(DEMO_FILENAME)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEMO_FILENAME


def make_demo_database(
    path: Path,
) -> Callable[[Callable[[int, int], None], Callable[[], bool]], str]:
    """The job's work: create (or reuse) the demo file and fill it unless it has people."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
        from app.services.container import open_services
        from app.services.demo import DemoRequest, generate

        services = open_services(str(path))
        try:
            if not services.people.search("", limit=1):
                generate(services.db, DemoRequest(), progress=progress, cancelled=cancelled)
        finally:
            services.db.close()
        return str(path)

    return work


class WelcomeDialog(QDialog):
    """Signals:
    open_database_requested(str): open the database at this path (the demo, now filled).
    import_requested(): the user wants to import a guest list (it needs an event first).
    guide_requested(): show the Getting Started guide.
    """

    open_database_requested = Signal(str)
    import_requested = Signal()
    guide_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        demo_path: str | Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._built = False  # change events arrive while building
        self.ctx = ctx
        self.demo_path = Path(demo_path) if demo_path is not None else default_demo_path()
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Welcome to Convivio"))
        # Fusion shows no focus on command link buttons: draw it (sizes relative to the font).
        self.setStyleSheet(
            "QCommandLinkButton:focus { border: 0.2em solid palette(highlight); "
            "border-radius: 0.3em; }"
        )
        self.demo_button = self._choice(
            self.tr("&Explore the demo"),
            self.tr(
                "Opens a separate practice database with made-up people, events and answers. "
                "Your own database stays empty."
            ),
            "people",
        )
        self.import_button = self._choice(
            self.tr("&Import a guest list"),
            self.tr(
                "Bring in people from a spreadsheet saved as CSV. You first add the event they "
                "are coming to."
            ),
            "sheet",
        )
        self.empty_button = self._choice(
            self.tr("&Start empty"),
            self.tr("Add your first event and the people you know yourself."),
            "plus",
        )
        self.progress_label = QLabel(self.tr("Creating the demo database…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Demo database progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.guide_button = QPushButton(self.tr("Getting Started &Guide"))
        self.guide_button.setAutoDefault(False)
        self.dont_show = QCheckBox(self.tr("&Don't show this again"))
        self._arrange()
        self._paint_pictures()
        self._show_progress(False)
        self._connect_signals()
        self.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._built = True

    # -- building ------------------------------------------------------------------------------

    def _choice(self, title: str, description: str, picture: str) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.setProperty("picture", picture)
        button.setAccessibleDescription(description)
        return button

    def _paint_pictures(self) -> None:
        """Draw the buttons' pictures in the current palette (again when the theme changes)."""
        size = self.fontMetrics().height() * 2
        for button in (self.demo_button, self.import_button, self.empty_button):
            button.setIcon(pictogram_icon(str(button.property("picture")), self.palette(), size))
            button.setIconSize(QSize(size, size))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._paint_pictures()

    def _arrange(self) -> None:
        heading = QLabel(self.tr("Welcome to Convivio"))
        heading.setAccessibleName(heading.text())
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)  # relative: follows the system font size
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Convivio helps you grow events from a small core of people you know: ask them "
                "one to one, announce, invite the rest, print badges and check guests in at the "
                "door. How would you like to begin?"
            )
        )
        intro.setWordWrap(True)
        logo = QLabel()
        size = self.fontMetrics().height() * 3
        logo.setPixmap(QApplication.windowIcon().pixmap(size, size))
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(heading)
        words.addWidget(intro)
        top.addLayout(words, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.guide_button)
        bottom.addStretch(1)
        bottom.addWidget(self.dont_show)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(self.fontMetrics().height() // 2)
        for button in (self.demo_button, self.import_button, self.empty_button):
            layout.addWidget(button)
        layout.addWidget(self.progress_label)
        layout.addLayout(progress)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        # The buttons wrap their descriptions: as tall as that takes at this width, no more.
        height = layout.heightForWidth(self.minimumWidth())
        self.resize(self.minimumWidth(), max(height, self.minimumSizeHint().height()))

    def _connect_signals(self) -> None:
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.empty_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.guide_button.clicked.connect(self.guide_requested.emit)

    def _show_progress(self, busy: bool) -> None:
        choices: list[QWidget] = [
            self.demo_button,
            self.import_button,
            self.empty_button,
            self.guide_button,
        ]
        for choice in choices:
            choice.setEnabled(not busy)
        progress: list[QWidget] = [self.progress_label, self.progress_bar, self.cancel_button]
        for part in progress:
            part.setVisible(busy)
        if busy:
            self.progress_label.setText(self.tr("Creating the demo database…"))
            self.progress_bar.setRange(0, 0)  # busy until the first real figure arrives
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the demo ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _on_demo_button_clicked(self) -> None:
        job = Job(make_demo_database(self.demo_path), name="demo database")
        job.signals.progress.connect(self._on_job_progress)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self._show_progress(True)
        self.ctx.runner.start(job)

    def _on_job_progress(self, done: int, total: int) -> None:
        if done > 0 and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_job_finished(self, path: str) -> None:
        self.job = None
        self._show_progress(False)
        self.open_database_requested.emit(path)
        self.accept()

    def _on_job_failed(self, error: BaseException) -> None:
        self.job = None
        self._show_progress(False)
        self.ctx.errors.present(error, self)
        self.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_job_cancelled(self) -> None:
        self.job = None
        self._show_progress(False)
        self.demo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.progress_label.setText(self.tr("Cancelling…"))
            self.job.cancel()

    # -- the other choices ---------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        self.import_requested.emit()
        self.accept()

    def done(self, result: int) -> None:
        """Closing (any way) keeps the "don't show again" choice; Escape while the demo is
        being made cancels that instead of leaving it running."""
        if self.job is not None:
            self._on_cancel_button_clicked()
            return
        if self.dont_show.isChecked():
            self.ctx.settings.set(keys.WELCOME_DISMISSED, True)
            self.ctx.settings.sync()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self._on_cancel_button_clicked()
            event.ignore()
            return
        super().closeEvent(event)
