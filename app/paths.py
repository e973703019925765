"""Find the `resources/` folder in a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

RESOURCES_ENV = "CONVIVIO_RESOURCES"
"""Environment variable that overrides the search (packagers, tests)."""

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_candidates() -> list[Path]:
    """Folders that may hold the resources, most specific first.

    1. `$CONVIVIO_RESOURCES`, when set;
    2. a PyInstaller bundle: `sys._MEIPASS/resources` (the spec copies `resources/` there);
    3. a checkout or editable install: `resources/` next to the `app/` package;
    4. a wheel that ships them as package data: `app/resources/`;
    5. a wheel that ships them as data files: `<prefix>/share/convivio/resources`.
    """
    found: list[Path] = []
    override = os.environ.get(RESOURCES_ENV)
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    found.append(_PACKAGE_DIR / "resources")
    found.append(Path(sys.prefix) / "share" / "convivio" / "resources")
    return found


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The first existing resources folder.

    Raises:
        FileNotFoundError: none exists; the message lists every place that was looked at,
            because this means a broken installation rather than a user mistake.
    """
    candidates = resource_candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Convivio's resources folder is missing; looked in: {looked}")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder (which may not exist; callers check)."""
    return resources_dir().joinpath(*parts)
