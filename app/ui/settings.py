"""App preferences over QSettings: every key declared once, typed, with a default and upgrades."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1


def _as_int(value: object) -> int:
    return int(str(value))


def _as_str(value: object) -> str:
    return str(value)


def _as_float(value: object) -> float:
    number = float(str(value))
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def _as_list(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)] if value else []


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no", ""):
        return False
    raise ValueError(value)


def _as_bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()


def _as_dict(value: object) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Key(Generic[T]):
    """One preference: its QSettings name, default, title, and how to read a stored value."""

    name: str
    default: T
    title: str
    parse: Callable[[object], T]


GEOMETRY = Key("window/geometry", QByteArray(), "Window position and size", _as_bytes)
WINDOW_STATE = Key("window/state", QByteArray(), "Toolbars and docks", _as_bytes)
SECTION = Key("window/section_key", "today", "Last shown section", _as_str)
LAST_DIRECTORY = Key("files/last_directory", "", "Last folder used for files", _as_str)
RECENT_DATABASES = Key("files/recent_databases", list[str](), "Recent databases", _as_list)
TABLE_HEADERS = Key("tables/headers", dict[str, Any](), "Column widths per table", _as_dict)
BADGE_OFFSET_X = Key("badges/offset_x_mm", 0.0, "Printer offset to the right (mm)", _as_float)
BADGE_OFFSET_Y = Key("badges/offset_y_mm", 0.0, "Printer offset downwards (mm)", _as_float)
BADGE_STOCK = Key("badges/stock", "", "Label stock last used for badges", _as_str)
PLACE_CARD_STOCK = Key("badges/place_card_stock", "", "Stock last used for place cards", _as_str)
THEME = Key("ui/theme", "system", "Colour theme (system, light, dark, high-contrast)", _as_str)
LANGUAGE = Key("ui/language", "", "Interface language (empty: the system's)", _as_str)
USER_NAME = Key(
    "user/name", "", "Your name in the history of changes (empty: the system user's)", _as_str
)
WELCOME_DISMISSED = Key("ui/welcome_dismissed", False, "Welcome window turned off", _as_bool)

ALL_KEYS: tuple[Key[Any], ...] = (
    GEOMETRY,
    WINDOW_STATE,
    SECTION,
    LAST_DIRECTORY,
    RECENT_DATABASES,
    TABLE_HEADERS,
    BADGE_OFFSET_X,
    BADGE_OFFSET_Y,
    BADGE_STOCK,
    PLACE_CARD_STOCK,
    THEME,
    LANGUAGE,
    WELCOME_DISMISSED,
    USER_NAME,
)

_UPGRADES: dict[int, Callable[[QSettings], None]] = {}
"""Functions that bring settings written by version N-1 to version N, keyed by N."""

MAX_RECENT = 8


class AppSettings:
    """Typed access to the user's preferences; nothing else touches QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()
        self._upgrade()

    def _upgrade(self) -> None:
        version = _as_int(self._store.value("settings_version", 0) or 0)
        for target in sorted(k for k in _UPGRADES if k > version):
            _UPGRADES[target](self._store)
        if version != SETTINGS_VERSION:
            self._store.setValue("settings_version", SETTINGS_VERSION)

    def get(self, key: Key[T]) -> T:
        """The stored value, or the default when missing or unreadable (never raises)."""
        value = self._store.value(key.name, None)
        if value is None:
            return key.default
        try:
            return key.parse(value)
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def add_recent_database(self, url: str) -> None:
        recent = [u for u in self.get(RECENT_DATABASES) if u != url]
        self.set(RECENT_DATABASES, [url, *recent][:MAX_RECENT])

    def sync(self) -> None:
        self._store.sync()
