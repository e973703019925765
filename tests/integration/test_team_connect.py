"""File → Connect to Team Database…: the password goes to the keyring, never to settings."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app import APP_ID
from app.services import credentials
from tests.postgres_server import PostgresServer
from tests.ui.conftest import FakePrompter, RecordingErrors

from app.ui.context import AppContext
from app.ui.database_opener import DatabaseOpener
from app.ui.dialogs.team_connect_dialog import TeamConnectDialog, parse_team_url
from app.ui.jobs import ImmediateJobRunner
from app.ui.main_window import MainWindow
from app.ui.settings import RECENT_DATABASES, AppSettings


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_url_helpers_keep_passwords_out() -> None:
    url = "postgresql+psycopg://ana@db.example:5433/team"
    assert credentials.account(url) == "ana@db.example:5433/team"
    with_secret = credentials.with_password(url, "p@ss word")
    assert "p%40ss" in with_secret
    assert credentials.without_password(with_secret) == url
    assert parse_team_url(url) == ("db.example", 5433, "team", "ana")


def test_connect_remembers_the_password_in_the_keyring_only(
    qtbot: QtBot,
    postgres: PostgresServer,
    memory_keyring: MemoryKeyring,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
) -> None:
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opener = DatabaseOpener(ctx, window)
    window.actions_.file_connect_team.trigger()
    dialog = opener.team_dialog
    assert isinstance(dialog, TeamConnectDialog)
    dialog.connect_button.click()
    assert "server, database, user" in dialog.error.text()
    url = postgres.new_database()  # the test server listens on a Unix socket
    opener.connect_team(url, "s3cret", remember=True)
    assert errors.shown == []
    assert ctx.has_database
    assert memory_keyring.store == {(APP_ID, credentials.account(url)): "s3cret"}
    recent = settings.get(RECENT_DATABASES)
    assert credentials.account(recent[0]) == credentials.account(url)
    assert "s3cret" not in "".join(recent)
    assert credentials.lookup(url) == "s3cret"
    ctx.services.db.close()


def test_without_a_keyring_the_user_is_told(
    qtbot: QtBot,
    postgres: PostgresServer,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        ctx = AppContext(
            None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
        )
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        opener = DatabaseOpener(ctx, window)
        opener.connect_team(postgres.new_database(), "pw", remember=True)
        assert ctx.has_database
        assert prompter.asked[-1][0] == "inform"
        assert "no keyring" in prompter.asked[-1][1]
        ctx.services.db.close()
    finally:
        keyring.set_keyring(previous)
