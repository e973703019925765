"""Compile the `.ts` catalogs into the `.qm` files the app loads, with `pyside6-lrelease`.

    python packaging/i18n/compile.py                  # into resources/translations/
    python packaging/i18n/compile.py --out DIR        # somewhere else (tests, bundles)

The `.qm` files are build output, not kept in git: `make run`, `make translations` and
`packaging/build.sh` make them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = ROOT / "resources" / "translations"


def lrelease() -> str:
    """`pyside6-lrelease` from the Python that runs this (a venv's bin), else from PATH."""
    name = "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name) or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease not found: install PySide6 in this Python")
    return found


def compile_catalogs(out_dir: Path = CATALOG_DIR, catalogs: Path = CATALOG_DIR) -> list[Path]:
    """Write `<name>.qm` for every `<name>.ts` in `catalogs`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    tool = lrelease()
    for ts in sorted(catalogs.glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run(
            [tool, "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CATALOG_DIR, help="folder for the .qm files")
    args = parser.parse_args(argv)
    for path in compile_catalogs(args.out):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
