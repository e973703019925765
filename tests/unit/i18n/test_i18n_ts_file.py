"""Merging extracted strings into .ts catalogs keeps every translation already made."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

import ts_file  # noqa: E402
from extract import Message  # noqa: E402


def catalog_with(path: Path, *entries: ts_file.Entry) -> None:
    catalog = ts_file.Catalog("de", list(entries))
    path.write_text(ts_file.to_xml(catalog, path, path.parents[2]), encoding="utf-8")


def test_translations_survive_and_vanished_strings_are_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "resources" / "translations" / "convivio_de.ts"
    path.parent.mkdir(parents=True)
    catalog_with(
        path,
        ts_file.Entry("Actions", "&Quit", translation="&Beenden", state=ts_file.FINISHED),
        ts_file.Entry("Actions", "&Find", translation="&Suchen", state=ts_file.UNFINISHED),
        ts_file.Entry(
            "Old",
            "Gone away",
            translation="Verschwunden",
            state=ts_file.FINISHED,
            locations=("app/ui/old.py",),
        ),
        ts_file.Entry("Old", "Never translated"),
    )
    messages = [
        Message("Actions", "&Quit", "", ("app/ui/actions.py",)),
        Message("Actions", "&Find", "", ("app/ui/actions.py",)),
        Message("New", "Gone away", "", ("app/ui/new.py",)),  # the same text, moved
        Message("New", "Fresh & new", "", ("app/ui/new.py",)),
    ]
    stats = ts_file.update_catalog(path, "de", messages, root=tmp_path)
    assert (stats.total, stats.unfinished, stats.vanished, stats.changed) == (4, 3, 1, True)
    entries = {(e.context, e.source): e for e in ts_file.read_ts(path).entries}
    assert entries[("Actions", "&Quit")].translation == "&Beenden"
    assert entries[("Actions", "&Quit")].state == ts_file.FINISHED
    assert entries[("Actions", "&Find")].state == ts_file.UNFINISHED  # still to be confirmed
    # A known text in a new context starts from the old translation, for a translator to check.
    assert entries[("New", "Gone away")].translation == "Verschwunden"
    assert entries[("New", "Gone away")].state == ts_file.UNFINISHED
    assert entries[("Old", "Gone away")].state == ts_file.VANISHED
    assert ("Old", "Never translated") not in entries  # nothing worth keeping
    assert entries[("New", "Fresh & new")].locations == ("app/ui/new.py",)
    assert 'filename="../../app/ui/new.py"' in path.read_text(encoding="utf-8")  # for Linguist
    assert entries[("Old", "Gone away")].locations == ("app/ui/old.py",)  # not "../../../../"
    again = ts_file.update_catalog(path, "de", messages, write=False, root=tmp_path)
    assert not again.changed  # writing is stable: a second run changes nothing


def test_the_file_is_what_qt_linguist_and_lrelease_read(tmp_path: Path) -> None:
    path = tmp_path / "resources" / "translations" / "convivio_zh_CN.ts"
    path.parent.mkdir(parents=True)
    catalog_with(
        path,
        ts_file.Entry(
            "MainWindow",
            "<h3>Convivio %1</h3>\nLine two & more",
            comment="about box",
            translation="<h3>Convivio %1</h3>\n第二行",
            state=ts_file.FINISHED,
            locations=("app/ui/main_window.py",),
        ),
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS ')
    assert "&lt;h3&gt;Convivio %1&lt;/h3&gt;\nLine two &amp; more" in text
    assert '<location filename="../../app/ui/main_window.py"/>' in text
    assert "<comment>about box</comment>" in text
    (entry,) = ts_file.read_ts(path).entries
    assert (entry.source, entry.comment, entry.translation, entry.state) == (
        "<h3>Convivio %1</h3>\nLine two & more",
        "about box",
        "<h3>Convivio %1</h3>\n第二行",
        ts_file.FINISHED,
    )
