"""What a command needs: the open database and its services, opened on first use."""

from __future__ import annotations

import argparse
import sys
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.container import Services


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    @cached_property
    def services(self) -> Services:
        from app.services.container import Services
        from app.storage.database import resolve_url
        from app.storage.migrate import open_database

        db, report = open_database(resolve_url(self.args.db))
        if report is not None and report.previous is not None:
            sys.stderr.write(
                f"convivio: upgraded the database from schema {report.previous} to "
                f"{report.current} (backup: {report.backup})\n"
            )
        return Services.over(db)

    def close(self) -> None:
        if "services" in self.__dict__:
            self.services.db.close()
