"""Take the README's screenshots: each main view, the dialogs a new user meets, in English,
German and Chinese, with the real app on a virtual screen (`../shared/tools/screenshot`).

    .venv/bin/python packaging/screenshots.py            # all, into resources/screenshots/
    .venv/bin/python packaging/screenshots.py today-de   # some, by name

Each shot runs Convivio on a demo database in a throwaway home folder, in the language the
shot asks for through the system locale (as a user's desktop would), and stages the view
once the window has loaded. `--scene NAME` is that staging, run under the virtual screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"
TOOL = ROOT.parent / "shared" / "tools" / "screenshot"
SIZE = "1200x760"
LOCALES = {"en": "en_US.UTF-8", "de": "de_DE.UTF-8", "zh": "zh_CN.UTF-8"}


@dataclass(frozen=True)
class Scene:
    section: str
    action: str = ""
    """An action id to trigger on the first row of the section ("" = just the view)."""


SCENES = {
    "today": Scene("today"),
    "events": Scene("events"),
    "core": Scene("core"),
    "guests": Scene("guests"),
    "people": Scene("people"),
    "venues": Scene("venues"),
    "badges": Scene("events", "event.badges"),
    "invites": Scene("events", "event.invites"),
    "checkin": Scene("events", "event.checkin"),
    "preferences": Scene("today", "edit.preferences"),
    "guide": Scene("today", "help.getting_started"),
    "welcome": Scene("today", "welcome"),
}
SHOTS = [
    *(f"{scene}-en" for scene in SCENES),
    "today-de",
    "events-de",
    "preferences-de",
    "today-zh",
    "core-zh",
    "badges-zh",
]


def stage(window: object, scene: Scene, tries: int = 100) -> None:
    """Bring the loaded main window into the scene's state (runs inside the app): show the
    section, wait for its rows, select one (an upcoming event), then trigger the action."""
    from PySide6.QtCore import QTimer

    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_section(scene.section)
    widget = window.sections.get(scene.section)
    model = getattr(widget, "model", None)
    if model is not None and hasattr(model, "loaded") and not model.loaded and tries:
        QTimer.singleShot(50, lambda: stage(window, scene, tries - 1))
        return
    view = getattr(widget, "view", None)
    rows = view.model().rowCount() if view is not None and view.model() is not None else 0
    if rows:
        row = max(0, rows - 6) if scene.section == "events" else 0  # sorted by date: upcoming
        view.selectRow(row)
        view.scrollTo(view.model().index(row, 0))
    if scene.action == "welcome":
        from app.ui.welcome import WelcomeDialog

        QTimer.singleShot(300, lambda: WelcomeDialog(window.ctx, window).open())
    elif scene.action:
        QTimer.singleShot(300, window.actions_.by_id[scene.action].trigger)


def run_scene(name: str, db: str) -> int:
    from app.bootstrap import configure_logging
    from app.cli.parser import parse

    from app.ui.application import run_gui

    configure_logging(verbose=False, to_file=False)
    return run_gui(parse(["--db", db]), lambda window: stage(window, SCENES[name]))


def take(shot: str, demo: Path, home: Path) -> Path:
    scene, lang = shot.rsplit("-", 1)
    out = OUT / f"{shot}.png"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "LANG": LOCALES[lang],
        "LC_ALL": LOCALES[lang],
        "LANGUAGE": LOCALES[lang].split(".")[0],
    }
    command = [sys.executable, __file__, "--scene", scene, "--db", str(demo)]
    subprocess.run(
        [str(TOOL), "-w", "8", "-s", SIZE, str(out), "--", *command],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    _trim(out)
    return out


def _trim(png: Path) -> None:
    """Cut the empty screen around the window (ImageMagick comes with the screenshot tool)."""
    convert = shutil.which("convert")
    if convert is not None:
        subprocess.run([convert, str(png), "-trim", "+repage", str(png)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", nargs="*", help=f"which (default all): {', '.join(SHOTS)}")
    parser.add_argument("--scene", choices=sorted(SCENES), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scene:
        return run_scene(args.scene, args.db)
    unknown = set(args.shots) - set(SHOTS)
    if unknown:
        parser.error(f"unknown shots: {', '.join(sorted(unknown))}")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="convivio-shots-") as folder:
        base = Path(folder)
        demo = base / "demo.sqlite3"
        convivio = Path(sys.executable).with_name("convivio")
        subprocess.run(
            [str(convivio), "--db", str(demo), "demo", "--people", "400", "--events", "30"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for shot in args.shots or SHOTS:
            home = base / f"home-{shot}"
            home.mkdir()
            sys.stdout.write(f"{take(shot, demo, home)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
