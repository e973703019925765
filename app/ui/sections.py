"""The main window's sections, built the first time they are shown.

Only the section the window opens on is created (and its module imported) at start-up; the
others follow when the user goes to them, which keeps the first paint quick.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    module: str
    cls: str
    menu_title: str = ""
    """The View menu's text, with its Alt+letter ("&Today"); the sidebar shows `title`."""


def section_specs() -> list[SectionSpec]:
    """Sidebar order; the key names the section in settings and in View → Ctrl+N."""
    return [
        SectionSpec(
            "today", _tr("Today"), "app.ui.panels.today_panel", "TodayPanel", _tr("&Today")
        ),
        SectionSpec(
            "events", _tr("Events"), "app.ui.panels.events_panel", "EventsPanel", _tr("&Events")
        ),
        SectionSpec("core", _tr("Core"), "app.ui.panels.core_panel", "CorePanel", _tr("&Core")),
        SectionSpec(
            "guests", _tr("Guests"), "app.ui.panels.guests_panel", "GuestsPanel", _tr("&Guests")
        ),
        SectionSpec(
            "people", _tr("People"), "app.ui.panels.people_panel", "PeoplePanel", _tr("&People")
        ),
        SectionSpec(
            "organizations",
            _tr("Organizations"),
            "app.ui.panels.organizations_panel",
            "OrganizationsPanel",
            _tr("&Organizations"),
        ),
        SectionSpec(
            "venues", _tr("Venues"), "app.ui.panels.venues_panel", "VenuesPanel", _tr("&Venues")
        ),
    ]


class Sections:
    """Placeholders in a stack, replaced by the real widget on first use."""

    def __init__(
        self,
        ctx: AppContext,
        stack: QStackedWidget,
        specs: list[SectionSpec],
        on_created: Callable[[str, QWidget], None],
    ) -> None:
        self.ctx = ctx
        self.stack = stack
        self.specs = specs
        self._on_created = on_created
        self.made: dict[str, QWidget] = {}
        for _spec in specs:
            stack.addWidget(QWidget())

    def index(self, key: str) -> int:
        for n, spec in enumerate(self.specs):
            if spec.key == key:
                return n
        raise KeyError(key)

    def get(self, key: str) -> QWidget:
        """The section's widget, created (and wired by `on_created`) the first time."""
        widget = self.made.get(key)
        if widget is not None:
            return widget
        spec = self.specs[self.index(key)]
        cls = getattr(importlib.import_module(spec.module), spec.cls)
        widget = cls(self.ctx)
        at = self.index(key)
        placeholder = self.stack.widget(at)
        showing = self.stack.currentIndex() == at
        self.stack.insertWidget(at, widget)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(at)
        self.made[key] = widget
        self._on_created(key, widget)
        return widget
