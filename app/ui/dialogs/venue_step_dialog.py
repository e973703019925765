"""Log a step in a venue partnership: when, how, what was said, the stage it moves to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QWidget,
)

from app.domain.enums import Channel, PartnerStage
from app.domain.venues import PIPELINE, StepDraft, allowed_moves
from app.services.venue_dto import HostedEventDto

from app.ui import labels, venue_labels
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box


def suggested_stage(current: PartnerStage) -> PartnerStage:
    """The next stage of the pipeline when allowed (prospect → asked…), else the current."""
    if current in PIPELINE and current is not PIPELINE[-1]:
        following = PIPELINE[PIPELINE.index(current) + 1]
        if following in allowed_moves(current):
            return following
    return current


class VenueStepDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        venue_name: str,
        current: PartnerStage,
        events: Sequence[HostedEventDto] = (),
        stage: PartnerStage | None = None,
        event_id: int | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Log a step — %1").replace("%1", venue_name), errors, parent)
        now = (now or datetime.now()).replace(second=0, microsecond=0)
        self.stage = QComboBox()
        for target in allowed_moves(current):
            text = venue_labels.stage(target)
            if target is current:
                text = self.tr("%1 (stays)").replace("%1", text)
            self.stage.addItem(text, target.value)
        self.when = QDateTimeEdit(labels.qdatetime(now))
        self.when.setDisplayFormat(labels.edit_datetime_format())
        self.when.setCalendarPopup(True)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(venue_labels.channel(channel), channel.value)
        self.event_choice = QComboBox()
        self.event_choice.addItem(self.tr("No particular event"), None)
        for hosted in events:
            day = labels.format_date(hosted.starts_at.astimezone().date())
            self.event_choice.addItem(f"{day} · {hosted.title}", hosted.event_id)
        self.note = text_box(4.5)
        self.follow = QCheckBox(self.tr("Follow up on"))
        self.follow_up = QDateEdit(labels.qdate(now.date() + timedelta(days=7)))
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(labels.edit_date_format())
        self.follow_up.setEnabled(False)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        follow_row = QWidget()
        row = QHBoxLayout(follow_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow)
        row.addWidget(self.follow_up)
        row.addStretch(1)

        self.add_field(self.tr("&Moves to:"), self.stage, "stage_to")
        self.add_field(self.tr("&When:"), self.when, "occurred_at")
        self.add_field(self.tr("&How:"), self.channel, "channel")
        self.add_field(self.tr("&Event:"), self.event_choice, "event")
        self.add_field(self.tr("&Note:"), self.note, "note")
        self.add_field(self.tr("Next:"), follow_row, "follow_up_on")
        self.setMinimumWidth(460)
        self.follow.toggled.connect(self.follow_up.setEnabled)
        chosen = stage if stage is not None else suggested_stage(current)
        self.stage.setCurrentIndex(max(self.stage.findData(chosen.value), 0))
        if event_id is not None:
            self.event_choice.setCurrentIndex(max(self.event_choice.findData(event_id), 0))
        self.note.setFocus()

    def draft(self) -> StepDraft:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        follow: date | None = None
        if self.follow.isChecked():
            q = self.follow_up.date()
            follow = date(q.year(), q.month(), q.day())
        return StepDraft(
            stage_to=PartnerStage(self.stage.currentData()),
            occurred_at=local.astimezone(),  # the user's own clock
            channel=Channel(self.channel.currentData()),
            note=self.note.toPlainText(),
            follow_up_on=follow,
            event_id=self.event_choice.currentData(),
        )
