"""Read Convivio's version, APP_ID and APP_NAME from app/__init__.py without importing the app.

Packaging scripts (the PyInstaller spec, make_icons.py, check_metadata.py) use this so that the
one place a version or id is written stays `app/__init__.py`, and so that they run even where
the app's dependencies are not installed.

Command line: `python packaging/appinfo.py version|app_id|app_name` prints one value.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The checkout: this file lives in `<root>/packaging/`."""

_FIELDS = {"version": "__version__", "app_id": "APP_ID", "app_name": "APP_NAME"}


@dataclass(frozen=True)
class AppInfo:
    version: str
    app_id: str
    app_name: str


def read_app_info(root: Path = ROOT) -> AppInfo:
    """The string constants assigned at the top level of `<root>/app/__init__.py`.

    Raises:
        ValueError: one of them is missing or not a plain string literal.
    """
    source = root / "app" / "__init__.py"
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            found[target.id] = value.value
    missing = [name for name in _FIELDS.values() if name not in found]
    if missing:
        raise ValueError(f"{source} does not assign {', '.join(missing)} as string literals")
    return AppInfo(**{field: found[name] for field, name in _FIELDS.items()})


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in _FIELDS:
        sys.stderr.write(f"usage: appinfo.py {'|'.join(_FIELDS)}\n")
        return 2
    sys.stdout.write(getattr(read_app_info(), argv[0]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
