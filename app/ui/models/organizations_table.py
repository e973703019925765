"""The organizations list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain.text import fold
from app.services.changes import Kind
from app.services.dto import OrganizationDto

from app.ui import labels
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel

if TYPE_CHECKING:
    from app.services.container import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganizationsTableModel", text)


class OrganizationsTableModel(DtoTableModel[OrganizationDto]):
    kind = Kind.ORGANIZATION

    def __init__(self, services: Services, runner: JobRunner, parent: Any = None) -> None:
        columns = [
            Column[OrganizationDto](
                _tr("Name"), lambda o: o.name, lambda o: fold(o.name), width_chars=36
            ),
            Column[OrganizationDto](
                _tr("Kind"), lambda o: labels.organization_kind(o.kind), lambda o: o.kind.value
            ),
            Column[OrganizationDto](
                _tr("People"),
                lambda o: labels.format_number(o.people_count),
                lambda o: o.people_count,
                align_right=True,
            ),
            Column[OrganizationDto](_tr("Website"), lambda o: o.website, lambda o: o.website),
        ]
        super().__init__(
            columns, services.organizations.list_all, services.organizations.rows, runner, parent
        )
