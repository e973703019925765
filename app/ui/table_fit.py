"""Columns at least as wide as their titles, in every language ("Begleitungen", not
"egleitunge"): tables size columns for typical content, which a translated title can outgrow."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_titles(view: QTableView) -> None:
    """Widen each interactive column whose title doesn't fit (the last one stretches)."""
    header = view.horizontalHeader()
    last = header.count() - 1
    for column in range(header.count()):
        if column == last and header.stretchLastSection():
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue  # Qt sizes the others itself, title included
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
