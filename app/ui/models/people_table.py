"""The people list: 100,000 rows stay responsive because search keys come from the database."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain.text import fold
from app.services.changes import Kind
from app.services.dto import PersonRow

from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel

if TYPE_CHECKING:
    from app.services.container import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleTableModel", text)


class PeopleTableModel(DtoTableModel[PersonRow]):
    kind = Kind.PERSON

    def __init__(self, services: Services, runner: JobRunner, parent: Any = None) -> None:
        columns = [
            Column[PersonRow](
                _tr("Name"),
                lambda p: p.display_name,
                lambda p: fold(p.display_name),
                width_chars=28,
            ),
            Column[PersonRow](
                _tr("E-mail"), lambda p: p.email, lambda p: p.email.casefold(), width_chars=30
            ),
            Column[PersonRow](
                _tr("Organization"),
                lambda p: p.organization,
                lambda p: fold(p.organization),
                width_chars=26,
            ),
            Column[PersonRow](_tr("Title"), lambda p: p.job_title, lambda p: fold(p.job_title)),
            Column[PersonRow](_tr("Tags"), lambda p: p.tags, lambda p: p.tags.casefold()),
        ]
        super().__init__(columns, services.people.list_rows, services.people.rows, runner, parent)

    def search_text(self, item: PersonRow) -> str:
        return item.search_key
