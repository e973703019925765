"""Calendar invites, feeds, e-mail drafts and replies (iCalendar/iTIP), free of Qt and storage."""

from app.exporters.ics.builder import (
    InviteSet,
    build_add_to_calendar,
    build_feed,
    build_invites,
)
from app.exporters.ics.checks import check_calendar, check_versions
from app.exporters.ics.email_draft import build_invite_email
from app.exporters.ics.errors import RejectReason, ReplyRejected
from app.exporters.ics.files import (
    COMBINED_NAME,
    WrittenFiles,
    attendee_file_name,
    write_atomic,
    write_feed,
    write_invites,
)
from app.exporters.ics.model import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    IcsStatus,
    IcsVenue,
    Method,
    ParsedReply,
    PartStat,
)
from app.exporters.ics.replies import check_reply, parse_reply, read_reply

__all__ = [
    "COMBINED_NAME",
    "IcsAttendee",
    "IcsEvent",
    "IcsOrganizer",
    "IcsStatus",
    "IcsVenue",
    "InviteSet",
    "Method",
    "ParsedReply",
    "PartStat",
    "RejectReason",
    "ReplyRejected",
    "WrittenFiles",
    "attendee_file_name",
    "build_add_to_calendar",
    "build_feed",
    "build_invite_email",
    "build_invites",
    "check_calendar",
    "check_reply",
    "check_versions",
    "parse_reply",
    "read_reply",
    "write_atomic",
    "write_feed",
    "write_invites",
]
