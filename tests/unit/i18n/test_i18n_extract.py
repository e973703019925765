"""The string extractor: every way the UI translates text, and the problems it must report."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

import extract  # noqa: E402


def write(root: Path, name: str, code: str) -> Path:
    path = root / "app" / "ui" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def run(root: Path) -> extract.Extraction:
    return extract.extract(extract.python_files(root / "app" / "ui"), root)


def keys(result: extract.Extraction) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in result.messages}


def test_self_tr_takes_the_enclosing_class_and_translate_its_literal_context(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "dialog.py",
        """
        from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

        LABEL = QT_TRANSLATE_NOOP("tables", "Seats")

        class PersonDialog:
            def __init__(self):
                self.setWindowTitle(self.tr("New person"))
                self.hint = self.tr("one or more, "
                                    "separated by commas")
                self.both = self.tr("Open", "a file")
                show = lambda: self.tr("Inside a lambda")

        def status():
            return QCoreApplication.translate("status", "Ready" + "!")
        """,
    )
    result = run(tmp_path)
    assert keys(result) == {
        ("tables", "Seats"),
        ("PersonDialog", "New person"),
        ("PersonDialog", "one or more, separated by commas"),
        ("PersonDialog", "Open"),
        ("PersonDialog", "Inside a lambda"),
        ("status", "Ready!"),
    }
    assert next(m for m in result.messages if m.source == "Open").comment == "a file"
    assert result.problems == []


def test_wrappers_are_found_from_their_definitions_across_modules(tmp_path: Path) -> None:
    write(
        tmp_path,
        "labels.py",
        """
        from PySide6.QtCore import QCoreApplication

        def _tr(text):
            return QCoreApplication.translate("labels", text)

        def count(context, n, one, many):
            return QCoreApplication.translate(context, one if n == 1 else many)

        def kind():
            return _tr("Dinner")
        """,
    )
    write(
        tmp_path,
        "panels/people.py",
        """
        from app.ui import labels
        from app.ui.labels import _tr as tr_labels

        def _count(n, one, many):
            return labels.count("invite_offer", n, one, many)

        def text(n):
            tr = tr_labels
            return (
                labels.count("PeoplePanel", n, "%n person", "%n people"),
                _count(n, "%n guest", "%n guests"),
                tr("Talk"),
            )
        """,
    )
    result = run(tmp_path)
    assert keys(result) == {
        ("labels", "Dinner"),
        ("labels", "Talk"),
        ("PeoplePanel", "%n person"),
        ("PeoplePanel", "%n people"),
        ("invite_offer", "%n guest"),
        ("invite_offer", "%n guests"),
    }
    assert result.problems == []


def test_what_cannot_be_extracted_is_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        "panel.py",
        """
        from PySide6.QtCore import QCoreApplication

        def _tr(text):
            return QCoreApplication.translate("panel", text)

        HELP = {"a": "Apples"}

        class RecordsPanel:
            def title(self):
                return self.tr("Records")

        class PeoplePanel(RecordsPanel):
            def greet(self, name, widget, key):
                widget.tr("Hello")
                self.tr(f"Hello {name}")
                _tr(HELP[key])
                _tr(HELP[key])  # i18n: noop
                QCoreApplication.translate(name, "Hi")
        """,
    )
    problems = [p.message for p in run(tmp_path).problems]
    assert len(problems) == 5
    assert any("other than self" in p for p in problems)
    assert any("f-string" in p for p in problems)
    assert any("not a literal" in p for p in problems)
    assert any("context is not a literal" in p for p in problems)
    assert any("RecordsPanel, which PeoplePanel subclass" in p for p in problems)


def test_texts_of_data_files_are_extracted_once(tmp_path: Path) -> None:
    data = tmp_path / "resources" / "stocks.json"
    data.parent.mkdir()
    stocks = [
        {"id": "a", "name": "Plain A4", "page": "A4", "notes": ""},
        {"id": "b", "name": "Avery 5392", "page": "Letter", "notes": "Perforated."},
        {"id": "c", "name": "Plain A4 card", "page": "A4"},
    ]
    data.write_text(json.dumps({"format": 1, "stocks": stocks}), encoding="utf-8")
    found = extract.extract_data(data, "label_stocks", ("name", "page", "notes"), tmp_path)
    assert [m.source for m in found] == [
        "Plain A4",
        "A4",
        "Avery 5392",
        "Letter",
        "Perforated.",
        "Plain A4 card",
    ]
    assert {m.context for m in found} == {"label_stocks"}


def test_the_app_has_no_extraction_problems() -> None:
    """Every translated string of the real UI can be extracted with its run-time context."""
    result = extract.extract_all()
    assert [str(p) for p in result.problems] == []
    assert len(result.messages) > 1000


def test_the_lint_finds_text_handed_to_qt_untranslated(tmp_path: Path) -> None:
    import lint

    path = write(
        tmp_path,
        "window.py",
        """
        def build(self, n, name):
            self.setWindowTitle("Guests")
            QLabel(f"{n} seats left")
            self.url.setPlaceholderText("https://")
            self.title.setText(f"{name} — {n}")
            self.box.addItems(["", "Other"])
            self.ok.setText(self.tr("Save"))
            self.prompter.confirm(self.tr("Delete"), "Really delete?", ok=self.tr("Delete"))
        """,
    )
    found = [(f.location.rsplit(":", 1)[1], f.text) for f in lint.untranslated([path], tmp_path)]
    assert found == [
        ("3", "Guests"),
        ("4", "{} seats left"),
        ("7", "Other"),
        ("9", "Really delete?"),
    ]


def write_below(root: Path, name: str, code: str) -> Path:
    path = root / "app" / "services" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def test_msg_templates_below_the_ui_go_to_the_messages_context(tmp_path: Path) -> None:
    from msg_templates import extract_templates

    path = write_below(
        tmp_path,
        "rules.py",
        """
        from app.domain.messages import msg

        GONE = msg("This event no longer exists.")

        def check(name, limit, params):
            if len(name) > limit:
                raise ValueError(msg("The name is longer than {limit} characters.", limit=limit))
            more = msg("“{name}” is "
                       "taken.", name=name)
            literal_braces = msg("Write {{ or }} for a brace.")
            spread = msg("Ignored {count} in “{column}”.", **params)
            return msg("This event no longer exists."), more, literal_braces, spread
        """,
    )
    result = extract_templates([path], tmp_path)
    assert keys(result) == {
        ("Messages", "This event no longer exists."),
        ("Messages", "The name is longer than {limit} characters."),
        ("Messages", "“{name}” is taken."),
        ("Messages", "Write {{ or }} for a brace."),
        ("Messages", "Ignored {count} in “{column}”."),
    }
    assert result.problems == []
    gone = next(m for m in result.messages if m.source == "This event no longer exists.")
    assert gone.locations == ("app/services/rules.py",)


def test_msg_templates_must_be_literals_whose_placeholders_match_the_parameters(
    tmp_path: Path,
) -> None:
    from msg_templates import extract_templates

    path = write_below(
        tmp_path,
        "bad.py",
        """
        from app.domain.messages import msg

        def bad(name, template):
            a = msg(f"Hello {name}.")
            b = msg(template, name=name)
            c = msg("Hello {name}.", nam=name)
            d = msg("Hello {name}.", name=name, extra=1)
            e = msg("Broken {name.", name=name)
            f = msg("Hello {name}.", name)
            return a, b, c, d, e, f
        """,
    )
    result = extract_templates([path], tmp_path)
    lines = sorted(int(p.location.rsplit(":", 1)[1]) for p in result.problems)
    assert lines == [5, 6, 7, 8, 9, 10]
    assert "f-string" in str(result.problems[0])
    assert keys(result) == {("Messages", "Hello {name}.")}


def test_extract_all_holds_the_templates_of_domain_and_services() -> None:
    result = extract.extract_all()
    sources = {m.source for m in result.messages if m.context == extract.MESSAGE_CONTEXT}
    assert "The event must end after it starts." in sources
    assert "“{file}” can't be read as a guest list: {reason}." in sources
    assert result.problems == []
