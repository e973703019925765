"""The caterer's summary of one event: each need, how many, who; copy it, print it or save it
as CSV.

Needs that differ only in case, spacing or accents ("Végétarien", "vegetarien ") are one line
(`app.domain.dietary.summarize`)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConvivioError
from app.services.rsvp_dto import DietaryReport

from app.ui import labels
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.focus import buttons_last


class DietaryDialog(QDialog):
    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.setWindowTitle(self.tr("Dietary summary"))
        self.resize(560, 520)
        self.report: DietaryReport | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Needs for the caterer"))
        self.status = QLabel()
        self.status.setObjectName("emptyLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = self.buttons.addButton(
            self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.report = self.ctx.services.rsvps.dietary_report(self.event_id)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        summary = self.report.summary
        self.heading.setText(
            "<b>"
            + html.escape(self.report.event_title)
            + "</b><br>"
            + labels.count("DietaryDialog", summary.people, "%n person going", "%n people going")
            + (
                ", "
                + labels.count("DietaryDialog", summary.guests, "plus %n guest", "plus %n guests")
                if summary.guests
                else ""
            )
        )
        self.browser.setHtml(self.as_html())

    def as_text(self) -> str:
        """Plain text for the clipboard: an e-mail to the caterer."""
        assert self.report is not None
        s = self.report.summary
        lines = [self.report.event_title, ""]
        for need in s.needs:
            lines.append(f"{need.label}: {need.count} ({', '.join(need.names)})")
        lines.append(self.tr("No dietary needs: %1").replace("%1", str(s.without_needs)))
        if s.guests:
            lines.append(self.tr("Their guests, needs unknown: %1").replace("%1", str(s.guests)))
        if self.report.accessibility:
            lines += ["", self.tr("Accessibility")]
            lines += [f"{name}: {need}" for name, need in self.report.accessibility]
        return "\n".join(lines)

    def as_html(self) -> str:
        assert self.report is not None
        s = self.report.summary
        rows = "".join(
            f"<tr><td><b>{html.escape(n.label)}</b></td><td align='right'>{n.count}</td>"
            f"<td>{html.escape(', '.join(n.names))}</td></tr>"
            for n in s.needs
        )
        rows += _line(self.tr("No dietary needs"), s.without_needs)
        if s.guests:
            rows += _line(self.tr("Their guests (needs unknown)"), s.guests)
        head = "".join(
            f"<th align='left'>{html.escape(t)}</th>"
            for t in (self.tr("Need"), self.tr("People"), self.tr("Who"))
        )
        text = f"<table cellpadding='4' width='100%'><tr>{head}</tr>{rows}</table>"
        if self.report.accessibility:
            items = "".join(
                f"<li><b>{html.escape(name)}</b>: {html.escape(need)}</li>"
                for name, need in self.report.accessibility
            )
            text += f"<h4>{html.escape(self.tr('Accessibility'))}</h4><ul>{items}</ul>"
        return text

    def document(self) -> QTextDocument:
        """What goes on paper: the event, the headcount, the table and the accessibility needs."""
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setHtml(f"<p>{self.heading.text()}</p>{self.as_html()}")
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.windowTitle())
        return doc

    def print_to(self, printer: QPrinter) -> None:
        printer.setDocName(self.windowTitle())
        self.document().print_(printer)

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system print dialog (tests replace this)."""
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def _on_print_clicked(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask_printer(printer):
            return
        self.print_to(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
        self.status.setText(self.tr("Copied: paste it into a message to the caterer."))

    def _on_export_clicked(self) -> None:
        assert self.report is not None
        folder = self.ctx.settings.get(keys.LAST_DIRECTORY)
        name = f"{self.report.event_title} — {self.tr('dietary')}.csv"
        path = self.ctx.prompter.choose_save_path(
            self.tr("Export the dietary summary"),
            str(Path(folder or ".") / name),
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".csv")
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        header = (self.tr("Need"), self.tr("People"), self.tr("Names"))
        words = {
            "none": self.tr("No dietary needs"),
            "guests": self.tr("Their guests (needs unknown)"),
        }
        try:
            self.ctx.services.rsvps.export_dietary(self.event_id, path, header=header, words=words)
        except ConvivioError as error:
            self.ctx.errors.present(error, self)
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", path.name))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _line(label: str, count: int) -> str:
    return f"<tr><td>{html.escape(label)}</td><td align='right'>{count}</td><td></td></tr>"
