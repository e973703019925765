"""Integration tests drive real windows too: reuse the widget-test fixtures."""

from tests.ui.conftest import _no_dangling_work, _qt_settings, ctx, errors, prompter, settings

__all__ = ["_no_dangling_work", "_qt_settings", "ctx", "errors", "prompter", "settings"]
