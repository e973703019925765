"""Check the Linux desktop entry, AppStream metainfo and icons against app/__init__.py.

Runs `desktop-file-validate` and `appstreamcli validate --no-net` on the files, then installs
them with the icons into a temporary `usr/share` tree and runs `appstreamcli validate-tree`
on it, which also checks that the launchable and the icon resolve. On top of the tools' own
rules it checks what they cannot know: every file uses APP_ID, the newest release is the
version in app/__init__.py, and every icon size is there at its real pixel size.

Debian packages: desktop-file-utils, appstream. Standard library only, so any Python 3.11 runs
it: `python3 packaging/check_metadata.py`. Exit status 0 when everything passes, else 1.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from appinfo import ROOT, AppInfo, read_app_info

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BINARY = "convivio"

KNOWN_NOTES = {
    # App ids keep the project's capitalisation (org.musicbrainz.Picard does the same); the
    # id is used in settings, the .desktop name and installers and must not change.
    ("P", "cid-contains-uppercase-letter"),
    # <developer> is AppStream 1.0; Debian 12's appstream 0.16 does not know it yet. The file
    # also has <developer_name> for such older readers.
    ("I", "unknown-tag developer"),
}
"""Notes (not warnings or errors) that are expected, as (severity, "tag hint")."""

ISSUE = re.compile(r"^([EWIP]): \S+?:(?:\d+:)? (\S+)(?: (.*))?$")


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            self.items.append(message)


def check_desktop(info: AppInfo, problems: Problems) -> Path:
    path = LINUX / f"{info.app_id}.desktop"
    problems.check(path.is_file(), f"missing {path}")
    if not path.is_file():
        return path
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    entry = parser["Desktop Entry"]
    problems.check(entry.get("Name") == info.app_name, f"{path.name}: Name is not {info.app_name}")
    problems.check(entry.get("Icon") == info.app_id, f"{path.name}: Icon is not {info.app_id}")
    exec_line = entry.get("Exec", "").split()
    problems.check(exec_line[:1] == [BINARY], f"{path.name}: Exec does not start {BINARY}")
    return path


def check_metainfo(info: AppInfo, problems: Problems) -> Path:
    path = LINUX / f"{info.app_id}.metainfo.xml"
    problems.check(path.is_file(), f"missing {path}")
    if not path.is_file():
        return path
    root = ET.parse(path).getroot()
    name = path.name

    def text(xpath: str) -> str | None:
        node = root.find(xpath)
        return None if node is None or node.text is None else node.text.strip()

    problems.check(text("id") == info.app_id, f"{name}: <id> is not {info.app_id}")
    problems.check(text("name") == info.app_name, f"{name}: <name> is not {info.app_name}")
    launchable = text("launchable[@type='desktop-id']")
    problems.check(launchable == f"{info.app_id}.desktop", f"{name}: launchable is {launchable}")
    problems.check(text("provides/binary") == BINARY, f"{name}: does not provide {BINARY}")
    problems.check(root.find("content_rating") is not None, f"{name}: no <content_rating>")
    problems.check(text("url[@type='homepage']") is not None, f"{name}: no homepage URL")
    releases = root.findall("releases/release")
    problems.check(bool(releases), f"{name}: no <release>")
    if releases:
        newest = releases[0].get("version")
        problems.check(
            newest == info.version,
            f"{name}: newest release is {newest}, app/__init__.py says {info.version}",
        )
        dates = [r.get("date", "") for r in releases]
        problems.check(dates == sorted(dates, reverse=True), f"{name}: releases not newest first")
    return path


def png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def check_icons(info: AppInfo, problems: Problems) -> None:
    svg = ICONS / f"{info.app_id}.svg"
    problems.check(svg.is_file(), f"missing {svg}")
    for size in ICON_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{info.app_id}.png"
        if not png.is_file():
            problems.check(False, f"missing {png} (run packaging/make_icons.py)")
            continue
        found = png_size(png)
        problems.check(found == (size, size), f"{png}: {found}, expected {size}x{size} PNG")
    ico = ROOT / "packaging" / "windows" / f"{info.app_id}.ico"
    problems.check(ico.is_file(), f"missing {ico} (run packaging/make_icons.py)")


def run_tool(command: list[str], problems: Problems) -> None:
    """Run a validator; fail on its exit status and on any note not in KNOWN_NOTES."""
    if shutil.which(command[0]) is None:
        problems.check(False, f"{command[0]} is missing (Debian: desktop-file-utils, appstream)")
        return
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr).strip()
    sys.stdout.write(f"$ {' '.join(command)}\n{output + chr(10) if output else ''}")
    problems.check(done.returncode == 0, f"{command[0]} {command[1]} failed ({done.returncode})")
    for line in output.splitlines():
        match = ISSUE.match(line.strip())
        if match is None:
            continue
        severity, tag, hint = match.groups()
        note = (severity, f"{tag} {hint}" if hint and severity == "I" else tag)
        problems.check(note in KNOWN_NOTES, f"unexpected validator note: {line}")


def staged_tree(info: AppInfo, prefix: Path) -> None:
    """Install the files the way a distribution package would, under `prefix/usr/share`."""
    share = prefix / "usr" / "share"
    for source, target in (
        (LINUX / f"{info.app_id}.desktop", share / "applications"),
        (LINUX / f"{info.app_id}.metainfo.xml", share / "metainfo"),
        (ICONS / f"{info.app_id}.svg", share / "icons" / "hicolor" / "scalable" / "apps"),
    ):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    shutil.copytree(ICONS / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)


def main() -> int:
    info = read_app_info()
    problems = Problems()
    desktop = check_desktop(info, problems)
    metainfo = check_metainfo(info, problems)
    check_icons(info, problems)
    if not problems.items:
        run_tool(["desktop-file-validate", str(desktop)], problems)
        run_tool(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)], problems)
        with tempfile.TemporaryDirectory(prefix="convivio-tree-") as tmp:
            staged_tree(info, Path(tmp))
            run_tool(["appstreamcli", "validate-tree", "--no-net", "--pedantic", tmp], problems)
    for item in problems.items:
        sys.stderr.write(f"check_metadata: {item}\n")
    if problems.items:
        return 1
    sys.stdout.write(
        f"check_metadata: {info.app_id} {info.version}: desktop entry, metainfo "
        "and icons are valid\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
