"""Read, merge and write Qt Linguist `.ts` catalogs (the XML `pyside6-lrelease` compiles).

Merging keeps every translation already made: a message is matched by (context, source,
comment). A message that left the code keeps its translation as `type="vanished"` (Linguist
shows it as obsolete; lrelease skips it), so moving a string back later costs nothing. A new
message whose text is already translated in another context starts with that translation,
marked unfinished, for a translator to confirm.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

FINISHED = ""
UNFINISHED = "unfinished"
VANISHED = "vanished"
OBSOLETE = "obsolete"


class SourceMessage(Protocol):
    @property
    def context(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def comment(self) -> str: ...
    @property
    def locations(self) -> tuple[str, ...]: ...


@dataclass
class Entry:
    context: str
    source: str
    comment: str = ""
    translation: str = ""
    state: str = UNFINISHED
    """FINISHED (""), UNFINISHED, VANISHED or OBSOLETE: the `type` attribute of <translation>."""
    locations: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Catalog:
    language: str
    entries: list[Entry] = field(default_factory=list)

    def by_key(self) -> dict[tuple[str, str, str], Entry]:
        return {e.key: e for e in self.entries}

    def active(self) -> list[Entry]:
        return [e for e in self.entries if e.state not in (VANISHED, OBSOLETE)]


@dataclass(frozen=True)
class UpdateStats:
    total: int
    unfinished: int
    vanished: int
    changed: bool


def read_ts(path: Path) -> Catalog:
    root = ET.parse(path).getroot()
    catalog = Catalog(root.get("language", ""))
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            catalog.entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    translation=(translation.text or "") if translation is not None else "",
                    state=translation.get("type", FINISHED) if translation is not None else "",
                    locations=tuple(
                        _from_root(loc.get("filename", "")) for loc in message.iter("location")
                    ),
                )
            )
    return catalog


def merge(old: Catalog, messages: Iterable[SourceMessage]) -> Catalog:
    """The catalog for `messages`, with `old`'s translations carried over."""
    known = old.by_key()
    finished_by_source: dict[str, str] = {}
    for entry in old.entries:
        if entry.translation and entry.state in (FINISHED, VANISHED, OBSOLETE):
            finished_by_source.setdefault(entry.source, entry.translation)
    merged = Catalog(old.language)
    seen = set()
    for message in messages:
        key = (message.context, message.source, message.comment)
        seen.add(key)
        entry = known.get(key)
        if entry is not None and entry.translation:
            state = UNFINISHED if entry.state == UNFINISHED else FINISHED
            translation = entry.translation
        else:
            translation = finished_by_source.get(message.source, "")
            state = UNFINISHED
        merged.entries.append(
            Entry(*key, translation=translation, state=state, locations=message.locations)
        )
    for entry in old.entries:
        if entry.key not in seen and entry.translation:
            merged.entries.append(
                Entry(
                    entry.context,
                    entry.source,
                    entry.comment,
                    entry.translation,
                    VANISHED if entry.state != OBSOLETE else OBSOLETE,
                    entry.locations,
                )
            )
    return merged


def _from_root(location: str) -> str:
    """A location as written (relative to the .ts file's folder) back to one from the root."""
    while location.startswith("../"):
        location = location[3:]
    return location


def _relative(location: str, ts_path: Path, root: Path) -> str:
    """Linguist resolves locations against the .ts file's folder."""
    depth = len(ts_path.resolve().parent.relative_to(root.resolve()).parts)
    return "../" * depth + location


def to_xml(catalog: Catalog, ts_path: Path, root: Path) -> str:
    top = ET.Element("TS", version="2.1", language=catalog.language)
    contexts: dict[str, list[Entry]] = {}
    for entry in catalog.entries:
        contexts.setdefault(entry.context, []).append(entry)
    for name in sorted(contexts):
        context = ET.SubElement(top, "context")
        ET.SubElement(context, "name").text = name
        for entry in contexts[name]:
            message = ET.SubElement(context, "message")
            for location in entry.locations:
                ET.SubElement(message, "location", filename=_relative(location, ts_path, root))
            ET.SubElement(message, "source").text = entry.source
            if entry.comment:
                ET.SubElement(message, "comment").text = entry.comment
            translation = ET.SubElement(message, "translation")
            if entry.state:
                translation.set("type", entry.state)
            translation.text = entry.translation
    ET.indent(top, space="    ")
    body = ET.tostring(top, encoding="unicode", short_empty_elements=False)
    # Laid out like lupdate's output, so the two diff cleanly: contexts at the margin.
    body = body.replace("></location>", "/>").replace("\n    ", "\n")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def update_catalog(
    path: Path,
    language: str,
    messages: Iterable[SourceMessage],
    *,
    write: bool = True,
    root: Path | None = None,
) -> UpdateStats:
    """Merge `messages` into the catalog at `path` (created when missing)."""
    root = root or path.resolve().parents[2]
    old = read_ts(path) if path.exists() else Catalog(language)
    if not old.language:
        old.language = language
    merged = merge(old, messages)
    text = to_xml(merged, path, root)
    changed = not path.exists() or path.read_text(encoding="utf-8") != text
    if write and changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    active = merged.active()
    return UpdateStats(
        total=len(active),
        unfinished=sum(1 for e in active if e.state == UNFINISHED or not e.translation),
        vanished=len(merged.entries) - len(active),
        changed=changed,
    )
