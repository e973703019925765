"""Connect to a team's PostgreSQL database; the password goes to the keyring, if kept at all."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import labels
from app.ui.focus import buttons_last


def parse_team_url(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a postgresql URL, for prefilling the form."""
    if not url.startswith("postgresql"):
        return "", 5432, "", ""
    rest = url.split("://", 1)[1]
    credentials, _, location = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    hostport, _, database = location.partition("/")
    host, _, port = hostport.partition(":")
    return host, int(port) if port.isdigit() else 5432, database.split("?", 1)[0], user


class TeamConnectDialog(QDialog):
    """Signals:
    connect_requested(str, str, bool): URL without password, the password, keep it in the keyring.
    """

    connect_requested = Signal(str, str, bool)

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        host, port, database, user = parse_team_url(url)
        self.host = QLineEdit(host)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(port)
        self.database = QLineEdit(database)
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.error.hide()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("A team shares one PostgreSQL database. Ask whoever runs it for these details.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons_last(self, buttons)
        (self.password if host and database and user else self.host).setFocus()

    def url(self) -> str:
        user = quote(self.user.text().strip(), safe="")
        host = self.host.text().strip()
        database = quote(self.database.text().strip(), safe="")
        return f"postgresql+psycopg://{user}@{host}:{self.port.value()}/{database}"

    def _on_buttons_accepted(self) -> None:
        missing = [
            label
            for label, field in (
                (self.tr("server"), self.host),
                (self.tr("database"), self.database),
                (self.tr("user"), self.user),
            )
            if not field.text().strip()
        ]
        if missing:
            self.error.setText(
                self.tr("Please fill in: %1").replace("%1", labels.word_list(missing))
            )
            self.error.show()
            return
        self.connect_requested.emit(self.url(), self.password.text(), self.remember.isChecked())
        self.accept()
