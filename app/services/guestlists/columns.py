"""Which column holds which field: guessed from header names, correctable by the user."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

from app.services.guestlists.aliases import (
    ALIASES,
    AMBIGUOUS_NAMES,
    ANY_FORMAT_KEYS,
    NAME_KEYS,
    QUESTION_STEMS,
    header_key,
)
from app.services.guestlists.model import (
    MULTI_COLUMN_FIELDS,
    NAME_FIELDS,
    Field,
    GuestListFormat,
)

_ORDER = {f: i for i, f in enumerate(Field)}


@dataclass(frozen=True)
class ColumnMapping:
    """An immutable map from canonical field to column index (0-based) in the file.

    A column feeds at most one field. Free-text fields (dietary, accessibility, notes) may gather
    several columns, because forms often ask "Diet?" and "Allergies?" separately and a caterer
    needs both. Changing the mapping returns a new object; parse again with it (that is cheap).
    """

    assignments: tuple[tuple[Field, tuple[int, ...]], ...] = ()
    _by_field: dict[Field, tuple[int, ...]] = dc_field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        by_field: dict[Field, tuple[int, ...]] = {}
        used: set[int] = set()
        for fld, indexes in self.assignments:
            if fld in by_field:
                raise ValueError(f"{fld.value} is assigned twice")
            if not indexes or (len(indexes) > 1 and fld not in MULTI_COLUMN_FIELDS):
                raise ValueError(f"{fld.value} takes exactly one column")
            for index in indexes:
                if index < 0 or index in used:
                    raise ValueError(f"column {index} can't feed {fld.value}")
                used.add(index)
            by_field[fld] = indexes
        ordered = tuple(sorted(by_field.items(), key=lambda item: _ORDER[item[0]]))
        object.__setattr__(self, "assignments", ordered)
        object.__setattr__(self, "_by_field", by_field)

    @classmethod
    def of(cls, columns: Mapping[Field, int | Sequence[int]]) -> ColumnMapping:
        """Build from {field: index} or {field: (index, …)}."""
        pairs = [
            (fld, (idx,) if isinstance(idx, int) else tuple(idx)) for fld, idx in columns.items()
        ]
        return cls(tuple((fld, idx) for fld, idx in pairs if idx))

    def column(self, fld: Field) -> int | None:
        """The (first) column feeding `fld`, or None when it is not in the file."""
        indexes = self._by_field.get(fld)
        return indexes[0] if indexes else None

    def columns(self, fld: Field) -> tuple[int, ...]:
        return self._by_field.get(fld, ())

    def field_at(self, index: int) -> Field | None:
        """The field a column feeds, for the preview's column headers."""
        for fld, indexes in self.assignments:
            if index in indexes:
                return fld
        return None

    def as_dict(self) -> dict[Field, tuple[int, ...]]:
        return dict(self._by_field)

    @property
    def has_name(self) -> bool:
        return any(f in self._by_field for f in NAME_FIELDS)

    def with_column(self, fld: Field, index: int | None) -> ColumnMapping:
        """A copy where `fld` reads column `index` alone (None: not imported).

        The column stops feeding whatever field it fed before, as in a spreadsheet import
        dialog where each column has one "import as" choice.
        """
        return self.with_columns(fld, () if index is None else (index,))

    def with_columns(self, fld: Field, indexes: Sequence[int]) -> ColumnMapping:
        """A copy where `fld` reads `indexes` (several only for free-text fields)."""
        wanted = tuple(dict.fromkeys(indexes))
        kept: dict[Field, tuple[int, ...]] = {}
        for other, cols in self._by_field.items():
            if other is fld:
                continue
            remaining = tuple(c for c in cols if c not in wanted)
            if remaining:
                kept[other] = remaining
        if wanted:
            kept[fld] = wanted
        return ColumnMapping.of(kept)


def guess_mapping(header: Sequence[str], fmt: GuestListFormat) -> ColumnMapping:
    """The mapping the header names suggest for a file of format `fmt`.

    Exact aliases first (the lowest-ranked alias wins a field, then the leftmost column);
    then ambiguous words such as French "Nom" by context; then custom questions about food and
    access by the stems they contain ("Dietary restrictions?", "Any allergies").
    """
    table = ALIASES[fmt]
    keys = [header_key(h) for h in header]
    best: dict[Field, tuple[int, int]] = {}
    multi: dict[Field, list[int]] = {}
    for index, key in enumerate(keys):
        hit = table.get(key)
        if hit is None:
            continue
        fld, rank = hit
        if fld in MULTI_COLUMN_FIELDS:
            multi.setdefault(fld, []).append(index)
        elif fld not in best or (rank, index) < best[fld]:
            best[fld] = (rank, index)
    chosen: dict[Field, list[int]] = {f: [i] for f, (_r, i) in best.items()}
    chosen.update(multi)
    used = {i for cols in chosen.values() for i in cols}
    for index, key in enumerate(keys):
        meaning = AMBIGUOUS_NAMES.get(key)
        if meaning is None or index in used:
            continue
        partner = Field.GIVEN_NAME if meaning is Field.FAMILY_NAME else Field.FAMILY_NAME
        target = meaning if partner in chosen else Field.FULL_NAME
        if target not in chosen:
            chosen[target] = [index]
            used.add(index)
    for index, key in enumerate(keys):
        if index in used or not key:
            continue
        for fld, stems in QUESTION_STEMS:
            if any(stem in key for stem in stems):
                chosen.setdefault(fld, []).append(index)
                used.add(index)
                break
    return ColumnMapping.of(chosen)


def header_score(cells: Sequence[str]) -> tuple[bool, int]:
    """(names a person column, number of known headers) — used to find the header row."""
    keys = [header_key(c) for c in cells]
    return any(k in NAME_KEYS for k in keys), sum(k in ANY_FORMAT_KEYS for k in keys)
