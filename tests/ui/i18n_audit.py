"""Find visible text that did not come through translation.

A `MarkingTranslator` answers every lookup of a string in our catalogs (or in Qt's own) with
the string wrapped in two private-use characters. Whatever is on screen outside such marks
must then be data: names, titles, e-mail addresses, numbers, dates. `untranslated()` strips the
marks and reports the words left that the database doesn't hold.
"""

from __future__ import annotations

import ast
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QAbstractProxyModel, QLibraryInfo, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

import app.domain.enums as enums

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

from ts_file import read_ts  # noqa: E402

OPEN, CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_EXAMPLE_ADDRESS = re.compile(r"[\w.+-]*(://|\.)[\w./-]*")
"""Placeholders like "https://" and "db.example.org" show the form of an address."""
_PLACEHOLDER = re.compile(r"\{\w+\}")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def service_messages() -> list[re.Pattern[str]]:
    """The messages services and domain rules write (English by design in this version: the
    UI shows them as they come, e.g. why a reply file can't be imported), as patterns with
    each `{…}` field matching anything."""
    patterns = []
    for folder in ("services", "domain", "exporters"):
        for path in (ROOT / "app" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    parts = [re.escape(node.value)]
                elif isinstance(node, ast.JoinedStr):
                    parts = [
                        re.escape(v.value)
                        if isinstance(v, ast.Constant) and isinstance(v.value, str)
                        else ".*?"
                        for v in node.values
                    ]
                else:
                    continue
                text = "".join(parts)
                if len(_TOKEN.findall(text.replace(".*?", " "))) >= 3:
                    patterns.append(re.compile(text, re.DOTALL))
    return patterns


_SERVICE_MESSAGES = service_messages()


def is_service_message(text: str) -> bool:
    text = text.strip()
    return any(p.fullmatch(text) for p in _SERVICE_MESSAGES)


def catalog_keys(language: str = "de") -> set[tuple[str, str]]:
    catalog = read_ts(ROOT / "resources" / "translations" / f"convivio_{language}.ts")
    return {(e.context, e.source) for e in catalog.active()}


class MarkingTranslator(QTranslator):
    """Marks every string our catalogs or Qt's have; records the lookups that found nothing."""

    def __init__(self, ours: set[tuple[str, str]]) -> None:
        super().__init__()
        self.ours = ours
        self.qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert self.qt.load("qtbase_de", folder), "PySide6's qtbase_de.qm is missing"
        self.missed: set[tuple[str, str]] = set()
        self.found: set[tuple[str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if (context, source) in self.ours:
            self.found.add((context, source))
            return OPEN + source + CLOSE
        if self.qt.translate(context, source, disambiguation, n):
            return OPEN + source + CLOSE
        self.missed.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def data_tokens(db_file: Path) -> tuple[set[str], set[str]]:
    """The words stored in the database's text columns (names, titles, notes, addresses), and
    the whole texts of the columns that hold more than enum values: a tag named "speaker" is
    data, while the stored enum value "in_person" on screen is a leak."""
    words: set[str] = set()
    values: set[str] = set()
    enum_texts = enum_values()
    with sqlite3.connect(db_file) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            rows = cursor.fetchall()
            for column in range(len(cursor.description)):
                texts = {r[column] for r in rows if isinstance(r[column], str)}
                for text in texts:
                    words.update(t.casefold() for t in _TOKEN.findall(text))
                if texts - enum_texts:
                    values |= texts
    return words, values


def enum_values() -> set[str]:
    """Stored enum values ("in_person", "waitlisted"): shown as such, they skipped labels.py."""
    return {
        str(member.value)
        for e in vars(enums).values()
        if isinstance(e, type) and issubclass(e, Enum)
        for member in e
        if isinstance(member.value, str)
    }


BRANDS = frozenset({"luma", "meetup", "eventbrite", "hi", "events", "convivio", "postgresql"})
"""Names that stay as they are in every language."""


def locale_tokens() -> set[str]:
    """Month and day names, AM/PM: what the locale writes into dates."""
    locale = QLocale()
    words = {locale.amText(), locale.pmText()}
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words.update(locale.monthName(m, fmt) for m in range(1, 13))
        words.update(locale.standaloneMonthName(m, fmt) for m in range(1, 13))
        words.update(locale.dayName(d, fmt) for d in range(1, 8))
    return {t.casefold() for w in words for t in _TOKEN.findall(w)}


_ENUM_VALUES = enum_values()


def plain(text: str) -> str:
    if _TAG.search(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def untranslated(
    text: str, allowed: set[str], values: set[str] | frozenset[str] = frozenset()
) -> list[str]:
    """The words in `text` outside translated parts that are not data."""
    if text in _ENUM_VALUES and text not in values:
        return [text]
    rest = plain(text)
    while True:
        stripped = _MARKED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = rest.replace(OPEN, " ").replace(CLOSE, " ")
    rest = _PLACEHOLDER.sub(" ", rest)  # {call_name}: what users type into templates
    found = []
    for line in rest.splitlines():
        words = [t for t in _TOKEN.findall(line) if len(t) > 1 and t.casefold() not in allowed]
        if words and not is_service_message(line):  # the slow check, only when needed
            found += words
    return found


def _model_texts(view: QAbstractItemView, max_rows: int = 40) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
    name = type(source).__name__

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # list models (QListWidget's) keep columnCount private
            return 1

    for orientation, header in (
        (Qt.Orientation.Horizontal, getattr(view, "horizontalHeader", lambda: None)()),
        (Qt.Orientation.Vertical, getattr(view, "verticalHeader", lambda: None)()),
    ):
        if isinstance(header, QHeaderView) and header.isVisible():
            count = columns(QModelIndex()) if orientation == Qt.Orientation.Horizontal else 0
            for section in range(count):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        yield f"{name} header {section}", value

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), max_rows)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{name} row {row} col {column}", value
                if column == 0 and depth < 3 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        yield f"{where} action", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} action tooltip", action.toolTip()
        yield f"{where} action status tip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} menu", menu.title()
            yield from _action_texts(menu.actions(), f"{where} › {action.text()}")


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """The texts one widget shows or tells assistive technology."""
    kind = type(widget).__name__
    if widget.isWindow():
        yield f"{kind} window title", widget.windowTitle()
    for what, value in (
        ("tooltip", widget.toolTip()),
        ("status tip", widget.statusTip()),
        ("what's this", widget.whatsThis()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    ):
        yield f"{kind} {what}", value
    if isinstance(widget, QLabel):
        yield f"{kind} text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield f"{kind} text", widget.text()
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            yield from _action_texts([widget.defaultAction()], kind)
    elif isinstance(widget, QGroupBox):
        yield f"{kind} title", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{kind} tab {i}", widget.tabText(i)
            yield f"{kind} tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
        if not _EXAMPLE_ADDRESS.fullmatch(widget.placeholderText()):
            yield f"{kind} placeholder", widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield f"{kind} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield f"{kind} text", widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield f"{kind} placeholder", widget.placeholderText()
        for i in range(widget.count()):
            yield f"{kind} item {i}", widget.itemText(i)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox) and not isinstance(widget, QDateTimeEdit):
        yield f"{kind} prefix", widget.prefix()
        yield f"{kind} suffix", widget.suffix()
        yield f"{kind} special value", widget.specialValueText()
    elif isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    if isinstance(widget, QMainWindow):
        yield from _action_texts(widget.menuBar().actions(), "menu bar")
        yield "status bar", widget.statusBar().currentMessage()
    if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
        yield from _action_texts(widget.actions(), f"{kind} context menu")
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"{kind} tab {i}", widget.tabText(i)


def visible_widgets(top: QWidget) -> Iterator[QWidget]:
    yield top
    for child in top.findChildren(QWidget):
        if child.isVisible() and not child.isWindow():
            yield child


def problems(
    tops: Iterable[QWidget], allowed: set[str], values: set[str] | frozenset[str]
) -> list[str]:
    """'where: text (words)' for each visible text with words that are not translated."""
    found = []
    for top in tops:
        title = top.windowTitle() or type(top).__name__
        for widget in visible_widgets(top):
            for where, text in widget_texts(widget):
                if text:
                    words = untranslated(text, allowed, values)
                    if words:
                        clean = text.replace(OPEN, "⟦").replace(CLOSE, "⟧")
                        found.append(f"[{clean_title(title)}] {where}: {clean!r} {words}")
    return sorted(set(found))


def clean_title(title: str) -> str:
    return title.replace(OPEN, "").replace(CLOSE, "")
