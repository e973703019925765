"""Fixtures for widget tests: fakes for every seam, an isolated QSettings, immediate jobs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.services.container import Services

from app.ui import i18n
from app.ui.application import configure_application
from app.ui.context import AppContext
from app.ui.errors import ErrorPresenter
from app.ui.jobs import ImmediateJobRunner
from app.ui.prompts import Prompter
from app.ui.settings import AppSettings


class FakePrompter(Prompter):
    """Answers from a script and records every question."""

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: list[Any] = []
        self.asked: list[tuple[str, str]] = []

    def _next(self, kind: str, text: str) -> Any:
        self.asked.append((kind, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind}: {text}")
        return self.answers.pop(0)

    def confirm(self, title: str, text: str, *, ok: str, destructive: bool = False) -> bool:
        return bool(self._next("confirm", text))

    def choose_open_path(self, title: str, directory: str, filters: str) -> Path | None:
        return self._next("open", title)  # type: ignore[no-any-return]

    def choose_save_path(self, title: str, directory: str, filters: str) -> Path | None:
        return self._next("save", title)  # type: ignore[no-any-return]

    def inform(self, title: str, text: str) -> None:
        self.asked.append(("inform", text))


class RecordingErrors(ErrorPresenter):
    def __init__(self) -> None:
        self.shown: list[BaseException] = []

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        self.shown.append(exc)


@pytest.fixture(autouse=True)
def _qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    return


@pytest.fixture(autouse=True)
def _no_dangling_work() -> Iterator[None]:
    """A test must not leave pool work running (napari's _dangling_qthreads idea)."""
    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(10000), "a worker job was still running after the test"


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def errors() -> RecordingErrors:
    return RecordingErrors()


@pytest.fixture
def settings() -> AppSettings:
    return AppSettings(QSettings())


@pytest.fixture
def ctx(
    services: Services, settings: AppSettings, prompter: FakePrompter, errors: RecordingErrors
) -> AppContext:
    return AppContext(
        services,
        settings=settings,
        prompter=prompter,
        errors=errors,
        runner=ImmediateJobRunner(),
    )


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user. QTest can only synthesize ASCII keys (it asserts on others), so
    non-ASCII text goes in the way an input method delivers it: as one committed string."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setFocus()
        widget.insert(text)


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German and Chinese catalogs compiled from the .ts files, once per run."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging" / "i18n"))
    from compile import compile_catalogs

    folder = tmp_path_factory.mktemp("qm")
    compile_catalogs(folder)
    return folder


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Back to English (and the locale before) after a test that switched language."""
    before = QLocale()
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)
