from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QByteArray, QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from app.ui.crash_dialog import CrashDialog, crash_report
from app.ui.i18n import locale_for
from app.ui.jobs import Job, JobRunner
from app.ui.settings import GEOMETRY, RECENT_DATABASES, SECTION, TABLE_HEADERS, AppSettings


def test_job_runs_on_a_real_pool_and_reports_back(qtbot: QtBot) -> None:
    runner = JobRunner(QThreadPool())
    seen: list[tuple[int, int]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(3):
            progress(i, 3)
        return "done"

    job = Job(work)
    job.signals.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as result:
        runner.start(job)
    assert result.args == ["done"]
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: len(seen) == 3)


def test_job_failure_and_cancel(qtbot: QtBot) -> None:
    runner = JobRunner(QThreadPool())
    failing = Job(lambda _p, _c: 1 / 0)
    with qtbot.waitSignal(failing.signals.failed, timeout=5000) as failed:
        runner.start(failing)
    assert isinstance(failed.args[0], ZeroDivisionError)

    def slow(_progress, cancelled):  # type: ignore[no-untyped-def]
        if cancelled():
            raise InterruptedError
        return 1

    job = Job(slow)
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        runner.start(job)
    runner.wait(5000)


def test_settings_are_typed_versioned_and_survive_garbage(settings: AppSettings) -> None:
    assert settings.get(SECTION) == "today"
    settings.set(SECTION, "people")
    settings.add_recent_database("sqlite:///a")
    settings.add_recent_database("sqlite:///b")
    settings.add_recent_database("sqlite:///a")
    again = AppSettings(QSettings())
    assert again.get(SECTION) == "people"
    assert again.get(RECENT_DATABASES) == ["sqlite:///a", "sqlite:///b"]
    QSettings().setValue("tables/headers", "not a mapping")
    assert again.get(TABLE_HEADERS) == {}
    assert again.get(GEOMETRY) == QByteArray()
    assert QSettings().value("settings_version") in (1, "1")


def test_crash_dialog_offers_a_copyable_report(qtbot: QtBot) -> None:
    try:
        raise ValueError("boom")
    except ValueError as error:
        report = crash_report(error)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "ValueError: boom" in dialog.details.toPlainText()
    assert "Convivio" in report
    dialog._on_copy_clicked()
    assert QApplication.clipboard().text() == report


def test_c_locale_reads_as_us_english() -> None:
    assert locale_for("en", QLocale("C")).name() == "en_US"
    assert locale_for("de", QLocale("C")).name() == "de_DE"
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"  # the system's own variant
