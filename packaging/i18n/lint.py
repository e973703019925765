"""Find UI text that skips translation: literals and f-strings handed straight to Qt.

The run-time test (tests/ui/test_i18n_visible.py) sees what is on screen in the states it can
reach; this sees every call site, including dialogs and messages only errors reach. A text
counts as words when it has two letters in a row outside `{…}` fields, so `f"{a} — {b}"`,
`"%1"` and `"…"` pass, while `"Save"` and `f"{n} seats"` don't.

    python packaging/i18n/lint.py     # list the call sites; exit 1 if there are any
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEXT_METHODS: dict[str, tuple[int, ...]] = {
    # method name: which positional arguments are shown to the user
    "setText": (0,),
    "setWindowTitle": (0,),
    "setTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setHtml": (0,),
    "setPlainText": (),  # editors: their contents are the user's data
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addMenu": (0,),
    "addAction": (0,),
    "addRow": (0,),
    "addSection": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "showMessage": (0,),
    "confirm": (0, 1),
    "inform": (0, 1),
    "ask_text": (0, 1),
    "choose_open_path": (0,),
    "choose_save_path": (0,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getOpenFileName": (1,),
    "getOpenFileNames": (1,),
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
}

WIDGETS_WITH_TEXT = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolBar",
        "QDockWidget",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        "QTableWidgetItem",
        "QMessageBox",
        "QProgressDialog",
    }
)

WORD = re.compile(r"[^\W\d_]{2}")
ADDRESS = re.compile(r"[\w.+-]*(://|\.)[\w./-]*")
"""The form of an address, as a placeholder shows it: "https://", "db.example.org"."""


@dataclass(frozen=True)
class Finding:
    location: str
    text: str

    def __str__(self) -> str:
        return f"{self.location}: untranslated {self.text!r}"


def _words(node: ast.expr) -> str | None:
    """The literal text of a plain string or f-string when it holds words, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
            for v in node.values
        )
    elif isinstance(node, ast.List | ast.Tuple):
        found = [w for e in node.elts if (w := _words(e)) is not None]
        return found[0] if found else None
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _words(node.left) or _words(node.right)
    elif isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    else:
        return None
    if node_is_markup_only(text) or ADDRESS.fullmatch(text):
        return None
    return text if WORD.search(text) else None


def node_is_markup_only(text: str) -> bool:
    """HTML tags around placeholders (`"<b>%1</b>"`) are layout, not words."""
    return not WORD.search(re.sub(r"<[^>]*>|&\w+;", "", text))


def _shown_args(call: ast.Call) -> list[ast.expr]:
    func = call.func
    if isinstance(func, ast.Name) and func.id in WIDGETS_WITH_TEXT:
        return call.args[:1] + [k.value for k in call.keywords if k.arg in ("text", "title")]
    if isinstance(func, ast.Attribute) and func.attr in TEXT_METHODS:
        return [call.args[i] for i in TEXT_METHODS[func.attr] if i < len(call.args)]
    return []


def untranslated(files: Iterable[Path], root: Path = ROOT) -> list[Finding]:
    findings = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        name = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for arg in _shown_args(node):
                    text = _words(arg)
                    if text is not None:
                        findings.append(Finding(f"{name}:{node.lineno}", text))
    return sorted(findings, key=lambda f: f.location)


def main() -> int:
    files = sorted(p for p in (ROOT / "app" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    findings = untranslated(files)
    for finding in findings:
        sys.stdout.write(f"{finding}\n")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
