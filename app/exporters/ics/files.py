"""Writing exports to disk: stable, portable file names and all-or-nothing writes."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.errors import ExportTargetError
from app.exporters.ics.builder import CHECK_EVERY, InviteSet, now_stamp
from app.exporters.ics.email_draft import build_invite_email
from app.exporters.ics.model import IcsAttendee

COMBINED_NAME = "all.ics"
MAX_STEM = 48
"""Characters kept from a name; with the hash the name stays far below 255 bytes everywhere."""

# Windows forbids these, and `/` or NUL break every system; `.` is kept but not at the ends.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s_]+")


def attendee_file_stem(attendee: IcsAttendee) -> str:
    """A file name without extension that is the same in every export of this attendee.

    The readable part comes from the name (or the e-mail's local part); a short hash of the
    e-mail keeps two "Anna Schmidt"s apart. Safe on Windows, macOS and Linux: no reserved
    characters, no leading or trailing dots or spaces, NFC, never a device name like CON.
    """
    email = attendee.email.strip().lower()
    readable = attendee.name or email.split("@", 1)[0]
    readable = unicodedata.normalize("NFC", readable)
    readable = _UNSAFE.sub(" ", readable)
    readable = _SPACES.sub("-", readable.strip()).strip(".-")[:MAX_STEM].strip(".-")
    digest = hashlib.sha256(email.encode("utf-8")).hexdigest()[:8]
    return f"{readable}-{digest}" if readable else f"attendee-{digest}"


def attendee_file_name(attendee: IcsAttendee, suffix: str = ".ics") -> str:
    """`attendee_file_stem` plus the suffix, e.g. "Müller-Jürgen-1a2b3c4d.ics"."""
    return attendee_file_stem(attendee) + suffix


def _problem(action: str, path: Path, exc: OSError) -> ExportTargetError:
    reason = exc.strerror or str(exc)
    return ExportTargetError(
        f"Convivio could not {action} “{path}”: {reason}. Choose another folder, or free "
        "some space and check that you may write there.",
        details=repr(exc),
    )


@contextlib.contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A hidden scratch folder inside `folder`; removed whatever happens."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".convivio-export-", dir=folder))
    except OSError as exc:
        raise _problem("write to the folder", folder, exc) from exc
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    Readers never see a half-written file, and a failed write leaves the old file intact.

    Raises:
        ExportTargetError: the folder is missing, read-only or full.
    """
    with _staging(path.parent) as scratch:
        temporary = scratch / "partial"
        try:
            temporary.write_bytes(data)
            os.replace(temporary, path)
        except OSError as exc:
            raise _problem("write", path, exc) from exc
    return path


@dataclass(frozen=True)
class WrittenFiles:
    """What an export wrote, in order."""

    folder: Path
    files: tuple[Path, ...]


def _never() -> bool:
    return False


def _quiet(_done: int, _total: int) -> None:
    return None


def write_invites(
    folder: Path,
    invites: InviteSet,
    *,
    eml: bool = False,
    stamp: datetime | None = None,
    progress: Callable[[int, int], None] = _quiet,
    cancelled: Callable[[], bool] = _never,
) -> WrittenFiles:
    """Write one `.ics` per attendee (and an `.eml` draft each if asked) plus `all.ics`.

    Without `eml`, an attendee's draft left by an earlier export is removed: it would carry
    the old time or place next to the new calendar file. Files are staged in a hidden folder
    and moved into place only when all are written, so a cancelled or failed export leaves no
    partial files behind.

    Raises:
        ExportTargetError: the folder can't be created or written.
        InterruptedError: `cancelled()` returned True; nothing was written.
    """
    stamp = stamp or now_stamp()
    staged: list[tuple[Path, Path]] = []
    outdated: list[Path] = []
    total = len(invites.files)
    with _staging(folder) as scratch:
        try:
            for index, (attendee, ics) in enumerate(invites.files):
                if index % CHECK_EVERY == 0:
                    if cancelled():
                        raise InterruptedError("The export was cancelled.")
                    progress(index, total)
                name = attendee_file_name(attendee)
                (scratch / name).write_bytes(ics)
                staged.append((scratch / name, folder / name))
                eml_name = attendee_file_name(attendee, ".eml")
                if eml:
                    mail = build_invite_email(invites, attendee, ics, stamp=stamp)
                    (scratch / eml_name).write_bytes(mail)
                    staged.append((scratch / eml_name, folder / eml_name))
                else:
                    outdated.append(folder / eml_name)
            (scratch / COMBINED_NAME).write_bytes(invites.combined)
            staged.append((scratch / COMBINED_NAME, folder / COMBINED_NAME))
            if cancelled():
                raise InterruptedError("The export was cancelled.")
            for source, target in staged:
                os.replace(source, target)
            for path in outdated:
                path.unlink(missing_ok=True)
        except InterruptedError:
            raise  # an OSError subclass, but the user's choice, not a disk problem
        except OSError as exc:
            raise _problem("write to the folder", folder, exc) from exc
    progress(total, total)
    return WrittenFiles(folder, tuple(target for _source, target in staged))


def write_feed(path: Path, data: bytes) -> Path:
    """Write a feed or "add to calendar" file atomically; see `write_atomic`."""
    return write_atomic(path, data)
