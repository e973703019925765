"""The core of early attendees and the Today view: board, dialogs and helpers."""
